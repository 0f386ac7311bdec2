"""The status of a live case where Partner Center's API doesn't answer (issue 15, item 6): a manual record.

The partner ticks "verification email confirmed", then "approved", each with its date; each tick moves
the case along the same lifecycle the sandbox follows (email_verification -> in_review -> approved),
is written to the audit trail with who recorded it, and shows in the same timeline. Qt-free; the API
polling comes on top of this later, and a refusal (401/403) falls back here: never a dead end.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import TYPE_CHECKING

from wizard.backends.base import BackendError
from wizard.domain import lifecycle
from wizard.domain.lifecycle import State, VettingSubStatus
from wizard.domain.model import EnrollmentEvent, EnrollmentView
from wizard.domain.texts import QT_TRANSLATE_NOOP
from wizard.services.handoff import SUBMITTED_AT

if TYPE_CHECKING:
    from wizard.services.case_session import CaseSession

EMAIL_CONFIRMED_ON = "email_confirmed_on"  # stored with the case, ISO dates
APPROVED_ON = "approved_on"
RECORDED_BY_HAND = "manual_status"  # the audit detail's marker: recorded by the partner, not the API

# The same words the sandbox's timeline uses (already translated), plus the approval.
SUBMITTED_TITLE = QT_TRANSLATE_NOOP("Timeline", "Enrollment submitted")
EMAIL_TITLE = QT_TRANSLATE_NOOP("Timeline", "Primary contact's email verified; review started")
APPROVED_TITLE = QT_TRANSLATE_NOOP("Timeline", "Enrollment approved: your Partner Center account is ready")
BY_HAND = QT_TRANSLATE_NOOP("Timeline", "Recorded by hand in the wizard.")
FROM_API = QT_TRANSLATE_NOOP("Timeline", "Read from Partner Center.")
STATUS_SOURCE = "status_source"  # "api" once Partner Center's API reported a step

# What each tick records: (stored key, the state it moves from, to, the timeline's title).
STEPS: dict[str, tuple[str, State, State, str]] = {
    "email_confirmed": (EMAIL_CONFIRMED_ON, State.EMAIL_VERIFICATION, State.IN_REVIEW, EMAIL_TITLE),
    "approved": (APPROVED_ON, State.IN_REVIEW, State.APPROVED, APPROVED_TITLE),
}


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError):
        return None


def _moment(day: date) -> datetime:
    """A date as a moment of the timeline: its noon in UTC (the same calendar day in nearly every zone)."""
    return datetime.combine(day, time(12, 0), tzinfo=UTC)


class ManualStatus:
    def __init__(self, session: "CaseSession") -> None:
        self.session = session

    def recorded_on(self, what: str) -> date | None:
        return _day(self.session.value(STEPS[what][0]))

    def submitted_at(self) -> datetime | None:
        try:
            return datetime.fromisoformat(self.session.value(SUBMITTED_AT))
        except ValueError:
            return None

    def can_record(self, what: str) -> bool:
        """The tick is the case's next step of the lifecycle (and not recorded yet)."""
        return self.session.status == STEPS[what][1] and self.recorded_on(what) is None

    def record(self, what: str, on: date, today: date | None = None) -> EnrollmentView:
        """Tick `what` ("email_confirmed" or "approved") as done `on` that day; on a worker. Refused with a
        BackendError when it is not the case's next step, or the date is in the future or before the
        step it follows."""
        key, source, target, title = STEPS[what]
        session, writer = self.session, self.session.writer
        if session.status != source:
            raise BackendError("not_next_step", QT_TRANSLATE_NOOP(
                "Backend", "This step can't be recorded now: record the steps in order."))
        today = today or datetime.now(UTC).date()
        if on > today:
            raise BackendError("future_date", QT_TRANSLATE_NOOP("Backend", "Choose today or an earlier date."))
        earliest = self._earliest(what)
        if earliest is not None and on < earliest:
            raise BackendError("date_too_early", QT_TRANSLATE_NOOP(
                "Backend", "Choose {date} or a later date: this step came after the previous one.").format(
                    date=earliest.isoformat()))
        session.flush()
        with writer.writing():
            writer.set_status(str(target), writer.actor, {
                "title": title, "on": on.isoformat(), RECORDED_BY_HAND: True})
            writer.refresh_version()
        session.set_value(key, on.isoformat())
        session.flush()
        with session.draft.lock:
            session.status = str(target)
        return self.view()

    def _earliest(self, what: str) -> date | None:
        if what == "approved":
            return self.recorded_on("email_confirmed")
        submitted = self.submitted_at()
        return submitted.date() if submitted is not None else None

    def view(self) -> EnrollmentView:
        """Where the case stands, with the timeline of what was recorded (oldest first), as the sandbox's."""
        session = self.session
        state = State(session.status) if session.status in State._value2member_map_ else State.EMAIL_VERIFICATION
        if state is State.DRAFT:
            state = State.EMAIL_VERIFICATION
        contact = session.value("contact_email")
        events: list[EnrollmentEvent] = []
        submitted = self.submitted_at()
        if submitted is not None:
            events.append(EnrollmentEvent(submitted, State.EMAIL_VERIFICATION, VettingSubStatus.EMAIL_OWNERSHIP,
                                          SUBMITTED_TITLE, BY_HAND, contact or None))
        for what, (_key, _source, target, title) in STEPS.items():
            on = self.recorded_on(what)
            if on is not None:
                sub_status = lifecycle.vetting_of(target)[1]
                source = FROM_API if session.value(STATUS_SOURCE) == "api" else BY_HAND
                events.append(EnrollmentEvent(_moment(on), target, sub_status, title, source))
        vetting, sub_status = lifecycle.vetting_of(state)
        return EnrollmentView(
            enrollment_id=session.value("enrollment_id"), tenant_domain=session.value("tenant_domain"),
            state=state, vetting_status=vetting, sub_status=sub_status, reason="",
            submitted_at=submitted or datetime.now(UTC), events=tuple(events), contact_email=contact,
            review_due=None,
        )
