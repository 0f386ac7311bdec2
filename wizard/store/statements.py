"""The store's prepared statements and row-to-record conversions, built once at import: the autosave path
must not pay for statement construction (or the ORM) per keystroke."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy import and_, bindparam, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from wizard.store.case_list import SEARCHED_FIELDS
from wizard.store.keys import is_secret_like
from wizard.store.records import AuditEntry, CaseRecord, CaseStatus
from wizard.store.tables import AuditLog, Case, CaseField

cases = Case.__table__
case_fields = CaseField.__table__


def upsert(table: Any, keys: tuple[str, ...], updated: tuple[str, ...], insert: Any = sqlite_insert) -> Any:
    """INSERT ... ON CONFLICT (keys) DO UPDATE SET the `updated` columns (SQLite's or PostgreSQL's `insert`)."""
    stmt = insert(table)
    return stmt.on_conflict_do_update(
        index_elements=[table.c[key] for key in keys],
        set_={column: stmt.excluded[column] for column in updated},
    )


UPSERT_FIELD = upsert(case_fields, ("case_id", "key"), ("value", "updated_at"))
UPSERT_FIELD_PG = upsert(case_fields, ("case_id", "key"), ("value", "updated_at"), postgresql_insert)
TOUCH_CASE = (
    update(cases)
    .where(cases.c.id == bindparam("b_id"))
    .values(updated_at=bindparam("b_now"), version=cases.c.version + 1)
)
TOUCH_CASE_AT = TOUCH_CASE.where(cases.c.version == bindparam("b_version"))
SEARCH_INPUTS = (
    select(cases.c.owner, case_fields.c.key, case_fields.c.value)
    .select_from(cases.outerjoin(case_fields, and_(
        case_fields.c.case_id == cases.c.id, case_fields.c.key.in_(sorted(SEARCHED_FIELDS)))))
    .where(cases.c.id == bindparam("b_id"))
)
SET_SEARCH_KEY = update(cases).where(cases.c.id == bindparam("b_id")).values(search_key=bindparam("b_key"))


def case_record(case: Case, fields: Mapping[str, str]) -> CaseRecord:
    return CaseRecord(
        id=case.id,
        owner=case.owner,
        step=case.step,
        status=cast(CaseStatus, case.status),
        fields=dict(fields),
        created_at=case.created_at,
        updated_at=case.updated_at,
        enrollment_id=case.enrollment_id,
        archived=bool(case.archived),
        version=int(case.version),
    )


def audit_entry(row: AuditLog) -> AuditEntry:
    return AuditEntry(
        id=row.id, case_id=row.case_id, at=row.at, actor=row.actor, action=row.action,
        detail=dict(row.detail or {}),
    )


def check_detail(detail: Mapping[str, Any]) -> dict[str, Any]:
    for key in detail:
        if is_secret_like(str(key)):
            raise ValueError(f"refusing to audit {key!r}: secrets never go into the database")
    return dict(detail)
