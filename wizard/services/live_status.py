"""A live case's status page, Qt-free: the manual record of the review with its whole lifecycle, and signing
in again after the case was submitted.

The manual record (where Partner Center's API refuses the account) extends wizard/services/manual_status.py
with the review's other outcomes: Microsoft asks for more information (the needs-more-information loop:
the partner corrects the legal business profile in Partner Center, and the review resumes; as often as
Microsoft asks) and the rejection. Each tick is the case's next lifecycle move, dated, audited, and shown
in the timeline in the order it happened.

Signing in again: the sign-in page is a record once the case is submitted, but a sign-in expires (and
without a keyring it is lost at every restart), and Partner Center may ask for MFA. `sign_in_again`
runs the browser's sign-in, keeps it only for the case's own tenant, and reads the status again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from wizard.backends.base import BackendError
from wizard.domain import lifecycle
from wizard.domain.case import TENANT_DOMAIN
from wizard.domain.lifecycle import State, VettingSubStatus
from wizard.domain.model import EnrollmentEvent, EnrollmentView
from wizard.domain.texts import QT_TRANSLATE_NOOP
from wizard.services.manual_status import (
    APPROVED_ON,
    APPROVED_TITLE,
    BY_HAND,
    EMAIL_CONFIRMED_ON,
    EMAIL_TITLE,
    FROM_API,
    RECORDED_BY_HAND,
    STATUS_SOURCE,
    SUBMITTED_TITLE,
    ManualStatus,
)

if TYPE_CHECKING:
    import threading

    from wizard.services.case_session import CaseSession
    from wizard.services.live_case import StatusRead

log = logging.getLogger(__name__)

NEEDS_INFO_ON = "needs_info_on"  # stored with the case: ISO dates, comma-separated, one per round of the loop
CORRECTED_ON = "corrected_on"
REJECTED_ON = "rejected_on"
SIGN_IN_AGAIN_ACTION = "sign_in_again"  # the audit's action for a sign-in on the status page

NEEDS_INFO_TITLE = QT_TRANSLATE_NOOP("Timeline", "Microsoft asked for more information; the review is paused")
CORRECTED_TITLE = QT_TRANSLATE_NOOP(
    "Timeline", "Legal business profile corrected in Partner Center; the review resumed")
REJECTED_TITLE = QT_TRANSLATE_NOOP("Timeline", "Enrollment rejected")


@dataclass(frozen=True)
class Step:
    """One tick of the checklist: the case's value it is kept in, the lifecycle move it records, its title
    in the timeline, and whether it can happen more than once (the needs-more-information loop)."""

    key: str
    source: State
    target: State
    title: str
    repeats: bool = False


STEPS: dict[str, Step] = {  # in the checklist's order
    "email_confirmed": Step(EMAIL_CONFIRMED_ON, State.EMAIL_VERIFICATION, State.IN_REVIEW, EMAIL_TITLE),
    "needs_info": Step(NEEDS_INFO_ON, State.IN_REVIEW, State.NEEDS_INFO, NEEDS_INFO_TITLE, repeats=True),
    "corrected": Step(CORRECTED_ON, State.NEEDS_INFO, State.IN_REVIEW, CORRECTED_TITLE, repeats=True),
    "approved": Step(APPROVED_ON, State.IN_REVIEW, State.APPROVED, APPROVED_TITLE),
    "rejected": Step(REJECTED_ON, State.IN_REVIEW, State.REJECTED, REJECTED_TITLE),
}
# Each step is a move the lifecycle allows (checked once, here, rather than at every tick).
assert all(lifecycle.can_move(step.source, step.target) for step in STEPS.values())


def _moment(day: date) -> datetime:
    """A date as a moment of the timeline: its noon in UTC, as wizard/services/manual_status.py dates them."""
    return datetime.combine(day, time(12, 0), tzinfo=UTC)


def _days(text: str) -> list[date]:
    days = []
    for part in (text or "").split(","):
        try:
            days.append(date.fromisoformat(part.strip()))
        except ValueError:
            continue
    return days


class ManualReview(ManualStatus):
    """The manual checklist of a live case: email confirmed, then (as often as Microsoft asks) more
    information asked and the profile corrected, then approved or rejected."""

    steps = STEPS

    def dates(self, what: str) -> list[date]:
        """Every date `what` was recorded on, oldest first (more than one for the loop's steps)."""
        return _days(self.session.value(self.steps[what].key))

    def recorded_on(self, what: str) -> date | None:
        days = self.dates(what)
        return days[-1] if days else None

    def can_record(self, what: str) -> bool:
        """The tick is the case's next step of the lifecycle (and, unless it repeats, not recorded yet)."""
        step = self.steps[what]
        return self.session.status == step.source and (step.repeats or self.recorded_on(what) is None)

    def done(self, what: str) -> bool:
        """Shown ticked: recorded, and not due again (a loop's step is due again in the next round)."""
        return self.recorded_on(what) is not None and not self.can_record(what)

    def earliest(self) -> date | None:
        """The first date the next step can have: the day of the latest step so far (or of the submission)."""
        days = [day for what in self.steps for day in self.dates(what)]
        submitted = self.submitted_at()
        if submitted is not None:
            days.append(submitted.date())
        return max(days) if days else None

    def record(self, what: str, on: date, today: date | None = None) -> EnrollmentView:
        """Tick `what` (a key of STEPS) as done `on` that day; on a worker. Refused with a BackendError when it
        is not the case's next step, or the date is in the future or before the step it follows."""
        step = self.steps[what]
        session, writer = self.session, self.session.writer
        if not self.can_record(what):
            raise BackendError("not_next_step", QT_TRANSLATE_NOOP(
                "Backend", "This step can't be recorded now: record the steps in order."))
        today = today or datetime.now(UTC).date()
        if on > today:
            raise BackendError("future_date", QT_TRANSLATE_NOOP("Backend", "Choose today or an earlier date."))
        earliest = self.earliest()
        if earliest is not None and on < earliest:
            raise BackendError("date_too_early", QT_TRANSLATE_NOOP(
                "Backend", "Choose {date} or a later date: this step came after the previous one.").format(
                    date=earliest.isoformat()))
        days = [*self.dates(what), on] if step.repeats else [on]
        session.flush()
        with writer.writing():
            writer.set_status(str(step.target), writer.actor, {
                "title": step.title, "on": on.isoformat(), "step": what, RECORDED_BY_HAND: True})
            writer.refresh_version()
        session.set_value(step.key, ",".join(day.isoformat() for day in days))
        session.flush()
        with session.draft.lock:
            session.status = str(step.target)
        return self.view()

    def _events(self) -> list[tuple[date, Step, str]]:
        """What was recorded, in the order the lifecycle allows it to have happened: the email, each round
        of the loop (more information asked, then the profile corrected), then the decision."""
        from_api = self.session.value(STATUS_SOURCE) == "api"  # the API's moves are dated by live_case
        source = {EMAIL_CONFIRMED_ON: FROM_API if from_api else BY_HAND, APPROVED_ON: FROM_API if from_api else BY_HAND}
        ordered: list[tuple[date, Step, str]] = []

        def add(what: str, day: date) -> None:
            step = self.steps[what]
            ordered.append((day, step, source.get(step.key, BY_HAND)))

        for day in self.dates("email_confirmed"):
            add("email_confirmed", day)
        asked, corrected = self.dates("needs_info"), self.dates("corrected")
        for index, day in enumerate(asked):
            add("needs_info", day)
            if index < len(corrected):
                add("corrected", corrected[index])
        for what in ("approved", "rejected"):
            for day in self.dates(what):
                add(what, day)
        return ordered

    def view(self) -> EnrollmentView:
        """Where the case stands, with the timeline of what was recorded (oldest first), as the sandbox's."""
        base = super().view()
        contact = self.session.value("contact_email")
        events: list[EnrollmentEvent] = []
        submitted = self.submitted_at()
        if submitted is not None:
            events.append(EnrollmentEvent(submitted, State.EMAIL_VERIFICATION, VettingSubStatus.EMAIL_OWNERSHIP,
                                          SUBMITTED_TITLE, BY_HAND, contact or None))
        for day, step, source in self._events():
            events.append(EnrollmentEvent(_moment(day), step.target, lifecycle.vetting_of(step.target)[1],
                                          step.title, source))
        return EnrollmentView(
            enrollment_id=base.enrollment_id, tenant_domain=base.tenant_domain, state=base.state,
            vetting_status=base.vetting_status, sub_status=base.sub_status, reason="",
            submitted_at=base.submitted_at, events=tuple(events), contact_email=base.contact_email,
            review_due=None,
        )


# ----- signing in again ---------------------------------------------------------------------------------

SIGN_IN_AGAIN_CODES = ("session_expired", "mfa_required")
"""Why a status read failed where a new sign-in is the way on: expired (or lost at a restart), or MFA."""


def sign_in_problem(result: object) -> str:
    """The code (one of SIGN_IN_AGAIN_CODES) when a status read (a StatusRead, or the error it raised)
    failed for the sign-in; "" otherwise. A StatusRead says it by its notice, the code's own message."""
    from wizard.backends.live.errors import MESSAGES

    code = getattr(result, "code", "") or ""
    if code:
        return code if code in SIGN_IN_AGAIN_CODES else ""
    notice = getattr(result, "notice", "") or ""
    return next((code for code in SIGN_IN_AGAIN_CODES if notice and notice == MESSAGES[code]), "")


class OtherTenant(BackendError):
    """The new sign-in is of another tenant than the case's: refused, nothing kept for the case."""


def case_tenant(session: CaseSession) -> str:
    """The tenant ID of the case's own sign-in: its account's ("<oid>.<tid>"), else the last live sign-in's
    audit entry; "" when neither says it."""
    from wizard.services.live_case import HOME_ACCOUNT

    tenant = session.value(HOME_ACCOUNT).partition(".")[2]
    if tenant:
        return tenant
    store, case_id = session.store, session.case_id
    if store is None or case_id is None:
        return ""
    for entry in reversed(store.audit(case_id)):
        if entry.action in ("sign_in", SIGN_IN_AGAIN_ACTION) and entry.detail.get("tenant"):
            return str(entry.detail["tenant"])
    return ""


def same_tenant(session: CaseSession, username: str, tenant_id: str) -> bool:
    """Whether a signed-in account is of the case's tenant: its tenant ID where the case knows it, else its
    user name's domain among the tenant's verified domains (a domain is verified in one tenant only)."""
    from wizard.services.live_case import VERIFIED_DOMAINS

    known = case_tenant(session)
    if known:
        return tenant_id.strip().lower() == known.strip().lower()
    domains = {part.strip().lower() for part in session.value(VERIFIED_DOMAINS).split(",") if part.strip()}
    domains |= {session.value(TENANT_DOMAIN).strip().lower()} - {""}
    if not domains:
        return True  # nothing to compare with: the case never kept its tenant
    return username.rpartition("@")[2].strip().lower() in domains


def sign_in_again(session: CaseSession, parent_window_handle: int | None = None,
                  cancelled: threading.Event | None = None) -> StatusRead:
    """On a worker: sign in with Microsoft in the browser (`cancelled`: this attempt's cancel), then read the
    status again. An account of another tenant is refused with OtherTenant: the session goes back to the
    case's own account and the case stays as it was. Another account of the same tenant becomes the
    case's sign-in (a reopened case works as it); the case's answers (the work account that enrolled)
    stay a record, and the audit trail says who signed in."""
    from wizard.services.live_case import HOME_ACCOUNT

    live_case = session.live_case()
    live = live_case.live
    before = session.value(HOME_ACCOUNT) or live.home_account_id
    account = live.sign_in_interactive(parent_window_handle=parent_window_handle, cancelled=cancelled)
    if not same_tenant(session, account.username, account.tenant_id):
        log.info("sign-in again: an account of another tenant was refused")
        if before:
            live.use_account(before)  # never the other tenant's status for this case
        else:
            live.sign_out()
        raise OtherTenant("other_tenant", QT_TRANSLATE_NOOP(
            "Backend", "{account} belongs to another tenant than this enrollment's. Sign in with a work account "
            "of {tenant}, such as {work_account}. Nothing was changed.").format(
                account=account.username, tenant=session.value(TENANT_DOMAIN) or session.value("work_account"),
                work_account=session.value("work_account")))
    if live.home_account_id and live.home_account_id != session.value(HOME_ACCOUNT):
        session.set_values({HOME_ACCOUNT: live.home_account_id})
        session.flush()
    session.writer.audit(SIGN_IN_AGAIN_ACTION, {"work_account": account.username, "tenant": account.tenant_id,
                                                "mode": "live"})
    return live_case.read_status()
