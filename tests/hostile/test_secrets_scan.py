"""No password or token ever reaches a file: a full run (create a work account, sign in, a wrong password,
the Partner Membership Center, enroll, verify, review, the partner agreement with credentials, an indirect
provider, export, answers, the PDF summary, the demo's screenshots) with debug logging, then every byte
written under the test's folders is scanned: the case database and the sandbox's state with their WAL
files, the logs, the packet, the answers files, the summary, the screenshots. Live mode too: every token
the fake Microsoft (tests/live) hands out is looked for in what live-check and a live session write.

Screenshots are also checked where they are taken: every line edit holding a secret is masked (echo mode
Password) when grabbed, and the saved PNG differs from the same field rendered in the clear."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from tests.gui.driver import CONTACT, ES_ADMIN, ES_MPN, ES_PMC, PASSWORD, WizardDriver, verify_contact_email
from tests.hostile import flows
from wizard import secrets
from wizard.settings import setup_logging
from wizard.ui.tasks import wait_for_tasks

NEW_PASSWORD = "Hostile#Adatum-2026!x"
WRONG_PASSWORD = "Wr0ng-Pa55word;DROP"
PASSWORDS = (PASSWORD, NEW_PASSWORD, WRONG_PASSWORD)
_REAL_GRAB = QWidget.grab  # the unmasked comparison picture must not trip the grab check


class Grabs:
    """Every QWidget.grab() of the run: where a line edit held a secret, it must be masked."""

    def __init__(self, secrets_of) -> None:
        self.secrets_of = secrets_of
        self.masked_secrets_seen = 0

    def check(self, widget: QWidget) -> None:
        edits = [widget] if isinstance(widget, QLineEdit) else widget.findChildren(QLineEdit)
        for edit in edits:
            text = edit.text()
            if text and any(secret in text for secret in self.secrets_of()):
                assert edit.echoMode() == QLineEdit.EchoMode.Password, (
                    f"{edit.objectName()!r} shows a secret in the clear when grabbed")
                self.masked_secrets_seen += edit.isVisibleTo(widget)


@pytest.fixture
def grabs(monkeypatch: pytest.MonkeyPatch, recorded) -> Grabs:
    watcher = Grabs(lambda: recorded)
    def grab(self, *args):
        watcher.check(self)
        return _REAL_GRAB(self, *args)

    monkeypatch.setattr(QWidget, "grab", grab)
    return watcher


@pytest.fixture
def recorded(memory_keyring, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every password used and every token the vaults held during the run (keyring and session vaults)."""
    seen: list[str] = list(PASSWORDS)
    real_set = memory_keyring.set_password

    def set_password(service, username, password):
        seen.append(password)
        real_set(service, username, password)

    monkeypatch.setattr(memory_keyring, "set_password", set_password)
    real_session_set = secrets.SessionVault.set

    def session_set(self, name, secret):
        seen.append(secret)
        real_session_set(self, name, secret)

    monkeypatch.setattr(secrets.SessionVault, "set", session_set)
    return seen


@pytest.fixture
def debug_log(tmp_path: Path):
    """The app's own file logging at debug level, into the test's log folder; removed afterwards."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    path = setup_logging(tmp_path / "logs", verbose=True)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)  # the SQL and its parameters too
    yield path
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
            root.removeHandler(handler)
    root.setLevel(level)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.NOTSET)


def _masked_png(edit: QLineEdit, path: Path) -> None:
    """Save the field as shown and prove the picture hides the text: the same field in the clear differs."""
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    shown = edit.grab()
    shown.save(str(path))
    edit.setEchoMode(QLineEdit.EchoMode.Normal)
    clear = _REAL_GRAB(edit).toImage()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    saved = QImage(str(path))
    assert not saved.isNull()
    assert saved.convertToFormat(clear.format()) != clear, f"{edit.objectName()} looks the same unmasked"


def _type_password(driver: WizardDriver, name: str, password: str, shots: Path) -> None:
    driver.type(name, password, leave=False)
    _masked_png(driver.edit(name), shots / f"{name}.png")
    driver.window.grab().save(str(shots / f"window-{name}.png"))  # the whole window, as a screenshot tool would


def _full_run(driver: WizardDriver, shots: Path, files: Path) -> None:
    qtbot = driver.qtbot
    driver.next()
    # Create one, with a new password
    driver.click("create_one")
    driver.type("new_tenant_name", "hostilesecrets")
    driver.choose_country("new_tenant_country", "ES")
    driver.type("new_display_name", "Ana Secretos")
    _type_password(driver, "new_password", NEW_PASSWORD, shots)
    _type_password(driver, "new_password_confirm", NEW_PASSWORD, shots)
    driver.click("create_account_button")
    driver.wait_complete()
    # then the demo administrator: a wrong password first
    driver.type("work_account", ES_ADMIN)
    _type_password(driver, "password", WRONG_PASSWORD, shots)
    driver.click("sign_in_button")
    qtbot.waitUntil(lambda: driver.error("password") != "", timeout=15000)
    driver.type("work_account", ES_ADMIN)
    _type_password(driver, "password", PASSWORD, shots)
    driver.click("sign_in_button")
    driver.wait_complete()
    driver.next()
    driver.type("pmc_user", ES_PMC)
    _type_password(driver, "pmc_password", PASSWORD, shots)
    driver.click("pmc_sign_in_button")
    qtbot.waitUntil(lambda: driver.widget("mpn_id").count() > 1, timeout=15000)
    driver.click_profile(ES_MPN)
    driver.wait_complete()
    driver.next()
    driver.fill_contact(CONTACT)
    driver.next()
    flows.submit(driver)
    driver.next()
    flows.idle(driver)
    verify_contact_email(driver)
    driver.instance.services.backend.advance(timedelta(days=4))
    driver.click("check_status")
    qtbot.waitUntil(lambda: driver.instance.session.status == "approved", timeout=15000)
    qtbot.waitUntil(driver.next_enabled, timeout=15000)
    driver.next()
    flows.idle(driver)
    _type_password(driver, "mpa_password", WRONG_PASSWORD, shots)
    driver.click("accept_mpa")
    qtbot.waitUntil(lambda: driver.error("mpa_password") != "", timeout=15000)
    _type_password(driver, "mpa_password", PASSWORD, shots)
    driver.click("accept_mpa")
    qtbot.waitUntil(driver.widget("mpa_banner", QLabel).isVisible, timeout=15000)
    flows.relationships(driver)
    for what, name in (("export", "packet.json"), ("answers", "answers.toml"), ("answers", "answers.json"),
                       ("summary", "summary.pdf")):
        driver.window.file_chosen.emit(what, str(files / name))
        qtbot.waitUntil((files / name).exists, timeout=15000)
    wait_for_tasks()


_DEMO_SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QLineEdit, QWidget
from wizard import secrets
from wizard.demo import Look, run_demo
from wizard.settings import setup_logging

out, database, logs, report, password = sys.argv[1:6]
setup_logging(Path(logs), verbose=True)
seen, unmasked = [password], []
real_set, real_grab = secrets.SessionVault.set, QWidget.grab

def session_set(self, name, secret):
    seen.append(secret)
    real_set(self, name, secret)

def grab(self, *args):
    for edit in [self] if isinstance(self, QLineEdit) else self.findChildren(QLineEdit):
        if edit.text() and any(s in edit.text() for s in seen) and edit.echoMode() != QLineEdit.EchoMode.Password:
            unmasked.append(edit.objectName())
    return real_grab(self, *args)

secrets.SessionVault.set, QWidget.grab = session_set, grab
code = run_demo(Path(out), None, database, Look(windows=True))
Path(report).write_text(json.dumps({"code": code, "tokens": seen[1:], "unmasked": unmasked}))
"""


def _demo_screenshots(folder: Path) -> list[str]:
    """The demo's screenshots (its own process: it sets the app's theme), with its vault's tokens recorded
    and every grab checked for unmasked secrets; returns the tokens."""
    out, report = folder / "demo-shots", folder.with_name(folder.name + "-demo-report.json")  # not scanned
    (folder / "demo").mkdir()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    args = [str(out), str(folder / "demo" / "demo.sqlite"), str(folder / "demo-logs"), str(report), PASSWORD]
    done = subprocess.run([sys.executable, "-c", _DEMO_SCRIPT, *args], env=env, capture_output=True, text=True,
                          timeout=110, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(report.read_text(encoding="utf-8"))
    assert result["code"] == 0 and result["unmasked"] == [], result
    assert len(list(out.glob("*.png"))) >= 8
    assert result["tokens"], "the demo kept no token: the scan would prove nothing"
    return result["tokens"]


def _scan(folder: Path, needles: list[str]) -> list[str]:
    found = []
    forms = {n: {n.encode("utf-8"), n.encode("utf-16-le")} for n in set(needles) if len(n) >= 6}
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        for needle, encodings in forms.items():
            if any(form in data for form in encodings):
                found.append(f"{path.relative_to(folder)} holds {needle[:4]}…")
    return found


def test_no_password_or_token_reaches_any_file(tmp_path: Path, recorded, grabs, debug_log, open_app, qtbot) -> None:
    shots, files = tmp_path / "shots", tmp_path / "files"
    shots.mkdir()
    files.mkdir()
    driver = WizardDriver(qtbot, open_app())
    _full_run(driver, shots, files)
    tokens = [s for s in recorded if s not in PASSWORDS]
    assert tokens, "the run kept no token in the vault: the scan would prove nothing"
    database = driver.instance.settings.database
    assert Path(str(database) + "-wal").exists() or database.exists()
    assert not (problems := _scan(tmp_path, recorded)), problems  # the WAL files while the app is open

    driver.instance.window.close()
    driver.instance.close()
    wait_for_tasks()
    recorded += _demo_screenshots(tmp_path)
    assert grabs.masked_secrets_seen >= 5  # the grabs did see typed passwords, masked

    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    for expected in ("logs/wizard.log", "files/packet.json", "files/answers.toml", "files/summary.pdf",
                     "data/wizard.sqlite", "data/wizard.sandbox.sqlite", "demo/demo.sqlite",
                     "demo-logs/wizard.log", "demo-shots/sign_in.png"):
        assert expected in written, (expected, written)
    assert (tmp_path / "logs" / "wizard.log").stat().st_size > 0
    assert not (problems := _scan(tmp_path, recorded)), problems


def test_the_scan_finds_a_secret_in_a_database_write_ahead_log(tmp_path: Path) -> None:
    """The scan itself: a token saved in a case value is found in the WAL before any checkpoint."""
    from wizard.store.repository import Store

    store = Store.open(tmp_path / "leak.sqlite")
    try:
        case_id = store.create_case("ana")
        store.save_fields(case_id, {"legal_name": "leaked-token-Zx81"})
        assert _scan(tmp_path, ["leaked-token-Zx81"])
    finally:
        store.close()


# ----- live mode: tokens from the fake Microsoft --------------------------------------------------------
from tests.live.conftest import browser, ca_file, certificate_authority, fake  # noqa: E402,F401 (fixtures)


def test_no_live_token_reaches_the_logs_or_files_of_live_check(tmp_path: Path, debug_log, fake, browser,
                                                                monkeypatch, capsys) -> None:
    """live-check with debug logging (MSAL, urllib3, ours), by the browser and by device code, problems and
    notices included, a persisted token cache signed out at the end: no access, refresh or id token, auth
    code or device code the fake handed out is in the logs, the reports or anything else written."""
    import webbrowser

    from msal_extensions import FilePersistence

    from tests.live.helpers import device_sign_in, live_session
    from wizard.backends.live.auth import open_token_cache
    from wizard.cli import main

    fake.state.device_interval = 0
    monkeypatch.setattr(webbrowser, "open", browser)
    reports = tmp_path / "reports"
    reports.mkdir()
    runs = (["--json"], ["--device-code", "--json", "--contact-email", "ana@gmail.com"], [])
    for number, args in enumerate(runs):
        if number == 1:
            fake.state.fail("/profiles/legalbusiness", 401, times=5, code=900421)
        main(["live-check", *args])
        out, err = capsys.readouterr()
        (reports / f"live-check-{number}.out").write_text(out + err, encoding="utf-8")
    data = tmp_path / "data"
    session, _ = live_session(data, cache=open_token_cache(data, FilePersistence))
    device_sign_in(session)
    session.checks()
    assert _scan(data, fake.state.issued), "the scan must see the tokens in the plaintext stand-in cache"
    session.sign_out()  # the cache file (plaintext here, standing in for the OS's encryption) goes with it
    assert len(fake.state.issued) >= 20, "the fake handed out no tokens: the scan would prove nothing"
    assert debug_log is not None and debug_log.stat().st_size > 0
    assert "GET graph /graph/v1.0/me -> 200" in debug_log.read_text(encoding="utf-8")  # calls logged by path
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(written) >= 4, written
    assert not (problems := _scan(tmp_path, fake.state.issued)), problems
