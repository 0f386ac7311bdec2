"""A live case in Spanish against the fake Microsoft: every live page, the manual checklist, the CSP overview's
web-only acts and the live relationships window show no English text (the sandbox's walk is in
tests/gui/test_language.py), and the help beside each page is the live version's, in Spanish."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from tests.gui.conftest import db_path, open_app  # noqa: F401  (the GUI fixtures)
from tests.gui.driver import WizardDriver
from tests.gui.test_language import assert_spanish, spanish  # noqa: F401  (the fixture)
from tests.gui.test_live_mode import submit_on_the_handoff
from tests.live.test_live_gui import CONTACT, choose_live, live_app, sign_in  # noqa: F401  (the fixture)
from tests.live.test_live_relationships_gui import open_window
from wizard.ui.help_pane import help_html


def shows_spanish_live_help(driver: WizardDriver) -> None:
    pane = driver.window.help_pane
    assert pane.topic == f"{driver.step}_live"
    assert pane.browser.toPlainText().split("\n")[0] in help_html(pane.topic, "es")


def test_a_live_case_is_in_spanish_from_sign_in_to_its_relationships(fake, spanish, live_app) -> None:
    driver, _ = live_app
    window = driver.window
    fake.state.fail("/pc/v1/profiles/legalbusiness", 403, times=2, code=800016)  # the manual checklist first
    choose_live(driver)
    assert "Tu ID de partner" in driver.widget("welcome_text", QLabel).text()
    assert_spanish(window, "welcome (live)")
    sign_in(driver)
    driver.wait_complete()
    assert_spanish(window, "live sign-in")
    shows_spanish_live_help(driver)
    driver.next()
    assert driver.wizard.currentPage().title() == "Escribe tu ID de partner"
    driver.type("mpn_id", "12ab")  # refused next to the field, in Spanish
    assert driver.error("mpn_id")
    assert_spanish(window, "Partner ID (with a problem)")
    shows_spanish_live_help(driver)
    driver.type("mpn_id", "6123456")
    driver.wait_complete()
    driver.next()
    driver.fill_contact({**CONTACT, "contact_email": "ana@contoso-mail.com"})
    driver.next()  # not at a verified domain: the problem in Spanish
    assert driver.step == "legal_profile" and driver.error("contact_email")
    assert_spanish(window, "legal business profile (unverified domain)")
    driver.type("contact_email", "ana@contoso.es")
    driver.next()
    assert driver.step == "enroll"
    driver.click("enroll_now")
    assert_spanish(window, "the hand-off")
    shows_spanish_live_help(driver)
    submit_on_the_handoff(driver)
    driver.next()
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=30000)
    assert driver.widget("manual_checklist").isVisible()  # Partner Center refused: the checklist
    assert_spanish(window, "status (manual checklist)")
    shows_spanish_live_help(driver)

    fake.state.legal_business.update(vettingStatus="Authorized", vettingSubStatus="Decision")
    driver.click("check_status")
    driver.qtbot.waitUntil(lambda: driver.instance.session.status == "approved", timeout=30000)
    driver.qtbot.waitUntil(driver.next_enabled, timeout=10000)
    assert_spanish(window, "status (approved, from Partner Center)")
    driver.next()
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=30000)
    assert_spanish(window, "the CSP overview (live)")
    shows_spanish_live_help(driver)

    relationships = open_window(driver)
    for index in range(relationships.tabs.count()):
        relationships.tabs.setCurrentIndex(index)
        driver.qtbot.wait(50)
        assert_spanish(relationships, f"the live relationships window, tab {relationships.tabs.tabText(index)!r}")
    assert relationships.help_pane.topic == "relationships_live"
