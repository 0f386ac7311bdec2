"""The live status page's service, without Qt: the manual checklist's whole lifecycle (more information asked
and the correction, as often as Microsoft asks; approved or rejected) with its dates and audit trail,
which status reads call for a new sign-in, and which accounts count as the case's tenant."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from wizard.backends.base import BackendError
from wizard.backends.live.errors import LiveError, LiveSignInError
from wizard.secrets import SessionVault
from wizard.services import handoff
from wizard.services.case_session import CaseSession
from wizard.services.live_case import StatusRead
from wizard.services.live_status import ManualReview, same_tenant, sign_in_problem
from wizard.store.repository import Store

TODAY = date(2026, 4, 30)


@pytest.fixture
def session(tmp_path: Path):
    store = Store.open(tmp_path / "cases.sqlite")
    session = CaseSession(actor="tester")
    session.attach(store, None, SessionVault(), store.create_case("tester"))  # type: ignore[arg-type]
    session.set_values({"mode": "live", "work_account": "admin@contoso.es", "tenant_domain": "contoso.es",
                        "verified_domains": "contoso.es,contosoiberica.onmicrosoft.com",
                        "contact_email": "ana@contoso.es"})
    session.flush()
    handoff.Handoff(session).record_submitted(datetime(2026, 4, 1, 9, 0, tzinfo=UTC))
    yield session
    store.close()


def can(review: ManualReview) -> list[str]:
    return [what for what in ("email_confirmed", "needs_info", "corrected", "approved", "rejected")
            if review.can_record(what)]


def test_more_information_loops_through_the_review_and_a_rejection_ends_it(session) -> None:
    review = ManualReview(session)
    assert can(review) == ["email_confirmed"]
    review.record("email_confirmed", date(2026, 4, 2), TODAY)
    assert can(review) == ["needs_info", "approved", "rejected"]
    review.record("needs_info", date(2026, 4, 8), TODAY)
    assert session.status == "needs_info" and can(review) == ["corrected"] and review.done("needs_info")
    with pytest.raises(BackendError) as early:  # the correction can't come before Microsoft asked for it
        review.record("corrected", date(2026, 4, 7), TODAY)
    assert early.value.code == "date_too_early" and "2026-04-08" in early.value.message
    review.record("corrected", date(2026, 4, 10), TODAY)
    assert session.status == "in_review" and not review.done("needs_info") and review.done("corrected")
    review.record("needs_info", date(2026, 4, 15), TODAY)  # Microsoft asks a second time
    review.record("corrected", date(2026, 4, 16), TODAY)
    view = review.record("rejected", date(2026, 4, 20), TODAY)
    assert session.status == "rejected" and can(review) == [] and review.done("rejected")
    assert session.value("needs_info_on") == "2026-04-08,2026-04-15"
    assert session.store.get_case(session.case_id).fields["corrected_on"] == "2026-04-10,2026-04-16"
    assert [(str(e.state), e.at.date().isoformat()) for e in view.events] == [
        ("email_verification", "2026-04-01"), ("in_review", "2026-04-02"), ("needs_info", "2026-04-08"),
        ("in_review", "2026-04-10"), ("needs_info", "2026-04-15"), ("in_review", "2026-04-16"),
        ("rejected", "2026-04-20")]
    moves = [(e.detail["from"], e.detail["to"], e.detail["on"], e.detail["step"], e.actor)
             for e in session.store.audit(session.case_id) if e.action == "status"]
    assert moves == [("email_verification", "in_review", "2026-04-02", "email_confirmed", "tester"),
                     ("in_review", "needs_info", "2026-04-08", "needs_info", "tester"),
                     ("needs_info", "in_review", "2026-04-10", "corrected", "tester"),
                     ("in_review", "needs_info", "2026-04-15", "needs_info", "tester"),
                     ("needs_info", "in_review", "2026-04-16", "corrected", "tester"),
                     ("in_review", "rejected", "2026-04-20", "rejected", "tester")]


def test_steps_out_of_order_or_in_the_future_are_refused_and_change_nothing(session) -> None:
    review = ManualReview(session)
    for what in ("needs_info", "corrected", "approved", "rejected"):
        with pytest.raises(BackendError) as refused:
            review.record(what, date(2026, 4, 5), TODAY)
        assert refused.value.code == "not_next_step"
    with pytest.raises(BackendError) as future:
        review.record("email_confirmed", date(2026, 5, 1), TODAY)
    assert future.value.code == "future_date"
    review.record("email_confirmed", date(2026, 4, 2), TODAY)
    review.record("approved", date(2026, 4, 9), TODAY)
    with pytest.raises(BackendError):  # approved is final: no more information asked after it
        review.record("needs_info", date(2026, 4, 10), TODAY)
    assert session.status == "approved" and session.value("needs_info_on") == ""


@pytest.mark.parametrize(("read", "code"), [
    (StatusRead(manual=True, notice=LiveError("session_expired").message), "session_expired"),
    (StatusRead(manual=True, notice=LiveError("mfa_required").message), "mfa_required"),
    (StatusRead(manual=True, notice=LiveError("partner_center_refused").message), ""),
    (StatusRead(notice=LiveError("throttled").message, retry_after=60), ""),
    (StatusRead(state="in_review"), ""),
    (LiveSignInError("session_expired"), "session_expired"),
    (LiveError("network_error"), ""),
])
def test_only_an_expired_sign_in_or_mfa_calls_for_signing_in_again(read, code: str) -> None:
    assert sign_in_problem(read) == code


def test_the_case_s_tenant_is_its_account_s_else_its_verified_domains(session) -> None:
    assert same_tenant(session, "ana@contosoiberica.onmicrosoft.com", "any")  # no tenant ID kept: the domains
    assert same_tenant(session, "Admin@Contoso.ES", "any")
    assert not same_tenant(session, "admin@fabrikam.fr", "any")
    session.set_values({"live_home_account": "0000aaaa-oid.7f3c9a55-tenant"})
    assert same_tenant(session, "someone@fabrikam.fr", "7f3c9a55-tenant")  # the tenant ID decides
    assert not same_tenant(session, "admin@contoso.es", "another-tenant")
