"""Customers-table benchmark: the app's lazy table against a bare PySide6 lazy QTableView, 100,000 customers.

    python tests/bench/bench_customers.py [--rounds N] [--customers N] [--json]

The parent builds one temporary database through the store API (RelationshipStore.append_customers,
timed), then runs N rounds (after one untimed warm-up round), alternating which variant goes
first; every run is its own child process (`--child app|bare`), so peak RSS is per variant:
- app:  QTableView set up as the customers tab does + wizard.ui.models.SharedCustomersModel over
        wizard.store.customer_view.SharedCustomerSource (SQLAlchemy Core on one read-only connection, keyset pages);
- bare: tests/bench/bare_customer_view.py (minimal QAbstractTableModel, LIMIT/OFFSET pages);
- bare_libs: the same bare view in a process that has also imported SQLAlchemy (Core and ORM), which the
        app has loaded at start-up, long before this window opens, and which the table's one read path
        uses (issue 14): app/bare_libs peak RSS is the view's own memory overhead.
Both run with QT_QPA_PLATFORM=offscreen and a 1000x700 view.

import    = importing the variant's modules once QApplication is up (the app pays this at start-up,
            not when the window opens; the bare one's is a single small module)
open      = creating the source, model and view, show(), until the viewport has painted rows (a
            Paint event with rows loaded, timed when control returns to the event loop, so the
            paint itself is included)
filter    = model.set_filter(FILTER) until the viewport has painted the filtered rows; for the app
            also `count` = until total_changed delivers the number of matches (the count runs
            after the repaint; it is free when the matches fit in the first page)
scroll    = after clearing the filter, view.scrollToBottom() SCROLL_PAGES times, each until the view
            has fetched the next page and painted it (deep paging: keyset vs OFFSET)
spawn     = parent's time.time() before Popen until the first painted rows (interpreter + imports)
peak RSS  = ru_maxrss from os.wait4 (KiB on Linux) over the child's life (the parent stays small:
            the database is built in another child, see run()); the JSON also has each
            child's own VmHWM (`hwm_kib`) as a cross-check
Medians are printed with the ratios app/bare (aim: <= 1.5x).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
AIM = 1.5
FILTER = "Customer 0001"
SCROLL_PAGES = 25
MARK = "bench_result="
METRICS = ("import_s", "open_s", "filter_s", "scroll_s", "spawn_s", "peak_rss_kib")
WORDS = ["Contoso", "Fabrikam", "Northwind", "Adventure Works", "Tailspin", "Litware", "Proseware", "Wingtip",
         "Woodgrove", "Alpine Ski", "Blue Yonder", "Coho Winery", "Fourth Coffee", "Lucerne", "Margie's Travel",
         "Trey Research", "Wide World", "Münster Bau", "Ærø Fisk", "Łódź Logistyka"]
SUFFIXES = ["Ltd", "GmbH", "SA", "Inc", "LLC", "AB", "Oy", "BV", "SRL", "KK"]


# -- the database -------------------------------------------------------------------------------------


def customers(n: int, seed: int = 1) -> list[dict]:
    """n customers with ascending ids; 'Customer NNNNN' numbers shuffled so name order != id order."""
    rng = random.Random(seed)
    numbers = list(range(n))
    rng.shuffle(numbers)
    base = datetime(2019, 1, 1, tzinfo=UTC)
    rows = []
    for i, number in enumerate(numbers):
        word = rng.choice(WORDS)
        rows.append({
            "customer_id": 1_000 + i,
            "name": f"Customer {number:05d} {word} {rng.choice(SUFFIXES)}",
            "domain": f"{word.lower().replace(' ', '').replace(chr(39), '')}{number}.onmicrosoft.com",
            "country": rng.choice(["GB", "DE", "FR", "NL", "NO", "SE", "PL", "IE"]),
            "provider_relationship": rng.random() > 0.05,
            "since": base + timedelta(minutes=rng.randrange(3_000_000)),
        })
    return rows


def build_database(path: Path, n: int) -> dict:
    """The benchmark database, written through the store API; returns ids and the append time."""
    sys.path.insert(0, str(ROOT))
    from wizard.store import Store
    from wizard.store.relationships import RelationshipStore

    rows = customers(n)
    with Store.open(path) as store:
        case_id = store.create_case("bench")
        cache = RelationshipStore(store)
        cache.save_providers(case_id, [{"provider_id": "p-bench", "name": "Bench Distribution",
                                        "countries": ["GB"], "regions": ["Europe"], "admin_access": True}])
        started = time.perf_counter()
        cache.append_customers(case_id, "p-bench", rows)
        append_s = time.perf_counter() - started
        count = cache.customer_count(case_id, "p-bench")
    return {"case_id": case_id, "provider_id": "p-bench", "append_s": append_s, "customers": count}


def _own_hwm_kib() -> int | None:
    """This process's own peak RSS (VmHWM of its address space; Linux only)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


# -- one child run --------------------------------------------------------------------------------------


def child(variant: str, db: Path, case_id: int, provider_id: str, filter_text: str) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    result: dict = {}

    started = time.perf_counter()
    if variant == "app":
        sys.path.insert(0, str(ROOT))
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QAbstractItemView, QTableView

        from wizard.store.customer_view import SharedCustomerSource
        from wizard.ui.models import COL_NAME, SharedCustomersModel

        t0 = time.perf_counter()
        model = SharedCustomersModel(SharedCustomerSource.on_file(db, case_id, provider_id))
        view = QTableView()
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setModel(model)
        view.horizontalHeader().setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)

        def counted(total: int) -> None:  # what the customers tab's "N customers" label shows
            if "filter_started" in result and "count_s" not in result:
                result["count_s"] = time.perf_counter() - result["filter_started"]

        model.total_changed.connect(counted)

        def apply_filter(text: str) -> None:
            model.set_filter(text, False)
    else:
        if variant == "bare_libs":
            import sqlalchemy.orm  # noqa: F401 - the libraries the app has loaded before the window opens
        sys.path.insert(0, str(HERE))
        from bare_customer_view import build

        t0 = time.perf_counter()
        view, model = build(db, case_id, provider_id)

        def apply_filter(text: str) -> None:
            model.set_filter(text)
    result["import_s"] = t0 - started

    phases = iter(["open", "filter", *[f"scroll{i}" for i in range(SCROLL_PAGES)]])
    state = {"phase": next(phases), "since": t0, "want_rows": 1, "pending": False}

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not state["pending"] and model.rowCount() >= state["want_rows"]:
                state["pending"] = True
                QTimer.singleShot(0, done)  # once this paint has finished
            return False

    def done() -> None:
        elapsed = time.perf_counter() - state["since"]
        phase = state["phase"]
        if phase == "open":
            result["open_s"] = elapsed
            print(f"first_rows_epoch={time.time():.6f}", flush=True)
        elif phase == "filter":
            result["filter_s"] = elapsed
            result["filter_rows"] = model.rowCount()
        else:
            result["scroll_s"] = result.get("scroll_s", 0.0) + elapsed
        state["phase"] = next(phases, None)
        if state["phase"] is None:
            result["scroll_rows"] = model.rowCount()
            result["hwm_kib"] = _own_hwm_kib()
            result.pop("filter_started", None)
            print(MARK + json.dumps(result), flush=True)
            app.quit()
            return
        QTimer.singleShot(0, start_next)

    def start_next() -> None:
        state["pending"] = False
        state["since"] = time.perf_counter()
        if state["phase"] == "filter":
            result["filter_started"] = state["since"]
            apply_filter(filter_text)
            state["want_rows"] = 1
        else:
            if state["phase"] == "scroll0":
                apply_filter("")  # untimed: back to all rows, then page down through them
                state["since"] = time.perf_counter()
            state["want_rows"] = model.rowCount() + 1
            view.scrollToBottom()
        view.viewport().update()

    view.viewport().installEventFilter(Painted(view))
    view.resize(1000, 700)
    view.show()
    QTimer.singleShot(60_000, lambda: (print("timed out", file=sys.stderr), app.exit(2)))
    return app.exec()


# -- the parent -------------------------------------------------------------------------------------------


def measure(variant: str, info: dict, db: Path, filter_text: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIZARD_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", variant, "--db", str(db),
           "--case", str(info["case_id"]), "--provider", info["provider_id"], "--filter", filter_text]
    with tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        spawned = time.time()
        proc = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=err, text=True)
        assert proc.stdout is not None
        sample: dict | None = None
        first_rows: float | None = None
        for line in proc.stdout:
            if line.startswith("first_rows_epoch="):
                first_rows = float(line.split("=", 1)[1])
            elif line.startswith(MARK):
                sample = json.loads(line[len(MARK):])
        _, status, usage = os.wait4(proc.pid, 0)
        code = os.waitstatus_to_exitcode(status)
        if code != 0 or sample is None or first_rows is None:
            err.seek(0)
            raise SystemExit(f"{variant} child failed (exit {code}):\n{err.read()[-4000:]}")
    sample["spawn_s"] = first_rows - spawned
    sample["peak_rss_kib"] = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss // 1024
    return sample


def run(rounds: int, n: int, filter_text: str, progress) -> dict:
    with tempfile.TemporaryDirectory(prefix="csp-bench-customers-") as scratch:
        db = Path(scratch) / "wizard.sqlite"
        progress(f"building {n:,} customers through the store API...")
        # In a child: after os.fork/vfork + exec, Linux carries the parent's RSS high-water mark
        # into the child's ru_maxrss, so the parent must never hold the 100,000 rows itself.
        built = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--build", str(db), "--customers", str(n)],
                               cwd=ROOT, capture_output=True, text=True, check=True)
        info = json.loads(built.stdout)
        progress(f"  append_customers: {info['append_s']:.2f} s")
        samples: dict[str, list[dict]] = {"app": [], "bare": [], "bare_libs": []}
        for index in range(rounds + 1):  # round 0 is the untimed warm-up (OS and bytecode caches)
            order = ("app", "bare", "bare_libs") if index % 2 else ("bare_libs", "bare", "app")
            for variant in order:
                sample = measure(variant, info, db, filter_text)
                if index:
                    samples[variant].append(sample)
            progress(f"round {index}/{rounds}" + (" (warm-up)" if not index else ""))

    report: dict = {
        "rounds": rounds, "customers": info["customers"], "filter": filter_text, "scroll_pages": SCROLL_PAGES,
        "append_customers_s": round(info["append_s"], 3),
        "python": platform.python_version(), "platform": platform.platform(), "aim_ratio": AIM,
    }
    for variant, runs in samples.items():
        report[variant] = {m: statistics.median(s[m] for s in runs) for m in METRICS}
        report[variant]["filter_rows"] = runs[0]["filter_rows"]
        report[variant]["samples"] = runs
    for variant, runs in samples.items():
        hwm = [s["hwm_kib"] for s in runs if s.get("hwm_kib")]
        report[variant]["hwm_kib"] = statistics.median(hwm) if hwm else None
    counts = [s["count_s"] for s in samples["app"] if "count_s" in s]
    report["app"]["count_s"] = statistics.median(counts) if counts else None
    report["ratios"] = {m: round(report["app"][m] / report["bare"][m], 3) for m in METRICS}
    report["peak_rss_vs_bare_libs"] = round(report["app"]["peak_rss_kib"] / report["bare_libs"]["peak_rss_kib"], 3)
    report["within_aim"] = (all(report["ratios"][m] <= AIM for m in ("open_s", "filter_s"))
                            and report["peak_rss_vs_bare_libs"] <= AIM)
    return report


def render(r: dict) -> str:
    lines = [
        (f"Customers table: {r['customers']:,} customers, {r['rounds']} rounds (+1 warm-up), medians; "
         f"Python {r['python']}, {r['platform']}"),
        f"append_customers (store API, one transaction): {r['append_customers_s']:.2f} s",
        f"filter {r['filter']!r}: {r['app']['filter_rows']} rows; scroll: {r['scroll_pages']} pages down",
        "",
        f"{'variant':<9}{'open':>10}{'filter':>10}{'scroll':>10}{'import':>10}{'spawn':>10}{'peak RSS':>13}",
    ]
    for name in ("app", "bare", "bare_libs"):
        s = r[name]
        lines.append(f"{name:<9}{s['open_s'] * 1000:>7.1f} ms{s['filter_s'] * 1000:>7.1f} ms"
                     f"{s['scroll_s'] * 1000:>7.0f} ms{s['import_s'] * 1000:>7.1f} ms{s['spawn_s'] * 1000:>7.0f} ms"
                     f"{s['peak_rss_kib'] / 1024:>9.1f} MiB")
    q = r["ratios"]
    lines.append(f"{'app/bare':<9}{q['open_s']:>9.2f}x{q['filter_s']:>9.2f}x{q['scroll_s']:>9.2f}x"
                 f"{q['import_s']:>9.2f}x{q['spawn_s']:>9.2f}x{q['peak_rss_kib']:>12.2f}x")
    lines.append(f"peak RSS app/bare_libs (the aim; bare_libs has SQLAlchemy loaded): {r['peak_rss_vs_bare_libs']:.2f}x")
    if r["app"].get("count_s") is not None:
        lines.append(f"app: the filter's count (total_changed, after the repaint) arrives at "
                     f"{r['app']['count_s'] * 1000:.1f} ms")
    lines.append("")
    lines.append(f"open, filter (vs bare) and peak RSS (vs bare_libs) {'within' if r['within_aim'] else 'OVER'} "
                 f"the {AIM}x aim")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=5, help="timed rounds per variant (default 5)")
    parser.add_argument("--customers", type=int, default=100_000, help="customers in the database (default 100,000)")
    parser.add_argument("--filter", default=FILTER, help=f"filter text (default {FILTER!r})")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    parser.add_argument("--child", choices=("app", "bare", "bare_libs"), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--case", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--provider", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child, args.db, args.case, args.provider, args.filter)
    if args.build:
        print(json.dumps(build_database(args.build, args.customers)))
        return 0
    if args.rounds < 1:
        parser.error("--rounds must be >= 1")
    progress = (lambda msg: None) if args.json else (lambda msg: print(msg, file=sys.stderr, flush=True))
    report = run(args.rounds, args.customers, args.filter, progress)
    print(json.dumps(report, indent=2) if args.json else render(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
