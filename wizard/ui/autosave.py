"""Debounced autosave: edits are written at most ~0.4 s after the last keystroke, and on every page change.

The writes run on one dedicated worker thread (tasks.run_serial), in the order they were asked for,
so typing and changing pages never wait for the disk; `flush_now` writes on the spot (closing)."""

from __future__ import annotations

import logging
import time
from typing import Callable

from PySide6.QtCore import QObject, Signal
from shiboken6 import isValid

from wizard.domain.errors import EditConflict
from wizard.services.case_session import CaseSession
from wizard.ui.messages import error_text
from wizard.ui.tasks import debounce, run_serial

log = logging.getLogger(__name__)

DEBOUNCE_MS = 400
STEP_WRITE_DELAY_S = 0.05
"""A page change's write waits this long on the writer thread, asleep (holding no GIL), so the new page
paints first instead of sharing the interpreter with SQLAlchemy's Python code (the page-switch
benchmark: ~7 ms per switch). Order is kept anyway: the step waits in the session's queue, and whichever
write comes first (this one, or a worker's sign-in or enroll) records it before anything else."""


class Autosave(QObject):
    saved = Signal(int)  # how many values were written
    failed = Signal(str)  # a message for the status bar; the values stay pending and are retried
    conflict = Signal(str)  # a colleague changed the case: no retry, the user decides (values stay pending)

    def __init__(self, session: CaseSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._timer = debounce(self, DEBOUNCE_MS, self.flush)

    def schedule(self) -> None:
        self._timer.start()

    def flush(self) -> None:
        """Write the pending values (and steps) now, on the writer thread; the outcome arrives as a signal."""
        self._timer.stop()
        self._write()

    def save_step(self, step: str) -> None:
        """The wizard moved to `step` (queued in the session by `set_step(step, save=False)`): write it,
        with the pending values, shortly after the new page has painted."""
        del step  # the session's queue holds it, in order with any step before it
        self._timer.stop()
        self._write(STEP_WRITE_DELAY_S)

    def _write(self, delay_s: float = 0.0) -> None:
        session = self._session

        def work() -> int:
            if delay_s:
                time.sleep(delay_s)
            return session.flush()  # pending values, then pending steps

        run_serial(work, self._done, self._failed)

    def flush_now(self) -> None:
        """Write on the calling thread (the window is closing: nothing may be left pending)."""
        self._timer.stop()
        try:
            count = self._session.flush()
        except Exception as error:  # noqa: BLE001 - disk full, locked, a conflict: shown, the values kept
            self._failed(error)
            return
        self._done(count)

    def _done(self, count: int) -> None:
        if count and isValid(self):  # the window may have closed while the write ran
            self.saved.emit(count)

    def _failed(self, error: Exception) -> None:
        if not isValid(self):
            log.warning("a write failed after its window closed: %s", error)
            return
        if isinstance(error, EditConflict):  # the store's StoreConflict, known here by its domain type
            self.conflict.emit(error_text(error))
            return
        # disk full, locked: tell the user, keep the values (and steps), retry later
        log.warning("autosave failed: %s", error)
        self.failed.emit(error_text(error))
        self._timer.start(DEBOUNCE_MS * 5)


def binder(session: CaseSession, autosave: Autosave) -> Callable[[str, str], None]:
    """A callback that records one edit and schedules its save."""

    def record(key: str, value: str) -> None:
        session.set_value(key, value)
        autosave.schedule()

    return record
