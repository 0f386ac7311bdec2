"""The typed case (wizard/domain/case.py): the stored flat values read into named fields and typed flags."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wizard.domain.case import LEARNT_KEYS, Case, Learnt


def test_stored_values_become_named_typed_attributes() -> None:
    stored = {
        "legal_name": "Contoso Iberia S.L.", "work_account": "admin@contoso.onmicrosoft.com", "tenant_country": "ES",
        "tenant_domain": "contoso.onmicrosoft.com", "mpn_active": "1", "mpn_country": "ES", "already_enrolled": "",
        "events_recorded": "4", "prefill.legal_name": "Contoso", "enrollment_id": "ENR-1", "unknown_key": "x",
    }
    case = Case.from_values(stored, status="in_review", step="status", id=7)
    assert case.fields == {"legal_name": "Contoso Iberia S.L.", "work_account": "admin@contoso.onmicrosoft.com",
                           "tenant_country": "ES"}
    assert case.learnt.mpn_active is True and case.learnt.already_enrolled is False
    assert case.learnt.events_recorded == 4 and case.learnt.enrollment_id == "ENR-1"
    assert case.prefilled == {"legal_name": "Contoso"}
    assert (case.status, case.step, case.id, case.signed_in, case.submitted) == ("in_review", "status", 7, True, True)


def test_learnt_writes_back_its_stored_form() -> None:
    learnt = Learnt(tenant_domain="x.onmicrosoft.com", mpn_active=True, already_enrolled=False, events_recorded=3)
    values = learnt.to_values()
    assert values["mpn_active"] == "1" and values["already_enrolled"] == "" and values["events_recorded"] == "3"
    assert set(values) == LEARNT_KEYS and Learnt.from_values(values) == learnt


def test_damaged_stored_values_read_as_defaults() -> None:
    case = Case.from_values({"events_recorded": "lots", "mpn_active": "yes", "mode": "moon"})
    assert case.learnt.events_recorded == 0 and case.learnt.mpn_active is False and case.mode == "sandbox"


@given(st.dictionaries(st.text(max_size=20), st.text(max_size=20), max_size=30))
def test_any_stored_values_read_without_error(values: dict[str, str]) -> None:
    case = Case.from_values(values)
    assert Learnt.from_values(case.learnt.to_values()) == case.learnt


def test_the_draft_gives_back_what_a_failed_write_took() -> None:
    from wizard.services.draft import CaseDraft

    draft = CaseDraft({"city": "Madrid"})
    assert draft.set_value("city", "Sevilla") and not draft.set_value("city", "Sevilla")
    taken = draft.take_unsaved()
    assert taken == {"city": "Sevilla"} and not draft.has_unsaved()
    draft.keep_unsaved(taken)  # the write failed
    assert draft.unsaved_values() == {"city": "Sevilla"}
    draft.adopt({"city": "Bilbao", "legal_name": "Contoso"})  # stored values never replace unsaved edits
    assert draft.snapshot() == {"city": "Sevilla", "legal_name": "Contoso"}
    assert draft.case("draft", "welcome", None).value("legal_name") == "Contoso"
