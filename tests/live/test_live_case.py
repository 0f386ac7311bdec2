"""A live case against the fake Microsoft, without Qt: what the sign-in and the checks write into the case,
the prefill, the hidden country, and the status read from Partner Center (or the manual checklist)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.live.fake_microsoft import USER_ADMIN, role
from tests.live.helpers import device_sign_in, live_session
from wizard.secrets import SessionVault
from wizard.services.case_session import CaseSession
from wizard.services.live_case import LiveCase, SignInState
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


def test_cases_sharing_the_cache_on_disk_keep_their_own_account_when_reopened(tmp_path, fake, data_dir) -> None:
    """Two customers' cases on one computer: each case remembers its account (no secret), so a reopened case
    works as its own account, and a case never signed in works as no one's."""
    from tests.live.test_accounts import add_fabrikam_admin, file_cache
    from wizard.services.live_case import HOME_ACCOUNT

    fake.state.device_interval = 0
    add_fabrikam_admin(fake)
    store = Store.open(tmp_path / "shared.sqlite")

    def live_case_of(case_id: int, values: dict[str, str] | None = None) -> LiveCase:
        session = CaseSession(actor="tester", values=dict(values or {}))
        session.attach(store, None, SessionVault(), case_id)  # type: ignore[arg-type]
        return LiveCase(session, live_session(data_dir, cache=file_cache(data_dir))[0])

    first, second = live_case_of(store.create_case("tester")), live_case_of(store.create_case("tester"))
    device_sign_in(first.live)
    first.check()
    fake.state.signed_in = "zed@fabrikam.pt"
    device_sign_in(second.live)
    assert second.check().user == "zed@fabrikam.pt" and second.session.value("tenant_country") == "PT"
    assert first.check().user == "admin@contoso.es" and first.session.value("tenant_country") == "ES"
    kept = {case.session.case_id: store.get_case(case.session.case_id).fields for case in (first, second)}
    assert kept[first.session.case_id][HOME_ACCOUNT] == first.live.home_account_id
    assert kept[second.session.case_id][HOME_ACCOUNT].endswith("." + fake.state.users["zed@fabrikam.pt"].tenant_id)

    for case in (first, second):  # reopened (a new session, the same cache file)
        reopened = live_case_of(case.session.case_id, kept[case.session.case_id])
        assert reopened.sign_in_state().account.username == case.session.value("work_account")
        assert reopened.check().user == case.session.value("work_account")
    new = live_case_of(store.create_case("tester"))
    assert new.sign_in_state().account is None and new.sign_in_state().cached
    assert not new.check().global_admin  # no one's tokens: the checks can't read Microsoft
    store.close()


def test_a_non_admin_keeps_the_account_for_sign_out(fake, case) -> None:
    live_case, session, _ = case
    fake.state.user().roles = [role("User Administrator", USER_ADMIN)]
    device_sign_in(live_case.live)
    live_case.check()
    assert not session.signed_in  # the flow's gate stays closed...
    assert live_case.sign_in_state().account.username == "admin@contoso.es"  # ...but the sign-in is kept
    live_case.sign_out()
    assert live_case.sign_in_state() == SignInState(account=None, cached=False)


def test_an_approved_legal_profile_is_not_taken_for_a_csp_enrollment_until_the_partner_says_so(fake, case) -> None:
    """Partner Center's vetting covers every program: only the partner can say the company is a CSP reseller."""
    live_case, session, store = case
    fake.state.legal_business.update(vettingStatus="Authorized", vettingSubStatus="Decision")
    device_sign_in(live_case.live)
    live_case.check()
    assert session.value("live_profile_vetted") == "1" and not session.case().already_enrolled
    live_case.confirm_enrolled(True)
    assert session.case().already_enrolled
    assert [e.detail for e in store.audit(session.case_id) if e.action == "already_enrolled"] == [{"confirmed": True}]
    live_case.confirm_enrolled(False)
    assert not session.case().already_enrolled


def test_without_an_approved_profile_the_company_cant_be_said_enrolled(fake, case) -> None:
    live_case, session, _ = case
    device_sign_in(live_case.live)
    live_case.check()  # Pending (EmailOwnership): not vetted
    live_case.confirm_enrolled(True)
    assert not session.case().already_enrolled


def test_the_partner_id_partner_center_has_linked_is_prefilled_where_the_case_has_none(fake, case) -> None:
    live_case, session, _ = case
    device_sign_in(live_case.live)
    live_case.check()
    assert session.value("mpn_id") == "6123456" and session.value("prefill.mpn_id") == "6123456"


def test_no_partner_id_is_prefilled_over_a_typed_one_or_when_none_is_linked(fake, case) -> None:
    live_case, session, _ = case
    session.set_values({"mpn_id": "7654321"})
    device_sign_in(live_case.live)
    live_case.check()
    assert session.value("mpn_id") == "7654321"
    session.set_values({"mpn_id": ""})
    fake.state.mpn_id = None  # Partner Center knows the account but has no Partner ID linked (404)
    live_case.check()
    assert session.value("mpn_id") == ""


def said_already_enrolled(fake, live_case: LiveCase) -> None:
    """Signed in to a tenant with an approved legal profile, and the partner said it is already a CSP reseller."""
    fake.state.legal_business.update(vettingStatus="Authorized", vettingSubStatus="Decision")
    device_sign_in(live_case.live)
    live_case.check()
    live_case.confirm_enrolled(True)


def test_another_tenant_signing_in_leaves_the_last_tenants_answers_behind(fake, case) -> None:
    """The already-enrolled answer and untouched prefilled values belonged to the last tenant; typed ones stay."""
    from tests.live.test_accounts import add_fabrikam_admin

    live_case, session, _ = case
    said_already_enrolled(fake, live_case)
    session.set_values({"contact_email": "ana@contoso.es"})  # typed
    assert session.value("mpn_id") == "6123456" and session.value("legal_name") == "Contoso Ibérica S.L."
    add_fabrikam_admin(fake)
    fake.state.signed_in = "zed@fabrikam.pt"
    fake.state.legal_business.update(vettingStatus="Pending", vettingSubStatus="EmailOwnership")
    fake.state.mpn_id = None
    device_sign_in(live_case.live)
    live_case.check()
    assert not session.case().already_enrolled and session.value("live_profile_vetted") == ""
    assert session.value("mpn_id") == "" and session.value("legal_name") == "Fabrikam Portugal Lda."
    assert session.value("contact_email") == "ana@contoso.es"


def test_partner_center_not_answering_leaves_the_already_enrolled_answer_as_it_was(fake, case) -> None:
    live_case, session, _ = case
    said_already_enrolled(fake, live_case)
    fake.state.fail("/pc/v1/profiles/legalbusiness", 503, times=100)
    report = live_case.check()
    assert report.vetting is None
    assert session.case().already_enrolled and session.value("live_profile_vetted") == "1"
