"""The steps: keys and order (contract), titles and field ownership (moving between them: test_flow.py)."""

from __future__ import annotations

import pytest

from wizard.domain import steps
from wizard.domain.model import CONTACT_FIELDS, FIELD_KEYS, LEGAL_FIELDS, SUPPORT_FIELDS


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
