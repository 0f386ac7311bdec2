"""The enrollment flow as data: which step follows which for a case, what each needs before Next, what
locks after Enroll now, resume, back-to-step, the needs-more-information loop, and each step's variant.

In the spirit of Electrum's `navmap`: a table of steps and pure functions of a `Case`, no Qt, so every
branch is tested in milliseconds. The Qt wizard (wizard/ui/wizard_window.py) is a skin that asks here;
pages show and collect.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, NamedTuple

from wizard.domain.case import Case
from wizard.domain.fields import SUPPORT_FIELDS, TENANT_COUNTRY
from wizard.domain.steps import STEP_KEYS, step

if TYPE_CHECKING:
    from wizard.domain.model import Problem


class Gate:
    """What a step needs before Next (plain strings: the flow is read before the first paint)."""

    NONE = "none"
    SIGNED_IN = "signed_in"  # a global admin's work account, with the tenant's country
    PROFILE_CHOSEN = "profile_chosen"  # an active MPN profile in the tenant's country (live: a Partner ID)
    FIELDS_VALID = "fields_valid"  # no problem on the step's fields: checked when Next is pressed
    SUBMITTED = "submitted"  # Enroll now accepted (and not waiting to be resubmitted)
    APPROVED = "approved"  # the Partner Center account is ready


class StepRule(NamedTuple):
    key: str
    gate: Gate
    locks_after_enroll: bool  # its answers become a read-only record once enrolled
    live_variant: bool = False  # live mode shows another version of it (issue 15)
    final: bool = False


NAVMAP: dict[str, StepRule] = {
    rule.key: rule
    for rule in (
        StepRule("welcome", Gate.NONE, True),
        StepRule("sign_in", Gate.SIGNED_IN, True, live_variant=True),
        StepRule("mpn", Gate.PROFILE_CHOSEN, True, live_variant=True),
        StepRule("legal_profile", Gate.FIELDS_VALID, True),
        StepRule("enroll", Gate.SUBMITTED, True, live_variant=True),
        StepRule("status", Gate.APPROVED, False, live_variant=True),
        StepRule("overview", Gate.NONE, False, live_variant=True, final=True),
    )
}
assert tuple(NAVMAP) == STEP_KEYS, "the flow names every step, in the steps' order"

BEFORE_ENROLLING: tuple[str, ...] = ("welcome", "sign_in", "mpn", "legal_profile", "enroll")
AFTER_ENROLLING: tuple[str, ...] = ("status", "overview")
# The seed's note: partners already enrolled in CSP only provide customer support contact info (no MPN step).
_SKIPPED_WHEN_ENROLLED = frozenset({"mpn"})
# While Partner Center asks for more information, these reopen: correct the profile, resubmit from the review.
REOPENED_FOR_MORE_INFORMATION: tuple[str, ...] = ("legal_profile", "enroll")


# -- the route --------------------------------------------------------------------------------------


def before_enrolling(case: Case) -> tuple[str, ...]:
    """The steps walked before Enroll now."""
    if case.already_enrolled:
        return tuple(key for key in BEFORE_ENROLLING if key not in _SKIPPED_WHEN_ENROLLED)
    return BEFORE_ENROLLING


def route(case: Case) -> tuple[str, ...]:
    """Every page of this case in order: the steps before enrolling, then the status and the CSP overview."""
    return before_enrolling(case) + AFTER_ENROLLING


def next_step(case: Case, key: str) -> str | None:
    """The step after `key` on this case's route (a step outside the route continues with the next one
    that is on it, in the steps' order); None after the last."""
    on_route = route(case)
    for later in STEP_KEYS[STEP_KEYS.index(key) + 1:]:
        if later in on_route:
            return later
    return None


def previous_step(case: Case, key: str) -> str | None:
    """The step before `key`; None on the first step, and after enrolling (there is no going back)."""
    if key in AFTER_ENROLLING:
        return None
    on_route = route(case)
    for earlier in reversed(STEP_KEYS[:STEP_KEYS.index(key)]):
        if earlier in on_route:
            return earlier
    return None


def is_final(key: str) -> bool:
    return NAVMAP[key].final


# -- what a step needs, what it owns ------------------------------------------------------------------


def fields_of(case: Case, key: str) -> tuple[str, ...]:
    """The fields the step asks for on this case's route; none for a step the route skips."""
    if key not in before_enrolling(case):
        return ()
    if case.already_enrolled and key == "legal_profile":
        return SUPPORT_FIELDS
    return step(key).fields


def asked_fields(case: Case) -> tuple[str, ...]:
    """Every field this case's route asks for, in page order."""
    return tuple(field for key in before_enrolling(case) for field in fields_of(case, key))


def gate(key: str) -> str:
    return NAVMAP[key].gate


def profile_chosen(case: Case) -> bool:
    """An MPN profile is chosen, active, and in the tenant's country (the seed's IMPORTANT note)."""
    learnt = case.learnt
    return (bool(case.mpn_id) and learnt.mpn_active and bool(learnt.mpn_country)
            and learnt.mpn_country.upper() == case.value(TENANT_COUNTRY).upper())


def partner_id_entered(case: Case) -> bool:
    """Live mode: the Partner ID (the former MPN ID) of the location in the tenant's country is entered in
    the rules' format. Partner Membership Center was retired: nothing lists the profiles to choose from,
    so the country can't be checked here; the page says why it must match (LIVE.md, "Identifiers")."""
    from wizard.domain.field_specs import is_mpn_id

    return is_mpn_id(case.mpn_id)


def gate_open(case: Case, key: str) -> bool:
    """Whether Next can be pressed on `key` (FIELDS_VALID is checked when it is: see `blocking`)."""
    need = NAVMAP[key].gate
    if need == Gate.SIGNED_IN:
        return case.signed_in
    if need == Gate.PROFILE_CHOSEN:
        return partner_id_entered(case) if variant(case, key) == "live" else profile_chosen(case)
    if need == Gate.SUBMITTED:
        return case.submitted and case.status != "needs_info"
    if need == Gate.APPROVED:
        return case.status == "approved"
    return True


def blocking(case: Case, key: str, problems: Iterable[Problem]) -> list[Problem]:
    """The problems that keep Next from leaving `key`: those on the fields it asks for."""
    if NAVMAP[key].gate != Gate.FIELDS_VALID:
        return []
    owned = set(fields_of(case, key))
    return [problem for problem in problems if problem.field in owned]


def incomplete_steps(case: Case, problems: Iterable[Problem]) -> list[tuple[str, list[Problem]]]:
    """Problems grouped by the step to go back to, in route order (the review's list). A problem on a
    field no step of this route asks for is listed under `enroll`, so the review still shows it."""
    steps_before = before_enrolling(case)
    groups: dict[str, list[Problem]] = {}
    for problem in problems:
        owner = "sign_in" if problem.field == TENANT_COUNTRY else next(
            (key for key in steps_before if problem.field in fields_of(case, key)), "enroll")
        groups.setdefault(owner, []).append(problem)
    return [(key, groups[key]) for key in steps_before if key in groups]


# -- after Enroll now -------------------------------------------------------------------------------------


def locked(case: Case, key: str) -> bool:
    """Whether a step's answers are a read-only record: once enrolled, except the legal profile and the
    review while Partner Center asks for more information (the loop: correct, then resubmit)."""
    if not case.submitted or not NAVMAP[key].locks_after_enroll:
        return False
    return not (case.status == "needs_info" and key in REOPENED_FOR_MORE_INFORMATION)


def resubmitting(case: Case) -> bool:
    """Partner Center asked for more information: the corrected profile goes back from the review."""
    return case.status == "needs_info"


def submit_open(case: Case) -> bool:
    """Enroll now (or Resubmit) can be pressed: nothing sent yet, or the loop asks to send it again."""
    return not case.submitted or resubmitting(case)


def reopened_step(case: Case) -> str | None:
    """Where the needs-more-information loop sends the user: the legal profile, to correct and resubmit."""
    return REOPENED_FOR_MORE_INFORMATION[0] if case.status == "needs_info" else None


# -- resume and back-to-step -------------------------------------------------------------------------------


def resume_step(case: Case, saved: str) -> str:
    """Where a reopened case continues: its saved step, or the first step before it whose gate is still
    closed (e.g. signed out since). An unknown saved step starts at the beginning."""
    on_route = route(case)
    if saved not in STEP_KEYS:
        return on_route[0]
    key = on_route[0]
    while key != saved:
        following = next_step(case, key)
        if following is None or not gate_open(case, key):
            return key
        key = following
    return key


def walk_to(case: Case, target: str) -> tuple[str, ...]:
    """The steps from the first to `target` along the route (what the wizard passes through on resume)."""
    on_route = route(case)
    return on_route[: on_route.index(target) + 1] if target in on_route else on_route[:1]


def can_go_back_to(case: Case, current: str, target: str) -> bool:
    """Back-to-step (from the review's list of incomplete steps): only to an earlier step of the route,
    never from after enrolling, and only to a step that is still editable."""
    on_route = route(case)
    if current not in on_route or target not in on_route or current in AFTER_ENROLLING:
        return False
    return on_route.index(target) < on_route.index(current) and not locked(case, target)


# -- live mode (issue 15) ----------------------------------------------------------------------------------


def variant(case: Case, key: str) -> str:
    """Which version of a step the case's mode shows: "sandbox" everywhere today; steps that live mode
    does otherwise (sign-in with MSAL, Partner ID, the hand-off, status from the API, the CSP overview's
    web-only acts) answer "live"."""
    return "live" if case.mode == "live" and NAVMAP[key].live_variant else "sandbox"


def mode_open(case: Case) -> bool:
    """Whether the case's mode (sandbox or live) can still be chosen: it is chosen when the case is made,
    on its first page, and fixed once anything was done with it (signed in, or submitted)."""
    return not case.submitted and not case.signed_in
