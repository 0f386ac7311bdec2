"""How times are shown: the user's time zone and locale (stored times are aware UTC)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QLocale


def local_time(moment: datetime | None) -> str:
    """A timestamp in the user's locale and time zone, "" for none."""
    if moment is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
