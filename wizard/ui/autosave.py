"""Debounced autosave: edits are written at most ~0.4 s after the last keystroke, and on every page change."""

from __future__ import annotations

import logging
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from wizard.services.case_session import CaseSession

log = logging.getLogger(__name__)

DEBOUNCE_MS = 400


class Autosave(QObject):
    saved = Signal(int)  # how many values were written
    failed = Signal(str)  # a message for the status bar; the values stay pending and are retried
    conflict = Signal(str)  # a colleague changed the case: no retry, the user decides (values stay pending)

    def __init__(self, session: CaseSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)

    def schedule(self) -> None:
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        try:
            count = self._session.flush()
        except Exception as error:  # disk full, locked: tell the user, keep the values, retry later
            if type(error).__name__ == "StoreConflict":  # UI never imports the store: matched by name
                self.conflict.emit(str(error))
                return
            log.warning("autosave failed: %s", error)
            self.failed.emit(str(error))
            self._timer.start(DEBOUNCE_MS * 5)
            return
        if count:
            self.saved.emit(count)


def binder(session: CaseSession, autosave: Autosave) -> Callable[[str, str], None]:
    """A callback that records one edit and schedules its save."""

    def record(key: str, value: str) -> None:
        session.set_value(key, value)
        autosave.schedule()

    return record
