"""How times, dates and numbers are shown: the user's time zone and the UI language's locale (QLocale's
default, set by wizard.ui.i18n.install_language); stored times are aware UTC."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale


def local_time(moment: datetime | None) -> str:
    """A timestamp in the user's locale and time zone, "" for none."""
    if moment is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def short_date(day: date | datetime | None) -> str:
    """A calendar date in the locale's short format (a datetime's own date, no time-zone shift), "" for none."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def number(value: float) -> str:
    """A count or amount with the locale's digit grouping (1,234 in English, 1.234 in Spanish)."""
    return QLocale().toString(value)
