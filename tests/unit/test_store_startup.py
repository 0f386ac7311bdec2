"""Startup fast path (stdlib sqlite3 only) and damaged files (StoreCorrupt, quarantine)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.store import Store, StoreCorrupt, quarantine, read_resume_state
from wizard.store import migrate
from wizard.store.engine import make_engine


def _filled(path: Path) -> int:
    with Store.open(path) as store:
        store.create_case("older")
        case_id = store.create_case("ana")
        store.save_fields(case_id, {"legal_name": "Contoso", "country": "GB"})
        store.set_step(case_id, "legal_profile", "ana")
    return case_id


def test_quick_matches_store(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    case_id = _filled(path)
    state = read_resume_state(path)
    with Store.open(path) as store:
        latest = store.latest_case()
    assert state is not None and latest is not None
    assert (state.case_id, state.step, state.status, state.owner, state.fields, state.updated_at) == (
        latest.id, latest.step, latest.status, latest.owner, latest.fields, latest.updated_at,
    )
    assert state.case_id == case_id


def test_quick_reads_while_store_is_open_and_writing(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    with Store.open(path) as store:
        case_id = store.create_case("ana")
        store.save_field(case_id, "city", "Oslo")  # still in the WAL, not checkpointed
        state = read_resume_state(path)
        assert state is not None and state.fields == {"city": "Oslo"}


def test_quick_skips_archived_and_empty(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    with Store.open(path) as store:
        assert read_resume_state(path) is None
        case_id = store.create_case("ana")
        store.archive_case(case_id, "ana")
    assert read_resume_state(path) is None


def test_quick_returns_none_for_missing_without_creating(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "cases.db"
    assert read_resume_state(path) is None
    assert not path.exists() and not path.parent.exists()
    assert read_resume_state(tmp_path) is None  # a directory


def test_quick_returns_none_for_old_and_too_new(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    engine = make_engine(path)
    migrate.upgrade(engine, "0001_initial")
    engine.dispose()
    assert read_resume_state(path) is None
    _filled(path)  # upgrades to head
    assert read_resume_state(path) is not None
    with sqlite3.connect(path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0099_future'")
    assert read_resume_state(path) is None


@pytest.mark.parametrize("content", [b"", b"hello, not a database", os.urandom(4096)])
def test_quick_returns_none_for_junk(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "cases.db"
    path.write_bytes(content)
    assert read_resume_state(path) is None
    assert path.read_bytes() == content


def test_quick_does_not_import_sqlalchemy() -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import wizard.store.quick, sys; "
         "print(sorted(m for m in sys.modules if m.startswith(('sqlalchemy', 'alembic'))))"],
        capture_output=True, text=True, check=True,
    )
    assert result.stdout.strip() == "[]"
    assert "sqlalchemy" not in result.stderr and "alembic" not in result.stderr


def test_garbage_file_raises_store_corrupt_and_quarantine_keeps_bytes(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    garbage = os.urandom(8192)
    path.write_bytes(garbage)
    with pytest.raises(StoreCorrupt) as info:
        Store.open(path)
    assert info.value.path == path
    assert "damaged" in str(info.value)
    assert path.read_bytes() == garbage  # opening never rewrites a damaged file

    backup = quarantine(path)
    assert not path.exists()
    assert backup.name.startswith("cases.db.corrupt-") and backup.name.endswith(".bak")
    assert backup.read_bytes() == garbage
    with Store.open(path) as store:  # a fresh start at the original path
        assert store.list_cases() == []


def test_truncated_database_raises_store_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    with Store.open(path) as store:
        for n in range(30):
            case_id = store.create_case(f"owner{n}")
            store.save_fields(case_id, {f"f{i}": "x" * 500 for i in range(10)})
    data = path.read_bytes()
    assert len(data) > 64 * 1024
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreCorrupt):
        Store.open(path)
    read_resume_state(path)  # must not raise, whatever it can still read


def test_quarantine_moves_wal_and_shm_alongside(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    for suffix, content in (("", b"main"), ("-wal", b"wal"), ("-shm", b"shm")):
        path.with_name(path.name + suffix).write_bytes(content)
    first = quarantine(path)
    assert first.read_bytes() == b"main"
    assert first.with_name(first.name + "-wal").read_bytes() == b"wal"
    assert first.with_name(first.name + "-shm").read_bytes() == b"shm"
    assert not any(p.exists() for p in (path, path.with_name("cases.db-wal"), path.with_name("cases.db-shm")))
    path.write_bytes(b"again")
    second = quarantine(path)  # same second: a distinct name, nothing overwritten
    assert second != first and second.read_bytes() == b"again" and first.read_bytes() == b"main"


def test_repository_reexports_what_the_app_imports() -> None:
    from wizard.store import repository

    assert repository.quarantine is quarantine
    assert {"Store", "CaseRecord", "AuditEntry", "quarantine"} <= set(repository.__all__)
