"""Alembic history: head constant, upgrades from every earlier schema with data, too-new and locked files."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import threading
from datetime import datetime, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from wizard.store import HEAD_REVISION, Store, StoreError, StoreLocked, StoreTooNew
from wizard.store import migrate
from wizard.store.engine import make_engine
from wizard.store.schema_version import KNOWN_REVISIONS
from wizard.store.tables import Base

OLD = "0001_initial"


def _revision(path: Path) -> str | None:
    with sqlite3.connect(path) as raw:
        rows = raw.execute("SELECT version_num FROM alembic_version").fetchall()
    return rows[0][0] if rows else None


def _make_db_at(path: Path, revision: str) -> None:
    engine = make_engine(path)
    try:
        migrate.upgrade(engine, revision)
    finally:
        engine.dispose()


def test_head_revision_matches_alembic_head() -> None:
    assert HEAD_REVISION == migrate.script_head()


def test_known_revisions_are_the_whole_history_in_order() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    history = [rev.revision for rev in script.walk_revisions("base", "heads")]
    assert tuple(reversed(history)) == KNOWN_REVISIONS


def test_orm_tables_match_head_migration(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    _make_db_at(path, "head")  # through every migration (Store.open would create a new file from the ORM)
    engine = make_engine(path)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    finally:
        engine.dispose()
    assert diff == []


def _schema(path: Path) -> dict[str, object]:
    """Everything SQLite knows about each table: columns (type, not null, default, key), indexes (unique,
    columns, origin), foreign keys (target, columns, actions) and CHECK clauses; names sorted."""
    with sqlite3.connect(path) as raw:
        tables = [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        schema: dict[str, object] = {}
        for table in tables:
            indexes = sorted(
                (name, unique, origin, tuple(r[2] for r in raw.execute(f"PRAGMA index_info('{name}')")))
                for _seq, name, unique, origin, _partial in raw.execute(f"PRAGMA index_list('{table}')")
            )
            sql = raw.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
            checks = sorted(part.split("CHECK", 1)[1].strip(" ,\n") for part in sql.split("CONSTRAINT") if "CHECK" in part)
            schema[table] = {
                "columns": raw.execute(f"PRAGMA table_info('{table}')").fetchall(),
                # autoindexes are named by position: compare them by what they index
                "indexes": [(n if not n.startswith("sqlite_autoindex") else "auto", *rest) for n, *rest in indexes],
                "foreign_keys": sorted(r[2:] for r in raw.execute(f"PRAGMA foreign_key_list('{table}')")),
                "checks": [" ".join(c.split()) for c in checks],
            }
    return schema


def test_a_new_database_gets_the_same_schema_as_the_migrations_build(tmp_path: Path) -> None:
    fresh, migrated = tmp_path / "fresh.db", tmp_path / "migrated.db"
    Store.open(fresh).close()  # an empty file: created from the ORM metadata and stamped, no Alembic
    _make_db_at(migrated, "head")
    assert _revision(fresh) == _revision(migrated) == HEAD_REVISION
    fresh_schema, migrated_schema = _schema(fresh), _schema(migrated)
    assert set(fresh_schema) == set(migrated_schema)
    for table in migrated_schema:
        assert fresh_schema[table] == migrated_schema[table], table
    # and Alembic takes the stamp as its own: nothing to do, and an upgrade from it is a no-op
    engine = make_engine(fresh)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    assert _schema(fresh) == fresh_schema


def test_a_database_with_tables_but_no_version_is_left_to_the_migrations(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    with sqlite3.connect(path) as raw:
        raw.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
        raw.execute("INSERT INTO notes (text) VALUES ('keep me')")
    engine = make_engine(path)
    try:
        assert migrate.create_fresh(engine) is False
    finally:
        engine.dispose()
    assert _revision_or_none(path) is None
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT text FROM notes").fetchall() == [("keep me",)]


def _revision_or_none(path: Path) -> str | None:
    with sqlite3.connect(path) as raw:
        if raw.execute("SELECT 1 FROM sqlite_master WHERE name = 'alembic_version'").fetchone() is None:
            return None
    return _revision(path)


@pytest.mark.parametrize("kind", ["missing", "zero_bytes", "empty_sqlite"])
def test_upgrade_from_empty_database(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "cases.db"
    if kind == "zero_bytes":
        path.write_bytes(b"")
    elif kind == "empty_sqlite":
        sqlite3.connect(path).close()
    with Store.open(path) as store:
        assert store.list_cases() == []
    assert _revision(path) == HEAD_REVISION


def _seed_0001(path: Path) -> None:
    """Rows as the 0001 code wrote them (naive UTC text timestamps)."""
    with sqlite3.connect(path) as raw:
        for case_id in (1, 2, 3):
            raw.execute(
                "INSERT INTO cases (id, created_at, updated_at, step, status, owner) VALUES (?, ?, ?, ?, ?, ?)",
                (case_id, "2024-01-0%d 10:00:00.000000" % case_id, "2024-02-0%d 10:00:00.000000" % case_id,
                 "mpn", "draft" if case_id < 3 else "submitted", f"owner{case_id}"),
            )
            for key in ("legal_name", "city", "country"):
                raw.execute(
                    "INSERT INTO case_fields (case_id, key, value, updated_at) VALUES (?, ?, ?, ?)",
                    (case_id, key, f"{key}-{case_id}", "2024-02-01 10:00:00.000000"),
                )


def test_upgrade_from_0001_with_data_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    _make_db_at(path, OLD)
    assert _revision(path) == OLD
    _seed_0001(path)

    with Store.open(path) as store:
        cases = {c.id: c for c in store.list_cases()}
        assert sorted(cases) == [1, 2, 3]
        for case_id, case in cases.items():
            assert case.fields == {k: f"{k}-{case_id}" for k in ("legal_name", "city", "country")}
            assert case.owner == f"owner{case_id}"
            assert case.archived is False and case.enrollment_id is None
            assert case.updated_at == datetime(2024, 2, case_id, 10, tzinfo=timezone.utc)
        assert store.latest_case().id == 3  # type: ignore[union-attr]
        assert [cases[i].status for i in (1, 2, 3)] == ["draft", "draft", "email_verification"]  # 0003 mapping
        # foreign keys are back on for pooled connections, and the new tables work
        with store._engine.connect() as conn:  # noqa: SLF001
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        store.set_step(1, "legal_profile", "support")
        store.delete_case(2)  # the cascade survived the batch recreate of `cases`

    assert _revision(path) == HEAD_REVISION
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        assert raw.execute("SELECT count(*) FROM case_fields").fetchone() == (6,)
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_batch_recreate_with_foreign_keys_on_would_lose_rows(tmp_path: Path) -> None:
    """Why migrate turns foreign keys off: SQLite's DROP TABLE cascades when they are on."""
    path = tmp_path / "cases.db"
    _make_db_at(path, OLD)
    _seed_0001(path)
    with sqlite3.connect(path) as raw:
        raw.execute("PRAGMA foreign_keys=ON")
        raw.execute("CREATE TABLE tmp_cases AS SELECT * FROM cases")
        raw.execute("DROP TABLE cases")
        assert raw.execute("SELECT count(*) FROM case_fields").fetchone() == (0,)


def test_downgrade_to_0001_and_back_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    with Store.open(path) as store:
        case_id = store.create_case("ana")
        store.save_fields(case_id, {"city": "Oslo", "country": "NO"})
    engine = make_engine(path)
    try:
        migrate.downgrade(engine, OLD)
    finally:
        engine.dispose()
    assert _revision(path) == OLD
    with Store.open(path) as store:
        assert store.get_case(case_id).fields == {"city": "Oslo", "country": "NO"}


def test_unknown_newer_revision_raises_store_too_new(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    Store.open(path).close()
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(StoreTooNew) as info:
        Store.open(path)
    assert "newer version" in str(info.value)
    assert info.value.revision == "0099_from_the_future"
    assert path.read_bytes() == before


def test_locked_old_database_raises_store_locked_on_open(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    _make_db_at(path, OLD)
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(StoreLocked):
            Store.open(path, busy_timeout_ms=100)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert _revision(path) == OLD
    Store.open(path).close()
    assert _revision(path) == HEAD_REVISION


def test_concurrent_opens_of_an_old_database_upgrade_once(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    _make_db_at(path, OLD)
    _seed_0001(path)
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            Store.open(path).close()
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=open_it) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert _revision(path) == HEAD_REVISION


def test_alembic_is_imported_only_when_an_upgrade_is_due(tmp_path: Path) -> None:
    head = tmp_path / "head.db"
    Store.open(head).close()
    new = tmp_path / "new.db"  # missing: created at head without Alembic
    old = tmp_path / "old.db"
    _make_db_at(old, OLD)
    code = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from wizard.store import Store
        Store.open(Path(sys.argv[1])).close()
        print("alembic" in sys.modules)
        """
    )
    def run(path: Path) -> str:
        return subprocess.run(
            [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
        ).stdout.strip()

    assert run(head) == "False"
    assert run(new) == "False"
    assert run(old) == "True"


def test_failed_upgrade_changes_nothing_and_says_so(tmp_path: Path) -> None:
    """A row the new CHECK rejects makes 0002 fail: the whole upgrade rolls back, data intact."""
    path = tmp_path / "cases.db"
    _make_db_at(path, OLD)
    _seed_0001(path)
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE cases SET status = 'weird' WHERE id = 1")
    with pytest.raises(StoreError, match="could not be upgraded") as info:
        Store.open(path)
    assert not isinstance(info.value, StoreTooNew)
    assert _revision(path) == OLD
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT count(*) FROM cases").fetchone() == (3,)
        assert raw.execute("SELECT count(*) FROM case_fields").fetchone() == (9,)
        assert raw.execute("SELECT name FROM sqlite_master WHERE name LIKE '%alembic_tmp%'").fetchall() == []


def test_migration_that_breaks_references_is_rolled_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The foreign_key_check guard: a migration leaving orphans aborts and changes nothing."""
    path = tmp_path / "cases.db"
    _make_db_at(path, OLD)
    _seed_0001(path)
    from alembic import command

    real_upgrade = command.upgrade

    def orphaning_upgrade(config, target):  # type: ignore[no-untyped-def]
        real_upgrade(config, target)
        config.attributes["connection"].exec_driver_sql("DELETE FROM cases WHERE id = 1")

    monkeypatch.setattr(command, "upgrade", orphaning_upgrade)
    with pytest.raises(StoreError, match="broken references"):
        Store.open(path)
    assert _revision(path) == OLD
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT count(*) FROM cases").fetchone() == (3,)


def test_preexisting_orphans_do_not_block_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    _make_db_at(path, OLD)
    _seed_0001(path)
    with sqlite3.connect(path) as raw:  # foreign keys are off by default in a bare sqlite3 connection
        raw.execute(
            "INSERT INTO case_fields (case_id, key, value, updated_at) VALUES (77, 'city', 'x', '2024-01-01 00:00:00')"
        )
    Store.open(path).close()
    assert _revision(path) == HEAD_REVISION
