"""Crash loop: the real app is SIGKILLed at random moments while it autosaves, and while it upgrades.

After every kill the database file must pass `PRAGMA integrity_check`, the case must open (through
the Store and through the stdlib resume path the window is first built from), and it must hold
exactly the values of every flush the app reported as saved, plus at most the one flush it was
in the middle of (all of that flush or none of it). A killed upgrade must leave the database
entirely at its old revision with its data, or entirely at head; a normal open then finishes it.

The child processes come from tests/reliability/crash_child.py (a zygote that forks one real app
per run). Random delays are seeded: WIZARD_CRASH_SEED=<n> replays a failing run's choices (the
exact kill instants still depend on the machine's timing).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from tests.reliability import seeding
from tests.reliability.crash_child import KEYS
from tests.reliability.processes import LineProcess, child_env
from wizard.store import Store, migrate, read_resume_state
from wizard.store.engine import make_engine

pytestmark = [
    pytest.mark.timeout(300),
    pytest.mark.skipif(not hasattr(os, "fork"), reason="the crash loop's child processes are forked (POSIX)"),
]

SEED = int(os.environ.get("WIZARD_CRASH_SEED", "20261126"))
APP_KILLS = 55
STARTUP_KILL_EVERY = 6  # every 6th run is killed at a random moment from its start, not while saving
MIGRATION_KILLS = 12
CHILD = Path(__file__).with_name("crash_child.py")


class Zygote(LineProcess):
    """The crash_child zygote: one forked run at a time, each ending with the zygote's EXIT line."""

    def drain_until_exit(self) -> list[str]:
        """Every line up to the zygote's EXIT report (the run is gone and reaped)."""
        out = []
        while True:
            line = self.next_line()
            if line is None:
                raise AssertionError("the zygote ended; last lines:\n" + self.tail())
            if line.startswith("EXIT"):
                return out
            out.append(line)

    def stop(self) -> None:
        try:
            self.send("quit")
            self.process.wait(timeout=10)
        except (OSError, subprocess.TimeoutExpired):
            super().stop()


@pytest.fixture
def zygote(tmp_path: Path):
    z = Zygote.start([str(CHILD)], child_env(tmp_path))
    z.expect("ZYGOTE")
    yield z
    z.stop()


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def _integrity(path: Path) -> str:
    with sqlite3.connect(path) as raw:
        return "; ".join(str(r[0]) for r in raw.execute("PRAGMA integrity_check").fetchall())


def _parse_pairs(words: list[str]) -> dict[str, str]:
    return dict(word.split("=", 1) for word in words)


def _check_after_kill(path: Path, case_id: int, committed: dict[str, str], flushes: list[dict[str, str]],
                      saved: int, context: str) -> dict[str, str]:
    """The database holds every reported flush and all or none of the next; returns what it holds."""
    assert _integrity(path) == "ok", context
    with Store.open(path) as store:
        case = store.get_case(case_id)
    stored = {key: case.fields.get(key, "") for key in KEYS}
    allowed = []
    state = dict(committed)
    for n, flush in enumerate(flushes, start=1):
        state.update(flush)
        if n >= saved:
            allowed.append(dict(state))
        if n > saved:
            break
    if saved == 0:
        allowed.insert(0, dict(committed))
    assert stored in allowed, (
        f"{context}: after {saved} saved flushes (of {len(flushes)} begun) the case holds\n{stored}\n"
        f"expected one of\n{allowed}"
    )
    quick = read_resume_state(path)
    assert quick is not None and quick.case_id == case_id, context
    assert {key: quick.fields.get(key, "") for key in KEYS} == stored, context
    return stored


def test_sigkill_during_autosave_never_loses_a_saved_value(tmp_path: Path, zygote: Zygote) -> None:
    rng = random.Random(SEED)
    path = tmp_path / "data" / "wizard.sqlite"
    path.parent.mkdir()
    with Store.open(path) as store:
        case_id = store.create_case("crash-loop")
    committed = {key: "" for key in KEYS}
    started = time.monotonic()
    kills = saves = startup_kills = in_flight = 0
    for run in range(1, APP_KILLS + 1):
        context = f"run {run} (seed {SEED}; replay with WIZARD_CRASH_SEED={SEED})"
        in_startup = run % STARTUP_KILL_EVERY == 0
        zygote.send(f"app {path} {run} {rng.choice((1, 2, 3))}")
        pid = int(zygote.expect("PID").split()[1])
        if in_startup:
            time.sleep(rng.uniform(0.0, 0.4))
        else:
            zygote.expect("READY")
            time.sleep(rng.uniform(0.0, 0.15))
        _kill(pid)
        lines = zygote.drain_until_exit()
        kills += 1
        start = [line for line in lines if line.startswith("START")]
        if start:
            assert _parse_pairs(start[0].split()[1:]) == committed, f"{context}: the app resumed other values"
        elif not in_startup:
            raise AssertionError(f"{context}: no START line")
        flushes = [_parse_pairs(line.split()[2:]) for line in lines if line.startswith("FLUSH")]
        saved = max((int(line.split()[1]) for line in lines if line.startswith("SAVED")), default=0)
        failed = [line for line in lines if line.startswith("FAILED")]
        assert failed == [], f"{context}: autosave failed: {failed}"
        saves += saved
        in_flight += len(flushes) > saved
        startup_kills += not flushes
        committed = _check_after_kill(path, case_id, committed, flushes, saved, context)
    elapsed = time.monotonic() - started
    print(f"\ncrash loop: {kills} SIGKILLs, {saves} saves reported, {in_flight} kills with a save in flight, "
          f"{startup_kills} before the first save, {elapsed:.1f} s, seed {SEED}")
    assert kills >= 50
    assert saves > kills  # the kills did land among saves


def _schema(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as raw:
        return sorted((str(n), str(s)) for n, s in raw.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL"))


def _snapshot(path: Path) -> seeding.Snapshot:
    engine = make_engine(path)
    try:
        return seeding.snapshot(engine)
    finally:
        engine.dispose()


def _revision(path: Path) -> str | None:
    with sqlite3.connect(path) as raw:
        return raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_sigkill_during_upgrade_leaves_old_or_head_never_half(tmp_path: Path, zygote: Zygote) -> None:
    rng = random.Random(SEED + 1)
    old_revision = "0001_initial"
    pristine = tmp_path / "old.sqlite"
    engine = make_engine(pristine)
    try:
        migrate.upgrade(engine, old_revision)
        seeding.seed(engine, rows=3000)  # enough rows that the batch copies take a while
    finally:
        engine.dispose()
    with sqlite3.connect(pristine) as raw:
        # long owners: the tables the upgrade rewrites outgrow SQLite's page cache, so its pages reach
        # the log before the commit and a kill can land with half an upgrade on disk
        raw.execute("UPDATE cases SET owner = substr(owner || ' ' || hex(zeroblob(120)), 1, 250)")
    with sqlite3.connect(pristine) as raw:  # one self-contained file to copy
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    old_schema, old_data = _schema(pristine), _snapshot(pristine)

    # one uninterrupted upgrade: how long it takes, and what head looks like
    reference = tmp_path / "reference.sqlite"
    shutil.copy(pristine, reference)
    zygote.send(f"migrate {reference}")
    zygote.expect("MIGRATING")
    began = time.monotonic()
    zygote.expect("WRITING")
    writing = time.monotonic()
    zygote.expect("DONE")
    duration, write_duration = time.monotonic() - began, time.monotonic() - writing
    zygote.drain_until_exit()
    head = migrate.script_head()
    head_schema = _schema(reference)
    assert _revision(reference) == head
    assert seeding.differences(old_data, _snapshot(reference)) == []

    path = tmp_path / "wizard.sqlite"
    outcomes = {"old": 0, "head": 0}
    wal_sizes: list[int] = []
    attempt = 0
    while attempt < MIGRATION_KILLS or (sum(1 for w in wal_sizes if w) < 3 and attempt < 3 * MIGRATION_KILLS):
        attempt += 1
        context = f"kill {attempt} (seed {SEED + 1}; replay with WIZARD_CRASH_SEED={SEED})"
        if not path.exists():
            shutil.copy(pristine, path)
        zygote.send(f"migrate {path}")
        pid = int(zygote.expect("PID").split()[1])
        zygote.expect("MIGRATING")
        if attempt % 3 == 1:  # anywhere from the start (loading the scripts, checks) to the end
            time.sleep(rng.uniform(0.0, duration * 1.2))
        else:  # within the write transaction, its commit and the close after it
            zygote.expect("WRITING")
            time.sleep(rng.uniform(0.0, write_duration * 1.2))
        _kill(pid)
        zygote.drain_until_exit()
        wal = Path(str(path) + "-wal")
        wal_sizes.append(wal.stat().st_size if wal.exists() else 0)
        assert _integrity(path) == "ok", context
        revision = _revision(path)
        if revision == old_revision:
            outcomes["old"] += 1
            assert _schema(path) == old_schema, f"{context}: half an upgrade at {revision}"
            assert _snapshot(path) == old_data, context
        else:
            outcomes["head"] += 1
            assert revision == head, f"{context}: stopped at {revision}"
            assert _schema(path) == head_schema, f"{context}: half an upgrade at head"
            assert seeding.differences(old_data, _snapshot(path)) == [], context
            with Store.open(path) as store:
                assert len(store.list_cases()) == len(old_data["cases"])
            path.unlink()
            for sidecar in ("-wal", "-shm"):
                Path(str(path) + sidecar).unlink(missing_ok=True)

    if path.exists():  # a normal open finishes what the killed upgrades did not
        with Store.open(path) as store:
            assert len(store.list_cases()) == len(old_data["cases"])
        assert _revision(path) == head and _schema(path) == head_schema
        assert seeding.differences(old_data, _snapshot(path)) == []
        engine = make_engine(path)
        try:
            assert seeding.orphans(engine) == []
        finally:
            engine.dispose()
    mid_write = sum(1 for w in wal_sizes if w)
    assert mid_write >= 1, f"no kill landed while the upgrade's pages were being written: {wal_sizes}"
    print(f"\nmigration kills: {attempt}, {mid_write} with the upgrade's pages in the log (left at old {outcomes['old']}, at head {outcomes['head']}); "
          f"an upgrade takes {duration * 1000:.0f} ms, its writes {write_duration * 1000:.0f} ms; log sizes at the kills {wal_sizes}; seed {SEED}")
