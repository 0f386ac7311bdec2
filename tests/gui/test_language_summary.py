"""Spanish beyond the windows: the printable PDF summary, the store's error messages and the audit trail's
field names (English stays the default for the PDF and what the CLI prints)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.unit.test_summary import FIELDS, LEGAL_NAME, flat, make_case, needs_poppler, pdf_text, run_cli
from wizard.ui import i18n


@pytest.fixture
def spanish(qapp):
    """The app in Spanish for one test; English again afterwards (the translators are process-wide)."""
    assert i18n.install_language("es") == "es"
    yield
    i18n.install_language("en")


# ----- the PDF summary --------------------------------------------------------------------------------
@needs_poppler
def test_summary_pdf_in_spanish_with_language_es(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite"
    case_id = make_case(db)
    pdf = tmp_path / "resumen.pdf"
    result = run_cli(tmp_path, "--database", str(db), "--language", "es", "summary", str(case_id), str(pdf))
    assert result.returncode == 0, result.stderr
    assert "summary written" in result.stdout  # the command line itself stays English
    page = flat(pdf_text(pdf))
    for spanish_words in ("Inscripción como revendedor indirecto de CSP — resumen", "Empresa (perfil comercial legal)",
                          "Contacto principal", "Información de soporte al cliente", "Perfil de MPN",
                          "Cuenta profesional (inquilino)", "Cronología del estado", "Razón social", "España (ES)",
                          "Caso creado", "Inscripción enviada (ID de inscripción", "Página 1 de ",
                          "Comprueba estos datos con los registros oficiales de tu empresa."):
        assert spanish_words in page, spanish_words
    assert LEGAL_NAME in page and FIELDS["contact_email"] in page  # what was typed prints as it is
    for english in ("Primary contact", "Status timeline", "Legal business name", "Page 1 of", "Generated",
                    "Case created", "Spain (ES)"):
        assert english not in page, english


def test_summary_html_translates_the_timeline_and_times(qapp, spanish) -> None:
    from wizard.services.summary import build_summary
    from wizard.store.records import AuditEntry, CaseRecord
    from wizard.ui.formatting import local_time
    from wizard.ui.summary_pdf import summary_html

    at = datetime(2026, 3, 4, 5, 6, tzinfo=UTC)
    case = CaseRecord(id=7, owner="ana", step="status", status="in_review", enrollment_id="ENR-1", version=1,
                      created_at=at, updated_at=at, fields=dict(FIELDS))
    audit = [AuditEntry(1, 7, at, "ana", "create", {}),
             AuditEntry(2, 7, at, "Partner Center", "status",
                        {"to": "in_review", "title": "Making a decision", "emailed_to": "x@contoso.es"}),
             AuditEntry(3, 7, at, "ana", "mpa_accepted", {"region": "Europe", "by": "admin@contoso.es"})]
    page = summary_html(build_summary(case, audit, now=at))
    assert "Tomando una decisión. Estado: " in page  # a stored backend title translated too
    assert "Correo electrónico enviado a x@contoso.es" in page
    assert "Contrato de partners de Microsoft aceptado para Europa por admin@contoso.es" in page
    assert local_time(at) in page and "Último cambio" in page


# ----- store errors -----------------------------------------------------------------------------------
def test_store_errors_are_shown_in_spanish(qapp, spanish, tmp_path: Path) -> None:
    from wizard.store.engine import translate
    from wizard.store.errors import CaseNotFound, StoreCorrupt, StoreLocked, StoreTooNew
    from wizard.ui.messages import error_text

    path = tmp_path / "cases.db"
    full = translate(sqlite3.OperationalError("database or disk is full"), path)
    assert str(full).startswith("The disk holding the case database")  # the CLI and the logs: English
    assert error_text(full) == (f"El disco que contiene la base de datos de casos {path} está lleno. "
                                "Libera espacio y el asistente podrá volver a guardar.")
    read_only = translate(sqlite3.OperationalError("attempt to write a readonly database"), path)
    assert error_text(read_only).startswith(f"No se puede escribir en la base de datos de casos {path}: ")
    assert error_text(StoreLocked(path)).startswith(f"La base de datos de casos {path} está ocupada")
    assert error_text(StoreCorrupt(path)).startswith(f"La base de datos de casos {path} está dañada")
    newer = error_text(StoreTooNew(path, "0099_future"))
    assert "versión más reciente del asistente" in newer and "'0099_future'" in newer
    assert error_text(CaseNotFound(12)) == "No existe el caso número 12."


def test_a_damaged_database_is_explained_in_spanish(qtbot, open_app, db_path: Path, spanish) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"this is not a database, it is a shopping list\n" * 200)
    instance = open_app(wait=False)
    qtbot.waitUntil(lambda: instance.window.error_box is not None and instance.window.error_box.isVisible(),
                    timeout=20000)
    shown = instance.window.error_box.text()
    assert f"La base de datos de casos {db_path} está dañada" in shown, shown
    words = shown.replace(str(db_path), "")
    assert "damaged" not in words and "cannot be opened" not in words


# ----- the audit trail --------------------------------------------------------------------------------
def test_audit_view_in_spanish_shows_field_labels_not_keys(qtbot, spanish) -> None:
    from wizard.domain.rules import FIELD_LABELS
    from wizard.store.records import AuditEntry
    from wizard.ui.audit_view import AuditView

    at = datetime(2026, 3, 4, 5, 6, tzinfo=UTC)
    entries = [AuditEntry(i, 1, at, "ana", "edit", {"field": key, "from": "", "to": "x"})
               for i, key in enumerate(FIELD_LABELS, start=1)]
    entries.append(AuditEntry(99, 1, at, "ana", "answers", {"file": "a.json", "fields": ["city", "contact_email"]}))

    class Source:
        def audit(self, case_id: int):
            return entries

    view = AuditView(Source(), 1)
    qtbot.addWidget(view)
    view.refresh()
    model = view.model
    qtbot.waitUntil(lambda: model.rowCount() == len(entries))  # read on a worker
    cells = [str(model.data(model.index(row, col))) for row in range(model.rowCount()) for col in range(4)]
    shown = "\n".join(cells)
    for key in FIELD_LABELS:
        assert key not in shown and key.replace("_", " ") not in shown, key
    assert "Modificó la dirección de correo electrónico del contacto principal" in shown
    assert "la ciudad, la dirección de correo electrónico del contacto principal" in shown
    assert "Edited" not in shown
