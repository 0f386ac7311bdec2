"""Live cases in the real window (issue 15): the mode chosen when a case is made, the Partner ID page, the
hand-off to Partner Center's sign-up page, and the manual status checklist. No network: the browser is
replaced (QDesktopServices.openUrl) and the MSAL sign-in is the live backend's (here: its values)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QRadioButton, QTableWidget, QWidget

from tests.gui.driver import CONTACT, WizardDriver
from wizard.services.handoff import NEW_WORK_ACCOUNT_URL, SIGN_UP_URL, SUBMITTED_ACTION

LIVE_ENV = ("WIZARD_LIVE_CLIENT_ID", "WIZARD_LIVE_AUTHORITY", "WIZARD_GRAPH_URL", "WIZARD_PARTNER_CENTER_URL")
CLIENT_ID = "11111111-2222-3333-4444-555555555555"
SIGNED_IN = {"work_account": "admin@contoso-iberia.es", "tenant_country": "ES", "tenant_domain": "contoso-iberia.es"}
LEGAL = {"legal_name": "Contoso Iberia S.L.", "address_line1": "Calle de Serrano 41", "city": "Madrid",
         "postal_code": "28001", "country": "ES"}


@pytest.fixture
def browser(monkeypatch) -> list[str]:
    """The pages the wizard opened in the system browser."""
    for name in LIVE_ENV:
        monkeypatch.delenv(name, raising=False)
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    # No Microsoft here (tests/live/ runs the live pages against the fake Microsoft): a live session can't
    # be had, as with no network, so the status page falls back to the manual checklist.
    import wizard.services.live_case as live_case_module
    from wizard.backends.live.errors import LiveError

    def unreachable():
        raise LiveError("network_error", "Microsoft can't be reached from these tests.")

    monkeypatch.setattr(live_case_module, "open_live_session", unreachable)
    return opened


def radio(driver: WizardDriver, name: str) -> QRadioButton:
    return driver.widget(name, QRadioButton)


def choose_live(driver: WizardDriver) -> None:
    assert driver.step == "welcome" and radio(driver, "mode_sandbox").isChecked()
    button = radio(driver, "mode_live")
    driver.qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))  # its circle
    assert radio(driver, "mode_live").isChecked()
    driver.qtbot.waitUntil(lambda: driver.instance.session.case().mode == "live")


def click_in_view(driver: WizardDriver, name: str) -> None:
    """Click a button of the enroll page's scrolled content, scrolled into view first (as a user would)."""
    button = driver.widget(name, QPushButton)
    scroll = driver.wizard.currentPage().scroll

    def shown() -> bool:
        scroll.ensureWidgetVisible(button)  # again once the new rows are laid out
        return not button.visibleRegion().isEmpty()

    driver.qtbot.waitUntil(shown, timeout=5000)
    driver.click(name)


def submit_on_the_handoff(driver: WizardDriver) -> None:
    """"I have submitted it" on the hand-off panel and "Yes, record it", then wait until the case is submitted."""
    click_in_view(driver, "handoff_submitted")
    assert not driver.instance.session.submitted  # asked once more first: it can't be taken back
    click_in_view(driver, "handoff_confirm")
    driver.qtbot.waitUntil(lambda: driver.instance.session.submitted and not driver.wizard.currentPage().busy,
                           timeout=15000)


def live_case_signed_in(driver: WizardDriver, monkeypatch) -> None:
    """A live case past the sign-in: what the MSAL sign-in and Graph checks leave in the case."""
    monkeypatch.setenv("WIZARD_LIVE_CLIENT_ID", CLIENT_ID)
    choose_live(driver)
    driver.next()
    assert driver.step == "sign_in" and not driver.next_enabled()
    driver.instance.session.set_values(SIGNED_IN)
    driver.wizard.currentPage().completeChanged.emit()
    driver.wait_complete()
    driver.next()
    assert driver.step == "mpn"


def test_choosing_live_at_new_case_asks_for_the_client_id_and_swaps_the_live_pages(driver, browser, qtbot) -> None:
    first = driver.instance.session.case_id
    assert type(driver.wizard.pages["mpn"]).__name__ == "MpnPage"  # the first start: sandbox unless chosen
    driver.window.case_actions["new"].trigger()  # File → New case
    qtbot.waitUntil(lambda: driver.instance.session.case_id not in (None, first), timeout=15000)
    live = WizardDriver(qtbot, driver.instance)
    qtbot.waitExposed(live.window)
    assert live.step == "welcome" and radio(live, "mode_sandbox").isChecked()

    # Keyboard: the arrow key moves the choice to Live, as in any radio group.
    radio(live, "mode_sandbox").setFocus()
    qtbot.keyClick(radio(live, "mode_sandbox"), Qt.Key.Key_Down)
    assert radio(live, "mode_live").isChecked()
    qtbot.waitUntil(lambda: live.instance.session.case().mode == "live")
    # No client ID: what to do is said where live was chosen, and Next waits for it.
    assert live.widget("client_id_needed").isVisible()
    assert "README" in live.widget("client_id_needed").findChild(QLabel).text()
    assert not live.next_enabled()
    live.click("save_client_id")
    assert "Enter the application (client) ID" in live.error("live_client_id")
    live.type("live_client_id", CLIENT_ID)
    live.click("save_client_id")
    assert live.wizard.currentPage().findChild(QWidget, "client_id_needed").isHidden()
    qtbot.waitUntil(lambda: live.next_enabled())
    assert [type(live.wizard.pages[key]).__name__ for key in ("sign_in", "mpn", "enroll", "status")] == [
        "LiveSignInPage", "PartnerIdPage", "HandoffPage", "ManualStatusPage"]
    assert live.wizard.pages["legal_profile"].objectName() == "legal_profile"
    assert [live.wizard.pages[key].objectName() for key in ("sign_in", "mpn", "enroll", "status")] == [
        "sign_in", "mpn", "enroll", "status"]

    live.next()
    assert live.step == "sign_in"
    live.click("create_one")
    assert browser == [NEW_WORK_ACCOUNT_URL]
    # Signing in with Microsoft itself is driven against the fake Microsoft in tests/live/test_live_gui.py.
    assert live.widget("sign_in_button", QPushButton).isEnabled() and not live.next_enabled()

    # The mode is stored with the case; the first case stays sandbox.
    live.window.autosave.flush_now()
    store = live.instance.services.store
    qtbot.waitUntil(lambda: store.get_case(live.instance.session.case_id).fields.get("mode") == "live", timeout=10000)
    assert store.get_case(first).fields.get("mode", "sandbox") == "sandbox"


def test_partner_id_page_refuses_a_bad_format_next_to_the_field(driver, browser, monkeypatch) -> None:
    live_case_signed_in(driver, monkeypatch)
    assert "Spain" in driver.widget("partner_id_why", QLabel).text()
    assert not driver.next_enabled()
    driver.type("mpn_id", "12ab567")
    assert driver.error("mpn_id") == "A Partner ID is made of digits only, like 1234567." and not driver.next_enabled()
    driver.type("mpn_id", "4567890")
    assert driver.error("mpn_id") == "" and driver.next_enabled()
    driver.next()
    assert driver.step == "legal_profile"


def test_hand_off_copies_each_value_and_i_have_submitted_it_moves_the_case_on(driver, browser, monkeypatch) -> None:
    live_case_signed_in(driver, monkeypatch)
    driver.type("mpn_id", "4567890")
    driver.instance.session.set_values(LEGAL)  # as the live backend prefills it from /organization
    driver.next()
    assert driver.step == "legal_profile"
    driver.fill_contact()
    driver.next()
    assert driver.step == "enroll"
    assert not driver.widget("handoff_panel").isVisible()
    driver.click("enroll_now")
    assert browser == [SIGN_UP_URL]
    assert driver.widget("handoff_panel").isVisible()
    panel = driver.widget("handoff_panel")
    copy_buttons = [button.objectName() for button in panel.findChildren(QPushButton) if button.objectName().startswith("copy_")]
    assert copy_buttons[:3] == ["copy_work_account", "copy_country", "copy_legal_name"]
    assert copy_buttons[-1] == "copy_mpn_id" and "copy_contact_email" in copy_buttons
    assert driver.widget("copied_legal_name", QLabel).text() == ""
    click_in_view(driver, "copy_country")  # the portal lists countries by name, not by ISO code
    assert QGuiApplication.clipboard().text() == "Spain"
    click_in_view(driver, "copy_legal_name")
    assert QGuiApplication.clipboard().text() == "Contoso Iberia S.L."
    assert driver.widget("copied_legal_name", QLabel).text() == "✓"
    click_in_view(driver, "copy_contact_email")
    assert QGuiApplication.clipboard().text() == CONTACT["contact_email"]
    assert driver.widget("copied_contact_email", QLabel).text() == "✓"
    assert driver.widget("copied_mpn_id", QLabel).text() == ""
    click_in_view(driver, "act_find_provider")
    assert browser[-1] == "https://partnercenter.microsoft.com/partner/find-a-provider"
    acts = driver.widget("web_acts").findChildren(QLabel)  # the Partner Agreement names the case's CSP region
    assert any("(yours: Europe)" in label.text() for label in acts)

    click_in_view(driver, "handoff_submitted")  # a misclick is asked about, and "Not yet" leaves it as it was
    assert driver.widget("handoff_confirm_box").isVisible()
    click_in_view(driver, "handoff_not_yet")
    assert not driver.widget("handoff_confirm_box").isVisible() and not driver.instance.session.submitted
    submit_on_the_handoff(driver)
    store = driver.instance.services.store
    case_id = driver.instance.session.case_id
    assert store.get_case(case_id).status == "email_verification"
    submitted = [entry for entry in store.audit(case_id) if entry.action == SUBMITTED_ACTION]
    assert len(submitted) == 1 and submitted[0].detail["by"] == driver.instance.session.actor and submitted[0].detail["at"]
    assert "You submitted your enrollment" in driver.widget("enroll_result", QLabel).text()
    assert not driver.widget("handoff_submitted", QPushButton).isEnabled()
    assert driver.wizard.pages["legal_profile"].findChild(QLineEdit, "legal_name").isReadOnly()  # a record now
    driver.wait_complete()
    driver.next()
    assert driver.step == "status"


def test_manual_checklist_records_the_review_with_dates(driver, browser, monkeypatch) -> None:
    live_case_signed_in(driver, monkeypatch)
    driver.type("mpn_id", "4567890")
    driver.instance.session.set_values(LEGAL)
    driver.next()
    driver.fill_contact()
    driver.next()
    driver.click("enroll_now")
    submit_on_the_handoff(driver)
    driver.next()
    assert driver.step == "status" and not driver.next_enabled()
    # Partner Center is asked first (here it can't be reached): the checklist is there meanwhile and after.
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)
    assert "verify their email" in driver.widget("state_title", QLabel).text()
    email, approved = driver.widget("manual_email_confirmed", QCheckBox), driver.widget("manual_approved", QCheckBox)
    assert email.isEnabled() and not approved.isEnabled()
    assert driver.widget("timeline", QTableWidget).rowCount() == 1  # the submission

    driver.qtbot.mouseClick(email, Qt.MouseButton.LeftButton)
    driver.qtbot.waitUntil(lambda: driver.instance.session.status == "in_review" and not driver.wizard.currentPage().busy,
                           timeout=15000)
    assert "reviewing" in driver.widget("state_title", QLabel).text()
    assert email.isChecked() and not email.isEnabled() and approved.isEnabled()
    assert driver.widget("timeline", QTableWidget).rowCount() == 2

    approved.setFocus()
    driver.qtbot.keyClick(approved, Qt.Key.Key_Space)  # keyboard works as well as the mouse
    confirm = driver.widget("manual_confirm", QPushButton)  # the review ends: asked once more
    driver.qtbot.waitUntil(confirm.isVisible)
    assert confirm.hasFocus()
    driver.qtbot.keyClick(confirm, Qt.Key.Key_Space)
    driver.qtbot.waitUntil(lambda: driver.instance.session.status == "approved" and not driver.wizard.currentPage().busy,
                           timeout=15000)
    assert "ready" in driver.widget("state_title", QLabel).text()
    assert driver.widget("timeline", QTableWidget).rowCount() == 3
    store = driver.instance.services.store
    moves = [(entry.detail["from"], entry.detail["to"]) for entry in store.audit(driver.instance.session.case_id)
             if entry.action == "status"]
    assert moves == [("email_verification", "in_review"), ("in_review", "approved")]
    driver.wait_complete()
    driver.next()
    assert driver.step == "overview"


def test_live_settings_dialog_saves_to_the_preferences_and_the_environment_wins(driver, browser, monkeypatch) -> None:
    from wizard.settings import live_config

    monkeypatch.setenv("WIZARD_GRAPH_URL", "https://graph.test/v1.0")
    driver.window.findChild(type(driver.window.case_actions["new"]), "action_live_settings").trigger()
    dialog = driver.window.live_settings_dialog
    driver.qtbot.waitExposed(dialog)
    client, graph = dialog.findChild(QLineEdit, "live_client_id"), dialog.findChild(QLineEdit, "graph_url")
    assert graph.isReadOnly() and graph.text() == "https://graph.test/v1.0"
    type_into = driver.qtbot.keyClicks
    type_into(client, CLIENT_ID)
    driver.qtbot.mouseClick(dialog.findChild(QPushButton, "live_settings_save"), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert live_config().client_id == CLIENT_ID and live_config().graph_url == "https://graph.test/v1.0"
