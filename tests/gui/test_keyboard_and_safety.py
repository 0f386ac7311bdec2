"""Keyboard-only enrollment, one instance per database, and a corrupt database with a way out."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from tests.gui.driver import CONTACT, ES_ADMIN, ES_PMC, PASSWORD, WizardDriver
from wizard.app import AlreadyRunning, AppInstance
from wizard.settings import load_settings
from wizard.ui.keys import type_text


def _focused():
    return QApplication.focusWidget()


def test_keyboard_only_enrollment(driver: WizardDriver) -> None:
    qtbot, window = driver.qtbot, driver.window
    qtbot.keyClick(window.wizard, Qt.Key.Key_Return)  # Enter = Next (the default button)
    assert driver.step == "sign_in"
    driver.edit("work_account").setFocus()
    type_text(_focused(), ES_ADMIN)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused().objectName() == "password"
    type_text(_focused(), PASSWORD)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # Enter in the password signs in
    driver.wait_complete()
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)  # focus moved to Next
    assert driver.step == "mpn"
    qtbot.keyClick(window.wizard, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)  # mnemonic of "PMC &user name"
    assert _focused().objectName() == "pmc_user"
    type_text(_focused(), ES_PMC)
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    type_text(_focused(), PASSWORD)
    qtbot.keyClick(_focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _focused() is not None and _focused().objectName() == "mpn_id", timeout=15000)
    qtbot.keyClick(_focused(), Qt.Key.Key_Home)  # first profile: the active Spanish one
    driver.wait_complete()
    qtbot.keyClick(window.wizard, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)  # &Next (an animated click)
    qtbot.waitUntil(lambda: driver.step == "legal_profile")
    qtbot.keyClick(window.wizard, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # F&irst name (Alt+F: File menu)
    assert _focused().objectName() == "contact_first_name"
    for key in ("contact_first_name", "contact_last_name", "contact_email", "contact_phone"):
        assert _focused().objectName() == key  # tab order follows the form
        type_text(_focused(), CONTACT[key])
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    for key in ("support_email", "support_phone"):
        assert _focused().objectName() == key
        type_text(_focused(), CONTACT[key])
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(window.wizard, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: driver.step == "enroll")
    qtbot.keyClick(window.wizard, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # &Enroll now
    qtbot.waitUntil(lambda: driver.instance.session.submitted, timeout=15000)


def test_tab_order_on_the_legal_profile_follows_the_visual_order(driver: WizardDriver) -> None:
    driver.to_legal_profile()
    driver.edit("legal_name").setFocus()
    seen = [_focused().objectName()]
    for _ in range(13):
        driver.qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
        seen.append(_focused().objectName())
    assert seen == [
        "legal_name", "address_line1", "address_line2", "city", "state", "postal_code", "country",
        "contact_first_name", "contact_last_name", "contact_email", "contact_phone",
        "support_email", "support_phone", "support_website",
    ]


def test_step_panel_shows_where_the_user_is(driver: WizardDriver) -> None:
    assert "Step 1 of 7" in driver.wizard.panel.current_text()
    driver.next()
    assert "Step 2 of 7" in driver.wizard.panel.current_text()
    assert "Sign in" in driver.wizard.panel.current_text()


def test_a_second_instance_on_the_same_database_is_refused(driver: WizardDriver, db_path: Path) -> None:
    with pytest.raises(AlreadyRunning, match="already open"):
        AppInstance(load_settings(str(db_path)))


def test_a_corrupt_database_is_kept_as_backup_and_the_user_can_start_fresh(qtbot, open_app, db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    garbage = b"this is not a database, it is a shopping list\n" * 200
    db_path.write_bytes(garbage)
    instance = open_app(wait=False)
    qtbot.waitUntil(lambda: instance.window.error_box is not None and instance.window.error_box.isVisible(), timeout=15000)
    box: QMessageBox = instance.window.error_box
    assert "not" in box.text().lower() and str(db_path.name) in box.text()
    start_fresh = next(b for b in box.findChildren(QPushButton) if "Start fresh" in b.text())
    qtbot.mouseClick(start_fresh, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: instance.services is not None, timeout=15000)
    backups = [p for p in db_path.parent.iterdir() if ".corrupt-" in p.name and p.name.endswith(".bak")]
    assert len(backups) == 1 and backups[0].read_bytes() == garbage
    assert instance.session.case_id is not None
