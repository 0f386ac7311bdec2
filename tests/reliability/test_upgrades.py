"""Upgrade tests: from every Alembic revision, with data in every table, to head; nothing lost, no orphans.

The revisions come from the migration scripts themselves, so a new revision is covered the day
it is added; the rows come from reflecting the schema at that revision (tests/reliability/seeding.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from tests.reliability import seeding
from wizard.store import Store, migrate
from wizard.store.engine import make_engine, make_server_engine
from wizard.store.relationships import RelationshipStore

pytestmark = pytest.mark.timeout(120)

REVISIONS = [
    rev.revision
    for rev in reversed(list(ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions("base", "heads")))
]


def test_every_revision_is_listed() -> None:
    assert len(REVISIONS) >= 5 and REVISIONS[-1] == migrate.script_head()


def _revision(engine) -> str | None:
    with engine.connect() as conn:
        return migrate.current_revision(conn)


def _upgrade_keeps_everything(target: str | Path, revision: str) -> None:
    engine = make_engine(target) if isinstance(target, Path) else make_server_engine(target)
    try:
        migrate.upgrade(engine, revision)
        assert _revision(engine) == revision
        before = seeding.seed(engine)
        assert all(len(rows) == seeding.ROWS_PER_TABLE for rows in before.values()), before.keys()
    finally:
        engine.dispose()

    with Store.open(target) as store:  # the app's own open: checks, migrates to head
        cases = store.list_cases()
        assert len(cases) == len(before["cases"])
        relationships = RelationshipStore(store)
        for case in cases:
            store.get_case(case.id)
            store.audit(case.id)
            relationships.providers(case.id)
        first = cases[-1].id
        store.save_field(first, "city", "after the upgrade")  # and it still writes
        store.set_step(first, "mpn", "tester")

    engine = make_engine(target) if isinstance(target, Path) else make_server_engine(target)
    try:
        assert _revision(engine) == migrate.script_head()
        after = seeding.snapshot(engine)
        problems = seeding.differences(_without_writes(before, first), _without_writes(after, first))
        assert problems == [], "\n".join(problems)
        assert seeding.orphans(engine) == []
        if engine.dialect.name == "sqlite":
            with engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        engine.dispose()


def _without_writes(snapshot: seeding.Snapshot, case_id: int) -> seeding.Snapshot:
    """The snapshot without what the post-upgrade writes touched (case `case_id`'s row, city, audit)."""
    out: seeding.Snapshot = {}
    for table, rows in snapshot.items():
        kept = {}
        for pk, row in rows.items():
            if table == "cases" and row["id"] == case_id:
                continue
            if table == "case_fields" and row["case_id"] == case_id and row["key"] == "city":
                continue
            if table == "audit_log" and row["case_id"] == case_id:
                continue
            kept[pk] = row
        out[table] = kept
    return out


@pytest.mark.parametrize("revision", REVISIONS)
def test_upgrade_from_revision_keeps_the_data_sqlite(tmp_path: Path, revision: str) -> None:
    _upgrade_keeps_everything(tmp_path / "cases.db", revision)


@pytest.mark.parametrize("revision", REVISIONS)
def test_upgrade_from_revision_keeps_the_data_postgres(postgres_url: str, revision: str) -> None:
    _upgrade_keeps_everything(postgres_url, revision)
