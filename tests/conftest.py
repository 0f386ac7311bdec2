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
def isolated_dirs(tmp_path, monkeypatch: pytest.MonkeyPatch):
    """No test writes to the real per-user data or log folders."""
    monkeypatch.setenv("WIZARD_DB", str(tmp_path / "default" / "wizard.sqlite"))
    monkeypatch.setenv("WIZARD_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("WIZARD_SANDBOX_SCENARIO", raising=False)
