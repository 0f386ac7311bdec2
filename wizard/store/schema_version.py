"""Schema revisions known to this code, as constants so startup can compare versions without Alembic."""

from __future__ import annotations

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_audit_and_enrollment",
    "0003_lifecycle_status",
    "0004_relationships",
    "0005_case_version",
    "0006_case_search_key",
)
"""Every Alembic revision in wizard/store/migrations/versions, oldest first (a test keeps them in sync)."""

HEAD_REVISION: str = KNOWN_REVISIONS[-1]
"""The revision a database must be at for the fast, migration-free startup path."""
