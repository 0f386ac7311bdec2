"""A read on a worker of which only the latest counts: a view that reads again drops an older answer arriving late."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from shiboken6 import isValid

from wizard.ui.tasks import run_task


class LatestRead:
    """Runs `owner`'s reads with `run_task`; a result reaches `on_done` only if it answers the latest read asked
    for and `owner` still exists (not closed for good). Errors always reach `on_error`."""

    def __init__(self, owner: QObject) -> None:
        self._owner = owner
        self._asked = 0

    def run(
        self, work: Callable[[], Any], on_done: Callable[[Any], None], on_error: Callable[[Exception], None]
    ) -> None:
        self._asked += 1
        asked = self._asked

        def deliver(result: Any) -> None:
            if isValid(self._owner) and asked == self._asked:
                on_done(result)

        run_task(work, deliver, on_error)
