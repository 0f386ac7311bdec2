"""100,000-character values, control characters, NUL bytes, right-to-left and combining text in every
field: a clear message next to the field (never a traceback), nothing typed is lost, the store gives
back exactly what it kept, and the work per paste does not grow with the value (no revalidation loop)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from tests.gui.driver import PASSWORD, WizardDriver
from tests.hostile import flows
from tests.hostile.profiles import examples
from wizard.domain import rules
from wizard.domain.fields import CONTACT_FIELDS, LEGAL_FIELDS, SUPPORT_FIELDS
from wizard.store.repository import Store

EXTREME = {
    "100,000 characters": ("x" * 100_000, "too_long"),
    "100,000 right-to-left characters": ("\u05d0" * 100_000, "too_long"),
    "control characters": ("Fer\x01n\x1b[31mández", "invalid_characters"),
    "a NUL byte": ("Fernán\x00dez", "invalid_characters"),
    "a right-to-left override": ("Contoso \u202egnp.exe", "invalid_characters"),
    "Arabic, right to left": ("شركة كونتوسو", None),
    "combining accents": ("Ferna\u0301ndez Nu\u0303n\u0303ez", None),
    "stacked combining marks": ("Z\u0337\u0322a\u0336l\u0338g\u0335o\u0335", None),
}
TEXT_FIELDS = tuple(f for f in LEGAL_FIELDS + CONTACT_FIELDS + SUPPORT_FIELDS if f != "country")
FORMAT_FIELDS = {"postal_code", "contact_email", "contact_phone", "support_email", "support_phone", "support_website"}


@pytest.fixture
def validations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts rules.validate calls, so a test can tell one paste from a loop re-validating per character."""
    calls = [0]
    real = rules.validate

    def counting(*args, **kwargs):
        calls[0] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(rules, "validate", counting)
    return calls


def test_extreme_values_in_every_field_get_a_message_and_are_kept(driver: WizardDriver, validations) -> None:
    driver.to_legal_profile()
    session = driver.instance.session
    for field in TEXT_FIELDS:
        for what, (text, code) in EXTREME.items():
            before = validations[0]
            flows.paste(driver, field, text)
            message = driver.error(field)
            label = driver.widget(f"{field}_error", QLabel)
            if code is not None or field in FORMAT_FIELDS:
                assert message, f"{field} with {what}: no message"
            if code == "too_long":
                limit = QLocale().toString(rules.MAX_LENGTHS[field])  # numbers follow the UI locale
                assert limit in message, (field, what, message)
            if code == "invalid_characters":
                assert "character" in message.lower(), (field, what, message)
            assert "Traceback" not in message and len(message) < 600, (field, what, message[:200])
            assert not flows.shows_rich_text(label)
            assert driver.edit(field).text() == text, f"{field} lost what was pasted ({what})"
            assert session.value(field) == text
            assert validations[0] - before <= 20, f"{field} with {what}: {validations[0] - before} validations"
        session.flush()
        stored = driver.instance.services.store.get_case(session.case_id).fields
        assert stored[field] == text, f"{field}: the store changed the value"


def test_extreme_sign_in_values_get_a_message(driver: WizardDriver) -> None:
    driver.next()
    for upn in ("a" * 100_000 + "@contoso.onmicrosoft.com", "admin\x00@contosoiberia.onmicrosoft.com",
                "\u202eadmin@contosoiberia.onmicrosoft.com"):
        driver.type("work_account", "", leave=False)
        flows.paste(driver, "work_account", upn)
        flows.paste(driver, "password", PASSWORD + "\x00" * 3)
        driver.click("sign_in_button")
        driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)
        driver.qtbot.waitUntil(lambda: bool(driver.error("work_account") or driver.error("password")), timeout=15000)
        shown = driver.error("work_account") or driver.error("password")
        assert "Traceback" not in shown and len(shown) < 600
        assert driver.edit("work_account").text() == upn
        assert not driver.instance.session.signed_in


# ----- the store ---------------------------------------------------------------------------------------
_STORABLE = st.text(st.characters(exclude_categories=("Cs",)), max_size=200)  # lone surrogates aren't text


@examples(50)
@given(values=st.dictionaries(st.sampled_from(TEXT_FIELDS), st.one_of(
    _STORABLE, st.sampled_from([text for text, _code in EXTREME.values()]))))
def test_sqlite_store_round_trips_any_text(tmp_path_factory, values) -> None:
    store = _sqlite(tmp_path_factory)
    case_id = store.create_case("ana\x00<b>")
    store.save_fields(case_id, values)
    assert {k: v for k, v in store.get_case(case_id).fields.items() if k in values} == values
    store.add_audit(case_id, "ana", "note", {"text": "\x00".join(values.values())})
    assert store.audit(case_id)[-1].detail == {"text": "\x00".join(values.values())}


_STORES: dict[str, Store] = {}


def _sqlite(factory) -> Store:
    if "sqlite" not in _STORES:
        _STORES["sqlite"] = Store.open(factory.mktemp("store") / "hostile.sqlite")
    return _STORES["sqlite"]


@pytest.fixture(scope="module", autouse=True)
def _close_stores():
    yield
    for store in _STORES.values():
        store.close()
    _STORES.clear()


def test_a_lone_surrogate_is_refused_with_a_value_error_not_stored_half(tmp_path) -> None:
    with Store.open(tmp_path / "s.sqlite") as store:
        case_id = store.create_case("ana")
        with pytest.raises(ValueError):
            store.save_fields(case_id, {"legal_name": "Contoso", "city": "\ud800"})
        assert "legal_name" not in store.get_case(case_id).fields  # all or nothing


def test_postgresql_store_round_trips_nul_bytes_and_extreme_text(postgres_url) -> None:
    store = Store.open(postgres_url)
    try:
        case_id = store.create_case("ana")
        values = {"legal_name": "Fernán\x00dez", "city": "\u05d0" * 100_000, "state": "Z\u0337a\u0336",
                  "address_line1": "\x01\x1b[31m<b>x</b>", "address_line2": "\x00"}
        store.save_fields(case_id, values)
        fields = store.get_case(case_id).fields
        assert {k: fields[k] for k in values} == values
        store.add_audit(case_id, "ana", "note", {"text": "a\x00b"})
        assert store.audit(case_id)[-1].detail == {"text": "a\x00b"}
    finally:
        store.close()


def test_a_staff_name_with_control_characters_is_recorded_without_them() -> None:
    """The staff name is every audit entry's actor: a pasted NUL or escape sequence must not reach it."""
    from wizard.settings import save_staff_name, staff_name

    save_staff_name("  Ana\x00 Pérez\x1b[2J <b>x</b>\u202e ")
    assert staff_name() == "Ana Pérez[2J <b>x</b>"


@pytest.mark.parametrize("command", [["cases"], ["status", "1"]])
def test_the_command_line_prints_control_characters_as_escapes(tmp_path, capsys, command) -> None:
    """A case value (typed, or from someone's handover packet) can't send escape sequences to a terminal."""
    from wizard.cli import main

    database = tmp_path / "db.sqlite"
    with Store.open(database) as store:
        case_id = store.create_case("ana")
        store.save_fields(case_id, {"legal_name": "Evil\x1b[2J\x1b]0;title\x07 \u202eCorp\x9b"})
    assert main(["--database", str(database), *command]) == 0
    out, err = capsys.readouterr()
    assert "Evil" in out and not any(ch in out + err for ch in "\x1b\x07\u202e\x9b")
    assert "\\x1b[2J" in out


def test_a_kept_100_000_character_value_opens_in_the_case_list_audit_and_notes(driver: WizardDriver) -> None:
    """Too long to submit, but kept as typed: every window that shows the company copes with it."""
    driver.to_legal_profile()
    text = "Contoso " + "\u05d0\u0301" * 50_000
    flows.paste(driver, "legal_name", text)
    driver.instance.session.flush()
    cases, audit, notes = flows.open_case_windows(driver)
    assert text in flows.table_texts(cases.view)
    assert audit is not None and audit.isVisible() and notes is not None and notes.isVisible()
    assert driver.instance.services.store.get_case(driver.instance.session.case_id).fields["legal_name"] == text
