"""A live case end to end in the real window against the fake Microsoft (issue 15): sign in with the system
browser (a scripted browser following the authorize redirect to the loopback), the checks shown, the
Partner ID, the legal profile prefilled from /organization, the hand-off copied and submitted, and the
status read from Partner Center moving Pending -> Authorized. MSAL and requests run unmocked."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QPushButton, QRadioButton

import wizard.services.live_case as live_case_module
from tests.gui.conftest import db_path, open_app  # noqa: F401  (the GUI fixtures)
from tests.gui.driver import WizardDriver
from tests.gui.test_live_mode import click_in_view, submit_on_the_handoff
from tests.live.fake_microsoft import ScriptedBrowser
from tests.live.helpers import live_session
from wizard.services.handoff import SIGN_UP_URL

CONTACT = {"contact_first_name": "Ana", "contact_last_name": "García", "contact_email": "ana@contoso.es",
           "contact_phone": "612 34 56 78", "support_email": "soporte@contoso.es", "support_phone": "900 123 456"}


@pytest.fixture
def live_app(fake, browser: ScriptedBrowser, data_dir, monkeypatch, qtbot, open_app):  # noqa: F811
    """The app with live mode pointed at the fake; the system browser is the scripted one for MSAL's
    sign-in page, and a recorder for the pages the wizard opens itself."""
    fake.state.device_interval = 0
    monkeypatch.setattr(live_case_module, "open_live_session", lambda: live_session(data_dir, browser)[0])
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    driver = WizardDriver(qtbot, open_app())
    return driver, opened


def choose_live(driver: WizardDriver) -> None:
    button = driver.widget("mode_live", QRadioButton)
    driver.qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    driver.qtbot.waitUntil(lambda: driver.instance.session.case().mode == "live")


def sign_in(driver: WizardDriver) -> None:
    driver.next()
    assert driver.step == "sign_in" and not driver.next_enabled()
    driver.click("sign_in_button")
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=30000)


def submit_live_case(driver: WizardDriver) -> None:
    """A live case signed in with the fake, its Partner ID and contact entered, handed off and submitted
    ("I have submitted it"): still on the enroll page."""
    choose_live(driver)
    sign_in(driver)
    driver.wait_complete()
    driver.next()
    driver.type("mpn_id", "6123456")
    driver.wait_complete()
    driver.next()
    driver.fill_contact(CONTACT)
    driver.next()
    assert driver.step == "enroll"
    driver.click("enroll_now")
    submit_on_the_handoff(driver)


def step_list(driver: WizardDriver) -> str:
    """The side panel's step titles as shown."""
    titles = driver.widget("step_list", QListWidget)
    return "\n".join(titles.item(row).text() for row in range(titles.count()))


def shows_live_help(driver: WizardDriver, heading: str) -> None:
    """The help beside the page is the live version's of the current step."""
    pane = driver.window.help_pane
    assert pane.topic == f"{driver.step}_live"
    assert pane.browser.toPlainText().startswith(heading)


def test_a_live_case_from_sign_in_to_approved(fake, live_app) -> None:
    driver, opened = live_app
    assert "Choose your MPN ID" in step_list(driver) and "Enter your Partner ID" not in step_list(driver)
    assert "Partner Membership Center user name" in driver.widget("welcome_text", QLabel).text()
    assert driver.window.sandbox_menu.menuAction().isVisible()
    choose_live(driver)
    # The side panel names the live steps as soon as the mode is chosen (no Partner Membership Center).
    assert "Enter your Partner ID" in step_list(driver) and "Enroll in Partner Center" in step_list(driver)
    assert "MPN ID" not in step_list(driver)
    assert not driver.window.sandbox_menu.menuAction().isVisible()  # the sandbox's clock and outbox aren't Microsoft's
    gather = driver.widget("welcome_text", QLabel).text()  # what to have ready: the Partner ID, no PMC sign-in
    assert "Your Partner ID" in gather and "Partner Membership Center" not in gather
    sign_in(driver)
    shows_live_help(driver, "Sign in with your work account (live)")
    assert "Signed in as admin@contoso.es (tenant contoso.es, Spain)" in driver.widget("sign_in_status", QLabel).text()
    # Every check passed; only the storage notice shows where no keyring can keep the sign-in (as here).
    notice = driver.instance.session.live_notice()
    assert driver.widget("live_checks", QLabel).text() == (f"• {notice}" if notice else "")
    driver.wait_complete()
    driver.next()

    assert driver.step == "mpn"  # the Partner ID, not the Partner Membership Center
    assert driver.wizard.currentPage().title() == "Enter your Partner ID"
    shows_live_help(driver, "Enter your Partner ID")
    assert driver.edit("mpn_id").text() == "6123456"  # the one Partner Center has linked, said so
    assert "already has this Partner ID linked" in driver.widget("partner_id_prefilled", QLabel).text()
    driver.type("mpn_id", "6123457")
    assert not driver.widget("partner_id_prefilled", QLabel).isVisible()
    driver.type("mpn_id", "6123456")
    driver.wait_complete()
    driver.next()

    assert driver.step == "legal_profile"  # prefilled from the tenant's organization
    assert driver.edit("legal_name").text() == "Contoso Ibérica S.L."
    assert driver.edit("city").text() == "Madrid" and driver.edit("postal_code").text() == "28013"
    driver.fill_contact({**CONTACT, "contact_email": "ana@contoso-mail.com"})
    driver.next()
    assert driver.step == "legal_profile"  # not at a verified domain of the tenant
    assert "verified domains" in driver.error("contact_email")
    driver.type("contact_email", "ana@contoso.es")
    driver.next()

    assert driver.step == "enroll"
    shows_live_help(driver, "Enroll in Partner Center")
    driver.click("enroll_now")
    assert opened == [SIGN_UP_URL]
    click_in_view(driver, "copy_legal_name")
    assert QGuiApplication.clipboard().text() == "Contoso Ibérica S.L."
    submit_on_the_handoff(driver)
    driver.next()

    assert driver.step == "status"  # Partner Center answers: Pending (EmailOwnership)
    shows_live_help(driver, "Enrollment status (live)")
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=30000)
    assert driver.instance.session.status == "email_verification"
    assert not driver.widget("manual_checklist").isVisible()
    assert not driver.widget("resend_verification", QPushButton).isVisible()  # that is Partner Center's own
    fake.state.legal_business.update(vettingStatus="Authorized", vettingSubStatus="Decision")
    driver.click("check_status")
    driver.qtbot.waitUntil(lambda: driver.instance.session.status == "approved", timeout=30000)
    driver.qtbot.waitUntil(driver.next_enabled, timeout=10000)
    store, case_id = driver.instance.services.store, driver.instance.session.case_id
    assert store.get_case(case_id).status == "approved"
    fields = store.get_case(case_id).fields
    for issued in fake.state.issued:  # no token or code in the case database
        assert all(issued not in value for value in fields.values())


def test_a_hidden_country_is_asked_for_on_the_sign_in_page(fake, live_app) -> None:
    driver, _ = live_app
    fake.state.organization["countryLetterCode"] = None
    choose_live(driver)
    sign_in(driver)
    assert "country" in driver.widget("live_checks", QLabel).text()
    assert not driver.next_enabled()
    combo = driver.widget("tenant_country", QComboBox)
    assert combo.isVisible()
    combo.setCurrentIndex(combo.findData("ES"))
    combo.activated.emit(combo.currentIndex())
    driver.qtbot.waitUntil(driver.next_enabled, timeout=10000)
    assert driver.instance.session.value("tenant_country") == "ES"


def test_a_non_admin_is_told_and_stays_on_sign_in(fake, live_app) -> None:
    from tests.live.fake_microsoft import USER_ADMIN, role

    driver, _ = live_app
    fake.state.user().roles = [role("User Administrator", USER_ADMIN)]
    choose_live(driver)
    sign_in(driver)
    assert "not an active Global Administrator" in driver.widget("live_checks", QLabel).text()
    assert not driver.next_enabled()


def test_cancelling_in_the_browser_is_said_and_the_page_stays_usable(fake, live_app) -> None:
    driver, _ = live_app
    fake.state.authorize_error = "access_denied"
    choose_live(driver)
    sign_in(driver)
    assert "cancel" in driver.widget("sign_in_status", QLabel).text().lower()
    assert driver.widget("sign_in_button", QPushButton).isEnabled() and not driver.next_enabled()


def test_partner_center_refusing_leaves_the_manual_checklist(fake, live_app) -> None:
    driver, _ = live_app
    fake.state.fail("/pc/v1/profiles/legalbusiness", 403, times=100, code=800016)
    submit_live_case(driver)
    driver.next()
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=30000)
    assert driver.widget("manual_checklist").isVisible()
    assert driver.widget("manual_email_confirmed").isEnabled()


def test_sign_out_clears_the_kept_sign_in(fake, live_app) -> None:
    driver, _ = live_app
    choose_live(driver)
    sign_in(driver)
    live = driver.instance.session.live_case().live
    assert live.account() is not None
    driver.click("sign_out_button")
    driver.qtbot.waitUntil(lambda: "Signed out" in driver.widget("sign_in_status", QLabel).text(), timeout=10000)
    assert live.account() is None
    assert driver.instance.session.value("work_account") == "admin@contoso.es"  # the case keeps its answers
