"""Enrollment lifecycle as data: states, allowed moves, Partner Center's vetting model, and plain words."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from wizard.domain.texts import QT_TRANSLATE_NOOP


class State(StrEnum):
    DRAFT = "draft"
    EMAIL_VERIFICATION = "email_verification"  # submitted; the primary contact must verify their email
    IN_REVIEW = "in_review"
    NEEDS_INFO = "needs_info"
    REJECTED = "rejected"
    APPROVED = "approved"  # the Partner Center account is ready


class VettingStatus(StrEnum):
    """Partner Center's vetting status of the legal business profile (SDK VettingStatus)."""

    NONE = "None"
    PENDING = "Pending"
    AUTHORIZED = "Authorized"
    REJECTED = "Rejected"


class VettingSubStatus(StrEnum):
    """The vetting step the legal business profile is at (SDK VettingSubStatus)."""

    NONE = "None"
    ENTRY = "Entry"
    EMAIL_OWNERSHIP = "EmailOwnership"
    EMAIL_DOMAIN = "EmailDomain"
    EMPLOYMENT_VERIFICATION = "EmploymentVerification"
    BUSINESS_VERIFICATION = "BusinessVerification"
    DECISION = "Decision"
    OTHER = "Other"


class InvalidTransition(ValueError):
    """A move the lifecycle does not allow; `source` and `target` say which."""

    def __init__(self, source: State, target: State) -> None:
        super().__init__(f"An enrollment can't move from {source.value} to {target.value}.")
        self.source = source
        self.target = target


TRANSITIONS: dict[State, frozenset[State]] = {
    State.DRAFT: frozenset({State.EMAIL_VERIFICATION}),
    State.EMAIL_VERIFICATION: frozenset({State.IN_REVIEW}),
    State.IN_REVIEW: frozenset({State.NEEDS_INFO, State.REJECTED, State.APPROVED}),
    State.NEEDS_INFO: frozenset({State.IN_REVIEW}),  # the partner updated the profile and resubmitted
    State.REJECTED: frozenset(),
    State.APPROVED: frozenset(),
}


def can_move(source: State | str, target: State | str) -> bool:
    """Whether the lifecycle allows the move; plain strings (as stored) work too."""
    return State(target) in TRANSITIONS[State(source)]


def move(source: State | str, target: State | str) -> State:
    """The target state, if the lifecycle allows the move; raises InvalidTransition otherwise."""
    if not can_move(source, target):
        raise InvalidTransition(State(source), State(target))
    return State(target)


def is_final(state: State | str) -> bool:
    return not TRANSITIONS[State(state)]


_VETTING: dict[State, tuple[VettingStatus, VettingSubStatus]] = {
    State.DRAFT: (VettingStatus.NONE, VettingSubStatus.ENTRY),
    State.EMAIL_VERIFICATION: (VettingStatus.PENDING, VettingSubStatus.EMAIL_OWNERSHIP),
    State.IN_REVIEW: (VettingStatus.PENDING, VettingSubStatus.EMPLOYMENT_VERIFICATION),
    State.NEEDS_INFO: (VettingStatus.PENDING, VettingSubStatus.OTHER),
    State.REJECTED: (VettingStatus.REJECTED, VettingSubStatus.DECISION),
    State.APPROVED: (VettingStatus.AUTHORIZED, VettingSubStatus.NONE),
}


def vetting_of(
    state: State, sub_status: VettingSubStatus | None = None
) -> tuple[VettingStatus, VettingSubStatus]:
    """Partner Center's (status, sub-status) for a lifecycle state. A known `sub_status` (the step a
    review or a needs-info case is at) wins over the state's default; final states ignore it."""
    status, default = _VETTING[State(state)]
    if sub_status is None or is_final(state) or State(state) is State.DRAFT:
        return status, default
    return status, VettingSubStatus(sub_status)


@dataclass(frozen=True)
class Explanation:
    title: str
    what_it_means: str
    whats_next: str


PLAIN_WORDS: dict[State, Explanation] = {
    State.DRAFT: Explanation(
        QT_TRANSLATE_NOOP("Lifecycle", "Not submitted yet"),
        QT_TRANSLATE_NOOP("Lifecycle", "You're still filling in your company's details. Nothing has been sent to Microsoft."),
        QT_TRANSLATE_NOOP("Lifecycle", "Complete every step, then select Enroll now."),
    ),
    State.EMAIL_VERIFICATION: Explanation(
        QT_TRANSLATE_NOOP("Lifecycle", "Waiting for your primary contact to verify their email"),
        QT_TRANSLATE_NOOP(
            "Lifecycle",
            "We received your enrollment and emailed your primary contact. To protect your company, we need them "
            "to confirm that they signed up for a Partner Center account and that their email address belongs to "
            "your company."
        ),
        QT_TRANSLATE_NOOP(
            "Lifecycle",
            "Ask your primary contact to open the verification email and select the link in it. If it hasn't "
            "arrived within one business day, resend it."
        ),
    ),
    State.IN_REVIEW: Explanation(
        QT_TRANSLATE_NOOP("Lifecycle", "We're reviewing your information"),
        QT_TRANSLATE_NOOP(
            "Lifecycle",
            "Your primary contact verified their email. We're now checking that they work for your company and "
            "that your company's legal name and address match its registration records."
        ),
        QT_TRANSLATE_NOOP("Lifecycle", "Nothing to do for now. The review takes several days; we'll email your primary contact when it's done."),
    ),
    State.NEEDS_INFO: Explanation(
        QT_TRANSLATE_NOOP("Lifecycle", "We need more information"),
        QT_TRANSLATE_NOOP("Lifecycle", "We couldn't verify part of the information you provided, so the review is paused."),
        QT_TRANSLATE_NOOP(
            "Lifecycle",
            "Read the reason, correct your legal business profile so it matches your registration records exactly "
            "(no abbreviations), and resubmit. The review then starts again."
        ),
    ),
    State.REJECTED: Explanation(
        QT_TRANSLATE_NOOP("Lifecycle", "Your enrollment was not approved"),
        QT_TRANSLATE_NOOP("Lifecycle", "We couldn't confirm that your company's details match its Microsoft partner profile."),
        QT_TRANSLATE_NOOP(
            "Lifecycle",
            "Read the reason. If you think it's a mistake, contact Partner Center support with proof of your "
            "company's registration, such as a business or tax registration certificate."
        ),
    ),
    State.APPROVED: Explanation(
        QT_TRANSLATE_NOOP("Lifecycle", "Your Partner Center account is ready"),
        QT_TRANSLATE_NOOP("Lifecycle", "We verified your company. You're enrolled in the Cloud Solution Provider program as an indirect reseller."),
        QT_TRANSLATE_NOOP(
            "Lifecycle",
            "Make sure you're in the admin agent group, sign the Microsoft Partner Agreement, then accept your "
            "indirect provider's invitation."
        ),
    ),
}

SUB_STATUS_WORDS: dict[VettingSubStatus, str] = {
    VettingSubStatus.NONE: QT_TRANSLATE_NOOP("Lifecycle", "There's no verification step in progress."),
    VettingSubStatus.ENTRY: QT_TRANSLATE_NOOP("Lifecycle", "Your company's legal business profile is being entered; it hasn't been submitted."),
    VettingSubStatus.EMAIL_OWNERSHIP: (
        QT_TRANSLATE_NOOP(
            "Lifecycle",
            "We emailed your primary contact. They need to open the message and confirm that they signed up for a "
            "Partner Center account and that the address belongs to your company."
        )
    ),
    VettingSubStatus.EMAIL_DOMAIN: (
        QT_TRANSLATE_NOOP("Lifecycle", "We're checking that your primary contact's email address uses a domain your company owns.")
    ),
    VettingSubStatus.EMPLOYMENT_VERIFICATION: (
        QT_TRANSLATE_NOOP("Lifecycle", "We're checking that your primary contact works for your company and uses a domain your company owns.")
    ),
    VettingSubStatus.BUSINESS_VERIFICATION: (
        QT_TRANSLATE_NOOP(
            "Lifecycle",
            "We're checking that your company legally exists at the address you gave, with exactly the name and "
            "address in its registration records."
        )
    ),
    VettingSubStatus.DECISION: QT_TRANSLATE_NOOP("Lifecycle", "We've finished our checks and are making a decision."),
    VettingSubStatus.OTHER: QT_TRANSLATE_NOOP("Lifecycle", "Something else needs attention; the reason tells you what."),
}
