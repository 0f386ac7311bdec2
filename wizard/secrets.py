"""The vault: passwords and tokens live only here (keyring), never in the database or the logs."""

from __future__ import annotations

import logging
import threading
from typing import Protocol

log = logging.getLogger(__name__)

SERVICE = "csp-wizard"


class Vault(Protocol):
    persistent: bool
    notice: str

    def get(self, name: str) -> str | None: ...
    def set(self, name: str, secret: str) -> None: ...
    def delete(self, name: str) -> None: ...


class SessionVault:
    """In-memory vault used when no keyring backend works: secrets vanish when the app closes."""

    persistent = False

    def __init__(self, notice: str = "") -> None:
        self.notice = notice or (
            "No system keyring is available: sign-ins are kept for this session only "
            "and you will be asked to sign in again next time."
        )
        self._secrets: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, name: str) -> str | None:
        with self._lock:
            return self._secrets.get(name)

    def set(self, name: str, secret: str) -> None:
        with self._lock:
            self._secrets[name] = secret

    def delete(self, name: str) -> None:
        with self._lock:
            self._secrets.pop(name, None)


class KeyringVault:
    """System keyring (Secret Service, macOS Keychain, Windows Credential Locker).

    A keyring that fails at run time (locked, D-Bus gone) degrades to the session vault
    rather than losing the sign-in or crashing the wizard."""

    persistent = True
    notice = ""

    def __init__(self, backend) -> None:
        self._backend = backend
        self._fallback: SessionVault | None = None

    def _degrade(self, error: Exception) -> SessionVault:
        if self._fallback is None:
            log.warning("keyring failed (%s); keeping secrets for this session only", type(error).__name__)
            self._fallback = SessionVault(
                "The system keyring stopped working: sign-ins are kept for this session only."
            )
            self.persistent = False
            self.notice = self._fallback.notice
        return self._fallback

    def get(self, name: str) -> str | None:
        if self._fallback is not None:
            return self._fallback.get(name)
        try:
            return self._backend.get_password(SERVICE, name)
        except Exception as error:  # keyring backends raise many unrelated types
            return self._degrade(error).get(name)

    def set(self, name: str, secret: str) -> None:
        if self._fallback is not None:
            self._fallback.set(name, secret)
            return
        try:
            self._backend.set_password(SERVICE, name, secret)
        except Exception as error:
            self._degrade(error).set(name, secret)

    def delete(self, name: str) -> None:
        if self._fallback is not None:
            self._fallback.delete(name)
            return
        try:
            self._backend.delete_password(SERVICE, name)
        except Exception:
            pass  # nothing stored under that name, or the keyring is gone: either way it's not there


def open_vault() -> Vault:
    """The best vault this machine offers: the system keyring, or a session-only one with a notice."""
    import keyring
    from keyring.backends import fail

    try:
        backend = keyring.get_keyring()
    except Exception as error:  # a broken keyring configuration must not stop the wizard
        log.warning("no keyring backend: %s", error)
        return SessionVault()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return SessionVault()
    return KeyringVault(backend)


def token_name(case_id: int, kind: str) -> str:
    """Name of a case's secret in the vault, e.g. case-3/session."""
    return f"case-{case_id}/{kind}"
