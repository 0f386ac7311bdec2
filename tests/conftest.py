"""Test setup: offscreen Qt, an in-memory keyring, fresh databases and sandboxes per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

import keyring
import pytest
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps secrets in a dict, so tests never touch the user's keyring."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def console_attached(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests read the command line's problems on stderr, as from a terminal: no blocking problem window
    (tests/gui/test_answers_problem_window.py says otherwise where the window is what it tests)."""
    import wizard.cli

    monkeypatch.setattr(wizard.cli, "console_attached", lambda: True)


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch: pytest.MonkeyPatch):
    """No test writes to the real per-user data or log folders."""
    monkeypatch.setenv("WIZARD_DB", str(tmp_path / "default" / "wizard.sqlite"))
    monkeypatch.setenv("WIZARD_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("WIZARD_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("WIZARD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("WIZARD_STAFF_NAME", raising=False)
    monkeypatch.delenv("WIZARD_SANDBOX_SCENARIO", raising=False)


@pytest.fixture
def postgres_url():
    """A fresh, empty PostgreSQL database for one test (dropped after); skips without a server.

    CI (`.ci/run`, or `bash scripts/setup.sh --postgres`) starts a server and sets
    WIZARD_TEST_POSTGRES_URL to a role that may create databases.
    """
    import uuid

    base = os.environ.get("WIZARD_TEST_POSTGRES_URL")
    if not base:
        reason = os.environ.get("WIZARD_TEST_POSTGRES_SKIP") or "no server started"
        pytest.skip(
            f"PostgreSQL tests need WIZARD_TEST_POSTGRES_URL ({reason}); "
            "run `bash scripts/setup.sh --postgres` and export the URL in .venv/postgres-url"
        )
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("PostgreSQL tests need psycopg: pip install -e '.[postgres]'")
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    admin_url = make_url(base)
    name = f"wizard_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    except Exception as exc:  # the environment, not the code: skip with the reason
        admin.dispose()
        pytest.skip(f"PostgreSQL at {admin_url.render_as_string(hide_password=True)} is not usable: {exc}")
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


_language_installed = False


@pytest.fixture(autouse=True)
def app_language(request):
    """The UI's language installed once Qt runs, as wizard.gui does before any window: its translator also gives
    English its %n plural forms ("1 case", "2 cases"), which a bare QApplication would show as "1 case(s)"."""
    global _language_installed
    if not _language_installed and {"qapp", "qtbot"} & set(request.fixturenames):
        request.getfixturevalue("qapp")
        from wizard.ui import i18n

        i18n.install_language(i18n.current_language())
        _language_installed = True
