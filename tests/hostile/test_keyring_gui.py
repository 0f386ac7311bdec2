"""The wizard works without a keyring (session-only vault, notice in the status bar) and with a keyring
that raises on every call (degrades to the session vault, says so, loses no sign-in)."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtWidgets import QLabel

from tests.gui.driver import WizardDriver, enroll
from wizard.secrets import SessionVault, open_vault


class BrokenKeyring(KeyringBackend):
    """A keyring whose every call fails, like a Secret Service whose D-Bus connection went away."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def _fail(self, *_args):
        self.calls += 1
        raise RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown: secret service went away")

    get_password = set_password = delete_password = get_credential = _fail


class FlakyKeyring(KeyringBackend):
    """A keyring that works at startup and breaks later (the session was locked meanwhile)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.broken = False
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        if self.broken:
            raise RuntimeError("keyring locked")
        return self.secrets.get((service, username))

    def set_password(self, service, username, password):
        if self.broken:
            raise RuntimeError("keyring locked")
        self.secrets[(service, username)] = password

    def delete_password(self, service, username):
        if self.broken:
            raise RuntimeError("keyring locked")
        self.secrets.pop((service, username), None)


def notice(driver: WizardDriver) -> str:
    label = driver.window.findChild(QLabel, "notice")
    assert label is not None
    return label.text() if label.isVisible() else ""


def _walk_to_status(driver: WizardDriver) -> None:
    enroll(driver)  # signs in (the token goes to the vault), submits (the token comes back out)
    driver.next()
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)
    assert driver.instance.session.status == "email_verification"


@pytest.fixture
def no_keyring():
    keyring.set_keyring(fail.Keyring())


@pytest.fixture
def broken_keyring() -> BrokenKeyring:
    backend = BrokenKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def flaky_keyring() -> FlakyKeyring:
    backend = FlakyKeyring()
    keyring.set_keyring(backend)
    return backend


def test_without_a_keyring_the_wizard_says_so_and_works_for_the_session(no_keyring, driver: WizardDriver) -> None:
    assert isinstance(driver.instance.services.vault, SessionVault)
    driver.qtbot.waitUntil(lambda: "session" in notice(driver), timeout=15000)
    _walk_to_status(driver)


def test_a_keyring_failing_on_every_call_is_noticed_at_startup(broken_keyring, driver: WizardDriver) -> None:
    driver.qtbot.waitUntil(lambda: "keyring" in notice(driver).lower(), timeout=15000)
    assert not driver.instance.services.vault.persistent
    _walk_to_status(driver)
    assert "Traceback" not in notice(driver)


def test_a_keyring_that_breaks_later_degrades_with_a_notice_and_keeps_the_sign_in(flaky_keyring,
                                                                                 driver: WizardDriver) -> None:
    assert driver.instance.services.vault.persistent and notice(driver) == ""
    flaky_keyring.broken = True
    _walk_to_status(driver)
    driver.qtbot.waitUntil(lambda: "keyring" in notice(driver).lower(), timeout=15000)
    assert not driver.instance.services.vault.persistent


def test_open_vault_probes_the_keyring_once(broken_keyring) -> None:
    vault = open_vault()
    assert not vault.persistent and "keyring" in vault.notice.lower()
    vault.set("case-1/session", "tok")
    assert vault.get("case-1/session") == "tok"
    assert broken_keyring.calls == 1  # the probe; after it the keyring is left alone
