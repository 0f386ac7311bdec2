"""A live case against the fake Microsoft, without Qt: what the sign-in and the checks write into the case,
the prefill, the hidden country, and the status read from Partner Center (or the manual checklist)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.live.fake_microsoft import USER_ADMIN, role
from tests.live.helpers import device_sign_in, live_session
from wizard.secrets import SessionVault
from wizard.services.case_session import CaseSession
from wizard.services.live_case import LiveCase
from wizard.store.repository import Store


@pytest.fixture
def case(tmp_path: Path, fake, data_dir):
    fake.state.device_interval = 0
    store = Store.open(tmp_path / "cases.sqlite")
    session = CaseSession(actor="tester")
    session.attach(store, None, SessionVault(), store.create_case("tester"))  # type: ignore[arg-type]
    live, sleeps = live_session(data_dir)
    yield LiveCase(session, live), session, store
    live.close()
    store.close()


def test_an_admin_is_signed_in_with_the_tenant_country_and_the_profile_prefilled(fake, case) -> None:
    live_case, session, store = case
    device_sign_in(live_case.live)
    report = live_case.check()
    assert report.ok
    assert session.signed_in and session.value("tenant_country") == "ES"
    assert session.value("work_account") == "admin@contoso.es" and session.value("tenant_domain") == "contoso.es"
    assert session.value("account_display_name") == "Ana García"  # Graph's name for the user, not the UPN
    assert session.value("legal_name") == "Contoso Ibérica S.L." and session.value("postal_code") == "28013"
    stored = store.get_case(session.case_id)
    assert stored.fields["legal_name"] == "Contoso Ibérica S.L."
    assert [e.action for e in store.audit(session.case_id)][-1] == "sign_in"
    for issued in fake.state.issued:  # no token, code or id token reaches the case database
        assert all(issued not in value for value in stored.fields.values())


def test_the_prefill_never_replaces_what_the_user_typed(fake, case) -> None:
    live_case, session, _ = case
    session.set_values({"legal_name": "Contoso Iberia (typed)"})
    device_sign_in(live_case.live)
    live_case.check()
    assert session.value("legal_name") == "Contoso Iberia (typed)" and session.value("city") == "Madrid"


def test_a_non_admin_is_not_signed_in(fake, case) -> None:
    live_case, session, _ = case
    fake.state.user().roles = [role("User Administrator", USER_ADMIN)]
    device_sign_in(live_case.live)
    report = live_case.check()
    assert [p.code for p in report.problems] == ["not_global_admin"]
    assert not session.signed_in and session.value("legal_name") == ""


def test_a_hidden_country_is_asked_for(fake, case) -> None:
    live_case, session, _ = case
    fake.state.organization["countryLetterCode"] = None
    device_sign_in(live_case.live)
    report = live_case.check()
    assert "country_unknown" in [p.code for p in report.problems]
    assert not session.signed_in  # the flow's sign-in gate waits for the country
    live_case.choose_country("es")
    assert session.signed_in and session.value("tenant_country") == "ES"
    assert session.value("country") == "ES"  # the legal address's country follows, where it was empty


def test_emails_outside_the_verified_domains_are_problems_on_their_fields(fake, case) -> None:
    live_case, session, _ = case
    session.set_values({"mode": "live", "contact_email": "ana@contoso-mail.com", "support_email": "help@contoso.es"})
    device_sign_in(live_case.live)
    report = live_case.check()
    assert [p.code for p in report.problems] == ["unverified_domain"]
    # The tenant's domains are kept with the case: the rules put the problem on its field.
    found = session.problems(only=["contact_email", "support_email"])
    assert [(p.field, p.code) for p in found] == [("contact_email", "unverified_domain")]


def test_status_follows_partner_center_from_pending_to_authorized(fake, case) -> None:
    live_case, session, store = case
    device_sign_in(live_case.live)
    live_case.check()
    session.writer.mark_submitted("")  # "I have submitted it"
    session.status = "email_verification"
    fake.state.legal_business["vettingSubStatus"] = "BusinessVerification"
    assert live_case.read_status().state == "in_review" and session.status == "in_review"
    fake.state.legal_business.update(vettingStatus="Authorized", vettingSubStatus="Decision")
    assert live_case.read_status().state == "approved"
    assert store.get_case(session.case_id).status == "approved"
    moves = [(e.detail.get("from"), e.detail.get("to")) for e in store.audit(session.case_id) if e.action == "status"]
    assert moves[-2:] == [("email_verification", "in_review"), ("in_review", "approved")]


@pytest.mark.parametrize(("status", "code"), [(403, 800016), (401, 900421)])
def test_a_refusal_or_missing_mfa_switches_to_the_manual_checklist(fake, case, status: int, code: int) -> None:
    live_case, session, _ = case
    device_sign_in(live_case.live)
    fake.state.fail("/pc/v1/profiles/legalbusiness", status, times=5, code=code)
    read = live_case.read_status()
    assert read.manual and read.state is None and read.notice
    assert session.status == "draft"


def test_throttling_keeps_polling_later(fake, case) -> None:
    live_case, _, _ = case
    device_sign_in(live_case.live)
    fake.state.fail("/pc/v1/profiles/legalbusiness", 429, times=10, retry_after="600")
    read = live_case.read_status()
    assert not read.manual and read.retry_after and read.retry_after >= 600
