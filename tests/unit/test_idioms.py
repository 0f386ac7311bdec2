"""The helpers for idioms the code used to write again and again: atomic writes and UTC times."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from wizard.atomic import write_atomic
from wizard.domain.times import as_utc, parse_utc, utc_text


def test_write_atomic_replaces_the_whole_file_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "prefs.json"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "new ñ")
    assert target.read_text(encoding="utf-8") == "new ñ" and os.listdir(tmp_path) == ["prefs.json"]
    write_atomic(target, b"\x00bytes", mode=0o600)
    assert target.read_bytes() == b"\x00bytes" and (target.stat().st_mode & 0o777) == 0o600


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "case.json"
    target.write_text("old", encoding="utf-8")

    def full_disk(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OSError):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old" and os.listdir(tmp_path) == ["case.json"]


def test_times_are_utc_and_naive_means_utc() -> None:
    naive = datetime(2026, 12, 6, 15, 0)
    assert as_utc(naive) == datetime(2026, 12, 6, 15, 0, tzinfo=timezone.utc)
    madrid = datetime(2026, 12, 6, 16, 0, tzinfo=timezone(timedelta(hours=1)))
    assert as_utc(madrid) == as_utc(naive) and as_utc(madrid).tzinfo == timezone.utc
    assert parse_utc("2026-12-06T16:00:00+01:00") == as_utc(naive)
    assert parse_utc("2026-12-06 15:00:00") == as_utc(naive)
    assert utc_text(madrid) == "2026-12-06T15:00:00+00:00"
    with pytest.raises(ValueError):
        parse_utc("yesterday")
