"""Small widgets the pages share: a line edit that reports leaving, a field row with its error, a busy bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QVBoxLayout, QWidget

ERROR_STYLE = "color: #b00020;"
MAX_TYPED = 1_000_000


class FieldEdit(QLineEdit):
    """A QLineEdit that emits `left` whenever focus leaves it, changed or not (editingFinished doesn't)."""

    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Qt's default cap (32767) would silently cut a long paste; the rules say "too long" instead.
        self.setMaxLength(MAX_TYPED)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() not in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
            self.left.emit()


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never interprets its text as HTML: user input such as <b>x</b> is shown literally."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


class ErrorLabel(QLabel):
    """The message shown under a field; also the field's accessible description for screen readers."""

    def __init__(self, field_widget: QWidget) -> None:
        super().__init__()
        self._field = field_widget
        self.setObjectName(f"{field_widget.objectName()}_error")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet(ERROR_STYLE)
        self.hide()

    def show_problem(self, message: str | None) -> None:
        self.setText(message or "")
        self.setVisible(bool(message))
        self._field.setAccessibleDescription(message or "")
        self._field.setProperty("invalid", bool(message))


class FieldBox(QWidget):
    """A field widget with its error label beneath it, for one row of a form."""

    def __init__(self, field_widget: QWidget) -> None:
        super().__init__()
        self.field = field_widget
        self.error = ErrorLabel(field_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field_widget)
        layout.addWidget(self.error)


def busy_bar() -> QProgressBar:
    """An indeterminate progress bar, hidden until work runs."""
    bar = QProgressBar()
    bar.setObjectName("busy")
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(6)
    bar.hide()
    return bar


def align_labels(labels: list[QLabel]) -> None:
    """Give labels of several forms one width so the fields line up from group to group."""
    width = max((label.sizeHint().width() for label in labels), default=0)
    for label in labels:
        label.setMinimumWidth(width)


def button_row(*buttons: QWidget) -> QHBoxLayout:
    """Buttons at their natural width, left-aligned (a form would otherwise stretch them)."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
