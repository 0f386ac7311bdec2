"""One audit record: who did what to a case, and when (support staff read these). The store's entries
and a handover packet's history are this same record; the store adds its row id and case."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    actor: str
    action: str
    detail: dict[str, Any] = field(default_factory=dict)
