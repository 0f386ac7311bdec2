"""Act on a widget's first painted frame: start heavy work after it, and report it for the benchmark."""

from __future__ import annotations

import os
import time
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "WIZARD_EXIT_AFTER_FIRST_PAINT"


class _FirstPaint(QObject):
    def __init__(self, target: QWidget, callback: Callable[[], None], fallback_ms: int | None) -> None:
        super().__init__(target)
        self._callback: Callable[[], None] | None = callback
        target.installEventFilter(self)
        if fallback_ms is not None:  # e.g. a minimised window never paints: don't wait forever
            QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self._fire)  # after the frame is finished, not inside paint
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None], fallback_ms: int | None = 1000) -> None:
    """Run `callback` once, right after `widget` first paints (or after `fallback_ms`)."""
    _FirstPaint(widget, callback, fallback_ms)


def watch_first_paint(page: QWidget) -> bool:
    """If the benchmark asked for it, print the wall-clock time of the page's first paint and quit."""
    if os.environ.get(ENV) != "1":
        return False

    def report() -> None:
        print(f"first_paint_epoch={time.time():.6f}", flush=True)
        QApplication.quit()

    after_first_paint(page, report, fallback_ms=None)
    return True
