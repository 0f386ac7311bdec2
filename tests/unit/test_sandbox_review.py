"""After Enroll now in the sandbox: verification links, the clock-driven review, resubmission, admin agent,
partner profile and the Microsoft Partner Agreement, the already-enrolled path, and persistence."""

from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable

import pytest
from sqlalchemy import update

from tests.unit.test_sandbox import (
    ES_ACTIVE,
    ES_ADMIN,
    ES_USER,
    GB_ADMIN,
    PASSWORD,
    US_ACTIVE,
    US_ADMIN,
    raises_code,
    spanish_fields,
)
from wizard.backends.base import BackendError, ScenarioError, SignInError
from wizard.backends.sandbox import SandboxPartnerCenter
from wizard.backends.sandbox import state as st
from wizard.backends.sandbox.links import VERIFICATION_LINK_LIFETIME, parse
from wizard.backends.sandbox.review import decide, schedule
from wizard.backends.sandbox.scenario import Scenario, demo_scenario_path, load_scenario, parse_scenario
from wizard.domain.lifecycle import State, VettingStatus, VettingSubStatus
from wizard.domain.model import Address, EnrollmentView, MpnProfile

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
DAY = timedelta(days=1)
CONTACT = "lucia.fernandez@contosoiberia.es"
ES_DOMAIN = "contosoiberia.onmicrosoft.com"
Sub = VettingSubStatus


@pytest.fixture(scope="module")
def demo() -> Scenario:
    return load_scenario(demo_scenario_path())


@pytest.fixture
def pc(demo: Scenario) -> SandboxPartnerCenter:
    return SandboxPartnerCenter(demo, clock=lambda: T0)


def token(pc: SandboxPartnerCenter, upn: str = ES_ADMIN) -> str:
    """A live session: sessions last 8 sandbox hours and these tests move the clock by days, so sign in
    again when needed (not every time: a sign-in checks a password hash on purpose slowly)."""
    now = pc.now()
    tokens: dict[str, tuple[str, datetime]] = pc.__dict__.setdefault("test_tokens", {})
    if upn not in tokens or now - tokens[upn][1] >= timedelta(hours=1):
        tokens[upn] = (pc.sign_in(upn, PASSWORD)[1], now)
    return tokens[upn][0]


def enroll(pc: SandboxPartnerCenter, **overrides: str) -> str:
    """Enroll the Spanish demo company and return the verification link."""
    pc.enroll(token(pc), ES_ACTIVE, spanish_fields(**overrides))
    return pc.outbox()[-1].links[0]


def verified(pc: SandboxPartnerCenter, **overrides: str) -> None:
    pc.open_link(enroll(pc, **overrides))


def status(pc: SandboxPartnerCenter, upn: str = ES_ADMIN) -> EnrollmentView:
    return pc.enrollment_status(token(pc, upn))


def snapshot(pc: SandboxPartnerCenter) -> tuple[Any, ...]:
    view = status(pc)
    return view, pc.outbox(), pc.enrollment(ES_DOMAIN)


# -- the whole story -------------------------------------------------------------------------------


def test_enroll_verify_review_approve(pc: SandboxPartnerCenter) -> None:
    link = enroll(pc)
    view = status(pc)
    assert (view.state, view.vetting_status, view.sub_status) == (
        State.EMAIL_VERIFICATION, VettingStatus.PENDING, Sub.EMAIL_OWNERSHIP)
    assert view.tenant_domain == ES_DOMAIN and view.contact_email == CONTACT and view.submitted_at == T0
    assert view.review_due is None and view.reason == ""
    [submitted] = view.events
    assert (submitted.at, submitted.state, submitted.emailed_to) == (T0, State.EMAIL_VERIFICATION, CONTACT)

    outcome = pc.open_link(link)
    assert (outcome.kind, outcome.enrollment_id, outcome.tenant_domain) == (
        "verify-email", view.enrollment_id, ES_DOMAIN)
    assert CONTACT in outcome.message and "3 days" in outcome.message
    view = status(pc)
    assert (view.state, view.vetting_status, view.sub_status) == (
        State.IN_REVIEW, VettingStatus.PENDING, Sub.EMPLOYMENT_VERIFICATION)
    assert view.review_due == T0 + 3 * DAY
    assert pc.enrollment(ES_DOMAIN).status == "in_review"

    expected = [
        (Sub.BUSINESS_VERIFICATION, State.IN_REVIEW), (Sub.DECISION, State.IN_REVIEW), (Sub.NONE, State.APPROVED)]
    for day, (sub, state) in enumerate(expected, start=1):
        assert pc.advance(DAY) == T0 + day * DAY
        view = status(pc)
        assert (view.state, view.sub_status) == (state, sub)
        assert len(pc.outbox()) == 2 + day

    assert view.vetting_status is VettingStatus.AUTHORIZED and view.review_due is None and view.reason == ""
    assert [(e.at, e.state, e.sub_status) for e in view.events] == [
        (T0, State.EMAIL_VERIFICATION, Sub.EMAIL_OWNERSHIP),
        (T0, State.IN_REVIEW, Sub.EMPLOYMENT_VERIFICATION),
        (T0 + DAY, State.IN_REVIEW, Sub.BUSINESS_VERIFICATION),
        (T0 + 2 * DAY, State.IN_REVIEW, Sub.DECISION),
        (T0 + 3 * DAY, State.APPROVED, Sub.NONE),
    ]
    assert all(e.emailed_to == CONTACT and e.title for e in view.events)
    mails = pc.outbox()
    assert [m.kind for m in mails] == ["verification"] + ["status_update"] * 4
    assert {m.to for m in mails} == {CONTACT} and pc.outbox_for(CONTACT) == mails
    assert [m.sent_at for m in mails] == [e.at for e in view.events]
    assert "Your Partner Center account is ready" in mails[-1].subject and view.enrollment_id in mails[-1].subject
    assert "Hello Lucía Fernández" in mails[-1].body and "admin agent" in mails[-1].body
    assert pc.enrollment(ES_DOMAIN).status == "authorized" and pc.is_enrolled(token(pc))


def test_steps_read_late_keep_the_time_they_fell_due(pc: SandboxPartnerCenter) -> None:
    verified(pc)
    pc.advance(10 * DAY)
    view = status(pc)
    assert view.state is State.APPROVED
    assert [e.at for e in view.events] == [T0, T0, T0 + DAY, T0 + 2 * DAY, T0 + 3 * DAY]
    assert [m.sent_at for m in pc.outbox()] == [e.at for e in view.events]


def test_reading_the_clock_applies_due_steps(pc: SandboxPartnerCenter) -> None:
    verified(pc)
    pc.advance(3 * DAY - timedelta(seconds=1))
    assert pc.enrollment(ES_DOMAIN).status == "in_review"
    pc.advance(timedelta(seconds=1))  # advance() itself processes: no other call needed
    assert len(pc.outbox()) == 5
    assert pc.enrollment(ES_DOMAIN).status == "authorized"


def test_review_length_comes_from_the_scenario(demo: Scenario) -> None:
    pc = SandboxPartnerCenter(demo.model_copy(update={"review_days": 5}), clock=lambda: T0)
    verified(pc)
    assert status(pc).review_due == T0 + 5 * DAY
    pc.advance(4 * DAY)
    assert status(pc).sub_status is Sub.DECISION
    pc.advance(DAY)
    assert [e.at for e in status(pc).events][-3:] == [T0 + DAY, T0 + 4 * DAY, T0 + 5 * DAY]


def test_review_of_zero_days_decides_at_once(demo: Scenario) -> None:
    pc = SandboxPartnerCenter(demo.model_copy(update={"review_days": 0}), clock=lambda: T0)
    verified(pc)
    view = status(pc)
    assert view.state is State.APPROVED and [e.state for e in view.events][-2:] == [State.IN_REVIEW, State.APPROVED]


@pytest.mark.parametrize(
    ("days", "steps"),
    [
        (0, [(0, None)]),
        (1, [(1, None)]),
        (2, [(1, Sub.BUSINESS_VERIFICATION), (2, None)]),
        (3, [(1, Sub.BUSINESS_VERIFICATION), (2, Sub.DECISION), (3, None)]),
        (5, [(1, Sub.BUSINESS_VERIFICATION), (4, Sub.DECISION), (5, None)]),
    ],
)
def test_schedule(days: int, steps: list[tuple[int, VettingSubStatus | None]]) -> None:
    got = schedule(T0, T0 + days * DAY, Sub.EMPLOYMENT_VERIFICATION)
    assert [(at, sub) for at, _rank, sub in got] == [(T0 + d * DAY, sub) for d, sub in steps]


def test_schedule_of_a_resubmission_starts_at_business_verification() -> None:
    got = schedule(T0, T0 + 3 * DAY, Sub.BUSINESS_VERIFICATION)
    assert [(at, sub) for at, _rank, sub in got] == [(T0 + 2 * DAY, Sub.DECISION), (T0 + 3 * DAY, None)]


# -- decision rules ------------------------------------------------------------------------------

MADRID = MpnProfile(ES_ACTIVE, "Contoso Iberia S.L.", "ES", True,
                    Address("Paseo de la Castellana 95", "Planta 12", "Madrid", "Madrid", "28046", "ES"))


@pytest.mark.parametrize(
    ("overrides", "state", "words"),
    [
        ({}, State.APPROVED, []),
        ({"legal_name": "CONTOSO IBERIA, S.L"}, State.APPROVED, []),
        ({"legal_name": "  contoso   iberia sl "}, State.APPROVED, []),
        ({"city": "MADRID", "postal_code": " 28046 "}, State.APPROVED, []),
        ({"address_line1": "Calle Mayor 1"}, State.APPROVED, []),  # only postal code and city are compared
        ({"postal_code": "28047"}, State.NEEDS_INFO, ["postal code '28047'", "'28046'", "MPN ID 4567890"]),
        ({"city": "Barcelona"}, State.NEEDS_INFO, ["city 'Barcelona'", "'Madrid'"]),
        ({"city": "Barcelona", "postal_code": "08001"}, State.NEEDS_INFO, ["postal code", " and the city"]),
        ({"legal_name": "Contoso Spain S.L."}, State.REJECTED, ["'Contoso Spain S.L.'", "'Contoso Iberia S.L.'"]),
        ({"legal_name": "Contoso Ibéria S.L."}, State.REJECTED, ["Contoso Ibéria"]),  # accents count
        ({"legal_name": "Contoso Spain", "postal_code": "1"}, State.REJECTED, ["legal name"]),  # name first
        ({"country": "FR"}, State.REJECTED, ["in FR", "in ES"]),
    ],
)
def test_decision_rules(overrides: dict[str, str], state: State, words: list[str]) -> None:
    decision = decide(spanish_fields(**overrides), MADRID)
    assert decision.state is state
    for word in words:
        assert word in decision.reason
    assert bool(decision.reason) is (state is not State.APPROVED) and decision.detail
    expected_sub = {State.APPROVED: Sub.NONE, State.NEEDS_INFO: Sub.BUSINESS_VERIFICATION, State.REJECTED: Sub.DECISION}
    assert decision.sub_status is expected_sub[state]


def test_profile_without_address_cannot_fail_the_address_check() -> None:
    bare = MpnProfile("1", "Contoso Iberia S.L.", "ES", True)
    assert decide(spanish_fields(postal_code="99999", city="Sevilla"), bare).state is State.APPROVED
    assert decide(spanish_fields(), None).state is State.REJECTED


# -- needs more information, resubmission, rejection ----------------------------------------------


def test_needs_info_then_resubmit_then_approved(pc: SandboxPartnerCenter) -> None:
    verified(pc, postal_code="28047")
    raises_code(BackendError, "not_needs_info", lambda: pc.resubmit(token(pc), {"postal_code": "28046"}))
    pc.advance(3 * DAY)
    view = status(pc)
    assert (view.state, view.vetting_status, view.sub_status) == (
        State.NEEDS_INFO, VettingStatus.PENDING, Sub.BUSINESS_VERIFICATION)
    assert "postal code '28047'" in view.reason and view.review_due is None
    assert view.events[-1].detail == view.reason and view.reason in pc.outbox()[-1].body
    assert pc.enrollment(ES_DOMAIN).status == "needs_info" and len(pc.outbox()) == 5

    before = snapshot(pc)
    raises_code(BackendError, "invalid_profile", lambda: pc.resubmit(token(pc), {"legal_name": " "}))
    raises_code(BackendError, "country_mismatch", lambda: pc.resubmit(token(pc), {"country": "FR"}))
    assert snapshot(pc) == before

    pc.advance(DAY)
    resubmitted = pc.resubmit(token(pc), {"postal_code": "28046", "contact_email": "ignored@contosoiberia.es"})
    assert (resubmitted.state, resubmitted.sub_status, resubmitted.reason) == (
        State.IN_REVIEW, Sub.BUSINESS_VERIFICATION, "")
    assert resubmitted.review_due == T0 + 7 * DAY and resubmitted.contact_email == CONTACT
    assert resubmitted.events[-1].title.startswith("Legal business profile updated")
    pc.advance(2 * DAY)
    assert status(pc).sub_status is Sub.DECISION
    pc.advance(DAY)
    view = status(pc)
    assert view.state is State.APPROVED
    assert [e.state for e in view.events] == [
        State.EMAIL_VERIFICATION, State.IN_REVIEW, State.IN_REVIEW, State.IN_REVIEW, State.NEEDS_INFO,
        State.IN_REVIEW, State.IN_REVIEW, State.APPROVED]
    assert len(pc.outbox()) == 8 and {m.to for m in pc.outbox()} == {CONTACT}
    raises_code(BackendError, "not_needs_info", lambda: pc.resubmit(token(pc), {}))


def test_rejected_with_a_reason(pc: SandboxPartnerCenter) -> None:
    verified(pc, legal_name="Contoso Spain S.L.")
    pc.advance(3 * DAY)
    view = status(pc)
    assert (view.state, view.vetting_status, view.sub_status) == (
        State.REJECTED, VettingStatus.REJECTED, Sub.DECISION)
    assert "'Contoso Spain S.L.'" in view.reason and "'Contoso Iberia S.L.'" in view.reason
    assert pc.enrollment(ES_DOMAIN).status == "rejected"
    last = pc.outbox()[-1]
    assert last.kind == "status_update" and last.to == CONTACT and view.reason in last.body
    raises_code(BackendError, "not_needs_info", lambda: pc.resubmit(token(pc), {"legal_name": "Contoso Iberia S.L."}))
    raises_code(BackendError, "already_enrolled", lambda: pc.enroll(token(pc), ES_ACTIVE, spanish_fields()))
    pc.advance(30 * DAY)
    assert status(pc).events == view.events  # final: nothing more happens


# -- links -----------------------------------------------------------------------------------------


def test_resend_supersedes_the_older_link(pc: SandboxPartnerCenter) -> None:
    first = enroll(pc)
    view = pc.resend_verification(token(pc))
    assert view.state is State.EMAIL_VERIFICATION and view.events[-1].title == "Verification email sent again"
    assert view.events[-1].emailed_to == CONTACT
    [old_mail, new_mail] = pc.outbox()
    assert new_mail.kind == "verification" and new_mail.to == CONTACT and new_mail.links[0] != first
    before = snapshot(pc)
    error = raises_code(BackendError, "link_superseded", lambda: pc.open_link(first))
    assert "newer verification email" in error.message
    assert snapshot(pc) == before
    assert pc.open_link(new_mail.links[0]).enrollment_id == view.enrollment_id
    raises_code(BackendError, "not_awaiting_verification", lambda: pc.resend_verification(token(pc)))
    raises_code(BackendError, "link_used", lambda: pc.open_link(new_mail.links[0]))


def test_link_works_until_it_expires(pc: SandboxPartnerCenter) -> None:
    link = enroll(pc)
    assert VERIFICATION_LINK_LIFETIME == timedelta(days=14)
    pc.advance(VERIFICATION_LINK_LIFETIME - timedelta(seconds=1))
    assert pc.open_link(link).kind == "verify-email"


def test_expired_link_then_resend(pc: SandboxPartnerCenter) -> None:
    link = enroll(pc)
    pc.advance(VERIFICATION_LINK_LIFETIME)
    before = snapshot(pc)
    error = raises_code(BackendError, "link_expired", lambda: pc.open_link(link))
    assert "14 days" in error.message and "Resend" in error.message
    assert snapshot(pc) == before
    pc.resend_verification(token(pc))
    pc.open_link(pc.outbox()[-1].links[0])
    assert status(pc).state is State.IN_REVIEW


def _other_enrollment_link(pc: SandboxPartnerCenter) -> str:
    """A verification link of the US demo company's enrollment."""
    pc.enroll(token(pc, US_ADMIN), US_ACTIVE, spanish_fields(country="US", contact_email="megan@fabrikam.com"))
    return pc.outbox_for("megan@fabrikam.com")[0].links[0]


def _swap_enrollment(pc: SandboxPartnerCenter, link: str) -> str:
    other = _other_enrollment_link(pc)
    return other.split("&code=")[0] + "&code=" + link.split("&code=")[1]


BAD_LINKS: list[tuple[str, Callable[[SandboxPartnerCenter, str], str], str]] = [
    ("empty", lambda pc, link: "", "link_malformed"),
    ("https", lambda pc, link: link.replace("csp-sandbox://", "https://"), "link_malformed"),
    ("no scheme", lambda pc, link: link.removeprefix("csp-sandbox://"), "link_malformed"),
    ("unknown path", lambda pc, link: link.replace("verify-email", "verify-phone"), "link_malformed"),
    ("no parameters", lambda pc, link: link.split("?")[0], "link_malformed"),
    ("missing code", lambda pc, link: link.split("&code=")[0], "link_malformed"),
    ("empty code", lambda pc, link: link.split("&code=")[0] + "&code=", "link_malformed"),
    ("missing enrollment", lambda pc, link: "csp-sandbox://verify-email?code=" + link.split("&code=")[1],
     "link_malformed"),
    ("repeated parameter", lambda pc, link: link + "&code=abc", "link_malformed"),
    ("garbled query", lambda pc, link: link.replace("&", "&&=&"), "link_malformed"),
    ("wrong code", lambda pc, link: link[:-4] + "AAAA", "link_unknown"),
    ("unknown enrollment", lambda pc, link: link.replace("enrollment=ENR-", "enrollment=ENR-Z"), "link_unknown"),
    ("code of another case", _swap_enrollment, "link_unknown"),
    ("used", lambda pc, link: (pc.open_link(link), link)[1], "link_used"),
    ("superseded", lambda pc, link: (pc.resend_verification(token(pc)), link)[1], "link_superseded"),
    ("expired", lambda pc, link: (pc.advance(15 * DAY), link)[1], "link_expired"),
]


@pytest.mark.parametrize(("make", "code"), [b[1:] for b in BAD_LINKS], ids=[b[0] for b in BAD_LINKS])
def test_bad_links_change_nothing(
    pc: SandboxPartnerCenter, make: Callable[[SandboxPartnerCenter, str], str], code: str
) -> None:
    link = enroll(pc)
    bad = make(pc, link)
    before = snapshot(pc)
    other_before = pc.enrollment("fabrikamus.onmicrosoft.com")
    error = raises_code(BackendError, code, lambda: pc.open_link(bad))
    assert error.message.endswith(".")
    assert snapshot(pc) == before
    assert pc.enrollment("fabrikamus.onmicrosoft.com") == other_before


def test_link_kinds_are_routed_by_path() -> None:
    kinds = {"verify-email": ("enrollment", "code"), "accept-provider": ("invitation",)}
    assert parse("CSP-SANDBOX://verify-email/?enrollment=ENR-1&code=x", kinds) == (
        "verify-email", {"enrollment": "ENR-1", "code": "x"})
    assert parse("csp-sandbox://accept-provider?invitation=7&extra=1", kinds) == (
        "accept-provider", {"invitation": "7", "extra": "1"})
    with pytest.raises(BackendError) as info:
        parse("csp-sandbox://accept-provider", kinds)
    assert info.value.code == "link_malformed" and "invitation" in info.value.message


def test_status_needs_an_enrollment_and_a_session(pc: SandboxPartnerCenter) -> None:
    raises_code(BackendError, "not_enrolled", lambda: pc.enrollment_status(token(pc)))
    raises_code(BackendError, "not_enrolled", lambda: pc.resend_verification(token(pc)))
    raises_code(BackendError, "session_expired", lambda: pc.enrollment_status("nope"))
    raises_code(BackendError, "not_enrolled", lambda: pc.partner_profile(token(pc)))


# -- admin agent -------------------------------------------------------------------------------------


def _approve(pc: SandboxPartnerCenter, link: str | None = None) -> None:
    pc.open_link(link or enroll(pc))
    pc.advance(3 * DAY)
    assert status(pc).state is State.APPROVED


def test_admin_agent(pc: SandboxPartnerCenter) -> None:
    link = enroll(pc)
    assert pc.is_admin_agent(token(pc)) is False  # the demo ES admin is not an admin agent
    raises_code(BackendError, "account_not_ready", lambda: pc.set_admin_agent(token(pc), ES_ADMIN))
    _approve(pc, link)
    events = len(status(pc).events)
    t = token(pc)
    raises_code(BackendError, "unknown_account", lambda: pc.set_admin_agent(t, "nobody@contosoiberia.onmicrosoft.com"))
    raises_code(BackendError, "unknown_account", lambda: pc.set_admin_agent(t, US_ADMIN))  # another tenant
    raises_code(BackendError, "session_expired", lambda: pc.set_admin_agent("nope", ES_ADMIN))
    assert len(status(pc).events) == events

    assert pc.set_admin_agent(t, " Admin@ContosoIberia.onmicrosoft.com ") is True
    assert pc.is_admin_agent(t) is True
    assert pc.set_admin_agent(t, ES_ADMIN) is True  # idempotent: no second event
    view = status(pc)
    assert len(view.events) == events + 1
    assert view.events[-1].title == f"Lucía Fernández ({ES_ADMIN}) added to the admin agent group"
    assert view.events[-1].state is State.APPROVED and view.events[-1].emailed_to is None
    assert pc.set_admin_agent(t, ES_USER) is True and pc.set_admin_agent(t, ES_USER, on=False) is False
    assert len(status(pc).events) == events + 3 and len(pc.outbox()) == 5  # account changes send no mail


def test_admin_agent_needs_a_global_admin(pc: SandboxPartnerCenter) -> None:
    _approve(pc)
    t = token(pc)
    with pc._engine.begin() as conn:  # the caller lost the global admin role after signing in
        conn.execute(update(st.users).where(st.users.c.upn == ES_ADMIN).values(global_admin=False))
    refused = raises_code(BackendError, "not_global_admin", lambda: pc.set_admin_agent(t, ES_ADMIN))
    assert pc.is_admin_agent(t) is False
    # One wording per refusal: the same text as the sign-in refusal for the same account.
    at_sign_in = raises_code(SignInError, "not_global_admin", lambda: pc.sign_in(ES_ADMIN, PASSWORD))
    assert refused.message == at_sign_in.message
    assert refused.message == (
        f"{ES_ADMIN} is not a global administrator of contosoiberia.onmicrosoft.com. "
        "Sign in with a global admin account, or ask your global admin."
    )


def test_admin_agent_flag_from_the_scenario_and_create_one(demo: Scenario) -> None:
    data = demo.model_dump()
    data["tenants"][0]["users"][1]["admin_agent"] = True
    pc = SandboxPartnerCenter(parse_scenario(data), clock=lambda: T0)
    assert pc.is_admin_agent(token(pc)) is False
    with pc._engine.begin() as conn:
        assert conn.execute(st.users.select().where(st.users.c.upn == ES_USER)).mappings().one()["admin_agent"]
    _, created = pc.create_work_account("adatum", "ES", "Ana", "Str0ng&Secret")
    assert pc.is_admin_agent(created) is False


# -- partner profile and the Microsoft Partner Agreement -------------------------------------------------


def test_partner_profile_and_agreement(pc: SandboxPartnerCenter) -> None:
    enroll(pc)
    profile = pc.partner_profile(token(pc))
    assert (profile.account_type, profile.mpn_id, profile.legal_name, profile.country) == (
        "partner_center", ES_ACTIVE, "Contoso Iberia S.L.", "ES")
    assert profile.csp_regions == ("Europe",) and profile.mpa == {"Europe": None}
    assert not profile.mpa_signed_everywhere
    raises_code(BackendError, "account_not_ready", lambda: pc.accept_mpa(ES_ADMIN, PASSWORD, "Europe"))

    pc.open_link(pc.outbox()[0].links[0])
    pc.advance(3 * DAY)
    raises_code(SignInError, "wrong_password", lambda: pc.accept_mpa(ES_ADMIN, "nope", "Europe"))
    nobody = "x@contosoiberia.onmicrosoft.com"
    raises_code(SignInError, "unknown_account", lambda: pc.accept_mpa(nobody, PASSWORD, "Europe"))
    raises_code(SignInError, "not_global_admin", lambda: pc.accept_mpa(ES_USER, PASSWORD, "Europe"))
    error = raises_code(BackendError, "region_not_allowed", lambda: pc.accept_mpa(ES_ADMIN, PASSWORD, "United States"))
    assert "Europe" in error.message
    assert pc.partner_profile(token(pc)).mpa == {"Europe": None}

    signed = pc.accept_mpa(ES_ADMIN, PASSWORD, " europe ")
    assert signed.mpa == {"Europe": T0 + 3 * DAY} and signed.mpa_signed_everywhere
    pc.advance(DAY)
    assert pc.accept_mpa(ES_ADMIN, PASSWORD, "Europe").mpa == {"Europe": T0 + 3 * DAY}  # idempotent
    assert pc.partner_profile(token(pc)) == signed
    titles = [e.title for e in status(pc).events]
    assert titles.count("Microsoft Partner Agreement accepted for Europe") == 1


def test_migrate_first(pc: SandboxPartnerCenter) -> None:
    assert pc.pmc_sign_in("pmc@fabrikam.com", PASSWORD)  # the demo's PMC account that hasn't moved yet
    us_fields = {"country": "US", "legal_name": "Fabrikam, Inc.", "city": "Seattle", "postal_code": "98101",
                 "contact_email": "megan@fabrikam.com"}
    pc.enroll(token(pc, US_ADMIN), US_ACTIVE, spanish_fields(**us_fields))
    assert pc.partner_profile(token(pc, US_ADMIN)).account_type == "partner_membership_center"
    pc.open_link(pc.outbox()[0].links[0])
    pc.advance(3 * DAY)
    assert status(pc, US_ADMIN).state is State.APPROVED
    error = raises_code(BackendError, "migrate_first", lambda: pc.accept_mpa(US_ADMIN, PASSWORD, "United States"))
    assert "Partner Membership Center" in error.message

    moved = pc.migrate_to_partner_center(token(pc, US_ADMIN))
    assert moved.account_type == "partner_center" and moved.csp_regions == ("United States",)
    assert pc.migrate_to_partner_center(token(pc, US_ADMIN)) == moved  # idempotent
    titles = [e.title for e in status(pc, US_ADMIN).events]
    assert titles.count("Moved from Partner Membership Center to Partner Center") == 1
    raises_code(BackendError, "region_not_allowed", lambda: pc.accept_mpa(US_ADMIN, PASSWORD, "Europe"))
    assert pc.accept_mpa(US_ADMIN, PASSWORD, "United States").mpa == {"United States": T0 + 3 * DAY}


REGIONS = {"ES": "Europe", "US": "United States", "JP": "Japan", "BR": "Brazil", "IN": "India",
           "AU": "Australia", "CA": "Canada", "SG": "Asia and Pacific", "MX": "Latin America and the Caribbean",
           "NZ": "New Zealand", "KR": "Korea, Republic of", "NG": "Africa"}


@pytest.mark.parametrize(("country", "region"), REGIONS.items())
def test_agreement_per_region(country: str, region: str) -> None:
    scenario = parse_scenario({
        "review_days": 0,
        "tenants": [{"domain": "reseller.onmicrosoft.com", "country": country, "users": [
            {"upn": "admin@reseller.onmicrosoft.com", "password": PASSWORD, "display_name": "A",
             "global_admin": True}]}],
        "pmc_accounts": [{"user": "pmc@reseller.example", "password": PASSWORD, "mpn_profiles": [
            {"mpn_id": "1000001", "company": "Reseller Ltd", "country": country, "active": True}]}],
        "providers": [], "customers": [],
    })
    pc = SandboxPartnerCenter(scenario, clock=lambda: T0)
    upn = "admin@reseller.onmicrosoft.com"
    pc.enroll(token(pc, upn), "1000001", spanish_fields(legal_name="Reseller Ltd", country=country,
                                                        contact_email="boss@reseller.example"))
    pc.open_link(pc.outbox()[0].links[0])
    assert status(pc, upn).state is State.APPROVED  # review_days 0: decided as soon as verified
    assert pc.partner_profile(token(pc, upn)).mpa == {region: None}
    others = [r for r in set(REGIONS.values()) if r != region]
    for other in others[:2]:
        raises_code(BackendError, "region_not_allowed", lambda: pc.accept_mpa(upn, PASSWORD, other))
    assert pc.accept_mpa(upn, PASSWORD, region).mpa == {region: T0}


# -- already enrolled in CSP -------------------------------------------------------------------------


def test_already_enrolled_tenant(pc: SandboxPartnerCenter) -> None:
    t = token(pc, GB_ADMIN)
    assert pc.is_enrolled(t) and pc.enrollment("northwinduk.onmicrosoft.com").status == "authorized"
    view = pc.enrollment_status(t)
    assert (view.state, view.vetting_status) == (State.APPROVED, VettingStatus.AUTHORIZED)
    assert [e.title for e in view.events] == ["Already enrolled in CSP"] and view.contact_email == ""
    profile = pc.partner_profile(t)
    assert (profile.account_type, profile.mpn_id, profile.legal_name, profile.country, profile.csp_regions) == (
        "partner_center", "6234567", "Northwind Traders Ltd", "GB", ("Europe",))
    assert profile.mpa == {"Europe": None}  # unsigned in the demo, so the agreement flow can be shown

    for bad in ({"support_phone": "+44 20 7946 0000"}, {"support_email": "help@northwind.co.uk"},
                {"support_email": "not-an-email", "support_phone": "+44 20 7946 0000"}):
        raises_code(BackendError, "invalid_profile", lambda: pc.update_support_profile(t, bad))
    assert pc.enrollment_status(t) == view

    support = pc.update_support_profile(t, {
        "support_email": " help@northwind.co.uk ", "support_phone": "+44 20 7946 0000",
        "support_website": "https://northwind.co.uk/help", "legal_name": "Ignored"})
    assert (support.support_email, support.support_phone, support.support_website, support.updated_at) == (
        "help@northwind.co.uk", "+44 20 7946 0000", "https://northwind.co.uk/help", T0)
    after = pc.enrollment_status(t)
    assert after.events[-1].title == "Customer support contact information updated"
    assert "help@northwind.co.uk" in after.events[-1].detail and after.events[-1].emailed_to is None
    assert pc.partner_profile(t).legal_name == "Northwind Traders Ltd" and pc.outbox() == []
    raises_code(BackendError, "already_enrolled", lambda: pc.enroll(t, "6234567", spanish_fields()))
    assert pc.accept_mpa(GB_ADMIN, PASSWORD, "Europe").mpa == {"Europe": T0}


def test_support_update_needs_a_ready_account(pc: SandboxPartnerCenter) -> None:
    fields = {"support_email": "soporte@contosoiberia.es", "support_phone": "+34 900 12 34 56"}
    raises_code(BackendError, "account_not_ready", lambda: pc.update_support_profile(token(pc), fields))
    enroll(pc)
    raises_code(BackendError, "account_not_ready", lambda: pc.update_support_profile(token(pc), fields))


def test_seeded_enrollment_without_an_mpn_id(demo: Scenario) -> None:
    data = demo.model_dump()
    del data["tenants"][2]["mpn_id"]
    pc = SandboxPartnerCenter(parse_scenario(data), clock=lambda: T0)
    profile = pc.partner_profile(token(pc, GB_ADMIN))
    assert (profile.mpn_id, profile.legal_name, profile.country, profile.account_type) == (
        None, "northwinduk", "GB", "partner_center")


# -- scenario keys -------------------------------------------------------------------------------------


def test_demo_keys_for_the_after_enrollment_paths(demo: Scenario) -> None:
    accounts = {a.user: a for a in demo.pmc_accounts}
    assert accounts["pmc@fabrikam.com"].migrated is False
    assert all(a.migrated for user, a in accounts.items() if user != "pmc@fabrikam.com")
    northwind = next(t for t in demo.tenants if t.domain == "northwinduk.onmicrosoft.com")
    assert northwind.csp_enrolled and northwind.mpn_id == "6234567"
    assert not any(u.admin_agent for t in demo.tenants for u in t.users)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["tenants"][0].update(mpn_id="4567890"), "tenants[0].mpn_id: only a tenant with csp_enrolled"),
        (lambda d: d["tenants"][2].update(mpn_id="1"), "tenants[2].mpn_id: unknown MPN ID '1'"),
        (lambda d: d["tenants"][2].update(mpn_id="4567890"), "tenants[2].mpn_id: MPN ID '4567890' is in ES"),
        (lambda d: d["tenants"][0]["users"][0].update(admin_agent="yes"), "admin_agent"),
        (lambda d: d["pmc_accounts"][0].update(migrated=1), "migrated"),
    ],
)
def test_bad_new_scenario_keys(demo: Scenario, change: Callable[[dict[str, Any]], None], message: str) -> None:
    data = copy.deepcopy(json.loads(demo.model_dump_json()))
    change(data)
    with pytest.raises(ScenarioError, match=message.replace("[", r"\[").replace("]", r"\]").replace("'", "'")):
        parse_scenario(data)


# -- persistence -----------------------------------------------------------------------------------------


def test_everything_survives_a_new_sandbox_on_the_same_file(demo: Scenario, tmp_path: Path) -> None:
    state = tmp_path / "after.sqlite"
    first = SandboxPartnerCenter(demo, state, clock=lambda: T0)
    verified(first)
    first.advance(DAY)
    before = status(first)
    first.close()

    second = SandboxPartnerCenter(demo, state, clock=lambda: T0)
    assert status(second) == before and before.sub_status is Sub.BUSINESS_VERIFICATION
    second.advance(2 * DAY)
    t = token(second)
    second.set_admin_agent(t, ES_ADMIN)
    second.accept_mpa(ES_ADMIN, PASSWORD, "Europe")
    mails = second.outbox()
    second.close()

    third = SandboxPartnerCenter(demo, state, clock=lambda: T0)
    t = token(third)
    assert third.now() == T0 + 3 * DAY and third.is_admin_agent(t)
    assert status(third).state is State.APPROVED and third.outbox() == mails
    assert third.partner_profile(t).mpa == {"Europe": T0 + 3 * DAY}
    link = mails[0].links[0]
    raises_code(BackendError, "link_used", lambda: third.open_link(link))
    third.close()


def test_file_and_memory_sandboxes_tell_the_same_story(demo: Scenario, tmp_path: Path) -> None:
    stories = []
    for path in (None, tmp_path / "story.sqlite"):
        pc = SandboxPartnerCenter(demo, path, clock=lambda: T0)
        verified(pc, city="Barcelona")
        pc.advance(4 * DAY)
        view = status(pc)
        stories.append([(e.at, e.state, e.sub_status, e.title, e.detail, e.emailed_to) for e in view.events])
        pc.close()
    assert stories[0] == stories[1] and stories[0][-1][1] is State.NEEDS_INFO
