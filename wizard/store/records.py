"""Plain frozen dataclasses the store hands out, so the UI and services never see ORM objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal, NamedTuple

from wizard.domain.audit import AuditRecord

CaseStatus = Literal["draft", "email_verification", "in_review", "needs_info", "rejected", "approved"]


@dataclass(frozen=True)
class CaseRecord:
    """One enrollment case with all its saved field values; timestamps are aware UTC."""

    id: int
    owner: str
    step: str
    status: CaseStatus
    fields: dict[str, str]
    created_at: datetime
    updated_at: datetime
    enrollment_id: str | None = None
    archived: bool = False
    version: int = 1
    """Optimistic lock: pass it back as `expected_version` to refuse writing over someone else's change."""


@dataclass(frozen=True, init=False)
class AuditEntry(AuditRecord):
    """An audit record as the store keeps it: the record (who did what, when) with its row id and case."""

    id: int = 0
    case_id: int = 0

    def __init__(self, id: int, case_id: int, at: datetime, actor: str, action: str,
                 detail: dict[str, Any] | None = None) -> None:
        AuditRecord.__init__(self, at, actor, action, {} if detail is None else detail)
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "case_id", case_id)


@dataclass(frozen=True)
class ProviderRow:
    """An indirect provider of the case, as Partner Center last reported it (local copy)."""

    provider_id: str
    name: str
    countries: tuple[str, ...]
    regions: tuple[str, ...]
    services: tuple[str, ...]
    since: datetime | None
    admin_access: bool
    admin_access_removed_at: datetime | None


class SharedCustomerRow(NamedTuple):
    """One row of the customers table, in column order; a plain tuple so pages of them are cheap."""

    customer_id: int
    name: str
    domain: str
    country: str
    provider_relationship: bool
    """False: the provider has no reseller relationship with the customer and cannot order for them."""
    since: datetime | None
