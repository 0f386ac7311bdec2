"""Seeding the sandbox state from a scenario, and reseeding when the scenario or the schema changes."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from sqlalchemy import Connection, Engine, select

from wizard.backends.sandbox import directory
from wizard.backends.sandbox import invitations
from wizard.backends.sandbox import shared
from wizard.backends.sandbox import state as st
from wizard.backends.sandbox.scenario import MpnProfileSpec, Scenario, Tenant
from wizard.backends.sandbox.timeline import ID_ALPHABET, add_event
from wizard.domain.lifecycle import State, VettingSubStatus
from wizard.domain.texts import QT_TRANSLATE_NOOP


def fingerprint(scenario: Scenario) -> str:
    """What the state was seeded from; latency is excluded because it does not change the data."""
    data = scenario.model_dump_json(exclude={"latency_ms"})
    return hashlib.sha256(f"{st.SCHEMA_VERSION}:{data}".encode()).hexdigest()


def open_state(engine: Engine, scenario: Scenario, now: datetime) -> None:
    """Create and seed the schema on first open; a state seeded from another scenario (or an older
    schema) is dropped and reseeded from this one, so a scenario file always means the same world."""
    wanted = fingerprint(scenario)
    with engine.begin() as conn:
        have = None
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name='meta'").first():
            have = conn.execute(select(st.meta.c.value).where(st.meta.c.key == "fingerprint")).scalar()
        if have == wanted:
            return
        _drop_everything(conn)
        st.metadata.create_all(conn)
        _seed(conn, scenario, now)
        conn.execute(
            st.meta.insert(),
            [
                {"key": "fingerprint", "value": wanted},
                {"key": "schema_version", "value": st.SCHEMA_VERSION},
                {"key": "clock_offset_seconds", "value": "0"},
            ],
        )


def _drop_everything(conn: Connection) -> None:
    """Drop whatever schema is there (maybe an older one), children before the tables they reference."""
    conn.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")
    names = [name for (name,) in rows.fetchall()]
    parents = {
        name: {row[2] for row in conn.exec_driver_sql(f'PRAGMA foreign_key_list("{name}")')} - {name}
        for name in names
    }
    while names:
        referenced = set().union(*(parents[n] for n in names))
        name = next((n for n in names if n not in referenced), names[0])  # names[0]: a cycle, drop anyway
        conn.exec_driver_sql(f'DROP TABLE "{name}"')
        names.remove(name)


_seed_hash_cache: dict[str, dict[str, str]] = {}


def _seed_hashes(s: Scenario) -> dict[str, str]:
    """Hash the scenario's passwords once per process and scenario (scrypt is slow on purpose)."""
    fp = fingerprint(s)
    if fp not in _seed_hash_cache:
        pairs = [(f"user:{u.upn}", u.password) for t in s.tenants for u in t.users]
        pairs += [(f"pmc:{a.user}", a.password) for a in s.pmc_accounts]
        _seed_hash_cache[fp] = {key: st.hash_password(password) for key, password in pairs}
    return _seed_hash_cache[fp]


def _seed(conn: Connection, s: Scenario, now: datetime) -> None:
    hashes = _seed_hashes(s)
    for t in s.tenants:
        tid = st.tenant_id_for(t.domain)
        status = "authorized" if t.csp_enrolled else "not_enrolled"
        row = {"id": tid, "domain": t.domain, "country": t.country, "csp_status": status, "created_at": now}
        conn.execute(st.tenants.insert().values(**row))
        conn.execute(
            st.users.insert(),
            [
                {"upn": u.upn, "tenant_id": tid, "display_name": u.display_name, "global_admin": u.global_admin,
                 "admin_agent": u.admin_agent, "password_hash": hashes[f"user:{u.upn}"]}
                for u in t.users
            ],
        )
    seq = 0
    owners: dict[str, tuple[str, MpnProfileSpec]] = {}
    for a in s.pmc_accounts:
        row = {"user": a.user, "password_hash": hashes[f"pmc:{a.user}"], "migrated": a.migrated}
        conn.execute(st.pmc_accounts.insert().values(**row))
        for m in a.mpn_profiles:
            seq += 1
            owners[m.mpn_id] = (a.user, m)
            conn.execute(
                st.mpn_profiles.insert().values(
                    mpn_id=m.mpn_id, seq=seq, pmc_user=a.user, company=m.company, country=m.country,
                    active=m.active, **m.address.model_dump(),
                )
            )
    for t in s.tenants:
        if t.csp_enrolled:
            _seed_enrollment(conn, t, owners.get(t.mpn_id or ""), now)
    for i, p in enumerate(s.providers):
        conn.execute(
            st.providers.insert().values(
                id=p.id, seq=i, name=p.name, services=json.dumps(p.services), description=p.description,
                contact=p.contact,
            )
        )
        countries = [{"provider_id": p.id, "country": c} for c in dict.fromkeys(p.countries)]
        conn.execute(st.provider_countries.insert(), countries)
    for i, c in enumerate(s.customers):
        conn.execute(st.customers.insert().values(id=c.id, seq=i, name=c.name, domain=c.domain, country=c.country))
        links = [{"customer_id": c.id, "provider_id": pid} for pid in dict.fromkeys(c.provider_ids)]
        if links:
            conn.execute(st.customer_providers.insert(), links)
    shared.seed(conn, s, now)
    _seed_invitations(conn, s, now)


def _seed_invitations(conn: Connection, s: Scenario, now: datetime) -> None:
    """Each scenario invitation is emailed as its provider would have, `days_ago` before the sandbox starts."""
    for i, spec in enumerate(s.invitations):
        provider = directory.require_provider(conn, spec.provider_id)
        tenant = directory.tenant_by_domain(conn, spec.tenant)
        invitation_id = invitations.seeded_id("INV", spec.provider_id, spec.tenant, i)
        invitations.send_provider_invitation(conn, provider, tenant, now - timedelta(days=spec.days_ago), invitation_id)


def seeded_enrollment_id(domain: str) -> str:
    """A stable id for a tenant the scenario seeds as already enrolled."""
    digest = hashlib.sha256(domain.encode()).digest()
    return "ENR-" + "".join(ID_ALPHABET[b % len(ID_ALPHABET)] for b in digest[:8])


def _seed_enrollment(conn: Connection, t: Tenant, owner: tuple[str, MpnProfileSpec] | None, now: datetime) -> None:
    """An approved enrollment for a tenant already enrolled in CSP: its legal profile is its MPN profile's
    (or, with no MPN ID in the scenario, just its domain and country); support details are still empty."""
    fields = {"legal_name": t.domain.split(".")[0], "country": t.country}
    pmc_user = None
    if owner is not None:
        pmc_user, m = owner
        a = m.address
        fields.update(legal_name=m.company, address_line1=a.line1, address_line2=a.line2, city=a.city,
                      state=a.state, postal_code=a.postal_code)
    enrollment_id = seeded_enrollment_id(t.domain)
    conn.execute(
        st.enrollments.insert().values(
            id=enrollment_id, tenant_id=st.tenant_id_for(t.domain), mpn_id=t.mpn_id, pmc_user=pmc_user,
            state=State.APPROVED.value, sub_status=VettingSubStatus.NONE.value, reason="", fields=json.dumps(fields),
            contact_email="", submitted_at=now, seeded=True,
        )
    )
    add_event(
        conn, enrollment_id, now, State.APPROVED, VettingSubStatus.NONE, QT_TRANSLATE_NOOP("Timeline", "Already enrolled in CSP"),
        QT_TRANSLATE_NOOP(
            "Timeline",
            "This tenant was enrolled in the Cloud Solution Provider program before you started. To act as an "
            "indirect reseller you only need to provide customer support contact information.",
        ),
    )
