"""The sandbox service's own SQLite state: tables, engine setup, seeding, and password hashing."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import uuid
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    create_engine,
    event,
    select,
)
from sqlalchemy.pool import StaticPool

from wizard.backends.scenario import Scenario

SCHEMA_VERSION = "1"
_TENANT_NAMESPACE = uuid.UUID("6f1d1c2e-3b8a-4f57-9a51-5c0d2b7e9a10")
# scrypt at the "interactive login" cost: about 75 ms and 16 MiB per hash on the 2-core machines.
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**14, 8, 1


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes stored as ISO 8601 text (SQLite has no datetime type)."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc).isoformat()

    def process_result_value(self, value: str | None, dialect: Any) -> datetime | None:
        return None if value is None else datetime.fromisoformat(value)


metadata = MetaData()

meta = Table("meta", metadata, Column("key", String, primary_key=True), Column("value", Text, nullable=False))

tenants = Table(
    "tenants",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("domain", String, nullable=False, unique=True),
    Column("country", String(2), nullable=False),
    # not_enrolled | pending_email_verification | ... | authorized (see the enrollments table)
    Column("csp_status", String, nullable=False, default="not_enrolled"),
    Column("created_at", UtcDateTime, nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("upn", String, primary_key=True),
    Column("tenant_id", ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("display_name", String, nullable=False),
    Column("global_admin", Boolean, nullable=False),
    Column("password_hash", String, nullable=False),
)

sessions = Table(
    "sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("upn", ForeignKey("users.upn", ondelete="CASCADE"), nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
)

pmc_accounts = Table(
    "pmc_accounts",
    metadata,
    Column("user", String, primary_key=True),
    Column("password_hash", String, nullable=False),
)

mpn_profiles = Table(
    "mpn_profiles",
    metadata,
    Column("mpn_id", String, primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("pmc_user", ForeignKey("pmc_accounts.user", ondelete="CASCADE"), nullable=False, index=True),
    Column("company", String, nullable=False),
    Column("country", String(2), nullable=False),
    Column("active", Boolean, nullable=False),
    Column("line1", String, nullable=False, default=""),
    Column("line2", String, nullable=False, default=""),
    Column("city", String, nullable=False, default=""),
    Column("state", String, nullable=False, default=""),
    Column("postal_code", String, nullable=False, default=""),
)

providers = Table(
    "providers",
    metadata,
    Column("id", String, primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("name", String, nullable=False),
    Column("services", Text, nullable=False),  # JSON list: training, marketing, financing
)

provider_countries = Table(
    "provider_countries",
    metadata,
    Column("provider_id", ForeignKey("providers.id", ondelete="CASCADE"), primary_key=True),
    Column("country", String(2), primary_key=True, index=True),
)

customers = Table(
    "customers",
    metadata,
    Column("id", String, primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("name", String, nullable=False),
    Column("domain", String, nullable=False),
    Column("country", String(2), nullable=False, index=True),
)

customer_providers = Table(
    "customer_providers",
    metadata,
    Column("customer_id", ForeignKey("customers.id", ondelete="CASCADE"), primary_key=True),
    Column("provider_id", ForeignKey("providers.id", ondelete="CASCADE"), primary_key=True, index=True),
)

enrollments = Table(
    "enrollments",
    metadata,
    Column("id", String, primary_key=True),
    Column("tenant_id", ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False, unique=True),
    # One CSP tenant per location MPN ID (Partner Center manage-locations).
    Column("mpn_id", ForeignKey("mpn_profiles.mpn_id"), nullable=False, unique=True),
    Column("pmc_user", ForeignKey("pmc_accounts.user"), nullable=False),
    Column("status", String, nullable=False),
    Column("fields", Text, nullable=False),  # JSON object of the submitted field keys
    Column("contact_email", String, nullable=False),
    Column("verification_code", String, nullable=False),
    Column("submitted_at", UtcDateTime, nullable=False),
)

emails = Table(
    "emails",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("to_addr", String, nullable=False, index=True),
    Column("subject", String, nullable=False),
    Column("body", Text, nullable=False),
    Column("kind", String, nullable=False),
    Column("sent_at", UtcDateTime, nullable=False),
    Column("links", Text, nullable=False, default="[]"),  # JSON list
)


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P, dklen=32)
    return f"scrypt${_SCRYPT_N}${_SCRYPT_R}${_SCRYPT_P}${salt.hex()}${digest.hex()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        actual = hashlib.scrypt(
            password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(actual.hex(), digest)


def hash_token(token: str) -> str:
    """Session tokens are 256 random bits, so a plain SHA-256 is enough to keep them out of the file."""
    return hashlib.sha256(token.encode()).hexdigest()


def tenant_id_for(domain: str) -> str:
    """Seeded tenants get a stable id, so the same scenario always yields the same tenant ids."""
    return str(uuid.uuid5(_TENANT_NAMESPACE, domain))


def fingerprint(scenario: Scenario) -> str:
    """What the state was seeded from; latency is excluded because it does not change the data."""
    data = scenario.model_dump_json(exclude={"latency_ms"})
    return hashlib.sha256(f"{SCHEMA_VERSION}:{data}".encode()).hexdigest()


def make_engine(path: Path | None) -> Engine:
    """File: WAL, foreign keys, busy timeout, every transaction BEGIN IMMEDIATE. None: one shared
    in-memory connection (StaticPool); the caller serialises access to it with a lock."""
    if path is None:
        engine = create_engine(
            "sqlite://", poolclass=StaticPool, connect_args={"check_same_thread": False}
        )
    else:
        engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # let the "begin" hook below own transactions
        cursor = dbapi_conn.cursor()
        if path is not None:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def open_state(engine: Engine, scenario: Scenario, now: datetime) -> None:
    """Create and seed the schema on first open; a state seeded from another scenario (or an older
    schema) is dropped and reseeded from this one, so a scenario file always means the same world."""
    wanted = fingerprint(scenario)
    with engine.begin() as conn:
        have = None
        if conn.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name='meta'").first():
            have = conn.execute(select(meta.c.value).where(meta.c.key == "fingerprint")).scalar()
        if have == wanted:
            return
        _drop_everything(conn)
        metadata.create_all(conn)
        _seed(conn, scenario, now)
        conn.execute(
            meta.insert(),
            [
                {"key": "fingerprint", "value": wanted},
                {"key": "schema_version", "value": SCHEMA_VERSION},
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
        _seed_hash_cache[fp] = {key: hash_password(password) for key, password in pairs}
    return _seed_hash_cache[fp]


def _seed(conn: Connection, s: Scenario, now: datetime) -> None:
    hashes = _seed_hashes(s)
    for t in s.tenants:
        tid = tenant_id_for(t.domain)
        status = "authorized" if t.csp_enrolled else "not_enrolled"
        row = {"id": tid, "domain": t.domain, "country": t.country, "csp_status": status, "created_at": now}
        conn.execute(tenants.insert().values(**row))
        conn.execute(
            users.insert(),
            [
                {"upn": u.upn, "tenant_id": tid, "display_name": u.display_name,
                 "global_admin": u.global_admin, "password_hash": hashes[f"user:{u.upn}"]}
                for u in t.users
            ],
        )
    seq = 0
    for a in s.pmc_accounts:
        conn.execute(pmc_accounts.insert().values(user=a.user, password_hash=hashes[f"pmc:{a.user}"]))
        for m in a.mpn_profiles:
            seq += 1
            conn.execute(
                mpn_profiles.insert().values(
                    mpn_id=m.mpn_id, seq=seq, pmc_user=a.user, company=m.company, country=m.country,
                    active=m.active, **m.address.model_dump(),
                )
            )
    for i, p in enumerate(s.providers):
        conn.execute(providers.insert().values(id=p.id, seq=i, name=p.name, services=json.dumps(p.services)))
        countries = [{"provider_id": p.id, "country": c} for c in dict.fromkeys(p.countries)]
        conn.execute(provider_countries.insert(), countries)
    for i, c in enumerate(s.customers):
        conn.execute(customers.insert().values(id=c.id, seq=i, name=c.name, domain=c.domain, country=c.country))
        links = [{"customer_id": c.id, "provider_id": pid} for pid in dict.fromkeys(c.provider_ids)]
        if links:
            conn.execute(customer_providers.insert(), links)
