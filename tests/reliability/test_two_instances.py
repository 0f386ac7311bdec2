"""Two wizard processes on one database file: the second is refused with a clear message, never a traceback.

Both are real processes started through the real command line (tests/reliability/instance_child.py
answers the message box the refused one shows, so nothing blocks). The lock is a file beside the
database; a wizard that was killed leaves it behind, and the next start must take it over.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from tests.reliability.processes import LineProcess, child_env

pytestmark = pytest.mark.timeout(180)

CHILD = str(Path(__file__).with_name("instance_child.py"))


def _probe(db: Path, env: dict[str, str]) -> list[str]:
    """Start a wizard on `db` and return what it reported (BOX/OPENED lines and its EXIT line)."""
    child = LineProcess.start([CHILD, "probe", str(db)], env)
    try:
        child.expect("EXIT", stop_at=())
        assert child.process.wait(timeout=30) is not None
        return [line for line in child.log if line.startswith(("BOX", "OPENED", "EXIT", "Traceback"))]
    finally:
        child.stop()


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    return child_env(tmp_path)


def test_a_second_process_is_refused_while_the_first_runs(tmp_path: Path, env: dict[str, str]) -> None:
    db = tmp_path / "data" / "wizard.sqlite"
    first = LineProcess.start([CHILD, "hold", str(db)], env)
    try:
        first.expect("READY")
        report = _probe(db, env)
        assert len(report) == 2 and report[-1] == "EXIT 1", report
        box = report[0]
        assert box.startswith("BOX") and "already open" in box and str(db) in box, report
        assert not any("Traceback" in line for line in first.log)

        first.send("quit")  # the first closes normally: its lock goes with it
        first.expect("EXIT 0", stop_at=())
        assert _probe(db, env) == ["OPENED", "EXIT 0"]
    finally:
        first.stop()


def test_a_killed_wizard_does_not_lock_the_database_forever(tmp_path: Path, env: dict[str, str]) -> None:
    db = tmp_path / "data" / "wizard.sqlite"
    first = LineProcess.start([CHILD, "hold", str(db)], env)
    try:
        first.expect("READY")
        assert Path(str(db) + ".lock").exists()
        os.kill(first.process.pid, signal.SIGKILL)
        first.process.wait(timeout=30)
    finally:
        first.stop()
    assert Path(str(db) + ".lock").exists()  # left behind by the killed process
    assert _probe(db, env) == ["OPENED", "EXIT 0"]
