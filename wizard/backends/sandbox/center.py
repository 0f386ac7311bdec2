"""SandboxPartnerCenter, the sandbox's facade: a local simulation that keeps state and enforces the service's rules."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from sqlalchemy import func, literal_column, select

from wizard.backends.base import BackendError, SignInError
from wizard.backends.sandbox import invitations
from wizard.backends.sandbox import state as st
from wizard.backends.sandbox.core import SESSION_LIFETIME, service_call
from wizard.backends.sandbox.customers import CustomerCalls
from wizard.backends.sandbox.enrollment import (
    PENDING_EMAIL_VERIFICATION,
    EnrollmentCalls,
    EnrollmentStatus,
    LinkHandler,
)
from wizard.backends.sandbox.partner import PartnerCalls
from wizard.backends.sandbox.rules import password_problem, profile_of, tenant_name
from wizard.domain.model import Customer, Email, MpnProfile, Provider, WorkAccount
from wizard.domain.regions import is_country
from wizard.domain.texts import QT_TRANSLATE_NOOP

__all__ = ["SESSION_LIFETIME", "PENDING_EMAIL_VERIFICATION", "EnrollmentStatus", "SandboxPartnerCenter", "TenantInfo"]


@dataclass(frozen=True)
class TenantInfo:
    id: str
    domain: str
    country: str
    csp_status: str  # see EnrollmentStatus.status


class SandboxPartnerCenter(EnrollmentCalls, PartnerCalls, CustomerCalls):
    """PartnerCenter backed by its own SQLite file (or memory), seeded from a scenario.

    Work accounts, Partner Membership Center, outbox and listings live here; enrollment, links and review
    in EnrollmentCalls (sandbox.enrollment); account setup after approval in PartnerCalls (sandbox.partner);
    indirect providers in ProviderCalls (sandbox.providers) and the customers shared with them in
    CustomerCalls (sandbox.customers); state, clock, transactions and sessions in SandboxBase (sandbox.core).
    """

    def _link_routes(self) -> dict[str, tuple[tuple[str, ...], LinkHandler]]:
        return super()._link_routes() | {
            invitations.PROVIDER_INVITATION: (invitations.LINK_PARAMETERS, self._open_provider_invitation),
            invitations.CUSTOMER_INVITATION: (invitations.LINK_PARAMETERS, self._open_customer_invitation),
        }

    # -- work accounts --------------------------------------------------------------------------
    @service_call
    def sign_in(self, upn: str, password: str) -> tuple[WorkAccount, str]:
        upn = upn.strip().lower()
        user = self._check_credentials(upn, password)
        with self._tx() as (conn, now):
            return self._account(user), self._new_session(conn, upn, now)

    @service_call
    def create_work_account(
        self, name: str, country: str, display_name: str, password: str
    ) -> tuple[WorkAccount, str]:
        name = tenant_name(name)
        country = country.strip().upper() if isinstance(country, str) else ""
        if not is_country(country):
            raise BackendError(
                "unknown_country",
                QT_TRANSLATE_NOOP("Backend", "'{country}' is not a known country or region code.").format(country=country),
            )
        problem = password_problem(password)
        if problem:
            raise BackendError("weak_password", problem)
        domain = f"{name}.onmicrosoft.com"
        upn = f"admin@{domain}"
        password_hash = st.hash_password(password)  # before the transaction: scrypt takes ~75 ms
        with self._tx() as (conn, now):
            if conn.execute(select(st.tenants.c.id).where(st.tenants.c.domain == domain)).first():
                raise BackendError(
                    "domain_taken", QT_TRANSLATE_NOOP("Backend", "{domain} is already taken. Choose another name.").format(domain=domain)
                )
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

    @service_call
    def tenant_of_token(self, token: str) -> TenantInfo:
        """The signed-in session's tenant. Raises BackendError session_expired."""
        with self._tx() as (conn, now):
            t = self._session_tenant(conn, token, now)
            return TenantInfo(t["id"], t["domain"], t["country"], t["csp_status"])

    # -- Partner Membership Center -------------------------------------------------------------
    @service_call
    def pmc_sign_in(self, user: str, password: str) -> list[MpnProfile]:
        user = user.strip().lower()
        with self._tx() as (conn, _now):
            account = conn.execute(select(st.pmc_accounts).where(st.pmc_accounts.c.user == user)).mappings().first()
            rows = conn.execute(
                select(st.mpn_profiles).where(st.mpn_profiles.c.pmc_user == user).order_by(st.mpn_profiles.c.seq)
            ).mappings().all()
        if account is None:
            raise SignInError(
                "unknown_pmc_account",
                QT_TRANSLATE_NOOP("Backend", "We couldn't find a Partner Membership Center account named {user}.").format(
                    user=user
                ),
            )
        if not st.check_password(password, account["password_hash"]):
            raise SignInError(
                "wrong_password",
                QT_TRANSLATE_NOOP("Backend", "The Partner Membership Center password for {user} is incorrect.").format(
                    user=user
                ),
            )
        return [profile_of(r) for r in rows]

    # -- outbox, providers, customers (local reads: no simulated latency) ------------------------
    def outbox(self) -> list[Email]:
        return self._emails(None)

    def outbox_for(self, address: str) -> list[Email]:
        return self._emails(address.strip().lower())

    def _emails(self, address: str | None) -> list[Email]:
        query = select(st.emails).order_by(st.emails.c.id)
        if address is not None:
            query = query.where(func.lower(st.emails.c.to_addr) == address)
        self._local_delay()
        with self._lock, self._tx() as (conn, _now):  # reading mail applies due review steps first
            rows = conn.execute(query).mappings().all()
        return [
            Email(r["id"], r["to_addr"], r["subject"], r["body"], r["kind"], r["sent_at"], tuple(json.loads(r["links"])))
            for r in rows
        ]

    def providers(self, country: str | None = None) -> list[Provider]:
        """Indirect providers in scenario order; with `country`, only those serving it."""
        self._local_delay()
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
        self._local_delay()
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
