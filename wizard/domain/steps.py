"""The wizard's step graph as data, so pages, review and CLI agree on order and field ownership."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from typing import TYPE_CHECKING

from wizard.domain.fields import (
    CONTACT_FIELDS,
    LEGAL_FIELDS,
    MPN_ID,
    SUPPORT_FIELDS,
    TENANT_COUNTRY,
    WORK_ACCOUNT,
)
from wizard.domain.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from wizard.domain.model import Problem


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    fields: tuple[str, ...]


STEPS: tuple[Step, ...] = (
    Step("welcome", QT_TRANSLATE_NOOP("Steps", "Welcome"), ()),
    Step("sign_in", QT_TRANSLATE_NOOP("Steps", "Sign in with your work account"), (WORK_ACCOUNT,)),
    Step("mpn", QT_TRANSLATE_NOOP("Steps", "Choose your MPN ID"), (MPN_ID,)),
    Step("legal_profile", QT_TRANSLATE_NOOP("Steps", "Legal business profile"), LEGAL_FIELDS + CONTACT_FIELDS + SUPPORT_FIELDS),
    Step("enroll", QT_TRANSLATE_NOOP("Steps", "Review and enroll"), ()),
    Step("status", QT_TRANSLATE_NOOP("Steps", "Enrollment status"), ()),
    Step("overview", QT_TRANSLATE_NOOP("Steps", "CSP overview"), ()),  # account ready: admin agent, Microsoft Partner Agreement
)
STEP_KEYS: tuple[str, ...] = tuple(s.key for s in STEPS)
AFTER_ENROLLING = "status"

_BY_KEY = {s.key: s for s in STEPS}
_NORMAL_FLOW = ("welcome", "sign_in", "mpn", "legal_profile", "enroll")
# The seed's note: partners already enrolled in CSP only provide customer support contact info.
_ENROLLED_FLOW = ("welcome", "sign_in", "legal_profile", "enroll")
# Fields no page owns but that belong to a step: the tenant's country comes with signing in.
_EXTRA_OWNERS = {TENANT_COUNTRY: "sign_in"}


def step(key: str) -> Step:
    """The step with this key; KeyError for an unknown key (a programming error, not user input)."""
    return _BY_KEY[key]


def index_of(key: str) -> int:
    """Position of the step in STEPS (the full order, including `status`)."""
    return STEP_KEYS.index(key)


def flow(already_enrolled: bool = False) -> tuple[str, ...]:
    """The steps a user walks through before enrolling (`status` comes after, see next_step)."""
    return _ENROLLED_FLOW if already_enrolled else _NORMAL_FLOW


def fields_of(step_key: str, already_enrolled: bool = False) -> tuple[str, ...]:
    """Fields the step owns in this flow; empty for steps the flow skips."""
    if step_key not in flow(already_enrolled):
        return ()
    if already_enrolled and step_key == "legal_profile":
        return SUPPORT_FIELDS
    return step(step_key).fields


def flow_fields(already_enrolled: bool = False) -> tuple[str, ...]:
    """Every field the flow asks for, in page order."""
    return tuple(f for key in flow(already_enrolled) for f in fields_of(key, already_enrolled))


AFTER_APPROVAL = "overview"


def _route(already_enrolled: bool) -> tuple[str, ...]:
    return flow(already_enrolled) + (AFTER_ENROLLING, AFTER_APPROVAL)


def route(already_enrolled: bool = False) -> tuple[str, ...]:
    """Every page in order: the flow before enrolling, then the status and the CSP overview."""
    return _route(already_enrolled)


def next_step(key: str, already_enrolled: bool = False) -> str | None:
    """The step after `key`: enroll leads to status, status is last. A step outside the flow
    (e.g. mpn when already enrolled) continues with the next step of the flow in STEPS order."""
    position = index_of(key)
    for later in STEP_KEYS[position + 1 :]:
        if later in _route(already_enrolled):
            return later
    return None


def previous_step(key: str, already_enrolled: bool = False) -> str | None:
    """The step before `key`; None on welcome and on status (there is no going back after enrolling)."""
    position = index_of(key)
    if key in (AFTER_ENROLLING, AFTER_APPROVAL):
        return None
    for earlier in reversed(STEP_KEYS[:position]):
        if earlier in _route(already_enrolled):
            return earlier
    return None


def step_of_field(field: str) -> str:
    """The step that owns a field in the normal flow; KeyError for unknown fields."""
    if field in _EXTRA_OWNERS:
        return _EXTRA_OWNERS[field]
    for s in STEPS:
        if field in s.fields:
            return s.key
    raise KeyError(field)


def incomplete_steps(
    problems: Iterable[Problem], already_enrolled: bool = False
) -> list[tuple[str, list[Problem]]]:
    """Problems grouped by the step to go back to, in flow order, steps without problems left out.

    A problem on a field no step of this flow owns (unknown field, or e.g. legal_name when already
    enrolled) is listed under `enroll`, so the review page still shows it rather than hiding it.
    """
    route = flow(already_enrolled)
    groups: dict[str, list[Problem]] = {}
    for problem in problems:
        owner = _EXTRA_OWNERS.get(problem.field)
        if owner is None:
            owner = next(
                (k for k in route if problem.field in fields_of(k, already_enrolled)), "enroll"
            )
        groups.setdefault(owner, []).append(problem)
    return [(key, groups[key]) for key in route if key in groups]
