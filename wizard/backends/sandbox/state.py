"""The sandbox service's own SQLite state: tables, engine setup, and password and token hashing."""

from __future__ import annotations

import hashlib
import hmac
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
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    create_engine,
    event,
)
from sqlalchemy.pool import StaticPool

# Bumped on every schema change: a state file of another version is dropped and reseeded from its
# scenario (sandbox.seed.open_state), because the sandbox is a simulation, not a record to migrate.
SCHEMA_VERSION = "3"
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
    # not_enrolled | pending_email_verification | in_review | needs_info | rejected | authorized: a summary
    # of enrollments.state kept for the older enrollment()/is_enrolled() calls
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
    Column("admin_agent", Boolean, nullable=False, default=False),
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
    Column("migrated", Boolean, nullable=False, default=True),  # moved from PMC to Partner Center
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
    Column("description", Text, nullable=False, default=""),
    Column("contact", String, nullable=False, default=""),
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
    # One CSP tenant per location MPN ID (Partner Center manage-locations). NULL only for a tenant the
    # scenario seeds as enrolled without naming its MPN ID.
    Column("mpn_id", ForeignKey("mpn_profiles.mpn_id"), nullable=True, unique=True),
    Column("pmc_user", ForeignKey("pmc_accounts.user"), nullable=True),
    Column("state", String, nullable=False),  # wizard.domain.lifecycle.State
    Column("sub_status", String, nullable=False),  # wizard.domain.lifecycle.VettingSubStatus
    Column("reason", Text, nullable=False, default=""),
    Column("fields", Text, nullable=False),  # JSON object of the submitted field keys
    Column("contact_email", String, nullable=False),
    Column("submitted_at", UtcDateTime, nullable=False),
    Column("review_started_at", UtcDateTime, nullable=True),
    Column("review_due_at", UtcDateTime, nullable=True),
    Column("review_from", String, nullable=True),  # the sub-status the current review started at
    Column("seeded", Boolean, nullable=False, default=False),
)

enrollment_events = Table(
    "enrollment_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("enrollment_id", ForeignKey("enrollments.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("at", UtcDateTime, nullable=False),
    Column("state", String, nullable=False),
    Column("sub_status", String, nullable=False),
    Column("title", String, nullable=False),
    Column("detail", Text, nullable=False, default=""),
    Column("emailed_to", String, nullable=True),
)

verification_links = Table(
    "verification_links",
    metadata,
    Column("code_hash", String(64), primary_key=True),  # like session tokens, the code itself is not kept
    Column("enrollment_id", ForeignKey("enrollments.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("issued_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
    Column("used_at", UtcDateTime, nullable=True),
    Column("superseded_at", UtcDateTime, nullable=True),
)

mpa_signatures = Table(
    "mpa_signatures",
    metadata,
    Column("tenant_id", ForeignKey("tenants.id", ondelete="CASCADE"), primary_key=True),
    Column("region", String, primary_key=True),
    Column("signed_at", UtcDateTime, nullable=False),
    Column("signed_by", String, nullable=False),
)

# -- indirect providers and the resellers they work with ------------------------------------------------

provider_invitations = Table(
    "provider_invitations",
    metadata,
    Column("id", String, primary_key=True),  # INV-XXXXXXXX
    Column("code_hash", String(64), nullable=False),  # the link's code, hashed like session tokens
    Column("provider_id", ForeignKey("providers.id", ondelete="CASCADE"), nullable=False),
    Column("tenant_id", ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("sent_to", String, nullable=False),
    Column("sent_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
    Column("authorized_at", UtcDateTime, nullable=True),
    Column("authorized_by", String, nullable=True),
)

provider_relationships = Table(
    "provider_relationships",
    metadata,
    Column("tenant_id", ForeignKey("tenants.id", ondelete="CASCADE"), primary_key=True),  # the reseller
    Column("provider_id", ForeignKey("providers.id", ondelete="CASCADE"), primary_key=True, index=True),
    Column("since", UtcDateTime, nullable=False),
    Column("invitation_id", String, nullable=True),
    Column("authorized_by", String, nullable=False),
    Column("admin_access", Boolean, nullable=False),
    Column("admin_access_removed_at", UtcDateTime, nullable=True),
)

relationship_events = Table(
    "relationship_events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("tenant_id", ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("provider_id", ForeignKey("providers.id", ondelete="CASCADE"), nullable=False),
    Column("at", UtcDateTime, nullable=False),
    Column("title", String, nullable=False),
    Column("detail", Text, nullable=False, default=""),
)

# A customer a reseller shares with one of its providers (two-tier). The integer id only grows, so the
# app syncs by asking for the rows after the highest id it holds; the index serves exactly that query.
shared_customers = Table(
    "shared_customers",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("tenant_id", ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False),
    Column("provider_id", ForeignKey("providers.id", ondelete="CASCADE"), nullable=False),
    Column("customer_id", String, nullable=True),  # the customers row, for scenario and invited customers
    Column("name", String, nullable=False),
    Column("domain", String, nullable=False),
    Column("country", String(2), nullable=False),
    Column("provider_relationship", Boolean, nullable=False),
    Column("since", UtcDateTime, nullable=False),
    Index("ix_shared_customers_sync", "tenant_id", "provider_id", "id"),
)

customer_invitations = Table(
    "customer_invitations",
    metadata,
    Column("id", String, primary_key=True),  # CI-XXXXXXXX
    Column("code_hash", String(64), nullable=False),
    Column("tenant_id", ForeignKey("tenants.id", ondelete="CASCADE"), nullable=False),  # the reseller
    Column("provider_id", ForeignKey("providers.id", ondelete="CASCADE"), nullable=False),
    Column("email", String, nullable=False),
    Column("name", String, nullable=False, default=""),
    Column("sent_at", UtcDateTime, nullable=False),
    Column("expires_at", UtcDateTime, nullable=False),
    Column("used_at", UtcDateTime, nullable=True),
    Column("shared_customer_id", Integer, nullable=True),
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


def provider_tenant_id(provider_id: str) -> str:
    """A provider's own Partner Center tenant id (stable), as the live invitation links carry it."""
    return str(uuid.uuid5(_TENANT_NAMESPACE, f"provider:{provider_id}"))


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
