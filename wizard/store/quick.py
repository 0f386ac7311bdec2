"""Startup fast path: read the case to resume with stdlib sqlite3 only (no SQLAlchemy, no Alembic)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, cast

from wizard.store.schema_version import HEAD_REVISION

if TYPE_CHECKING:  # records' dataclasses are not needed before the first paint
    from wizard.store.records import CaseStatus


@dataclass(frozen=True)
class ResumeState:
    """What startup needs to show the right page before the ORM is loaded."""

    case_id: int
    step: str
    status: CaseStatus
    owner: str
    fields: dict[str, str]
    updated_at: datetime | None = None


def _parse_utc(text: object) -> datetime | None:
    """Timestamps are stored as naive UTC text; hand them back aware."""
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def read_resume_state(path: Path) -> ResumeState | None:
    """Latest non-archived case if `path` is a database at HEAD_REVISION, else None (then do Store.open).

    Read-only, never creates the file, never raises: a missing, old, new or damaged file is left
    for the full open to upgrade or report.
    """
    try:
        path = Path(path)
        if not path.is_file():
            return None
        uri = path.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, timeout=2.0, isolation_level=None)
    except (OSError, ValueError, sqlite3.Error):
        return None
    try:
        conn.execute("BEGIN")  # one read snapshot for all three queries
        row = conn.execute(
            "SELECT version_num FROM alembic_version"
        ).fetchone()
        if row is None or row[0] != HEAD_REVISION:
            return None
        case = conn.execute(
            "SELECT id, step, status, owner, updated_at FROM cases WHERE archived = 0 "
            "ORDER BY updated_at DESC, id DESC LIMIT 1"
        ).fetchone()
        if case is None:
            return None
        fields = dict(conn.execute("SELECT key, value FROM case_fields WHERE case_id = ?", (case[0],)))
        return ResumeState(
            case_id=int(case[0]),
            step=str(case[1]),
            status=cast("CaseStatus", str(case[2])),
            owner=str(case[3]),
            fields={str(k): str(v) for k, v in fields.items()},
            updated_at=_parse_utc(case[4]),
        )
    except sqlite3.Error:
        return None
    finally:
        conn.close()
