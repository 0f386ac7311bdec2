"""Event-loop latency while the sandbox is slow: how late a 5 ms QTimer fires while the app works.

    python -m tests.bench.bench_event_loop [--latency-ms N] [--json]

The app runs as a user has it (AppInstance, a real SQLite file with 10,000 other cases, the embedded
sandbox with the 100,000-customer scenario, already seeded) with WIZARD_SANDBOX_LATENCY_MS (default
500 ms) before every sandbox call. A precise 5 ms QTimer on the GUI thread records how late each
tick comes (time since the previous tick minus 5 ms) while the flows are driven through the real
widgets (tests/gui/driver.WizardDriver with a small pytest-qt stand-in):

  sign_in        Next, type the work account and password, Sign in (sign-in + is_enrolled calls)
  mpn            Next, PMC sign-in (the MPN profiles load), choose the Spanish profile
  legal_profile  Next, type the contact fields (autosave writes on the writer thread)
  enroll         Next, Enroll now (flush, enroll, submission written)
  status         Next, the status page's refresh; the contact verifies (harness thread), the review
                 finishes (sandbox clock + 4 days), Check status until approved
  overview       Next, the partner profile loads, accept the Microsoft Partner Agreement
  relationships  the relationships window: cached then fresh providers, a provider's invitation,
                 authorize, View customers (100,000 customers synced in the background, the lazy
                 table pages and counts), a filter typed
  case_list      File > Cases: the case list over 10,000 cases, a search typed

What the harness itself does as "the outside world" (reading the contact's mailbox, moving the
sandbox clock) runs on a harness thread, never on the GUI thread. The figure is the p99 of every tick
during the flows (aim < 50 ms); startup (the store, migrations and sandbox opening on a worker
after the first paint) is reported separately.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.bench.common import ROOT, emit, summary_ms

AIM_P99_MS = 50.0
TICK_MS = 5
OTHER_CASES = 10_000
SCENARIO = ROOT / "resources" / "scenarios" / "large.json"
PHASES = ("sign_in", "mpn", "legal_profile", "enroll", "status", "overview", "relationships", "case_list")


# -- the event-loop probe --------------------------------------------------------------------------


class LoopMonitor:
    """A precise repeating QTimer on the GUI thread; every tick records how late it is, per phase."""

    def __init__(self, interval_ms: int = TICK_MS) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.interval = interval_ms / 1000
        self.phase = "startup"
        self.late: dict[str, list[float]] = {}
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self._last = 0.0

    def start(self) -> None:
        self._last = time.perf_counter()
        self.timer.start()
        self._watchdog = StallWatch(self)
        self._watchdog.start()

    def stop(self) -> None:
        self.timer.stop()
        self._watchdog.stop()
        self.stalls = self._watchdog.stalls

    def _tick(self) -> None:
        now = time.perf_counter()
        self.late.setdefault(self.phase, []).append(max(0.0, now - self._last - self.interval))
        self._last = now


class StallWatch(threading.Thread):
    """Diagnostics: while the GUI thread has not ticked for STALL_MS, sample where it is (its Python
    stack, every 10 ms), so the report says what blocked the event loop in its longest stalls."""

    STALL_MS = 40
    KEEP = 12

    def __init__(self, monitor: LoopMonitor) -> None:
        super().__init__(name="bench-stall-watch", daemon=True)
        self.monitor = monitor
        self.gui = threading.get_ident()
        self.stalls: list[dict[str, Any]] = []
        self._halt = threading.Event()

    def stop(self) -> None:
        self._halt.set()
        self.join(1)
        self.stalls.sort(key=lambda stall: -stall["ms"])
        del self.stalls[self.KEEP:]

    def _where(self) -> tuple[str, ...]:
        import traceback

        frame = sys._current_frames().get(self.gui)
        frames = traceback.extract_stack(frame) if frame is not None else []
        app = [f for f in frames if "/wizard/" in f.filename][-3:]  # the app's frames, innermost last
        return tuple(f"{Path(f.filename).name}:{f.lineno} {f.name}: {f.line}" for f in [*app, *frames[-2:]])

    def run(self) -> None:
        current: dict[str, Any] | None = None
        while not self._halt.wait(0.01):
            last = self.monitor._last
            waited = time.perf_counter() - last
            if current is not None and current["tick"] != last:  # the stall is over
                current.pop("tick")
                current["samples"] = [{"n": n, "stack": list(stack)} for stack, n in current["samples"].items()]
                self.stalls.append(current)
                current = None
            if waited * 1000 < self.STALL_MS:
                continue
            if current is None:
                current = {"phase": self.monitor.phase, "tick": last, "ms": 0.0, "samples": {}}
            current["ms"] = round(waited * 1000, 1)
            where = self._where()
            current["samples"][where] = current["samples"].get(where, 0) + 1


class Bot:
    """The part of pytest-qt's qtbot that tests/gui/driver.WizardDriver uses, on QTest."""

    def mouseClick(self, widget, button, modifier=None, pos=None) -> None:
        from PySide6.QtCore import QPoint, Qt
        from PySide6.QtTest import QTest

        QTest.mouseClick(widget, button, modifier or Qt.KeyboardModifier.NoModifier, pos or QPoint())

    def keyClick(self, widget, key, modifier=None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)

    def waitUntil(self, condition: Callable[[], Any], timeout: int = 5000) -> None:
        deadline = time.monotonic() + timeout / 1000
        while True:
            if condition() not in (None, False):
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout} ms for {condition}")
            pause(10)

    def waitExposed(self, widget, timeout: int = 5000) -> None:
        self.waitUntil(widget.isVisible, timeout)


def pause(ms: int) -> None:
    """The event loop runs for `ms` (never a busy loop: the harness must not compete for the GIL)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def outside(bot: Bot, work: Callable[[], Any], timeout: int = 60_000) -> Any:
    """Run `work` on a harness thread (the outside world: a mailbox, the sandbox clock) and wait for it
    with the event loop running."""
    box: dict[str, Any] = {}

    def target() -> None:
        try:
            box["value"] = work()
        except BaseException as error:  # noqa: BLE001 - re-raised on the GUI thread
            box["error"] = error

    thread = threading.Thread(target=target, name="bench-outside", daemon=True)
    thread.start()
    bot.waitUntil(lambda: not thread.is_alive(), timeout)
    if "error" in box:
        raise box["error"]
    return box.get("value")


# -- the child: the app driven through its flows ---------------------------------------------------


def typing(ms_per_key: int = 25) -> Callable[[Any, str], None]:
    """wizard.ui.keys.type_text with a pause after every key, as a fast typist: the event loop runs
    between keystrokes (QTest sends each key synchronously), so the timer sees what typing costs."""
    from wizard.ui.keys import type_text

    def type_slowly(widget: Any, text: str) -> None:
        for char in text:
            type_text(widget, char)
            pause(ms_per_key)

    return type_slowly


def drive(monitor: LoopMonitor) -> dict[str, float]:
    """Drive every flow; returns how long each phase took (s)."""
    from datetime import timedelta

    from PySide6.QtWidgets import (
        QApplication,
        QLabel,
        QLineEdit,
        QTableView,
        QTableWidget,
    )

    import tests.gui.driver
    from tests.gui.driver import ES_MPN, PASSWORD, WizardDriver, verify_contact_email
    from wizard.app import AppInstance
    from wizard.settings import load_settings
    from wizard.ui.tasks import pending_tasks

    type_text = typing()
    tests.gui.driver.type_text = type_text  # the driver types like a person, key by key

    bot = Bot()
    app = QApplication.instance()
    assert app is not None
    durations: dict[str, float] = {}
    instance = AppInstance(load_settings(os.environ["WIZARD_DB"]))  # the QApplication: see child()
    monitor.start()
    started = time.perf_counter()
    instance.show()
    bot.waitUntil(lambda: instance.services is not None and pending_tasks() == 0, timeout=120_000)
    durations["startup"] = time.perf_counter() - started
    driver = WizardDriver(bot, instance)
    backend = instance.services.backend  # type: ignore[union-attr]

    def phase(name: str) -> None:
        monitor.phase = name
        durations[name] = time.perf_counter()

    def idle() -> None:
        bot.waitUntil(lambda: pending_tasks() == 0 and not driver.wizard.currentPage().busy, timeout=120_000)

    # sign-in, MPN profiles, legal profile, Enroll now (as tests/gui/driver.enroll, phase by phase)
    phase("sign_in")
    driver.next()
    driver.sign_in()
    driver.wait_complete(timeout=60_000)
    phase("mpn")
    driver.next()
    driver.pmc_sign_in()
    driver.click_profile(ES_MPN)
    driver.wait_complete(timeout=60_000)
    phase("legal_profile")
    driver.next()
    driver.fill_contact()
    idle()
    phase("enroll")
    driver.next()
    driver.click("enroll_now")
    bot.waitUntil(lambda: instance.session.submitted and not driver.wizard.currentPage().busy, timeout=60_000)
    idle()

    phase("status")
    driver.next()
    idle()
    outside(bot, lambda: verify_contact_email(driver))
    outside(bot, lambda: backend.advance(timedelta(days=4)))
    driver.click("check_status")
    bot.waitUntil(lambda: instance.session.status == "approved", timeout=60_000)
    bot.waitUntil(driver.next_enabled, timeout=60_000)

    phase("overview")
    driver.next()
    idle()
    driver.type("mpa_password", PASSWORD, leave=False)
    driver.click("accept_mpa")
    bot.waitUntil(driver.widget("mpa_banner", QLabel).isVisible, timeout=60_000)
    idle()

    phase("relationships")
    invitation = outside(bot, lambda: backend.send_provider_invitation("iberiacloud", "contosoiberia.onmicrosoft.com"))
    driver.window.relationships_action.trigger()
    bot.waitUntil(lambda: instance.relationships_window is not None, timeout=60_000)
    window = instance.relationships_window
    window.open_invitation(invitation.id)
    bot.waitUntil(lambda: window.invitation is not None and window.confirm.isEnabled(), timeout=60_000)
    window.confirm.setChecked(True)
    window.authorize_button.click()  # the window of its own is not under QTest's pointer offscreen
    providers = window.findChild(QTableWidget, "indirect_providers")
    try:
        bot.waitUntil(lambda: providers.rowCount() >= 1, timeout=60_000)
    except TimeoutError:
        from PySide6.QtCore import QThreadPool

        pool = QThreadPool.globalInstance()
        raise RuntimeError(f"authorizing failed: {window.invite_message.text()!r} {window.confirm.isChecked()} "
                           f"{window.authorize_button.isEnabled()} pending={pending_tasks()} "
                           f"active={pool.activeThreadCount()}/{pool.maxThreadCount()}") from None
    providers.selectRow(0)
    window.view_button.click()
    sync = window.customers.sync_state
    bot.waitUntil(lambda: "Checking" not in sync.text() and pending_tasks() == 0, timeout=300_000)
    count = window.findChild(QLabel, "customer_count")
    bot.waitUntil(lambda: count.text().startswith("100"), timeout=60_000)
    table = window.findChild(QTableView, "customers_view")
    for _ in range(10):
        table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
        pause(30)
    everyone = count.text()
    type_text(window.findChild(QLineEdit, "customer_filter"), "customer 0001")
    bot.waitUntil(lambda: count.text() != everyone, timeout=60_000)
    pause(300)

    phase("case_list")
    driver.window.case_actions["cases"].trigger()
    bot.waitUntil(lambda: instance.case_list_window is not None
                  and instance.case_list_window.model.rowCount() > 0, timeout=60_000)
    search = instance.case_list_window.search
    search.setFocus()
    type_text(search, "contoso 12")
    pause(800)  # the search's debounce, then the query and the repaint
    bot.waitUntil(lambda: pending_tasks() == 0, timeout=60_000)
    monitor.phase = "done"
    end = time.perf_counter()
    starts = [durations[name] for name in PHASES] + [end]
    for index, name in enumerate(PHASES):
        durations[name] = starts[index + 1] - starts[index]
    monitor.stop()
    instance.window.close()
    instance.close()
    return durations


def child() -> int:
    from wizard.gui import prepare_application
    from wizard.settings import load_settings

    app = prepare_application(load_settings(os.environ["WIZARD_DB"]))  # as `python -m wizard` starts
    monitor = LoopMonitor()
    durations = drive(monitor)
    result = {"durations_s": {k: round(v, 3) for k, v in durations.items()},
              "late_s": monitor.late, "stalls": monitor.stalls}
    del app
    emit(result)
    return 0


def build(db: Path) -> None:
    """10,000 other cases, then the case the flows use (the newest, so the app resumes it), and the
    sandbox state seeded once (a second launch: seeding 100,000 customers is a first-run cost)."""
    from tests.case_list_data import fill, random_cases
    from wizard.app import make_backend
    from wizard.settings import load_settings
    from wizard.store import Store

    Store.open(db).close()
    fill(db, random_cases(OTHER_CASES, seed=3))
    with Store.open(db) as store:
        store.create_case("bench")
    make_backend(load_settings(str(db))).close()


# -- the parent ---------------------------------------------------------------------------------


def run(latency_ms: int = 500, progress=lambda text: None) -> dict:
    import subprocess

    from tests.bench.common import child_env, run_child

    with tempfile.TemporaryDirectory(prefix="csp-bench-loop-") as scratch:
        db = Path(scratch) / "wizard.sqlite"
        env = child_env(Path(scratch), WIZARD_DB=str(db), WIZARD_SANDBOX_SCENARIO=str(SCENARIO))
        progress(f"event loop: building {OTHER_CASES:,} cases and the 100,000-customer sandbox...")
        subprocess.run([sys.executable, "-m", "tests.bench.bench_event_loop", "--build", str(db)], env=env,
                       cwd=ROOT, check=True)
        progress(f"event loop: driving the flows with {latency_ms} ms per sandbox call...")
        env["WIZARD_SANDBOX_LATENCY_MS"] = str(latency_ms)
        raw = run_child("tests.bench.bench_event_loop", ["--child"], env, timeout=1800)
    late = raw["late_s"]
    flows = [value for name in PHASES for value in late.get(name, [])]
    return {
        "latency_ms": latency_ms,
        "tick_ms": TICK_MS,
        "aim_p99_ms": AIM_P99_MS,
        "flows": summary_ms(flows, (50, 99, 99.9)),
        "startup": summary_ms(late.get("startup", []), (50, 99)),
        "phases": {name: summary_ms(late.get(name, []), (50, 99)) for name in PHASES},
        "durations_s": raw["durations_s"],
        "stalls": raw["stalls"],  # the longest stalls (> 40 ms) and where the GUI thread was (diagnostics)
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--latency-ms", type=int, default=500, help="delay before every sandbox call")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build:
        build(args.build)
        return 0
    if args.child:
        return child()
    result = run(args.latency_ms, lambda text: print(text, file=sys.stderr))
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    f = result["flows"]
    print(f"sandbox latency {result['latency_ms']} ms per call; tick {result['tick_ms']} ms")
    print(f"flows    p50 {f['p50_ms']:7.2f} ms  p99 {f['p99_ms']:7.2f} ms  max {f['max_ms']:7.2f} ms (n={f['n']})"
          f"  aim p99 < {AIM_P99_MS} ms")
    s = result["startup"]
    print(f"startup  p50 {s['p50_ms']:7.2f} ms  p99 {s['p99_ms']:7.2f} ms  max {s['max_ms']:7.2f} ms (n={s['n']})")
    for name, p in result["phases"].items():
        print(f"  {name:<14} p99 {p['p99_ms']:7.2f} ms  max {p['max_ms']:7.2f} ms  "
              f"({result['durations_s'].get(name, 0):.1f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
