"""Who the signed-in reseller is for the region rule, and the provider directory as listings."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Connection, RowMapping, literal_column, select

from wizard.backends.base import BackendError
from wizard.backends.sandbox import state as st
from wizard.backends.sandbox.timeline import of_tenant
from wizard.domain.lifecycle import State
from wizard.domain.model import ProviderListing
from wizard.domain.regions import provider_regions, providers_allowed_for, region_of
from wizard.domain.texts import QT_TRANSLATE_NOOP


def require_ready(e: RowMapping | None, domain: str) -> RowMapping:
    """The enrollment if it is approved; BackendError account_not_ready otherwise."""
    if e is None or State(e["state"]) is not State.APPROVED:
        raise BackendError(
            "account_not_ready",
            QT_TRANSLATE_NOOP(
                "Backend", "The Partner Center account of {domain} isn't ready yet: the enrollment must be approved first."
            ).format(domain=domain),
        )
    return e


@dataclass(frozen=True)
class Reseller:
    """The signed-in tenant as an indirect reseller; `country` is its legal business location."""

    tenant_id: str
    domain: str
    upn: str
    country: str
    region: str | None
    mpn_id: str | None
    legal_name: str


def reseller_of(conn: Connection, tenant_id: str, upn: str = "") -> Reseller:
    """The tenant as an approved reseller (`upn`: who acts for it); BackendError account_not_ready otherwise."""
    tenant = conn.execute(select(st.tenants).where(st.tenants.c.id == tenant_id)).mappings().one()
    e = require_ready(of_tenant(conn, tenant_id), tenant["domain"])
    fields = json.loads(e["fields"])
    country = (fields.get("country") or tenant["country"]).upper()
    return Reseller(
        tenant_id, tenant["domain"], upn, country, region_of(country), e["mpn_id"],
        fields.get("legal_name") or tenant["domain"],
    )


def business_country(conn: Connection, tenant_id: str) -> str:
    """The tenant's legal business location: its enrollment's country, else (not enrolled yet) its own,
    which enrolling requires it to match. The region rule for providers follows it."""
    tenant = conn.execute(select(st.tenants).where(st.tenants.c.id == tenant_id)).mappings().one()
    e = of_tenant(conn, tenant_id)
    fields = json.loads(e["fields"]) if e is not None and e["fields"] else {}
    return str(fields.get("country") or tenant["country"]).upper()


def listings(conn: Connection, reseller_country: str | None = None) -> list[ProviderListing]:
    """Every provider in scenario order; with a country, `allowed` says whether the region rule lets that
    country's resellers work with it."""
    countries: dict[str, list[str]] = {}
    pairs = select(st.provider_countries.c.provider_id, st.provider_countries.c.country)
    for pid, c in conn.execute(pairs.order_by(literal_column("rowid"))):  # scenario order
        countries.setdefault(pid, []).append(c)
    p = st.providers.c
    rows = conn.execute(
        select(p.id, p.name, p.services, p.description, p.contact).order_by(p.seq)
    ).all()
    out = []
    for pid, name, services, description, contact in rows:
        served = tuple(countries.get(pid, ()))
        allowed = reseller_country is None or providers_allowed_for(reseller_country, served)
        out.append(ProviderListing(pid, name, served, provider_regions(served), tuple(json.loads(services)),
                                   description, contact, allowed))
    return out


def listing(conn: Connection, provider_id: str, reseller_country: str | None = None) -> ProviderListing | None:
    return next((p for p in listings(conn, reseller_country) if p.id == provider_id), None)


def require_provider(conn: Connection, provider_id: str, reseller_country: str | None = None) -> ProviderListing:
    found = listing(conn, str(provider_id).strip(), reseller_country)
    if found is None:
        raise BackendError(
            "unknown_provider",
            QT_TRANSLATE_NOOP("Backend", "There's no indirect provider with the id '{provider}'.").format(provider=provider_id),
        )
    return found


def tenant_by_domain(conn: Connection, domain: str) -> RowMapping:
    domain = str(domain).strip().lower()
    row = conn.execute(select(st.tenants).where(st.tenants.c.domain == domain)).mappings().first()
    if row is None:
        raise BackendError(
            "unknown_tenant", QT_TRANSLATE_NOOP("Backend", "There is no tenant named {domain}.").format(domain=domain)
        )
    return row


def recipient(conn: Connection, tenant_id: str) -> str:
    """Where mail for a tenant goes: its enrollment's primary contact, else its first global admin."""
    e = of_tenant(conn, tenant_id)
    if e is not None and e["contact_email"]:
        return str(e["contact_email"])
    u = st.users.c
    admins = select(u.upn).where(u.tenant_id == tenant_id).order_by(u.global_admin.desc(), u.upn)
    return str(conn.execute(admins).scalars().first() or "")
