"""The wizard's steps: keys (contract), order, titles and the fields each owns. Which step follows which for
a case, and everything else about moving between them, is the flow's (wizard/domain/flow.py)."""

from __future__ import annotations

from dataclasses import dataclass

from wizard.domain.fields import CONTACT_FIELDS, LEGAL_FIELDS, MPN_ID, SUPPORT_FIELDS, TENANT_COUNTRY, WORK_ACCOUNT
from wizard.domain.texts import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    fields: tuple[str, ...]
    live_title: str = ""  # the title of the step's live version (flow.variant "live") where it differs

    def title_in(self, variant: str) -> str:
        """The title a case in this variant of the step sees (marked for translation in "Steps")."""
        return self.live_title if variant == "live" and self.live_title else self.title


STEPS: tuple[Step, ...] = (
    Step("welcome", QT_TRANSLATE_NOOP("Steps", "Welcome"), ()),
    Step("sign_in", QT_TRANSLATE_NOOP("Steps", "Sign in with your work account"), (WORK_ACCOUNT,)),
    Step("mpn", QT_TRANSLATE_NOOP("Steps", "Choose your MPN ID"), (MPN_ID,),
         live_title=QT_TRANSLATE_NOOP("Steps", "Enter your Partner ID")),  # Partner Membership Center was retired
    Step("legal_profile", QT_TRANSLATE_NOOP("Steps", "Legal business profile"), LEGAL_FIELDS + CONTACT_FIELDS + SUPPORT_FIELDS),
    Step("enroll", QT_TRANSLATE_NOOP("Steps", "Review and enroll"), (),
         live_title=QT_TRANSLATE_NOOP("Steps", "Enroll in Partner Center")),  # the hand-off to Microsoft's pages
    Step("status", QT_TRANSLATE_NOOP("Steps", "Enrollment status"), ()),
    Step("overview", QT_TRANSLATE_NOOP("Steps", "CSP overview"), ()),  # account ready: admin agent, Microsoft Partner Agreement
)
STEP_KEYS: tuple[str, ...] = tuple(s.key for s in STEPS)

_BY_KEY = {s.key: s for s in STEPS}
# Fields no page owns but that belong to a step: the tenant's country comes with signing in.
_EXTRA_OWNERS = {TENANT_COUNTRY: "sign_in"}


def step(key: str) -> Step:
    """The step with this key; KeyError for an unknown key (a programming error, not user input)."""
    return _BY_KEY[key]


def index_of(key: str) -> int:
    """Position of the step in STEPS (the full order, including `status`)."""
    return STEP_KEYS.index(key)


def step_of_field(field: str) -> str:
    """The step that owns a field in the normal flow; KeyError for unknown fields."""
    if field in _EXTRA_OWNERS:
        return _EXTRA_OWNERS[field]
    for s in STEPS:
        if field in s.fields:
            return s.key
    raise KeyError(field)
