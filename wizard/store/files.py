"""File-level helpers that need no database connection: moving a damaged database aside, and keeping
values that could not be saved in a recovery file rather than losing them."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Mapping
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
