"""Answers files: prefill a new case from a prepared file, and save any case as one (like Anaconda's kickstart).

Format (Qt-free; JSON or TOML, chosen by the extension `.json` / `.toml`, otherwise sniffed: JSON is tried
first, then TOML):

- The keys are the case's field keys (`wizard.domain.fields.FIELD_KEYS`) plus the optional `pmc_user`
  (the Partner Membership Center user name). Every value is a string (TOML: in quotes; `mpn_id = "4567890"`).
  Missing keys are fine: the wizard asks for them.
- The keys may stand at the top level, or be grouped in tables named after the wizard's legal profile
  page: `[legal_profile]` (legal_name, address_line1, address_line2, city, state, postal_code, country),
  `[contact]` (contact_first_name, contact_last_name, contact_email, contact_phone) and `[support]`
  (support_email, support_phone, support_website). `work_account`, `mpn_id`, `tenant_country` and
  `pmc_user` stay at the top level. JSON may use the same groups as objects. `save_answers` writes TOML
  with these groups and JSON flat.
- Refused, all problems listed at once (`AnswersInvalid.problems`, each a `Problem` whose `field` is the
  key path such as `contact.contact_email`): keys that are not fields (`unknown_field`), a field in the
  wrong table or given twice (`unknown_field` / `duplicate_field`), values that are not strings
  (`wrong_type`), anything that looks like a secret such as `password`, `pmc_password` or `token`
  (`secret_field`: passwords belong in the keyring and are asked for when signing in), and the rule
  problems of `rules.validate` for the fields given (not `required` for fields left out).
- A file that can't be read or parsed raises `AnswersFileError` (the CLI's usage error, exit 2).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wizard.domain.fields import (
    CONTACT_FIELDS,
    FIELD_KEYS,
    LEGAL_FIELDS,
    SUPPORT_FIELDS,
)
from wizard.domain.model import Problem
from wizard.store.keys import is_secret_like

PMC_USER = "pmc_user"
ANSWER_KEYS: tuple[str, ...] = FIELD_KEYS + (PMC_USER,)
GROUPS: dict[str, tuple[str, ...]] = {
    "legal_profile": LEGAL_FIELDS,
    "contact": CONTACT_FIELDS,
    "support": SUPPORT_FIELDS,
}
_GROUP_OF = {key: group for group, keys in GROUPS.items() for key in keys}
FIRST_PERSON_STEP = "sign_in"  # signing in always needs a person (a password is never in an answers file)
MAX_BYTES = 1_000_000


class AnswersFileError(Exception):
    """The file can't be read or parsed at all (message names the file and where)."""


class AnswersInvalid(Exception):
    """The file parsed but has problems; every one is listed in `problems`."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        lines = "\n".join(f"  {p.field}: {p.message} [{p.code}]" for p in problems)
        super().__init__(f"{path}: {len(problems)} problem(s)\n{lines}")


@dataclass(frozen=True)
class Answers:
    """The validated values of an answers file: field keys (and pmc_user) to strings."""

    path: Path
    values: dict[str, str] = field(default_factory=dict)

    @property
    def fields(self) -> dict[str, str]:
        """Only the contract field keys (without pmc_user)."""
        return {k: v for k, v in self.values.items() if k in FIELD_KEYS}


# ----- reading -----------------------------------------------------------------------------------
def _parse(path: Path) -> Any:
    from wizard.json_files import read_text

    text = read_text(path, AnswersFileError, "answers file", MAX_BYTES,
                     f"the answers file is too large ({{size}} bytes; at most {MAX_BYTES})")
    suffix = path.suffix.lower()
    if suffix == ".toml":
        return _parse_toml(path, text)
    if suffix == ".json":
        return _parse_json(path, text)
    try:  # sniff: JSON first, then TOML
        return _parse_json(path, text)
    except AnswersFileError:
        if text.lstrip().startswith("{"):
            raise
        return _parse_toml(path, text)


def _parse_json(path: Path, text: str) -> Any:
    from wizard.json_files import parse_json

    return parse_json(path, text, AnswersFileError)


def _parse_toml(path: Path, text: str) -> Any:
    from wizard.json_files import parse_toml

    return parse_toml(path, text, AnswersFileError)


def check_answers(data: Mapping[str, Any]) -> tuple[dict[str, str], list[Problem]]:
    """The flat values of parsed answers and every problem with them (structure, types, secrets, rules)."""
    from wizard.domain import rules

    values: dict[str, str] = {}
    where: dict[str, str] = {}
    problems: list[Problem] = []

    def take(key: str, value: Any, path: str, group: str | None) -> None:
        from wizard.json_files import one_line  # a key with a line break or escape stays one printable line

        path = one_line(path)
        if is_secret_like(key):
            problems.append(Problem(path, "secret_field", (
                f"'{path}' looks like a secret; answers files never hold passwords or tokens "
                "(the wizard asks for them when signing in). Remove it."
            )))
            return
        if key not in ANSWER_KEYS:
            problems.append(Problem(path, "unknown_field", (
                f"'{path}' is not a field of a case; known fields: {', '.join(ANSWER_KEYS)}."
            )))
            return
        if group is not None and _GROUP_OF.get(key) != group:
            home = f"[{_GROUP_OF[key]}] or the top level" if key in _GROUP_OF else "the top level"
            problems.append(Problem(path, "unknown_field", f"'{key}' does not belong in [{group}]; put it in {home}."))
            return
        if not isinstance(value, str):
            kind = "a table" if isinstance(value, dict) else type(value).__name__
            kind = "null" if value is None else kind
            problems.append(Problem(path, "wrong_type", (
                f"'{path}' must be text (a string in quotes), not {kind}."
            )))
            return
        if key in values:
            problems.append(Problem(path, "duplicate_field", f"'{key}' is given twice: at '{where[key]}' and at '{path}'."))
            return
        values[key], where[key] = value, path

    for key, value in data.items():
        key = str(key)
        if key in GROUPS and isinstance(value, dict):
            for inner, inner_value in value.items():
                take(str(inner), inner_value, f"{key}.{inner}", key)
        else:
            take(key, value, key, None)

    given = [k for k in FIELD_KEYS if k in values]
    if given:
        problems += [
            Problem(where[p.field], p.code, p.message) for p in rules.validate(values, only=given) if p.field in values
        ]
    user = values.get(PMC_USER, "")
    if user.strip():
        problem = rules.email_problem(user, PMC_USER)
        if problem is not None:
            problems.append(Problem(where[PMC_USER], problem.code, problem.message))
    return values, problems


def read_answers(path: Path) -> tuple[dict[str, str], list[Problem]]:
    """Parse and check `path` without raising for problems (raises AnswersFileError if unreadable)."""
    path = Path(path)
    data = _parse(path)
    if not isinstance(data, dict):
        raise AnswersFileError(f"{path}: expected an object/table of field keys, got {type(data).__name__}")
    return check_answers(data)


def load_answers(path: Path) -> Answers:
    """The validated answers; raises AnswersInvalid listing every problem, AnswersFileError if unreadable."""
    path = Path(path)
    values, problems = read_answers(path)
    if problems:
        raise AnswersInvalid(path, problems)
    return Answers(path, {k: values[k] for k in ANSWER_KEYS if k in values})


def looks_like_answers(data: Mapping[str, Any]) -> bool:
    """True for a JSON object that uses answers-only features (pmc_user or a group table)."""
    return PMC_USER in data or any(isinstance(data.get(group), dict) for group in GROUPS)


# ----- applying ----------------------------------------------------------------------------------
def apply_answers(store: Any, answers: Answers, actor: str) -> int:
    """Create a NEW case prefilled with the answers, on the first step that needs a person; its id."""
    case_id = store.create_case(actor)
    if answers.values:
        store.save_fields(case_id, dict(answers.values))
    store.add_audit(case_id, actor, "answers", {
        "file": answers.path.name, "fields": sorted(answers.values),
    })
    store.set_step(case_id, FIRST_PERSON_STEP, actor)
    return case_id


# ----- writing -----------------------------------------------------------------------------------
def answers_of(case_fields: Mapping[str, str]) -> dict[str, str]:
    """Only what an answers file may hold: the contract field keys and pmc_user, never a secret."""
    return {
        k: str(case_fields[k]) for k in ANSWER_KEYS
        if k in case_fields and case_fields[k] is not None and not is_secret_like(k)
    }


TOML_HEADER = "# CSP onboarding wizard answers file (no secrets: the wizard asks for passwords)."


def to_toml(values: Mapping[str, str]) -> str:
    """Answers as TOML (written by tomli-w, read back by the stdlib's tomllib): top-level keys first,
    then the [legal_profile], [contact], [support] tables, each key in the wizard's order."""
    import tomli_w

    document: dict[str, Any] = {k: values[k] for k in ANSWER_KEYS if k in values and k not in _GROUP_OF}
    for group, keys in GROUPS.items():
        present = {k: values[k] for k in keys if k in values}
        if present:
            document[group] = present
    return f"{TOML_HEADER}\n{tomli_w.dumps(document)}"


def atomic_write_text(path: Path, text: str) -> None:
    """Write `text` to `path` via a temporary file in the same folder and os.replace."""
    from wizard.atomic import write_atomic

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomic(path, text)


def save_answers(case_fields: Mapping[str, str], path: Path) -> dict[str, str]:
    """Write the case as an answers file (TOML for .toml, else JSON); returns what was written."""
    path = Path(path)
    values = answers_of(case_fields)
    if path.suffix.lower() == ".toml":
        text = to_toml(values)
    else:
        text = json.dumps(values, ensure_ascii=False, indent=2) + "\n"
    atomic_write_text(path, text)
    return values
