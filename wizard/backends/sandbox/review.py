"""How the sandbox reviews an enrollment: its decision rules, and the review's steps on the sandbox clock.

Timing. The review starts when the primary contact opens the verification link and lasts the
scenario's `review_days` (default 3) sandbox days. Its sub-status is EmploymentVerification at first,
BusinessVerification after one day, and Decision during the last day; at the end the sandbox decides.
A resubmitted profile (after "needs more information") gets a fresh review of the same length that
starts at BusinessVerification. Steps that would not fall strictly inside the review are skipped (with
`review_days` 1 the review goes straight from EmploymentVerification to the decision). Nothing runs in
the background: every call that reads the sandbox clock first applies the steps that have fallen due,
each stamped with the sandbox time it was due at, so the outcome depends only on the clock.

Decision rules. The submitted legal business profile is compared with the MPN profile chosen at
enrollment. Names and cities are compared ignoring case, spaces and punctuation ("Contoso Iberia S.L."
matches "contoso iberia SL"), postal codes ignoring case, spaces and hyphens; accents count.
1. Rejected, with the reason, when the legal name differs from the MPN profile's company name, or
   the country differs from the MPN profile's country.
2. Needs more information when the name and country match but the address cannot be verified: the
   MPN profile has an address and the postal code or the city differs from it; the reason says which.
   The partner corrects the legal profile and resubmits from the same enrollment.
3. Approved otherwise: the Partner Center account is ready.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Mapping

from sqlalchemy import Connection, RowMapping, select

from wizard.backends.sandbox import state as st
from wizard.backends.sandbox.rules import profile_of
from wizard.backends.sandbox.timeline import by_id, change
from wizard.domain.lifecycle import PLAIN_WORDS, SUB_STATUS_WORDS, State, VettingSubStatus
from wizard.domain.model import MpnProfile
from wizard.domain.texts import QT_TRANSLATE_NOOP

Sub = VettingSubStatus
REVIEW_STEP = timedelta(days=1)
STEP_TITLES: dict[VettingSubStatus, str] = {
    Sub.EMPLOYMENT_VERIFICATION: QT_TRANSLATE_NOOP("Timeline", "Checking that your primary contact works for your company"),
    Sub.BUSINESS_VERIFICATION: QT_TRANSLATE_NOOP("Timeline", "Checking your company's legal name and address"),
    Sub.DECISION: QT_TRANSLATE_NOOP("Timeline", "Making a decision"),
}
_RANK = {Sub.EMPLOYMENT_VERIFICATION: 0, Sub.BUSINESS_VERIFICATION: 1, Sub.DECISION: 2}
_DECIDE = 3


@dataclass(frozen=True)
class Decision:
    state: State
    sub_status: VettingSubStatus
    reason: str  # why it needs information or was rejected; "" when approved
    detail: str = ""  # for the timeline; the reason when there is one

    def __post_init__(self) -> None:
        if not self.detail:
            object.__setattr__(self, "detail", self.reason)


def squash(text: str) -> str:
    """Case, spaces and punctuation removed: what the name, city and postal code comparisons look at."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


def decide(values: Mapping[str, str], profile: MpnProfile | None) -> Decision:
    """The decision rules of the module docstring, for a submitted legal profile."""
    if profile is None:
        reason = QT_TRANSLATE_NOOP("Timeline", "There is no Microsoft partner profile to compare your company with.")
        return Decision(State.REJECTED, Sub.DECISION, reason)
    name = values.get("legal_name", "")
    if squash(name) != squash(profile.company):
        return Decision(
            State.REJECTED, Sub.DECISION,
            QT_TRANSLATE_NOOP(
                "Timeline",
                "The legal name '{name}' doesn't match the company name on the partner profile of MPN ID "
                "{mpn_id} ('{company}'). The name must match your registration records exactly.",
            ).format(name=name, mpn_id=profile.mpn_id, company=profile.company),
        )
    country = values.get("country", "").strip().upper()
    if country != profile.country:
        return Decision(
            State.REJECTED, Sub.DECISION,
            QT_TRANSLATE_NOOP(
                "Timeline", "Your legal address is in {country}, but the partner profile of MPN ID {mpn_id} is in {profile_country}."
            ).format(country=country, mpn_id=profile.mpn_id, profile_country=profile.country),
        )
    postal, city = values.get("postal_code", ""), values.get("city", "")
    registered_postal, registered_city = profile.address.postal_code, profile.address.city
    wrong_postal = bool(squash(registered_postal)) and squash(postal) != squash(registered_postal)
    wrong_city = bool(squash(registered_city)) and squash(city) != squash(registered_city)
    if wrong_postal or wrong_city:
        if wrong_postal and wrong_city:
            template = QT_TRANSLATE_NOOP(
                "Timeline",
                "the postal code '{postal}' doesn't match the registered postal code '{registered_postal}' and "
                "the city '{city}' doesn't match the registered city '{registered_city}'",
            )
        elif wrong_postal:
            template = QT_TRANSLATE_NOOP(
                "Timeline", "the postal code '{postal}' doesn't match the registered postal code '{registered_postal}'"
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "Timeline", "the city '{city}' doesn't match the registered city '{registered_city}'"
            )
        wrong = template.format(postal=postal, registered_postal=registered_postal, city=city,
                                registered_city=registered_city)
        return Decision(
            State.NEEDS_INFO, Sub.BUSINESS_VERIFICATION,
            QT_TRANSLATE_NOOP(
                "Timeline",
                "We couldn't verify your company's address: {problems} (partner profile of MPN ID "
                "{mpn_id}). Correct your legal business profile so it matches your registration records "
                "exactly, then resubmit.",
            ).format(problems=wrong, mpn_id=profile.mpn_id),
        )
    return Decision(
        State.APPROVED, Sub.NONE, "",
        QT_TRANSLATE_NOOP(
            "Timeline", "Your company's legal name, country and address match the partner profile of MPN ID {mpn_id}."
        ).format(mpn_id=profile.mpn_id),
    )


Step = tuple[datetime, int, VettingSubStatus | None]


def schedule(started: datetime, due: datetime, start: VettingSubStatus) -> list[Step]:
    """(when, rank, sub-status) of every step after `start`, ending with the decision (sub-status None)."""
    steps: list[Step] = []
    last = started
    for at, sub in ((started + REVIEW_STEP, Sub.BUSINESS_VERIFICATION), (due - REVIEW_STEP, Sub.DECISION)):
        if _RANK[sub] > _RANK[start] and last < at < due:
            steps.append((at, _RANK[sub], sub))
            last = at
    steps.append((due, _DECIDE, None))
    return steps


def start_review(
    conn: Connection, enrollment_id: str, now: datetime, review_days: int, start: VettingSubStatus, title: str
) -> None:
    change(
        conn, enrollment_id, now, State.IN_REVIEW, start, title, SUB_STATUS_WORDS[start],
        review_started_at=now, review_due_at=now + timedelta(days=review_days), review_from=start.value,
    )


def process_due(conn: Connection, now: datetime) -> None:
    """Apply every review step due by `now`, oldest first, each at the time it fell due."""
    query = select(st.enrollments).where(st.enrollments.c.state == State.IN_REVIEW.value)
    rows = conn.execute(query).mappings().all()
    pending = []
    for e in rows:
        current = _RANK.get(Sub(e["sub_status"]), -1)
        for at, rank, sub in schedule(e["review_started_at"], e["review_due_at"], Sub(e["review_from"])):
            if rank > current and at <= now:
                pending.append((at, e["id"], rank, sub))
    for at, enrollment_id, _rank, sub in sorted(pending, key=lambda p: p[:3]):
        if sub is None:
            _decide(conn, enrollment_id, at)
        else:
            change(conn, enrollment_id, at, State.IN_REVIEW, sub, STEP_TITLES[sub], SUB_STATUS_WORDS[sub])


def _decide(conn: Connection, enrollment_id: str, at: datetime) -> None:
    e = by_id(conn, enrollment_id)
    assert e is not None
    decision = decide(json.loads(e["fields"]), _profile(conn, e))
    title = PLAIN_WORDS[decision.state].title
    change(conn, enrollment_id, at, decision.state, decision.sub_status, title, decision.detail, reason=decision.reason)


def _profile(conn: Connection, e: RowMapping) -> MpnProfile | None:
    if e["mpn_id"] is None:
        return None
    row = conn.execute(select(st.mpn_profiles).where(st.mpn_profiles.c.mpn_id == e["mpn_id"])).mappings().first()
    return profile_of(row) if row is not None else None
