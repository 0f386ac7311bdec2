"""Does every text on screen fit? Checks one rendered window: labels, buttons, group box titles, check
boxes, tabs and header sections hold their whole text, and no two visible sibling text widgets overlap.

A text may be cut short only where a widget says so on purpose: its `elides` property is True."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, QSize, Qt, QTranslator
from PySide6.QtGui import QColor, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionButton,
    QStyleOptionViewItem,
    QTabBar,
    QTextEdit,
    QWidget,
)

from wizard.ui.theme import contrast

TEXT_WIDGETS = (
    QLabel, QAbstractButton, QGroupBox, QLineEdit, QComboBox, QAbstractSpinBox, QTabBar, QAbstractItemView,
    QPlainTextEdit, QTextEdit,
)
PM = QStyle.PixelMetric


def visible_text(text: str) -> str:
    """The text as drawn: mnemonic ampersands gone, '&&' shown as '&'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def describe(widget: QWidget) -> str:
    name = widget.objectName() or "?"
    parent = widget.parentWidget()
    owner = ""
    while parent is not None and not owner:
        owner = parent.objectName()
        parent = parent.parentWidget()
    return f"{type(widget).__name__} {name!r} in {owner or '?'}"


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "…"


# ----- one widget ------------------------------------------------------------------------------
def label_problem(label: QLabel) -> str | None:
    if not label.text().strip() or label.property("elides"):
        return None
    hint = label.minimumSizeHint()  # for a text label: the widest word (wrapping) or the whole line
    if label.width() < hint.width():
        return f"needs {hint.width()}px wide, has {label.width()}"
    need = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
    if label.height() < need:
        return f"needs {need}px high at width {label.width()}, has {label.height()}"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    text = visible_text(button.text())
    if not text.strip() or button.property("elides"):
        return None
    style, metrics = button.style(), button.fontMetrics()
    text_size = metrics.size(Qt.TextFlag.TextShowMnemonic, button.text())
    if isinstance(button, QPushButton):
        option = QStyleOptionButton()
        option.initFrom(button)
        option.text = ""  # Fusion's 80px minimum width applies to buttons with text: measure the text alone
        if button.isDefault():
            option.features |= QStyleOptionButton.ButtonFeature.DefaultButton
        if button.autoDefault():
            option.features |= QStyleOptionButton.ButtonFeature.AutoDefaultButton
        size = button.iconSize() if not button.icon().isNull() else QSize(0, 0)
        inner = QSize(text_size.width() + size.width() + (4 if size.width() else 0),
                      max(text_size.height(), size.height()))
        need = style.sizeFromContents(QStyle.ContentsType.CT_PushButton, option, inner, button)
    elif isinstance(button, (QCheckBox, QRadioButton)):
        need = button.sizeHint()
    else:
        need = button.sizeHint()
    if button.width() < need.width():
        return f"needs {need.width()}px wide, has {button.width()}"
    if button.height() < min(need.height(), text_size.height() + 2):
        return f"needs {need.height()}px high, has {button.height()}"
    return None


def group_problem(box: QGroupBox) -> str | None:
    title = visible_text(box.title())
    if not title.strip():
        return None
    metrics = box.fontMetrics()
    need = metrics.horizontalAdvance(title) + 2 * metrics.horizontalAdvance(" ") + 8
    if box.isCheckable():
        need += box.style().pixelMetric(PM.PM_IndicatorWidth) + 6
    if box.width() < need:
        return f"title needs {need}px, group is {box.width()} wide"
    return None


def tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    metrics = bar.fontMetrics()
    padding = bar.style().pixelMetric(PM.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = visible_text(bar.tabText(index))
        rect = bar.tabRect(index)
        need = metrics.horizontalAdvance(text) + padding
        if rect.width() < need:
            problems.append(f"tab {text!r} needs {need}px, has {rect.width()}")
        if not bar.rect().contains(rect):
            problems.append(f"tab {text!r} is outside the tab bar (scrolled away)")
    return problems


def header_problems(header: QHeaderView) -> list[str]:
    if header.property("elides"):
        return []
    model = header.model()
    if model is None:
        return []
    problems = []
    style = header.style()
    font = header.font()
    font.setBold(header.highlightSections())  # the columns of a selected row have bold titles
    metrics = QFontMetrics(font)
    margin = style.pixelMetric(PM.PM_HeaderMargin, None, header)
    arrow = style.pixelMetric(PM.PM_HeaderMarkSize, None, header) + margin if header.isSortIndicatorShown() else 0
    for logical in range(header.count()):
        if header.isSectionHidden(logical) or header.sectionSize(logical) == 0:
            continue
        text = model.headerData(logical, header.orientation(), Qt.ItemDataRole.DisplayRole)
        if not text:
            continue
        text = str(text)
        if header.orientation() == Qt.Orientation.Horizontal:
            need = metrics.horizontalAdvance(text) + 2 * margin + arrow
        else:
            need = metrics.height() * (text.count("\n") + 1)
        if header.sectionSize(logical) < need:
            problems.append(f"header {text!r} needs {need}px, has {header.sectionSize(logical)}")
    return problems


def clipped_by_parent(widget: QWidget, window: QWidget) -> str | None:
    """A widget that sticks out of its parent is cut off there (content in a scroll area can scroll)."""
    rect = QRect(0, 0, widget.width(), widget.height())
    current = widget
    while current is not window and current.parentWidget() is not None:
        parent = current.parentWidget()
        rect = rect.translated(current.pos())
        scroll = parent.parentWidget()
        if isinstance(scroll, QAbstractScrollArea) and scroll.viewport() is parent:
            return None  # scrollable: the user can bring the rest into view
        if not parent.rect().contains(rect):
            return f"sticks out of {describe(parent)} ({rect.getRect()} in {parent.width()}x{parent.height()})"
        current = parent
    return None


def _background(widget: QWidget, window: QWidget) -> QColor:
    """The colour behind a widget: its own if it fills its background, else its nearest ancestor's."""
    current: QWidget | None = widget
    while current is not None and current is not window:
        if current.autoFillBackground():
            return current.palette().color(current.backgroundRole())
        current = current.parentWidget()
    return window.palette().color(QPalette.ColorRole.Window)


def colour_problem(widget: QWidget, window: QWidget) -> str | None:
    """Text in the colours it is painted with must keep 4.5:1 on what is behind it (WCAG AA)."""
    if not widget.isEnabled():
        return None
    group = QPalette.ColorGroup.Active
    if isinstance(widget, QLabel):
        if not widget.text().strip():
            return None
        fg = widget.palette().color(group, widget.foregroundRole())
        bg = _background(widget, window)
    elif isinstance(widget, QListView):
        if widget.model() is None or widget.model().rowCount() == 0:
            return None
        fg = widget.palette().color(group, QPalette.ColorRole.Text)
        base = widget.viewport().palette().color(group, QPalette.ColorRole.Base)
        bg = base if base.alpha() == 255 and widget.viewport().autoFillBackground() else _background(widget, window)
    else:
        return None
    ratio = contrast(fg, bg)
    if ratio < 4.5:
        return f"text {fg.name()} on {bg.name()}: contrast {ratio:.1f}:1, below 4.5:1"
    return None


def squeezed(widget: QWidget) -> str | None:
    """A container given less room than its layout's minimum: something inside is cut or overlaps."""
    layout = widget.layout()
    if layout is None or isinstance(widget, QAbstractScrollArea):
        return None
    need = layout.totalMinimumSize()
    if widget.width() < need.width():
        return f"squeezed to {widget.width()}px wide, its content needs {need.width()}"
    if layout.hasHeightForWidth():
        high = layout.totalHeightForWidth(widget.width())
        if widget.height() < high:
            return f"squeezed to {widget.height()}px high, its content needs {high} at width {widget.width()}"
    elif widget.height() < need.height():
        return f"squeezed to {widget.height()}px high, its content needs {need.height()}"
    return None


def list_item_problems(view: QListView) -> list[str]:
    """Word-wrapped list items (the step panel, the MPN profiles) must be laid out tall enough."""
    if not view.wordWrap() or view.model() is None:
        return []
    problems = []
    delegate = view.itemDelegate()
    for row in range(view.model().rowCount()):
        index = view.model().index(row, view.modelColumn())
        rect = view.visualRect(index)
        if rect.isEmpty():
            continue
        option = QStyleOptionViewItem()
        option.initFrom(view)
        option.font = view.font()
        font = index.data(Qt.ItemDataRole.FontRole)
        if font is not None:
            option.font = font
        option.fontMetrics = QFontMetrics(option.font)
        option.rect = rect
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = view.textElideMode()
        need = delegate.sizeHint(option, index)
        # The text wrapped at the item's own width (less the style's text margins) must fit its height.
        margin = 2 * (view.style().pixelMetric(PM.PM_FocusFrameHMargin, None, view) + 1)
        lines = option.fontMetrics.boundingRect(QRect(0, 0, max(rect.width() - margin, 1), 100_000),
                                                int(Qt.TextFlag.TextWordWrap), str(index.data()))
        if (need.height() > rect.height() or lines.height() > rect.height() or lines.width() > rect.width() - margin
                or rect.right() > view.viewport().width()):
            text = _short(str(index.data()))
            problems.append(f"item {text!r} needs {max(need.height(), lines.height())}px high, has "
                            f"{rect.width()}x{rect.height()}")
    return problems


# ----- one window ------------------------------------------------------------------------------
def shown_widgets(window: QWidget) -> list[QWidget]:
    """The window's widgets a user can see now (not hidden, not in another top-level window)."""
    return [w for w in window.findChildren(QWidget) if w.isVisible() and w.window() is window]


def text_problems(window: QWidget) -> list[str]:
    """Every clipped text and every overlap of sibling text widgets in `window`, as readable lines."""
    QApplication.processEvents()
    problems: list[str] = []
    widgets = shown_widgets(window)
    for widget in widgets:
        found: list[str] = []
        if isinstance(widget, QLabel):
            found.append(label_problem(widget) or "")
            if widget.text().strip():
                found.append(clipped_by_parent(widget, window) or "")
        elif isinstance(widget, QAbstractButton) and not isinstance(widget.parentWidget(), QTabBar):
            found.append(button_problem(widget) or "")
            if widget.text().strip():
                found.append(clipped_by_parent(widget, window) or "")
        elif isinstance(widget, QGroupBox):
            found.append(group_problem(widget) or "")
        elif isinstance(widget, QTabBar):
            found.extend(tab_problems(widget))
        elif isinstance(widget, QHeaderView):
            found.extend(header_problems(widget))
        elif isinstance(widget, QListView):
            found.extend(list_item_problems(widget))
        elif isinstance(widget, QScrollArea) and widget.horizontalScrollBar().isVisible():
            found.append(f"its content needs {widget.widget().minimumSizeHint().width()}px: the user must "
                         f"scroll sideways in {widget.viewport().width()}px")
        found.append(colour_problem(widget, window) or "")
        text = _text_of(widget)
        problems.extend(f"{describe(widget)} {text}: {p}" for p in found if p)
    problems.extend(overlaps(widgets))
    problems.extend(innermost_squeezed([window, *widgets]))
    return problems


def innermost_squeezed(widgets: list[QWidget]) -> list[str]:
    """The containers squeezed below their layout's minimum that hold no squeezed container themselves:
    where the content is too big for the window."""
    found = {id(w): (w, why) for w in widgets if (why := squeezed(w))}
    outer: set[int] = set()
    for widget, _why in found.values():
        parent = widget.parentWidget()
        while parent is not None:
            outer.add(id(parent))
            parent = parent.parentWidget()
    return [f"{describe(w)}: {why}" for key, (w, why) in found.items() if key not in outer]


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return repr(_short(widget.text()))
    if isinstance(widget, QGroupBox):
        return repr(_short(widget.title()))
    return ""


def overlaps(widgets: list[QWidget]) -> list[str]:
    by_parent: dict[int, list[QWidget]] = {}
    for widget in widgets:
        if isinstance(widget, TEXT_WIDGETS) and widget.parentWidget() is not None:
            if isinstance(widget, QAbstractButton) and isinstance(widget.parentWidget(), (QTabBar, QLineEdit)):
                continue  # the tab bar's scroll arrows and a line edit's clear button sit on top on purpose
            by_parent.setdefault(id(widget.parentWidget()), []).append(widget)
    problems = []
    for siblings in by_parent.values():
        for i, first in enumerate(siblings):
            for second in siblings[i + 1:]:
                common = first.geometry().intersected(second.geometry())
                if common.width() > 0 and common.height() > 0:
                    problems.append(f"{describe(first)} {_text_of(first)} overlaps {describe(second)} "
                                    f"{_text_of(second)} by {common.width()}x{common.height()}px")
    return problems


class LongerTexts(QTranslator):
    """Pseudo-translation: every string about 35% longer (Spanish runs 20-30% longer than English),
    keeping {placeholders}, %1 and &mnemonics, for when the Spanish translation is not built."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source or len(source) < 2 or source.lstrip().startswith("<"):
            return source
        budget, out = max(2, int(len(source) * 0.35)), []
        for part in re.split(r"(\{[^}]*\}|%\d|&.)", source):
            if part[:1] in ("{", "%", "&"):
                out.append(part)
                continue
            for char in part:
                out.append(char)
                if char in "aeiouAEIOU" and budget > 0:
                    out.append(char.lower())
                    budget -= 1
        return "".join(out)

    def isEmpty(self) -> bool:
        return False
