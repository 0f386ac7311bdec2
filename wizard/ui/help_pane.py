"""In-app help: a short page per step, in the UI's language, in a pane beside the page (F1 toggles it).

The texts are files, resources/help/<language>/<topic>.html (simple HTML, no external resources), so
translators and writers edit them without touching code. The pane remembers whether it is shown, per
window, in the preferences file (preferences.json beside the staff name and the language).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QMainWindow,
    QTextBrowser,
    QWidget,
)
from shiboken6 import isValid

from wizard.resources import resource_path
from wizard.ui import i18n

PREFERENCE = "help_pane"  # {"main": true, "relationships": false}
MIN_WIDTH = 160  # narrow enough that the window's minimum size doesn't grow when the pane is shown
FALLBACK_LANGUAGE = "en"


def help_file(topic: str, language: str) -> Path | None:
    """The help page of `topic` in `language`, else in English; None if neither exists."""
    for code in (language, FALLBACK_LANGUAGE):
        path = resource_path("help", code, f"{topic}.html")
        if path.is_file():
            return path
    return None


def help_html(topic: str, language: str) -> str:
    return _help_html(topic, language)


@lru_cache(maxsize=128)
def _help_html(topic: str, language: str) -> str:
    """Read once per topic and language: the pane shows a new topic on every page switch, and finding
    and reading the file each time cost about a millisecond of the switch. (The files ship with the app.)"""
    path = help_file(topic, language)
    return path.read_text(encoding="utf-8") if path is not None else ""


# ----- remembered visibility ------------------------------------------------------------------
def _preferences_file() -> Path:
    from wizard.settings import preferences_path

    return preferences_path()


def _read() -> dict:
    try:
        data = json.loads(_preferences_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no file yet or a damaged one: defaults, never a crash
    return data if isinstance(data, dict) else {}


def remembered_visible(window: str, default: bool = True) -> bool:
    shown = _read().get(PREFERENCE, {})
    value = shown.get(window) if isinstance(shown, dict) else None
    return value if isinstance(value, bool) else default


def remember_visible(window: str, visible: bool) -> None:
    """Store the choice (read-modify-write: the file holds other preferences too)."""
    data = _read()
    shown = data.get(PREFERENCE)
    shown = dict(shown) if isinstance(shown, dict) else {}
    shown[window] = visible
    data[PREFERENCE] = shown
    path = _preferences_file()
    try:
        from wizard.atomic import write_atomic

        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(data, ensure_ascii=False, indent=2))
    except OSError:
        pass  # a read-only profile: the pane still works, it just isn't remembered


# ----- the pane -----------------------------------------------------------------------------------
class HelpPane(QDockWidget):
    """A dock with a read-only QTextBrowser showing the help of one topic (a step key, "relationships")."""

    def __init__(self, window_key: str, parent: QMainWindow) -> None:
        super().__init__(parent)
        self.window_key = window_key
        self.topic = ""
        self._shown: tuple[str, str] | None = None  # (topic, language) in the browser now
        self._return_to: QWidget | None = None
        self.setObjectName("help_pane")
        self.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea
            | Qt.DockWidgetArea.BottomDockWidgetArea
        )
        features = QDockWidget.DockWidgetFeature
        self.setFeatures(features.DockWidgetClosable | features.DockWidgetMovable)
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_text")
        self.browser.setOpenLinks(False)  # the texts have no links; nothing may leave the app
        self.browser.setOpenExternalLinks(False)
        self.browser.setReadOnly(True)
        self.browser.setMinimumWidth(MIN_WIDTH)
        self.browser.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # readers reach it with Tab
        self.setWidget(self.browser)  # no focus proxy: the dock itself would become a Tab stop out of place
        self.action = QAction(self)
        self.action.setObjectName("action_help")
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self._chosen)
        parent.addAction(self.action)  # F1 works even when the window has no menu bar
        self.visibilityChanged.connect(lambda _visible: self.action.setChecked(not self.isHidden()))
        self.retranslate()
        parent.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self)
        self.setVisible(remembered_visible(window_key))
        self.action.setChecked(not self.isHidden())

    # ----- showing ------------------------------------------------------------------------------
    def show_topic(self, topic: str) -> None:
        """Show the help of `topic` (a step key) in the current language."""
        self.topic = topic or "welcome"
        language = i18n.current_language()
        if self._shown != (self.topic, language):  # the same text again would only be laid out anew
            html = help_html(self.topic, language)
            self.browser.setHtml(html or self.tr("<p>No help is available for this step.</p>"))
            self._shown = (self.topic, language)
        self.browser.setAccessibleDescription(self.windowTitle())

    def retranslate(self) -> None:
        main = self.window_key == "main"
        self.setWindowTitle(self.tr("Help for this step (F1)") if main else self.tr("Help (F1)"))
        self.browser.setAccessibleName(self.tr("Help"))
        self.action.setText(self.tr("Show &help for this step") if main else self.tr("Show &help"))
        self.action.setStatusTip(self.tr("Show or hide the help pane beside the page"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.topic:
                self.show_topic(self.topic)
        super().changeEvent(event)

    # ----- toggling -----------------------------------------------------------------------------
    def toggle(self) -> None:
        self.set_shown(self.isHidden())

    def set_shown(self, shown: bool) -> None:
        """Show or hide the pane and remember the choice; focus goes into the help when it opens."""
        focus = QApplication.focusWidget()
        if shown and focus is not None and focus is not self.browser:
            self._return_to = focus  # F1 again brings the user back to the field they were in
        reading = focus is self.browser
        self.setVisible(shown)
        self.action.setChecked(shown)
        remember_visible(self.window_key, shown)
        if shown:
            self.raise_()
            self.browser.setFocus(Qt.FocusReason.ShortcutFocusReason)  # a screen reader reads it now
        elif reading and self._can_return():
            self._return_to.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _can_return(self) -> bool:
        widget = self._return_to
        return widget is not None and isValid(widget) and widget.isVisible()

    def _chosen(self, checked: bool) -> None:
        self.set_shown(checked)

    def closeEvent(self, event: QCloseEvent) -> None:  # the pane's own close button
        super().closeEvent(event)
        if event.isAccepted():
            self.action.setChecked(False)
            remember_visible(self.window_key, False)
