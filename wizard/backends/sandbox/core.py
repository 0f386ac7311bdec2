"""The sandbox's machinery shared by its parts: the state engine, the sandbox clock, transactions, sessions."""

from __future__ import annotations

import contextlib
import functools
import os
import secrets
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, ParamSpec, TypeVar

from sqlalchemy import Connection, RowMapping, select, update
from sqlalchemy.exc import DatabaseError

from wizard.backends.base import BackendError, SignInError
from wizard.backends.sandbox import state as st
from wizard.backends.sandbox.review import process_due
from wizard.backends.sandbox.scenario import Scenario
from wizard.backends.sandbox.seed import open_state
from wizard.backends.sandbox.timeline import of_tenant
from wizard.domain.model import WorkAccount
from wizard.domain.times import as_utc
from wizard.domain.texts import QT_TRANSLATE_NOOP

def not_global_admin_text(upn: str, domain: str) -> str:
    """The one wording of the refusal, whether at sign-in or for an act that needs a global admin."""
    return QT_TRANSLATE_NOOP(
        "Backend",
        "{upn} is not a global administrator of {domain}. "
        "Sign in with a global admin account, or ask your global admin.",
    ).format(upn=upn, domain=domain)


# A sign-in stays valid for 30 sandbox days, as a desktop app's refresh token keeps it alive in the
# live service; long enough to follow a review of several simulated days without signing in again.
SESSION_LIFETIME = timedelta(days=30)

P = ParamSpec("P")
R = TypeVar("R")

LATENCY_ENV = "WIZARD_SANDBOX_LATENCY_MS"
"""A slow sandbox for benchmarks and tests: this many ms before EVERY call (the sandbox's local reads
too), overriding the scenario's `latency_ms` (which delays only the Partner Center calls)."""


def env_latency() -> float | None:
    """WIZARD_SANDBOX_LATENCY_MS in seconds, or None when unset or not a number >= 0."""
    try:
        value = float(os.environ.get(LATENCY_ENV, ""))
    except ValueError:
        return None
    return value / 1000 if value >= 0 else None


def service_call(method: Callable[P, R]) -> Callable[P, R]:
    """Simulated network delay, then the call runs under the in-memory lock (if any)."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        self = args[0]
        assert isinstance(self, SandboxBase)
        if self.latency > 0:
            time.sleep(self.latency)
        with self._lock:
            return method(*args, **kwargs)

    return wrapper


class SandboxBase:
    """State file (or memory) seeded from a scenario, and the sandbox's own time.

    Thread-safe: each call runs in its own `BEGIN IMMEDIATE` transaction on a pooled connection;
    the in-memory variant shares one connection and serialises calls with a lock. Time is the
    sandbox's own: `clock()` plus an offset persisted in the state, moved forward by `advance()`.
    Every transaction first applies the review steps that have fallen due (sandbox.review), and again
    before it commits, so whatever a call reads is up to date with the sandbox clock.
    """

    def __init__(
        self,
        scenario: Scenario,
        state_path: Path | None = None,
        *,
        latency: float | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.scenario = scenario
        self.state_path = Path(state_path) if state_path is not None else None
        forced = env_latency()
        if latency is None:
            latency = forced if forced is not None else scenario.latency_ms / 1000
        self.latency = latency
        self.local_latency = forced or 0.0  # outbox, directory reads, clock: only a forced slow sandbox
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self._lock: contextlib.AbstractContextManager[Any] = (
            threading.RLock() if self.state_path is None else contextlib.nullcontext()
        )
        self._engine = st.make_engine(self.state_path)
        try:
            if self.state_path is not None:
                self.state_path.parent.mkdir(parents=True, exist_ok=True)
            open_state(self._engine, scenario, self._real_now())
        except (DatabaseError, OSError) as exc:
            self._engine.dispose()
            reason = getattr(exc, "orig", None) or exc
            raise BackendError(
                "state_unusable", f"{self.state_path}: not a usable sandbox state file ({reason})"
            ) from None

    def close(self) -> None:
        self._engine.dispose()

    def _local_delay(self) -> None:
        """The slow sandbox's delay on a local read (see LATENCY_ENV); none by default."""
        if self.local_latency > 0:
            time.sleep(self.local_latency)

    # -- clock --------------------------------------------------------------------------------
    def _real_now(self) -> datetime:
        now = self._clock()
        return as_utc(now)

    def _offset(self, conn: Connection) -> timedelta:
        value = conn.execute(select(st.meta.c.value).where(st.meta.c.key == "clock_offset_seconds")).scalar()
        return timedelta(seconds=float(value or 0))

    def now(self) -> datetime:
        """The sandbox's current time (UTC): the real clock moved forward by every `advance()`."""
        self._local_delay()
        with self._lock, self._tx() as (_conn, now):
            return now

    def advance(self, delta: timedelta) -> datetime:
        """Move sandbox time forward (review simulation); persisted with the state. Returns now()."""
        if delta < timedelta(0):
            raise ValueError("sandbox time only moves forward")
        self._local_delay()
        with self._lock, self._engine.begin() as conn:
            offset = self._offset(conn) + delta
            key = st.meta.c.key == "clock_offset_seconds"
            conn.execute(update(st.meta).where(key).values(value=repr(offset.total_seconds())))
            now = self._real_now() + offset
            process_due(conn, now)
            return now

    @contextlib.contextmanager
    def _tx(self) -> Iterator[tuple[Connection, datetime]]:
        with self._engine.begin() as conn:
            now = self._real_now() + self._offset(conn)
            process_due(conn, now)
            yield conn, now
            process_due(conn, now)  # a review of 0 days decides as soon as it starts

    # -- accounts and sessions ------------------------------------------------------------------
    @staticmethod
    def _user(conn: Connection, upn: str) -> RowMapping | None:
        query = (
            select(st.users, st.tenants.c.domain, st.tenants.c.country)
            .join(st.tenants, st.tenants.c.id == st.users.c.tenant_id)
            .where(st.users.c.upn == upn)
        )
        return conn.execute(query).mappings().first()

    @staticmethod
    def _account(user: RowMapping) -> WorkAccount:
        return WorkAccount(
            user["upn"], user["display_name"], user["tenant_id"], user["domain"], user["country"], user["global_admin"]
        )

    def _check_credentials(self, upn: str, password: str) -> RowMapping:
        """The user row for a global admin's valid credentials; SignInError otherwise (as sign_in)."""
        with self._tx() as (conn, _now):
            user = self._user(conn, upn)
        if user is None:
            raise SignInError(
                "unknown_account",
                QT_TRANSLATE_NOOP(
                    "Backend", "We couldn't find a work account named {upn}. Check the user name, or select Create one."
                ).format(upn=upn),
            )
        if not st.check_password(password, user["password_hash"]):  # slow on purpose: outside the transaction
            raise SignInError(
                "wrong_password", QT_TRANSLATE_NOOP("Backend", "The password for {upn} is incorrect. Try again.").format(upn=upn)
            )
        if not user["global_admin"]:
            raise SignInError(
                "not_global_admin", not_global_admin_text(upn, user["domain"])
            )
        return user

    @staticmethod
    def _new_session(conn: Connection, upn: str, now: datetime) -> str:
        token = secrets.token_urlsafe(32)
        conn.execute(st.sessions.delete().where(st.sessions.c.expires_at < now))
        expires_at = now + SESSION_LIFETIME
        conn.execute(st.sessions.insert().values(token_hash=st.hash_token(token), upn=upn, expires_at=expires_at))
        return token

    @staticmethod
    def _session_user(conn: Connection, token: str, now: datetime) -> RowMapping:
        """The signed-in user with its tenant (tenant_id, domain, country, csp_status)."""
        query = (
            select(st.users, st.tenants.c.domain, st.tenants.c.country, st.tenants.c.csp_status,
                   st.sessions.c.expires_at)
            .join(st.tenants, st.tenants.c.id == st.users.c.tenant_id)
            .join(st.sessions, st.sessions.c.upn == st.users.c.upn)
            .where(st.sessions.c.token_hash == st.hash_token(token or ""))
        )
        row = conn.execute(query).mappings().first()
        if row is None or row["expires_at"] <= now:
            raise BackendError(
                "session_expired",
                QT_TRANSLATE_NOOP("Backend", "Your session has expired. Sign in again with your work account."),
            )
        return row

    @classmethod
    def _session_tenant(cls, conn: Connection, token: str, now: datetime) -> RowMapping:
        user = cls._session_user(conn, token, now)
        row = conn.execute(select(st.tenants).where(st.tenants.c.id == user["tenant_id"])).mappings().first()
        assert row is not None
        return row

    @classmethod
    def _session_enrollment(cls, conn: Connection, token: str, now: datetime) -> RowMapping:
        """The signed-in tenant's enrollment; BackendError not_enrolled if it has none."""
        user = cls._session_user(conn, token, now)
        e = of_tenant(conn, user["tenant_id"])
        if e is None:
            raise BackendError(
                "not_enrolled",
                QT_TRANSLATE_NOOP("Backend", "{domain} hasn't enrolled in the Cloud Solution Provider program yet.").format(
                    domain=user["domain"]
                ),
            )
        return e

    def _read_enrollment(self, token: str, read: Callable[[Connection, RowMapping], R]) -> R:
        """`read(conn, enrollment)` of the signed-in tenant's enrollment, in a transaction of its own.
        Raises session_expired, not_enrolled."""
        with self._tx() as (conn, now):
            return read(conn, self._session_enrollment(conn, token, now))
