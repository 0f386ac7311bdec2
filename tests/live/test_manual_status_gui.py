"""The live status page after "I have submitted it", in the real window against the fake Microsoft: Sign in
again where the status read fails for the sign-in (expired, lost at a restart without a keyring, MFA),
kept only for the case's own tenant; the manual checklist's needs-more-information loop and rejection;
live mode's own words; and a checklist that fits a 1000-pixel-wide window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QWidget,
)

from tests.gui.conftest import db_path, open_app, reopen  # noqa: F401  (the GUI fixtures)
from tests.gui.driver import WizardDriver
from tests.live.fake_microsoft import GLOBAL_ADMIN, TENANT_ID, role
from tests.live.test_live_gui import live_app, submit_live_case  # noqa: F401  (the fixture)

OTHER_TENANT = "0badc0de-1111-4222-8333-444455556666"


def to_status(driver: WizardDriver) -> None:
    """A live case signed in, entered, handed off and submitted: on the status page, its first read done."""
    submit_live_case(driver)
    driver.next()
    assert driver.step == "status"
    settle(driver)


def settle(driver: WizardDriver) -> None:
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=30000)


def message(driver: WizardDriver) -> str:
    return driver.widget("status_message", QLabel).text()


def offered(driver: WizardDriver) -> bool:
    return driver.widget("live_sign_in_again").isVisible()


def expire_the_sign_in(fake) -> None:
    """Microsoft no longer accepts the tokens the wizard holds, nor its refresh token: the sign-in expired."""
    fake.state.expire_tokens()
    with fake.state.lock:
        fake.state.refresh_tokens.clear()


def sign_in_again(driver: WizardDriver) -> None:
    driver.click("live_sign_in_again_button")
    settle(driver)


def audit(driver: WizardDriver):
    return driver.instance.services.store.audit(driver.instance.session.case_id)


# ----- Sign in again ------------------------------------------------------------------------------------


def test_an_expired_sign_in_is_renewed_on_the_status_page_and_the_status_read_again(fake, live_app) -> None:  # noqa: F811
    driver, _ = live_app
    driver.window.resize(driver.window.minimumSize())  # the smallest window: Sign in again is still brought into view
    to_status(driver)
    assert driver.instance.session.status == "email_verification" and not offered(driver)
    assert not driver.wizard.pages["sign_in"].findChild(QPushButton, "sign_in_button").isEnabled()  # a record now
    assert not driver.wizard.pages["sign_in"].findChild(QPushButton, "device_code_button").isEnabled()

    expire_the_sign_in(fake)
    driver.click("check_status")
    settle(driver)
    assert "sign-in has expired" in message(driver)
    assert driver.widget("manual_checklist_intro", QLabel).text().startswith("Until you sign in again")
    assert offered(driver) and driver.widget("live_sign_in_again_button", QPushButton).isEnabled()
    assert "contoso.es" in driver.widget("live_sign_in_again_text", QLabel).text()  # which tenant to sign in to
    driver.qtbot.waitUntil(lambda: not driver.widget("live_sign_in_again_button").visibleRegion().isEmpty())
    page = driver.wizard.currentPage()
    assert not page.poll_timer.isActive()  # no polling into the same refusal meanwhile

    fake.state.legal_business.update(vettingStatus="Authorized", vettingSubStatus="Decision")
    sign_in_again(driver)
    driver.qtbot.waitUntil(lambda: driver.instance.session.status == "approved", timeout=15000)
    assert not offered(driver) and message(driver) == "Read from Partner Center."
    assert page.poll_timer.isActive()
    again = [entry for entry in audit(driver) if entry.action == "sign_in_again"]
    assert len(again) == 1 and again[0].detail == {"work_account": "admin@contoso.es", "tenant": TENANT_ID,
                                                   "mode": "live"}
    driver.qtbot.waitUntil(driver.next_enabled, timeout=10000)


def test_after_a_restart_without_a_keyring_the_status_page_signs_in_again(fake, live_app, qtbot, open_app,  # noqa: F811
                                                                         db_path) -> None:  # noqa: F811
    driver, _ = live_app
    to_status(driver)
    driver = reopen(qtbot, open_app, driver.instance, db_path)  # a new token cache: the sign-in is gone
    assert driver.step == "status"
    settle(driver)
    assert offered(driver) and "Sign in again" in message(driver)
    assert driver.widget("manual_checklist").isVisible()  # the checklist meanwhile, as for any refusal

    fake.state.legal_business["vettingSubStatus"] = "BusinessVerification"
    sign_in_again(driver)
    driver.qtbot.waitUntil(lambda: driver.instance.session.status == "in_review", timeout=15000)
    assert not offered(driver) and not driver.widget("manual_checklist").isVisible()


def test_a_work_account_of_another_tenant_is_refused_and_the_case_is_unchanged(fake, live_app) -> None:  # noqa: F811
    driver, _ = live_app
    to_status(driver)
    store, case_id = driver.instance.services.store, driver.instance.session.case_id
    expire_the_sign_in(fake)
    driver.click("check_status")
    settle(driver)
    assert offered(driver)
    fields, trail = store.get_case(case_id).fields, len(audit(driver))

    fake.add_user("admin@fabrikam.fr", [role("Global Administrator", GLOBAL_ADMIN)])
    fake.state.signed_in, fake.state.tenant_id = "admin@fabrikam.fr", OTHER_TENANT
    sign_in_again(driver)
    assert "admin@fabrikam.fr belongs to another tenant" in message(driver)
    assert "contoso.es" in message(driver) and "Nothing was changed" in message(driver)
    assert store.get_case(case_id).fields == fields and len(audit(driver)) == trail
    session = driver.instance.session
    assert session.value("work_account") == "admin@contoso.es" and session.status == "email_verification"
    live = session.live_case().live
    assert live.account() is not None and live.account().tenant_id == TENANT_ID  # the case's own, never the other
    assert offered(driver) and driver.widget("live_sign_in_again_button", QPushButton).isEnabled()

    fake.state.signed_in, fake.state.tenant_id = "admin@contoso.es", TENANT_ID
    sign_in_again(driver)
    assert not offered(driver) and message(driver) == "Read from Partner Center."


def test_partner_center_asking_for_mfa_offers_sign_in_again_and_cancel_keeps_it(fake, live_app, browser) -> None:  # noqa: F811
    driver, _ = live_app
    to_status(driver)
    fake.state.fail("/pc/v1/profiles/legalbusiness", 401, times=1, code=900421)
    driver.click("check_status")
    settle(driver)
    assert "multi-factor authentication" in message(driver) and offered(driver)

    browser.stay_closed = True  # the user closes the browser window: Cancel sign-in ends the wait
    driver.click("live_sign_in_again_button")
    cancel = driver.widget("live_sign_in_again_cancel", QPushButton)
    driver.qtbot.waitUntil(cancel.isVisible, timeout=5000)
    assert not driver.widget("live_sign_in_again_button", QPushButton).isEnabled()
    driver.qtbot.waitUntil(lambda: len(browser.opened) == 2, timeout=15000)  # the first was the sign-in page's
    driver.click("live_sign_in_again_cancel")
    settle(driver)
    assert "cancelled" in message(driver) and offered(driver) and not cancel.isVisible()

    browser.stay_closed = False
    sign_in_again(driver)
    assert not offered(driver) and message(driver) == "Read from Partner Center."


# ----- the manual checklist: more information, the correction, the rejection ------------------------------


def tick(driver: WizardDriver, what: str) -> None:
    """Tick a step by clicking its text (as most people do) and wait for it to be recorded."""
    label = driver.widget(f"manual_{what}_label", QLabel)
    assert driver.widget(f"manual_{what}", QCheckBox).isEnabled()
    driver.wizard.currentPage().findChild(QScrollArea, "status_scroll").ensureWidgetVisible(label)
    driver.qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(10, label.height() // 2))
    if what in ("approved", "rejected"):  # the review ends: asked once more, on the page
        before = driver.instance.session.status
        driver.qtbot.waitUntil(driver.widget("manual_final_confirm").isVisible)
        assert driver.instance.session.status == before
        driver.click("manual_confirm")
    settle(driver)
    assert message(driver) == "Recorded in the case's audit trail."


def test_ending_the_review_by_hand_is_asked_once_more_and_no_leaves_it_open(refused) -> None:
    driver = refused
    tick(driver, "email_confirmed")
    label = driver.widget("manual_rejected_label", QLabel)
    driver.qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(10, label.height() // 2))
    driver.qtbot.waitUntil(driver.widget("manual_final_confirm").isVisible)
    assert "rejected your enrollment" in driver.widget("manual_final_confirm").findChild(QLabel).text()
    driver.click("manual_confirm_cancel")
    assert not driver.widget("manual_final_confirm").isVisible()
    assert not driver.widget("manual_rejected", QCheckBox).isChecked()
    assert driver.instance.session.status == "in_review"


def enabled(driver: WizardDriver) -> list[str]:
    return [what for what in ("email_confirmed", "needs_info", "corrected", "approved", "rejected")
            if driver.widget(f"manual_{what}", QCheckBox).isEnabled()]


@pytest.fixture
def refused(fake, live_app):  # noqa: F811
    """A submitted live case whose account Partner Center's API refuses: the manual checklist."""
    driver, _ = live_app
    fake.state.fail("/pc/v1/profiles/legalbusiness", 403, times=1000, code=800016)
    to_status(driver)
    assert driver.widget("manual_checklist").isVisible() and not offered(driver)
    return driver


def test_more_information_asked_then_corrected_loops_and_a_rejection_ends_it(refused) -> None:
    driver = refused
    session = driver.instance.session
    corrected = driver.widget("manual_corrected", QCheckBox)
    assert not corrected.isVisible()  # only once Microsoft has asked for more information
    assert enabled(driver) == ["email_confirmed"]
    tick(driver, "email_confirmed")
    assert session.status == "in_review" and enabled(driver) == ["needs_info", "approved", "rejected"]

    tick(driver, "needs_info")
    assert session.status == "needs_info"
    assert driver.widget("state_title", QLabel).text() == "We need more information"
    what_to_do = driver.widget("whats_next", QLabel).text()
    assert "Partner Center" in what_to_do and "legal business profile" in what_to_do
    assert "as Microsoft's email says" in what_to_do and "business registration certificate" in what_to_do
    assert not driver.widget("fix_profile", QPushButton).isVisible()  # the wizard doesn't resubmit in live mode
    assert corrected.isVisible() and enabled(driver) == ["corrected"]
    assert driver.widget("manual_needs_info", QCheckBox).isChecked()

    corrected.setFocus()
    driver.qtbot.keyClick(corrected, Qt.Key.Key_Space)  # the keyboard works as well as the mouse
    settle(driver)
    assert session.status == "in_review"
    asked = driver.widget("manual_needs_info", QCheckBox)
    assert not asked.isChecked() and asked.isEnabled()  # Microsoft may ask again: a second round
    tick(driver, "needs_info")
    tick(driver, "corrected")
    tick(driver, "rejected")
    assert session.status == "rejected" and enabled(driver) == []
    assert driver.widget("manual_rejected", QCheckBox).isChecked()
    assert driver.widget("state_title", QLabel).text() == "Your enrollment was not approved"
    assert "Partner Center support" in driver.widget("whats_next", QLabel).text()

    timeline = driver.widget("timeline", QTableWidget)
    shown = [timeline.item(row, 1).text().split("\n")[0] for row in range(timeline.rowCount())][::-1]
    assert shown == ["Enrollment submitted", "Primary contact's email verified; review started",
                     "Microsoft asked for more information; the review is paused",
                     "Legal business profile corrected in Partner Center; the review resumed",
                     "Microsoft asked for more information; the review is paused",
                     "Legal business profile corrected in Partner Center; the review resumed",
                     "Enrollment rejected"]
    moves = [(e.detail["from"], e.detail["to"], e.detail["step"]) for e in audit(driver)
             if e.action == "status" and e.detail.get("manual_status")]
    assert moves == [("email_verification", "in_review", "email_confirmed"),
                     ("in_review", "needs_info", "needs_info"), ("needs_info", "in_review", "corrected"),
                     ("in_review", "needs_info", "needs_info"), ("needs_info", "in_review", "corrected"),
                     ("in_review", "rejected", "rejected")]
    assert driver.instance.services.store.get_case(session.case_id).status == "rejected"


def test_alt_and_the_underlined_letter_ticks_a_step(refused) -> None:
    driver = refused
    tick(driver, "email_confirmed")
    driver.window.activateWindow()
    driver.qtbot.waitUntil(lambda: driver.window.isActiveWindow(), timeout=5000)
    driver.qtbot.keyClick(driver.window, Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # Microsoft as&ked…
    driver.qtbot.waitUntil(lambda: driver.instance.session.status == "needs_info", timeout=15000)
    settle(driver)


# ----- live mode's words ------------------------------------------------------------------------------


def test_waiting_for_the_email_says_it_once_and_points_to_partner_center_for_a_resend(refused) -> None:
    driver = refused
    page_text = "\n".join(label.text() for label in driver.wizard.currentPage().findChildren(QLabel)
                          if label.isVisible())
    assert page_text.count("emailed your primary contact") == 1
    assert "We emailed" not in page_text and "We received" not in page_text  # Microsoft emails, not the wizard
    whats_next = driver.widget("whats_next", QLabel).text()
    assert "Microsoft's verification email" in whats_next
    assert "resend it from Partner Center" in whats_next
    assert not driver.widget("resend_verification", QPushButton).isVisible()


# ----- a 1000-pixel-wide window -----------------------------------------------------------------------


def fits(driver: WizardDriver) -> None:
    """The status page's content fits its scroll area's width: no horizontal scrollbar, nothing cut off."""
    scroll = driver.wizard.currentPage().findChild(QScrollArea, "status_scroll")
    driver.qtbot.wait(200)  # the layouts settle (word-wrapped labels take two passes)
    assert scroll.viewport().width() < 700  # narrow indeed: the help pane and the step list beside it
    assert not scroll.horizontalScrollBar().isVisible()
    content = scroll.widget()
    assert content.minimumSizeHint().width() <= scroll.viewport().width()
    checklist = driver.widget("manual_checklist")
    for widget in checklist.findChildren(QWidget):  # every tick, its text and its date: whole, in sight
        if widget.isVisible():
            right = widget.mapTo(scroll.viewport(), QPoint(widget.width(), 0)).x()
            assert right <= scroll.viewport().width(), widget.objectName()


def test_the_checklist_wraps_in_a_1000_pixel_window_without_a_horizontal_scrollbar(fake, live_app) -> None:  # noqa: F811
    driver, _ = live_app
    fake.state.fail("/pc/v1/profiles/legalbusiness", 403, times=1000, code=800016)
    to_status(driver)
    window = driver.window
    window.resize(1000, 700)  # the window's narrowest is a little wider (1024): as narrow as it gets
    driver.qtbot.waitUntil(lambda: window.width() == max(1000, window.minimumWidth()), timeout=5000)
    assert window.help_pane.isVisible()  # the help beside the page, which leaves it the least room
    assert driver.widget("manual_checklist").isVisible()
    fits(driver)
    tick(driver, "email_confirmed")
    tick(driver, "needs_info")  # every row shown, the correction's too
    fits(driver)
