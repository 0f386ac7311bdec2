"""Every page of a live case, in English and Spanish, passes the same keyboard and screen-reader checks as the
sandbox's walk (tests/gui/test_keyboard_a11y.py): a closed Tab ring, unique mnemonics that don't clash with
the menus, and an accessible name on every input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.gui.conftest import db_path, open_app  # noqa: F401  (the GUI fixtures)
from tests.gui.driver import WizardDriver
from tests.gui.test_keyboard_a11y import page_problems, window_problems
from tests.gui.test_live_mode import click_in_view, submit_on_the_handoff
from tests.live.test_live_gui import CONTACT, choose_live, live_app, sign_in  # noqa: F401  (the fixture)
from tests.live.test_live_relationships_gui import open_window
from wizard.ui import i18n


@pytest.fixture(params=["en", "es"])
def language(request) -> str:
    if i18n.install_language(request.param) != request.param:
        pytest.skip(f"no compiled {request.param!r} translations yet")
    yield request.param
    i18n.install_language("en")


def test_every_live_page_is_keyboard_and_screen_reader_ready(fake, language, live_app) -> None:
    driver: WizardDriver = live_app[0]
    problems: list[str] = []
    choose_live(driver)
    problems += page_problems(driver)  # welcome, live chosen
    sign_in(driver)
    driver.wait_complete()
    problems += page_problems(driver)  # live sign-in, signed in
    driver.next()
    problems += page_problems(driver)  # Partner ID
    driver.type("mpn_id", "6123456")
    driver.wait_complete()
    driver.next()
    driver.fill_contact(CONTACT)
    driver.next()
    assert driver.step == "enroll"
    driver.click("enroll_now")
    driver.qtbot.wait(50)  # the panel's new rows are laid out (the expected order is read from their places)
    problems += page_problems(driver)  # the hand-off, open
    click_in_view(driver, "handoff_submitted")
    driver.qtbot.wait(50)
    problems += page_problems(driver)  # asked to confirm
    click_in_view(driver, "handoff_not_yet")
    submit_on_the_handoff(driver)
    fake.state.fail("/pc/v1/profiles/legalbusiness", 401, times=1, code=900421)  # first MFA: sign in again
    driver.next()
    driver.qtbot.waitUntil(lambda: driver.widget("live_sign_in_again").isVisible(), timeout=30000)
    problems += page_problems(driver)  # the sign-in-again box
    fake.state.fail("/pc/v1/profiles/legalbusiness", 403, times=1, code=800016)  # then the manual checklist
    driver.click("live_sign_in_again_button")  # signed in again, the status is read again: refused
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=30000)
    assert driver.widget("manual_checklist").isVisible()
    problems += page_problems(driver)  # status by hand
    for what in ("email_confirmed", "rejected"):  # the first is recorded; ending the review is asked about
        label = driver.widget(f"manual_{what}_label")
        driver.qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(10, label.height() // 2))
        driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=30000)
    driver.qtbot.waitUntil(driver.widget("manual_final_confirm").isVisible)
    problems += page_problems(driver)  # asked before the review is ended by hand
    driver.click("manual_confirm_cancel")
    fake.state.legal_business.update(vettingStatus="Authorized", vettingSubStatus="Decision")
    driver.click("check_status")
    driver.qtbot.waitUntil(lambda: driver.instance.session.status == "approved", timeout=30000)
    driver.qtbot.waitUntil(driver.next_enabled, timeout=10000)
    problems += page_problems(driver)  # status from Partner Center
    driver.next()
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=30000)
    problems += page_problems(driver)  # the CSP overview, live
    window = open_window(driver)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        problems += window_problems(driver.qtbot, window, window.tabs.widget(index))
    assert not problems, "\n".join(problems)
