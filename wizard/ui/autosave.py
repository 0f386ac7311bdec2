"""Debounced autosave: edits are written at most ~0.4 s after the last keystroke, and on every page change.

The writes run on one dedicated worker thread (tasks.run_serial), in the order they were asked for,
so typing and changing pages never wait for the disk; `flush_now` writes on the spot (closing)."""

from __future__ import annotations

import logging
import time
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from wizard.services.case_session import CaseSession
from wizard.ui.tasks import run_serial

log = logging.getLogger(__name__)

DEBOUNCE_MS = 400
STEP_WRITE_DELAY_S = 0.05
"""A page change's write waits this long on the writer thread (sleeping, so it holds no GIL): the new page
paints first instead of sharing the interpreter with SQLAlchemy's Python code."""


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
        self._step_unsaved = False  # a page change's write failed: the retry writes the current step too

    def schedule(self) -> None:
        self._timer.start()

    def flush(self) -> None:
        """Write the pending values now, on the writer thread; the outcome arrives as a signal."""
        self._timer.stop()
        self._write(self._session.step if self._step_unsaved else None)

    def save_step(self, step: str) -> None:
        """The wizard moved to `step` (already in the session's memory): write it, and pending values."""
        self._timer.stop()
        self._write(step, STEP_WRITE_DELAY_S)

    def _write(self, step: str | None, delay_s: float = 0.0) -> None:
        session = self._session
        self._step_unsaved = False

        def work() -> int:
            if delay_s:
                time.sleep(delay_s)
            count = session.save_step(step) if step is not None else 0  # pending values first, then the step
            return count + session.flush()

        run_serial(work, self._done, lambda error: self._failed(error, step is not None))

    def flush_now(self) -> None:
        """Write on the calling thread (the window is closing: nothing may be left pending)."""
        self._timer.stop()
        step, self._step_unsaved = self._step_unsaved, False
        try:
            count = self._session.save_step(self._session.step) if step else 0
            count += self._session.flush()
        except Exception as error:  # noqa: BLE001 - disk full, locked, a conflict: shown, the values kept
            self._failed(error, step)
            return
        self._done(count)

    def _done(self, count: int) -> None:
        if count and isValid(self):  # the window may have closed while the write ran
            self.saved.emit(count)

    def _failed(self, error: Exception, step: bool) -> None:
        if not isValid(self):
            log.warning("a write failed after its window closed: %s", error)
            return
        self._step_unsaved = self._step_unsaved or step
        if type(error).__name__ == "StoreConflict":  # UI never imports the store: matched by name
            self.conflict.emit(str(error))
            return
        # disk full, locked: tell the user, keep the values, retry later
        log.warning("autosave failed: %s", error)
        self.failed.emit(str(error))
        self._timer.start(DEBOUNCE_MS * 5)


def binder(session: CaseSession, autosave: Autosave) -> Callable[[str, str], None]:
    """A callback that records one edit and schedules its save."""

    def record(key: str, value: str) -> None:
        session.set_value(key, value)
        autosave.schedule()

    return record
