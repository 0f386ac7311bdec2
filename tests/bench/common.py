"""Shared helpers of the benchmarks: percentiles, a child process's environment, reading its result line."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
RESULT = "bench_result="
"""A child prints one line `bench_result=<json>`; everything else it prints is ignored."""


def percentile(values: Sequence[float], p: float) -> float:
    """The p-th percentile (0-100) with linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summary_ms(seconds: Iterable[float], points: Sequence[float] = (50, 95, 99)) -> dict[str, Any]:
    """Percentiles and max of durations given in seconds, in milliseconds (rounded to 3 decimals)."""
    values = [s * 1000 for s in seconds]
    out: dict[str, Any] = {"n": len(values)}
    for p in points:
        out[f"p{p:g}_ms"] = round(percentile(values, p), 3)
    out["max_ms"] = round(max(values), 3) if values else math.nan
    return out


def child_env(scratch: Path, **extra: str) -> dict[str, str]:
    """A clean environment for an app child: offscreen Qt, no WIZARD_* from the shell, files in `scratch`,
    bytecode caching on (as an installed app), no real keyring (the session-only vault)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIZARD_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        WIZARD_LOG_DIR=str(scratch / "logs"),
        WIZARD_CONFIG_DIR=str(scratch / "config"),
        PYTHONPYCACHEPREFIX=str(scratch / "pycache"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
    )
    env.update(extra)
    return env


def run_child(module: str, args: list[str], env: dict[str, str], timeout: float = 900) -> dict[str, Any]:
    """Run `python -m <module> <args>` and return the JSON of its `bench_result=` line."""
    cmd = [sys.executable, "-m", module, *args]
    with tempfile.TemporaryFile("w+", encoding="utf-8") as err:
        proc = subprocess.run(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=err, text=True,
                              timeout=timeout, check=False)
        for line in proc.stdout.splitlines():
            if line.startswith(RESULT):
                return json.loads(line[len(RESULT):])
        err.seek(0)
        raise RuntimeError(f"{module} failed (exit {proc.returncode}):\n{err.read()[-4000:]}")


def emit(result: dict[str, Any]) -> None:
    """What a child prints as its result (see RESULT)."""
    print(RESULT + json.dumps(result), flush=True)


def add_root_to_path() -> None:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
