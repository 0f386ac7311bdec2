"""The values of a case being edited, and which are not saved yet: pure Python, safe across threads.

The GUI types into it, workers (sign-in, prefill) set values in it, and the case's writer takes what is
unsaved from it (`take_unsaved`) and gives it back if the write fails (`keep_unsaved`), so nothing typed
is ever lost to a failed write."""

from __future__ import annotations

import threading
from collections.abc import Mapping

from wizard.domain.case import Case


class CaseDraft:
    def __init__(self, values: Mapping[str, str] | None = None) -> None:
        self.values: dict[str, str] = dict(values or {})
        self._unsaved: set[str] = set()
        self.lock = threading.RLock()

    def value(self, key: str) -> str:
        with self.lock:
            return self.values.get(key, "")

    def set_value(self, key: str, value: str) -> bool:
        """Record an edit; returns whether it changed anything."""
        with self.lock:
            if self.values.get(key, "") == value:
                return False
            self.values[key] = value
            self._unsaved.add(key)
            return True

    def set_values(self, values: Mapping[str, str]) -> None:
        for key, value in values.items():
            self.set_value(key, value)

    def snapshot(self) -> dict[str, str]:
        with self.lock:
            return dict(self.values)

    def case(self, status: str, step: str, case_id: int | None) -> Case:
        with self.lock:
            return Case.from_values(self.values, status, step, case_id)

    def has_unsaved(self) -> bool:
        with self.lock:
            return bool(self._unsaved)

    def unsaved_values(self) -> dict[str, str]:
        with self.lock:
            return {key: self.values.get(key, "") for key in self._unsaved}

    def take_unsaved(self) -> dict[str, str]:
        """The unsaved values, now counted as being written."""
        with self.lock:
            taken = {key: self.values.get(key, "") for key in self._unsaved}
            self._unsaved.clear()
            return taken

    def keep_unsaved(self, values: Mapping[str, str]) -> None:
        """A write failed: these are unsaved again (the next write tries again)."""
        with self.lock:
            self._unsaved.update(values)

    def adopt(self, stored: Mapping[str, str]) -> None:
        """Take stored values as the starting point, keeping anything typed meanwhile."""
        with self.lock:
            for key, value in stored.items():
                if key not in self._unsaved:
                    self.values[key] = value
