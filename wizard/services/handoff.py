"""The guided hand-off of a live case (issue 15, item 5): Microsoft offers no enrollment API for indirect
resellers, so the wizard opens the official Partner Center pages and lists, in the order the sign-up
portal asks for them, every value the partner has to give there, ready to copy.

Qt-free: the values and the web-only acts are data (labels are translatable Templates the UI shows in
its language); recording "I have submitted it" goes through the case's one writer, like Enroll now.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from wizard.domain import fields as model
from wizard.domain.texts import QT_TRANSLATE_NOOP, Template

if TYPE_CHECKING:
    from wizard.services.case_session import CaseSession

# The official pages (LIVE.md "The hard limits", SEED.md). Constants: tests and the README name them.
SIGN_UP_URL = "https://partnercenter.microsoft.com/pcv/register/joinnow/enrollmentwelcome/valueaddedreseller"
DASHBOARD_URL = "https://partner.microsoft.com/pcv/dashboard/overview"
PARTNER_PROFILE_URL = "https://partner.microsoft.com/pcv/accountsettings/partnerprofile"
FIND_PROVIDER_URL = "https://partnercenter.microsoft.com/partner/find-a-provider"
# Create one (the seed's step 3) in live mode: Microsoft's sign-up for a new work account (a new tenant).
NEW_WORK_ACCOUNT_URL = "https://signup.microsoft.com/"

SUBMITTED_ACTION = "handoff_submitted"  # the audit trail's action for "I have submitted it"
OPENED_ACTION = "handoff_opened"  # the sign-up page was opened in the browser



@dataclass(frozen=True)
class HandoffValue:
    """One value to give the portal: the case's field key, its label there, and the value to paste."""

    key: str
    label: Template
    value: str


@dataclass(frozen=True)
class HandoffSection:
    title: Template
    values: tuple[HandoffValue, ...]


@dataclass(frozen=True)
class WebAct:
    """An act that exists only on the web: what to do, where, and how to get there on the page."""

    key: str
    title: Template
    how: Template | str  # a Message when it names the case's values (e.g. the CSP region)
    url: str


# The portal's order: the legal business profile, the primary contact, the support details, then the
# Partner ID of the location in the tenant's country. The work account signs in before all of them.
_SECTIONS: tuple[tuple[Template, tuple[tuple[str, Template], ...]], ...] = (
    (QT_TRANSLATE_NOOP("Handoff", "Sign in"), (
        (model.WORK_ACCOUNT, QT_TRANSLATE_NOOP("Handoff", "Work account (global admin)")),
    )),
    (QT_TRANSLATE_NOOP("Handoff", "Legal business profile"), (
        ("country", QT_TRANSLATE_NOOP("Handoff", "Country/region")),
        ("legal_name", QT_TRANSLATE_NOOP("Handoff", "Legal business name")),
        ("address_line1", QT_TRANSLATE_NOOP("Handoff", "Address line 1")),
        ("address_line2", QT_TRANSLATE_NOOP("Handoff", "Address line 2")),
        ("city", QT_TRANSLATE_NOOP("Handoff", "City")),
        ("state", QT_TRANSLATE_NOOP("Handoff", "State or province")),
        ("postal_code", QT_TRANSLATE_NOOP("Handoff", "Postal code")),
    )),
    (QT_TRANSLATE_NOOP("Handoff", "Primary contact"), (
        ("contact_first_name", QT_TRANSLATE_NOOP("Handoff", "First name")),
        ("contact_last_name", QT_TRANSLATE_NOOP("Handoff", "Last name")),
        ("contact_email", QT_TRANSLATE_NOOP("Handoff", "Email address")),
        ("contact_phone", QT_TRANSLATE_NOOP("Handoff", "Phone number")),
    )),
    (QT_TRANSLATE_NOOP("Handoff", "Customer support details"), (
        ("support_email", QT_TRANSLATE_NOOP("Handoff", "Support email")),
        ("support_phone", QT_TRANSLATE_NOOP("Handoff", "Support phone")),
        ("support_website", QT_TRANSLATE_NOOP("Handoff", "Support website")),
    )),
    (QT_TRANSLATE_NOOP("Handoff", "Partner ID"), (
        (model.MPN_ID, QT_TRANSLATE_NOOP("Handoff", "Partner ID (the former MPN ID) of the location in your tenant's country")),
    )),
)


def sections(values: dict[str, str], already_enrolled: bool = False) -> tuple[HandoffSection, ...]:
    """Every value of the case, section by section in the portal's order; empty optional values are left
    out (nothing to paste). A tenant already enrolled in CSP gives only its customer support details."""
    out = []
    for title, rows in _SECTIONS:
        if already_enrolled and title not in ("Sign in", "Customer support details"):
            continue
        shown = tuple(HandoffValue(key, label, values.get(key, "").strip()) for key, label in rows
                      if values.get(key, "").strip())
        if shown:
            out.append(HandoffSection(title, shown))
    return tuple(out)


def values_in_order(values: dict[str, str], already_enrolled: bool = False) -> tuple[HandoffValue, ...]:
    return tuple(value for section in sections(values, already_enrolled) for value in section.values)


def web_acts(values: dict[str, str]) -> tuple[WebAct, ...]:
    """The acts that exist only on the web, in the order they come: enroll, then (account ready) the
    admin agent role, the Microsoft Partner Agreement for the case's CSP region, a provider to work with,
    and authorizing the provider's invitation."""
    from wizard.domain import regions

    country = values.get("country", "") or values.get(model.TENANT_COUNTRY, "")
    region = regions.region_of(country) if country and regions.is_country(country) else None
    if region:
        mpa_how = QT_TRANSLATE_NOOP(
            "Handoff", "Once your account is ready, sign in as a global admin and accept the Microsoft Partner Agreement "
                "for each CSP region where you sell (yours: {region}) on the dashboard overview. Then check "
                "Program info in your Partner profile.").format(region=regions.region_text(region))
    else:
        mpa_how = QT_TRANSLATE_NOOP(
            "Handoff", "Once your account is ready, sign in as a global admin and accept the Microsoft Partner Agreement "
                "for each CSP region where you sell on the dashboard overview. Then check Program info in your "
                "Partner profile.")
    return (
        WebAct("sign_up", QT_TRANSLATE_NOOP("Handoff", "Enroll on the Partner Center sign-up page"), QT_TRANSLATE_NOOP(
            "Handoff", "Sign in with your work account as a global admin, then give the values below in this order "
                "and select Enroll now."), SIGN_UP_URL),
        WebAct("admin_agent", QT_TRANSLATE_NOOP("Handoff", "Check that you have the admin agent role"), QT_TRANSLATE_NOOP(
            "Handoff", "On the dashboard, select the Settings icon, then Account settings > User management. Select "
                "your name, select Admin agent if it isn't selected, then Update."), DASHBOARD_URL),
        WebAct("mpa", QT_TRANSLATE_NOOP("Handoff", "Sign the Microsoft Partner Agreement"), mpa_how, DASHBOARD_URL),
        WebAct("find_provider", QT_TRANSLATE_NOOP("Handoff", "Find an indirect provider"), QT_TRANSLATE_NOOP(
            "Handoff", "Search the list of official Microsoft indirect providers, then contact the one you want to "
                "work with."), FIND_PROVIDER_URL),
        WebAct("authorize_provider", QT_TRANSLATE_NOOP("Handoff", "Authorize your indirect provider"), QT_TRANSLATE_NOOP(
            "Handoff", "Open the link in your provider's invitation email, sign in, check the box and select Authorize "
                "indirect provider. The provider then appears on your Indirect providers page."), DASHBOARD_URL),
    )


def web_act(key: str, values: dict[str, str]) -> WebAct:
    return next(act for act in web_acts(values) if act.key == key)


class Handoff:
    """The hand-off of one live case: what to give the portal, and recording that it was submitted."""

    def __init__(self, session: "CaseSession") -> None:
        self.session = session

    def _values(self) -> dict[str, str]:
        return {key: self.session.value(key) for key in (*model.FIELD_KEYS,)}

    def sections(self) -> tuple[HandoffSection, ...]:
        return sections(self._values(), self.session.already_enrolled)

    def web_acts(self) -> tuple[WebAct, ...]:
        return web_acts(self._values())

    def record_opened(self, url: str) -> None:
        """Audited: the partner was sent to the sign-up page (on a worker)."""
        self.session.writer.audit(OPENED_ACTION, {"url": url})

    def record_submitted(self, now: datetime | None = None) -> datetime:
        """The partner says the portal accepted the enrollment: record it (time, who) in the audit trail and
        move the case on, as Enroll now does in the sandbox (status: waiting for the email verification).
        Run on a worker; returns the time recorded."""
        session, writer = self.session, self.session.writer
        at = (now or datetime.now(UTC)).astimezone(UTC)
        enrolled = session.already_enrolled  # only the support details were given: the account is ready
        session.flush()
        with writer.writing():
            writer.audit(SUBMITTED_ACTION, {"at": at.isoformat(timespec="seconds"), "by": writer.actor,
                                            "page": target_url(enrolled)})
            writer.mark_submitted("")  # no enrollment ID: the portal shows none to copy back
            if enrolled:
                writer.set_status("approved", writer.actor, {"title": "Support information updated"})
                writer.refresh_version()
        session.set_value(SUBMITTED_AT, at.isoformat(timespec="seconds"))
        session.flush()
        with session.draft.lock:
            session.status = "approved" if enrolled else "email_verification"
        return at


def target_url(already_enrolled: bool) -> str:
    """Where the partner gives the values: the sign-up for a new reseller; Partner Center's dashboard (its
    account settings' support profile) for a company already enrolled in CSP."""
    return DASHBOARD_URL if already_enrolled else SIGN_UP_URL


SUBMITTED_AT = "handoff_submitted_at"  # stored with the case: the timeline's first event
