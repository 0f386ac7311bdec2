"""Run slow work (backend calls, opening the store) off the GUI thread and get the result back on it."""

from __future__ import annotations

import logging
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits, Qt queues the call back to this thread."""

    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[Exception], None]) -> None:
        super().__init__()
        self._on_done, self._on_error = on_done, on_error
        self.succeeded.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, result: object) -> None:
        _running.discard(self)
        self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: object) -> None:
        _running.discard(self)
        self._on_error(error)  # type: ignore[arg-type]


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work, self._relay = work, relay

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, which shows it next to the action
            log.info("background task failed: %s", type(error).__name__)
            self._report(self._relay.failed, error)
        else:
            self._report(self._relay.succeeded, result)

    @staticmethod
    def _report(signal, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the app is shutting down and the relay is gone: nobody to tell
            log.debug("task finished after shutdown")


_running: set[_Relay] = set()


def debounce(parent: QObject, ms: int, action: Callable[[], object]) -> QTimer:
    """A single-shot timer owned by `parent`: each `start()` (a keystroke) puts `action` off until `ms` after
    the last one."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(action)
    return timer


def run_task(work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None]) -> None:
    """Run `work()` on the global thread pool; `on_done`/`on_error` run later on the GUI thread."""
    relay = _Relay(on_done, on_error)
    _running.add(relay)
    QThreadPool.globalInstance().start(_Job(work, relay))


_serial_pool: QThreadPool | None = None


def run_serial(
    work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
) -> None:
    """Like `run_task`, on one dedicated worker thread: jobs run one at a time, in the order given.

    For the case's own writes (autosave, the current step), which must reach the database in the
    order the user made them, without the GUI thread ever waiting for the disk."""
    global _serial_pool
    if _serial_pool is None:
        _serial_pool = QThreadPool()
        _serial_pool.setMaxThreadCount(1)  # one thread, FIFO queue: writes keep their order
        _serial_pool.setExpiryTimeout(-1)  # kept: starting a thread on every save would cost the GUI thread
    relay = _Relay(on_done, on_error)
    _running.add(relay)
    _serial_pool.start(_Job(work, relay))


def wait_for_tasks(msecs: int = 30000) -> bool:
    """Let running tasks finish (at shutdown, so a half-done sign-in or enroll completes cleanly)."""
    serial_done = _serial_pool.waitForDone(msecs) if _serial_pool is not None else True
    return QThreadPool.globalInstance().waitForDone(msecs) and serial_done


def pending_tasks() -> int:
    """How many tasks have not reported back yet (tests and shutdown wait on this)."""
    return len(_running)
