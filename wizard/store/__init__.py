"""Persistence: SQLite via SQLAlchemy + Alembic, exported lazily so `wizard.store.quick` stays light."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wizard.store.customer_view import SharedCustomerSource
    from wizard.store.errors import (
        CaseNotFound,
        ProviderNotFound,
        StoreConflict,
        StoreCorrupt,
        StoreError,
        StoreLocked,
        StoreTooNew,
    )
    from wizard.store.files import quarantine
    from wizard.store.quick import ResumeState, read_resume_state
    from wizard.store.records import AuditEntry, CaseRecord, ProviderRow, SharedCustomerRow
    from wizard.store.relationships import RelationshipStore
    from wizard.store.repository import Store
    from wizard.store.schema_version import HEAD_REVISION

_EXPORTS: dict[str, str] = {
    "Store": "wizard.store.repository",
    "CaseRecord": "wizard.store.records",
    "AuditEntry": "wizard.store.records",
    "ResumeState": "wizard.store.quick",
    "StoreError": "wizard.store.errors",
    "StoreCorrupt": "wizard.store.errors",
    "StoreConflict": "wizard.store.errors",
    "StoreLocked": "wizard.store.errors",
    "StoreTooNew": "wizard.store.errors",
    "CaseNotFound": "wizard.store.errors",
    "ProviderNotFound": "wizard.store.errors",
    "ProviderRow": "wizard.store.records",
    "SharedCustomerRow": "wizard.store.records",
    "RelationshipStore": "wizard.store.relationships",
    "SharedCustomerSource": "wizard.store.customer_view",
    "quarantine": "wizard.store.files",
    "read_resume_state": "wizard.store.quick",
    "HEAD_REVISION": "wizard.store.schema_version",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    """Import the defining module on first use (SQLAlchemy only loads when Store is touched)."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'wizard.store' has no attribute {name!r}")
    return getattr(import_module(module), name)
