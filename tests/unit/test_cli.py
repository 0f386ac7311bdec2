"""The CLI contract: validate's output and exit codes, cases, and the headless demo."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wizard.cli import main

VALID = {
    "work_account": "admin@contosoiberia.onmicrosoft.com",
    "mpn_id": "4567890",
    "legal_name": "Contoso Iberia S.L.",
    "address_line1": "Paseo de la Castellana 95",
    "address_line2": "Planta 12",
    "city": "Madrid",
    "state": "Madrid",
    "postal_code": "28046",
    "country": "ES",
    "contact_first_name": "Lucía",
    "contact_last_name": "Fernández",
    "contact_email": "lucia@contoso-iberia.es",
    "contact_phone": "+34 612 34 56 78",
    "support_email": "soporte@contoso-iberia.es",
    "support_phone": "900 123 456",
    "support_website": "https://www.contoso-iberia.es/soporte",
    "tenant_country": "ES",
}


def write(tmp_path: Path, data, name: str = "case.json") -> Path:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def test_validate_accepts_a_valid_case(tmp_path, capsys) -> None:
    assert main(["validate", str(write(tmp_path, VALID))]) == 0
    assert "OK" in capsys.readouterr().out


def test_validate_json_lists_every_problem(tmp_path, capsys) -> None:
    case = dict(VALID, contact_email="lucia@yahoo.es", postal_code="ABC", legal_name="")
    assert main(["validate", str(write(tmp_path, case)), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    codes = {(p["field"], p["code"]) for p in report["problems"]}
    assert codes == {("contact_email", "web_based_email"), ("postal_code", "invalid_postal_code"), ("legal_name", "required")}
    assert all(p["message"] for p in report["problems"])


def test_validate_flags_unknown_keys(tmp_path, capsys) -> None:
    assert main(["validate", str(write(tmp_path, dict(VALID, contact_emial="x@contoso.es"))), "--json"]) == 1
    problems = json.loads(capsys.readouterr().out)["problems"]
    assert [p["code"] for p in problems] == ["unknown_field"]


@pytest.mark.parametrize(
    ("content", "words"),
    [(None, "no such file"), ("{not json", "not valid JSON"), ("[1, 2]", "expected a JSON object")],
)
def test_validate_usage_errors_exit_2_with_a_clear_message(tmp_path, capsys, content, words) -> None:
    path = tmp_path / "missing.json" if content is None else write(tmp_path, content)
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert words in err and str(path) in err and "Traceback" not in err


def test_unknown_subcommand_is_a_usage_error(capsys) -> None:
    assert main(["frobnicate"]) == 2


def test_cases_lists_cases_with_step_and_status(tmp_path, capsys) -> None:
    from wizard.store.repository import Store

    db = tmp_path / "w.sqlite"
    with Store.open(db) as store:
        case_id = store.create_case("agent")
        store.save_fields(case_id, {"legal_name": "Contoso Iberia S.L.", "mpn_id": "4567890"})
        store.set_step(case_id, "legal_profile", "agent")
    assert main(["--database", str(db), "cases", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows == [
        {**rows[0], "id": case_id, "step": "legal_profile", "status": "draft", "legal_name": "Contoso Iberia S.L."}
    ]
    assert main(["--database", str(db), "cases"]) == 0
    assert "legal_profile" in capsys.readouterr().out


def test_demo_drives_the_whole_flow_and_writes_a_screenshot_per_page(tmp_path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WIZARD_LOG_DIR=str(tmp_path / "logs"))
    shots = tmp_path / "shots"
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "demo", "--screenshots", str(shots)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in shots.iterdir())
    assert names == ["enroll.png", "legal_profile.png", "mpn.png", "overview.png", "sign_in.png", "status.png", "welcome.png"]
    assert all((shots / name).stat().st_size > 10_000 for name in names)
    assert "Verification email sent to" in result.stdout
    assert "Review decision: approved" in result.stdout


def test_gui_without_a_display_says_so_and_runs_the_demo(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["WIZARD_LOG_DIR"] = str(tmp_path / "logs")
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "--database", str(tmp_path / "w.sqlite")],
        env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "No display found" in result.stdout
    assert (tmp_path / "demo-screenshots" / "enroll.png").exists()


def test_relationships_without_a_display_says_so(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "--database", str(tmp_path / "w.sqlite"), "relationships"],
        env=env, capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 1 and "needs a display" in result.stderr


def test_relationships_opens_the_window_on_the_last_case(tmp_path) -> None:
    script = tmp_path / "probe.py"
    script.write_text(
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from wizard.gui import run_gui\n"
        "from wizard.settings import load_settings\n"
        "app = QApplication(sys.argv[:1])\n"
        "def check():\n"
        "    shown = [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()]\n"
        "    print('relationships_window' in shown, flush=True)\n"
        "    app.quit()\n"
        "QTimer.singleShot(4000, check)\n"
        f"sys.exit(run_gui(load_settings({str(tmp_path / 'w.sqlite')!r}), relationships=True))\n",
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", WIZARD_LOG_DIR=str(tmp_path / "logs"))
    result = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("True")
