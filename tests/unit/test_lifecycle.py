"""The enrollment lifecycle: every allowed move, forbidden moves, the vetting mapping and the plain words."""

from __future__ import annotations

import itertools

import pytest

from wizard.domain.lifecycle import (
    PLAIN_WORDS,
    SUB_STATUS_WORDS,
    TRANSITIONS,
    InvalidTransition,
    State,
    VettingStatus,
    VettingSubStatus,
    can_move,
    is_final,
    move,
    vetting_of,
)

ALLOWED = [
    (State.DRAFT, State.EMAIL_VERIFICATION),
    (State.EMAIL_VERIFICATION, State.IN_REVIEW),
    (State.IN_REVIEW, State.NEEDS_INFO),
    (State.IN_REVIEW, State.REJECTED),
    (State.IN_REVIEW, State.APPROVED),
    (State.NEEDS_INFO, State.IN_REVIEW),
]


def test_values_are_the_stored_strings() -> None:
    assert [s.value for s in State] == [
        "draft", "email_verification", "in_review", "needs_info", "rejected", "approved"]
    assert [s.value for s in VettingStatus] == ["None", "Pending", "Authorized", "Rejected"]
    assert {s.value for s in VettingSubStatus} == {
        "None", "Entry", "EmailOwnership", "EmailDomain", "EmploymentVerification", "BusinessVerification",
        "Decision", "Other"}


def test_transitions_are_exactly_the_allowed_ones() -> None:
    assert set(TRANSITIONS) == set(State)
    assert {(a, b) for a, targets in TRANSITIONS.items() for b in targets} == set(ALLOWED)


@pytest.mark.parametrize(("source", "target"), ALLOWED)
def test_allowed_move(source: State, target: State) -> None:
    assert can_move(source, target)
    assert move(source, target) is target
    assert move(State(source.value), target.value) is target  # plain strings from storage work too


FORBIDDEN = [(a, b) for a, b in itertools.product(State, State) if (a, b) not in ALLOWED]


@pytest.mark.parametrize(("source", "target"), FORBIDDEN)
def test_forbidden_move(source: State, target: State) -> None:
    assert not can_move(source, target)
    with pytest.raises(InvalidTransition) as info:
        move(source, target)
    assert (info.value.source, info.value.target) == (source, target)
    assert source.value in str(info.value) and target.value in str(info.value)


def test_no_self_loops_and_a_few_named_refusals() -> None:
    assert all(not can_move(s, s) for s in State)
    assert not can_move(State.DRAFT, State.APPROVED)
    assert not can_move(State.EMAIL_VERIFICATION, State.APPROVED)  # verification comes before review
    assert not can_move(State.REJECTED, State.IN_REVIEW)  # a rejection is final
    assert not can_move(State.NEEDS_INFO, State.APPROVED)  # resubmission goes through review again


def test_final_states() -> None:
    assert {s for s in State if is_final(s)} == {State.REJECTED, State.APPROVED}


def test_vetting_mapping_is_total() -> None:
    expected = {
        State.DRAFT: (VettingStatus.NONE, VettingSubStatus.ENTRY),
        State.EMAIL_VERIFICATION: (VettingStatus.PENDING, VettingSubStatus.EMAIL_OWNERSHIP),
        State.IN_REVIEW: (VettingStatus.PENDING, VettingSubStatus.EMPLOYMENT_VERIFICATION),
        State.NEEDS_INFO: (VettingStatus.PENDING, VettingSubStatus.OTHER),
        State.REJECTED: (VettingStatus.REJECTED, VettingSubStatus.DECISION),
        State.APPROVED: (VettingStatus.AUTHORIZED, VettingSubStatus.NONE),
    }
    assert {s: vetting_of(s) for s in State} == expected
    for state, sub in itertools.product(State, [None, *VettingSubStatus]):
        status, step = vetting_of(state, sub)
        assert isinstance(status, VettingStatus) and isinstance(step, VettingSubStatus)
        assert status is expected[state][0]


def test_known_sub_status_wins_while_pending() -> None:
    assert vetting_of(State.IN_REVIEW, VettingSubStatus.BUSINESS_VERIFICATION) == (
        VettingStatus.PENDING, VettingSubStatus.BUSINESS_VERIFICATION)
    assert vetting_of(State.IN_REVIEW, VettingSubStatus("Decision"))[1] is VettingSubStatus.DECISION
    business = VettingSubStatus.BUSINESS_VERIFICATION
    assert vetting_of(State.NEEDS_INFO, business)[1] is business
    # final states and drafts keep their own step
    assert vetting_of(State.APPROVED, VettingSubStatus.DECISION) == (VettingStatus.AUTHORIZED, VettingSubStatus.NONE)
    assert vetting_of(State.REJECTED, VettingSubStatus.OTHER)[1] is VettingSubStatus.DECISION
    assert vetting_of(State.DRAFT, VettingSubStatus.DECISION)[1] is VettingSubStatus.ENTRY


@pytest.mark.parametrize("state", list(State))
def test_every_state_is_explained(state: State) -> None:
    words = PLAIN_WORDS[state]
    for text in (words.title, words.what_it_means, words.whats_next):
        assert text.strip() == text and len(text) >= 10
    assert words.what_it_means.endswith(".") and words.whats_next.endswith(".")
    assert "vetting" not in (words.what_it_means + words.whats_next).lower()  # plain words, not jargon


def test_every_sub_status_is_explained() -> None:
    assert set(SUB_STATUS_WORDS) == set(VettingSubStatus)
    assert all(text.endswith(".") for text in SUB_STATUS_WORDS.values())
    assert SUB_STATUS_WORDS[VettingSubStatus.EMAIL_OWNERSHIP] == (
        "We emailed your primary contact. They need to open the message and confirm that they signed up for a "
        "Partner Center account and that the address belongs to your company."
    )
    assert len(set(SUB_STATUS_WORDS.values())) == len(SUB_STATUS_WORDS)


def test_titles_are_distinct() -> None:
    assert len({w.title for w in PLAIN_WORDS.values()}) == len(State)
