"""The GUI thread never waits for the database or the backend (issue 8, item 4).

With a slow sandbox (every call delayed, WIZARD_SANDBOX_LATENCY_MS), the test drives sign-in, the MPN
profiles, Enroll now, status refreshes, the relationships window and the case list through the real
widgets, while every Store/RelationshipStore method, every sandbox method and every SQL statement
SQLAlchemy executes records the thread it ran on. Once the app is up, none may run on the GUI thread.
It also checks that workers never share a database Session or a checked-out connection.

No wall-clock assertions: what is checked is *where* the work runs (the benchmark measures how long
the event loop waits, `python -m tests.bench`).

A second test does the same for the support staff's work (issue 13, item 6): creating and opening
cases from the case list, archiving, notes, the audit trail, and the File menu's export, import (with
its conflict prompt) and printable summary.

Deliberately allowed on the GUI thread: the lazy views' page and count reads (CaseListSource,
SharedCustomerSource: one SELECT of one page of rows, exactly what a bare lazy QTableView does), and
the stdlib resume read before the first paint (store/quick.py). The sources run SQLAlchemy Core, on a
SQLite file over an engine of their own whose one connection is read-only (mode=ro); each statement
carries the execution option wizard.store.paging.VIEW_READ. Those are recorded as "view_read" (and
must be SELECTs on a read-only connection that is not the store's); every other SQL statement is "sql".
"""

from __future__ import annotations

import contextlib
import functools
import threading
import weakref
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton, QTableView, QTableWidget
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import Pool

from tests.gui.driver import ES_ADMIN, PASSWORD, WizardDriver, enroll, verify_contact_email
from wizard.backends.sandbox import SandboxPartnerCenter
from wizard.backends.sandbox.core import LATENCY_ENV
from wizard.store.paging import VIEW_READ
from wizard.store.relationships import RelationshipStore
from wizard.store.repository import Store
from wizard.ui.tasks import pending_tasks

SLOW_MS = 150  # every sandbox call sleeps this long (a slow network); the test never times anything


@dataclass
class Call:
    kind: str  # store | backend | sql
    name: str
    thread: int
    thread_name: str
    phase: str


@dataclass
class ThreadLog:
    """Where every store, backend and SQL call ran; `phase` marks what the test was doing."""

    gui: int = field(default_factory=threading.get_ident)
    calls: list[Call] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    phase: str = "startup"
    paused: int = 0
    sessions: int = 0  # Sessions begun (the Session check below saw something)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, name: str) -> None:
        if self.paused and threading.get_ident() == self.gui:
            return  # the test itself acting as the outside world (a mailbox, the sandbox clock)
        thread = threading.current_thread()
        with self._lock:
            self.calls.append(Call(kind, name, thread.ident or 0, thread.name, self.phase))

    def problem(self, text: str) -> None:
        with self._lock:
            self.problems.append(text)

    @contextlib.contextmanager
    def outside(self) -> Iterator[None]:
        """Calls the test makes on its own thread as the outside world: not the app's, not recorded."""
        self.paused += 1
        try:
            yield
        finally:
            self.paused -= 1

    def on_gui(self, after_startup: bool = True) -> list[Call]:
        """What ran on the GUI thread, bar the lazy views' read-only page reads (see the docstring)."""
        return [
            c for c in self.calls
            if c.thread == self.gui and c.kind != "view_read" and (not after_startup or c.phase != "startup")
        ]


def _read_only(conn: Any) -> bool:
    """Whether `conn` is a read-only SQLite connection (its engine's URL opens the file with mode=ro)."""
    url = conn.engine.url
    return url.query.get("mode") == "ro" and url.query.get("uri") == "true"


def _wrap(cls: type, name: str, log: ThreadLog, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    original = getattr(cls, name)

    @functools.wraps(original)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        log.record(kind, f"{cls.__name__}.{name}")
        return original(*args, **kwargs)

    monkeypatch.setattr(cls, name, wrapper)


def _public_methods(cls: type, skip: tuple[str, ...] = ()) -> list[str]:
    names = []
    for name in dir(cls):
        if name.startswith("_") or name in skip:
            continue
        attr = inspect_attr(cls, name)
        if callable(attr) and not isinstance(attr, (classmethod, staticmethod, type)):
            names.append(name)
    return names


def inspect_attr(cls: type, name: str) -> Any:
    for klass in cls.__mro__:
        if name in vars(klass):
            return vars(klass)[name]
    return None


@pytest.fixture
def thread_log(monkeypatch: pytest.MonkeyPatch) -> Iterator[ThreadLog]:
    """Instrument the store, the sandbox and SQLAlchemy itself for the length of one test."""
    log = ThreadLog()
    monkeypatch.setenv(LATENCY_ENV, str(SLOW_MS))
    # The lazy views' sources are made on the GUI thread on purpose (see the module docstring); what
    # they read through SQLAlchemy (a team database) still shows up as "sql" below.
    lazy_sources = ("case_list_source", "customer_source")
    for name in _public_methods(Store, skip=("close", *lazy_sources)):
        _wrap(Store, name, log, "store", monkeypatch)
    for name in _public_methods(RelationshipStore, skip=lazy_sources):
        _wrap(RelationshipStore, name, log, "store", monkeypatch)
    for name in _public_methods(SandboxPartnerCenter, skip=("close",)):
        _wrap(SandboxPartnerCenter, name, log, "backend", monkeypatch)

    owners: dict[int, int] = {}  # id(DBAPI connection) -> thread that has it checked out
    sessions: weakref.WeakKeyDictionary[Session, int] = weakref.WeakKeyDictionary()

    def on_checkout(dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        key = id(dbapi_connection)
        holder = owners.get(key)
        if holder is not None and holder != threading.get_ident():
            log.problem(f"connection {key:#x} checked out by thread {threading.get_ident()} "
                        f"while thread {holder} still holds it")
        owners[key] = threading.get_ident()

    def on_checkin(dbapi_connection: Any, _record: Any) -> None:
        owners.pop(id(dbapi_connection), None)

    def on_execute(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        verb = statement.split(None, 1)[0].upper() if statement.strip() else "?"
        if conn.get_execution_options().get(VIEW_READ):
            log.record("view_read", verb)
            if verb != "SELECT":
                log.problem(f"a lazy view's source ran {verb}")
            if conn.dialect.name == "sqlite" and not _read_only(conn):
                log.problem("a lazy view's source read through a writable SQLite connection")
        else:
            log.record("sql", verb)
        try:
            dbapi = conn.connection.dbapi_connection
        except Exception:  # noqa: BLE001 - a connection being invalidated: nothing to check
            return
        holder = owners.get(id(dbapi))
        if holder is not None and holder != threading.get_ident():
            log.problem(f"SQL on thread {threading.get_ident()} over a connection thread {holder} checked out")

    def on_session_begin(session: Session, _transaction: Any, _connection: Any) -> None:
        log.sessions += 1
        first = sessions.setdefault(session, threading.get_ident())
        if first != threading.get_ident():
            log.problem(f"one Session used by threads {first} and {threading.get_ident()}")

    hooks: list[tuple[Any, str, Callable[..., None]]] = [
        (Pool, "checkout", on_checkout),
        (Pool, "checkin", on_checkin),
        (Engine, "before_cursor_execute", on_execute),
        (Session, "after_begin", on_session_begin),
    ]
    for target, name, fn in hooks:
        event.listen(target, name, fn)
    try:
        yield log
    finally:
        for target, name, fn in hooks:
            event.remove(target, name, fn)


def _settle(driver: WizardDriver, timeout: int = 20000) -> None:
    """Every background task has reported back (the GUI-thread callbacks ran, too)."""
    driver.qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=timeout)


def _describe(calls: list[Call]) -> str:
    seen: dict[tuple[str, str, str], int] = {}
    for c in calls:
        seen[(c.phase, c.kind, c.name)] = seen.get((c.phase, c.kind, c.name), 0) + 1
    return "\n".join(f"  [{phase}] {kind} {name} x{n}" for (phase, kind, name), n in sorted(seen.items()))


def test_gui_thread_never_runs_store_or_backend_work(qtbot, open_app, thread_log: ThreadLog) -> None:
    log = thread_log
    driver = WizardDriver(qtbot, open_app())
    _settle(driver)
    assert driver.instance.services is not None
    assert driver.instance.services.backend.latency == pytest.approx(SLOW_MS / 1000)  # the slow sandbox is on
    log.phase = "sign_in"

    # sign-in, MPN profiles (PMC sign-in), legal profile typing (autosave), Enroll now
    enroll(driver)
    _settle(driver)

    # status refresh after the contact verified their email, then the review finishes (simulated days)
    log.phase = "status"
    driver.next()
    qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=20000)
    with log.outside():
        verify_contact_email(driver)
        driver.instance.services.backend.advance(timedelta(days=4))
    driver.click("check_status")
    qtbot.waitUntil(lambda: driver.instance.session.status == "approved", timeout=20000)
    qtbot.waitUntil(driver.next_enabled, timeout=20000)
    log.phase = "overview"
    driver.next()
    qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=20000)
    driver.type("mpa_password", PASSWORD, leave=False)
    driver.click("accept_mpa")
    qtbot.waitUntil(driver.widget("mpa_banner", QLabel).isVisible, timeout=20000)
    _settle(driver)

    # the relationships window: providers from the cache and Partner Center, then a provider's customers
    log.phase = "relationships"
    with log.outside():
        backend = driver.instance.services.backend
        invitation = backend.send_provider_invitation("iberiacloud", "contosoiberia.onmicrosoft.com")
    driver.window.relationships_action.trigger()
    qtbot.waitUntil(lambda: driver.instance.relationships_window is not None, timeout=20000)
    window = driver.instance.relationships_window
    window.open_invitation(invitation.id)
    _settle(driver)
    confirm = window.confirm
    qtbot.waitUntil(confirm.isEnabled, timeout=20000)
    confirm.setChecked(True)
    window.authorize_button.click()
    providers = window.findChild(QTableWidget, "indirect_providers")
    qtbot.waitUntil(lambda: providers.rowCount() == 1, timeout=20000)
    providers.selectRow(0)
    window.view_button.click()
    count = window.findChild(QLabel, "customer_count")
    qtbot.waitUntil(lambda: count.text().endswith("customers") and not count.text().startswith("0"), timeout=20000)
    assert window.findChild(QTableView, "customers_view").model().rowCount() > 0
    _settle(driver)

    # the case list (support staff), and resuming from it
    log.phase = "case_list"
    driver.window.case_actions["cases"].trigger()
    qtbot.waitUntil(lambda: driver.instance.case_list_window is not None
                    and driver.instance.case_list_window.model.rowCount() > 0, timeout=20000)
    _settle(driver)

    on_gui = log.on_gui()
    assert not on_gui, "store, backend or SQL work on the GUI thread:\n" + _describe(on_gui)
    assert not log.problems, "\n".join(log.problems)
    assert any(c.kind == "view_read" and c.thread == log.gui for c in log.calls)  # the allowance was used
    workers = {c.thread for c in log.calls if c.thread != log.gui}
    assert workers, "nothing ran on a worker: the instrumentation is broken"
    assert any(c.kind == "backend" for c in log.calls) and any(c.kind == "store" for c in log.calls)
    assert log.sessions > 0


def test_startup_does_its_database_work_off_the_gui_thread(qtbot, open_app, thread_log: ThreadLog) -> None:
    """Opening the store (migrations), the first case and the sandbox happen on a worker, after the paint."""
    driver = WizardDriver(qtbot, open_app())
    _settle(driver)
    on_gui = thread_log.on_gui(after_startup=False)
    assert not on_gui, "startup work on the GUI thread:\n" + _describe(on_gui)
    assert any(c.kind == "sql" for c in thread_log.calls)


def test_page_changes_reach_the_database_in_order_from_the_writer_thread(qtbot, open_app, thread_log) -> None:
    """Next/Back faster than the disk: every step is written on the one writer thread, in the order
    the user moved, and the last one wins."""
    driver = WizardDriver(qtbot, open_app())
    _settle(driver)
    driver.to_legal_profile()
    _settle(driver)
    log = thread_log
    log.phase = "moving"
    for _ in range(3):
        driver.back()
        driver.back()
        driver.next()
        driver.next()
    driver.back()
    _settle(driver)
    instance = driver.instance
    assert not log.on_gui(), "store work on the GUI thread:\n" + _describe(log.on_gui())
    writers = {c.thread for c in log.calls if c.phase == "moving" and c.name == "Store.set_step"}
    assert len(writers) == 1, writers  # one writer thread: the order is the order of the clicks
    trail = [e.detail["to"] for e in instance.services.store.audit(instance.session.case_id) if e.action == "step"]
    assert trail[-13:] == ["mpn", "sign_in", "mpn", "legal_profile"] * 3 + ["mpn"]
    assert instance.services.store.get_case(instance.session.case_id).step == "mpn" == driver.step


def _choose(driver: WizardDriver, what: str, path: Any) -> None:
    """The File menu action and its (non-modal) file dialog, answered like a user."""
    driver.window.case_actions[what].trigger()
    dialog = driver.window.findChild(QFileDialog, f"file_dialog_{what}")
    assert dialog is not None and dialog.isVisible()
    dialog.selectFile(str(path))
    dialog.accept()


def _click(qtbot: Any, button: QPushButton) -> None:
    assert button.isEnabled(), f"{button.objectName()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


STAFF_PHASES = ("new_case", "open_case", "archive", "notes", "audit", "export", "import", "summary")


def test_case_list_notes_audit_and_handover_never_run_on_the_gui_thread(
    qtbot, open_app, thread_log: ThreadLog, tmp_path: Any
) -> None:
    """Issue 13, item 6: everything support staff do from the case list and the File menu runs on workers."""
    log = thread_log
    driver = WizardDriver(qtbot, open_app())
    _settle(driver)
    instance = driver.instance
    store = instance.services.store
    first = instance.session.case_id
    log.phase = "typing"
    driver.next()
    driver.type("work_account", ES_ADMIN)
    instance.window.autosave.flush()
    _settle(driver)

    log.phase = "case_list"
    driver.window.case_actions["cases"].trigger()
    cases = instance.case_list_window
    qtbot.waitUntil(lambda: cases is not None and cases.model.rowCount() == 1, timeout=20000)
    _settle(driver)

    # a new case from the list's button, then back to the first one with Resume
    log.phase = "new_case"
    _click(qtbot, cases.new_case)
    # while the case is saved and made on a worker, nothing can start a second switch
    assert not cases.new_case.isEnabled() and not instance.window.case_actions["new"].isEnabled()
    qtbot.waitUntil(lambda: instance.session.case_id != first, timeout=20000)
    _settle(driver)
    second = instance.session.case_id
    assert instance.session.value("work_account") == ""
    qtbot.waitUntil(lambda: cases.model.rowCount() == 2, timeout=20000)

    log.phase = "open_case"
    assert cases.select_case(first)
    _click(qtbot, cases.resume_case)
    assert not cases.resume_case.isEnabled() and not instance.window.case_actions["import"].isEnabled()
    qtbot.waitUntil(lambda: instance.session.case_id == first, timeout=20000)
    _settle(driver)
    driver = WizardDriver(qtbot, instance)  # the window of the case opened
    assert instance.session.value("work_account") == ES_ADMIN
    assert driver.step == "sign_in"

    # archive the new (empty) case: the list hides it
    log.phase = "archive"
    assert cases.select_case(second)
    _click(qtbot, cases.archive_case)
    assert not cases.archive_case.isEnabled()
    qtbot.waitUntil(lambda: cases.model.row_of(second) < 0, timeout=20000)
    _settle(driver)
    with log.outside():
        assert store.get_case(second).archived

    # a note on the first case, in its (non-modal) notes window
    log.phase = "notes"
    assert cases.select_case(first)
    _click(qtbot, cases.case_notes)
    qtbot.waitUntil(lambda: ("notes", first) in cases._dialogs, timeout=20000)
    notes = cases._dialogs[("notes", first)]
    _settle(driver)
    qtbot.keyClicks(notes.text, "Call back on Monday")
    _click(qtbot, notes.add)
    assert not notes.add.isEnabled()
    qtbot.waitUntil(lambda: notes.list.count() == 1, timeout=20000)
    _settle(driver)
    assert notes.list.item(0).text().endswith("Call back on Monday") and notes.text.toPlainText() == ""

    # its audit trail, with the note in it
    log.phase = "audit"
    _click(qtbot, cases.case_audit)
    qtbot.waitUntil(lambda: ("audit", first) in cases._dialogs, timeout=20000)
    audit = cases._dialogs[("audit", first)]
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=20000)
    _settle(driver)
    model = audit.model
    assert "Call back on Monday" in [model.index(r, 3).data() for r in range(model.rowCount())]

    # export, change the case here, import the packet: the conflict prompt, then a copy is opened
    log.phase = "export"
    packet = tmp_path / "case.json"
    _choose(driver, "export", packet)
    assert not driver.window.case_actions["export"].isEnabled()
    qtbot.waitUntil(packet.exists, timeout=20000)
    _settle(driver)
    log.phase = "import"
    qtbot.wait(20)
    driver.type("work_account", "someone.else@contosoiberia.onmicrosoft.com")
    _choose(driver, "import", packet)
    qtbot.waitUntil(lambda: instance.window.findChild(QMessageBox, "import_conflict") is not None, timeout=20000)
    box = instance.window.findChild(QMessageBox, "import_conflict")
    _click(qtbot, box.findChild(QPushButton, "conflict_copy"))
    qtbot.waitUntil(lambda: instance.session.case_id not in (first, second), timeout=20000)
    _settle(driver)
    driver = WizardDriver(qtbot, instance)
    assert instance.session.value("work_account") == ES_ADMIN

    log.phase = "summary"
    pdf = tmp_path / "summary.pdf"
    _choose(driver, "summary", pdf)
    qtbot.waitUntil(pdf.exists, timeout=20000)
    _settle(driver)

    on_gui = log.on_gui()
    assert not on_gui, "store or SQL work on the GUI thread:\n" + _describe(on_gui)
    assert not log.problems, "\n".join(log.problems)
    assert any(c.kind == "view_read" and c.thread == log.gui for c in log.calls)  # the case list's pages
    for phase in STAFF_PHASES:  # each action did its work, on a worker (else the check above proves nothing)
        assert any(c.phase == phase and c.kind == "store" for c in log.calls), f"no store call in {phase}"
