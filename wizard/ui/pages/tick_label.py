"""A checklist tick's text beside its box (the live manual status checklist)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QCheckBox, QSizePolicy

from wizard.ui.widgets import BuddyLabel


class TickLabel(BuddyLabel):
    """A checklist tick's text beside its box: wraps in a narrow window (a check box's own text can't),
    names the box for screen readers, and a click on it (or Alt + its letter) ticks the box."""

    def __init__(self, text: str, tick: QCheckBox) -> None:
        super().__init__(text, tick)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)  # never HTML; the & still marks the letter
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # the width it's given

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        tick = self.buddy()
        if (event.button() == Qt.MouseButton.LeftButton and tick is not None and tick.isEnabled()
                and self.rect().contains(event.position().toPoint())):
            tick.click()
        super().mouseReleaseEvent(event)
