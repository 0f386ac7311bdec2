"""Child processes for the crash loop (tests/reliability/test_crash_loop.py), run as a small zygote.

The zygote imports the application once (PySide6, SQLAlchemy, Alembic, the sandbox: ~1 s on a
loaded machine), then forks one fresh process per command read from stdin, so each of the many
runs the test kills starts in a fraction of that. Nothing Qt or database is created before the
fork: every run builds its own QApplication, AppInstance, engine and threads.

Commands (one per line), each answered on stdout, one line per event (os.write: atomic, unbuffered):

  app DB RUN FLUSHES   start the real app (AppInstance, offscreen) on DB; once its store is up print
                       `READY` and `START key=value ...`, then type into the legal profile's fields
                       and call the autosave's flush, forever: `FLUSH n key=value ...` before a flush,
                       `SAVED n` once the Autosave reported it written (committed).
  migrate DB           `MIGRATING`, then Store.open(DB) (which upgrades it; `WRITING` when its write
                       transaction begins), then `DONE`.
  quit                 end the zygote.

Each run prints `PID pid` first; the zygote prints `EXIT pid status` when the run has ended
(killed or not), so the test knows whom to kill and that the process is gone (and reaped) before
the next one starts on the same database.
"""

from __future__ import annotations

import importlib
import os
import sys
import traceback

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

KEYS = ("legal_name", "address_line1", "address_line2", "city", "contact_first_name", "contact_last_name")
"""Plain line edits of the legal profile page (the country is a combo box; phones get rewritten)."""


def say(text: str) -> None:
    os.write(1, (text + "\n").encode("utf-8"))


def value_for(run: int, flush: int, key: str) -> str:
    """What run `run` types into `key` in flush `flush`: unique, and of varying length."""
    return f"r{run}f{flush}{key[:3]}" + "x" * ((flush * 7 + run * 3) % 23)


PRELOAD = (
    "alembic.command", "alembic.script", "PySide6.QtTest", "PySide6.QtWidgets", "wizard.app",
    "wizard.backends.sandbox.center", "wizard.backends.sandbox.scenario", "wizard.secrets",
    "wizard.store.relationships", "wizard.store.repository", "wizard.ui.first_paint",
)


def _preload() -> None:
    """Import and warm up what a run needs, in the zygote: the store and the sandbox are opened once on a
    scratch database and closed again (lazy imports, SQLAlchemy's statement caches). No QApplication,
    no threads and no open connections are left for the forked runs to inherit."""
    import tempfile
    import threading

    for name in PRELOAD:
        importlib.import_module(name)
    from wizard.app import start_services
    from wizard.secrets import SessionVault
    from wizard.settings import load_settings

    with tempfile.TemporaryDirectory(prefix="crash-zygote-") as scratch:
        services = start_services(load_settings(os.path.join(scratch, "warm.sqlite")), SessionVault)
        services.store.close()
        close = getattr(services.backend, "close", None)
        if close is not None:
            close()
    if threading.active_count() != 1:
        raise RuntimeError(f"threads before fork: {threading.enumerate()}")


def run_app(db: str, run: int, flushes_per_edit: int) -> None:
    """One app run: the real AppInstance and its Autosave, typing and saving until killed."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QLineEdit

    from wizard.app import AppInstance
    from wizard.secrets import SessionVault
    from wizard.settings import load_settings

    app = QApplication([])
    instance = AppInstance(load_settings(db), vault_factory=SessionVault)
    instance.show()
    while instance.services is None:
        app.processEvents()
        QTest.qWait(2)
    window = instance.window
    session = instance.session
    say("READY")
    say("START " + " ".join(f"{key}={session.value(key)}" for key in KEYS))
    edits = {key: window.findChild(QLineEdit, key) for key in KEYS}
    missing = [key for key, edit in edits.items() if edit is None]
    if missing:
        say(f"ERROR no line edit for {missing}")
        os._exit(3)
    state = {"flush": 0, "done": 0}

    def saved(_count: int) -> None:
        say(f"SAVED {state['flush']}")
        state["done"] = state["flush"]

    def failed(message: str) -> None:
        say(f"FAILED {state['flush']} {message}")
        state["done"] = state["flush"]

    window.autosave.saved.connect(saved)
    window.autosave.failed.connect(failed)
    window.autosave.conflict.connect(lambda message: failed("conflict: " + message))
    flush = 0
    while True:
        flush += 1
        state["flush"] = flush
        keys = [KEYS[(flush * 5 + i * 2 + run) % len(KEYS)] for i in range(1 + flush % flushes_per_edit)]
        keys = list(dict.fromkeys(keys))
        typed = {}
        for key in keys:
            edit = edits[key]
            edit.selectAll()
            text = value_for(run, flush, key)
            QTest.keyClicks(edit, text)  # textEdited -> page.record -> session.set_value + autosave.schedule
            typed[key] = text
        unsaved = session.unsaved_values()
        if unsaved != typed:
            say(f"ERROR the session holds {unsaved} after typing {typed}")
            os._exit(4)
        say(f"FLUSH {flush} " + " ".join(f"{k}={v}" for k, v in typed.items()))
        window.autosave.flush()  # what the debounce timer and a page change call; it writes on a worker
        while state["done"] != flush:  # its outcome comes back as a signal on this (GUI) thread
            app.processEvents()
            QTest.qWait(1)


def run_migrate(db: str) -> None:
    from sqlalchemy import Engine, event

    from wizard.store.engine import BEGIN_OPTION
    from wizard.store.repository import Store

    def begun(conn) -> None:  # instrumentation only: when the upgrade's write transaction starts
        if conn.get_execution_options().get(BEGIN_OPTION, "IMMEDIATE") == "IMMEDIATE":
            say("WRITING")

    event.listen(Engine, "begin", begun)
    say("MIGRATING")
    Store.open(db).close()
    say("DONE")


def _child(command: list[str]) -> int:
    try:
        if command[0] == "app":
            run_app(command[1], int(command[2]), int(command[3]))
        elif command[0] == "migrate":
            run_migrate(command[1])
        else:
            say(f"ERROR unknown command {command}")
            return 2
    except BaseException:  # noqa: BLE001 - report it, the test fails with it
        say("ERROR " + traceback.format_exc().replace("\n", " | "))
        return 1
    return 0


def main() -> None:
    _preload()
    say("ZYGOTE")
    for line in sys.stdin:
        command = line.split()
        if not command:
            continue
        if command[0] == "quit":
            break
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            say(f"PID {os.getpid()}")  # first, so it comes before anything else the run prints
            os._exit(_child(command))
        _, status = os.waitpid(pid, 0)
        say(f"EXIT {pid} {status}")


if __name__ == "__main__":
    main()
