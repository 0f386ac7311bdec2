"""The one writer of a case: every write of it goes through here, one at a time, building on the version
it last saw (optimistic locking: only a colleague's write can make it stale), steps queued in order.

Our own writes (the GUI's autosave on the writer thread, workers' sign-in, enroll and status updates)
take `lock`, so they never race each other; the audit trail keeps the user's order of steps whichever
thread writes next."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from wizard.services.draft import CaseDraft
    from wizard.store.repository import Store


class CaseWriter:
    def __init__(self, actor: Callable[[], str]) -> None:
        """`actor`: who the writes are recorded as, asked at each write (support staff may set their name)."""
        self._actor = actor
        self.store: Store | None = None
        self.case_id: int | None = None
        self.version: int | None = None  # the case version our writes build on
        self._lock = threading.RLock()
        self._queue_lock = threading.Lock()
        self._pending_steps: list[str] = []  # moved to, not written yet (a page change never waits for the disk)

    @property
    def actor(self) -> str:
        return self._actor()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the case's write lock (one of our writes at a time)."""
        with self._lock:
            yield

    @property
    def lock(self) -> threading.RLock:
        return self._lock

    def attach(self, store: Store, case_id: int) -> None:
        with self._lock:
            self.store, self.case_id = store, case_id
            self.version = store.case_version(case_id)

    @property
    def attached(self) -> bool:
        return self.store is not None and self.case_id is not None

    def refresh_version(self) -> None:
        """After a write of ours outside `flush` (status, submission): build on the new version."""
        if self.store is not None and self.case_id is not None:
            self.version = self.store.case_version(self.case_id)

    # ----- values and steps -------------------------------------------------------------------
    def flush(self, draft: CaseDraft) -> int:
        """The draft's unsaved values in one transaction, then the queued steps; returns how many values."""
        with self._lock:
            count = self._write_values(draft)
            self._write_pending_steps()
            return count

    def _write_values(self, draft: CaseDraft) -> int:
        if not self.attached or not draft.has_unsaved():
            return 0
        assert self.store is not None and self.case_id is not None
        pending = draft.take_unsaved()
        expected = self.version
        try:
            self.store.save_fields(self.case_id, pending, expected_version=expected)
        except Exception:
            draft.keep_unsaved(pending)  # nothing typed is lost: the next flush tries again
            raise
        if expected is not None:
            self.version = expected + 1  # our own write; a colleague's would have been refused above
        return len(pending)

    def queue_step(self, step: str) -> None:
        with self._queue_lock:
            self._pending_steps.append(step)

    def has_pending_step(self) -> bool:
        with self._queue_lock:
            return bool(self._pending_steps)

    def _write_pending_steps(self) -> None:
        """The queued steps in order (audited; a step the store has already is a no-op). Under `lock`."""
        if not self.attached:
            return  # not attached yet: `write_step` at attach records where the session is
        assert self.store is not None and self.case_id is not None
        with self._queue_lock:
            steps, self._pending_steps = self._pending_steps, []
        for index, step in enumerate(steps):
            try:
                self.store.set_step(self.case_id, step, self.actor, expected_version=self.version)
            except Exception:
                with self._queue_lock:  # kept for the next write, still in order
                    self._pending_steps[:0] = steps[index:]
                raise
            self.refresh_version()

    def write_step(self, step: str) -> None:
        assert self.store is not None and self.case_id is not None
        with self._lock:
            self.store.set_step(self.case_id, step, self.actor)
            self.refresh_version()

    # ----- lifecycle and audit ------------------------------------------------------------------
    def mark_submitted(self, enrollment_id: str) -> None:
        assert self.store is not None and self.case_id is not None
        with self._lock:
            self.store.mark_submitted(self.case_id, enrollment_id, self.actor)
            self.refresh_version()

    def set_status(self, status: str, actor: str, detail: dict[str, Any]) -> None:
        """Under `lock` (the caller holds it around a batch of status updates)."""
        assert self.store is not None and self.case_id is not None
        self.store.set_status(self.case_id, status, actor, detail)

    def audit(self, action: str, detail: dict[str, Any], actor: str | None = None) -> None:
        if self.store is not None and self.case_id is not None:
            self.store.add_audit(self.case_id, actor or self.actor, action, detail)
