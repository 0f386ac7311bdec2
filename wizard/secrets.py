"""The vault: passwords and tokens live only here (keyring), never in the database or the logs."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Protocol

from wizard.domain.texts import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

SERVICE = "csp-wizard"
PROBE = "keyring-check"  # a name never stored: reading it tells whether the keyring answers at all


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
        self.notice = notice or QT_TRANSLATE_NOOP(
            "Vault",
            "No system keyring is available: sign-ins are kept for this session only "
            "and you will be asked to sign in again next time.",
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
        self._listeners: list[Callable[[str], object]] = []
        self._lock = threading.Lock()

    def on_degrade(self, listener: Callable[[str], object]) -> None:
        """Call `listener(notice)` once if the keyring stops working (from the thread that found out), so
        the window can say that sign-ins are now kept for this session only."""
        self._listeners.append(listener)

    def _degrade(self, error: Exception) -> SessionVault:
        with self._lock:
            if self._fallback is not None:
                return self._fallback
            # the error's type only: its text may quote what was being stored
            log.warning("keyring failed (%s); keeping secrets for this session only", type(error).__name__)
            fallback = SessionVault(
                QT_TRANSLATE_NOOP("Vault", "The system keyring stopped working: sign-ins are kept for this session only.")
            )
            self.persistent = False
            self.notice = fallback.notice
            self._fallback = fallback
        for listener in self._listeners:
            try:
                listener(self.notice)
            except Exception:  # a closed window must not break storing the secret
                log.exception("keyring notice listener failed")
        return fallback

    def get(self, name: str) -> str | None:
        if self._fallback is not None:
            return self._fallback.get(name)
        try:
            return self._backend.get_password(SERVICE, name)
        except Exception as error:  # noqa: BLE001 - keyring backends raise many unrelated types
            return self._degrade(error).get(name)

    def set(self, name: str, secret: str) -> None:
        if self._fallback is not None:
            self._fallback.set(name, secret)
            return
        try:
            self._backend.set_password(SERVICE, name, secret)
        except Exception as error:  # noqa: BLE001 - as in get
            self._degrade(error).set(name, secret)

    def delete(self, name: str) -> None:
        if self._fallback is not None:
            self._fallback.delete(name)
            return
        try:
            self._backend.delete_password(SERVICE, name)
        except Exception as error:  # noqa: BLE001 - nothing stored under that name, or the keyring is gone:
            log.debug("keyring delete failed (%s)", type(error).__name__)  # either way it's not there


def open_vault() -> Vault:
    """The best vault this machine offers: the system keyring, or a session-only one with a notice."""
    import keyring
    from keyring.backends import fail

    try:
        backend = keyring.get_keyring()
    except Exception as error:  # noqa: BLE001 - a broken keyring configuration must not stop the wizard
        log.warning("no keyring backend: %s", error)
        return SessionVault()
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return SessionVault()
    try:  # one read, so a keyring that fails on every call is noticed at startup rather than mid-flow
        backend.get_password(SERVICE, PROBE)
    except Exception as error:  # noqa: BLE001 - keyring backends raise many unrelated types
        log.warning("the keyring does not work (%s); keeping secrets for this session only", type(error).__name__)
        return SessionVault(QT_TRANSLATE_NOOP(
            "Vault", "The system keyring is not working: sign-ins are kept for this session only "
            "and you will be asked to sign in again next time."))
    return KeyringVault(backend)


def token_name(case_id: int, kind: str) -> str:
    """Name of a case's secret in the vault, e.g. case-3/session."""
    return f"case-{case_id}/{kind}"
