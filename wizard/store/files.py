"""File-level helpers that need no database connection: moving a damaged database aside, and keeping
values that could not be saved in a recovery file rather than losing them (and finding it again)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

SIDECAR_SUFFIXES: tuple[str, ...] = ("-wal", "-shm", "-journal")
BACKUP_REASONS: tuple[str, ...] = ("corrupt", "newer")
"""Why a database was moved aside: damaged, or written by a newer wizard (a newer wizard can still open it)."""


def sidecar_paths(path: Path) -> list[Path]:
    """The SQLite companion files of `path` (WAL, shared memory, rollback journal)."""
    return [path.with_name(path.name + suffix) for suffix in SIDECAR_SUFFIXES]


def quarantine(path: Path, now: datetime | None = None, reason: str = "corrupt") -> Path:
    """Rename a database (and its -wal/-shm) to `<name>.<reason>-YYYYmmdd-HHMMSS.bak`; return the new path.

    `reason` is "corrupt" (damaged) or "newer" (from a newer version of the wizard). The companions
    keep SQLite's naming (`<backup>-wal`) so the backup still opens with its log. Close every Store
    on `path` first. The timestamp is UTC. Raises OSError when the folder does not allow the rename.
    """
    if reason not in BACKUP_REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    path = Path(path)
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.{reason}-{stamp}.bak")
    n = 1
    while backup.exists() or any(p.exists() for p in sidecar_paths(backup)):
        backup = path.with_name(f"{path.name}.{reason}-{stamp}-{n}.bak")
        n += 1
    if path.exists():
        path.rename(backup)
    for src, dst in zip(sidecar_paths(path), sidecar_paths(backup)):
        if src.exists():
            src.rename(dst)
    return backup


def write_recovery(
    values: Mapping[str, str], folders: Iterable[Path], *, case_id: int | None, database: object,
    now: datetime | None = None,
) -> Path | None:
    """Write values that could not be saved to `unsaved-case-<id>-<time>.json` in the first folder that
    takes it (the database's may be full or read-only); None if none did. Field values only: the store
    never holds secrets, so neither does this file."""
    when = now or datetime.now(UTC)
    content = json.dumps(
        {"database": str(database), "case_id": case_id, "saved_at": when.isoformat(), "values": dict(values)},
        ensure_ascii=False, indent=2,
    )
    name = f"unsaved-case-{case_id if case_id is not None else 'new'}-{when.strftime('%Y%m%d-%H%M%S')}.json"
    for folder in folders:
        target = Path(folder) / name
        created = False
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "x", encoding="utf-8") as handle:
                created = True
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
        except OSError:
            if created:  # a half-written file on a full disk is worse than none
                try:
                    target.unlink()
                except OSError:
                    pass
            continue
        return target
    return None


RECOVERY_PATTERN = "unsaved-case-*.json"
RECOVERY_MAX_BYTES = 2 * 1024 * 1024  # a case's values: well under this, however long each one is


@dataclass(frozen=True)
class Recovery:
    """A recovery file `write_recovery` left: the values of `case_id` that could not be saved."""

    path: Path
    case_id: int
    saved_at: str  # ISO 8601 UTC, as written
    values: dict[str, str]


def find_recoveries(folders: Iterable[Path], database: object, case_id: int) -> list[Recovery]:
    """The recovery files of `case_id` in `database` found in `folders` (where `write_recovery` writes),
    newest first. Files of other databases or cases, set aside ones and anything unreadable or not shaped
    like a recovery file are skipped: this runs at every start and must never stop it."""
    from wizard.json_files import read_json

    found: dict[Path, Recovery] = {}
    for folder in folders:
        try:
            paths = sorted(Path(folder).glob(RECOVERY_PATTERN))
        except OSError:
            continue
        for path in paths:
            try:
                data = read_json(path, ValueError, "recovery file", RECOVERY_MAX_BYTES)
            except ValueError:
                continue
            if not (isinstance(data, dict) and data.get("database") == str(database)
                    and data.get("case_id") == case_id and isinstance(data.get("saved_at"), str)):
                continue
            values = data.get("values")
            if isinstance(values, dict) and values and all(
                isinstance(k, str) and isinstance(v, str) for k, v in values.items()
            ):
                found.setdefault(path.resolve(), Recovery(path, case_id, data["saved_at"], dict(values)))
    return sorted(found.values(), key=lambda r: r.saved_at, reverse=True)


def set_aside(recovery: Recovery, outcome: str) -> Path | None:
    """Rename a recovery file to `<outcome>-<name>` (restored, discarded), so it is not offered again
    but is still there; None if the folder refuses the rename (it is then offered again next time)."""
    target = recovery.path.with_name(f"{outcome}-{recovery.path.name}")
    try:
        recovery.path.rename(target)
    except OSError:
        return None
    return target
