"""The printable summary of a case as plain data (no Qt): titled sections of (label, value) rows and the
status timeline from the audit log, oldest first. `wizard.ui.summary_pdf` turns it into a PDF.

Only known, non-secret values are shown; audit details are described in words, never dumped.
Titles, labels and words are marked texts (wizard/domain/texts.py): English here and in the CLI, shown
translated by the PDF (wizard/ui/messages.py)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Protocol, Self

from wizard.domain import lifecycle
from wizard.domain.case import ACCOUNT_NAME, MPN_COMPANY, MPN_COUNTRY, TENANT_DOMAIN, Case
from wizard.domain.regions import country_name
from wizard.domain.texts import QT_TRANSLATE_NOOP, Message, Moment
from wizard.domain.times import as_utc
from wizard.store.keys import is_secret_like

if TYPE_CHECKING:
    from wizard.store.records import AuditEntry, CaseRecord

TITLE = QT_TRANSLATE_NOOP("Summary", "CSP indirect reseller enrollment — summary")
FOOTER = QT_TRANSLATE_NOOP("Summary", "Check these details against your company's registration records.")
NOT_GIVEN = "—"

_TENANT_DOMAIN, _ACCOUNT_NAME, _MPN_COMPANY, _MPN_COUNTRY = TENANT_DOMAIN, ACCOUNT_NAME, MPN_COMPANY, MPN_COUNTRY

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
        if name.upper() == code.upper():
            return name
        return QT_TRANSLATE_NOOP("Summary", "{country} ({code})").format(country=name, code=code.upper())

    def person(*keys: str) -> str:
        return " ".join(part for part in (get(k) for k in keys) if part)

    company = Section(QT_TRANSLATE_NOOP("Summary", "Company (legal business profile)"), (
        Row(QT_TRANSLATE_NOOP("Summary", "Legal business name"), get("legal_name")),
        Row(QT_TRANSLATE_NOOP("Summary", "Address line 1"), get("address_line1")),
        Row(QT_TRANSLATE_NOOP("Summary", "Address line 2"), get("address_line2")),
        Row(QT_TRANSLATE_NOOP("Summary", "City"), get("city")),
        Row(QT_TRANSLATE_NOOP("Summary", "State/province"), get("state")),
        Row(QT_TRANSLATE_NOOP("Summary", "Postal code"), get("postal_code")),
        Row(QT_TRANSLATE_NOOP("Summary", "Country/region"), country("country")),
    ))
    contact = Section(QT_TRANSLATE_NOOP("Summary", "Primary contact"), (
        Row(QT_TRANSLATE_NOOP("Summary", "Name"), person("contact_first_name", "contact_last_name")),
        Row(QT_TRANSLATE_NOOP("Summary", "Email"), get("contact_email")),
        Row(QT_TRANSLATE_NOOP("Summary", "Phone"), get("contact_phone")),
    ))
    support = Section(QT_TRANSLATE_NOOP("Summary", "Customer support information"), (
        Row(QT_TRANSLATE_NOOP("Summary", "Support email"), get("support_email")),
        Row(QT_TRANSLATE_NOOP("Summary", "Support phone"), get("support_phone")),
        Row(QT_TRANSLATE_NOOP("Summary", "Support website"), get("support_website")),
    ))
    mpn_rows = (
        Row(QT_TRANSLATE_NOOP("Summary", "MPN ID"), get("mpn_id")),
        Row(QT_TRANSLATE_NOOP("Summary", "Company"), get(_MPN_COMPANY)),
        Row(QT_TRANSLATE_NOOP("Summary", "Country/region"), country(_MPN_COUNTRY)),
    )
    if Case.from_values(case.fields).already_enrolled and not get("mpn_id"):
        mpn_rows = (Row(QT_TRANSLATE_NOOP("Summary", "MPN ID"),
                        QT_TRANSLATE_NOOP("Summary", "Not needed: the tenant is already enrolled in CSP")),)
    mpn = Section(QT_TRANSLATE_NOOP("Summary", "MPN profile"), mpn_rows)
    account = Section(QT_TRANSLATE_NOOP("Summary", "Work account (tenant)"), (
        Row(QT_TRANSLATE_NOOP("Summary", "Global admin work account"), get("work_account")),
        Row(QT_TRANSLATE_NOOP("Summary", "Name"), get(_ACCOUNT_NAME)),
        Row(QT_TRANSLATE_NOOP("Summary", "Tenant domain"), get(_TENANT_DOMAIN)),
        Row(QT_TRANSLATE_NOOP("Summary", "Tenant country/region"), country("tenant_country")),
    ))
    enrollment_id = (case.enrollment_id or get("enrollment_id")).strip()
    enrollment = Section(QT_TRANSLATE_NOOP("Summary", "Enrollment"), (
        Row(QT_TRANSLATE_NOOP("Summary", "Status"), _status_words(case.status)),
        Row(QT_TRANSLATE_NOOP("Summary", "Partner Center vetting status"), _vetting(case.status)),
        Row(QT_TRANSLATE_NOOP("Summary", "Enrollment ID"), enrollment_id or QT_TRANSLATE_NOOP("Summary", "Not submitted yet")),
        Row(QT_TRANSLATE_NOOP("Summary", "Case number"), str(case.id)),
        Row(QT_TRANSLATE_NOOP("Summary", "Last change"), _when(case.updated_at)),
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
    return as_utc(moment)


class _When(Moment):
    """A time written "2025-01-02 03:04 UTC" in English that a UI shows in its own locale (a Moment)."""

    def __new__(cls, at: datetime) -> Self:
        made = str.__new__(cls, f"{_utc(at):%Y-%m-%d %H:%M} UTC")
        made.at = _utc(at)
        return made


def _when(moment: datetime) -> str:
    return _When(moment)


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
    """One line in plain words for an audit entry (a marked text; a stored title stays as the backend wrote it)."""
    d = _clean(detail or {})
    title = d.get("title", "")

    def with_(bare: str, template: str, key: str) -> str:
        """`bare` when the detail has no `key`, else `template` filled with it."""
        return _T(template).format(value=d[key]) if d.get(key) else _T(bare)

    if action == "create":
        return _T("Case created")
    if action == "sign_in":
        if d.get("work_account") and d.get("tenant"):
            return _T("Signed in as {account} (tenant {tenant})").format(account=d["work_account"], tenant=d["tenant"])
        if d.get("tenant"):
            return _T("Signed in (tenant {value})").format(value=d["tenant"])
        return with_("Signed in", "Signed in as {value}", "work_account")
    if action == "submission":
        return with_("Enrollment submitted", "Enrollment submitted (enrollment ID {value})", "enrollment_id")
    if action in ("status", "status_update"):
        parts: list[str] = [title.rstrip(".")] if title else []
        if action == "status" and d.get("to"):
            parts.append(_T("Status: {status}").format(status=_status_words(d["to"])))
        if d.get("emailed_to"):
            parts.append(_T("Emailed {value}").format(value=d["emailed_to"]))
        if not parts:
            return _T("Status updated")
        return parts[0] if len(parts) == 1 else _joined(parts)
    if action == "link_opened":
        return with_("Link from a sandbox email opened", "Link from a sandbox email opened ({value})", "kind")
    if action == "answers":
        return _T("Prefilled from an answers file")
    if action == "archive":
        return _T("Case archived")
    if action == "unarchive":
        return _T("Case taken out of the archive")
    if action == "admin_agent":
        return with_("Admin agent role checked", "Admin agent role checked for {value}", "user")
    if action == "migrated_to_partner_center":
        return _T("Account moved from the Partner Membership Center to Partner Center")
    if action == "mpa_accepted":
        region, by = d.get("region", ""), d.get("by", "")
        if region and by:
            return _T("Microsoft Partner Agreement accepted for {region} by {by}").format(region=region, by=by)
        if by:
            return _T("Microsoft Partner Agreement accepted by {value}").format(value=by)
        return with_("Microsoft Partner Agreement accepted", "Microsoft Partner Agreement accepted for {value}", "region")
    if action == "provider_authorized":
        return with_("Indirect provider authorized", "Indirect provider authorized: {value}", "provider")
    if action == "provider_admin_access_removed":
        return with_("Administrator access removed from indirect provider",
                     "Administrator access removed from indirect provider {value}", "provider")
    if action == "customer_invited":
        return with_("Customer invited", "Customer invited: {value}", "email")
    words = action.replace("_", " ").replace("-", " ").strip().capitalize() or _T("Change")
    return _T("{words}: {title}").format(words=words, title=title) if title else words


def _T(text: str) -> str:
    """The marked text with these English words (see _WORDS)."""
    return _WORDS.get(text, text)


def _joined(parts: list[str]) -> Message:
    """Sentences joined with ". " (each translated on its own)."""
    joined = parts[0]
    for part in parts[1:]:
        joined = _T("{first}. {then}").format(first=joined, then=part)
    return joined  # type: ignore[return-value]


# Every timeline text, marked for lupdate (which needs the literal at the call).
_WORDS: dict[str, str] = {str(t): t for t in (
    QT_TRANSLATE_NOOP("Summary", "Case created"),
    QT_TRANSLATE_NOOP("Summary", "Signed in as {account} (tenant {tenant})"),
    QT_TRANSLATE_NOOP("Summary", "Signed in (tenant {value})"),
    QT_TRANSLATE_NOOP("Summary", "Signed in"),
    QT_TRANSLATE_NOOP("Summary", "Signed in as {value}"),
    QT_TRANSLATE_NOOP("Summary", "Enrollment submitted"),
    QT_TRANSLATE_NOOP("Summary", "Enrollment submitted (enrollment ID {value})"),
    QT_TRANSLATE_NOOP("Summary", "Status: {status}"),
    QT_TRANSLATE_NOOP("Summary", "Emailed {value}"),
    QT_TRANSLATE_NOOP("Summary", "Status updated"),
    QT_TRANSLATE_NOOP("Summary", "Link from a sandbox email opened"),
    QT_TRANSLATE_NOOP("Summary", "Link from a sandbox email opened ({value})"),
    QT_TRANSLATE_NOOP("Summary", "Prefilled from an answers file"),
    QT_TRANSLATE_NOOP("Summary", "Case archived"),
    QT_TRANSLATE_NOOP("Summary", "Case taken out of the archive"),
    QT_TRANSLATE_NOOP("Summary", "Admin agent role checked"),
    QT_TRANSLATE_NOOP("Summary", "Admin agent role checked for {value}"),
    QT_TRANSLATE_NOOP("Summary", "Account moved from the Partner Membership Center to Partner Center"),
    QT_TRANSLATE_NOOP("Summary", "Microsoft Partner Agreement accepted for {region} by {by}"),
    QT_TRANSLATE_NOOP("Summary", "Microsoft Partner Agreement accepted by {value}"),
    QT_TRANSLATE_NOOP("Summary", "Microsoft Partner Agreement accepted"),
    QT_TRANSLATE_NOOP("Summary", "Microsoft Partner Agreement accepted for {value}"),
    QT_TRANSLATE_NOOP("Summary", "Indirect provider authorized"),
    QT_TRANSLATE_NOOP("Summary", "Indirect provider authorized: {value}"),
    QT_TRANSLATE_NOOP("Summary", "Administrator access removed from indirect provider"),
    QT_TRANSLATE_NOOP("Summary", "Administrator access removed from indirect provider {value}"),
    QT_TRANSLATE_NOOP("Summary", "Customer invited"),
    QT_TRANSLATE_NOOP("Summary", "Customer invited: {value}"),
    QT_TRANSLATE_NOOP("Summary", "Change"),
    QT_TRANSLATE_NOOP("Summary", "{words}: {title}"),
    QT_TRANSLATE_NOOP("Summary", "{first}. {then}"),
)}
