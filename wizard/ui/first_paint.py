"""Report the first painted frame (for the startup benchmark): WIZARD_EXIT_AFTER_FIRST_PAINT=1."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

ENV = "WIZARD_EXIT_AFTER_FIRST_PAINT"


class _FirstPaint(QObject):
    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self._done = False
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            # Wall-clock time so the parent process can subtract its own spawn time.
            print(f"first_paint_epoch={time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


def watch_first_paint(page: QWidget) -> bool:
    """If the benchmark asked for it, print the time of the page's first paint and quit."""
    if os.environ.get(ENV) != "1":
        return False
    _FirstPaint(page)
    sys.stdout.flush()
    return True
