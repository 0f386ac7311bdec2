"""`python -m wizard live-check` against the fake: the contract's JSON, the text, exit codes 0, 1, 2."""

from __future__ import annotations

import json
import subprocess
import sys
import webbrowser
from pathlib import Path


from tests.live.fake_microsoft import USER_ADMIN, role
from wizard.cli import main

KEYS = ["ok", "user", "tenant_id", "tenant_country", "global_admin", "verified_domains", "vetting", "problems",
        "notices"]
ROOT = Path(__file__).resolve().parents[2]


def run(capsys, *args: str) -> tuple[int, dict, str]:
    code = main(["live-check", *args])
    out, err = capsys.readouterr()
    return code, json.loads(out) if "--json" in args else out, err


def test_device_code_json_ok(fake, capsys) -> None:
    fake.state.device_interval = 0
    code, report, err = run(capsys, "--device-code", "--json", "--contact-email", "ana@contoso.es",
                            "--support-email", "help@contoso.es")
    assert code == 0, report
    assert list(report) == KEYS
    assert report["ok"] is True and report["global_admin"] is True and report["tenant_country"] == "ES"
    assert report["vetting"] == {"status": "Pending", "sub_status": "EmailOwnership"}
    assert "enter the code" in err and fake.base + "/devicelogin" in err


def test_problems_exit_1_with_every_problem(fake, capsys) -> None:
    fake.state.device_interval = 0
    fake.state.user().roles = [role("User Administrator", USER_ADMIN)]
    fake.state.organization["countryLetterCode"] = None
    fake.state.fail("/profiles/legalbusiness", 403, times=5, code=800039)
    code, report, _ = run(capsys, "--device-code", "--json", "--contact-email", "ana@gmail.com")
    assert code == 1
    assert [p["code"] for p in report["problems"]] == ["not_global_admin", "country_unknown", "unverified_domain"]
    assert [n["code"] for n in report["notices"]] == ["partner_center_refused"]
    assert report["tenant_country"] is None and report["vetting"] is None


def test_the_browser_sign_in_and_plain_text(fake, browser, monkeypatch, capsys) -> None:
    monkeypatch.setattr(webbrowser, "open", browser)
    code, text, err = run(capsys)
    assert code == 0 and browser.opened
    assert "Global admin:     yes" in text and "OK:" in text and "browser" in err


def test_a_cancelled_sign_in_is_sign_in_failed(fake, browser, monkeypatch, capsys) -> None:
    fake.state.authorize_error = "access_denied"
    monkeypatch.setattr(webbrowser, "open", browser)
    code, report, _ = run(capsys, "--json")
    assert code == 1 and list(report) == KEYS
    assert [p["code"] for p in report["problems"]] == ["sign_in_failed"]
    assert "cancelled" in report["problems"][0]["message"]


def test_no_client_id_is_exit_2_with_a_clear_message(monkeypatch, capsys) -> None:
    monkeypatch.delenv("WIZARD_LIVE_CLIENT_ID", raising=False)
    assert main(["live-check", "--json"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "WIZARD_LIVE_CLIENT_ID" in err
    assert main(["live-check", "--bogus"]) == 2


def test_the_subprocess_prints_only_json_on_stdout(fake, tmp_path) -> None:
    """The real entry point, as a script would call it; and it needs no Qt."""
    fake.state.device_interval = 0
    import os

    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "wizard", "live-check", "--device-code",
                           "--json"], capture_output=True, text=True, timeout=60, cwd=ROOT, env=dict(os.environ))
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout)["ok"] is True
    assert "PySide6" not in done.stderr  # -X importtime lists every module imported


def test_the_token_cache_is_the_apps_own_not_beside_a_shared_database(fake, monkeypatch, tmp_path, capsys) -> None:
    """Support staff may point --database at a shared folder: the sign-in is never kept there."""
    from wizard.backends.live import session as session_module

    folders: list[Path] = []
    real_init = session_module.LiveSession.__init__

    def remember(self, config, data_dir, *rest, **options) -> None:
        folders.append(Path(data_dir))
        real_init(self, config, data_dir, *rest, **options)

    monkeypatch.setattr(session_module.LiveSession, "__init__", remember)
    monkeypatch.setenv("WIZARD_DATA_DIR", str(tmp_path / "mine"))
    fake.state.device_interval = 0
    shared = tmp_path / "team-share" / "cases.sqlite"
    code = main(["--database", str(shared), "live-check", "--device-code", "--json"])
    capsys.readouterr()
    assert code == 0 and folders == [tmp_path / "mine"]


def test_ctrl_c_while_signing_in_is_said_without_a_traceback(fake, monkeypatch, capsys) -> None:
    from wizard.backends.live import session as session_module
    from wizard.cli.live import EXIT_INTERRUPTED

    def interrupted(self) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(session_module.LiveSession, "sign_in_interactive", interrupted)
    code = main(["live-check", "--json"])
    out, err = capsys.readouterr()
    assert code == EXIT_INTERRUPTED == 130
    assert out == "" and "cancelled" in err and "Traceback" not in err
