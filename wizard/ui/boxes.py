"""Message boxes that never block: opened with open(), never exec(), so the event loop (and tests) go on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def error_box(parent: QWidget, title: str, text: str, buttons: dict[str, Callable[[], object]],
              critical: bool = True) -> QMessageBox:
    """A non-modal box with named actions (objectNames `error_box`, `error_action_<first word>`);
    `critical=False` for a question that is not a failure (the information icon). The text is plain."""
    icon = QMessageBox.Icon.Critical if critical else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("error_box")
    box.setTextFormat(Qt.TextFormat.PlainText)
    for label, action in buttons.items():
        button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        button.setObjectName("error_action_" + label.replace("&", "").split()[0].lower())
        button.clicked.connect(action)
    box.open()
    return box
