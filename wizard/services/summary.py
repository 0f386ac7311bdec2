"""The printable summary of a case as plain data (no Qt): titled sections of (label, value) rows and the
status timeline from the audit log, oldest first. `wizard.ui.summary_pdf` turns it into a PDF.

Only known, non-secret values are shown; audit details are described in words, never dumped."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol

from wizard.domain import lifecycle
from wizard.domain.regions import country_name
from wizard.store.keys import is_secret_like

if TYPE_CHECKING:
    from wizard.store.records import AuditEntry, CaseRecord

TITLE = "CSP indirect reseller enrollment — summary"
FOOTER = "Check these details against your company's registration records."
NOT_GIVEN = "—"

# Extra case keys written by CaseSession (kept here as literals so this module stays light).
_TENANT_DOMAIN, _ACCOUNT_NAME = "tenant_domain", "account_display_name"
_MPN_COMPANY, _MPN_COUNTRY = "mpn_company", "mpn_country"
_ALREADY_ENROLLED = "already_enrolled"

# Navigation and keystroke-level entries are not part of the status timeline.
_NOT_IN_TIMELINE = frozenset({"step", "edit", "edits", "field", "fields", "note", "notes", "note_added"})


@dataclass(frozen=True)
class Row:
    label: str
    value: str  # "" when not given; may hold newlines


@dataclass(frozen=True)
class Section:
    title: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime  # aware UTC
    what: str
    who: str


@dataclass(frozen=True)
class CaseSummary:
    case_id: int
    title: str
    company: str
    generated_at: datetime  # aware UTC
    sections: tuple[Section, ...]
    timeline: tuple[TimelineEntry, ...]
    footer: str = FOOTER


class _CaseSource(Protocol):
    def get_case(self, case_id: int) -> CaseRecord: ...
    def audit(self, case_id: int) -> list[AuditEntry]: ...


def summary_of(store: _CaseSource, case_id: int, now: datetime | None = None) -> CaseSummary:
    """Read the case and its audit trail; raises CaseNotFound for an unknown case."""
    return build_summary(store.get_case(case_id), store.audit(case_id), now)


def build_summary(case: CaseRecord, audit: Sequence[AuditEntry], now: datetime | None = None) -> CaseSummary:
    fields = {k: v for k, v in case.fields.items() if not is_secret_like(k)}

    def get(key: str) -> str:
        value = fields.get(key, "")
        return value.strip() if isinstance(value, str) else ""

    def country(key: str) -> str:
        code = get(key)
        if not code:
            return ""
        name = country_name(code)
        return name if name.upper() == code.upper() else f"{name} ({code.upper()})"

    def person(*keys: str) -> str:
        return " ".join(part for part in (get(k) for k in keys) if part)

    company = Section("Company (legal business profile)", (
        Row("Legal business name", get("legal_name")),
        Row("Address line 1", get("address_line1")),
        Row("Address line 2", get("address_line2")),
        Row("City", get("city")),
        Row("State/province", get("state")),
        Row("Postal code", get("postal_code")),
        Row("Country/region", country("country")),
    ))
    contact = Section("Primary contact", (
        Row("Name", person("contact_first_name", "contact_last_name")),
        Row("Email", get("contact_email")),
        Row("Phone", get("contact_phone")),
    ))
    support = Section("Customer support information", (
        Row("Support email", get("support_email")),
        Row("Support phone", get("support_phone")),
        Row("Support website", get("support_website")),
    ))
    mpn_rows = (
        Row("MPN ID", get("mpn_id")),
        Row("Company", get(_MPN_COMPANY)),
        Row("Country/region", country(_MPN_COUNTRY)),
    )
    if get(_ALREADY_ENROLLED) == "1" and not get("mpn_id"):
        mpn_rows = (Row("MPN ID", "Not needed: the tenant is already enrolled in CSP"),)
    mpn = Section("MPN profile", mpn_rows)
    account = Section("Work account (tenant)", (
        Row("Global admin work account", get("work_account")),
        Row("Name", get(_ACCOUNT_NAME)),
        Row("Tenant domain", get(_TENANT_DOMAIN)),
        Row("Tenant country/region", country("tenant_country")),
    ))
    enrollment_id = (case.enrollment_id or get("enrollment_id")).strip()
    enrollment = Section("Enrollment", (
        Row("Status", _status_words(case.status)),
        Row("Partner Center vetting status", _vetting(case.status)),
        Row("Enrollment ID", enrollment_id or "Not submitted yet"),
        Row("Case number", str(case.id)),
        Row("Last change", _when(case.updated_at)),
    ))
    timeline = tuple(
        TimelineEntry(_utc(e.at), _describe(e.action, e.detail), e.actor)
        for e in sorted(audit, key=lambda e: (_utc(e.at), e.id))
        if e.action not in _NOT_IN_TIMELINE and not is_secret_like(e.action)
    )
    return CaseSummary(
        case_id=case.id,
        title=TITLE,
        company=get("legal_name"),
        generated_at=_utc(now or datetime.now(UTC)),
        sections=(company, contact, support, mpn, account, enrollment),
        timeline=timeline,
    )


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _when(moment: datetime) -> str:
    return f"{_utc(moment):%Y-%m-%d %H:%M} UTC"


def _status_words(status: str) -> str:
    try:
        return lifecycle.PLAIN_WORDS[lifecycle.State(status)].title
    except (ValueError, KeyError):
        return str(status)


def _vetting(status: str) -> str:
    try:
        vetting, sub = lifecycle.vetting_of(lifecycle.State(status))
    except (ValueError, KeyError):
        return ""
    return f"{vetting.value} / {sub.value}"


def _clean(detail: Mapping[str, Any]) -> dict[str, str]:
    """The detail's non-secret values as text (empty ones dropped)."""
    return {str(k): str(v) for k, v in detail.items() if not is_secret_like(str(k)) and v not in (None, "")}


def _describe(action: str, detail: Mapping[str, Any]) -> str:
    """One line in plain words for an audit entry."""
    d = _clean(detail or {})
    title = d.get("title", "")
    if action == "create":
        return "Case created"
    if action == "sign_in":
        text = ("Signed in as " + d["work_account"]) if d.get("work_account") else "Signed in"
        return text + (f" (tenant {d['tenant']})" if d.get("tenant") else "")
    if action == "submission":
        return "Enrollment submitted" + (f" (enrollment ID {d['enrollment_id']})" if d.get("enrollment_id") else "")
    if action in ("status", "status_update"):
        parts = [title] if title else []
        if action == "status" and d.get("to"):
            parts.append(f"Status: {_status_words(d['to'])}")
        if d.get("emailed_to"):
            parts.append(f"Emailed {d['emailed_to']}")
        return ". ".join(p.rstrip(".") for p in parts) if parts else "Status updated"
    if action == "link_opened":
        return "Link from a sandbox email opened" + (f" ({d['kind']})" if d.get("kind") else "")
    if action == "answers":
        return "Prefilled from an answers file"
    if action == "archive":
        return "Case archived"
    if action == "unarchive":
        return "Case taken out of the archive"
    if action == "admin_agent":
        return "Admin agent role checked" + (f" for {d['user']}" if d.get("user") else "")
    if action == "migrated_to_partner_center":
        return "Account moved from the Partner Membership Center to Partner Center"
    if action == "mpa_accepted":
        text = "Microsoft Partner Agreement accepted" + (f" for {d['region']}" if d.get("region") else "")
        return text + (f" by {d['by']}" if d.get("by") else "")
    if action == "provider_authorized":
        return "Indirect provider authorized" + (f": {d['provider']}" if d.get("provider") else "")
    if action == "provider_admin_access_removed":
        return "Administrator access removed from indirect provider" + (f" {d['provider']}" if d.get("provider") else "")
    if action == "customer_invited":
        return "Customer invited" + (f": {d['email']}" if d.get("email") else "")
    words = action.replace("_", " ").replace("-", " ").strip().capitalize() or "Change"
    return f"{words}: {title}" if title else words
