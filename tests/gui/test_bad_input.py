"""Bad input on the legal profile page: a specific message next to the field, and nothing typed is lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.driver import WizardDriver


def paste(driver: WizardDriver, field: str, text: str) -> None:
    edit = driver.edit(field)
    driver.qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    QApplication.clipboard().setText(text)
    driver.qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    driver.qtbot.keyClick(edit, Qt.Key.Key_Tab)


@pytest.mark.parametrize(
    ("field", "text", "words"),
    [
        ("legal_name", "", "provide your company"),
        ("contact_first_name", "x" * 100_000, "50"),
        ("address_line1", "Calle " + "A" * 300, "200"),
        ("contact_email", "lucia@@contoso", "email"),
        ("contact_email", "lucia@outlook.es", "Outlook"),
        ("contact_email", "lucia@yahoo.es", "Yahoo"),
        ("contact_phone", "12", "phone"),
        ("postal_code", "2804", "postal code"),
        ("support_website", "javascript:alert(1)", "web address"),
        ("contact_first_name", "Lucía 😀", "character"),
        ("contact_last_name", "Fernández\x00", "character"),
    ],
)
def test_bad_value_gets_a_specific_message_and_is_kept(driver: WizardDriver, field, text, words) -> None:
    driver.to_legal_profile()
    paste(driver, field, text)
    message = driver.error(field)
    assert words.lower() in message.lower(), message
    assert "Traceback" not in message
    assert driver.edit(field).text() == text  # nothing typed (or pasted) is lost
    assert driver.instance.session.value(field) == text


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("contact_first_name", "  Łukasz\u00a0 "),  # pasted with surrounding and no-break spaces
        ("contact_last_name", "山田"),
        ("contact_last_name", "عبد الله"),
        ("legal_name", "<b>Contoso</b> Iberia S.L."),  # accepted as literal text
        ("contact_email", "  lucia@contoso-iberia.es "),
    ],
)
def test_acceptable_values_show_no_problem(driver: WizardDriver, field, text) -> None:
    driver.to_legal_profile()
    paste(driver, field, text)
    assert driver.error(field) == ""
