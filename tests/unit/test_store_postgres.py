"""Shared team database: the store on PostgreSQL (same migrations) and optimistic locking on both engines.

The PostgreSQL tests need a server: `.ci/run` (or `bash scripts/setup.sh --postgres`) starts one and
WIZARD_TEST_POSTGRES_URL points at it; each test gets a fresh database, dropped after. Without it they
skip with the reason. The SQLite variants always run.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from wizard.store import HEAD_REVISION, CaseNotFound, Store, StoreConflict, StoreError
from wizard.store import migrate
from wizard.store.engine import display_url, is_url
from wizard.store.schema_version import KNOWN_REVISIONS
from wizard.store.tables import Base

ACTOR = "agent"


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """Where a Store opens: a SQLite file, or a fresh PostgreSQL database URL (skips without a server)."""
    if request.param == "sqlite":
        return tmp_path / "cases.sqlite"
    return str(request.getfixturevalue("postgres_url"))


@pytest.fixture
def store(target: str | Path) -> Iterator[Store]:
    with Store.open(target) as s:
        yield s


# -- PostgreSQL: migrations -----------------------------------------------------------------------


def test_url_detection() -> None:
    assert is_url("postgresql+psycopg://u:pw@localhost/db")
    assert not is_url("/tmp/x.sqlite") and not is_url(Path("/tmp/x.sqlite")) and not is_url("C:\\x.sqlite")
    assert display_url("postgresql+psycopg://u:secret@localhost/db") == "postgresql+psycopg://u:***@localhost/db"


def test_migrations_to_head_on_empty_postgres(postgres_url: str) -> None:
    with Store.open(postgres_url) as store:
        assert store.list_cases() == []
        assert "secret" not in str(store.path) or "***" in str(store.path)
    engine = create_engine(postgres_url)
    try:
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == HEAD_REVISION
            tables = set(inspect(conn).get_table_names())
            assert {"cases", "case_fields", "audit_log", "providers", "shared_customers", "sync_state"} <= tables
            columns = {c["name"]: c for c in inspect(conn).get_columns("cases")}
            assert columns["version"]["nullable"] is False
            checks = {c["name"] for c in inspect(conn).get_check_constraints("cases")}
            assert "ck_cases_status" in checks
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        assert diff == []
    finally:
        engine.dispose()
    with Store.open(postgres_url) as again:  # already at head: opens without migrating
        assert again.list_cases() == []


def test_postgres_upgrade_step_by_step_and_down_again(postgres_url: str) -> None:
    """Every revision upgrades (and downgrades) on PostgreSQL; data survives 0004 -> 0005."""
    engine = create_engine(postgres_url)
    try:
        for revision in KNOWN_REVISIONS[:-1]:
            migrate.upgrade(engine, revision)
        with engine.begin() as conn:
            conn.exec_driver_sql(
                "INSERT INTO cases (created_at, updated_at, step, status, owner, archived) "
                "VALUES (now(), now(), 'mpn', 'in_review', 'alice', false)"
            )
        migrate.upgrade(engine)
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT step, status, version FROM cases").all() == [("mpn", "in_review", 1)]
        migrate.downgrade(engine, "base")
        with engine.connect() as conn:
            assert migrate.current_revision(conn) is None
            assert "cases" not in inspect(conn).get_table_names()
        migrate.upgrade(engine)
        with engine.connect() as conn:
            assert migrate.current_revision(conn) == HEAD_REVISION
    finally:
        engine.dispose()


def test_two_wizards_opening_a_new_team_database_together(postgres_url: str) -> None:
    """The advisory lock makes concurrent first opens safe: one migrates, the other finds it done."""
    errors: list[BaseException] = []

    def open_once() -> None:
        try:
            Store.open(postgres_url).close()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=open_once) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []


def test_unreachable_server_is_a_plain_store_error() -> None:
    pytest.importorskip("psycopg", reason="the PostgreSQL driver: bash scripts/test.sh installs it")
    url = "postgresql+psycopg://nobody:pw@127.0.0.1:1/none"
    with pytest.raises(StoreError) as info:
        Store.open(url)
    assert "cannot be reached" in str(info.value) and "pw@" not in str(info.value)


# -- both engines: the store works the same ------------------------------------------------------


def test_create_save_reload(target: str | Path) -> None:
    with Store.open(target) as store:
        case_id = store.create_case(ACTOR)
        store.save_fields(case_id, {"legal_name": "Contoso Iberia", "city": "Madrid"})
        store.save_field(case_id, "city", "Barcelona")
        store.set_step(case_id, "legal_profile", ACTOR)
        store.mark_submitted(case_id, "enr-1", ACTOR)
        store.set_status(case_id, "in_review", ACTOR, {"note": "x"})
    with Store.open(target) as store:
        case = store.get_case(case_id)
        assert case.fields == {"legal_name": "Contoso Iberia", "city": "Barcelona"}
        assert (case.step, case.status, case.enrollment_id) == ("legal_profile", "in_review", "enr-1")
        assert case.created_at.tzinfo is timezone.utc and case.updated_at >= case.created_at
        assert store.latest_case() is not None and store.latest_case().id == case_id  # type: ignore[union-attr]
        assert [e.action for e in store.audit(case_id)] == ["create", "step", "submission", "status"]
        assert case.version == 6  # created at 1, then five writes


# -- optimistic locking ------------------------------------------------------------------------------


def test_every_write_bumps_the_version(store: Store) -> None:
    case_id = store.create_case(ACTOR)
    assert store.get_case(case_id).version == 1 == store.case_version(case_id)
    now = datetime.now(timezone.utc)
    writes: list[Callable[[], None]] = [
        lambda: store.save_fields(case_id, {"a": "1"}),
        lambda: store.save_field(case_id, "a", "2"),
        lambda: store.set_step(case_id, "sign_in", ACTOR),
        lambda: store.mark_submitted(case_id, "enr-7", ACTOR),
        lambda: store.set_status(case_id, "in_review", ACTOR),
        lambda: store.archive_case(case_id, ACTOR),
        lambda: store.archive_case(case_id, ACTOR, archived=False),
        lambda: store.write_case(
            case_id, owner=ACTOR, step="status", status="needs_info", enrollment_id="enr-7",
            created_at=now, updated_at=now, fields={"a": "3"}, audit=[], final_entry=(now, ACTOR, "import", {}),
        ),
    ]
    for n, write in enumerate(writes, start=2):
        write()
        assert store.get_case(case_id).version == n
    # No-ops change nothing, so they don't bump it either.
    store.set_step(case_id, "status", ACTOR)
    store.set_status(case_id, "needs_info", ACTOR)
    store.archive_case(case_id, ACTOR, archived=False)
    store.save_fields(case_id, {})
    assert store.get_case(case_id).version == len(writes) + 1
    # A version-checked write with the right version goes through and bumps it.
    store.save_fields(case_id, {"a": "4"}, expected_version=len(writes) + 1)
    assert store.get_case(case_id).version == len(writes) + 2


def test_conflict_between_two_sessions(target: str | Path) -> None:
    """Two agents on the same case: both read version N; the first saves (N+1); the second is refused."""
    with Store.open(target) as setup:
        case_id = setup.create_case("alice")
        setup.save_fields(case_id, {"legal_name": "Contoso"})
    alice, bob = Store.open(target), Store.open(target)
    try:
        seen_by_alice = alice.get_case(case_id)
        seen_by_bob = bob.get_case(case_id)
        n = seen_by_alice.version
        assert seen_by_bob.version == n == 2

        alice.save_fields(case_id, {"legal_name": "Contoso Iberia"}, expected_version=n)
        assert alice.get_case(case_id).version == n + 1

        with pytest.raises(StoreConflict) as info:
            bob.save_fields(case_id, {"legal_name": "Contoso Ltd", "city": "Lisbon"}, expected_version=n)
        conflict = info.value
        assert isinstance(conflict, StoreError)
        assert (conflict.case_id, conflict.expected, conflict.actual) == (case_id, n, n + 1)
        assert str(conflict).startswith("Someone else changed this case")
        assert "Reload it to see their changes; your edits are kept." in str(conflict)

        after = bob.get_case(case_id)  # nothing of bob's save was written
        assert after.fields == {"legal_name": "Contoso Iberia"} and after.version == n + 1

        # Every other kind of write is refused the same way, changing nothing and auditing nothing.
        trail = len(bob.audit(case_id))
        for write in (
            lambda: bob.set_step(case_id, "mpn", "bob", expected_version=n),
            lambda: bob.set_step(case_id, "welcome", "bob", expected_version=n),  # even a no-op
            lambda: bob.set_status(case_id, "in_review", "bob", expected_version=n),
            lambda: bob.mark_submitted(case_id, "enr-9", "bob", expected_version=n),
            lambda: bob.archive_case(case_id, "bob", expected_version=n),
            lambda: bob.save_field(case_id, "city", "Lisbon", expected_version=n),
        ):
            with pytest.raises(StoreConflict):
                write()
        now = datetime.now(timezone.utc)
        with pytest.raises(StoreConflict):
            bob.write_case(case_id, owner="bob", step="mpn", status="draft", enrollment_id=None, created_at=now,
                           updated_at=now, fields={}, audit=[], final_entry=(now, "bob", "import", {}),
                           expected_version=n)
        unchanged = alice.get_case(case_id)
        assert (unchanged.fields, unchanged.step, unchanged.status, unchanged.archived, unchanged.version) == (
            {"legal_name": "Contoso Iberia"}, "welcome", "draft", False, n + 1)
        assert len(alice.audit(case_id)) == trail

        # Bob reloads and saves again: now it goes through.
        bob.save_fields(case_id, {"city": "Lisbon"}, expected_version=bob.get_case(case_id).version)
        assert alice.get_case(case_id).fields == {"legal_name": "Contoso Iberia", "city": "Lisbon"}
    finally:
        alice.close()
        bob.close()


def test_concurrent_checked_writes_let_exactly_one_win(target: str | Path) -> None:
    """Racing writers that read the same version: one succeeds, the rest get StoreConflict."""
    with Store.open(target) as setup:
        case_id = setup.create_case(ACTOR)
    stores = [Store.open(target) for _ in range(4)]
    outcomes: list[str] = []
    barrier = threading.Barrier(len(stores))

    def write(i: int, s: Store) -> None:
        barrier.wait()
        try:
            s.save_fields(case_id, {"who": str(i)}, expected_version=1)
            outcomes.append("ok")
        except StoreConflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=write, args=(i, s)) for i, s in enumerate(stores)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert sorted(outcomes) == ["conflict"] * (len(stores) - 1) + ["ok"]
        assert stores[0].get_case(case_id).version == 2
    finally:
        for s in stores:
            s.close()


def test_missing_case_is_still_case_not_found(store: Store) -> None:
    with pytest.raises(CaseNotFound):
        store.save_fields(404, {"a": "1"}, expected_version=1)
    with pytest.raises(CaseNotFound):
        store.set_step(404, "mpn", ACTOR, expected_version=1)
    with pytest.raises(CaseNotFound):
        store.case_version(404)
