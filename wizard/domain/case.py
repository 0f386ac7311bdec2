"""A case as the domain reads it: the contract fields, what the backend told us, typed flags.

The store keeps a case as flat text values (the contract field keys beside a few keys of our own, flags as
"1"/""): that stays the stored form, so no database changes. `Case.from_values` reads it into named,
typed attributes and `Learnt.to_values` writes them back, so the hidden keys and their encodings live
here only.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Literal, NamedTuple

from wizard.domain.fields import FIELD_KEYS, MPN_ID, TENANT_COUNTRY, WORK_ACCOUNT

Mode = Literal["sandbox", "live"]
MODES: tuple[Mode, ...] = ("sandbox", "live")

# Stored keys of what we learnt from the backend (besides the contract field keys).
TENANT_DOMAIN = "tenant_domain"
ACCOUNT_NAME = "account_display_name"
PMC_USER = "pmc_user"
MPN_COMPANY, MPN_COUNTRY, MPN_ACTIVE = "mpn_company", "mpn_country", "mpn_active"
ALREADY_ENROLLED = "already_enrolled"
ENROLLMENT_ID = "enrollment_id"
EVENTS_RECORDED = "events_recorded"  # how many backend timeline events are already in the audit log
MODE = "mode"
PREFILL_PREFIX = "prefill."  # what we prefilled, so a new profile choice only replaces untouched values

_FLAGS = frozenset({MPN_ACTIVE, ALREADY_ENROLLED})
_COUNTS = frozenset({EVENTS_RECORDED})


def flag_text(on: bool) -> str:
    """A flag in its stored form."""
    return "1" if on else ""


def _count(text: str) -> int:
    try:
        return max(0, int(text))
    except (TypeError, ValueError):
        return 0


_EMPTY: Mapping[str, str] = MappingProxyType({})


class Learnt(NamedTuple):
    """What the backend told us about the case, kept so a resumed case needs no new sign-in to know it.
    (Named tuples, not dataclasses: this is read before the first paint, and they cost far less to define.)"""

    tenant_domain: str = ""
    account_display_name: str = ""
    pmc_user: str = ""
    mpn_company: str = ""
    mpn_country: str = ""
    mpn_active: bool = False
    already_enrolled: bool = False  # the seed's note: only customer support information is asked
    enrollment_id: str = ""
    events_recorded: int = 0
    mode: Mode = "sandbox"

    @classmethod
    def from_values(cls, values: Mapping[str, str]) -> Learnt:
        found: dict[str, object] = {}
        for name in cls._fields:
            text = values.get(name, "")
            if name in _FLAGS:
                found[name] = text == "1"
            elif name in _COUNTS:
                found[name] = _count(text)
            elif name == MODE:
                found[name] = text if text in MODES else "sandbox"
            else:
                found[name] = text
        return cls(**found)  # type: ignore[arg-type]

    def to_values(self) -> dict[str, str]:
        """The stored form of every attribute (flags "1"/"", counts as digits)."""
        return {name: flag_text(value) if isinstance(value, bool) else str(value)
                for name, value in zip(self._fields, self)}


LEARNT_KEYS: frozenset[str] = frozenset(Learnt._fields)


class Case(NamedTuple):
    """One company's enrollment as the flow and the rules see it (a snapshot; the draft holds the edits)."""

    fields: Mapping[str, str] = _EMPTY  # contract field keys only
    learnt: Learnt = Learnt()
    prefilled: Mapping[str, str] = _EMPTY  # field key -> the value we prefilled
    status: str = "draft"
    step: str = "welcome"
    id: int | None = None

    @classmethod
    def from_values(cls, values: Mapping[str, str], status: str = "draft", step: str = "welcome",
                    id: int | None = None) -> Case:
        """Read the stored flat values; unknown keys are ignored (older or newer versions may add some)."""
        return cls(
            fields={key: values[key] for key in FIELD_KEYS if key in values},
            learnt=Learnt.from_values(values),
            prefilled={key[len(PREFILL_PREFIX):]: value for key, value in values.items()
                       if key.startswith(PREFILL_PREFIX)},
            status=status, step=step, id=id,
        )

    def value(self, key: str) -> str:
        return self.fields.get(key, "")

    @property
    def mode(self) -> Mode:
        return self.learnt.mode

    @property
    def already_enrolled(self) -> bool:
        return self.learnt.already_enrolled

    @property
    def submitted(self) -> bool:
        return self.status != "draft"

    @property
    def signed_in(self) -> bool:
        """Signing in gives the work account and the tenant's country (both kept with the case)."""
        return bool(self.value(WORK_ACCOUNT)) and bool(self.value(TENANT_COUNTRY))

    @property
    def mpn_id(self) -> str:
        return self.value(MPN_ID)

    def with_learnt(self, **changes: object) -> Case:
        return self._replace(learnt=self.learnt._replace(**changes))
