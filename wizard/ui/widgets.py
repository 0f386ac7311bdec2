"""Small widgets the pages share: a line edit that reports leaving, a field row with its error, a busy bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFocusEvent, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:  # PySide makes a class's Python type (and its enums) on first use: QStyle's cost ~6 ms
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView

from wizard.ui import theme
from wizard.ui.header_fit import fit_wizard_header  # noqa: F401  (named through widgets)

ERROR_STYLE = "color: #b00020;"
"""Deprecated: a fixed red unreadable on the dark and high-contrast themes. Use set_tone(widget, "error")."""
MAX_TYPED = 1_000_000
MIN_WINDOW = (1024, 640)
"""The main window's minimum size: fits a 1280x720 logical screen (1920x1080 at 150%, 2560x1440 at 200%)
with its taskbar and title bar, and leaves the page about 480px beside the step list and the help pane."""
MIN_SECONDARY = (800, 600)
"""The minimum size of the secondary windows (case list, audit trail, outbox, relationships)."""
MIN_DIALOG = (440, 320)
"""The minimum size of small non-modal dialogs (a case's notes)."""


def set_tone(widget: QWidget, tone: str = "") -> None:
    """Colour a widget's text for what it says: "error", "warning", "success" (a framed banner) or ""
    (plain). The colours come from the theme in use and follow it when the user switches themes."""
    if (widget.property(theme.TONE_PROPERTY) or "") == tone:
        return
    widget.setProperty(theme.TONE_PROPERTY, tone)
    theme.paint_tone(widget)


def tone_of(widget: QWidget) -> str:
    return widget.property(theme.TONE_PROPERTY) or ""


def header_width(view: QAbstractItemView, column: int, *samples: str) -> int:
    """A column width that shows its whole header label (with the sort arrow) and the widest sample."""
    from PySide6.QtWidgets import QStyle

    header = view.horizontalHeader()
    model = view.model()
    label = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model is not None else ""
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
    font = header.font()
    font.setBold(header.highlightSections())  # the columns of a selected row have bold titles
    needed = QFontMetrics(font).horizontalAdvance(label) + 2 * margin + arrow + 4
    cells = max((view.fontMetrics().horizontalAdvance(sample) + 24 for sample in samples), default=0)
    return max(needed, cells)


class StatusLabel(QLabel):
    """One line in a status bar. A notice longer than the window is wide (Spanish ones often are) ends
    in "…" on purpose (`elides`), with its whole text in the tooltip and the accessible name; text()
    gives the whole text. (Wrapped, QStatusBar made every notice two or three lines tall.)"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setProperty("elides", True)

    def text(self) -> str:
        return self._full

    def setText(self, text: str) -> None:
        self._full = text
        self._elide()

    def minimumSizeHint(self) -> QSize:  # a long notice never makes the window wider
        return QSize(0, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width) if width > 0 else self._full
        if shown != super().text():
            super().setText(shown)
        cut = shown != self._full
        self.setToolTip(plain_tooltip(self._full) if cut else "")
        self.setAccessibleName(self._full if cut else "")


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

    def on_enter(self, action: Callable[[], object]) -> None:
        """Enter runs `action` and stops there: it must not also press the wizard's default button
        (Next/Finish) behind the field, e.g. Finish after an empty password was refused."""
        self.returnPressed.connect(action)
        self._enter_is_mine = True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if getattr(self, "_enter_is_mine", False) and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


def password_edit(name: str) -> FieldEdit:
    """A field for a password: it shows dots, never what is typed; `name` is its objectName."""
    edit = FieldEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def action_button(text: str, name: str, action: Callable[..., object]) -> QPushButton:
    """A push button named `name` (its objectName) that runs `action` when clicked."""
    button = QPushButton(text)
    button.setObjectName(name)
    button.clicked.connect(action)
    return button


def strip_mnemonic(text: str) -> str:
    """'Pass&word:' -> 'Password': what a screen reader should say for a label (no &, no colon)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":：").strip()


class BuddyLabel(QLabel):
    """A field's label: Alt + its underlined letter focuses the field, and its text is the field's
    accessible name (kept in step when the text is set again, e.g. after a language change)."""

    def __init__(self, text: str, buddy: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setBuddy(buddy)
        self._name_buddy()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._name_buddy()

    def _name_buddy(self) -> None:
        buddy = self.buddy()
        if buddy is not None:
            buddy.setAccessibleName(strip_mnemonic(self.text()))


def buddy_label(text: str, buddy: QWidget) -> BuddyLabel:
    """The label of `buddy` in a form row (see BuddyLabel)."""
    return BuddyLabel(text, buddy)


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label that never interprets its text as HTML: user input such as <b>x</b> is shown literally."""
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setText(text)
    return label


def plain_tooltip(text: str) -> str:
    """`text` for setToolTip / ToolTipRole, shown literally: Qt renders a tooltip as HTML when its first line
    looks like markup ("<b>Contoso</b>", "&lt;"), so such text is escaped inside a <p>."""
    from PySide6.QtGui import Qt as QtGui  # Qt.mightBeRichText is in QtGui's part of the namespace

    if not QtGui.mightBeRichText(text):
        return text
    import html

    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


class ErrorLabel(QLabel):
    """The message shown under a field; also the field's accessible description for screen readers."""

    def __init__(self, field_widget: QWidget) -> None:
        super().__init__()
        self._field = field_widget
        self.setObjectName(f"{field_widget.objectName()}_error")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        set_tone(self, "error")
        self.hide()

    def show_problem(self, message: object | None) -> None:
        """`message`: a text, a domain Problem or an error, shown in the UI's language; None clears it.
        The object is kept (`source`), so a language switch can show the same problem in the new language."""
        from wizard.ui.messages import shown_text

        self.source = message or None
        text = shown_text(message)
        self.setText(text)
        self.setVisible(bool(text))
        self._field.setAccessibleDescription(text)
        self._field.setProperty("invalid", bool(text))


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


def read_only_rows(view: QAbstractItemView, name: str, accessible_name: str) -> None:
    """Make `view` (a table) a list of rows to read: named `name`, selected by whole rows, not editable, no row
    numbers; Tab leaves it and the arrows move inside, so it is no keyboard trap."""
    from PySide6.QtWidgets import QAbstractItemView  # see the TYPE_CHECKING import above

    view.setObjectName(name)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setTabKeyNavigation(False)


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


def page_scroll(content: QWidget, name: str = "") -> QScrollArea:
    """A page's content in a frameless scroll area that takes no focus: Tab goes to the controls and the
    area follows the focus."""
    scroll = QScrollArea()
    if name:
        scroll.setObjectName(name)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(content)
    return scroll


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes through `widgets` in this order, from the first (which keeps its place): widgets made after
    a page join the end of its focus chain, so rows added later are put back in reading order."""
    for previous, widget in zip(widgets, widgets[1:]):
        QWidget.setTabOrder(previous, widget)


def set_checked_quietly(button: QAbstractButton, checked: bool) -> None:
    """Check or uncheck `button` without emitting its signals (showing a state, not a user's click)."""
    button.blockSignals(True)
    button.setChecked(checked)
    button.blockSignals(False)


def field_row(label: str, field: QWidget, shown: QWidget, button: QWidget) -> QHBoxLayout:
    """One line: the (translated) `label` naming `field`, then `shown` (the field or its box) stretched,
    then `button`."""
    row = QHBoxLayout()
    row.addWidget(buddy_label(label, field))
    row.addWidget(shown, 1)
    row.addWidget(button)
    return row


def show_error(label: QLabel, error: Exception) -> None:
    """`error` in plain words on `label`, in the error tone."""
    from wizard.ui.messages import error_text

    set_tone(label, "error")
    label.setText(error_text(error))
