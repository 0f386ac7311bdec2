"""The layer boundaries of DESIGN.md are checked, not just hoped for."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_hold() -> None:
    linter = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    result = subprocess.run([linter], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_nothing_heavy_is_imported_before_the_first_paint() -> None:
    """The startup path (app + UI + quick store read) must not pull in SQLAlchemy, Alembic, keyring or pydantic."""
    code = (
        "import sys, wizard.app, wizard.ui.main_window, wizard.store.quick;"
        "print(','.join(m for m in ('sqlalchemy','alembic','keyring','pydantic','phonenumbers') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_deferred_libraries_load_after_the_first_paint(tmp_path: Path) -> None:
    """Resumed on the legal profile with an email typed, the window paints before any deferred library
    (the free/throwaway mail lists, SQLAlchemy, keyring ...) is loaded: they come on the start-up worker."""
    import os

    from wizard.store.repository import Store

    database = tmp_path / "cases.db"
    with Store.open(database) as store:
        case_id = store.create_case("test")
        store.save_fields(case_id, {"contact_email": "ana@gmx.de", "support_email": "x@mailinator.com"})
        store.set_step(case_id, "legal_profile", "test")
    env = {
        **os.environ, "QT_QPA_PLATFORM": "offscreen", "WIZARD_EXIT_AFTER_FIRST_PAINT": "1",
        "WIZARD_LOG_DIR": str(tmp_path / "logs"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "--database", str(database)],
        capture_output=True, text=True, timeout=90, cwd=ROOT, env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = [line for line in result.stdout.splitlines() if line.startswith("deferred_loaded_at_paint=")]
    assert lines == ["deferred_loaded_at_paint="], result.stdout



def test_a_first_start_paints_and_reports_it(tmp_path: Path) -> None:
    """A first start (no database yet) shows the welcome page; its first paint is seen even when the page's
    children cover it entirely (the background start-up waits for it), and nothing deferred loaded before."""
    import os

    env = {
        **os.environ, "QT_QPA_PLATFORM": "offscreen", "WIZARD_EXIT_AFTER_FIRST_PAINT": "1",
        "WIZARD_LOG_DIR": str(tmp_path / "logs"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "wizard", "--database", str(tmp_path / "new" / "cases.db")],
        capture_output=True, text=True, timeout=90, cwd=ROOT, env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "first_paint_epoch=" in result.stdout
    assert "deferred_loaded_at_paint=" in result.stdout.splitlines()
