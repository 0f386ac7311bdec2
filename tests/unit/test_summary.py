"""The printable summary: its content as plain data, and the PDF from `python -m wizard summary ID FILE.pdf`,
rendered with poppler (pdftoppm, pdftotext) to check what is really on the page."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wizard.services.summary import FOOTER, TITLE, build_summary, summary_of
from wizard.store.records import AuditEntry, CaseRecord
from wizard.store.repository import Store

POPPLER = shutil.which("pdftoppm") and shutil.which("pdftotext")
needs_poppler = pytest.mark.skipif(
    not POPPLER, reason="poppler-utils (pdftoppm, pdftotext) is not installed; scripts/setup.sh installs it"
)

LEGAL_NAME = "<b>Contoso</b> Ibérica Ελλάς Москва S.L."
FIELDS = {
    "work_account": "admin@contosoiberia.onmicrosoft.com",
    "tenant_domain": "contosoiberia.onmicrosoft.com",
    "tenant_country": "ES",
    "mpn_id": "4567890",
    "mpn_company": "Contoso Iberia S.L.",
    "mpn_country": "ES",
    "legal_name": LEGAL_NAME,
    "address_line1": "Paseo de la Castellana 95",
    "address_line2": "Planta 12",
    "city": "Madrid",
    "state": "Madrid",
    "postal_code": "28046",
    "country": "ES",
    "contact_first_name": "Lucía",
    "contact_last_name": "Fernández",
    "contact_email": "lucia@contoso-iberia.es",
    "contact_phone": "+34612345678",
    "support_email": "soporte@contoso-iberia.es",
    "support_phone": "+34900123456",
    "support_website": "https://www.contoso-iberia.es/soporte",
}
ENROLLMENT_ID = "ENR-7F3A9C"


def make_case(db: Path, extra_audit: int = 0) -> int:
    with Store.open(db) as store:
        case_id = store.create_case("agent.ana")
        store.save_fields(case_id, FIELDS)
        store.add_audit(case_id, "agent.ana", "sign_in",
                        {"work_account": FIELDS["work_account"], "tenant": FIELDS["tenant_domain"]})
        store.set_step(case_id, "mpn", "agent.ana")
        store.mark_submitted(case_id, ENROLLMENT_ID, "agent.ana")
        store.set_status(case_id, "in_review", "Partner Center",
                         {"title": "Your primary contact verified their email", "emailed_to": FIELDS["contact_email"]})
        for i in range(extra_audit):
            store.add_audit(case_id, "Partner Center", "status_update", {"title": f"Review note number {i}"})
        return case_id


def run_cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The CLI in a subprocess with no display at all: it must pick the offscreen platform itself."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["WIZARD_LOG_DIR"] = str(tmp_path / "logs")
    return subprocess.run([sys.executable, "-m", "wizard", *args], env=env, cwd=tmp_path,
                          check=False, capture_output=True, text=True, timeout=120)


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=False, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    return out.stdout


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# ----- the content -----------------------------------------------------------------------------
def test_summary_has_every_section_in_plain_words(tmp_path) -> None:
    db = tmp_path / "w.sqlite"
    case_id = make_case(db)
    with Store.open(db) as store:
        summary = summary_of(store, case_id, now=datetime(2025, 1, 2, 3, 4, tzinfo=UTC))
    assert summary.title == TITLE and summary.footer == FOOTER and summary.company == LEGAL_NAME
    sections = {s.title: {r.label: r.value for r in s.rows} for s in summary.sections}
    company = sections["Company (legal business profile)"]
    assert company["Legal business name"] == LEGAL_NAME and company["Country/region"] == "Spain (ES)"
    assert sections["Primary contact"] == {"Name": "Lucía Fernández", "Email": "lucia@contoso-iberia.es",
                                           "Phone": "+34612345678"}
    assert sections["Customer support information"]["Support website"] == FIELDS["support_website"]
    assert sections["MPN profile"] == {"MPN ID": "4567890", "Company": "Contoso Iberia S.L.",
                                       "Country/region": "Spain (ES)"}
    assert sections["Work account (tenant)"]["Tenant domain"] == "contosoiberia.onmicrosoft.com"
    enrollment = sections["Enrollment"]
    assert enrollment["Status"] == "We're reviewing your information"
    assert enrollment["Enrollment ID"] == ENROLLMENT_ID
    whats = [e.what for e in summary.timeline]
    assert whats[0] == "Case created"
    assert any(w.startswith("Enrollment submitted") and ENROLLMENT_ID in w for w in whats)
    assert "Your primary contact verified their email" in whats[-1]  # newest last
    assert summary.timeline[-1].who == "Partner Center"
    assert not any("mpn" == w or w.startswith("Step") for w in whats)  # page changes are not status events
    times = [e.at for e in summary.timeline]
    assert times == sorted(times)


def test_secret_like_values_never_reach_the_summary(qapp) -> None:
    from wizard.ui.summary_pdf import summary_html

    now = datetime(2025, 1, 1, tzinfo=UTC)
    case = CaseRecord(id=7, owner="a", step="enroll", status="draft", created_at=now, updated_at=now,
                      fields={**FIELDS, "password": "hunter2-pw", "session_token": "tok-abc"})
    audit = [AuditEntry(1, 7, now, "a", "sign_in", {"work_account": "x@y.z", "access_token": "tok-xyz"}),
             AuditEntry(2, 7, now, "a", "api_key_rotated", {"secret": "s3cr3t"})]
    page = summary_html(build_summary(case, audit, now))
    for secret in ("hunter2-pw", "tok-abc", "tok-xyz", "s3cr3t", "api_key"):
        assert secret not in page
    assert "&lt;b&gt;Contoso&lt;/b&gt;" in page and "<b>Contoso</b>" not in page
    assert "Not submitted yet" in page


# ----- the PDF through the command line ---------------------------------------------------------
@needs_poppler
def test_summary_pdf_renders_with_the_case_on_page_one(tmp_path) -> None:
    from PySide6.QtGui import QImage

    db = tmp_path / "w.sqlite"
    case_id = make_case(db)
    pdf = tmp_path / "summary.pdf"
    result = run_cli(tmp_path, "--database", str(db), "summary", str(case_id), str(pdf))
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")

    render = subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                            check=False, capture_output=True, text=True, timeout=60)
    assert render.returncode == 0, render.stderr
    pngs = sorted(tmp_path.glob("page*.png"))
    assert len(pngs) == 1 and pngs[0].stat().st_size > 10_000
    image = QImage(str(pngs[0]))
    assert (image.width(), image.height()) == (662, 936)  # A4 at 80 dpi
    step = 4
    dark = sum(
        1
        for y in range(0, image.height(), step)
        for x in range(0, image.width(), step)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 200, "page 1 is (nearly) blank"

    text = pdf_text(pdf)
    one_line = flat(text)
    assert LEGAL_NAME in one_line  # the literal <b>, the accents, Greek and Cyrillic
    assert "<b>" in text
    assert FIELDS["contact_email"] in text
    assert f"Enrollment submitted (enrollment ID {ENROLLMENT_ID})" in one_line
    assert TITLE in one_line and FOOTER in one_line
    assert "Spain (ES)" in text and "We're reviewing your information" in one_line


@needs_poppler
def test_long_timeline_flows_onto_more_pages_with_the_footer_on_each(tmp_path) -> None:
    db = tmp_path / "w.sqlite"
    case_id = make_case(db, extra_audit=80)
    pdf = tmp_path / "long.pdf"
    result = run_cli(tmp_path, "--database", str(db), "summary", str(case_id), str(pdf), "--json")
    assert result.returncode == 0, result.stderr
    assert '"ok": true' in result.stdout
    pages = [flat(p) for p in pdf_text(pdf).split("\f") if p.strip()]
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert FOOTER in page and f"Page {number} of {len(pages)}" in page
    assert "Review note number 79" in pages[-1]


def test_unknown_case_exits_1_with_a_clear_message(tmp_path) -> None:
    db = tmp_path / "w.sqlite"
    make_case(db)
    pdf = tmp_path / "nope.pdf"
    result = run_cli(tmp_path, "--database", str(db), "summary", "999", str(pdf))
    assert result.returncode == 1
    assert "There is no case number 999" in result.stderr
    assert not pdf.exists()


def test_unwritable_path_exits_2_with_a_clear_message(tmp_path) -> None:
    db = tmp_path / "w.sqlite"
    case_id = make_case(db)
    for target in (tmp_path / "missing-folder" / "s.pdf", tmp_path):
        result = run_cli(tmp_path, "--database", str(db), "summary", str(case_id), str(target))
        assert result.returncode == 2, result.stderr
        assert "cannot write the PDF" in result.stderr
    assert not list(tmp_path.glob("*.tmp")) and not list(tmp_path.glob(".*.tmp"))
