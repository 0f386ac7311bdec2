"""Customers a reseller shares with its providers, moved as plain tuples so 100,000 seed and read in under a second."""

from __future__ import annotations

import gc
import random
import re
import secrets
from datetime import datetime, timedelta, timezone
from typing import Any, Iterator

from sqlalchemy import Connection, RowMapping, func, select, update

from wizard.backends.sandbox import state as st
from wizard.backends.sandbox.directory import Reseller
from wizard.backends.sandbox.scenario import GeneratedCustomersSpec, Scenario
from wizard.domain.model import SharedCustomer
from wizard.domain.regions import region_of

_COLUMNS = "tenant_id, provider_id, customer_id, name, domain, country, provider_relationship, since"
_INSERT = f"INSERT INTO shared_customers ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
_SELECT = (
    "SELECT id, name, domain, country, provider_id, provider_relationship, since FROM shared_customers "
    "WHERE tenant_id = ? AND provider_id = ? AND id > ? ORDER BY id LIMIT ?"
)
# Company-form suffixes make the synthetic names look like the country's customers; others get "Ltd".
_SUFFIX = {"ES": "S.L.", "AD": "S.L.", "PT": "Lda.", "FR": "SAS", "BE": "SRL", "LU": "S.à r.l.", "DE": "GmbH",
           "AT": "GmbH", "CH": "AG", "IT": "S.r.l.", "NL": "B.V.", "US": "Inc.", "BR": "Ltda.", "MX": "S.A. de C.V."}
GENERATED_SINCE_DAYS = 3 * 365  # generated customers joined within the three years before seeding
HOME_SHARE = 0.75  # the share of generated customers in the reseller's own country; the rest elsewhere in region


def _iso(at: datetime) -> str:
    """The text UtcDateTime stores, so raw and Core reads of the column agree."""
    return at.astimezone(timezone.utc).isoformat()


# Volume is the point here: rows go through the DB-API cursor (executemany, fetchall) instead of SQLAlchemy's
# row objects, which cost several times more per row.
def _cursor(conn: Connection) -> Any:
    return conn.connection.cursor()  # the DB-API cursor of this transaction's connection


def seed(conn: Connection, s: Scenario, now: datetime) -> None:
    """Scenario customers with a reseller and an indirect provider, then the generated ones, in that order."""
    rows = [
        (st.tenant_id_for(c.reseller), c.indirect_provider, c.id, c.name, c.domain, c.country,
         c.indirect_provider in c.provider_ids, _iso(now))
        for c in s.customers
        if c.reseller is not None and c.indirect_provider is not None
    ]
    cursor = _cursor(conn)
    try:
        cursor.executemany(_INSERT, rows)
        number = 0
        countries = {t.domain: t.country for t in s.tenants}
        served = {p.id: p.countries for p in s.providers}
        for g in s.generated_customers:
            pool = _country_pool(countries[g.reseller], served[g.provider_id])
            cursor.executemany(_INSERT, generated_rows(g, pool, now, number))
            number += g.count
    finally:
        cursor.close()


def _country_pool(home: str, provider_countries: list[str]) -> tuple[str, ...]:
    """The reseller's country first, then the provider's other countries in the reseller's region."""
    region = region_of(home)
    return (home,) + tuple(c for c in dict.fromkeys(provider_countries) if c != home and region_of(c) == region)


def generated_rows(
    g: GeneratedCustomersSpec, pool: tuple[str, ...], now: datetime, first: int = 0
) -> Iterator[tuple[Any, ...]]:
    """Deterministic synthetic customers: the same spec and seed give the same names, countries and flags;
    `first` numbers them after those of earlier specs, so names and domains stay unique in a scenario."""
    draw = random.Random(f"{g.reseller}|{g.provider_id}|{g.seed}").random  # random() alone: 3x faster than randrange
    tenant_id = st.tenant_id_for(g.reseller)
    home, others = pool[0], pool[1:]
    away = len(others) / (1 - HOME_SHARE)
    every = g.missing_relationship_every
    since_text: dict[int, str] = {}
    for i in range(1, g.count + 1):
        n = first + i
        where = draw()
        country = home
        if others and where >= HOME_SHARE:
            country = others[min(int((where - HOME_SHARE) * away), len(others) - 1)]
        days = int(draw() * GENERATED_SINCE_DAYS)
        since = since_text.get(days)
        if since is None:
            since = since_text[days] = _iso(now - timedelta(days=days))
        yield (tenant_id, g.provider_id, None, f"Customer {n:06d} {_SUFFIX.get(country, 'Ltd')}",
               f"customer{n:06d}.onmicrosoft.com", country, not (every and i % every == 0), since)


def fetch(conn: Connection, tenant_id: str, provider_id: str, since_id: int, limit: int | None) -> list[SharedCustomer]:
    """The shared customers with an id above `since_id`, by id, at most `limit` of them."""
    collecting = gc.isenabled()
    gc.disable()  # 100,000 rows of new tuples would set off full collections that find nothing to free
    cursor = _cursor(conn)
    try:
        cursor.execute(_SELECT, (tenant_id, provider_id, since_id, -1 if limit is None else limit))
        rows = cursor.fetchall()
        parsed = {text: datetime.fromisoformat(text) for text in {row[6] for row in rows}}  # few distinct times
        new, cls = tuple.__new__, SharedCustomer  # skips the NamedTuple's keyword-handling constructor
        return [new(cls, (cid, name, domain, country, pid, related == 1, parsed[since]))
                for cid, name, domain, country, pid, related, since in rows]
    finally:
        cursor.close()
        if collecting:
            gc.enable()


# -- a customer accepts a reseller's invitation ---------------------------------------------------------


def _tenant_of_email(email: str) -> tuple[str, str]:
    """(domain, name) of the customer's tenant from the invited address: an onmicrosoft.com address names it,
    any other domain gives its first label ("fourth-coffee.es" -> fourthcoffee.onmicrosoft.com, Fourth Coffee)."""
    host = email.rpartition("@")[2].lower()
    label = host.split(".")[0]
    name = " ".join(part.capitalize() for part in re.split(r"[-_]+", label) if part) or "New customer"
    if host.endswith(".onmicrosoft.com"):
        return host, name
    return f"{re.sub(r'[^a-z0-9]', '', label)[:27] or 'customer'}.onmicrosoft.com", name


def accept(conn: Connection, inv: RowMapping, reseller: Reseller, now: datetime) -> tuple[int, str]:
    """Make the invited customer a customer of the provider that the reseller shares with it, with the provider's
    reseller relationship; an existing shared customer of that domain just gains the relationship.
    Returns (shared customer id, customer name)."""
    domain, derived = _tenant_of_email(inv["email"])
    provider_id = inv["provider_id"]
    customer = conn.execute(select(st.customers).where(st.customers.c.domain == domain)).mappings().first()
    if customer is None:
        customer_id = f"cust-{inv['id'].lower()}-{secrets.token_hex(2)}"
        seq = conn.execute(select(func.coalesce(func.max(st.customers.c.seq), -1) + 1)).scalar_one()
        name, country = inv["name"] or derived, reseller.country
        conn.execute(st.customers.insert().values(id=customer_id, seq=seq, name=name, domain=domain, country=country))
    else:
        customer_id, name, country = customer["id"], customer["name"], customer["country"]
    cp = st.customer_providers.c
    linked = select(cp.customer_id).where((cp.customer_id == customer_id) & (cp.provider_id == provider_id))
    if conn.execute(linked).first() is None:
        conn.execute(st.customer_providers.insert().values(customer_id=customer_id, provider_id=provider_id))
    sc = st.shared_customers.c
    mine = (sc.tenant_id == reseller.tenant_id) & (sc.provider_id == provider_id) & (sc.domain == domain)
    existing = conn.execute(select(sc.id, sc.name).where(mine).order_by(sc.id)).first()
    if existing is not None:
        conn.execute(update(st.shared_customers).where(sc.id == existing.id).values(provider_relationship=True))
        return int(existing.id), str(existing.name)
    key = conn.execute(
        st.shared_customers.insert().values(
            tenant_id=reseller.tenant_id, provider_id=provider_id, customer_id=customer_id, name=name, domain=domain,
            country=country, provider_relationship=True, since=now,
        )
    ).inserted_primary_key
    assert key is not None
    return int(key[0]), name
