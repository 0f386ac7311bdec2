"""Case-list benchmark: the app's CaseListWindow table against a bare lazy QTableView, 10,000 cases with 15 fields each.

    python tests/bench/bench_case_list.py [--rounds N] [--cases N] [--search TEXT] [--json]

One temporary database (tests/case_list_data.py: 10,000 cases, up to 15 fields each, written in one
transaction), then one untimed warm-up round and N rounds alternating which variant goes first; every
run is its own child process (QT_QPA_PLATFORM=offscreen, 1100x640 window):
- app:  wizard.ui.case_list.CaseListWindow (CaseListModel over CaseListSource, Core on one read-only connection,
        search = LIKE on the stored cases.search_key);
- bare: a minimal QAbstractTableModel + QTableView over the same rows (the same five LEFT JOINs on
        case_fields, LIMIT/OFFSET pages of 200, `lower(...) LIKE` search, no formatting).
open   = building the window/view until its table has painted rows (timed when control returns to
         the event loop, so the paint is included)
search = set_filter(SEARCH) until the table has painted the matching rows
Ratios are app/bare (aim <= 1.5x).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
AIM = 1.5
SEARCH = "contoso 12"
MARK = "bench_result="
METRICS = ("open_s", "search_s")

BARE_SQL = (
    "SELECT c.id, coalesce(fc.value, ''), coalesce(fm.value, ''),"
    " trim(coalesce(ff.value, '') || ' ' || coalesce(fl.value, '')) || ' <' || coalesce(fe.value, '') || '>',"
    " c.step, c.status, c.owner, c.updated_at FROM cases c"
    " LEFT JOIN case_fields fc ON fc.case_id = c.id AND fc.key = 'legal_name'"
    " LEFT JOIN case_fields fm ON fm.case_id = c.id AND fm.key = 'mpn_id'"
    " LEFT JOIN case_fields ff ON ff.case_id = c.id AND ff.key = 'contact_first_name'"
    " LEFT JOIN case_fields fl ON fl.case_id = c.id AND fl.key = 'contact_last_name'"
    " LEFT JOIN case_fields fe ON fe.case_id = c.id AND fe.key = 'contact_email'"
    " WHERE c.archived = 0 AND lower(coalesce(fc.value, '') || ' ' || coalesce(fm.value, '') || ' ' ||"
    " coalesce(ff.value, '') || ' ' || coalesce(fl.value, '') || ' ' || coalesce(fe.value, '') || ' ' || c.owner) LIKE ?"
    " ORDER BY c.updated_at DESC, c.id DESC LIMIT 200 OFFSET ?"
)


def bare_view(db: Path):
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    class BareModel(QAbstractTableModel):
        def __init__(self) -> None:
            super().__init__()
            self.conn = sqlite3.connect(db.resolve().as_uri() + "?mode=ro", uri=True)
            self.pattern, self.rows, self.more = "%", [], True

        def rowCount(self, parent=QModelIndex()) -> int:
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()) -> int:
            return 0 if parent.isValid() else 7

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column() + 1]
            return None

        def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
            if role != Qt.ItemDataRole.DisplayRole:
                return None  # not super().headerData(): PySide6 6.12 None refcount bug
            return str(section + 1)

        def canFetchMore(self, parent=QModelIndex()) -> bool:
            return not parent.isValid() and self.more

        def fetchMore(self, parent=QModelIndex()) -> None:
            rows = self.conn.execute(BARE_SQL, (self.pattern, len(self.rows))).fetchall()
            self.more = len(rows) == 200
            if rows:
                self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
                self.rows.extend(rows)
                self.endInsertRows()

        def set_filter(self, text: str) -> None:
            self.beginResetModel()
            self.pattern = f"%{text.strip().lower()}%"
            self.rows, self.more = [], True
            self.endResetModel()

    model = BareModel()
    view = QTableView()
    view.setModel(model)
    return view, view, model, model.set_filter


def child(variant: str, db: Path, search: str) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    sys.path.insert(0, str(ROOT))
    if variant == "app":
        from wizard.store import Store
        from wizard.ui.case_list import CaseListWindow

        store = Store.open(db, integrity_check=False)  # the app has its store open long before this window
        t0 = time.perf_counter()
        window = CaseListWindow(store, "bench")
        view, model = window.view, window.model
        apply = lambda text: model.set_filter(text, False)  # noqa: E731
    else:
        t0 = time.perf_counter()
        window, view, model, apply = bare_view(db)
    result: dict = {}
    phases = iter(["open", "search"])
    state = {"phase": next(phases), "since": t0, "pending": False}

    class Painted(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and not state["pending"] and model.rowCount() > 0:
                state["pending"] = True
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        result[f"{state['phase']}_s"] = time.perf_counter() - state["since"]
        result[f"{state['phase']}_rows"] = model.rowCount()
        state["phase"] = next(phases, None)
        if state["phase"] is None:
            print(MARK + json.dumps(result), flush=True)
            app.quit()
            return
        QTimer.singleShot(0, start_search)

    def start_search() -> None:
        state["pending"] = False
        state["since"] = time.perf_counter()
        apply(search)
        view.viewport().update()

    view.viewport().installEventFilter(Painted(view))
    window.resize(1100, 640)
    window.show()
    QTimer.singleShot(60_000, lambda: (print("timed out", file=sys.stderr), app.exit(2)))
    return app.exec()


def measure(variant: str, db: Path, search: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIZARD_")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", variant, "--db", str(db), "--search", search]
    proc = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    for line in proc.stdout.splitlines():
        if line.startswith(MARK):
            return json.loads(line[len(MARK):])
    raise SystemExit(f"{variant} child failed (exit {proc.returncode}):\n{proc.stderr[-4000:]}")


def run(rounds: int, n: int, search: str, progress) -> dict:
    sys.path.insert(0, str(ROOT))
    from tests.case_list_data import fill, random_cases
    from wizard.store import Store

    with tempfile.TemporaryDirectory(prefix="csp-bench-cases-") as scratch:
        db = Path(scratch) / "wizard.sqlite"
        Store.open(db).close()
        started = time.perf_counter()
        fill(db, random_cases(n))
        progress(f"{n:,} cases written in {time.perf_counter() - started:.2f} s")
        samples: dict[str, list[dict]] = {"app": [], "bare": []}
        for index in range(rounds + 1):
            for variant in (("app", "bare") if index % 2 else ("bare", "app")):
                sample = measure(variant, db, search)
                if index:
                    samples[variant].append(sample)
            progress(f"round {index}/{rounds}" + (" (warm-up)" if not index else ""))
    report: dict = {"rounds": rounds, "cases": n, "search": search, "python": platform.python_version(),
                    "platform": platform.platform(), "aim_ratio": AIM}
    for variant, runs in samples.items():
        report[variant] = {m: statistics.median(s[m] for s in runs) for m in METRICS}
        report[variant]["search_rows"] = runs[0]["search_rows"]
        report[variant]["samples"] = runs
    report["ratios"] = {m: round(report["app"][m] / report["bare"][m], 3) for m in METRICS}
    report["within_aim"] = all(report["ratios"][m] <= AIM for m in METRICS)
    return report


def render(r: dict) -> str:
    lines = [f"Case list: {r['cases']:,} cases, {r['rounds']} rounds (+1 warm-up), medians; Python {r['python']}",
             f"search {r['search']!r}: app {r['app']['search_rows']} rows, bare {r['bare']['search_rows']} rows", "",
             f"{'variant':<9}{'open':>11}{'search':>11}"]
    for name in ("app", "bare"):
        lines.append(f"{name:<9}{r[name]['open_s'] * 1000:>8.1f} ms{r[name]['search_s'] * 1000:>8.1f} ms")
    lines.append(f"{'app/bare':<9}{r['ratios']['open_s']:>10.2f}x{r['ratios']['search_s']:>10.2f}x")
    lines.append(f"\nopen and search {'within' if r['within_aim'] else 'OVER'} the {AIM}x aim")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--search", default=SEARCH)
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    parser.add_argument("--child", choices=("app", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(args.child, args.db, args.search)
    progress = (lambda text: print(text, file=sys.stderr)) if args.json else print
    report = run(args.rounds, args.cases, args.search, progress)
    print(json.dumps(report, indent=2) if args.json else render(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
