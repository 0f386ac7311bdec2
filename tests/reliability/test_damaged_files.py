"""Damaged files and failing disks: a clear message, a backup of the original, a way forward, nothing lost.

Truncated and non-database files, a database from a newer wizard, a read-only folder, a full disk
(SQLite's own SQLITE_FULL, by capping `max_page_count` on every connection the app checks out) and a
file that turns read-only while editing (a failing write injected through a SQLAlchemy event). The
read-only folder is real: the wizard runs in a child process, as an unprivileged user when the
tests run as root (root ignores folder permissions).
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QMessageBox, QPushButton
from sqlalchemy import Engine, event
from sqlalchemy.pool import Pool

from tests.gui.driver import WizardDriver
from tests.reliability.processes import ROOT, child_env
from wizard.store import Store, StoreCorrupt, StoreTooNew, migrate, read_resume_state
from wizard.store.engine import make_engine
from wizard.store.errors import StoreFull, StoreUnwritable
from wizard.store.files import find_recoveries, quarantine, set_aside, write_recovery
from wizard.ui.tasks import wait_for_tasks

pytestmark = pytest.mark.timeout(120)

NOT_SAVED = "Not saved yet"
ALL_SAVED = "All changes saved"
LONG_VALUE = "Contoso Ibérica — " + "x" * 200_000  # ~50 new pages, more than any free space: refused


class Disk:
    """Faults for every SQLite connection SQLAlchemy hands out while the fixture is active."""

    UNLIMITED = 1073741823

    def __init__(self) -> None:
        self.full = False
        self.read_only = False

    def on_checkout(self, dbapi_connection, _record, _proxy) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection):
            # SQLite clamps the cap to the file's current size: nothing may grow, as on a full disk
            dbapi_connection.execute(f"PRAGMA max_page_count = {1 if self.full else self.UNLIMITED}")

    def before_execute(self, _conn, _cursor, statement: str, *_args) -> None:
        if self.read_only and statement.lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE")):
            raise sqlite3.OperationalError("attempt to write a readonly database")


@pytest.fixture
def disk() -> Iterator[Disk]:
    faults = Disk()
    event.listen(Pool, "checkout", faults.on_checkout)
    event.listen(Engine, "before_cursor_execute", faults.before_execute)
    try:
        yield faults
    finally:
        event.remove(Engine, "before_cursor_execute", faults.before_execute)
        event.remove(Pool, "checkout", faults.on_checkout)


def _case_at(path: Path, step: str = "sign_in", **fields: str) -> int:
    with Store.open(path) as store:
        case_id = store.create_case("ana")
        store.save_fields(case_id, fields or {"legal_name": "Contoso Old", "city": "Madrid"})
        store.set_step(case_id, step, "ana")
    return case_id


def _box(qtbot, instance) -> QMessageBox:
    qtbot.waitUntil(lambda: instance.window.error_box is not None and instance.window.error_box.isVisible(),
                    timeout=20000)
    return instance.window.error_box


def _button(box: QMessageBox, text: str) -> QPushButton:
    names = [b.text() for b in box.findChildren(QPushButton)]
    found = next((b for b in box.findChildren(QPushButton) if text in b.text().replace("&", "")), None)
    assert found is not None, f"no {text!r} button in {names}"
    return found


def _click(qtbot, box: QMessageBox, text: str) -> None:
    qtbot.mouseClick(_button(box, text), Qt.MouseButton.LeftButton)


def _stored(path: Path, case_id: int) -> dict[str, str]:
    with Store.open(path) as store:
        return store.get_case(case_id).fields


# ----- files that are not (or no longer) a database ----------------------------------------------------


def _truncated(path: Path) -> bytes:
    """A real database whose tail is gone (a copy cut short) that the stdlib resume path can still read,
    so the window is first built from it: the shortest such cut that the store detects."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with Store.open(path) as store:
        for n in range(20):
            store.save_fields(store.create_case(f"owner{n}"), {"notes": "x" * 900})
    _case_at(path)
    whole = path.read_bytes()
    for cut in range(100, 16384, 300):
        path.write_bytes(whole[:-cut])
        readable = read_resume_state(path) is not None
        try:
            Store.open(path).close()
        except StoreCorrupt:
            if readable:
                return whole[:-cut]
    raise AssertionError("no truncation both readable by the resume path and detected by the store")


def _not_a_database(path: Path) -> bytes:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = b"this is not a database, it is a shopping list\n" * 200
    path.write_bytes(data)
    return data


@pytest.mark.parametrize("damage", [_truncated, _not_a_database], ids=["truncated", "not_a_database"])
def test_a_damaged_file_is_kept_as_backup_and_start_fresh_keeps_what_was_typed(
    qtbot, open_app, db_path: Path, damage
) -> None:
    original = damage(db_path)
    instance = open_app(wait=False)
    box = _box(qtbot, instance)
    assert "damaged" in box.text() and db_path.name in box.text()
    assert "Traceback" not in box.text()
    _button(box, "Quit")
    assert db_path.read_bytes() == original  # nothing is touched before the user chooses

    if damage is _truncated:  # the window was built from what could still be read
        assert instance.session.value("legal_name") == "Contoso Old"
    else:
        WizardDriver(qtbot, instance).next()
    edit = instance.window.wizard.currentPage().findChild(QLineEdit, "work_account")
    edit.selectAll()
    qtbot.keyClicks(edit, "typed@contoso.example")  # typed while the database was unusable

    _click(qtbot, box, "Start fresh")
    qtbot.waitUntil(lambda: instance.services is not None, timeout=20000)
    backups = [p for p in db_path.parent.iterdir() if ".corrupt-" in p.name and p.name.endswith(".bak")]
    assert len(backups) == 1 and backups[0].read_bytes() == original
    assert backups[0].name in instance.window.notice.text()
    session = instance.session
    assert session.value("legal_name") == ""  # the old file's values are in the backup, not shown as if saved
    qtbot.waitUntil(lambda: not session.has_unsaved(), timeout=10000)
    assert _stored(db_path, session.case_id) == {"work_account": "typed@contoso.example"}


def test_a_database_from_a_newer_wizard_is_refused_untouched_then_kept_as_backup(
    qtbot, open_app, db_path: Path
) -> None:
    db_path.parent.mkdir(parents=True)
    _case_at(db_path)
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    original = db_path.read_bytes()
    instance = open_app(wait=False)
    box = _box(qtbot, instance)
    assert "newer version" in box.text() and "0099_from_the_future" in box.text()
    _button(box, "Quit")
    assert db_path.read_bytes() == original

    _click(qtbot, box, "Start fresh")
    qtbot.waitUntil(lambda: instance.services is not None, timeout=20000)
    backups = [p for p in db_path.parent.iterdir() if ".newer-" in p.name and p.name.endswith(".bak")]
    assert len(backups) == 1 and backups[0].read_bytes() == original
    with pytest.raises(StoreTooNew):  # the backup is still what a newer wizard wrote
        Store.open(backups[0])
    assert instance.services.store.list_cases()[0].fields == {}


# ----- a read-only folder: a real one, in a real process ------------------------------------------------


def _obey_permissions() -> None:
    """preexec_fn for root: drop CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from the bounding set, so the
    program run next obeys file permissions like any user (another user could not run this Python:
    it may live in root's home)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def _as_unprivileged() -> dict:
    """subprocess arguments that make folder permissions apply (root ignores them otherwise)."""
    return {"preexec_fn": _obey_permissions} if os.geteuid() == 0 else {}


@pytest.fixture
def shared_tmp() -> Iterator[Path]:
    """A folder of its own, made writable again before it is removed."""
    base = Path(tempfile.mkdtemp(prefix="wizard-readonly-"))
    base.chmod(0o755)
    try:
        yield base
    finally:
        for folder in base.rglob("*"):
            if folder.is_dir():
                folder.chmod(0o755)
        shutil.rmtree(base, ignore_errors=True)


READ_ONLY = stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH


def _probe_as_user(db: Path, base: Path) -> list[str]:
    """Start the real wizard on `db` in a child process that obeys permissions; return its BOX lines."""
    for writable in ("logs", "config"):
        (base / writable).mkdir(mode=0o777, exist_ok=True)
        (base / writable).chmod(0o777)
    env = child_env(base)
    env["HOME"] = str(base / "config")
    result = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("instance_child.py")), "probe", str(db)],
        capture_output=True, text=True, timeout=90, env=env, cwd=ROOT, check=False, **_as_unprivileged(),
    )
    assert "Traceback" not in result.stdout + result.stderr, result.stdout + result.stderr
    boxes = [line for line in result.stdout.splitlines() if line.startswith("BOX")]
    assert boxes, result.stdout + result.stderr
    return boxes


def test_a_read_only_folder_gets_a_clear_message_not_already_open(shared_tmp: Path) -> None:
    folder = shared_tmp / "data"
    folder.mkdir()
    db = folder / "wizard.sqlite"
    case_id = _case_at(db)
    before = db.read_bytes()
    folder.chmod(READ_ONLY)
    boxes = _probe_as_user(db, shared_tmp)
    assert "already open" not in boxes[0]  # the lock file could not be made: that is not another wizard
    assert "cannot be" in boxes[0] and "writable" in boxes[0] and str(db) in boxes[0], boxes
    assert db.read_bytes() == before
    folder.chmod(0o755)
    assert _stored(db, case_id) == {"legal_name": "Contoso Old", "city": "Madrid"}


def test_a_folder_that_cannot_be_created_gets_a_clear_message(shared_tmp: Path) -> None:
    parent = shared_tmp / "locked"
    parent.mkdir()
    parent.chmod(READ_ONLY)
    db = parent / "new" / "wizard.sqlite"
    boxes = _probe_as_user(db, shared_tmp)
    assert "cannot be created" in boxes[0] and str(db) in boxes[0], boxes
    assert not db.parent.exists()


# ----- a full disk and a file that turns read-only, while editing ---------------------------------------


def _paste(qtbot, edit: QLineEdit, text: str) -> None:
    """Paste like a user (Ctrl+V), so the edit emits textEdited and the autosave runs."""
    QGuiApplication.clipboard().setText(text)
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert edit.text() == text


def _editing(driver: WizardDriver) -> QLineEdit:
    driver.next()
    assert driver.step == "sign_in"
    return driver.edit("work_account")


@pytest.mark.parametrize("fault", ["full", "read_only"])
def test_a_failing_disk_keeps_the_values_pending_and_saves_them_when_it_recovers(
    driver: WizardDriver, disk: Disk, db_path: Path, fault: str
) -> None:
    qtbot, window, session = driver.qtbot, driver.window, driver.instance.session
    edit = _editing(driver)
    setattr(disk, fault, True)
    value = LONG_VALUE if fault == "full" else "admin@contoso.example"
    _paste(qtbot, edit, value)  # the debounced autosave writes it, and fails
    qtbot.waitUntil(lambda: NOT_SAVED in window.save_state.text(), timeout=10000)
    reason = "is full" if fault == "full" else "read-only"
    assert reason in window.notice.text() and str(db_path) in window.notice.text()
    assert edit.text() == value and session.unsaved_values() == {"work_account": value}
    assert read_resume_state(db_path).fields.get("work_account", "") == ""

    setattr(disk, fault, False)  # space freed / permissions fixed: the autosave's retry gets through
    qtbot.waitUntil(lambda: ALL_SAVED in window.save_state.text(), timeout=15000)
    assert not session.has_unsaved()
    assert read_resume_state(db_path).fields["work_account"] == value


def test_closing_with_a_full_disk_asks_and_retry_saves(driver: WizardDriver, disk: Disk, db_path: Path) -> None:
    qtbot, window = driver.qtbot, driver.window
    edit = _editing(driver)
    disk.full = True
    _paste(qtbot, edit, LONG_VALUE)
    window.close()
    box = _box(qtbot, driver.instance)
    assert window.isVisible()  # not closed: the values would be lost
    assert "could not be saved" in box.text() and "is full" in box.text() and "work_account" in box.text()
    disk.full = False
    _click(qtbot, box, "Try again")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    assert read_resume_state(db_path).fields["work_account"] == LONG_VALUE


def test_quitting_without_saving_writes_a_recovery_file(driver: WizardDriver, disk: Disk, tmp_path: Path) -> None:
    qtbot, window, instance = driver.qtbot, driver.window, driver.instance
    edit = _editing(driver)
    disk.full = True
    _paste(qtbot, edit, LONG_VALUE)
    window.close()
    box = _box(qtbot, instance)
    assert str(instance.settings.log_dir) in box.text()
    _click(qtbot, box, "Quit without saving")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    instance.close()  # what the app does next: must not raise, nor write the values twice
    files = list(instance.settings.log_dir.glob("unsaved-case-*.json"))
    assert len(files) == 1
    saved = json.loads(files[0].read_text(encoding="utf-8"))
    assert saved["values"] == {"work_account": LONG_VALUE} and saved["case_id"] == instance.session.case_id


def _quit_without_saving(driver: WizardDriver, disk: Disk) -> Path:
    """Type a value the full disk refuses, quit without saving: the recovery file it leaves."""
    qtbot, window, instance = driver.qtbot, driver.window, driver.instance
    edit = _editing(driver)
    disk.full = True
    _paste(qtbot, edit, LONG_VALUE)
    window.close()
    _click(qtbot, _box(qtbot, instance), "Quit without saving")
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10000)
    instance.close()
    disk.full = False
    [recovery] = instance.settings.log_dir.glob("unsaved-case-*.json")
    return recovery


def test_the_next_start_offers_the_recovery_file_and_restores_it(
    driver: WizardDriver, disk: Disk, open_app, db_path: Path
) -> None:
    qtbot, case_id = driver.qtbot, driver.instance.session.case_id
    recovery = _quit_without_saving(driver, disk)
    assert read_resume_state(db_path).fields.get("work_account", "") == ""

    again = open_app()
    box = _box(qtbot, again)
    assert "could not be saved" in box.text() and "work_account" in box.text() and recovery.name in box.text()
    _click(qtbot, box, "Restore")
    edit = again.window.wizard.pages["sign_in"].boxes["work_account"].field
    assert edit.text() == LONG_VALUE  # on the page at once
    qtbot.waitUntil(lambda: _stored(db_path, case_id).get("work_account") == LONG_VALUE, timeout=15000)
    assert not recovery.exists() and (recovery.parent / f"restored-{recovery.name}").is_file()
    assert "1 value restored" in again.window.notice.text()


def test_a_discarded_recovery_file_is_kept_aside_and_not_offered_again(
    driver: WizardDriver, disk: Disk, open_app, db_path: Path
) -> None:
    qtbot = driver.qtbot
    recovery = _quit_without_saving(driver, disk)
    again = open_app()
    _click(qtbot, _box(qtbot, again), "Discard")
    assert (recovery.parent / f"discarded-{recovery.name}").is_file()
    assert again.window.wizard.pages["sign_in"].boxes["work_account"].field.text() == ""
    wait_for_tasks()
    again.window.close()
    again.close()
    third = open_app()
    assert third.services.recoveries == []


def test_a_case_opened_from_the_list_offers_its_recovery_file(driver: WizardDriver, db_path: Path) -> None:
    qtbot, instance = driver.qtbot, driver.instance
    other = instance.services.store.create_case("ana")
    junk = {f"key{n}": "<b>x</b>" for n in range(5000)}  # a hand-edited file: only the case's fields are shown
    write_recovery({"city": "Oslo", **junk}, [instance.settings.log_dir], case_id=other,
                   database=instance.settings.database)
    instance.open_case(other)
    box = _box(qtbot, instance)
    assert "city: Oslo" in box.text() and "key1" not in box.text()
    _click(qtbot, box, "Restore")
    qtbot.waitUntil(lambda: _stored(db_path, other).get("city") == "Oslo", timeout=15000)
    assert instance.window.wizard.pages["legal_profile"].boxes["city"].field.text() == "Oslo"


def test_a_full_disk_at_startup_offers_try_again(qtbot, open_app, disk: Disk, db_path: Path) -> None:
    disk.full = True
    instance = open_app(wait=False)
    box = _box(qtbot, instance)
    assert "is full" in box.text() and "Traceback" not in box.text()
    _button(box, "Quit")
    disk.full = False
    _click(qtbot, box, "Try again")
    qtbot.waitUntil(lambda: instance.services is not None, timeout=20000)
    assert instance.session.case_id is not None


# ----- the store and file helpers underneath ------------------------------------------------------------


def test_an_upgrade_on_a_full_disk_changes_nothing_and_succeeds_later(tmp_path: Path, disk: Disk) -> None:
    path = tmp_path / "cases.db"
    engine = make_engine(path)
    try:
        migrate.upgrade(engine, "0001_initial")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as raw:
        raw.executemany(
            "INSERT INTO cases (id, created_at, updated_at, step, status, owner) VALUES (?, ?, ?, 'mpn', 'draft', ?)",
            [(n, "2024-01-01 10:00:00", "2024-01-01 10:00:00", "o" * 200) for n in range(1, 400)],
        )
    disk.full = True
    with pytest.raises(StoreFull, match="is full"):
        Store.open(path)
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001_initial",)
        assert raw.execute("SELECT count(*) FROM cases").fetchone() == (399,)
    disk.full = False
    with Store.open(path) as store:
        assert len(store.list_cases()) == 399


def test_writes_on_a_read_only_file_raise_store_unwritable(tmp_path: Path, disk: Disk) -> None:
    path = tmp_path / "cases.db"
    with Store.open(path) as store:
        case_id = store.create_case("ana")
        disk.read_only = True
        with pytest.raises(StoreUnwritable, match="read-only"):
            store.save_fields(case_id, {"city": "Oslo"})
        disk.read_only = False
        store.save_fields(case_id, {"city": "Oslo"})


def test_a_truncated_database_is_store_corrupt(tmp_path: Path) -> None:
    path = tmp_path / "data" / "cases.db"
    _truncated(path)
    with pytest.raises(StoreCorrupt):
        Store.open(path)


def test_quarantine_names_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    path.write_bytes(b"newer")
    backup = quarantine(path, reason="newer")
    assert backup.name.startswith("cases.db.newer-") and backup.read_bytes() == b"newer"
    with pytest.raises(ValueError):
        quarantine(path, reason="whatever")


def test_recovery_file_goes_to_the_first_folder_that_takes_it(tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where a folder should be")
    target = write_recovery({"city": "Oslo"}, [blocked, tmp_path / "logs"], case_id=7, database="x.db")
    assert target is not None and target.parent == tmp_path / "logs"
    assert json.loads(target.read_text(encoding="utf-8"))["values"] == {"city": "Oslo"}
    assert write_recovery({"city": "Oslo"}, [blocked], case_id=7, database="x.db") is None


def test_recovery_files_are_found_for_their_own_database_and_case_only(tmp_path: Path) -> None:
    logs, other = tmp_path / "logs", tmp_path / "other"
    when = datetime(2026, 11, 20, 9, 30, tzinfo=UTC)
    mine = write_recovery({"city": "Oslo"}, [logs], case_id=7, database="a.db", now=when)
    newer = write_recovery({"city": "Bergen"}, [other], case_id=7, database="a.db", now=when.replace(hour=10))
    write_recovery({"city": "Lima"}, [logs], case_id=8, database="a.db", now=when)  # another case
    write_recovery({"city": "Quito"}, [logs], case_id=7, database="b.db", now=when.replace(minute=31))
    (logs / "unsaved-case-7-broken.json").write_text("{not json", encoding="utf-8")
    (logs / "unsaved-case-7-list.json").write_text("[1, 2]", encoding="utf-8")
    (logs / "unsaved-case-7-numbers.json").write_text(
        json.dumps({"database": "a.db", "case_id": 7, "saved_at": "x", "values": {"city": 3}}), encoding="utf-8")

    found = find_recoveries([logs, other, tmp_path / "missing"], "a.db", 7)
    assert [(r.path, r.values) for r in found] == [(newer, {"city": "Bergen"}), (mine, {"city": "Oslo"})]

    assert set_aside(found[0], "restored") == other / f"restored-{newer.name}"
    assert [r.path for r in find_recoveries([logs, other], "a.db", 7)] == [mine]
