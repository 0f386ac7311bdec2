"""The flow as data (wizard/domain/flow.py): every branch without Qt, in milliseconds."""

from __future__ import annotations

import itertools

import pytest

from wizard.domain import flow, rules
from wizard.domain.case import Case, Learnt
from wizard.domain.fields import CONTACT_FIELDS, LEGAL_FIELDS, SUPPORT_FIELDS
from wizard.domain.flow import Gate
from wizard.domain.model import MpnProfile, Problem

NORMAL = ("welcome", "sign_in", "mpn", "legal_profile", "enroll", "status", "overview")
ENROLLED = ("welcome", "sign_in", "legal_profile", "enroll", "status", "overview")
STATUSES = ("draft", "email_verification", "in_review", "needs_info", "rejected", "approved")


def case(status: str = "draft", enrolled: bool = False, signed_in: bool = False, profile: str = "",
         mode: str = "sandbox", **values: str) -> Case:
    """A case; `profile`: "" none chosen, "ok" active in the tenant's country, "inactive", "abroad"."""
    fields = dict(values)
    if signed_in:
        fields.update(work_account="admin@contoso.onmicrosoft.com", tenant_country="ES")
    learnt = Learnt(already_enrolled=enrolled, mode=mode)  # type: ignore[arg-type]
    if profile:
        fields["mpn_id"] = "4567890"
        learnt = Learnt(already_enrolled=enrolled, mode=mode, mpn_company="Contoso",  # type: ignore[arg-type]
                        mpn_country="FR" if profile == "abroad" else "ES", mpn_active=profile != "inactive")
    return Case(fields=fields, learnt=learnt, status=status)


# -- the route -----------------------------------------------------------------------------------------


def test_the_route_and_the_already_enrolled_branch() -> None:
    assert flow.route(case()) == NORMAL
    assert flow.route(case(enrolled=True)) == ENROLLED  # the seed's note: no MPN step


@pytest.mark.parametrize("enrolled", [False, True])
def test_next_and_previous_walk_the_route_both_ways(enrolled: bool) -> None:
    c = case(enrolled=enrolled)
    walked = ["welcome"]
    while (following := flow.next_step(c, walked[-1])) is not None:
        walked.append(following)
    assert tuple(walked) == flow.route(c)
    back = ["enroll"]
    while (earlier := flow.previous_step(c, back[-1])) is not None:
        back.append(earlier)
    assert tuple(reversed(back)) == flow.before_enrolling(c)


def test_no_going_back_after_enrolling() -> None:
    assert flow.previous_step(case(), "status") is None and flow.previous_step(case(), "overview") is None
    assert flow.next_step(case(), "enroll") == "status" and flow.next_step(case(), "overview") is None


def test_a_step_off_the_route_continues_on_it() -> None:
    c = case(enrolled=True)
    assert flow.next_step(c, "mpn") == "legal_profile" and flow.previous_step(c, "legal_profile") == "sign_in"


def test_only_the_overview_is_final() -> None:
    assert [key for key in NORMAL if flow.is_final(key)] == ["overview"]


# -- what a step needs before Next -----------------------------------------------------------------------


def test_gates() -> None:
    assert {key: flow.gate(key) for key in NORMAL} == {
        "welcome": Gate.NONE, "sign_in": Gate.SIGNED_IN, "mpn": Gate.PROFILE_CHOSEN,
        "legal_profile": Gate.FIELDS_VALID, "enroll": Gate.SUBMITTED, "status": Gate.APPROVED,
        "overview": Gate.NONE,
    }


def test_sign_in_needs_the_account_and_the_tenant_country() -> None:
    assert not flow.gate_open(case(), "sign_in")
    assert not flow.gate_open(case(work_account="admin@contoso.onmicrosoft.com"), "sign_in")
    assert flow.gate_open(case(signed_in=True), "sign_in")


@pytest.mark.parametrize(("profile", "open_"), [("", False), ("ok", True), ("inactive", False), ("abroad", False)])
def test_mpn_needs_an_active_profile_in_the_tenant_country(profile: str, open_: bool) -> None:
    assert flow.gate_open(case(signed_in=True, profile=profile), "mpn") is open_


@pytest.mark.parametrize(("active", "country", "tenant"), list(itertools.product([True, False], ["ES", "FR", "es"], ["ES", "FR"])))
def test_the_mpn_gate_agrees_with_the_rules(active: bool, country: str, tenant: str) -> None:
    c = Case(fields={"mpn_id": "4567890", "work_account": "a@b.c", "tenant_country": tenant},
             learnt=Learnt(mpn_active=active, mpn_country=country))
    refused = rules.profile_choice_problem(MpnProfile("4567890", "Contoso", country, active), tenant)
    assert flow.gate_open(c, "mpn") is (refused is None)


@pytest.mark.parametrize(("status", "open_"), [("draft", False), ("email_verification", True),
                                               ("in_review", True), ("needs_info", False), ("approved", True)])
def test_enroll_needs_an_accepted_enrollment_not_waiting_to_be_resubmitted(status: str, open_: bool) -> None:
    assert flow.gate_open(case(status=status), "enroll") is open_


@pytest.mark.parametrize("status", STATUSES)
def test_status_needs_the_account_ready(status: str) -> None:
    assert flow.gate_open(case(status=status), "status") is (status == "approved")


def test_the_legal_profile_is_blocked_by_problems_on_its_own_fields_only() -> None:
    problems = [Problem("legal_name", "required", ""), Problem("work_account", "required", ""),
                Problem("support_email", "invalid_email", "")]
    assert flow.gate_open(case(), "legal_profile")  # checked when Next is pressed, not before
    assert [p.field for p in flow.blocking(case(), "legal_profile", problems)] == ["legal_name", "support_email"]
    assert [p.field for p in flow.blocking(case(enrolled=True), "legal_profile", problems)] == ["support_email"]
    assert flow.blocking(case(), "sign_in", problems) == []


def test_fields_each_step_asks_for() -> None:
    assert flow.fields_of(case(), "legal_profile") == LEGAL_FIELDS + CONTACT_FIELDS + SUPPORT_FIELDS
    assert flow.fields_of(case(enrolled=True), "legal_profile") == SUPPORT_FIELDS
    assert flow.fields_of(case(enrolled=True), "mpn") == ()
    assert flow.asked_fields(case(enrolled=True)) == ("work_account",) + SUPPORT_FIELDS


def test_incomplete_steps_group_problems_for_the_review() -> None:
    problems = [Problem("contact_email", "x", ""), Problem("tenant_country", "x", ""), Problem("mpn_id", "x", ""),
                Problem("mystery", "x", "")]
    assert [(k, [p.field for p in ps]) for k, ps in flow.incomplete_steps(case(), problems)] == [
        ("sign_in", ["tenant_country"]), ("mpn", ["mpn_id"]), ("legal_profile", ["contact_email"]),
        ("enroll", ["mystery"])]
    # Already enrolled: the legal name is asked by no step, so the review lists it under enroll.
    assert flow.incomplete_steps(case(enrolled=True), [Problem("legal_name", "x", "")])[0][0] == "enroll"


# -- locking after Enroll now, and the needs-more-information loop -------------------------------------------


@pytest.mark.parametrize("status", STATUSES)
def test_what_locks_after_enroll_now(status: str) -> None:
    c = case(status=status)
    locked = {key for key in NORMAL if flow.locked(c, key)}
    if status == "draft":
        assert locked == set()
    elif status == "needs_info":  # correct the profile, resubmit from the review
        assert locked == {"welcome", "sign_in", "mpn"}
    else:
        assert locked == {"welcome", "sign_in", "mpn", "legal_profile", "enroll"}


def test_the_needs_more_information_loop() -> None:
    c = case(status="needs_info", signed_in=True, profile="ok")
    assert flow.reopened_step(c) == "legal_profile"
    assert flow.next_step(c, "legal_profile") == "enroll" and not flow.gate_open(c, "enroll")
    assert flow.can_go_back_to(c, "enroll", "legal_profile")
    resubmitted = case(status="in_review", signed_in=True, profile="ok")
    assert flow.reopened_step(resubmitted) is None and flow.gate_open(resubmitted, "enroll")


# -- resume and back-to-step ---------------------------------------------------------------------------------


def test_resume_returns_to_the_saved_step() -> None:
    c = case(signed_in=True, profile="ok")
    assert flow.resume_step(c, "legal_profile") == "legal_profile"
    assert flow.walk_to(c, "legal_profile") == ("welcome", "sign_in", "mpn", "legal_profile")


def test_resume_stops_at_the_first_step_still_needed() -> None:
    assert flow.resume_step(case(), "legal_profile") == "sign_in"  # not signed in (any more)
    assert flow.resume_step(case(signed_in=True, profile="inactive"), "enroll") == "mpn"
    assert flow.resume_step(case(signed_in=True, profile="ok", status="email_verification"), "overview") == "status"
    assert flow.resume_step(case(), "no_such_step") == "welcome"


def test_resume_of_an_already_enrolled_case_skips_the_mpn_step() -> None:
    c = case(enrolled=True, signed_in=True)
    assert flow.resume_step(c, "enroll") == "enroll"
    assert "mpn" not in flow.walk_to(c, "enroll")


def test_back_to_step() -> None:
    draft = case(signed_in=True, profile="ok")
    assert flow.can_go_back_to(draft, "enroll", "legal_profile") and flow.can_go_back_to(draft, "enroll", "sign_in")
    assert not flow.can_go_back_to(draft, "legal_profile", "enroll")  # only backwards
    assert not flow.can_go_back_to(case(status="in_review"), "enroll", "legal_profile")  # a record now
    assert not flow.can_go_back_to(case(status="approved"), "status", "legal_profile")  # never from after enrolling
    assert not flow.can_go_back_to(case(enrolled=True), "enroll", "mpn")  # not on this route


# -- variants by mode ------------------------------------------------------------------------------------------


def test_sandbox_cases_use_the_sandbox_version_of_every_step() -> None:
    assert {flow.variant(case(), key) for key in NORMAL} == {"sandbox"}


def test_live_cases_use_the_live_version_where_live_mode_differs() -> None:
    live = case(mode="live")
    assert [key for key in NORMAL if flow.variant(live, key) == "live"] == [
        "sign_in", "mpn", "enroll", "status", "overview"]  # the overview: the web-only acts, no sandbox call
    assert all(flow.variant(case(), key) == "sandbox" for key in NORMAL)


def test_the_mode_is_read_from_the_stored_case() -> None:
    assert Case.from_values({"mode": "live"}).mode == "live"
    assert Case.from_values({"mode": "moon"}).mode == "sandbox" and Case.from_values({}).mode == "sandbox"


def test_a_live_case_passes_the_mpn_step_with_a_partner_id_in_the_rules_format() -> None:
    """Partner Membership Center was retired: live cases type the Partner ID instead of choosing a profile."""
    live = case(mode="live", signed_in=True)
    assert not flow.gate_open(live, "mpn")  # nothing entered
    for refused in ("12ab567", "PID-1234567", "12345678901", " "):
        assert not flow.gate_open(case(mode="live", signed_in=True, mpn_id=refused), "mpn"), refused
        assert rules.validate({"mpn_id": refused.strip() or "x"}, only=("mpn_id",))[0].code in (
            "invalid_mpn_id", "too_long")
    assert flow.gate_open(case(mode="live", signed_in=True, mpn_id="4567890"), "mpn")
    assert flow.partner_id_entered(case(mode="live", mpn_id="4567890"))
    # The sandbox still needs an active profile chosen in the tenant's country: a typed ID is not enough.
    assert not flow.gate_open(case(signed_in=True, mpn_id="4567890"), "mpn")
    assert flow.gate_open(case(signed_in=True, profile="ok"), "mpn")
    assert not flow.gate_open(case(signed_in=True, profile="abroad"), "mpn")


def test_the_mode_is_chosen_before_anything_is_done_with_the_case() -> None:
    assert flow.mode_open(case()) and flow.mode_open(case(mode="live"))
    assert not flow.mode_open(case(signed_in=True))
    assert not flow.mode_open(case(status="email_verification"))


def _p(field: str) -> Problem:
    return Problem(field, "required", f"{field} missing")


def test_incomplete_steps_group_in_route_order() -> None:
    problems = [_p("support_email"), _p("mpn_id"), _p("work_account"), _p("legal_name"), _p("tenant_country")]
    grouped = flow.incomplete_steps(case(), problems)
    assert [key for key, _ in grouped] == ["sign_in", "mpn", "legal_profile"]
    assert [p.field for p in grouped[0][1]] == ["work_account", "tenant_country"]
    assert [p.field for p in grouped[2][1]] == ["support_email", "legal_name"]
    assert flow.incomplete_steps(case(), []) == []


def test_problems_outside_the_route_are_listed_under_enroll_not_hidden() -> None:
    grouped = flow.incomplete_steps(case(enrolled=True), [_p("legal_name"), _p("support_phone"), _p("mystery")])
    assert grouped == [("legal_profile", [_p("support_phone")]), ("enroll", [_p("legal_name"), _p("mystery")])]


@pytest.mark.parametrize("status", STATUSES)
def test_enroll_now_is_open_before_sending_and_in_the_loop(status: str) -> None:
    assert flow.submit_open(case(status=status)) is (status in ("draft", "needs_info"))
    assert flow.resubmitting(case(status=status)) is (status == "needs_info")
