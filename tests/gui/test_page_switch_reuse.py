"""A page switch reuses what it worked out last time (validation results, help texts, the step panel's
rows) only while nothing it depends on has changed: a change made behind a page is still seen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui import test_help_pane
from tests.gui.driver import WizardDriver
from tests.gui.test_help_pane import heading, shown_text

spanish = test_help_pane.spanish  # the fixture: switches the UI language the way the language menu does


def test_next_on_the_legal_profile_sees_an_answer_changed_since_the_last_check(driver: WizardDriver) -> None:
    driver.to_legal_profile()
    driver.fill_contact()
    driver.next()
    assert driver.step == "enroll"
    driver.back()
    session = driver.instance.session
    valid = session.value("contact_email")
    session.set_value("contact_email", "lucia@gmail.com")  # e.g. a prefill: not typed on this page
    driver.next()
    assert driver.step == "legal_profile"
    assert "Gmail" in driver.error("contact_email")
    session.set_value("contact_email", valid)
    driver.next()
    assert driver.step == "enroll"
    assert driver.wizard.pages["legal_profile"].boxes["contact_email"].error.text() == ""


def test_the_review_lists_a_step_that_became_incomplete_since_the_last_visit(driver: WizardDriver) -> None:
    driver.to_legal_profile()
    driver.fill_contact()
    driver.next()
    review = driver.wizard.currentPage()
    assert driver.step == "enroll" and review.incomplete.isHidden()
    assert review.enroll_button.isEnabled()
    driver.back()
    driver.instance.session.set_value("mpn_id", "")  # the MPN step is not checked by the legal profile's Next
    driver.next()
    assert driver.step == "enroll"
    assert not review.incomplete.isHidden()
    assert driver.widget("goto_mpn").isVisible()
    assert not review.enroll_button.isEnabled()


def test_the_step_panel_marks_the_current_step_both_ways(driver: WizardDriver) -> None:
    steps_list = driver.wizard.panel.list
    role = Qt.ItemDataRole.AccessibleTextRole

    def marks() -> list[tuple[str, bool]]:
        return [(steps_list.item(row).text()[:1], steps_list.item(row).font().bold())
                for row in range(steps_list.count())]

    driver.next()
    assert marks()[:3] == [("✓", False), ("▶", True), (" ", False)]
    driver.back()
    assert marks()[:3] == [("▶", True), (" ", False), (" ", False)]
    assert steps_list.currentRow() == 0
    assert steps_list.item(1).data(role).endswith("not done yet")
    assert driver.wizard.panel.current_text() == "Step 1 of 7: Welcome, current step"


def test_the_help_shows_each_topic_again_after_a_language_round_trip(driver: WizardDriver, spanish) -> None:
    pane = driver.window.help_pane
    driver.next()
    driver.back()
    assert heading("welcome", "en") in shown_text(pane)
    spanish("es")
    driver.next()
    assert heading("sign_in", "es") in shown_text(pane)
    spanish("en")
    assert heading("sign_in", "en") in shown_text(pane)
    driver.back()
    assert heading("welcome", "en") in shown_text(pane)


def test_the_step_list_lets_the_panel_background_show_through(driver: WizardDriver) -> None:
    """The list draws no background of its own (no style sheet: see StepPanel), in every theme."""
    steps_list = driver.wizard.panel.list
    assert steps_list.viewport().autoFillBackground() is False
    assert steps_list.styleSheet() == ""
