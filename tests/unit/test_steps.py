"""The step graph: keys and order (contract), field ownership, navigation and grouping for review."""

from __future__ import annotations

import pytest

from wizard.domain import steps
from wizard.domain.model import CONTACT_FIELDS, FIELD_KEYS, LEGAL_FIELDS, SUPPORT_FIELDS, Problem

NORMAL = ("welcome", "sign_in", "mpn", "legal_profile", "enroll")
ENROLLED = ("welcome", "sign_in", "legal_profile", "enroll")


def test_step_keys_and_order_are_the_contract() -> None:
    assert steps.STEP_KEYS == ("welcome", "sign_in", "mpn", "legal_profile", "enroll", "status", "overview")
    assert [steps.index_of(k) for k in steps.STEP_KEYS] == list(range(7))
    assert all(steps.step(k).title for k in steps.STEP_KEYS)


def test_field_ownership() -> None:
    assert steps.step("sign_in").fields == ("work_account",)
    assert steps.step("mpn").fields == ("mpn_id",)
    assert steps.step("legal_profile").fields == LEGAL_FIELDS + CONTACT_FIELDS + SUPPORT_FIELDS
    for key in ("welcome", "enroll", "status"):
        assert steps.step(key).fields == ()


def test_every_field_is_owned_by_exactly_one_step() -> None:
    owned = [f for s in steps.STEPS for f in s.fields]
    assert len(owned) == len(set(owned))
    assert set(owned) | {"tenant_country"} == set(FIELD_KEYS)


@pytest.mark.parametrize(
    ("field", "owner"),
    [("work_account", "sign_in"), ("tenant_country", "sign_in"), ("mpn_id", "mpn"),
     ("legal_name", "legal_profile"), ("contact_email", "legal_profile"), ("support_website", "legal_profile")],
)  # fmt: skip
def test_step_of_field(field: str, owner: str) -> None:
    assert steps.step_of_field(field) == owner


def test_unknown_keys_are_programming_errors() -> None:
    with pytest.raises(KeyError):
        steps.step_of_field("favourite_colour")
    with pytest.raises(KeyError):
        steps.step("nope")


def test_flows() -> None:
    assert steps.flow() == NORMAL
    assert steps.flow(already_enrolled=True) == ENROLLED


def test_already_enrolled_legal_profile_only_owns_support_fields() -> None:
    assert steps.fields_of("legal_profile", already_enrolled=True) == SUPPORT_FIELDS
    assert steps.fields_of("mpn", already_enrolled=True) == ()
    assert steps.fields_of("mpn") == ("mpn_id",)
    assert steps.flow_fields(already_enrolled=True) == ("work_account",) + SUPPORT_FIELDS


@pytest.mark.parametrize("enrolled", [False, True])
def test_next_and_previous_walk_the_flow_then_status(enrolled: bool) -> None:
    route = (NORMAL if enrolled is False else ENROLLED) + ("status", "overview")
    walked = ["welcome"]
    while (following := steps.next_step(walked[-1], enrolled)) is not None:
        walked.append(following)
    assert tuple(walked) == route
    back = ["enroll"]
    while (earlier := steps.previous_step(back[-1], enrolled)) is not None:
        back.append(earlier)
    assert tuple(reversed(back)) == route[:-2]
    assert steps.previous_step("status", enrolled) is None
    assert steps.previous_step("overview", enrolled) is None


def test_skipped_step_continues_with_the_flow() -> None:
    assert steps.next_step("mpn", already_enrolled=True) == "legal_profile"
    assert steps.previous_step("legal_profile", already_enrolled=True) == "sign_in"


def _p(field: str) -> Problem:
    return Problem(field, "required", f"{field} missing")


def test_incomplete_steps_groups_in_flow_order() -> None:
    problems = [_p("support_email"), _p("mpn_id"), _p("work_account"), _p("legal_name"), _p("tenant_country")]
    grouped = steps.incomplete_steps(problems)
    assert [key for key, _ in grouped] == ["sign_in", "mpn", "legal_profile"]
    assert [p.field for p in grouped[0][1]] == ["work_account", "tenant_country"]
    assert [p.field for p in grouped[2][1]] == ["support_email", "legal_name"]


def test_incomplete_steps_empty_when_no_problems() -> None:
    assert steps.incomplete_steps([]) == []


def test_problems_outside_the_flow_are_listed_under_enroll_not_hidden() -> None:
    grouped = steps.incomplete_steps([_p("legal_name"), _p("support_phone"), _p("mystery")], already_enrolled=True)
    assert grouped == [("legal_profile", [_p("support_phone")]), ("enroll", [_p("legal_name"), _p("mystery")])]
