"""The Store: one SQLite file of enrollment cases, one short session per call, safe across threads."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, cast

from sqlalchemy import Engine, bindparam, delete, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from wizard.store import migrate
from wizard.store.engine import DEFAULT_BUSY_TIMEOUT_MS, make_engine, reader, translate, translated_errors
from wizard.store.errors import CaseNotFound, StoreCorrupt, StoreError, StoreTooNew
from wizard.store.files import quarantine
from wizard.store.keys import check_key, check_value, is_secret_like
from wizard.store.records import AuditEntry, CaseRecord, CaseStatus
from wizard.store.tables import AuditLog, Case, CaseField, utcnow

__all__ = ["AuditEntry", "CaseRecord", "Store", "quarantine"]

STATUS_DRAFT = "draft"
STATUS_SUBMITTED = "email_verification"  # after Enroll now the contact must verify their email
FIRST_STEP = "welcome"

_cases = Case.__table__
_case_fields = CaseField.__table__


def _build_upsert() -> Any:
    stmt = sqlite_insert(_case_fields)
    return stmt.on_conflict_do_update(
        index_elements=[_case_fields.c.case_id, _case_fields.c.key],
        set_={"value": stmt.excluded.value, "updated_at": stmt.excluded.updated_at},
    )


# Built once: the autosave path must not pay for statement construction (or the ORM) per keystroke.
_UPSERT_FIELD = _build_upsert()
_TOUCH_CASE = (
    update(_cases).where(_cases.c.id == bindparam("b_id")).values(updated_at=bindparam("b_now"))
)


def _case_record(case: Case, fields: Mapping[str, str]) -> CaseRecord:
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
    )


def _audit_entry(row: AuditLog) -> AuditEntry:
    return AuditEntry(
        id=row.id, case_id=row.case_id, at=row.at, actor=row.actor, action=row.action,
        detail=dict(row.detail or {}),
    )


def _check_detail(detail: Mapping[str, Any]) -> dict[str, Any]:
    for key in detail:
        if is_secret_like(str(key)):
            raise ValueError(f"refusing to audit {key!r}: secrets never go into the database")
    return dict(detail)


def _upgrade(engine: Engine, path: Path) -> None:
    """Run the migrations; anything unexpected becomes a StoreError (the upgrade is all-or-nothing)."""
    try:
        migrate.upgrade(engine)
    except StoreError:
        raise
    except Exception as exc:
        mapped = translate(exc, path)
        if mapped is not None:
            raise mapped from exc
        raise StoreError(
            f"The case database {path} could not be upgraded for this version of the wizard "
            f"({exc.__class__.__name__}: {exc}). Nothing in it was changed.",
            path,
        ) from exc


class Store:
    """Repository over one case database; create with `Store.open(path)`, close when done."""

    def __init__(self, engine: Engine, path: Path) -> None:
        """Wrap an engine already at head; prefer `Store.open`, which checks and migrates."""
        self.path = path
        self._engine = engine
        self._write = sessionmaker(engine, expire_on_commit=False)
        self._read = sessionmaker(reader(engine), expire_on_commit=False)
        self._closed = False

    # -- lifecycle -------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        integrity_check: bool = True,
    ) -> Store:
        """Open (creating if missing) and upgrade to head; raises StoreCorrupt/StoreLocked/StoreTooNew/StoreError."""
        path = Path(path).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(
                f"The folder for the case database {path} cannot be created ({exc.strerror}).", path
            ) from exc
        if path.is_dir():
            raise StoreError(f"The case database {path} is a folder, not a file.", path)
        engine = make_engine(path, busy_timeout_ms)
        try:
            with translated_errors(path):
                with reader(engine).connect() as conn:
                    if integrity_check:
                        rows = conn.exec_driver_sql("PRAGMA quick_check").fetchall()
                        if [r[0] for r in rows] != ["ok"]:
                            raise StoreCorrupt(path, detail="; ".join(str(r[0]) for r in rows[:5]))
                    revision = migrate.current_revision(conn)
                if not migrate.is_known(revision):
                    raise StoreTooNew(path, str(revision))
                if migrate.needs_upgrade(revision):
                    _upgrade(engine, path)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, path)

    def close(self) -> None:
        """Release every pooled connection (the file can then be moved or quarantined)."""
        self._closed = True
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """One BEGIN IMMEDIATE transaction, committed on success, with user-facing errors."""
        if self._closed:
            raise StoreError("The case database has been closed.", self.path)
        with translated_errors(self.path), self._write.begin() as session:
            yield session

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        """One deferred (read) transaction that never waits for writers in WAL mode."""
        if self._closed:
            raise StoreError("The case database has been closed.", self.path)
        with translated_errors(self.path), self._read.begin() as session:
            yield session

    # -- cases -----------------------------------------------------------------------------------

    def create_case(self, owner: str) -> int:
        """Start a new draft case on the first step; returns its id."""
        now = utcnow()
        with self._writing() as s:
            case = Case(owner=owner, step=FIRST_STEP, status=STATUS_DRAFT, created_at=now, updated_at=now,
                        archived=False)
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
            return _case_record(case, self._fields(s, [case_id])[case_id])

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
            return _case_record(case, self._fields(s, [case.id])[case.id])

    def list_cases(self, *, include_archived: bool = True) -> list[CaseRecord]:
        """All cases, most recently updated first (two queries, whatever the number of cases)."""
        with self._reading() as s:
            query = select(Case).order_by(Case.updated_at.desc(), Case.id.desc())
            if not include_archived:
                query = query.where(Case.archived.is_(False))
            cases = list(s.scalars(query))
            fields = self._fields(s, [c.id for c in cases])
            return [_case_record(c, fields[c.id]) for c in cases]

    def _touch(self, s: Session, case_id: int, now: datetime, **values: Any) -> None:
        result = s.execute(update(Case).where(Case.id == case_id).values(updated_at=now, **values))
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise CaseNotFound(case_id)

    def save_field(self, case_id: int, key: str, value: str) -> None:
        """Upsert one value and bump the case's updated_at in one short transaction (autosave path)."""
        self.save_fields(case_id, {key: value})

    def save_fields(self, case_id: int, values: Mapping[str, str]) -> None:
        """Upsert several values atomically; refuses secret-like keys with ValueError."""
        rows = [
            {"case_id": case_id, "key": check_key(k), "value": check_value(k, v)} for k, v in values.items()
        ]
        if not rows:
            return
        now = utcnow()
        for row in rows:
            row["updated_at"] = now
        with self._writing() as s:
            if s.execute(_TOUCH_CASE, {"b_id": case_id, "b_now": now}).rowcount != 1:  # type: ignore[attr-defined]
                raise CaseNotFound(case_id)
            s.execute(_UPSERT_FIELD, rows)

    def set_step(self, case_id: int, step: str, actor: str) -> None:
        """Move the case to `step` and audit it; nothing happens (no audit) if it is already there."""
        with self._writing() as s:
            current = s.scalar(select(Case.step).where(Case.id == case_id))
            if current is None:
                raise CaseNotFound(case_id)
            if current == step:
                return
            now = utcnow()
            self._touch(s, case_id, now, step=step)
            s.add(AuditLog(case_id=case_id, at=now, actor=actor, action="step",
                           detail={"from": current, "to": step}))

    def mark_submitted(self, case_id: int, enrollment_id: str, actor: str) -> None:
        """Record that the backend accepted the enrollment; repeating with the same id is a no-op."""
        with self._writing() as s:
            row = s.execute(select(Case.status, Case.enrollment_id).where(Case.id == case_id)).first()
            if row is None:
                raise CaseNotFound(case_id)
            status, previous_id = row
            if status != STATUS_DRAFT:
                if previous_id == enrollment_id:
                    return
                raise ValueError(
                    f"case {case_id} was already submitted as enrollment {previous_id!r}"
                )
            now = utcnow()
            self._touch(s, case_id, now, status=STATUS_SUBMITTED, enrollment_id=enrollment_id)
            s.add(AuditLog(case_id=case_id, at=now, actor=actor, action="submission",
                           detail={"enrollment_id": enrollment_id, "from": status}))

    def set_status(self, case_id: int, status: str, actor: str, detail: Mapping[str, Any] | None = None) -> None:
        """Move the case along the enrollment lifecycle and audit it with the time; no-op if unchanged."""
        with self._writing() as s:
            current = s.scalar(select(Case.status).where(Case.id == case_id))
            if current is None:
                raise CaseNotFound(case_id)
            if current == status:
                return
            now = utcnow()
            self._touch(s, case_id, now, status=status)
            s.add(AuditLog(case_id=case_id, at=now, actor=actor, action="status",
                           detail={"from": current, "to": status, **_check_detail(detail or {})}))

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
    ) -> int:
        """Write a whole case as given (a handover import): its values, its audit trail with the original
        times, then `final_entry`; replaces `case_id`'s values and trail, or creates a case. One transaction."""
        with self._writing() as s:
            if case_id is None:
                row = Case(owner=owner, step=step, status=status, created_at=created_at,
                           updated_at=updated_at, enrollment_id=enrollment_id, archived=False)
                s.add(row)
                s.flush()
                case_id = row.id
            else:
                result = s.execute(update(Case).where(Case.id == case_id).values(
                    owner=owner, step=step, status=status, enrollment_id=enrollment_id, updated_at=updated_at))
                if result.rowcount != 1:  # type: ignore[attr-defined]
                    raise CaseNotFound(case_id)
                s.execute(delete(CaseField).where(CaseField.case_id == case_id))
                s.execute(delete(AuditLog).where(AuditLog.case_id == case_id))
            for key, value in fields.items():
                s.add(CaseField(case_id=case_id, key=check_key(key), value=check_value(key, value), updated_at=updated_at))
            for at, actor, action, detail in [*audit, final_entry]:
                s.add(AuditLog(case_id=case_id, at=at, actor=actor, action=action, detail=_check_detail(detail)))
            return case_id

    def archive_case(self, case_id: int, actor: str, archived: bool = True) -> None:
        """Hide (or unhide) a case from resume; audited, never deletes anything."""
        with self._writing() as s:
            current = s.scalar(select(Case.archived).where(Case.id == case_id))
            if current is None:
                raise CaseNotFound(case_id)
            if bool(current) == archived:
                return
            now = utcnow()
            self._touch(s, case_id, now, archived=archived)
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
        clean = _check_detail(detail)
        with self._writing() as s:
            exists = s.scalar(select(Case.id).where(Case.id == case_id))
            if exists is None:
                raise CaseNotFound(case_id)
            s.add(AuditLog(case_id=case_id, at=utcnow(), actor=actor, action=action, detail=clean))

    def audit(self, case_id: int) -> list[AuditEntry]:
        """The case's audit trail, oldest first."""
        with self._reading() as s:
            if s.scalar(select(Case.id).where(Case.id == case_id)) is None:
                raise CaseNotFound(case_id)
            rows = s.scalars(
                select(AuditLog).where(AuditLog.case_id == case_id).order_by(AuditLog.id)
            )
            return [_audit_entry(r) for r in rows]
