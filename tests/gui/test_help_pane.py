"""The in-app help: one page per step in English and Spanish, beside the page, F1 toggles it and it is
remembered, it follows the language, it is readable by screen readers and it doesn't grow the window."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from tests.gui.conftest import reopen
from tests.gui.driver import WizardDriver
from tests.gui.test_relationships import approve, window_of
from wizard.domain import flow, steps
from wizard.resources import resource_path
from wizard.ui import i18n
from wizard.ui.help_pane import MIN_WIDTH, help_file, help_html

LIVE_TOPICS = (*(f"{rule.key}_live" for rule in flow.NAVMAP.values() if rule.live_variant), "relationships_live")
"""Live mode's version of each step that has one, and of the relationships window (PAGE_CLASSES' live pages)."""
TOPICS = (*steps.STEP_KEYS, "relationships", *LIVE_TOPICS)
ALLOWED_TAGS = {"h3", "p", "ul", "li", "b", "i"}


def heading(topic: str, language: str) -> str:
    """The first heading of a help file, as plain text (what the pane must show)."""
    return re.search(r"<h3>(.*?)</h3>", help_html(topic, language), re.DOTALL).group(1).strip()


def shown_text(pane) -> str:
    return pane.browser.toPlainText()


@pytest.fixture
def spanish(monkeypatch):
    """Switch the UI language for one test (and back to English), the way the language menu does.
    Without compiled translations install_language stays in English; the help only needs the code."""

    def switch(code: str) -> None:
        if i18n.install_language(code) != code:
            monkeypatch.setattr(i18n, "_current", code)
        for window in QApplication.topLevelWidgets():  # a no-op if install_language already sent it
            QApplication.sendEvent(window, QEvent(QEvent.Type.LanguageChange))

    yield switch
    switch("en")


# ----- the texts ------------------------------------------------------------------------------------
@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("topic", TOPICS)
def test_every_step_has_simple_self_contained_help_in_both_languages(topic: str, language: str) -> None:
    path = help_file(topic, language)
    assert path == resource_path("help", language, f"{topic}.html")
    html = path.read_text(encoding="utf-8")
    tags = set(re.findall(r"</?\s*([a-zA-Z0-9]+)", html))
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    external = r"src=|href=|url\(|https?:|<img|<script|<style"
    assert not re.search(external, html, re.IGNORECASE)  # nothing loaded from outside
    assert 40 <= len(re.sub(r"<[^>]+>", " ", html).split()) <= 320  # short: a pane, not a manual


def test_the_spanish_help_is_spanish() -> None:
    for topic in TOPICS:
        assert help_html(topic, "es") != help_html(topic, "en")
        assert heading(topic, "es") != heading(topic, "en")
    words = " ".join(help_html(topic, "es") for topic in TOPICS).lower()
    for phrase in ("administrador global", "mismo país", "correo web", "contacto principal"):
        assert phrase in words


def test_the_seed_topics_are_covered() -> None:
    """What the seed document says each user must know is in the help of the step where it matters."""
    assert "global administrator" in help_html("welcome", "en")
    assert "Why a global admin?" in help_html("sign_in", "en")
    assert "Why must the countries match?" in help_html("mpn", "en")
    assert "Why is web-based email refused?" in help_html("legal_profile", "en")
    assert "What happens after Enroll now?" in help_html("enroll", "en")


def test_live_help_says_what_live_mode_does_instead() -> None:
    """Live mode's help doesn't send anyone to the retired Partner Membership Center or the sandbox's menus."""
    assert "Partner Membership Center" not in help_html("sign_in_live", "en")
    assert "retired in 2022" in help_html("mpn_live", "en") and "Partner ID" in help_html("mpn_live", "en")
    assert "I have submitted it" in help_html("enroll_live", "en")
    assert "every 15 minutes" in help_html("status_live", "en") and "checklist" in help_html("status_live", "en")
    for topic in LIVE_TOPICS:
        assert "sandbox" not in help_html(topic, "en").lower()
        assert "Partner Membership Center user name" not in help_html(topic, "en")


def test_an_unknown_language_falls_back_to_english() -> None:
    assert help_html("mpn", "de") == help_html("mpn", "en")
    assert help_html("no-such-step", "en") == ""


# ----- the pane in the wizard ---------------------------------------------------------------------
def test_each_step_shows_its_help_beside_the_page(driver: WizardDriver) -> None:
    pane = driver.window.help_pane
    seen = []

    def check() -> None:
        assert pane.isVisible() and pane.topic == driver.step
        assert heading(driver.step, "en") in shown_text(pane)
        hint, minimum = driver.window.minimumSizeHint(), driver.window.minimumSize()
        assert hint.width() <= minimum.width() and hint.height() <= minimum.height(), (driver.step, hint)
        seen.append(driver.step)

    check()
    driver.next()
    check()
    driver.sign_in()
    driver.wait_complete()
    driver.next()
    check()
    approve_from_mpn(driver, check)
    assert seen == list(steps.STEP_KEYS)
    page, help_area = driver.wizard.currentPage(), pane
    assert help_area.geometry().left() >= driver.wizard.geometry().right() - 1  # beside the page, on its right
    assert page.isVisible()


def approve_from_mpn(driver: WizardDriver, check) -> None:
    """From the MPN step to the CSP overview, checking the help on every page on the way."""
    driver.pmc_sign_in()
    driver.click_profile("4567890")
    driver.wait_complete()
    driver.next()
    check()
    driver.fill_contact()
    driver.next()
    check()
    driver.click("enroll_now")
    driver.qtbot.waitUntil(lambda: driver.instance.session.submitted and not driver.wizard.currentPage().busy,
                           timeout=15000)
    driver.next()
    check()
    from datetime import timedelta

    from tests.gui.driver import verify_contact_email

    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)
    verify_contact_email(driver)
    driver.instance.services.backend.advance(timedelta(days=4))
    driver.click("check_status")
    driver.qtbot.waitUntil(driver.next_enabled, timeout=15000)
    driver.next()
    check()


def test_the_help_follows_the_language(driver: WizardDriver, spanish) -> None:
    pane = driver.window.help_pane
    driver.next()
    assert heading("sign_in", "en") in shown_text(pane)
    spanish("es")
    assert heading("sign_in", "es") in shown_text(pane)
    assert "administrador global" in shown_text(pane)
    driver.next() if driver.next_enabled() else driver.back()
    assert heading(driver.step, "es") in shown_text(pane)  # a new step, still in Spanish
    spanish("en")
    assert heading(driver.step, "en") in shown_text(pane)


def test_f1_toggles_the_help_and_the_choice_is_remembered(driver: WizardDriver, qtbot, open_app,
                                                          db_path) -> None:
    window, pane = driver.window, driver.window.help_pane
    assert pane.action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    assert pane.action in window.menuBar().actions()[-1].menu().actions()  # Help → Show help for this step
    driver.next()
    field = driver.edit("work_account")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_F1)
    assert not pane.isVisible() and not pane.action.isChecked()
    assert QApplication.focusWidget() is field
    qtbot.keyClick(field, Qt.Key.Key_F1)
    assert pane.isVisible() and pane.action.isChecked()
    assert QApplication.focusWidget() is pane.browser  # a screen reader reads the help at once
    qtbot.keyClick(pane.browser, Qt.Key.Key_F1)
    assert not pane.isVisible()
    assert QApplication.focusWidget() is field  # and F1 again brings the user back to the field

    driver = reopen(qtbot, open_app, driver.instance, db_path)
    assert not driver.window.help_pane.isVisible()  # remembered hidden
    driver.window.help_pane.action.trigger()  # Help → Show help for this step
    assert driver.window.help_pane.isVisible()
    driver = reopen(qtbot, open_app, driver.instance, db_path)
    assert driver.window.help_pane.isVisible()


def test_the_help_is_read_only_and_named_for_screen_readers(driver: WizardDriver) -> None:
    browser = driver.window.help_pane.browser
    assert browser.isReadOnly()
    assert browser.focusPolicy() & Qt.FocusPolicy.TabFocus
    interface = QAccessible.queryAccessibleInterface(browser)
    assert interface.text(QAccessible.Text.Name) == "Help"
    assert "Before you start" in browser.toPlainText()


def test_the_help_does_not_grow_the_minimum_window(driver: WizardDriver, spanish) -> None:
    """With the pane shown, every page still fits the window's minimum size, in both languages."""
    window = driver.window
    minimum = window.minimumSize()
    assert window.help_pane.isVisible()

    def fits() -> list[str]:
        window.resize(minimum)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        problems = []
        if hint.width() > minimum.width() or hint.height() > minimum.height():
            problems.append(f"{driver.step}: needs {hint.width()}x{hint.height()}")
        if window.help_pane.browser.width() < MIN_WIDTH:
            problems.append(f"{driver.step}: help squeezed to {window.help_pane.browser.width()}")
        return problems

    problems = []
    for language in ("en", "es"):
        spanish(language)
        while driver.wizard.currentId() > 0:
            driver.back()
        problems += fits()
        driver.next()
        problems += fits()
        driver.click("create_one")
        problems += fits()
        driver.click("create_one")
    assert not problems, problems


# ----- the relationships window -------------------------------------------------------------------
def test_the_relationships_window_has_its_own_help(driver: WizardDriver, spanish) -> None:
    approve(driver, sign_mpa=False)
    driver.window.relationships_action.trigger()
    window = window_of(driver)
    pane = window.help_pane
    assert pane.isVisible() and heading("relationships", "en") in shown_text(pane)
    driver.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    focused: QWidget = window.findChild(QLineEdit, "provider_search")
    focused.setFocus()
    driver.qtbot.keyClick(focused, Qt.Key.Key_F1)
    assert not pane.isVisible()
    assert driver.window.help_pane.isVisible()  # each window has its own
    driver.qtbot.keyClick(focused, Qt.Key.Key_F1)
    assert pane.isVisible()
    spanish("es")
    assert heading("relationships", "es") in shown_text(pane)
