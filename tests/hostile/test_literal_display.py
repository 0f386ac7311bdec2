"""Rich text and HTML typed into any field is shown literally everywhere: the pages' labels (review,
submitted, status), tables and lists (case list, audit trail, notes, customers, providers, outbox,
timeline), tooltips, message boxes, the outbox emails, the text summary and the PDF summary."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTableWidget,
)

from tests.gui.driver import WizardDriver, verify_contact_email
from tests.hostile import flows
from tests.hostile.flows import ENTITIES, HOSTILE_FIELDS, TAGS
from wizard.services.summary import summary_of
from wizard.ui.keys import type_text
from wizard.ui.tasks import wait_for_tasks

STAFF = "<b>Ana</b> &lt;script&gt;"


def _pdf_text(path: Path) -> str:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext (poppler-utils) is not installed; scripts/setup.sh installs it")
    return subprocess.run([pdftotext, "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def _summary_text(summary) -> str:
    parts = [summary.title if hasattr(summary, "title") else ""]
    parts.append(json.dumps(summary, default=lambda o: getattr(o, "__dict__", str(o)), ensure_ascii=False))
    return "\n".join(parts)


@pytest.fixture
def hostile_world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Before the app opens: a sandbox whose MPN profile, provider and customer names carry markup."""
    path = flows.hostile_scenario(tmp_path)
    monkeypatch.setenv("WIZARD_SANDBOX_SCENARIO", str(path))
    return path


def test_markup_typed_in_every_field_is_shown_literally_everywhere(hostile_world, driver: WizardDriver,
                                                                    tmp_path: Path) -> None:
    qtbot = driver.qtbot
    driver.instance.set_staff_name(STAFF)  # every audit entry's actor, the case list's owner
    flows.enroll_with(driver, HOSTILE_FIELDS)

    # the review page: each value exactly as typed, in a plain label
    shown = flows.label_texts()
    for key, value in HOSTILE_FIELDS.items():
        assert flows.shown_somewhere(value, shown), f"{key} is not shown literally on the review page"
    assert flows.assert_nothing_rendered_as_html() >= 3  # legal name, address, contact name

    flows.submit(driver)
    flows.assert_nothing_rendered_as_html()
    flows.approve_and_sign_mpa(driver)
    flows.assert_nothing_rendered_as_html()

    # the outbox: the verification and status emails quote the company and the contact's name
    window, outbox = flows.relationships(driver, customer_name=f"{TAGS} Cliente",
                                         customer_email="compras@nuevocliente.es")
    outbox.refresh()
    mail = flows.child(outbox, QListWidget, "outbox_list")
    qtbot.waitUntil(lambda: any("Cliente" in mail.item(i).text() or "invite you" in mail.item(i).text()
                                for i in range(mail.count())), timeout=15000)
    body = flows.child(outbox, QPlainTextEdit, "outbox_body")
    bodies = []
    for row in range(mail.count()):
        mail.setCurrentRow(row)
        bodies.append(body.toPlainText())
    assert flows.shown_somewhere(HOSTILE_FIELDS["legal_name"], bodies)
    assert flows.shown_somewhere(HOSTILE_FIELDS["contact_first_name"], bodies)
    assert flows.shown_somewhere(f"{TAGS} Cliente", bodies)
    subjects = [mail.item(row).text() for row in range(mail.count())]
    assert flows.shown_somewhere(HOSTILE_FIELDS["legal_name"], subjects)  # the customer invitation's subject

    # the customers and providers tables
    customers = flows.child(window, QTableView, "customers_view")
    providers = flows.child(window, QTableWidget, "indirect_providers")
    assert flows.shown_somewhere(flows.PROVIDER_NAME, flows.table_texts(providers))
    qtbot.waitUntil(lambda: flows.shown_somewhere(flows.CUSTOMER_NAME, flows.table_texts(customers)), timeout=15000)

    # the case list, the audit trail, a note
    cases, audit, notes = flows.open_case_windows(driver)
    assert flows.shown_somewhere(HOSTILE_FIELDS["legal_name"], flows.table_texts(cases.view))
    assert flows.shown_somewhere(STAFF, [t for view, t in flows.view_texts() if view.window() is audit])
    assert audit is not None and notes is not None
    notes.text.setFocus()
    type_text(notes.text, f"Call {ENTITIES} about {TAGS}")
    qtbot.mouseClick(flows.child(notes, QPushButton, "add_note"), flows.Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(ENTITIES in notes.list.item(i).text() for i in range(notes.list.count())),
                    timeout=15000)
    audit.refresh()  # read again on a worker
    audit_texts = lambda: (flows.table_texts(flows.child(audit, QTableView, "audit_table"))  # noqa: E731
                           if audit.findChild(QTableView, "audit_table") else [t for _v, t in flows.view_texts()])
    qtbot.waitUntil(lambda: flows.shown_somewhere(ENTITIES, audit_texts()), timeout=15000)
    seen = flows.assert_nothing_rendered_as_html()
    assert seen >= 3

    # the status page's timeline and labels
    driver.back()
    flows.idle(driver)
    flows.assert_nothing_rendered_as_html()

    # the text summary and the PDF summary
    store, case_id = driver.instance.services.store, driver.instance.session.case_id
    summary = summary_of(store, case_id)
    text = _summary_text(summary)
    for value in (HOSTILE_FIELDS["legal_name"], HOSTILE_FIELDS["address_line1"], HOSTILE_FIELDS["city"]):
        assert value in text
    pdf = tmp_path / "summary.pdf"
    driver.window.file_chosen.emit("summary", str(pdf))
    qtbot.waitUntil(pdf.exists, timeout=15000)
    in_pdf = " ".join(_pdf_text(pdf).split())
    for key in ("legal_name", "address_line1", "city", "contact_first_name", "contact_last_name"):
        assert " ".join(HOSTILE_FIELDS[key].split()) in in_pdf, f"{key} is not literal in the PDF"

    # a refused import whose file name and keys are markup: the message box shows them literally
    packet = tmp_path / "<b>packet</b>.json"  # a folder "<b>packet<" holding "b>.json"
    packet.parent.mkdir()
    packet.write_text(json.dumps({"format": "csp-wizard-case", "version": 1, f"<b>{ENTITIES}</b>": 1}),
                      encoding="utf-8")
    driver.window.file_chosen.emit("import", str(packet))
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.objectName() == "file_action_error"
                                for w in flows.windows() + driver.window.findChildren(QMessageBox)), timeout=15000)
    box = next(w for w in driver.window.findChildren(QMessageBox) if w.objectName() == "file_action_error")
    assert "<b>packet</b>" in box.text()
    flows.assert_nothing_rendered_as_html()
    box.close()
    wait_for_tasks()


REFUSING = ("contact_email", "contact_phone", "support_email", "support_phone", "support_website", "postal_code")


def test_markup_in_a_field_that_refuses_it_gets_a_literal_message_and_is_kept(driver: WizardDriver) -> None:
    driver.to_legal_profile()
    for field in REFUSING:
        for text in (TAGS, ENTITIES, "<b>a@contoso.es</b>"):
            flows.paste(driver, field, text)
            message = driver.error(field)
            assert message and "Traceback" not in message, (field, text)
            assert not flows.shows_rich_text(driver.widget(f"{field}_error", QLabel))
            assert driver.edit(field).text() == text
            assert driver.instance.session.value(field) == text
            flows.assert_nothing_rendered_as_html()


def test_a_rejection_quoting_the_markup_shows_it_literally(driver: WizardDriver) -> None:
    """The sandbox's reason quotes the legal name ("The legal name '<b>Contoso</b>…' doesn't match …")."""
    flows.enroll_with(driver, {"legal_name": HOSTILE_FIELDS["legal_name"], "city": HOSTILE_FIELDS["city"]})
    flows.submit(driver)
    driver.next()
    flows.idle(driver)
    verify_contact_email(driver)
    driver.instance.services.backend.advance(timedelta(days=4))
    driver.click("check_status")
    driver.qtbot.waitUntil(lambda: driver.instance.session.status == "rejected", timeout=15000)
    reason = driver.widget("state_reason", QLabel)
    driver.qtbot.waitUntil(lambda: HOSTILE_FIELDS["legal_name"] in reason.text(), timeout=15000)
    assert not flows.shows_rich_text(reason)
    assert flows.shown_somewhere(HOSTILE_FIELDS["legal_name"],
                                 flows.table_texts(driver.widget("timeline", QTableWidget)))
    assert flows.assert_nothing_rendered_as_html() >= 1
