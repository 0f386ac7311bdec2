"""Moments in UTC: every stored or exchanged time is UTC, and a naive one (SQLite's text, an old
packet) is taken as UTC, never as local time."""

from __future__ import annotations

from datetime import UTC, datetime


def as_utc(moment: datetime) -> datetime:
    """`moment` as an aware UTC time (a naive one is taken to be UTC already)."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def parse_utc(text: str) -> datetime:
    """An ISO 8601 time as an aware UTC time; ValueError/OverflowError as datetime.fromisoformat."""
    return as_utc(datetime.fromisoformat(text))


def utc_text(moment: datetime) -> str:
    """The ISO 8601 text of a moment in UTC (with its +00:00 offset)."""
    return as_utc(moment).isoformat()
