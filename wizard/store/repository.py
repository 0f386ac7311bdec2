"""The Store: one SQLite file (or a shared PostgreSQL database) of enrollment cases, one short session per call."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from wizard.store.case_list import SEARCHED_FIELDS, CaseListSource, case_search_key, notes, set_note
from wizard.store.engine import DEFAULT_BUSY_TIMEOUT_MS, read_only_engine, reader, translated_errors
from wizard.store.errors import CaseNotFound, StoreConflict, StoreError
from wizard.store.files import quarantine
from wizard.store.keys import check_key, check_value
from wizard.store.records import AuditEntry, CaseRecord
from wizard.store.tables import AuditLog, Case, CaseField, utcnow
from wizard.store.statements import (
    SEARCH_INPUTS, SET_SEARCH_KEY, TOUCH_CASE, TOUCH_CASE_AT, UPSERT_FIELD, UPSERT_FIELD_PG, audit_entry, case_record,
    check_detail,
)

__all__ = ["AuditEntry", "CaseRecord", "Store", "StoreConflict", "quarantine"]

STATUS_DRAFT = "draft"
STATUS_SUBMITTED = "email_verification"  # after Enroll now the contact must verify their email
FIRST_STEP = "welcome"

class Store:
    """Repository over one case database; create with `Store.open(path)`, close when done."""

    def __init__(self, engine: Engine, path: Path | str) -> None:
        """Wrap an engine already at head; prefer `Store.open`, which checks and migrates.

        `path` is the SQLite file, or for a server database the URL with its password hidden.
        """
        self.path = path
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._upsert_field = UPSERT_FIELD if self.is_sqlite else UPSERT_FIELD_PG
        self._engine = engine
        self._write = sessionmaker(engine, expire_on_commit=False)
        self._read = sessionmaker(reader(engine), expire_on_commit=False)
        self._closed = False
        self._views: Engine | None = None  # the lazy views' read-only engine on a SQLite file

    # -- lifecycle -------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str | Any,
        *,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        integrity_check: bool = True,
    ) -> Store:
        """Open (creating if missing) and upgrade to head; raises StoreCorrupt/StoreLocked/StoreTooNew/StoreError.

        `path` is a SQLite file, or a SQLAlchemy URL (`postgresql+psycopg://user:pw@host/db`) of a
        shared team database, which must exist; its tables are created/upgraded by the same migrations.
        """
        from wizard.store.opening import open_engine

        engine, where = open_engine(path, busy_timeout_ms, integrity_check)
        return cls(engine, where)

    def case_list_source(self) -> CaseListSource:
        """A read-only data source for the case list (count/page; close it with the list).

        The store's read-only connection to the file for a SQLite store; for a team database given by
        URL this store's engine. The same queries either way (wizard.store.case_list).
        """
        return CaseListSource(self._views_engine(), self.path)

    def _views_engine(self) -> Engine:
        """What the lazy views' sources read through: on a SQLite file one read-only connection of its own
        (made on first use, kept until close, so its compiled statements are kept too); else this store's engine."""
        if not self.is_sqlite:
            return self._engine
        if self._views is None:
            self._views = read_only_engine(Path(self.path))
        return self._views

    def close(self) -> None:
        """Release every pooled connection (the file can then be moved or quarantined)."""
        self._closed = True
        self._engine.dispose()
        if self._views is not None:
            self._views.dispose()
            self._views = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _writing(self) -> AbstractContextManager[Session]:
        """One BEGIN IMMEDIATE transaction, committed on success, with user-facing errors."""
        return self._transaction(self._write)

    def _reading(self) -> AbstractContextManager[Session]:
        """One deferred (read) transaction that never waits for writers in WAL mode."""
        return self._transaction(self._read)

    @contextmanager
    def _transaction(self, sessions: sessionmaker[Session]) -> Iterator[Session]:
        if self._closed:
            raise StoreError("The case database has been closed.", self.path)
        with translated_errors(self.path), sessions.begin() as session:
            yield session

    # -- cases -----------------------------------------------------------------------------------

    def create_case(self, owner: str) -> int:
        """Start a new draft case on the first step; returns its id."""
        now = utcnow()
        with self._writing() as s:
            case = Case(owner=owner, step=FIRST_STEP, status=STATUS_DRAFT, created_at=now, updated_at=now,
                        archived=False, search_key=case_search_key({}, owner))
            s.add(case)
            s.flush()
            s.add(AuditLog(case_id=case.id, at=now, actor=owner, action="create", detail={}))
            return case.id

    def _fields(self, s: Session, case_ids: list[int]) -> dict[int, dict[str, str]]:
        out: dict[int, dict[str, str]] = {cid: {} for cid in case_ids}
        if case_ids:
            rows = s.execute(
                select(CaseField.case_id, CaseField.key, CaseField.value).where(
                    CaseField.case_id.in_(case_ids)
                )
            )
            for case_id, key, value in rows:
                out[case_id][key] = value
        return out

    def get_case(self, case_id: int) -> CaseRecord:
        """The case with all its fields; raises CaseNotFound."""
        with self._reading() as s:
            case = s.get(Case, case_id)
            if case is None:
                raise CaseNotFound(case_id)
            return case_record(case, self._fields(s, [case_id])[case_id])

    def latest_case(self) -> CaseRecord | None:
        """The most recently updated case that is not archived (what the wizard resumes)."""
        with self._reading() as s:
            case = s.scalars(
                select(Case)
                .where(Case.archived.is_(False))
                .order_by(Case.updated_at.desc(), Case.id.desc())
                .limit(1)
            ).first()
            if case is None:
                return None
            return case_record(case, self._fields(s, [case.id])[case.id])

    def list_cases(self, *, include_archived: bool = True) -> list[CaseRecord]:
        """All cases, most recently updated first (two queries, whatever the number of cases)."""
        with self._reading() as s:
            query = select(Case).order_by(Case.updated_at.desc(), Case.id.desc())
            if not include_archived:
                query = query.where(Case.archived.is_(False))
            cases = list(s.scalars(query))
            fields = self._fields(s, [c.id for c in cases])
            return [case_record(c, fields[c.id]) for c in cases]

    def count_cases(self, *, include_archived: bool = True) -> int:
        """How many cases there are: one COUNT, where `len(list_cases())` would load every case."""
        from sqlalchemy import func

        with self._reading() as s:
            query = select(func.count()).select_from(Case)
            if not include_archived:
                query = query.where(Case.archived.is_(False))
            return int(s.scalar(query) or 0)

    def _touch(
        self, s: Session, case_id: int, now: datetime, expected_version: int | None = None, **values: Any
    ) -> None:
        """Update the case row and bump its version; with `expected_version`, only if still at it."""
        query = update(Case).where(Case.id == case_id)
        if expected_version is not None:
            query = query.where(Case.version == expected_version)
        result = s.execute(query.values(updated_at=now, version=Case.version + 1, **values))
        if result.rowcount != 1:  # type: ignore[attr-defined]
            self._refuse(s, case_id, expected_version)

    @staticmethod
    def _refuse(s: Session, case_id: int, expected_version: int | None) -> None:
        """Raise CaseNotFound, or StoreConflict when the case is at another version than expected."""
        actual = s.scalar(select(Case.version).where(Case.id == case_id))
        if actual is None:
            raise CaseNotFound(case_id)
        if expected_version is not None and actual != expected_version:
            raise StoreConflict(case_id, expected_version, int(actual))
        raise CaseNotFound(case_id)  # pragma: no cover - the update saw no row although one exists

    def _current(self, s: Session, case_id: int, expected_version: int | None, *columns: Any) -> Any:
        """The case's `columns`, row-locked until commit (PostgreSQL); checks `expected_version` first.

        Raises CaseNotFound or StoreConflict, so a refused write changes nothing, not even a no-op's audit.
        """
        row = s.execute(
            select(Case.version, *columns).where(Case.id == case_id).with_for_update()
        ).first()
        if row is None:
            raise CaseNotFound(case_id)
        if expected_version is not None and row[0] != expected_version:
            raise StoreConflict(case_id, expected_version, int(row[0]))
        return row[1:]

    def case_version(self, case_id: int) -> int:
        """The case's current version (what `expected_version` compares with); raises CaseNotFound."""
        with self._reading() as s:
            version = s.scalar(select(Case.version).where(Case.id == case_id))
            if version is None:
                raise CaseNotFound(case_id)
            return int(version)

    def save_field(self, case_id: int, key: str, value: str, *, expected_version: int | None = None) -> None:
        """Upsert one value and bump the case's updated_at in one short transaction (autosave path)."""
        self.save_fields(case_id, {key: value}, expected_version=expected_version)

    def save_fields(
        self, case_id: int, values: Mapping[str, str], *, expected_version: int | None = None
    ) -> None:
        """Upsert several values atomically; refuses secret-like keys with ValueError.

        With `expected_version`, raises StoreConflict (writing nothing) if the case moved past it.
        """
        rows = [
            {"case_id": case_id, "key": check_key(k), "value": check_value(k, v)} for k, v in values.items()
        ]
        if not rows:
            return
        now = utcnow()
        for row in rows:
            row["updated_at"] = now
        with self._writing() as s:
            if expected_version is None:
                touched = s.execute(TOUCH_CASE, {"b_id": case_id, "b_now": now})
            else:
                touched = s.execute(TOUCH_CASE_AT, {"b_id": case_id, "b_now": now, "b_version": expected_version})
            if touched.rowcount != 1:  # type: ignore[attr-defined]
                self._refuse(s, case_id, expected_version)
            s.execute(self._upsert_field, rows)
            if not SEARCHED_FIELDS.isdisjoint(values):
                self._refresh_search_key(s, case_id)

    @staticmethod
    def _refresh_search_key(s: Session, case_id: int) -> None:
        """Rewrite the case's search key from its stored values (after the case row was touched, so on
        PostgreSQL its row lock orders this after any colleague's save of the same case)."""
        owner, fields = "", {}
        for owner, key, value in s.execute(SEARCH_INPUTS, {"b_id": case_id}):
            if key is not None:
                fields[key] = value
        s.execute(SET_SEARCH_KEY, {"b_id": case_id, "b_key": case_search_key(fields, owner)})

    def _change(self, s: Session, case_id: int, expected_version: int | None, actor: str, action: str,
                detail: dict[str, Any], **values: Any) -> None:
        """Write `values` to the case (its version checked and moved on) and audit `action` at the same time."""
        now = utcnow()
        self._touch(s, case_id, now, expected_version, **values)
        s.add(AuditLog(case_id=case_id, at=now, actor=actor, action=action, detail=detail))

    def set_step(self, case_id: int, step: str, actor: str, *, expected_version: int | None = None) -> None:
        """Move the case to `step` and audit it; nothing happens (no audit) if it is already there."""
        with self._writing() as s:
            (current,) = self._current(s, case_id, expected_version, Case.step)
            if current == step:
                return
            self._change(s, case_id, expected_version, actor, "step", {"from": current, "to": step}, step=step)

    def mark_submitted(
        self, case_id: int, enrollment_id: str, actor: str, *, expected_version: int | None = None
    ) -> None:
        """Record that the backend accepted the enrollment; repeating with the same id is a no-op."""
        with self._writing() as s:
            status, previous_id = self._current(s, case_id, expected_version, Case.status, Case.enrollment_id)
            if status != STATUS_DRAFT:
                if previous_id == enrollment_id:
                    return
                raise ValueError(
                    f"case {case_id} was already submitted as enrollment {previous_id!r}"
                )
            self._change(s, case_id, expected_version, actor, "submission",
                         {"enrollment_id": enrollment_id, "from": status},
                         status=STATUS_SUBMITTED, enrollment_id=enrollment_id)

    def set_status(
        self, case_id: int, status: str, actor: str, detail: Mapping[str, Any] | None = None, *,
        expected_version: int | None = None,
    ) -> None:
        """Move the case along the enrollment lifecycle and audit it with the time; no-op if unchanged."""
        with self._writing() as s:
            (current,) = self._current(s, case_id, expected_version, Case.status)
            if current == status:
                return
            self._change(s, case_id, expected_version, actor, "status",
                         {"from": current, "to": status, **check_detail(detail or {})}, status=status)

    def write_case(
        self,
        case_id: int | None,
        *,
        owner: str,
        step: str,
        status: str,
        enrollment_id: str | None,
        created_at: datetime,
        updated_at: datetime,
        fields: Mapping[str, str],
        audit: list[tuple[datetime, str, str, dict[str, Any]]],
        final_entry: tuple[datetime, str, str, dict[str, Any]],
        expected_version: int | None = None,
    ) -> int:
        """Write a whole case as given (a handover import): its values, its audit trail with the original
        times, then `final_entry`; replaces `case_id`'s values and trail, or creates a case. One transaction.

        Replacing bumps the case's version; with `expected_version` it raises StoreConflict instead
        when the case changed meanwhile."""
        with self._writing() as s:
            if case_id is None:
                row = Case(owner=owner, step=step, status=status, created_at=created_at,
                           updated_at=updated_at, enrollment_id=enrollment_id, archived=False,
                           search_key=case_search_key(fields, owner))
                s.add(row)
                s.flush()
                case_id = row.id
            else:
                self._touch(s, case_id, updated_at, expected_version, owner=owner, step=step, status=status,
                            enrollment_id=enrollment_id, search_key=case_search_key(fields, owner))
                s.execute(delete(CaseField).where(CaseField.case_id == case_id))
                s.execute(delete(AuditLog).where(AuditLog.case_id == case_id))
            for key, value in fields.items():
                s.add(CaseField(case_id=case_id, key=check_key(key), value=check_value(key, value), updated_at=updated_at))
            for at, actor, action, detail in [*audit, final_entry]:
                s.add(AuditLog(case_id=case_id, at=at, actor=actor, action=action, detail=check_detail(detail)))
            return case_id

    def archive_case(
        self, case_id: int, actor: str, archived: bool = True, *, expected_version: int | None = None
    ) -> None:
        """Hide (or unhide) a case from resume; audited, never deletes anything."""
        with self._writing() as s:
            (current,) = self._current(s, case_id, expected_version, Case.archived)
            if bool(current) == archived:
                return
            now = utcnow()
            self._touch(s, case_id, now, expected_version, archived=archived)
            s.add(AuditLog(case_id=case_id, at=now, actor=actor,
                           action="archive" if archived else "unarchive", detail={}))

    def delete_case(self, case_id: int) -> None:
        """Delete a case; its fields and audit rows go with it (ON DELETE CASCADE)."""
        with self._writing() as s:
            result = s.execute(delete(Case).where(Case.id == case_id))
            if result.rowcount != 1:  # type: ignore[attr-defined]
                raise CaseNotFound(case_id)

    # -- audit -----------------------------------------------------------------------------------

    def add_audit(self, case_id: int, actor: str, action: str, detail: Mapping[str, Any]) -> None:
        """Append an audit row (for state changes the store does not audit itself)."""
        clean = check_detail(detail)
        with self._writing() as s:
            exists = s.scalar(select(Case.id).where(Case.id == case_id))
            if exists is None:
                raise CaseNotFound(case_id)
            s.add(AuditLog(case_id=case_id, at=utcnow(), actor=actor, action=action, detail=clean))

    def add_note(self, case_id: int, text: str, actor: str) -> None:
        """Add a note to the case (an audit entry); ValueError for an empty or huge note."""
        set_note(self, case_id, text, actor)

    def notes(self, case_id: int) -> list[AuditEntry]:
        """The case's notes, oldest first (`entry.detail['text']` is the note)."""
        return notes(self, case_id)

    def audit(self, case_id: int) -> list[AuditEntry]:
        """The case's audit trail, oldest first."""
        with self._reading() as s:
            if s.scalar(select(Case.id).where(Case.id == case_id)) is None:
                raise CaseNotFound(case_id)
            rows = s.scalars(
                select(AuditLog).where(AuditLog.case_id == case_id).order_by(AuditLog.id)
            )
            return [audit_entry(r) for r in rows]
