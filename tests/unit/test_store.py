"""Store behaviour: PRAGMAs, cases, fields, steps, audit, secrets refusal, threads, cascades, locks."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from datetime import timezone
from pathlib import Path

import pytest
from sqlalchemy import event

from wizard.domain.model import FIELD_KEYS
from wizard.store import (
    HEAD_REVISION,
    CaseNotFound,
    Store,
    StoreError,
    StoreLocked,
)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "cases.db"


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    s = Store.open(db_path)
    yield s
    s.close()


def _pragma(store: Store, name: str) -> object:
    with store._engine.connect() as conn:  # noqa: SLF001 - tests look under the hood
        return conn.exec_driver_sql(f"PRAGMA {name}").scalar()


def test_fresh_database_is_at_head_with_pragmas(store: Store, db_path: Path) -> None:
    assert db_path.is_file()
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD_REVISION,)]
    assert str(_pragma(store, "journal_mode")).lower() == "wal"
    assert _pragma(store, "foreign_keys") == 1
    assert _pragma(store, "synchronous") == 1  # NORMAL
    assert _pragma(store, "busy_timeout") == 5000


def test_writes_begin_immediate_and_reads_deferred(store: Store) -> None:
    seen: list[str] = []

    @event.listens_for(store._engine, "before_cursor_execute")  # noqa: SLF001
    def _log(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        if statement.startswith("BEGIN"):
            seen.append(statement)

    case_id = store.create_case("ana")
    store.save_field(case_id, "legal_name", "Contoso")
    assert seen == ["BEGIN IMMEDIATE", "BEGIN IMMEDIATE"]
    seen.clear()
    store.get_case(case_id)
    assert seen == ["BEGIN DEFERRED"]


def test_create_save_and_resume_in_a_new_store(db_path: Path) -> None:
    with Store.open(db_path) as first:
        case_id = first.create_case("ana")
        first.save_fields(case_id, {"legal_name": "Contoso Ltd", "country": "GB"})
        first.save_field(case_id, "city", "London")
        first.set_step(case_id, "legal_profile", "ana")
    with Store.open(db_path) as second:
        latest = second.latest_case()
        assert latest is not None
        assert latest.id == case_id
        assert latest.step == "legal_profile"
        assert latest.status == "draft"
        assert latest.owner == "ana"
        assert latest.fields == {"legal_name": "Contoso Ltd", "country": "GB", "city": "London"}
        assert latest == second.get_case(case_id)


def test_new_case_defaults_and_utc_timestamps(store: Store) -> None:
    case = store.get_case(store.create_case("ana"))
    assert (case.step, case.status, case.fields, case.enrollment_id, case.archived) == (
        "welcome", "draft", {}, None, False,
    )
    assert case.created_at.tzinfo is timezone.utc
    assert case.updated_at.tzinfo is timezone.utc


def test_save_field_upserts_and_bumps_updated_at(store: Store, db_path: Path) -> None:
    case_id = store.create_case("ana")
    store.save_field(case_id, "legal_name", "Contoso")
    before = store.get_case(case_id).updated_at
    store.save_field(case_id, "legal_name", "Contoso Ltd")
    after = store.get_case(case_id)
    assert after.fields == {"legal_name": "Contoso Ltd"}
    assert after.updated_at >= before
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT count(*) FROM case_fields").fetchone() == (1,)


def test_every_contract_field_key_can_be_saved(store: Store) -> None:
    case_id = store.create_case("ana")
    store.save_fields(case_id, {key: f"v-{key}" for key in FIELD_KEYS})
    assert store.get_case(case_id).fields == {key: f"v-{key}" for key in FIELD_KEYS}


def test_latest_case_is_most_recent_non_archived(store: Store) -> None:
    assert store.latest_case() is None
    a = store.create_case("ana")
    b = store.create_case("bob")
    store.save_field(a, "city", "Paris")  # a is now the most recently updated
    assert store.latest_case().id == a  # type: ignore[union-attr]
    store.archive_case(a, "ana")
    assert store.latest_case().id == b  # type: ignore[union-attr]
    assert [c.id for c in store.list_cases()] == [a, b]
    assert [c.id for c in store.list_cases(include_archived=False)] == [b]
    assert store.get_case(a).archived is True


def test_set_step_audits_changes_only(store: Store) -> None:
    case_id = store.create_case("ana")
    store.set_step(case_id, "sign_in", "ana")
    store.set_step(case_id, "sign_in", "ana")  # same step: no-op
    store.set_step(case_id, "mpn", "bob")
    steps = [e for e in store.audit(case_id) if e.action == "step"]
    assert [(e.actor, e.detail) for e in steps] == [
        ("ana", {"from": "welcome", "to": "sign_in"}),
        ("bob", {"from": "sign_in", "to": "mpn"}),
    ]
    assert all(e.at.tzinfo is timezone.utc and e.case_id == case_id for e in steps)
    assert store.get_case(case_id).step == "mpn"


def test_mark_submitted_sets_status_and_audits(store: Store) -> None:
    case_id = store.create_case("ana")
    store.mark_submitted(case_id, "ENR-42", "ana")
    store.mark_submitted(case_id, "ENR-42", "ana")  # repeat (double click): no second audit row
    case = store.get_case(case_id)
    assert (case.status, case.enrollment_id) == ("email_verification", "ENR-42")
    submissions = [e for e in store.audit(case_id) if e.action == "submission"]
    assert len(submissions) == 1
    assert submissions[0].detail["enrollment_id"] == "ENR-42"
    with pytest.raises(ValueError):
        store.mark_submitted(case_id, "ENR-43", "ana")


def test_add_audit_and_order(store: Store) -> None:
    case_id = store.create_case("ana")
    store.add_audit(case_id, "support:kim", "handover", {"to": "lee", "n": 2})
    entries = store.audit(case_id)
    assert [e.action for e in entries] == ["create", "handover"]
    assert entries[-1].detail == {"to": "lee", "n": 2}


@pytest.mark.parametrize(
    "key", ["password", "pmc_password", "Work_Password", "passwd", "access_token", "client_secret", "api_key"]
)
def test_refuses_secret_like_keys(store: Store, key: str) -> None:
    case_id = store.create_case("ana")
    with pytest.raises(ValueError, match="keyring"):
        store.save_field(case_id, key, "hunter2")
    with pytest.raises(ValueError):
        store.save_fields(case_id, {"legal_name": "Contoso", key: "hunter2"})
    with pytest.raises(ValueError):
        store.add_audit(case_id, "ana", "sign_in", {key: "hunter2"})
    assert store.get_case(case_id).fields == {}  # the batch with a secret saved nothing


def test_rejects_non_text_values_and_bad_keys(store: Store) -> None:
    case_id = store.create_case("ana")
    with pytest.raises(ValueError):
        store.save_field(case_id, "city", 42)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        store.save_field(case_id, "", "x")


def test_unknown_case_raises_case_not_found(store: Store) -> None:
    for call in (
        lambda: store.get_case(99),
        lambda: store.save_field(99, "city", "Oslo"),
        lambda: store.set_step(99, "mpn", "ana"),
        lambda: store.mark_submitted(99, "E", "ana"),
        lambda: store.add_audit(99, "ana", "x", {}),
        lambda: store.audit(99),
        lambda: store.delete_case(99),
    ):
        with pytest.raises(CaseNotFound) as info:
            call()
        assert isinstance(info.value, KeyError)
        assert "99" in str(info.value)


def test_delete_cascades_to_fields_and_audit(store: Store, db_path: Path) -> None:
    keep = store.create_case("ana")
    gone = store.create_case("bob")
    for case_id in (keep, gone):
        store.save_fields(case_id, {"city": "Rome", "country": "IT"})
        store.set_step(case_id, "sign_in", "x")
    store.delete_case(gone)
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT DISTINCT case_id FROM case_fields").fetchall() == [(keep,)]
        assert raw.execute("SELECT DISTINCT case_id FROM audit_log").fetchall() == [(keep,)]
        # the cascade is in the schema itself, not only in the ORM
        raw.execute("PRAGMA foreign_keys=ON")
        raw.execute("DELETE FROM cases WHERE id = ?", (keep,))
        assert raw.execute("SELECT count(*) FROM case_fields").fetchone() == (0,)


def test_threads_save_concurrently(store: Store) -> None:
    case_ids = [store.create_case(f"agent{i}") for i in range(2)]
    errors: list[BaseException] = []
    start = threading.Barrier(4)

    def work(n: int) -> None:
        try:
            start.wait()
            for i in range(40):
                store.save_field(case_ids[n % 2], f"k{n}_{i}", f"v{n}_{i}")
                if i % 10 == 0:
                    store.get_case(case_ids[n % 2])
        except BaseException as exc:  # noqa: BLE001 - collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    for n in range(4):
        fields = store.get_case(case_ids[n % 2]).fields
        assert all(fields[f"k{n}_{i}"] == f"v{n}_{i}" for i in range(40))


def test_locked_database_raises_store_locked(db_path: Path) -> None:
    with Store.open(db_path, busy_timeout_ms=100) as store:
        case_id = store.create_case("ana")
        other = sqlite3.connect(db_path, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            with pytest.raises(StoreLocked) as info:
                store.save_field(case_id, "city", "Oslo")
            assert "busy" in str(info.value)
            assert store.get_case(case_id).fields == {}  # reads still work under WAL
        finally:
            other.execute("ROLLBACK")
            other.close()
        store.save_field(case_id, "city", "Oslo")
        assert store.get_case(case_id).fields == {"city": "Oslo"}


def test_closed_store_refuses_calls(db_path: Path) -> None:
    store = Store.open(db_path)
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.create_case("ana")


def test_two_stores_are_independent(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.db") as a, Store.open(tmp_path / "b.db") as b:
        a.create_case("ana")
        assert b.latest_case() is None
        assert a.path == tmp_path / "a.db"


def test_unusable_location_raises_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not_a_dir"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot be created"):
        Store.open(blocker / "cases.db")
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path)


def test_set_status_follows_the_lifecycle_and_audits_with_time(tmp_path: Path) -> None:
    with Store.open(tmp_path / "w.sqlite") as store:
        case_id = store.create_case("ana")
        store.mark_submitted(case_id, "ENR-7", "ana")
        store.set_status(case_id, "in_review", "sandbox", {"sub_status": "EmploymentVerification"})
        store.set_status(case_id, "in_review", "sandbox")  # unchanged: no second row
        entries = [e for e in store.audit(case_id) if e.action == "status"]
        assert [(e.detail["from"], e.detail["to"]) for e in entries] == [("email_verification", "in_review")]
        assert entries[0].detail["sub_status"] == "EmploymentVerification" and entries[0].at.tzinfo is not None
        assert store.get_case(case_id).status == "in_review"
