"""ORM tables (typed declarative). They must match the head migration; a test compares them."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    Dialect,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION: dict[str, str] = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
"""Stable constraint names, so batch migrations can find and alter constraints by name."""

SearchKey = Text().with_variant(Text(collation="C"), "postgresql")
"""A casefolded search key: compared and sorted by code point on both engines (0006 sets PostgreSQL's)."""


def utcnow() -> datetime:
    """Aware 'now' in UTC, the only kind of timestamp the store writes."""
    return datetime.now(timezone.utc)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC text (sortable) and hands back aware UTC datetimes; refuses naive input."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use an aware UTC datetime")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=timezone.utc)


class NulSafeText(TypeDecorator[str]):
    """Text that may hold NUL characters on both engines. SQLite keeps them; PostgreSQL text cannot hold
    one, so there NUL is written as U+FFFF "0" and U+FFFF itself as U+FFFF U+FFFF (reversible; values
    without either character, i.e. nearly all, are written unchanged). What the user typed comes back."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None or dialect.name != "postgresql" or ("\x00" not in value and "\uffff" not in value):
            return value
        return value.replace("\uffff", "\uffff\uffff").replace("\x00", "\uffff0")

    def process_result_value(self, value: str | None, dialect: Dialect) -> str | None:
        if value is None or dialect.name != "postgresql" or "\uffff" not in value:
            return value
        return _NUL_ESCAPE.sub(lambda m: "\x00" if m.group(1) == "0" else "\uffff", value)


_NUL_ESCAPE = re.compile("\uffff(.)", re.DOTALL)


class Base(DeclarativeBase):
    """Declarative base carrying the naming convention."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Case(Base):
    """One company's enrollment."""

    __tablename__ = "cases"
    __table_args__ = (
        CheckConstraint(
            "status IN ('draft', 'email_verification', 'in_review', 'needs_info', 'rejected', 'approved')",
            name="status",
        ),
        Index("ix_cases_updated_at", "updated_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    step: Mapped[str] = mapped_column(String(64), nullable=False, server_default=text("'welcome'"))
    status: Mapped[str] = mapped_column(String(32), nullable=False, server_default=text("'draft'"))
    owner: Mapped[str] = mapped_column(String(255), nullable=False)
    enrollment_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    archived: Mapped[bool] = mapped_column(Boolean(), nullable=False, server_default=false())
    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("1"))
    """Optimistic lock (0005): every write to the case adds one; a write that names an older one is refused."""
    search_key: Mapped[str] = mapped_column(SearchKey, nullable=False, server_default=text("''"))
    """What the case list searches (0006): casefold(company, MPN ID, contact, owner) joined by U+001F,
    written by the Store with the values (wizard.store.case_list.case_search_key)."""

    fields: Mapped[list[CaseField]] = relationship(
        back_populates="case", cascade="all, delete-orphan", passive_deletes=True
    )


class CaseField(Base):
    """One field value of a case, as typed by the user (never a secret)."""

    __tablename__ = "case_fields"

    case_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(NulSafeText(), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)

    case: Mapped[Case] = relationship(back_populates="fields")


class AuditLog(Base):
    """Who changed what on a case and when."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    case_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True
    )
    at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    actor: Mapped[str] = mapped_column(String(255), nullable=False)
    action: Mapped[str] = mapped_column(String(64), nullable=False)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, nullable=False)


# -- the relationships window's local copy of Partner Center (0004) -----------------------------------


class Provider(Base):
    """An indirect provider the case's reseller is authorized with, as Partner Center last said."""

    __tablename__ = "providers"

    case_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    provider_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    countries: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    regions: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    services: Mapped[list[str]] = mapped_column(JSON, nullable=False)
    since: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    admin_access: Mapped[bool] = mapped_column(Boolean(), nullable=False, server_default=false())
    admin_access_removed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class SharedCustomer(Base):
    """A customer the reseller shares with one provider; goes with the provider (and so with the case).

    `search_key` is casefold(name) + U+001F + casefold(domain): one column that orders customers
    by name (case-insensitively in any script, which SQLite's ASCII-only NOCASE is not; the
    separator sorts below every character a key keeps) and that a filter matches against the
    name or the domain. The table is WITHOUT ROWID and clustered on (case, provider, search_key,
    customer_id), so name order, filters and 'missing relationship' walk the rows themselves with
    no lookups, and the other sort orders scan one provider's rows into a temporary B-tree
    (~20 ms at 100,000). A customer's identity is the unique (case, provider, customer_id).
    """

    __tablename__ = "shared_customers"
    __table_args__ = (
        ForeignKeyConstraint(
            ["case_id", "provider_id"],
            ["providers.case_id", "providers.provider_id"],
            ondelete="CASCADE",
        ),
        UniqueConstraint("case_id", "provider_id", "customer_id"),
        {"sqlite_with_rowid": False},
    )

    case_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    provider_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    search_key: Mapped[str] = mapped_column(SearchKey, primary_key=True)
    customer_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255), nullable=False)
    domain: Mapped[str] = mapped_column(String(255), nullable=False)
    country: Mapped[str] = mapped_column(String(2), nullable=False)
    provider_relationship: Mapped[bool] = mapped_column(Boolean(), nullable=False)
    since: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class SyncState(Base):
    """How far the local copy got: the highest customer id fetched per provider, and when.

    `provider_id` '' stands for the case's provider list itself (when it was last refreshed)."""

    __tablename__ = "sync_state"

    case_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True
    )
    provider_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    last_customer_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    synced_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
