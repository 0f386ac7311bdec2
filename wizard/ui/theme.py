"""Light, dark and high-contrast palettes on the Fusion style, following the system colour scheme by default.

Every colour the app shows comes from here: the palette roles, plus the few colours a palette has no
role for (error text, the success banner, warnings, the focus ring), picked per theme so that text
keeps at least a 4.5:1 contrast (WCAG AA) on its background. Widgets never hard-code colours: they ask
for a tone (widgets.set_tone) and the theme paints it, again whenever the theme changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QWidget,
)

SYSTEM, LIGHT, DARK, HIGH_CONTRAST = "system", "light", "dark", "high_contrast"
CHOICES = (SYSTEM, LIGHT, DARK, HIGH_CONTRAST)
"""What the user can choose (View → Theme); SYSTEM resolves to one of the other three."""

TONE_PROPERTY = "tone"
ERROR, SUCCESS, WARNING = "error", "success", "warning"

R = QPalette.ColorRole


@dataclass(frozen=True)
class Extra:
    """The colours a QPalette has no role for."""

    error: str
    warning: str
    success_text: str
    success_background: str
    focus: str


_ROLES: dict[str, dict[QPalette.ColorRole, str]] = {
    LIGHT: {
        R.Window: "#efefef", R.WindowText: "#1b1b1b", R.Base: "#ffffff", R.AlternateBase: "#f4f4f4",
        R.Text: "#1b1b1b", R.Button: "#efefef", R.ButtonText: "#1b1b1b", R.BrightText: "#ffffff",
        R.Highlight: "#1f5fa8", R.HighlightedText: "#ffffff", R.Link: "#0b57d0", R.LinkVisited: "#6a1b9a",
        R.ToolTipBase: "#ffffdc", R.ToolTipText: "#1b1b1b", R.PlaceholderText: "#6b6b6b",
        R.Light: "#ffffff", R.Midlight: "#e3e3e3", R.Mid: "#b8b8b8", R.Dark: "#9f9f9f", R.Shadow: "#767676",
    },
    DARK: {
        R.Window: "#2b2b2e", R.WindowText: "#ececec", R.Base: "#1e1e20", R.AlternateBase: "#27272a",
        R.Text: "#ececec", R.Button: "#3a3a3e", R.ButtonText: "#ececec", R.BrightText: "#ffffff",
        R.Highlight: "#2f6fc6", R.HighlightedText: "#ffffff", R.Link: "#8ab4f8", R.LinkVisited: "#c58af9",
        R.ToolTipBase: "#3a3a3e", R.ToolTipText: "#ececec", R.PlaceholderText: "#a2a2a2",
        R.Light: "#56565b", R.Midlight: "#47474b", R.Mid: "#2f2f32", R.Dark: "#1b1b1d", R.Shadow: "#0d0d0d",
    },
    HIGH_CONTRAST: {
        R.Window: "#000000", R.WindowText: "#ffffff", R.Base: "#000000", R.AlternateBase: "#1a1a1a",
        R.Text: "#ffffff", R.Button: "#000000", R.ButtonText: "#ffffff", R.BrightText: "#ffffff",
        R.Highlight: "#ffd400", R.HighlightedText: "#000000", R.Link: "#ffff00", R.LinkVisited: "#ffb0ff",
        R.ToolTipBase: "#000000", R.ToolTipText: "#ffffff", R.PlaceholderText: "#d0d0d0",
        R.Light: "#ffffff", R.Midlight: "#ffffff", R.Mid: "#ffffff", R.Dark: "#ffffff", R.Shadow: "#ffffff",
    },
}

_DISABLED: dict[str, str] = {LIGHT: "#666666", DARK: "#9a9a9a", HIGH_CONTRAST: "#b8b8b8"}
"""Text of disabled widgets: dimmer than normal text, still readable (about 4.5:1 on the window)."""

_EXTRA: dict[str, Extra] = {
    LIGHT: Extra(error="#b00020", warning="#8a4500", success_text="#0b5a0b", success_background="#dff6dd",
                 focus="#1f5fa8"),
    DARK: Extra(error="#ff8a80", warning="#ffb454", success_text="#b9f0b2", success_background="#1d3a1f",
                focus="#8ab4f8"),
    HIGH_CONTRAST: Extra(error="#ff9c9c", warning="#ffd400", success_text="#7dff7d", success_background="#000000",
                         focus="#ffd400"),
}

_state = {"choice": SYSTEM, "theme": LIGHT, "following": False, "fusion": False}

FUSION_ARGS = ("-style", "Fusion")
"""QApplication arguments that start it on Fusion: `started_on_fusion()` then spares `apply_theme` asking
`app.style()`, whose first call from Python costs ~6 ms of startup (PySide sets up QStyle's enums)."""


def started_on_fusion() -> None:
    """The QApplication was made with FUSION_ARGS: its style is Fusion already."""
    _state["fusion"] = True


class _Notifier(QObject):
    changed = Signal()


_notifier: list[_Notifier] = []


def notifier() -> _Notifier:
    """Its `changed` signal fires after a theme is applied: for colours a widget keeps itself (an item's
    brush) rather than taking from the palette or a tone."""
    if not _notifier:
        _notifier.append(_Notifier())
    return _notifier[0]


# ----- choosing ---------------------------------------------------------------------------------
def system_theme() -> str:
    """What the operating system asks for: high contrast, else its dark or light colour scheme."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        contrast = accessibility().contrastPreference()
        if contrast == Qt.ContrastPreference.HighContrast:
            return HIGH_CONTRAST
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def resolve(choice: str) -> str:
    return system_theme() if choice not in (LIGHT, DARK, HIGH_CONTRAST) else choice


def current_choice() -> str:
    return _state["choice"]


def current_theme() -> str:
    """The palette in use: light, dark or high_contrast."""
    return _state["theme"]


def extra(theme: str | None = None) -> Extra:
    return _EXTRA[theme or current_theme()]


def color(name: str, theme: str | None = None) -> QColor:
    """One of Extra's colours (error, warning, success_text, ...) for the theme in use."""
    return QColor(getattr(extra(theme), name))


def palette(theme: str) -> QPalette:
    pal = QPalette()
    for role, value in _ROLES[theme].items():
        pal.setColor(role, QColor(value))
    pal.setColor(R.Accent, QColor(_ROLES[theme][R.Highlight]))
    disabled = QColor(_DISABLED[theme])
    for role in (R.WindowText, R.Text, R.ButtonText, R.PlaceholderText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    if theme == HIGH_CONTRAST:  # a selection in an unfocused view stays as visible as in a focused one
        pal.setColor(QPalette.ColorGroup.Inactive, R.Highlight, QColor(_ROLES[theme][R.Highlight]))
    else:
        pal.setColor(QPalette.ColorGroup.Disabled, R.Highlight, QColor(_ROLES[theme][R.Mid]))
    return pal


# ----- applying ---------------------------------------------------------------------------------
def apply_theme(choice: str, app: QApplication | None = None) -> str:
    """Use `choice` (system, light, dark, high_contrast) for the whole app, now and for new windows.

    Returns the theme in use. With SYSTEM the app follows later changes of the OS colour scheme."""
    app = app or QApplication.instance()
    choice = choice if choice in CHOICES else SYSTEM
    _state["choice"] = choice
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):  # title bars and native dialogs match an explicit choice
        wanted = {LIGHT: Qt.ColorScheme.Light, DARK: Qt.ColorScheme.Dark}.get(choice, Qt.ColorScheme.Unknown)
        hints.setColorScheme(wanted)
    theme = resolve(choice)
    _state["theme"] = theme
    if not _state["fusion"] and not app.styleSheet():  # under a style sheet the name is "": it wraps Fusion
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")
        _state["fusion"] = True
    app.setPalette(palette(theme))
    sheet = high_contrast_sheet() if theme == HIGH_CONTRAST else ""
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)
    text = app.palette().color(R.WindowText)
    for widget in app.allWidgets():
        if widget.property(TONE_PROPERTY):
            paint_tone(widget)
        elif not sheet and (widget.palette().resolveMask() or widget.palette().color(R.WindowText) != text):
            # Widgets made while the high-contrast style sheet was on keep its palette when it goes (white
            # text on the light theme): they follow the application's palette again.
            widget.setPalette(QPalette())
        if widget.styleSheet():  # a widget with a style sheet of its own keeps the palette it was polished
            widget.setStyleSheet(widget.styleSheet())  # with (black text on dark): polish it again
    if not _state["following"]:
        _follow_system(app)
    notifier().changed.emit()
    return theme


def reset_theme(app: QApplication | None = None) -> None:
    """Back to plain Fusion and Qt's own palette (tests that applied a theme clean up with this)."""
    app = app or QApplication.instance()
    _state.update(choice=SYSTEM, theme=LIGHT)
    hints = app.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(Qt.ColorScheme.Unknown)
    app.setStyleSheet("")
    app.setStyle("Fusion")
    _state["fusion"] = True
    app.setPalette(app.style().standardPalette())
    for widget in app.allWidgets():
        if widget.property(TONE_PROPERTY):
            paint_tone(widget)


def _follow_system(app: QApplication) -> None:
    def changed(*_args) -> None:
        if _state["choice"] == SYSTEM and resolve(SYSTEM) != _state["theme"]:
            apply_theme(SYSTEM, app)

    hints = app.styleHints()
    hints.colorSchemeChanged.connect(changed)
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is not None:
        accessibility().contrastPreferenceChanged.connect(changed)
    _state["following"] = True


def paint_tone(widget: QWidget) -> None:
    """Colour a widget for its tone property ("" for none) with the current theme's colours."""
    tone = widget.property(TONE_PROPERTY) or ""
    colors = _EXTRA[current_theme()]
    pal = QPalette()  # nothing resolved: every role not set below follows the parent's palette
    framed = tone == SUCCESS
    if tone == ERROR:
        pal.setColor(R.WindowText, QColor(colors.error))
        pal.setColor(R.Text, QColor(colors.error))
    elif tone == WARNING:
        pal.setColor(R.WindowText, QColor(colors.warning))
    elif tone == SUCCESS:
        pal.setColor(R.WindowText, QColor(colors.success_text))
        pal.setColor(R.Window, QColor(colors.success_background))
    widget.setPalette(pal)
    widget.setAutoFillBackground(framed)
    if isinstance(widget, QFrame):
        if framed:
            widget.setFrameStyle(QFrame.Shape.Box | QFrame.Shadow.Plain)
            widget.setLineWidth(1)
            if hasattr(widget, "setMargin"):
                widget.setMargin(8)
        elif widget.frameShape() == QFrame.Shape.Box and widget.property("tone_framed"):
            widget.setFrameStyle(QFrame.Shape.NoFrame)
            if hasattr(widget, "setMargin"):
                widget.setMargin(0)
        widget.setProperty("tone_framed", framed)


# ----- high contrast: visible edges and a strong focus ring --------------------------------------
def high_contrast_sheet() -> str:
    """Fusion draws edges a shade darker than the window, which vanishes on black: in high contrast
    every control gets a white edge and the focused one a thick yellow ring. A style sheet rather than
    a proxy style: it is painted in C++, never calling back into Python for every control drawn."""
    roles, focus, dim = _ROLES[HIGH_CONTRAST], _EXTRA[HIGH_CONTRAST].focus, _DISABLED[HIGH_CONTRAST]
    line, back, mark = roles[R.WindowText], roles[R.Window], roles[R.Highlight]
    fields = "QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView"
    focused = ", ".join(f"{name.strip()}:focus" for name in fields.split(","))
    return f"""
{fields} {{ border: 1px solid {line}; padding: 2px; }}
{focused} {{ border: 3px solid {focus}; padding: 0px; }}
/* no edge on the step list: a border narrows it and cuts its longest (Spanish) title */
QListView#step_list {{ border: none; padding: 0px; }}
QComboBox {{ padding: 2px 6px; }}
QComboBox:focus {{ padding: 0px 4px; }}
QComboBox::drop-down {{ border-left: 1px solid {line}; width: 18px; }}
QComboBox::down-arrow {{ width: 0px; height: 0px; border-left: 5px solid {back}; border-right: 5px solid {back};
    border-top: 7px solid {line}; }}
QComboBox QAbstractItemView {{ border: 1px solid {line}; selection-background-color: {mark};
    selection-color: {back}; }}
QPushButton {{ border: 1px solid {line}; border-radius: 3px; padding: 4px 12px; min-width: 3em; }}
QPushButton:default {{ border-width: 2px; padding: 3px 11px; }}
QPushButton:focus {{ border: 3px solid {focus}; padding: 2px 10px; }}
QPushButton:pressed, QPushButton:checked {{ background: {mark}; color: {back}; }}
QPushButton:disabled {{ border-color: {dim}; color: {dim}; }}
QCheckBox, QRadioButton {{ padding: 2px; border: 2px solid transparent; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {focus}; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 12px; height: 12px; border: 2px solid {line};
    background: {back}; }}
QRadioButton::indicator {{ border-radius: 8px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: {mark}; }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{ border-color: {dim}; }}
QGroupBox {{ border: 1px solid {line}; margin-top: 1.4em; padding-top: 0.4em; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0px 4px; }}
QTabWidget::pane {{ border: 1px solid {line}; }}
QTabBar::tab {{ border: 1px solid {line}; padding: 5px 12px; margin-right: 2px; }}
QTabBar::tab:selected {{ background: {mark}; color: {back}; }}
QTabBar::tab:focus {{ border: 3px solid {focus}; }}
QHeaderView::section {{ border: 1px solid {line}; padding: 2px 6px; background: {back}; color: {line}; }}
QMenuBar {{ border-bottom: 1px solid {line}; }}
QMenuBar::item:selected, QMenu::item:selected {{ background: {mark}; color: {back}; }}
QMenu {{ border: 1px solid {line}; }}
QToolTip {{ border: 1px solid {line}; }}
QProgressBar {{ border: 1px solid {line}; }}
QProgressBar::chunk {{ background: {mark}; }}
QScrollBar {{ background: {back}; border: 1px solid {line}; }}
QScrollBar:vertical {{ width: 14px; }}
QScrollBar:horizontal {{ height: 14px; }}
QScrollBar::handle {{ background: {line}; min-width: 24px; min-height: 24px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: {back}; }}
QDockWidget::title {{ border-bottom: 1px solid {line}; padding: 3px; }}
QStatusBar {{ border-top: 1px solid {line}; }}
"""


def contrast(foreground: QColor | str, background: QColor | str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""

    def luminance(value: QColor | str) -> float:
        c = QColor(value)
        channels = []
        for channel in (c.redF(), c.greenF(), c.blueF()):
            channels.append(channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4)
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]

    high, low = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


__all__ = [
    "CHOICES", "DARK", "HIGH_CONTRAST", "LIGHT", "SYSTEM", "apply_theme", "color", "contrast",
    "current_choice", "current_theme", "extra", "high_contrast_sheet", "paint_tone", "palette", "reset_theme", "resolve",
]
