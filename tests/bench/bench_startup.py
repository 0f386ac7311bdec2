"""Startup benchmark: time to the first painted page and peak memory, the app against a bare PySide6 QWizard.

    python tests/bench/bench_startup.py [--runs N] [--warmup N] [--json]

Four variants are measured in the same run, interleaved round by round (N runs each), each run
preceded by os.sync() and a short pause (--pause) so one run's aftermath does not slow the next:
- app first run: `python -m wizard --database <fresh path>` (the file does not exist yet);
- app resumed:   the same command again on the database the first run just created (warm path);
- bare:          tests/bench/bare_wizard.py, a plain PySide6 QWizard with the app's seven pages and window
                 (same widget kinds and counts: the report shows both widget counts);
- bare + libs:   the same with WIZARD_BENCH_BARE_STACK=1: after its paint a worker loads and uses the
                 libraries the app's background start-up loads (bare_stack.py: SQLAlchemy ORM on SQLite,
                 pydantic, keyring), so app/bare+libs is the app's own memory overhead.
All run with QT_QPA_PLATFORM=offscreen and bytecode caching on (PYTHONDONTWRITEBYTECODE removed,
PYTHONPYCACHEPREFIX in a scratch folder that the untimed warm-up round fills), the app with
WIZARD_EXIT_AFTER_FIRST_PAINT=1: it prints `first_paint_epoch=<time.time()>` at its first painted
page and quits (bare does the same).

startup   = first_paint_epoch - the parent's time.time() just before Popen (interpreter start included)
peak RSS  = ru_maxrss from os.wait4 (KiB on Linux): the whole life of the process, so for the app
            it includes the worker-thread startup (SQLAlchemy, Alembic, keyring, sandbox) that
            finishes after the first paint while the app shuts down
RSS@paint = VmHWM from /proc/<pid>/status when the parent reads the first-paint line (Linux only):
            the peak up to (about) the first paint; `paint_rss_kib` is the child's own VmRSS then
idle      = both children stay up LINGER_MS (2 s) after the paint, idle (the app finishes its
            background start-up meanwhile), then print VmRSS (`idle_rss_kib`) and VmHWM
            (`idle_hwm_kib`: the peak over the same window, start to paint + 2 s, for both)
Medians are reported, and the ratios app/bare (the budget is 1.3x).
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
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
BARE = HERE / "bare_wizard.py"
MARK = "first_paint_epoch="
BUDGET = 1.3
TIMEOUT = 120.0
STACK_ENV = "WIZARD_BENCH_BARE_STACK"
"""Set to 1 for the bare wizard to load the app's libraries after its paint (bare_stack.py): `bare + libs`."""
LINGER_MS = 2000
"""Both children stay up this long after the first paint, then report their memory (an idle app)."""


@dataclass
class Sample:
    startup_s: float
    peak_rss_kib: int
    rss_at_paint_kib: int | None
    exit_s: float
    widgets: int | None = None  # QWidgets in the window at the first paint (the two trees' size)
    paint_rss_kib: int | None = None  # the child's own VmRSS at its first paint
    idle_rss_kib: int | None = None  # VmRSS after LINGER_MS idle (the background start-up has run)
    idle_hwm_kib: int | None = None  # VmHWM then: the peak from start to paint + LINGER_MS
    cpu_ms: int | None = None  # the child's CPU time (all threads) at its first paint: steadier than wall time


def _env(scratch: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIZARD_")}
    # Bytecode caching on, like an installed app or the PyInstaller bundle (with
    # PYTHONDONTWRITEBYTECODE=1 every wizard module would be recompiled at each start, ~30 ms),
    # kept in the scratch folder so the checkout is not touched; the warm-up round fills it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        WIZARD_EXIT_AFTER_FIRST_PAINT="1",
        WIZARD_BENCH_LINGER_MS=str(LINGER_MS),
        WIZARD_LOG_DIR=str(scratch / "logs"),
        PYTHONPYCACHEPREFIX=str(scratch / "pycache"),
    )
    return env


def _hwm_kib(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def settle(pause: float) -> None:
    """Let the previous child's aftermath (SQLite fsyncs being written back, exit) finish first.

    Without this a run that starts right after an app first run (which migrates two databases)
    is measurably slower (~30 ms) whatever it is, which skewed 'resumed' against 'first'."""
    if hasattr(os, "sync"):
        os.sync()
    time.sleep(pause)


def measure(cmd: list[str], env: dict[str, str], cwd: Path, pause: float = 0.0) -> Sample:
    """Run one child to its exit; time its first paint from just before spawning it."""
    settle(pause)
    with tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        t0 = time.time()
        proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=err, text=True)
        paint: float | None = None
        rss_at_paint: int | None = None
        reported: dict[str, int | None] = {}
        assert proc.stdout is not None
        for line in proc.stdout:  # the children print little: reading to EOF cannot block them
            if paint is None and line.startswith(MARK):
                paint = float(line[len(MARK) :].strip())
                rss_at_paint = _hwm_kib(proc.pid)
            elif line.startswith(("widgets=", "idle_rss_kib=")):
                reported.update(_key_values(line))
        _, status, usage = os.wait4(proc.pid, 0)
        exit_s = time.time() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0 or paint is None:
            err.seek(0)
            raise SystemExit(
                f"benchmark child failed (exit {proc.returncode}, first paint {'seen' if paint else 'never seen'}): "
                f"{' '.join(cmd)}\n{err.read()[-4000:]}"
            )
    rss = usage.ru_maxrss if sys.platform != "darwin" else usage.ru_maxrss // 1024  # macOS reports bytes
    return Sample(paint - t0, rss, rss_at_paint, exit_s, reported.get("widgets"), reported.get("paint_rss_kib"),
                  reported.get("idle_rss_kib"), reported.get("idle_hwm_kib"), reported.get("cpu_ms"))


def _key_values(line: str) -> dict[str, int | None]:
    """`a=1 b=None` -> {"a": 1, "b": None}."""
    out: dict[str, int | None] = {}
    for part in line.split():
        key, _, value = part.partition("=")
        out[key] = int(value) if value.isdigit() else None
    return out


def app_cmd(db: Path) -> list[str]:
    return [sys.executable, "-m", "wizard", "--database", str(db)]


def bare_cmd() -> list[str]:
    return [sys.executable, str(BARE)]


def _median(samples: list[Sample], attr: str) -> float | None:
    values = [getattr(s, attr) for s in samples if getattr(s, attr) is not None]
    return statistics.median(values) if values else None


def summary(samples: list[Sample]) -> dict:
    return {
        "startup_s": _median(samples, "startup_s"),
        "startup_min_s": min(s.startup_s for s in samples),
        "peak_rss_kib": _median(samples, "peak_rss_kib"),
        "rss_at_paint_kib": _median(samples, "rss_at_paint_kib"),
        "exit_s": _median(samples, "exit_s"),
        "widgets": _median(samples, "widgets"),
        "paint_rss_kib": _median(samples, "paint_rss_kib"),
        "idle_rss_kib": _median(samples, "idle_rss_kib"),
        "idle_hwm_kib": _median(samples, "idle_hwm_kib"),
        "cpu_ms": _median(samples, "cpu_ms"),
        "samples": [asdict(s) for s in samples],
    }


def _ratio(a: float | None, b: float | None) -> float | None:
    return round(a / b, 3) if a is not None and b else None


def run(runs: int, warmup: int, progress, pause: float = 0.5) -> dict:
    results: dict[str, list[Sample]] = {"app_first": [], "app_resumed": [], "bare": [], "bare_stack": []}
    with tempfile.TemporaryDirectory(prefix="csp-bench-") as scratch:
        base = Path(scratch)
        env = _env(base)

        def app_pair(index: int, record: bool) -> None:
            db = base / f"round{index}" / "wizard.sqlite"  # absent: a true first run
            first = measure(app_cmd(db), env, ROOT, pause)
            resumed = measure(app_cmd(db), env, ROOT, pause)  # the database the first run created
            if record:
                results["app_first"].append(first)
                results["app_resumed"].append(resumed)

        def bare(record: bool) -> None:
            sample = measure(bare_cmd(), env, ROOT, pause)
            stacked = measure(bare_cmd(), {**env, STACK_ENV: "1"}, ROOT, pause)
            if record:
                results["bare"].append(sample)
                results["bare_stack"].append(stacked)

        for index in range(warmup):  # fill the OS file cache and the bytecode cache for both
            progress(f"warm-up {index + 1}/{warmup}")
            app_pair(-1 - index, record=False)
            bare(record=False)
        for index in range(runs):
            progress(f"run {index + 1}/{runs}")
            if index % 2:  # alternate the order so drift (thermal, cache) hits both sides alike
                bare(True)
                app_pair(index, True)
            else:
                app_pair(index, True)
                bare(True)

    report: dict = {
        "runs": runs,
        "warmup": warmup,
        "pause_s": pause,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "pyside6": _pyside_version(),
        "budget_ratio": BUDGET,
        "linger_ms": LINGER_MS,
    }
    for name, samples in results.items():
        report[name] = summary(samples)
    bare_summary = report["bare"]
    report["ratios"] = {
        kind: {
            metric: _ratio(report[f"app_{kind}"][metric], bare_summary[metric])
            for metric in ("startup_s", "peak_rss_kib", "rss_at_paint_kib", "paint_rss_kib", "idle_rss_kib",
                           "idle_hwm_kib", "widgets", "cpu_ms")
        }
        for kind in ("first", "resumed")
    }
    stack = report["bare_stack"]
    report["ratios_to_bare_stack"] = {  # the app's own overhead: the same libraries loaded by both
        kind: {metric: _ratio(report[f"app_{kind}"][metric], stack[metric]) for metric in ("idle_rss_kib", "idle_hwm_kib")}
        for kind in ("first", "resumed")
    }
    report["within_budget"] = all(
        (r["startup_s"] or 0) <= BUDGET and (r["peak_rss_kib"] or 0) <= BUDGET for r in report["ratios"].values()
    )
    return report


def _pyside_version() -> str:
    try:
        import PySide6

        return PySide6.__version__
    except ImportError:
        return "?"


def _mib(kib: float | None) -> str:
    return "n/a" if kib is None else f"{kib / 1024:.1f} MiB"


def render(report: dict) -> str:
    lines = [
        (f"Startup benchmark: {report['runs']} runs each (+{report['warmup']} warm-up), medians; "
         f"Python {report['python']}, PySide6 {report['pyside6']}, {report['platform']}"),
        "",
        f"{'variant':<14}{'first paint':>13}{'peak RSS':>14}{'RSS@paint':>14}{'to exit':>10}",
    ]
    for name, label in (("app_first", "app, first"), ("app_resumed", "app, resumed"), ("bare", "bare QWizard"),
                        ("bare_stack", "bare + libs")):
        s = report[name]
        lines.append(
            f"{label:<14}{s['startup_s'] * 1000:>10.0f} ms{_mib(s['peak_rss_kib']):>14}"
            f"{_mib(s['rss_at_paint_kib']):>14}{s['exit_s'] * 1000:>7.0f} ms"
        )
    lines.append("")
    for kind in ("first", "resumed"):
        r = report["ratios"][kind]
        flags = [m for m in ("startup_s", "peak_rss_kib") if (r[m] or 0) > BUDGET]
        verdict = f"OVER the {BUDGET}x budget: {', '.join(flags)}" if flags else f"within {BUDGET}x"
        lines.append(
            f"app/bare ({kind:<7}): startup {r['startup_s']:.2f}x, peak RSS {r['peak_rss_kib']:.2f}x, "
            f"RSS@paint {r['rss_at_paint_kib'] if r['rss_at_paint_kib'] is None else format(r['rss_at_paint_kib'], '.2f')}x"
            f"  -> {verdict}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per variant (default 7)")
    parser.add_argument("--warmup", type=int, default=1, help="untimed rounds first (default 1)")
    parser.add_argument("--pause", type=float, default=0.5, help="sync + pause before each run, s (default 0.5)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmup < 1:
        parser.error("--runs and --warmup must be >= 1 (the warm-up round fills the bytecode cache)")
    progress = (lambda msg: print(msg, file=sys.stderr, flush=True)) if not args.json else (lambda msg: None)
    report = run(args.runs, args.warmup, progress, args.pause)
    print(json.dumps(report, indent=2) if args.json else render(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
