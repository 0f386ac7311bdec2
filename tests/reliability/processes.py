"""Child processes that report one event per stdout line, read without blocking the test forever."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

LINE_TIMEOUT_S = 60.0
ROOT = Path(__file__).resolve().parents[2]


def child_env(tmp_path: Path) -> dict[str, str]:
    """The environment of a child wizard: offscreen, its own log and config folders, no system keyring."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        WIZARD_LOG_DIR=str(tmp_path / "logs"),
        WIZARD_CONFIG_DIR=str(tmp_path / "config"),
        PYTHONPATH=str(ROOT),
        PYTHONDONTWRITEBYTECODE="1",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",  # never the user's keyring: session vault
    )
    for name in ("WIZARD_STAFF_NAME", "WIZARD_DB", "WIZARD_SANDBOX_SCENARIO"):
        env.pop(name, None)
    return env


@dataclass
class LineProcess:
    """A child process and the lines it prints (stdout and stderr together)."""

    process: subprocess.Popen
    lines: queue.Queue = field(default_factory=queue.Queue)
    log: list[str] = field(default_factory=list)

    @classmethod
    def start(cls, args: list[str], env: dict[str, str]) -> LineProcess:
        process = subprocess.Popen(
            [sys.executable, *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
            env=env, text=True, bufsize=1, cwd=ROOT,
        )
        child = cls(process)
        threading.Thread(target=child._pump, daemon=True).start()
        return child

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def send(self, command: str) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def next_line(self, timeout: float = LINE_TIMEOUT_S) -> str | None:
        """The next line, or None once the process has ended and said everything."""
        try:
            line = self.lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no output from the child for {timeout:.0f} s; last lines:\n" + self.tail()) from None
        if line is None:
            self.lines.put(None)  # stays ended
            return None
        self.log.append(line)
        if line.startswith("ERROR"):
            raise AssertionError(f"child failed: {line}\n" + self.tail())
        return line

    def expect(self, prefix: str, timeout: float = LINE_TIMEOUT_S, stop_at: tuple[str, ...] = ("EXIT",)) -> str:
        """Skip other lines until one starts with `prefix`; fail if one starting with `stop_at` comes first."""
        import time

        deadline = time.monotonic() + timeout
        while True:
            line = self.next_line(max(0.1, deadline - time.monotonic()))
            if line is None:
                raise AssertionError(f"the child ended while waiting for {prefix}:\n" + self.tail())
            if line.startswith(prefix):
                return line
            if line.startswith(stop_at):
                raise AssertionError(f"the child ended while waiting for {prefix}: {line}\n" + self.tail())

    def tail(self, n: int = 20) -> str:
        return "\n".join(self.log[-n:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)
