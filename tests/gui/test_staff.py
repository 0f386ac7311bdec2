"""Support staff in the main window: the case list, switching cases, handover with the conflict prompt, PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QPushButton, QTableView

from tests.gui.driver import WizardDriver
from wizard.ui.case_list_model import RowRole


def choose(driver: WizardDriver, what: str, path: Path) -> None:
    """Use the File menu action and answer its (non-modal) file dialog."""
    driver.window.case_actions[what].trigger()
    dialog: QFileDialog = driver.window.findChild(QFileDialog, f"file_dialog_{what}")
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


def top_level(name: str):
    return next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)


def test_new_case_then_resume_the_first_from_the_case_list(driver: WizardDriver) -> None:
    qtbot, instance = driver.qtbot, driver.instance
    driver.next()
    driver.type("work_account", "admin@contosoiberia.onmicrosoft.com")
    first_case = instance.session.case_id
    instance.window.case_actions["new"].trigger()
    qtbot.waitUntil(lambda: instance.session.case_id != first_case)
    assert instance.window.wizard.current_key() == "welcome"
    assert instance.session.value("work_account") == ""

    instance.window.case_actions["cases"].trigger()
    qtbot.waitUntil(lambda: top_level("case_list") is not None)
    case_list = top_level("case_list")
    table: QTableView = case_list.findChild(QTableView, "cases_view")
    qtbot.waitUntil(lambda: table.model() is not None and table.model().rowCount() == 2)
    model = table.model()
    row = next(r for r in range(2) if model.data(model.index(r, 0), RowRole).id == first_case)
    table.selectRow(row)
    qtbot.mouseClick(case_list.findChild(QPushButton, "resume_case"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: instance.session.case_id == first_case)
    assert instance.window.wizard.current_key() == "sign_in"
    assert instance.session.value("work_account") == "admin@contosoiberia.onmicrosoft.com"


def test_a_case_that_cannot_be_opened_is_said_and_the_window_stays(driver: WizardDriver) -> None:
    """Opening a case runs on a worker: a failure comes back as a notice, and the actions work again."""
    qtbot, instance = driver.qtbot, driver.instance
    window, case_id = instance.window, instance.session.case_id
    instance.open_case(9999)
    assert not window.case_actions["new"].isEnabled()  # one switch at a time
    qtbot.waitUntil(lambda: window.notice.text() == "There is no case number 9999.", timeout=10000)
    assert instance.window is window and instance.session.case_id == case_id
    assert window.case_actions["new"].isEnabled() and window.case_actions["import"].isEnabled()


def test_case_list_closed_with_its_close_button_opens_again_and_searches(driver: WizardDriver) -> None:
    """The close button releases the list's database source; the menu must then build a working list."""
    qtbot, instance = driver.qtbot, driver.instance
    instance.window.case_actions["new"].trigger()
    instance.window.case_actions["cases"].trigger()
    qtbot.waitUntil(lambda: top_level("case_list") is not None)
    top_level("case_list").close()  # what the title bar's close button does
    assert top_level("case_list") is None

    instance.window.case_actions["cases"].trigger()
    qtbot.waitUntil(lambda: top_level("case_list") is not None)
    case_list = top_level("case_list")
    table: QTableView = case_list.findChild(QTableView, "cases_view")
    qtbot.waitUntil(lambda: table.model() is not None and table.model().rowCount() == 2)
    search = case_list.findChild(QLineEdit, "case_search")
    qtbot.keyClicks(search, "no such company anywhere")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)


def test_export_then_import_with_the_conflict_prompt(driver: WizardDriver, tmp_path: Path) -> None:
    qtbot, instance = driver.qtbot, driver.instance
    driver.next()
    driver.type("work_account", "admin@contosoiberia.onmicrosoft.com")
    instance.session.flush()
    packet = tmp_path / "case.json"
    choose(driver, "export", packet)
    qtbot.waitUntil(packet.exists, timeout=10000)
    assert b"password" not in packet.read_bytes().lower()

    qtbot.wait(20)
    driver.type("work_account", "someone.else@contosoiberia.onmicrosoft.com")  # changed here after the export
    instance.session.flush()
    original = instance.session.case_id
    choose(driver, "import", packet)
    qtbot.waitUntil(lambda: instance.window.findChild(QMessageBox, "import_conflict") is not None, timeout=10000)
    box = instance.window.findChild(QMessageBox, "import_conflict")
    assert "someone.else@" in box.text() and "admin@contosoiberia" in box.text()
    assert instance.services.store.get_case(original).fields["work_account"].startswith("someone.else")  # untouched
    qtbot.mouseClick(box.findChild(QPushButton, "conflict_copy"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: instance.session.case_id != original, timeout=10000)
    assert instance.session.value("work_account") == "admin@contosoiberia.onmicrosoft.com"
    assert instance.services.store.get_case(original).fields["work_account"].startswith("someone.else")


def test_printable_summary_from_the_file_menu(driver: WizardDriver, tmp_path: Path) -> None:
    driver.next()
    driver.type("work_account", "admin@contosoiberia.onmicrosoft.com")
    pdf = tmp_path / "summary.pdf"
    choose(driver, "summary", pdf)
    driver.qtbot.waitUntil(pdf.exists, timeout=10000)
    assert pdf.read_bytes()[:5] == b"%PDF-"


def test_staff_name_is_recorded_as_who_in_the_audit_trail(driver: WizardDriver) -> None:
    from PySide6.QtWidgets import QInputDialog

    dialog: QInputDialog = driver.window.ask_staff_name()
    dialog.setTextValue("Marta (support)")
    dialog.accept()
    driver.next()
    store, case_id = driver.instance.services.store, driver.instance.session.case_id
    driver.qtbot.waitUntil(lambda: store.audit(case_id)[-1].action == "step")  # written on the writer thread
    entries = store.audit(case_id)
    assert entries[-1].action == "step" and entries[-1].actor == "Marta (support)"
    from wizard.settings import staff_name

    assert staff_name() == "Marta (support)"  # remembered for next time


def test_with_several_cases_the_app_starts_from_the_case_list(qtbot, open_app, db_path) -> None:
    from tests.gui.conftest import reopen

    driver = WizardDriver(qtbot, open_app())
    driver.instance.window.case_actions["new"].trigger()
    qtbot.waitUntil(lambda: len(driver.instance.services.store.list_cases()) == 2)
    reopen(qtbot, open_app, driver.instance, db_path)
    qtbot.waitUntil(lambda: top_level("case_list") is not None, timeout=10000)


def test_a_colleagues_change_is_never_overwritten_by_autosave(driver: WizardDriver, db_path: Path) -> None:
    """Two people on one case (a team database): the second save is refused with a clear message."""
    from wizard.store.repository import Store

    qtbot, instance = driver.qtbot, driver.instance
    driver.next()
    case_id = instance.session.case_id
    colleague = Store.open(db_path)  # another wizard on the shared database
    try:
        colleague.save_fields(case_id, {"work_account": "colleague@contosoiberia.onmicrosoft.com"})
        driver.type("work_account", "me@contosoiberia.onmicrosoft.com", leave=False)
        qtbot.waitUntil(lambda: instance.window.findChild(QMessageBox, "save_conflict") is not None, timeout=5000)
        box = instance.window.findChild(QMessageBox, "save_conflict")
        assert "Someone else changed this case" in box.text() and "me@contosoiberia" in box.text()
        assert colleague.get_case(case_id).fields["work_account"] == "colleague@contosoiberia.onmicrosoft.com"
        qtbot.mouseClick(box.findChild(QPushButton, "conflict_reload"), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: instance.session.value("work_account") == "colleague@contosoiberia.onmicrosoft.com")
    finally:
        colleague.close()
