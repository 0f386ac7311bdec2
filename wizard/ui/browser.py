"""Opening Microsoft's web pages in the user's browser (live mode's hand-off to the acts that exist only
on the web). One function, so tests replace QDesktopServices.openUrl and see every page opened."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_in_browser(url: str) -> bool:
    """Open `url` (an https page of ours, never user input) in the system browser; False if none opened."""
    return bool(QDesktopServices.openUrl(QUrl(url)))
