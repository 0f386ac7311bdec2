"""The enrollment service without Qt: sign in, choose a profile, prefill, enroll, secrets in the vault only."""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.backends.base import BackendError
from wizard.backends.sandbox import SandboxPartnerCenter
from wizard.backends.sandbox.scenario import demo_scenario_path, load_scenario
from wizard.secrets import SessionVault
from wizard.services.case_session import CaseSession
from wizard.store.repository import Store

PASSWORD = "Sandbox!2026"


@pytest.fixture
def session(tmp_path: Path):
    store = Store.open(tmp_path / "w.sqlite")
    backend = SandboxPartnerCenter(load_scenario(demo_scenario_path()), tmp_path / "sandbox.sqlite")
    session = CaseSession(actor="tester")
    session.attach(store, backend, SessionVault(), store.create_case("tester"))
    yield session
    store.close()
    backend.close()


def test_sign_in_keeps_the_token_in_the_vault_and_never_in_the_database(session, tmp_path) -> None:
    session.sign_in("ADMIN@contosoiberia.onmicrosoft.com", PASSWORD)
    assert session.signed_in and session.value("tenant_country") == "ES"
    token = session.vault.get(f"case-{session.case_id}/session")
    assert token
    session.store.close()
    for path in tmp_path.glob("w.sqlite*"):
        data = path.read_bytes()
        assert token.encode() not in data and PASSWORD.encode() not in data


def test_choosing_a_profile_prefills_only_untouched_fields(session) -> None:
    session.sign_in("admin@contosoiberia.onmicrosoft.com", PASSWORD)
    profiles = {p.mpn_id: p for p in session.pmc_sign_in("pmc@contosoiberia.es", PASSWORD)}
    session.choose_profile(profiles["4567890"])
    assert session.value("legal_name") == "Contoso Iberia S.L." and session.value("city") == "Madrid"
    session.set_value("city", "Alcobendas")  # the user corrected it
    session.choose_profile(profiles["4567892"])
    assert session.value("legal_name") == "Contoso Canarias S.L."  # untouched: follows the new profile
    assert session.value("city") == "Alcobendas"  # edited: kept


def test_enroll_records_the_submission(session) -> None:
    session.sign_in("admin@contosoiberia.onmicrosoft.com", PASSWORD)
    profiles = {p.mpn_id: p for p in session.pmc_sign_in("pmc@contosoiberia.es", PASSWORD)}
    session.choose_profile(profiles["4567890"])
    session.set_values({
        "contact_first_name": "Lucía", "contact_last_name": "Fernández", "contact_email": "lucia@contoso-iberia.es",
        "contact_phone": "+34612345678", "support_email": "soporte@contoso-iberia.es", "support_phone": "+34900123456",
    })
    assert session.problems() == []
    receipt = session.enroll()
    case = session.store.get_case(session.case_id)
    assert case.status == "email_verification" and case.enrollment_id == receipt.enrollment_id
    assert session.backend.outbox()[-1].to == "lucia@contoso-iberia.es"


def test_enroll_without_a_session_token_asks_to_sign_in_again(session) -> None:
    with pytest.raises(BackendError) as raised:
        session.enroll()
    assert raised.value.code == "session_expired"


def test_a_failed_save_keeps_the_values_pending(session, monkeypatch) -> None:
    session.set_value("city", "Sevilla")

    def broken(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(session.store, "save_fields", broken)
    with pytest.raises(OSError):
        session.flush()
    assert session.has_unsaved()
    monkeypatch.undo()
    assert session.flush() == 1
    assert session.store.get_case(session.case_id).fields["city"] == "Sevilla"
