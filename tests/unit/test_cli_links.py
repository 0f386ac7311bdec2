"""`open-link URL` and `status ID`: links from sandbox emails from a terminal, and a case's timeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wizard.backends.sandbox import SandboxPartnerCenter
from wizard.backends.sandbox.scenario import demo_scenario_path, load_scenario
from wizard.cli import build_parser, main
from wizard.secrets import SessionVault
from wizard.services.case_session import CaseSession
from wizard.settings import load_settings
from wizard.store.repository import Store

PASSWORD = "Sandbox!2026"
CONTACT = "lucia@contoso-iberia.es"


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "data" / "w.sqlite"


@pytest.fixture
def enrolled(db: Path):
    """A case enrolled through the GUI-free services, on the database and sandbox state the CLI opens."""
    settings = load_settings(str(db))
    store = Store.open(settings.database)
    backend = SandboxPartnerCenter(load_scenario(demo_scenario_path()), settings.sandbox_state)
    session = CaseSession(actor="tester")
    session.attach(store, backend, SessionVault(), store.create_case("tester"))
    session.sign_in("admin@contosoiberia.onmicrosoft.com", PASSWORD)
    profiles = {p.mpn_id: p for p in session.pmc_sign_in("pmc@contosoiberia.es", PASSWORD)}
    session.choose_profile(profiles["4567890"])
    session.set_values({
        "contact_first_name": "Lucía", "contact_last_name": "Fernández", "contact_email": CONTACT,
        "contact_phone": "+34612345678", "support_email": "soporte@contoso-iberia.es", "support_phone": "+34900123456",
    })
    session.enroll()
    yield session
    store.close()
    backend.close()


def verification_link(session: CaseSession) -> str:
    mail = [m for m in session.backend.outbox_for(CONTACT) if m.kind == "verification"]
    return mail[-1].links[0]


def case_of(session: CaseSession):
    return session.store.get_case(session.case_id)


def test_open_link_verifies_the_email_and_records_the_new_status(enrolled, db, capsys) -> None:
    audit_before = len(enrolled.store.audit(enrolled.case_id))
    assert main(["--database", str(db), "open-link", verification_link(enrolled)]) == 0
    out = capsys.readouterr().out
    assert f"{CONTACT} is verified" in out
    assert f"Case {enrolled.case_id} (Contoso Iberia S.L.) is now in_review." in out
    assert case_of(enrolled).status == "in_review"
    new = enrolled.store.audit(enrolled.case_id)[audit_before:]
    assert [e.action for e in new] == ["link_opened", "status"]
    assert new[1].detail["from"] == "email_verification" and new[1].detail["to"] == "in_review"
    assert new[1].actor == "Partner Center" and "at" in new[1].detail
    assert "code" not in json.dumps([e.detail for e in new])  # the link's code is never stored
    view = enrolled.backend.enrollment(enrolled.value("tenant_domain"))
    assert view.status == "in_review"


def test_open_link_json_report(enrolled, db, capsys) -> None:
    assert main(["--database", str(db), "open-link", verification_link(enrolled), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["kind"] == "verify-email"
    assert report["case_id"] == enrolled.case_id and report["status"] == "in_review"
    assert report["enrollment_id"] == enrolled.value("enrollment_id")


def test_a_link_for_an_enrollment_no_case_has_is_refused(enrolled, db, capsys) -> None:
    url = "csp-sandbox://verify-email?enrollment=ENR-NOPE2345&code=abc"
    assert main(["--database", str(db), "open-link", url]) == 1
    err = capsys.readouterr().err
    assert f"This link is for enrollment ENR-NOPE2345, which no case in {db} has." in err
    assert "Traceback" not in err
    assert main(["--database", str(db), "open-link", url, "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report == {"ok": False, "code": "unknown_enrollment", "message": report["message"]}
    assert case_of(enrolled).status == "email_verification"


def test_a_link_with_no_database_is_refused_without_creating_one(tmp_path, capsys) -> None:
    db = tmp_path / "nowhere" / "w.sqlite"
    assert main(["--database", str(db), "open-link", "csp-sandbox://verify-email?enrollment=ENR-AAAA2222&code=x"]) == 1
    assert "which no case in" in capsys.readouterr().err
    assert not db.exists() and not db.with_name("w.sandbox.sqlite").exists()


def test_a_used_link_is_refused_and_changes_nothing(enrolled, db, capsys) -> None:
    url = verification_link(enrolled)
    assert main(["--database", str(db), "open-link", url]) == 0
    capsys.readouterr()
    audit = enrolled.store.audit(enrolled.case_id)
    assert main(["--database", str(db), "open-link", url]) == 1
    assert "already used" in capsys.readouterr().err
    assert main(["--database", str(db), "open-link", url, "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["code"] == "link_used"
    assert enrolled.store.audit(enrolled.case_id) == audit
    assert case_of(enrolled).status == "in_review"


@pytest.mark.parametrize(
    "make_url",
    [
        lambda link: link.split("&code=")[0],  # copied incompletely
        lambda link: "csp-sandbox://verify-email",
        lambda link: "https://example.com/verify?x=1",
        lambda link: "not a link at all",
        lambda link: "csp-sandbox://frobnicate?enrollment=&code=1",
    ],
)
def test_a_malformed_link_is_refused_and_changes_nothing(enrolled, db, capsys, make_url) -> None:
    url = make_url(verification_link(enrolled))
    audit = enrolled.store.audit(enrolled.case_id)
    assert main(["--database", str(db), "open-link", url, "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["code"] == "link_malformed", report
    assert "isn't a link the sandbox Partner Center can open" in report["message"]
    assert main(["--database", str(db), "open-link", url]) == 1
    assert "isn't a link" in capsys.readouterr().err
    assert enrolled.store.audit(enrolled.case_id) == audit
    assert case_of(enrolled).status == "email_verification"
    assert enrolled.backend.enrollment(enrolled.value("tenant_domain")).status == "pending_email_verification"


def test_status_shows_the_case_and_its_timeline(enrolled, db, capsys) -> None:
    assert main(["--database", str(db), "open-link", verification_link(enrolled)]) == 0
    capsys.readouterr()
    enrollment_id = enrolled.value("enrollment_id")
    assert main(["--database", str(db), "status", str(enrolled.case_id)]) == 0
    out = capsys.readouterr().out
    assert f"Case {enrolled.case_id}: Contoso Iberia S.L." in out
    assert "Status:      in_review" in out and enrollment_id in out
    assert "submission" in out and "email_verification -> in_review" in out and "link_opened" in out

    assert main(["--database", str(db), "status", str(enrolled.case_id), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["id"] == enrolled.case_id and report["company"] == "Contoso Iberia S.L."
    assert report["status"] == "in_review" and report["enrollment_id"] == enrollment_id
    actions = [entry["action"] for entry in report["timeline"]]
    assert actions[0] == "create" and "submission" in actions and actions[-1] == "status"
    assert all(entry["at"] and entry["actor"] for entry in report["timeline"])


def test_status_of_an_unknown_case_exits_1(enrolled, db, capsys, tmp_path) -> None:
    assert main(["--database", str(db), "status", "999"]) == 1
    err = capsys.readouterr().err
    assert "There is no case number 999" in err and "Traceback" not in err
    assert main(["--database", str(db), "status", "999", "--json"]) == 1
    assert json.loads(capsys.readouterr().out)["code"] == "unknown_case"
    missing = tmp_path / "none.sqlite"
    assert main(["--database", str(missing), "status", "1"]) == 1
    assert not missing.exists()


def test_status_id_must_be_a_number(capsys) -> None:
    assert main(["status", "abc"]) == 2


def test_help_lists_the_new_subcommands() -> None:
    text = build_parser().format_help()
    assert "open-link" in text and "status" in text and "validate" in text and "cases" in text
