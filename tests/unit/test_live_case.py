"""Live cases without Qt (issue 15): the live settings, the hand-off's values and web acts, recording the
submission, and the manual status checklist through the same lifecycle and audit trail as the sandbox."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from wizard import settings
from wizard.app.startup import live_case_of
from wizard.backends.base import BackendError
from wizard.backends.sandbox import SandboxPartnerCenter
from wizard.backends.sandbox.scenario import demo_scenario_path, load_scenario
from wizard.secrets import SessionVault
from wizard.services import handoff
from wizard.services.case_session import CaseSession
from wizard.services.manual_status import ManualStatus
from wizard.store.repository import Store

LIVE_ENV = ("WIZARD_LIVE_CLIENT_ID", "WIZARD_LIVE_AUTHORITY", "WIZARD_GRAPH_URL", "WIZARD_PARTNER_CENTER_URL")

VALUES = {
    "work_account": "admin@contoso.es", "mpn_id": "4567890", "legal_name": "Contoso Iberia S.L.",
    "address_line1": "Calle Mayor 1", "city": "Madrid", "postal_code": "28013", "country": "ES",
    "contact_first_name": "Lucía", "contact_last_name": "Fernández", "contact_email": "lucia@contoso.es",
    "contact_phone": "+34612345678", "support_email": "soporte@contoso.es", "support_phone": "+34900123456",
    "tenant_country": "ES", "mode": "live",
}


@pytest.fixture
def no_live_env(monkeypatch):
    for name in LIVE_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def session(tmp_path: Path):
    store = Store.open(tmp_path / "w.sqlite")
    backend = SandboxPartnerCenter(load_scenario(demo_scenario_path()), tmp_path / "sandbox.sqlite")
    session = CaseSession(actor="tester", live_factory=live_case_of)
    session.attach(store, backend, SessionVault(), store.create_case("tester"))
    session.set_values(VALUES)
    session.flush()
    yield session
    store.close()
    backend.close()


# -- settings ---------------------------------------------------------------------------------------


def test_live_settings_default_then_preferences_then_the_environment_wins(no_live_env, monkeypatch) -> None:
    config = settings.live_config()
    assert not config.has_client_id and config.from_env == frozenset()
    assert config.authority == "https://login.microsoftonline.com/organizations"
    assert config.graph_url == "https://graph.microsoft.com/v1.0"
    assert config.partner_center_url == "https://api.partnercenter.microsoft.com/v1"

    settings.save_live_settings({"live_client_id": " 11111111-2222-3333-4444-555555555555 ",
                                 "graph_url": "https://graph.example/v1.0", "password": "never saved"})
    saved = json.loads(settings.preferences_path().read_text(encoding="utf-8"))
    assert "password" not in saved
    config = settings.live_config()
    assert config.client_id == "11111111-2222-3333-4444-555555555555" and config.graph_url == "https://graph.example/v1.0"

    monkeypatch.setenv("WIZARD_LIVE_CLIENT_ID", "from-the-environment")
    monkeypatch.setenv("WIZARD_PARTNER_CENTER_URL", "https://127.0.0.1:8443/v1")
    config = settings.live_config()
    assert config.client_id == "from-the-environment" and config.partner_center_url == "https://127.0.0.1:8443/v1"
    assert config.from_env == {"live_client_id", "partner_center_url"}
    assert config.value("graph_url") == "https://graph.example/v1.0"  # not in the environment: Settings'

    settings.save_live_settings({"graph_url": ""})  # emptied in Settings: back to the default
    assert settings.live_config().graph_url == "https://graph.microsoft.com/v1.0"


# -- the hand-off's content -----------------------------------------------------------------------------


def test_the_hand_off_lists_every_value_in_the_portals_order() -> None:
    sections = handoff.sections(VALUES)
    assert [str(section.title) for section in sections] == [
        "Sign in", "Legal business profile", "Primary contact", "Customer support details", "Partner ID"]
    keys = [value.key for value in handoff.values_in_order(VALUES)]
    assert keys == ["work_account", "country", "legal_name", "address_line1", "city", "postal_code",
                    "contact_first_name", "contact_last_name", "contact_email", "contact_phone",
                    "support_email", "support_phone", "mpn_id"]  # empty optional values have nothing to copy
    by_key = {value.key: value for value in handoff.values_in_order(VALUES)}
    assert by_key["mpn_id"].value == "4567890" and "Partner ID" in by_key["mpn_id"].label
    # The seed's note: a tenant already in CSP gives only its customer support details.
    enrolled = handoff.sections(VALUES, already_enrolled=True)
    assert [str(section.title) for section in enrolled] == ["Sign in", "Customer support details"]


def test_the_web_only_acts_link_the_official_pages() -> None:
    acts = {act.key: act for act in handoff.web_acts(VALUES)}
    assert list(acts) == ["sign_up", "admin_agent", "mpa", "find_provider", "authorize_provider"]
    assert acts["sign_up"].url == (
        "https://partnercenter.microsoft.com/pcv/register/joinnow/enrollmentwelcome/valueaddedreseller")
    assert acts["mpa"].url == "https://partner.microsoft.com/pcv/dashboard/overview"
    assert "Europe" in acts["mpa"].how  # the case's CSP region is named
    assert "User management" in acts["admin_agent"].how
    assert acts["find_provider"].url == "https://partnercenter.microsoft.com/partner/find-a-provider"
    assert "Authorize indirect provider" in acts["authorize_provider"].how
    assert handoff.NEW_WORK_ACCOUNT_URL == "https://signup.microsoft.com/"
    assert all(act.url.startswith("https://") for act in acts.values())


def test_i_have_submitted_it_is_audited_and_moves_the_case_on(session) -> None:
    at = handoff.Handoff(session).record_submitted(datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    assert session.status == "email_verification" and session.submitted
    record = session.store.get_case(session.case_id)
    assert record.status == "email_verification"
    entries = session.store.audit(session.case_id)
    submitted = [entry for entry in entries if entry.action == handoff.SUBMITTED_ACTION]
    assert len(submitted) == 1 and submitted[0].actor == "tester"
    assert submitted[0].detail["at"] == "2026-03-02T09:30:00+00:00" and submitted[0].detail["by"] == "tester"
    assert any(entry.action == "submission" for entry in entries)
    assert session.store.get_case(session.case_id).fields[handoff.SUBMITTED_AT] == at.isoformat(timespec="seconds")


def test_the_live_sign_in_without_a_client_id_says_what_to_do(session, monkeypatch) -> None:
    monkeypatch.delenv("WIZARD_LIVE_CLIENT_ID", raising=False)
    with pytest.raises(BackendError) as raised:  # refused before anything reaches the network
        session.live_sign_in()
    assert raised.value.code == "not_configured" and raised.value.message


# -- the manual status checklist ----------------------------------------------------------------------------


def test_the_manual_checklist_walks_the_lifecycle_in_order_with_dates(session) -> None:
    handoff.Handoff(session).record_submitted(datetime(2026, 3, 2, 9, 30, tzinfo=UTC))
    manual = ManualStatus(session)
    today = date(2026, 3, 20)
    assert manual.can_record("email_confirmed") and not manual.can_record("approved")
    with pytest.raises(BackendError):  # out of order
        manual.record("approved", date(2026, 3, 5), today)
    with pytest.raises(BackendError):  # before the submission
        manual.record("email_confirmed", date(2026, 3, 1), today)
    with pytest.raises(BackendError):  # in the future
        manual.record("email_confirmed", date(2026, 3, 21), today)
    view = manual.record("email_confirmed", date(2026, 3, 3), today)
    assert session.status == "in_review" and str(view.state) == "in_review"
    with pytest.raises(BackendError):  # approved before the email was confirmed
        manual.record("approved", date(2026, 3, 2), today)
    view = manual.record("approved", date(2026, 3, 10), today)
    assert session.status == "approved" and session.store.get_case(session.case_id).status == "approved"
    assert [str(event.state) for event in view.events] == ["email_verification", "in_review", "approved"]
    assert [event.at.date() for event in view.events] == [date(2026, 3, 2), date(2026, 3, 3), date(2026, 3, 10)]
    moves = [(e.detail["from"], e.detail["to"], e.detail["on"], e.actor)
             for e in session.store.audit(session.case_id) if e.action == "status"]
    assert moves == [("email_verification", "in_review", "2026-03-03", "tester"),
                     ("in_review", "approved", "2026-03-10", "tester")]
    assert not manual.can_record("approved")
