"""The sandbox's indirect-provider calls, where the region rule and the Partner Agreement gate every partnership."""

from __future__ import annotations

import unicodedata
from datetime import datetime
from typing import Iterable, Mapping

from sqlalchemy import Connection, RowMapping, select, update

from wizard.backends.base import BackendError
from wizard.backends.sandbox import directory
from wizard.backends.sandbox import invitations
from wizard.backends.sandbox import state as st
from wizard.backends.sandbox.core import SandboxBase, service_call
from wizard.backends.sandbox.directory import Reseller
from wizard.domain.model import (
    PROVIDER_SERVICES,
    Invitation,
    InvitationView,
    LinkOutcome,
    ProviderListing,
    Relationship,
    RelationshipEvent,
)
from wizard.domain.regions import is_country, region_reason, region_text
from wizard.domain.texts import QT_TRANSLATE_NOOP

ADMIN_ACCESS_NOTE = (
    "In the live service you remove a provider's administrator access to your work account in the Office 365 "
    "portal; the sandbox removed it and recorded it here."
)


def fold(text: str) -> str:
    """Case- and accent-insensitive form for name search ("rio" finds "Río de la Plata")."""
    decomposed = unicodedata.normalize("NFKD", str(text or ""))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().strip()


def _wanted_services(services: Iterable[str]) -> set[str]:
    wanted = {str(s).strip().lower() for s in services}
    unknown = sorted(wanted - set(PROVIDER_SERVICES))
    if unknown:
        raise BackendError(
            "unknown_service",
            QT_TRANSLATE_NOOP("Backend", "'{service}' is not a provider service; choose among {services}.").format(
                service=unknown[0], services=", ".join(PROVIDER_SERVICES)
            ),
        )
    return wanted


def _wanted_country(country: str | None) -> str | None:
    if country is None or not str(country).strip():
        return None
    if not is_country(country):
        raise BackendError(
            "unknown_country",
            QT_TRANSLATE_NOOP("Backend", "'{country}' is not a known country or region code.").format(country=country),
        )
    return str(country).strip().upper()


def require_connected(conn: Connection, reseller: Reseller, provider: ProviderListing) -> RowMapping:
    """The reseller's relationship with the provider; BackendError not_connected if there is none."""
    r = st.provider_relationships.c
    row = conn.execute(
        select(st.provider_relationships).where((r.tenant_id == reseller.tenant_id) & (r.provider_id == provider.id))
    ).mappings().first()
    if row is None:
        raise BackendError(
            "not_connected",
            QT_TRANSLATE_NOOP(
                "Backend", "{provider} isn't one of your indirect providers yet: authorize its invitation first."
            ).format(provider=provider.name),
        )
    return row


def _event(conn: Connection, tenant_id: str, provider_id: str, at: datetime, title: str, detail: str = "") -> None:
    conn.execute(
        st.relationship_events.insert().values(
            tenant_id=tenant_id, provider_id=provider_id, at=at, title=title, detail=detail
        )
    )


def _relationship(row: RowMapping, provider: ProviderListing, reseller: Reseller) -> Relationship:
    regions = tuple(r for r in provider.regions if r == reseller.region)
    return Relationship(
        provider, reseller.domain, row["since"], regions, bool(row["admin_access"]), row["admin_access_removed_at"]
    )


class ProviderCalls(SandboxBase):
    def _reseller(self, conn: Connection, token: str, now: datetime) -> Reseller:
        """The signed-in tenant as an approved reseller; session_expired, account_not_ready otherwise."""
        user = self._session_user(conn, token, now)
        return directory.reseller_of(conn, user["tenant_id"], user["upn"])

    # -- the directory ----------------------------------------------------------------------------------
    @service_call
    def find_providers(
        self, token: str, text: str = "", country: str | None = None, services: Iterable[str] = ()
    ) -> list[ProviderListing]:
        """Providers the reseller's legal business location allows, in scenario order: name containing `text`
        (ignoring case and accents), serving `country`, offering every one of `services`.
        Raises session_expired, account_not_ready, unknown_country, unknown_service."""
        needle, wanted_country, wanted = fold(text), _wanted_country(country), _wanted_services(services)
        with self._tx() as (conn, now):
            reseller = self._reseller(conn, token, now)
            found = directory.listings(conn, reseller.country)
        return [
            p for p in found
            if p.allowed and needle in fold(p.name)
            and (wanted_country is None or wanted_country in p.countries) and wanted <= set(p.services)
        ]

    @service_call
    def why_not_offered(self, token: str, text: str) -> list[tuple[str, str]]:
        """(name, reason) of each provider whose name contains `text` that the region rule keeps from the
        reseller. Raises session_expired, account_not_ready."""
        needle = fold(text)
        with self._tx() as (conn, now):
            reseller = self._reseller(conn, token, now)
            found = directory.listings(conn, reseller.country)
        return [(p.name, region_reason(reseller.country, p)) for p in found if not p.allowed and needle in fold(p.name)]

    # -- invitations -------------------------------------------------------------------------------------
    def send_provider_invitation(self, provider_id: str, tenant_domain: str) -> Invitation:
        """Sandbox only: make a provider invite a tenant, as its "Request a partnership" would; the email goes
        to the tenant's primary contact (else its global admin). Raises unknown_provider, unknown_tenant."""
        with self._lock, self._tx() as (conn, now):
            provider = directory.require_provider(conn, provider_id)
            tenant = directory.tenant_by_domain(conn, tenant_domain)
            return invitations.send_provider_invitation(conn, provider, tenant, now)

    def _checked_invitation(
        self, conn: Connection, token: str, id_or_url: str, now: datetime
    ) -> tuple[RowMapping, ProviderListing, Reseller]:
        """An invitation the signed-in reseller may authorize; otherwise, in this order: invitation_unknown,
        invitation_other_tenant, invitation_used, invitation_expired, account_not_ready, invitation_region."""
        user = self._session_user(conn, token, now)
        inv = invitations.find_provider_invitation(conn, id_or_url)
        provider = directory.require_provider(conn, inv["provider_id"])
        if inv["tenant_id"] != user["tenant_id"]:
            other = conn.execute(select(st.tenants.c.domain).where(st.tenants.c.id == inv["tenant_id"])).scalar_one()
            raise BackendError(
                "invitation_other_tenant",
                QT_TRANSLATE_NOOP(
                    "Backend",
                    "This invitation from {provider} is for {other}, not for {domain}. Sign in with a "
                    "work account of {other} to accept it.",
                ).format(provider=provider.name, other=other, domain=user["domain"]),
            )
        problem = invitations.lapsed(inv, provider.name, now)
        if problem is not None:
            raise problem
        reseller = directory.reseller_of(conn, user["tenant_id"], user["upn"])
        provider = directory.require_provider(conn, inv["provider_id"], reseller.country)
        problem = invitations.region_refusal(provider, reseller.country)
        if problem is not None:
            raise problem
        return inv, provider, reseller

    @staticmethod
    def _view(
        inv: RowMapping, provider: ProviderListing, domain: str, now: datetime, problem: str = ""
    ) -> InvitationView:
        return InvitationView(
            inv["id"], provider, domain, inv["sent_at"], inv["expires_at"],
            invitations.provider_invitation_status(inv, now), invitations.what_it_means(provider.name, domain),
            problem, inv["authorized_at"],
        )

    @service_call
    def invitation(self, token: str, invitation_id_or_url: str) -> InvitationView:
        """A provider's invitation the signed-in reseller can authorize, by its id or its link. Raises
        session_expired, link_malformed, invitation_unknown, invitation_other_tenant, invitation_used,
        invitation_expired, account_not_ready, invitation_region."""
        with self._tx() as (conn, now):
            inv, provider, reseller = self._checked_invitation(conn, token, invitation_id_or_url, now)
            return self._view(inv, provider, reseller.domain, now)

    @service_call
    def provider_invitations(self, token: str) -> list[InvitationView]:
        """Every provider invitation sent to the signed-in tenant, newest first; `problem` says why one can't
        be authorized. Raises session_expired, account_not_ready."""
        with self._tx() as (conn, now):
            reseller = self._reseller(conn, token, now)
            byid = {p.id: p for p in directory.listings(conn, reseller.country)}
            pi = st.provider_invitations.c
            rows = conn.execute(
                select(st.provider_invitations).where(pi.tenant_id == reseller.tenant_id).order_by(pi.sent_at.desc())
            ).mappings().all()
            views = []
            for inv in rows:
                provider = byid[inv["provider_id"]]
                problem = invitations.lapsed(inv, provider.name, now) or invitations.region_refusal(provider, reseller.country)
                views.append(self._view(inv, provider, reseller.domain, now, problem.message if problem else ""))
            return views

    @service_call
    def authorize_provider(self, token: str, invitation_id: str, confirmed: bool) -> Relationship:
        """Check the box, then Authorize indirect provider. Raises what `invitation` raises, then
        confirmation_required, mpa_not_signed; a refusal changes nothing."""
        with self._tx() as (conn, now):
            inv, provider, reseller = self._checked_invitation(conn, token, invitation_id, now)
            if confirmed is not True:
                raise BackendError(
                    "confirmation_required",
                    QT_TRANSLATE_NOOP(
                        "Backend",
                        "Check the box to confirm that {provider} may submit orders and add subscriptions for your "
                        "customers and gets administrator access to your company's work account, then select "
                        "Authorize indirect provider.",
                    ).format(provider=provider.name),
                )
            region = reseller.region or ""
            m = st.mpa_signatures.c
            signed = conn.execute(
                select(m.signed_at).where((m.tenant_id == reseller.tenant_id) & (m.region == region))
            ).first()
            if signed is None:
                raise BackendError(
                    "mpa_not_signed",
                    QT_TRANSLATE_NOOP(
                        "Backend",
                        "Accept the Microsoft Partner Agreement for the {region} region first (on the CSP overview, with "
                        "global admin credentials): providers refuse orders from resellers who haven't signed it for that "
                        "region, so {provider} can't be authorized yet.",
                    ).format(region=region_text(region), provider=provider.name),
                )
            r = st.provider_relationships.c
            mine = (r.tenant_id == reseller.tenant_id) & (r.provider_id == provider.id)
            if conn.execute(select(r.since).where(mine)).first() is None:
                conn.execute(
                    st.provider_relationships.insert().values(
                        tenant_id=reseller.tenant_id, provider_id=provider.id, since=now, invitation_id=inv["id"],
                        authorized_by=reseller.upn, admin_access=True,
                    )
                )
                title = f"{provider.name} authorized as an indirect provider"
            else:  # a new invitation from a provider already on the list: authorizing grants admin access again
                conn.execute(update(st.provider_relationships).where(mine).values(
                    admin_access=True, admin_access_removed_at=None))
                title = f"{provider.name} authorized again"
            conn.execute(
                update(st.provider_invitations).where(st.provider_invitations.c.id == inv["id"]).values(
                    authorized_at=now, authorized_by=reseller.upn)
            )
            _event(conn, reseller.tenant_id, provider.id, now, title,
                   f"Invitation {inv['id']} authorized by {reseller.upn}: it can submit orders and add subscriptions "
                   "for your customers and has administrator access to your work account.")
            return _relationship(conn.execute(select(st.provider_relationships).where(mine)).mappings().one(),
                                 provider, reseller)

    def _open_provider_invitation(self, conn: Connection, now: datetime, params: Mapping[str, str]) -> LinkOutcome:
        """Following a provider's link identifies the invitation; authorizing needs the signed-in reseller."""
        inv = invitations.provider_invitation_by(conn, params["invitation"], params["code"], "link_unknown")
        provider = directory.require_provider(conn, inv["provider_id"])
        domain = conn.execute(select(st.tenants.c.domain).where(st.tenants.c.id == inv["tenant_id"])).scalar_one()
        # Used or expired first, then the region rule: the link must never invite an act the window refuses.
        country = directory.business_country(conn, inv["tenant_id"])
        refused = invitations.lapsed(inv, provider.name, now) or invitations.region_refusal(
            directory.require_provider(conn, inv["provider_id"], country), country)
        next_step = refused.message if refused else QT_TRANSLATE_NOOP(
            "Backend",
            "Sign in with a global admin work account of {domain} if asked, check the box and select Authorize "
            "indirect provider.",
        ).format(domain=domain)
        message = QT_TRANSLATE_NOOP("Backend", "Invitation {invitation} from {provider} to {domain}. {next}").format(
            invitation=inv["id"], provider=provider.name, domain=domain, next=next_step
        )
        return LinkOutcome(invitations.PROVIDER_INVITATION, "", domain, message, inv["id"], provider.id)

    # -- the Indirect providers list -------------------------------------------------------------------------
    @service_call
    def indirect_providers(self, token: str) -> list[Relationship]:
        """The signed-in reseller's providers, oldest relationship first. Raises session_expired, account_not_ready."""
        with self._tx() as (conn, now):
            reseller = self._reseller(conn, token, now)
            byid = {p.id: p for p in directory.listings(conn, reseller.country)}
            r = st.provider_relationships.c
            rows = conn.execute(
                select(st.provider_relationships).where(r.tenant_id == reseller.tenant_id).order_by(r.since)
            ).mappings().all()
        return [_relationship(row, byid[row["provider_id"]], reseller) for row in rows]

    def provider_resellers(self, provider_id: str) -> list[str]:
        """Sandbox only, the provider's side: tenant domains on its Indirect resellers list, oldest first.
        Raises unknown_provider."""
        with self._lock, self._tx() as (conn, _now):
            provider = directory.require_provider(conn, provider_id)
            r = st.provider_relationships.c
            query = (
                select(st.tenants.c.domain).join(st.tenants, st.tenants.c.id == r.tenant_id)
                .where(r.provider_id == provider.id).order_by(r.since, st.tenants.c.domain)
            )
            return list(conn.execute(query).scalars())

    @service_call
    def remove_admin_access(self, token: str, provider_id: str) -> Relationship:
        """Take away a provider's administrator access to the reseller's work account (idempotent).
        Raises session_expired, account_not_ready, unknown_provider, not_connected."""
        with self._tx() as (conn, now):
            reseller = self._reseller(conn, token, now)
            provider = directory.require_provider(conn, provider_id, reseller.country)
            row = require_connected(conn, reseller, provider)
            if row["admin_access"]:
                r = st.provider_relationships.c
                mine = (r.tenant_id == reseller.tenant_id) & (r.provider_id == provider.id)
                conn.execute(update(st.provider_relationships).where(mine).values(
                    admin_access=False, admin_access_removed_at=now))
                _event(conn, reseller.tenant_id, provider.id, now,
                       f"Administrator access of {provider.name} removed", f"By {reseller.upn}. {ADMIN_ACCESS_NOTE}")
                row = conn.execute(select(st.provider_relationships).where(mine)).mappings().one()
            return _relationship(row, provider, reseller)

    @service_call
    def relationship_events(self, token: str) -> list[RelationshipEvent]:
        """What happened to the signed-in reseller's provider relationships, oldest first."""
        with self._tx() as (conn, now):
            reseller = self._reseller(conn, token, now)
            names = {p.id: p.name for p in directory.listings(conn)}
            e = st.relationship_events.c
            rows = conn.execute(
                select(st.relationship_events).where(e.tenant_id == reseller.tenant_id).order_by(e.id)
            ).mappings().all()
        return [RelationshipEvent(r["at"], r["provider_id"], names.get(r["provider_id"], r["provider_id"]), r["title"],
                                  r["detail"]) for r in rows]

