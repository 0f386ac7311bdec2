"""Answers files: JSON and TOML, every kind of problem listed, validate, save/load round trip, --answers."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import wizard.gui
from wizard import cli
from wizard.cli import main
from wizard.services.answers import (
    ANSWER_KEYS,
    GROUPS,
    AnswersInvalid,
    apply_answers,
    load_answers,
    save_answers,
    to_toml,
)
from wizard.store.repository import Store

VALID = {
    "work_account": "admin@contosoiberia.onmicrosoft.com",
    "mpn_id": "4567890",
    "legal_name": "Contoso Iberia S.L.",
    "address_line1": "Paseo de la Castellana 95",
    "city": "Madrid",
    "postal_code": "28046",
    "country": "ES",
    "contact_first_name": "Lucía",
    "contact_email": "lucia@contoso-iberia.es",
    "support_phone": "900 123 456",
    "tenant_country": "ES",
    "pmc_user": "pmc@contosoiberia.es",
}

TOML = '''
work_account = "admin@contosoiberia.onmicrosoft.com"
mpn_id = "4567890"
tenant_country = "ES"
pmc_user = "pmc@contosoiberia.es"

[legal_profile]
legal_name = "Contoso Iberia S.L."
address_line1 = "Paseo de la Castellana 95"
city = "Madrid"
postal_code = "28046"
country = "ES"

[contact]
contact_first_name = "Lucía"
contact_email = "lucia@contoso-iberia.es"

[support]
support_phone = "900 123 456"
'''


def write(tmp_path: Path, name: str, content) -> Path:
    path = tmp_path / name
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def problems_of(path: Path) -> list[tuple[str, str]]:
    with pytest.raises(AnswersInvalid) as caught:
        load_answers(path)
    return [(p.field, p.code) for p in caught.value.problems]


def test_valid_json_and_toml_give_the_same_answers(tmp_path) -> None:
    from_json = load_answers(write(tmp_path, "a.json", VALID))
    from_toml = load_answers(write(tmp_path, "a.toml", TOML))
    assert from_json.values == from_toml.values == VALID
    assert "pmc_user" not in from_json.fields and from_json.fields["mpn_id"] == "4567890"


def test_the_format_is_sniffed_without_a_known_extension(tmp_path) -> None:
    assert load_answers(write(tmp_path, "answers.ks", TOML)).values == VALID
    assert load_answers(write(tmp_path, "answers.txt", VALID)).values == VALID


def test_every_kind_of_problem_is_listed_at_once(tmp_path) -> None:
    bad = dict(VALID, colour="blue", city=28046, pmc_password="Sandbox!2026", contact_email="lucia@gmail.com")
    assert problems_of(write(tmp_path, "bad.json", bad)) == [
        ("city", "wrong_type"),
        ("colour", "unknown_field"),
        ("pmc_password", "secret_field"),
        ("contact_email", "web_based_email"),
    ]


def test_toml_problems_name_the_key_path(tmp_path) -> None:
    text = TOML.replace('city = "Madrid"', 'city = 7\ntoken = "abc"').replace(
        '[support]', 'legal_name = "Other"\nfax = "1"\n\n[support]'
    ).replace('postal_code = "28046"', 'postal_code = "ABC"')
    path = write(tmp_path, "bad.toml", text)
    with pytest.raises(AnswersInvalid) as caught:
        load_answers(path)
    found = [(p.field, p.code) for p in caught.value.problems]
    assert found == [
        ("legal_profile.city", "wrong_type"),
        ("legal_profile.token", "secret_field"),
        ("contact.legal_name", "unknown_field"),
        ("contact.fax", "unknown_field"),
        ("legal_profile.postal_code", "invalid_postal_code"),
    ]
    messages = {p.field: p.message for p in caught.value.problems}
    assert messages["legal_profile.city"] == "'legal_profile.city' must be text (a string in quotes), not int."
    assert "put it in [legal_profile]" in messages["contact.legal_name"]
    assert str(path) in str(caught.value)


def test_secret_keys_are_refused_whatever_their_spelling(tmp_path) -> None:
    bad = {"password": "x", "Session_Token": "y", "api_key": "z"}
    assert [code for _, code in problems_of(write(tmp_path, "s.json", bad))] == ["secret_field"] * 3


def test_fields_left_out_are_not_required(tmp_path) -> None:
    assert load_answers(write(tmp_path, "few.json", {"legal_name": "Contoso Iberia S.L."})).values == {
        "legal_name": "Contoso Iberia S.L."
    }


# ----- validate ------------------------------------------------------------------------------
def test_validate_accepts_answers_files(tmp_path, capsys) -> None:
    assert main(["validate", str(write(tmp_path, "a.toml", TOML))]) == 0
    assert "OK" in capsys.readouterr().out
    assert main(["validate", str(write(tmp_path, "a.json", VALID)), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"ok": True, "problems": []}


def test_validate_lists_every_problem_of_an_answers_file(tmp_path, capsys) -> None:
    text = TOML.replace('city = "Madrid"', 'city = 7').replace('mpn_id = "4567890"', 'pmc_password = "x"')
    assert main(["validate", str(write(tmp_path, "bad.toml", text)), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    assert [(p["field"], p["code"]) for p in report["problems"]] == [
        ("pmc_password", "secret_field"), ("legal_profile.city", "wrong_type"),
    ]


def test_validate_reports_unparsable_toml_as_a_usage_error(tmp_path, capsys) -> None:
    path = write(tmp_path, "broken.toml", "legal_name = ")
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err and "not valid TOML" in err


# ----- save / load ---------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["saved.json", "saved.toml"])
def test_save_then_load_gives_the_case_fields_back(tmp_path, name) -> None:
    case_fields = dict(VALID, address_line2='Planta "12"\\B', enrollment_id="ENR-1", handover_id="h-1")
    written = save_answers(case_fields, tmp_path / name)
    assert "enrollment_id" not in written and "handover_id" not in written
    loaded = load_answers(tmp_path / name)
    assert loaded.values == {k: v for k, v in case_fields.items() if k not in ("enrollment_id", "handover_id")}
    assert [p.name for p in tmp_path.iterdir()] == [name]  # written atomically, no temp file left


def test_save_answers_cli_writes_a_case_without_internal_keys(tmp_path, capsys) -> None:
    db = tmp_path / "w.sqlite"
    with Store.open(db) as store:
        case_id = store.create_case("ana")
        store.save_fields(case_id, dict(VALID, enrollment_id="ENR-9"))
    assert main(["--database", str(db), "save-answers", str(case_id), str(tmp_path / "out.toml")]) == 0
    assert "saved as answers file" in capsys.readouterr().out
    assert load_answers(tmp_path / "out.toml").values == VALID
    assert main(["--database", str(db), "save-answers", "42", str(tmp_path / "x.toml")]) == 1


# ----- prefill -------------------------------------------------------------------------------
def test_apply_answers_creates_a_new_case_on_sign_in(tmp_path) -> None:
    answers = load_answers(write(tmp_path, "a.toml", TOML))
    with Store.open(tmp_path / "w.sqlite") as store:
        old = store.create_case("ana")
        case_id = apply_answers(store, answers, "ben")
        case = store.get_case(case_id)
        assert case_id != old and case.step == "sign_in" and case.status == "draft"
        assert case.fields == VALID and case.owner == "ben"
        assert store.latest_case().id == case_id  # the one the GUI opens
        assert [e.action for e in store.audit(case_id)] == ["create", "answers", "step"]


def test_answers_option_prefills_then_launches_the_gui(tmp_path, monkeypatch, capsys) -> None:
    launched = []
    monkeypatch.setattr(wizard.gui, "run_gui", lambda settings, **kw: launched.append(settings) or 0)
    monkeypatch.setattr(cli, "has_display", lambda: True)
    db = tmp_path / "w.sqlite"
    assert main(["--database", str(db), "--answers", str(write(tmp_path, "a.toml", TOML))]) == 0
    assert len(launched) == 1 and launched[0].database == db
    with Store.open(db) as store:
        case = store.latest_case()
        assert case.step == "sign_in" and case.fields == VALID
    assert "opens on sign_in" in capsys.readouterr().out


def test_answers_option_with_problems_creates_nothing_and_exits_1(tmp_path, monkeypatch, capsys) -> None:
    monkeypatch.setattr(wizard.gui, "run_gui", lambda *a, **kw: pytest.fail("launched the GUI"))
    monkeypatch.setattr(cli, "has_display", lambda: True)
    db = tmp_path / "w.sqlite"
    bad = write(tmp_path, "bad.json", dict(VALID, password="x", city=1))
    assert main(["--database", str(db), "--answers", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "password" in err and "city" in err and "Nothing was created" in err
    assert not db.exists()


def test_answers_option_usage_errors(tmp_path, capsys) -> None:
    assert main(["--answers", str(tmp_path / "missing.toml")]) == 2
    assert "no such file" in capsys.readouterr().err
    assert main(["--answers", str(write(tmp_path, "a.toml", TOML)), "cases"]) == 2


# ----- TOML writer (tomli-w) -----------------------------------------------------------------
@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.sampled_from(ANSWER_KEYS), st.text(max_size=40)))
def test_any_values_written_as_toml_read_back_unchanged(values) -> None:
    text = to_toml(values)
    assert text.startswith("# ")  # the header comment says there are no secrets
    parsed = tomllib.loads(text)
    flat = {k: v for k, v in parsed.items() if not isinstance(v, dict)}
    for group, keys in GROUPS.items():
        table = parsed.get(group, {})
        assert set(table) <= set(keys)
        flat.update(table)
    assert flat == values
