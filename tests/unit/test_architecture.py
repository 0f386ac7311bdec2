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
