"""The checks before anything is sent (issue 15, item 3), as `live-check` reports them (DESIGN.md contract).

Problems block (`ok` is true exactly when there are none): not_global_admin, country_unknown,
unverified_domain, sign_in_failed, network_error, throttled. Notices inform: mfa_required,
partner_center_refused, throttled (Partner Center only). Partner Center is read best-effort: a refusal
is a notice, never a problem.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from wizard.backends.live.errors import MESSAGES, LiveError
from wizard.backends.live.graph import GraphClient, Organization
from wizard.backends.live.partner_center import PartnerCenterClient, Vetting
from wizard.domain.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

PROBLEM_CODES = ("not_global_admin", "country_unknown", "unverified_domain", "sign_in_failed", "network_error",
                 "throttled")
NOTICE_CODES = ("mfa_required", "partner_center_refused", "throttled")

NOT_GLOBAL_ADMIN = QT_TRANSLATE_NOOP(
    "Backend", "{user} is not an active Global Administrator of the tenant. If the role is assigned to you as "
    "eligible in Privileged Identity Management (PIM), activate it first (Entra admin center, My roles), then "
    "check again. Otherwise sign in with a global admin's work account.")
COUNTRY_UNKNOWN = QT_TRANSLATE_NOOP(
    "Backend", "Microsoft did not say which country your tenant is in (it stays hidden without the "
    "Organization.Read.All permission). Choose the country your company is registered in.")
UNVERIFIED_DOMAIN = QT_TRANSLATE_NOOP(
    "Backend", "The {which} {email} is not at a verified domain of your tenant ({domains}). Use an address at "
    "one of them, or verify {domain} in the Microsoft 365 admin center first: the review starts by checking "
    "that the email belongs to your company.")
CONTACT_EMAIL = QT_TRANSLATE_NOOP("Backend", "primary contact's email")
SUPPORT_EMAIL = QT_TRANSLATE_NOOP("Backend", "support email")
PARTNER_CENTER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Backend", "Partner Center could not be reached, so the enrollment's status is unknown. Check your "
    "internet connection (or proxy) and try again.")
PARTNER_CENTER_THROTTLED = QT_TRANSLATE_NOOP(
    "Backend", "Partner Center asked us to wait before reading the enrollment's status; it will be read later.")


@dataclass(frozen=True)
class Finding:
    code: str
    message: str

    def to_json(self) -> dict[str, str]:
        return {"code": self.code, "message": str(self.message)}


@dataclass
class CheckReport:
    user: str = ""
    display_name: str = ""  # the user's name as Graph gives it (the case shows it; not in live-check's JSON)
    tenant_id: str = ""
    tenant_country: str | None = None
    global_admin: bool = False
    verified_domains: list[str] = field(default_factory=list)
    vetting: Vetting | None = None
    problems: list[Finding] = field(default_factory=list)
    notices: list[Finding] = field(default_factory=list)
    organization: Organization | None = None  # for the legal profile's prefill (organization.prefill())
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step, for the benchmark

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_json(self) -> dict[str, Any]:
        """Exactly live-check's JSON (DESIGN.md): the keys in the contract's order."""
        return {
            "ok": self.ok, "user": self.user, "tenant_id": self.tenant_id, "tenant_country": self.tenant_country,
            "global_admin": self.global_admin, "verified_domains": list(self.verified_domains),
            "vetting": self.vetting.to_json() if self.vetting is not None else None,
            "problems": [p.to_json() for p in self.problems], "notices": [n.to_json() for n in self.notices],
        }


def graph_problem(error: LiveError) -> Finding:
    """A Graph failure as a problem of the contract."""
    if error.code == "throttled":
        return Finding("throttled", error.message)
    if error.code in ("network_error", "server_error", "unexpected_answer"):
        return Finding("network_error", error.message)
    return Finding("sign_in_failed", error.message)


def partner_center_finding(error: LiveError) -> tuple[str, Finding]:
    """A Partner Center failure: ("notice", ...) for a refusal, MFA or throttling; ("problem", network_error)
    when it could not be reached at all."""
    if error.code == "mfa_required":
        return "notice", Finding("mfa_required", MESSAGES["mfa_required"])
    if error.code == "throttled":
        return "notice", Finding("throttled", PARTNER_CENTER_THROTTLED)
    if error.code in ("network_error", "server_error"):
        return "problem", Finding("network_error", PARTNER_CENTER_UNREACHABLE)
    return "notice", Finding("partner_center_refused", MESSAGES["partner_center_refused"])


def email_domain_problems(verified: list[str], contact_email: str | None,
                          support_email: str | None) -> list[Finding]:
    """unverified_domain for each given address whose domain is not one of the tenant's verified domains."""
    found = []
    for which, email in ((CONTACT_EMAIL, contact_email), (SUPPORT_EMAIL, support_email)):
        if not email or not email.strip():
            continue
        domain = email.strip().rpartition("@")[2].strip().rstrip(".").lower()
        if domain not in verified:
            found.append(Finding("unverified_domain", UNVERIFIED_DOMAIN.format(
                which=which, email=email.strip(), domain=domain or email.strip(), domains=", ".join(verified))))
    return found


def run_checks(graph: GraphClient, partner_center: PartnerCenterClient | None, *, user: str = "",
               tenant_id: str = "", contact_email: str | None = None, support_email: str | None = None,
               clock: Callable[[], float] | None = None) -> CheckReport:
    """Every check, in order: the user and their roles, the organization (country, verified domains, the
    prefill), the emails' domains, then Partner Center's vetting (best-effort). Blocks: run on a worker."""
    import time

    clock = clock or time.perf_counter
    report = CheckReport(user=user, tenant_id=tenant_id)
    started = clock()
    try:
        me = graph.me()
        report.user = me.user_principal_name or user
        report.display_name = me.display_name
        report.global_admin = graph.is_global_admin()
        report.timings["roles"] = clock() - started
        organization = graph.organization()
        report.timings["organization"] = clock() - started
    except LiveError as error:
        log.info("checks: Graph failed (%s)", error.code)
        report.problems.append(graph_problem(error))
        return report
    report.organization = organization
    report.tenant_id = organization.tenant_id or tenant_id
    report.tenant_country = organization.country
    report.verified_domains = list(organization.verified_domains)
    if not report.global_admin:
        report.problems.append(Finding("not_global_admin", NOT_GLOBAL_ADMIN.format(user=report.user)))
    if organization.country is None:
        report.problems.append(Finding("country_unknown", COUNTRY_UNKNOWN))
    report.problems.extend(email_domain_problems(report.verified_domains, contact_email, support_email))
    if partner_center is not None:
        try:
            report.vetting = partner_center.vetting()
        except LiveError as error:
            log.info("checks: Partner Center failed (%s, %s)", error.code, error.service_code)
            kind, finding = partner_center_finding(error)
            (report.notices if kind == "notice" else report.problems).append(finding)
        report.timings["partner_center"] = clock() - started
    log.info("checks: %d problem(s) %s, %d notice(s) %s", len(report.problems),
             [p.code for p in report.problems], len(report.notices), [n.code for n in report.notices])
    return report
