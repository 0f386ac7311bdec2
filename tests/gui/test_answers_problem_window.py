"""`--answers FILE` from a desktop launcher (no console): its problems appear in a window, not only on stderr."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import wizard.cli
import wizard.gui
from wizard.cli import main
from wizard.ui.answers_problem import OBJECT_NAME

VALID = {
    "work_account": "admin@contosoiberia.onmicrosoft.com", "legal_name": "Contoso Iberia S.L.",
    "address_line1": "Paseo de la Castellana 95", "city": "Madrid", "state": "Madrid", "postal_code": "28046",
    "country": "ES", "contact_first_name": "Lucía", "contact_last_name": "Fernández",
    "contact_email": "lucia.fernandez@contoso-iberia.es", "contact_phone": "612 34 56 78",
    "support_email": "soporte@contoso-iberia.es", "support_phone": "900 123 456",
}


@pytest.fixture
def launcher(monkeypatch: pytest.MonkeyPatch) -> None:
    """Started from a desktop launcher: a display, no console; the wizard must not open on a failure."""
    monkeypatch.setattr(wizard.cli, "console_attached", lambda: False)
    monkeypatch.setattr(wizard.cli, "has_display", lambda: True)
    monkeypatch.setattr(wizard.gui, "run_gui", lambda *a, **kw: pytest.fail("opened the wizard"))


def _press_ok_when_shown(qtbot, seen: list[dict]) -> None:
    """When the problem window is up: note what it says, then press its OK button like a user."""

    def look() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == OBJECT_NAME and w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, look)
            return
        box = boxes[0]
        assert isinstance(box, QMessageBox)
        seen.append({"text": box.text(), "info": box.informativeText(), "title": box.windowTitle()})
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), qtbot_left())

    QTimer.singleShot(0, look)


def qtbot_left():
    return Qt.MouseButton.LeftButton


def test_invalid_answers_are_listed_in_a_window(qtbot, launcher, tmp_path: Path, capsys) -> None:
    answers = tmp_path / "contoso.json"
    answers.write_text(json.dumps(dict(VALID, contact_email="lucia@gmx.de", postal_code="2804")), encoding="utf-8")
    seen: list[dict] = []
    _press_ok_when_shown(qtbot, seen)
    code = main(["--database", str(tmp_path / "w.sqlite"), "--answers", str(answers)])
    assert code == 1
    assert len(seen) == 1
    assert "contoso.json" in seen[0]["text"]
    info = seen[0]["info"]
    assert "Primary contact email" in info or "email" in info.lower()
    assert "gmx.de" in info and "postal code" in info.lower()
    assert "Nothing was created" in info
    assert "Nothing was created" in capsys.readouterr().err  # still printed for logs and terminals
    assert not (tmp_path / "w.sqlite").exists()


def test_an_unreadable_answers_file_is_shown_in_a_window(qtbot, launcher, tmp_path: Path) -> None:
    seen: list[dict] = []
    _press_ok_when_shown(qtbot, seen)
    code = main(["--database", str(tmp_path / "w.sqlite"), "--answers", str(tmp_path / "missing.toml")])
    assert code == 2
    assert len(seen) == 1 and "missing.toml" in seen[0]["text"] and "missing.toml" in seen[0]["info"]


def test_in_spanish(qtbot, launcher, tmp_path: Path) -> None:
    answers = tmp_path / "contoso.json"
    answers.write_text(json.dumps(dict(VALID, contact_email="lucia@gmail.com")), encoding="utf-8")
    seen: list[dict] = []
    _press_ok_when_shown(qtbot, seen)
    try:
        code = main(["--database", str(tmp_path / "w.sqlite"), "--language", "es", "--answers", str(answers)])
    finally:
        from wizard.ui.i18n import install_language

        install_language("en")
    assert code == 1
    assert seen[0]["text"] == "No se ha usado el archivo de respuestas contoso.json.", seen
    assert "Gmail" in seen[0]["info"] and "Corrige el archivo" in seen[0]["info"]


def test_from_a_terminal_there_is_no_window(qtbot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys) -> None:
    monkeypatch.setattr(wizard.cli, "has_display", lambda: True)
    monkeypatch.setattr(wizard.gui, "run_gui", lambda *a, **kw: pytest.fail("opened the wizard"))
    import wizard.ui.answers_problem as window

    monkeypatch.setattr(window, "show_answers_problem", lambda *a: pytest.fail("a window from a terminal"))
    answers = tmp_path / "contoso.json"
    answers.write_text(json.dumps(dict(VALID, contact_email="lucia@gmail.com")), encoding="utf-8")
    assert main(["--database", str(tmp_path / "w.sqlite"), "--answers", str(answers)]) == 1
    assert "Gmail" in capsys.readouterr().err
