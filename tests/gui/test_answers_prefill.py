"""`python -m wizard --answers FILE`: the prefilled case opens on sign-in, every answer sits in its field,
and an invalid file lists every problem and opens nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QListWidget

import wizard.gui
from tests.gui.driver import ES_MPN, PASSWORD, WizardDriver
from wizard.cli import main

ANSWERS_TOML = """
work_account = "admin@contosoiberia.onmicrosoft.com"
mpn_id = "4567890"
tenant_country = "ES"
pmc_user = "pmc@contosoiberia.es"

[legal_profile]
legal_name = "Contoso Iberia S.L."
address_line1 = "Paseo de la Castellana 95"
address_line2 = "Planta 12"
city = "Madrid"
state = "Madrid"
postal_code = "28046"
country = "ES"

[contact]
contact_first_name = "Lucía"
contact_last_name = "Fernández"
contact_email = "lucia.fernandez@contoso-iberia.es"
contact_phone = "612 34 56 78"

[support]
support_email = "soporte@contoso-iberia.es"
support_phone = "900 123 456"
support_website = "https://www.contoso-iberia.es"
"""
LEGAL_PAGE = ("legal_name", "address_line1", "address_line2", "city", "state", "postal_code",
              "contact_first_name", "contact_last_name", "contact_email", "contact_phone",
              "support_email", "support_phone", "support_website")


def _prefill(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, db: Path, answers: Path) -> tuple[int, list]:
    """Run the real command line; the window it would open is opened by the test's open_app instead."""
    launched: list = []
    monkeypatch.setattr(wizard.gui, "run_gui", lambda settings, **kw: launched.append(settings) or 0)
    return main(["--database", str(db), "--answers", str(answers)]), launched


def test_answers_prefill_opens_on_sign_in_with_every_value_in_its_field(
    qtbot, open_app, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    answers = tmp_path / "contoso.toml"
    answers.write_text(ANSWERS_TOML, encoding="utf-8")
    code, launched = _prefill(tmp_path, monkeypatch, db_path, answers)
    assert code == 0 and [s.database for s in launched] == [db_path]
    assert "opens on sign_in" in capsys.readouterr().out

    driver = WizardDriver(qtbot, open_app(db_path))
    assert driver.step == "sign_in"  # welcome is skipped; signing in needs a person (and a password)
    assert driver.edit("work_account").text() == "admin@contosoiberia.onmicrosoft.com"
    assert driver.edit("password").text() == ""
    driver.type("password", PASSWORD)
    driver.click("sign_in_button")
    driver.wait_complete()
    driver.next()

    assert driver.step == "mpn"
    assert driver.edit("pmc_user").text() == "pmc@contosoiberia.es"
    driver.type("pmc_password", PASSWORD)
    driver.click("pmc_sign_in_button")
    qtbot.waitUntil(lambda: driver.widget("mpn_id", QListWidget).count() > 1, timeout=15000)
    driver.click_profile(ES_MPN)
    driver.wait_complete()
    driver.next()

    assert driver.step == "legal_profile"
    values = dict(line.split(" = ", 1) for line in ANSWERS_TOML.splitlines() if " = " in line)
    for key in LEGAL_PAGE:
        assert driver.edit(key).text() == json.loads(values[key]), key
    country = driver.widget("country", QComboBox)
    assert country.currentData() == "ES"
    assert all(not driver.error(key) for key in LEGAL_PAGE)  # nothing to fix: the answers were valid
    assert driver.next_enabled()


def test_an_invalid_answers_file_lists_every_problem_and_opens_nothing(
    qtbot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    answers = tmp_path / "bad.toml"
    answers.write_text(
        'mpn_id = 4567890\n'  # not a string
        'password = "Sandbox!2026"\n'  # a secret
        'favourite_colour = "blue"\n'  # not a field
        'legal_name = "Contoso"\n'
        '[legal_profile]\n'
        'legal_name = "Contoso again"\n'  # given twice
        'postal_code = "ABC"\n'  # not a Spanish postal code
        'country = "ES"\n'
        'contact_email = "lucia@contoso.es"\n'  # in the wrong table
        '[contact]\n'
        'contact_email = "not an email"\n',
        encoding="utf-8",
    )
    before = {id(w) for w in QApplication.topLevelWidgets()}
    code, launched = _prefill(tmp_path, monkeypatch, db_path, answers)
    assert code == 1 and launched == []
    err = capsys.readouterr().err
    for path, code_ in (("mpn_id", "wrong_type"), ("password", "secret_field"), ("favourite_colour", "unknown_field"),
                        ("legal_profile.legal_name", "duplicate_field"), ("legal_profile.postal_code", ""),
                        ("legal_profile.contact_email", "unknown_field"), ("contact.contact_email", "")):
        line = next((ln for ln in err.splitlines() if ln.strip().startswith(f"{path}:")), None)
        assert line is not None, (path, err)
        assert code_ in line, line
    assert "7 problem(s)" in err and "Nothing was created" in err
    assert not db_path.exists()  # no case, not even a database
    assert [w for w in QApplication.topLevelWidgets() if id(w) not in before and w.isVisible()] == []
    assert not any(isinstance(w, QLineEdit) for w in QApplication.topLevelWidgets() if id(w) not in before)
