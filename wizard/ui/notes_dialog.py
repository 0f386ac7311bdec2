"""A case's notes for support staff: read and added on workers, shown oldest first."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from wizard.ui.case_list_model import local_time
from wizard.ui.tasks import run_task
from wizard.ui.widgets import MIN_DIALOG, buddy_label, set_tone

log = logging.getLogger(__name__)


def _message(error: Exception) -> str:
    from wizard.ui.messages import error_text

    return error_text(error)


class NotesDialog(QDialog):
    """A case's notes (oldest first) and a field to add one; non-modal, so the list stays usable.
    The notes are read and added on a worker; Add note is disabled while one is being added."""

    def __init__(self, store: Any, case_id: int, actor: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes_dialog")
        self.setModal(False)
        self.store, self.case_id, self.actor = store, case_id, actor
        self._reads = 0  # the latest read asked for: an older one arriving late is dropped
        self._adding = False
        self.setWindowTitle(self.tr("Notes — %1").replace("%1", title))
        self.list = QListWidget(self)
        self.list.setObjectName("notes_list")
        self.list.setAccessibleName(self.tr("Notes, oldest first"))
        self.list.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("note_text")
        self.text.setPlaceholderText(self.tr("Write a note for whoever picks this case up next"))
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(self.text.fontMetrics().lineSpacing() * 5 + 12)  # the notes keep the room
        self.add = QPushButton(self.tr("&Add note"), self)
        self.add.setObjectName("add_note")
        text_label = buddy_label(self.tr("&New note:"), self.text)
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setObjectName("note_error")
        self.error.setWordWrap(True)
        set_tone(self.error, "error")
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(text_label)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        row.addWidget(self.error, 1)
        row.addWidget(self.add)
        layout.addLayout(row)
        self.add.clicked.connect(self.add_note)
        self.resize(520, 420)
        self.setMinimumSize(*MIN_DIALOG)
        self.refresh()

    def refresh(self) -> None:
        """Read the notes again (on a worker); the list shows them when they arrive."""
        self._reads += 1
        read, store, case_id = self._reads, self.store, self.case_id
        run_task(lambda: store.notes(case_id), lambda entries: self._show(read, entries), self._read_failed)

    def _show(self, read: int, entries: list) -> None:
        if not isValid(self) or read != self._reads:  # closed for good, or a newer read is on its way
            return
        self.list.clear()
        for entry in entries:
            self.list.addItem(f"{local_time(entry.at)} · {entry.actor}\n{entry.detail.get('text', '')}")
        self.list.scrollToBottom()

    def _read_failed(self, error: Exception) -> None:
        if isValid(self):
            self._say(_message(error))

    def _say(self, problem: str) -> None:
        self.error.setText(problem)
        self.text.setAccessibleDescription(problem)  # screen readers hear why on the field

    def add_note(self) -> None:
        """Store the note on a worker (Add note is disabled meanwhile); refused notes say why here."""
        if self._adding:
            return
        text, store, case_id, actor = self.text.toPlainText(), self.store, self.case_id, self.actor
        self._adding = True
        self.add.setEnabled(False)
        run_task(lambda: store.add_note(case_id, text, actor), lambda _none: self._added(text), self._add_failed)

    def _added(self, text: str) -> None:
        if not isValid(self):
            return
        self._adding = False
        self.add.setEnabled(True)
        self._say("")
        if self.text.toPlainText() == text:  # not what was typed after Add note
            self.text.clear()
        self.refresh()

    def _add_failed(self, error: Exception) -> None:
        """An empty note, or the database refused: say so here, keep the text."""
        if not isValid(self):
            return
        self._adding = False
        self.add.setEnabled(True)
        self._say(_message(error))
