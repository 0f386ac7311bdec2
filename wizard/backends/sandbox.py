"""The embedded sandbox Partner Center: a local simulation that keeps state and enforces the service's rules."""

from __future__ import annotations

import contextlib
import functools
import json
import secrets
import threading
import time
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, ParamSpec, TypeVar

from sqlalchemy import Connection, RowMapping, func, literal_column, select, update
from sqlalchemy.exc import DatabaseError

from wizard.backends import sandbox_state as st
from wizard.backends.base import BackendError, SignInError
from wizard.backends.sandbox_rules import (
    ENROLLMENT_FIELDS,
    check_fields,
    check_profile,
    password_problem,
    profile_of,
    tenant_name,
    verification_text,
)
from wizard.backends.scenario import Scenario
from wizard.domain.model import Customer, Email, EnrollmentReceipt, MpnProfile, Provider, WorkAccount
from wizard.domain.regions import is_country

SESSION_LIFETIME = timedelta(hours=8)
PENDING_EMAIL_VERIFICATION = "pending_email_verification"
_ID_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

P = ParamSpec("P")
R = TypeVar("R")


@dataclass(frozen=True)
class TenantInfo:
    id: str
    domain: str
    country: str
    csp_status: str  # not_enrolled | pending_email_verification | authorized


@dataclass(frozen=True)
class EnrollmentStatus:
    """Where a tenant's CSP enrollment stands; `enrollment_id` is None for tenants seeded as enrolled."""

    tenant_domain: str
    status: str
    enrollment_id: str | None = None
    mpn_id: str | None = None
    pmc_user: str | None = None
    contact_email: str | None = None
    submitted_at: datetime | None = None


def _service_call(method: Callable[P, R]) -> Callable[P, R]:
    """Simulated network delay, then the call runs under the in-memory lock (if any)."""

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        self = args[0]
        assert isinstance(self, SandboxPartnerCenter)
        if self.latency > 0:
            time.sleep(self.latency)
        with self._lock:
            return method(*args, **kwargs)

    return wrapper


class SandboxPartnerCenter:
    """PartnerCenter backed by its own SQLite file (or memory), seeded from a scenario.

    Thread-safe: each call runs in its own `BEGIN IMMEDIATE` transaction on a pooled connection;
    the in-memory variant shares one connection and serialises calls with a lock. Time is the
    sandbox's own: `clock()` plus an offset persisted in the state, moved forward by `advance()`.
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
        self.latency = latency if latency is not None else scenario.latency_ms / 1000
        self._clock = clock or (lambda: datetime.now(timezone.utc))
        self._lock: contextlib.AbstractContextManager[Any] = (
            threading.RLock() if self.state_path is None else contextlib.nullcontext()
        )
        self._engine = st.make_engine(self.state_path)
        try:
            if self.state_path is not None:
                self.state_path.parent.mkdir(parents=True, exist_ok=True)
            st.open_state(self._engine, scenario, self._real_now())
        except (DatabaseError, OSError) as exc:
            self._engine.dispose()
            reason = getattr(exc, "orig", None) or exc
            raise BackendError(
                "state_unusable", f"{self.state_path}: not a usable sandbox state file ({reason})"
            ) from None

    def close(self) -> None:
        self._engine.dispose()

    # -- clock --------------------------------------------------------------------------------
    def _real_now(self) -> datetime:
        now = self._clock()
        return now.replace(tzinfo=timezone.utc) if now.tzinfo is None else now.astimezone(timezone.utc)

    def _offset(self, conn: Connection) -> timedelta:
        value = conn.execute(select(st.meta.c.value).where(st.meta.c.key == "clock_offset_seconds")).scalar()
        return timedelta(seconds=float(value or 0))

    def now(self) -> datetime:
        """The sandbox's current time (UTC): the real clock moved forward by every `advance()`."""
        with self._lock, self._engine.begin() as conn:
            return self._real_now() + self._offset(conn)

    def advance(self, delta: timedelta) -> datetime:
        """Move sandbox time forward (review simulation); persisted with the state. Returns now()."""
        if delta < timedelta(0):
            raise ValueError("sandbox time only moves forward")
        with self._lock, self._engine.begin() as conn:
            offset = self._offset(conn) + delta
            key = st.meta.c.key == "clock_offset_seconds"
            conn.execute(update(st.meta).where(key).values(value=repr(offset.total_seconds())))
            return self._real_now() + offset

    @contextlib.contextmanager
    def _tx(self) -> Iterator[tuple[Connection, datetime]]:
        with self._engine.begin() as conn:
            yield conn, self._real_now() + self._offset(conn)

    # -- work accounts --------------------------------------------------------------------------
    @_service_call
    def sign_in(self, upn: str, password: str) -> tuple[WorkAccount, str]:
        upn = upn.strip().lower()
        with self._tx() as (conn, _now):
            user = self._user(conn, upn)
        if user is None:
            raise SignInError(
                "unknown_account",
                f"We couldn't find a work account named {upn}. Check the user name, or select Create one.",
            )
        if not st.check_password(password, user["password_hash"]):  # slow on purpose: outside the transaction
            raise SignInError("wrong_password", f"The password for {upn} is incorrect. Try again.")
        if not user["global_admin"]:
            raise SignInError(
                "not_global_admin",
                f"{upn} is not a global administrator of {user['domain']}. "
                "Sign in with a global admin account, or ask your global admin.",
            )
        with self._tx() as (conn, now):
            return self._account(user), self._new_session(conn, upn, now)

    @_service_call
    def create_work_account(
        self, name: str, country: str, display_name: str, password: str
    ) -> tuple[WorkAccount, str]:
        name = tenant_name(name)
        country = country.strip().upper() if isinstance(country, str) else ""
        if not is_country(country):
            raise BackendError("unknown_country", f"'{country}' is not a known country or region code.")
        problem = password_problem(password)
        if problem:
            raise BackendError("weak_password", problem)
        domain = f"{name}.onmicrosoft.com"
        upn = f"admin@{domain}"
        password_hash = st.hash_password(password)  # before the transaction: scrypt takes ~75 ms
        with self._tx() as (conn, now):
            if conn.execute(select(st.tenants.c.id).where(st.tenants.c.domain == domain)).first():
                raise BackendError("domain_taken", f"{domain} is already taken. Choose another name.")
            tenant_id = str(uuid.uuid4())
            conn.execute(
                st.tenants.insert().values(id=tenant_id, domain=domain, country=country, created_at=now)
            )
            conn.execute(
                st.users.insert().values(
                    upn=upn, tenant_id=tenant_id, display_name=display_name.strip() or "Administrator",
                    global_admin=True, password_hash=password_hash,
                )
            )
            user = self._user(conn, upn)
            assert user is not None
            return self._account(user), self._new_session(conn, upn, now)

    @_service_call
    def tenant_of_token(self, token: str) -> TenantInfo:
        """The signed-in session's tenant. Raises BackendError session_expired."""
        with self._tx() as (conn, now):
            t = self._session_tenant(conn, token, now)
            return TenantInfo(t["id"], t["domain"], t["country"], t["csp_status"])

    # -- Partner Membership Center -------------------------------------------------------------
    @_service_call
    def pmc_sign_in(self, user: str, password: str) -> list[MpnProfile]:
        user = user.strip().lower()
        with self._tx() as (conn, _now):
            account = conn.execute(select(st.pmc_accounts).where(st.pmc_accounts.c.user == user)).mappings().first()
            rows = conn.execute(
                select(st.mpn_profiles).where(st.mpn_profiles.c.pmc_user == user).order_by(st.mpn_profiles.c.seq)
            ).mappings().all()
        if account is None:
            raise SignInError(
                "unknown_pmc_account", f"We couldn't find a Partner Membership Center account named {user}."
            )
        if not st.check_password(password, account["password_hash"]):
            raise SignInError("wrong_password", f"The Partner Membership Center password for {user} is incorrect.")
        return [profile_of(r) for r in rows]

    # -- enrollment ------------------------------------------------------------------------------
    @_service_call
    def is_enrolled(self, token: str) -> bool:
        with self._tx() as (conn, now):
            return self._session_tenant(conn, token, now)["csp_status"] != "not_enrolled"

    @_service_call
    def enroll(self, token: str, mpn_id: str, fields: Mapping[str, str]) -> EnrollmentReceipt:
        values = {key: str(fields.get(key) or "").strip() for key in ENROLLMENT_FIELDS}
        mpn_id = str(mpn_id).strip()
        with self._tx() as (conn, now):
            tenant = self._session_tenant(conn, token, now)
            if tenant["csp_status"] != "not_enrolled":
                raise BackendError("already_enrolled", f"{tenant['domain']} is already enrolled in CSP.")
            profile = conn.execute(select(st.mpn_profiles).where(st.mpn_profiles.c.mpn_id == mpn_id)).mappings().first()
            check_profile(mpn_id, profile, tenant)
            assert profile is not None
            in_use = conn.execute(select(st.enrollments.c.id).where(st.enrollments.c.mpn_id == mpn_id)).first()
            if in_use:
                raise BackendError(
                    "mpn_id_in_use", f"MPN ID {mpn_id} is already linked to another CSP tenant (one tenant per location)."
                )
            check_fields(values, tenant["country"])
            enrollment_id = "ENR-" + "".join(secrets.choice(_ID_ALPHABET) for _ in range(8))
            code = secrets.token_urlsafe(16)
            conn.execute(
                st.enrollments.insert().values(
                    id=enrollment_id, tenant_id=tenant["id"], mpn_id=mpn_id, pmc_user=profile["pmc_user"],
                    status=PENDING_EMAIL_VERIFICATION, fields=json.dumps(values), contact_email=values["contact_email"],
                    verification_code=code, submitted_at=now,
                )
            )
            conn.execute(
                update(st.tenants).where(st.tenants.c.id == tenant["id"]).values(csp_status=PENDING_EMAIL_VERIFICATION)
            )
            link = f"csp-sandbox://verify-email?enrollment={enrollment_id}&code={code}"
            subject, body = verification_text(values, enrollment_id, link)
            _send(conn, now, values["contact_email"], "verification", subject, body, [link])
            return EnrollmentReceipt(enrollment_id, tenant["domain"], now, values["contact_email"])

    @_service_call
    def enrollment(self, tenant_domain: str) -> EnrollmentStatus:
        """Enrollment state of a tenant. Raises BackendError unknown_tenant."""
        domain = tenant_domain.strip().lower()
        with self._tx() as (conn, _now):
            t = conn.execute(select(st.tenants).where(st.tenants.c.domain == domain)).mappings().first()
            if t is None:
                raise BackendError("unknown_tenant", f"There is no tenant named {domain}.")
            e = conn.execute(select(st.enrollments).where(st.enrollments.c.tenant_id == t["id"])).mappings().first()
            if e is None:
                return EnrollmentStatus(domain, t["csp_status"])
            return EnrollmentStatus(
                domain, t["csp_status"], e["id"], e["mpn_id"], e["pmc_user"], e["contact_email"], e["submitted_at"]
            )

    # -- outbox, providers, customers (local reads: no simulated latency) ------------------------
    def outbox(self) -> list[Email]:
        return self._emails(None)

    def outbox_for(self, address: str) -> list[Email]:
        return self._emails(address.strip().lower())

    def _emails(self, address: str | None) -> list[Email]:
        query = select(st.emails).order_by(st.emails.c.id)
        if address is not None:
            query = query.where(func.lower(st.emails.c.to_addr) == address)
        with self._lock, self._engine.begin() as conn:
            rows = conn.execute(query).mappings().all()
        return [
            Email(r["id"], r["to_addr"], r["subject"], r["body"], r["kind"], r["sent_at"], tuple(json.loads(r["links"])))
            for r in rows
        ]

    def providers(self, country: str | None = None) -> list[Provider]:
        """Indirect providers in scenario order; with `country`, only those serving it."""
        with self._lock, self._engine.begin() as conn:
            countries: dict[str, list[str]] = {}
            pairs = select(st.provider_countries.c.provider_id, st.provider_countries.c.country)
            for pid, c in conn.execute(pairs.order_by(literal_column("rowid"))):  # scenario order
                countries.setdefault(pid, []).append(c)
            rows = conn.execute(select(st.providers.c.id, st.providers.c.name).order_by(st.providers.c.seq)).all()
        wanted = country.strip().upper() if country else None
        return [
            Provider(pid, name, tuple(countries.get(pid, ())))
            for pid, name in rows
            if wanted is None or wanted in countries.get(pid, ())
        ]

    def customers(self, provider_id: str | None = None) -> list[Customer]:
        """Customers in scenario order; with `provider_id`, only those of that provider."""
        with self._lock, self._engine.begin() as conn:
            links: dict[str, list[str]] = {}
            links_query = select(st.customer_providers.c.customer_id, st.customer_providers.c.provider_id)
            for cid, pid in conn.execute(links_query):
                links.setdefault(cid, []).append(pid)
            rows = conn.execute(select(st.customers).order_by(st.customers.c.seq)).mappings().all()
        return [
            Customer(r["id"], r["name"], r["domain"], r["country"], tuple(links.get(r["id"], ())))
            for r in rows
            if provider_id is None or provider_id in links.get(r["id"], ())
        ]

    # -- helpers -------------------------------------------------------------------------------
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

    @staticmethod
    def _new_session(conn: Connection, upn: str, now: datetime) -> str:
        token = secrets.token_urlsafe(32)
        conn.execute(st.sessions.delete().where(st.sessions.c.expires_at < now))
        expires_at = now + SESSION_LIFETIME
        conn.execute(st.sessions.insert().values(token_hash=st.hash_token(token), upn=upn, expires_at=expires_at))
        return token

    @staticmethod
    def _session_tenant(conn: Connection, token: str, now: datetime) -> RowMapping:
        query = (
            select(st.tenants, st.sessions.c.expires_at)
            .join(st.users, st.users.c.tenant_id == st.tenants.c.id)
            .join(st.sessions, st.sessions.c.upn == st.users.c.upn)
            .where(st.sessions.c.token_hash == st.hash_token(token or ""))
        )
        row = conn.execute(query).mappings().first()
        if row is None or row["expires_at"] <= now:
            raise BackendError("session_expired", "Your session has expired. Sign in again with your work account.")
        return row


def _send(conn: Connection, now: datetime, to: str, kind: str, subject: str, body: str, links: list[str]) -> None:
    """Put a message in the outbox; the sandbox's mail never leaves the machine."""
    row = {"to_addr": to, "subject": subject, "body": body, "kind": kind, "sent_at": now, "links": json.dumps(links)}
    conn.execute(st.emails.insert().values(**row))
