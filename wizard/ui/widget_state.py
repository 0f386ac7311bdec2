"""What a user typed, ticked and chose in a window, carried over to a rebuilt copy of that window.

A language switch rebuilds the windows (every text is then made again by the code that made it, so
nothing stays in the old language). Values bound to the case live in the session; this carries the
rest: passwords being typed, search fields, check boxes, combo choices, tabs, shown groups, scroll
positions, the focus, and the problems shown under fields (shown again in the new language).

Widgets are matched by path: the chain of objectNames from the window down (an unnamed widget counts
as its class and its index among same-class siblings). A widget that has no match is left as built.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from wizard.ui.widgets import ErrorLabel


@dataclass
class WindowState:
    values: dict[str, tuple[str, Any]] = field(default_factory=dict)
    problems: dict[str, object] = field(default_factory=dict)  # ErrorLabel path -> what it shows (its source)
    labels: dict[str, str] = field(default_factory=dict)  # named plain labels' texts (status lines)
    scroll: dict[str, tuple[int, int]] = field(default_factory=dict)
    focus: str | None = None


def path_of(widget: QWidget, root: QWidget) -> str:
    parts = []
    current: QWidget | None = widget
    while current is not None and current is not root:
        parent = current.parentWidget()
        name = current.objectName()
        if not name or name.startswith("qt_"):
            siblings = [c for c in (parent.children() if parent else []) if type(c) is type(current)]
            name = f"{type(current).__name__}[{siblings.index(current) if current in siblings else 0}]"
        parts.append(name)
        current = parent
    return "/".join(reversed(parts))


def _inner(widget: QWidget) -> bool:
    """A widget Qt builds inside another (a combo's or spin box's line edit): its owner carries the value."""
    parent = widget.parentWidget()
    return isinstance(parent, (QComboBox, QAbstractSpinBox)) or widget.objectName().startswith("qt_")


def capture(root: QWidget) -> WindowState:
    state = WindowState()
    for widget in root.findChildren(QWidget):
        if _inner(widget):
            continue
        path = path_of(widget, root)
        if isinstance(widget, ErrorLabel):
            source = getattr(widget, "source", None)
            if source is not None and not widget.isHidden():
                state.problems[path] = widget.text() if type(source) is str else source
            continue
        if isinstance(widget, QLineEdit) and not widget.isReadOnly():
            state.values[path] = ("text", widget.text())
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and not widget.isReadOnly():
            state.values[path] = ("plain", widget.toPlainText())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            state.values[path] = ("checked", widget.isChecked())
        elif isinstance(widget, QComboBox):
            kind = "country" if widget.property("country_picker") else "index"
            state.values[path] = (kind, (widget.currentIndex(), widget.currentData()))
        elif isinstance(widget, QTabWidget):
            state.values[path] = ("tab", widget.currentIndex())
        elif isinstance(widget, QLabel) and widget.objectName() and widget.text():
            state.labels[path] = widget.text()
        if isinstance(widget, QAbstractScrollArea):
            bars = widget.verticalScrollBar(), widget.horizontalScrollBar()
            if bars[0].value() or bars[1].value():
                state.scroll[path] = (bars[0].value(), bars[1].value())
        if isinstance(widget, QGroupBox) or (type(widget) is QWidget and widget.objectName()):
            state.values[path + "#shown"] = ("shown", not widget.isHidden())
    focused = root.focusWidget()
    if focused is not None:
        state.focus = path_of(focused, root)
    return state


def restore(root: QWidget, state: WindowState, retranslate=None) -> None:
    """Put `state` back on a rebuilt `root`. `retranslate(text)` gives an old-language text in the new
    language (or None): used for the problems and status lines that were plain texts."""
    widgets = {path_of(w, root): w for w in root.findChildren(QWidget) if not _inner(w)}
    for path, (kind, value) in state.values.items():
        widget = widgets.get(path.removesuffix("#shown"))
        if widget is None:
            continue
        _set(widget, kind, value)
    for path, source in state.problems.items():
        label = widgets.get(path)
        if isinstance(label, ErrorLabel):
            if type(source) is str and retranslate is not None:
                source = retranslate(source) or source
            label.show_problem(source)
    for path, text in state.labels.items():
        label = widgets.get(path)
        if isinstance(label, QLabel) and not isinstance(label, ErrorLabel) and not label.text():
            again = retranslate(text) if retranslate is not None else None
            if again:
                label.setText(again)
    for path, (vertical, horizontal) in state.scroll.items():
        area = widgets.get(path)
        if isinstance(area, QAbstractScrollArea):
            area.verticalScrollBar().setValue(vertical)
            area.horizontalScrollBar().setValue(horizontal)
    target = widgets.get(state.focus or "")
    if target is not None and target.isVisible():
        target.setFocus()


def _set(widget: QWidget, kind: str, value: Any) -> None:
    if kind == "text" and isinstance(widget, QLineEdit) and widget.text() != value:
        widget.setText(value)
    elif kind == "plain" and isinstance(widget, (QPlainTextEdit, QTextEdit)) and widget.toPlainText() != value:
        widget.setPlainText(value)
    elif kind == "checked" and isinstance(widget, QAbstractButton) and widget.isChecked() != value:
        widget.setChecked(value)
    elif kind == "country" and isinstance(widget, QComboBox):
        from wizard.ui.countries import fill_countries, select_country

        if widget.count() == 0:  # filled on demand (e.g. when Create one is selected): fill it now
            fill_countries(widget, value[1] or "")
        elif value[1] is not None and widget.currentData() != value[1]:
            select_country(widget, value[1])
    elif kind == "index" and isinstance(widget, QComboBox):
        index, data = value
        if data is not None:
            index = widget.findData(data)
        if 0 <= index < widget.count() and index != widget.currentIndex():
            widget.setCurrentIndex(index)
    elif kind == "tab" and isinstance(widget, QTabWidget) and 0 <= value < widget.count():
        widget.setCurrentIndex(value)
    elif kind == "shown" and not isinstance(widget, QProgressBar) and widget.isHidden() == value:
        widget.setVisible(value)
