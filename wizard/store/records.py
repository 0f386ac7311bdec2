"""Plain frozen dataclasses the store hands out, so the UI and services never see ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

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


@dataclass(frozen=True)
class AuditEntry:
    """Who did what to a case and when (support staff read these)."""

    id: int
    case_id: int
    at: datetime
    actor: str
    action: str
    detail: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ResumeState:
    """What startup needs to show the right page before the ORM is loaded."""

    case_id: int
    step: str
    status: CaseStatus
    owner: str
    fields: dict[str, str]
    updated_at: datetime | None = None
