"""The vault: system keyring when there is one, a session-only vault with a notice otherwise."""

from __future__ import annotations

import keyring
from keyring.backends import fail

from wizard.secrets import KeyringVault, SessionVault, open_vault


def test_uses_the_keyring_when_one_works(memory_keyring) -> None:
    vault = open_vault()
    assert isinstance(vault, KeyringVault) and vault.persistent and vault.notice == ""
    vault.set("case-1/session", "tok")
    assert memory_keyring.secrets[("csp-wizard", "case-1/session")] == "tok"
    assert vault.get("case-1/session") == "tok"
    vault.delete("case-1/session")
    assert vault.get("case-1/session") is None


def test_no_keyring_backend_gives_a_session_vault_with_a_notice() -> None:
    keyring.set_keyring(fail.Keyring())
    vault = open_vault()
    assert isinstance(vault, SessionVault) and not vault.persistent
    assert "session" in vault.notice
    vault.set("x", "secret")
    assert vault.get("x") == "secret"


class BrokenKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def get_password(self, service, username):
        raise RuntimeError("D-Bus went away")

    def set_password(self, service, username, password):
        raise RuntimeError("D-Bus went away")

    def delete_password(self, service, username):
        raise RuntimeError("D-Bus went away")


def test_a_failing_keyring_degrades_to_the_session_without_losing_the_secret() -> None:
    keyring.set_keyring(BrokenKeyring())
    vault = open_vault()
    vault.set("case-2/session", "tok2")
    assert vault.get("case-2/session") == "tok2"
    assert not vault.persistent and "keyring" in vault.notice
