"""File-level helpers that need no database connection: moving a damaged database aside."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

SIDECAR_SUFFIXES: tuple[str, ...] = ("-wal", "-shm", "-journal")


def sidecar_paths(path: Path) -> list[Path]:
    """The SQLite companion files of `path` (WAL, shared memory, rollback journal)."""
    return [path.with_name(path.name + suffix) for suffix in SIDECAR_SUFFIXES]


def quarantine(path: Path, now: datetime | None = None) -> Path:
    """Rename a damaged database (and its -wal/-shm) to `<name>.corrupt-YYYYmmdd-HHMMSS.bak`; return the new path.

    The companions keep SQLite's naming (`<backup>-wal`) so the backup still opens with its log.
    Close every Store on `path` first. The timestamp is UTC.
    """
    path = Path(path)
    stamp = (now or datetime.now(timezone.utc)).strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.corrupt-{stamp}.bak")
    n = 1
    while backup.exists() or any(p.exists() for p in sidecar_paths(backup)):
        backup = path.with_name(f"{path.name}.corrupt-{stamp}-{n}.bak")
        n += 1
    if path.exists():
        path.rename(backup)
    for src, dst in zip(sidecar_paths(path), sidecar_paths(backup)):
        if src.exists():
            src.rename(dst)
    return backup
