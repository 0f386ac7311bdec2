"""Sign in with specific refusals, and Create one."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.gui.driver import PASSWORD, WizardDriver


@pytest.mark.parametrize(
    ("upn", "password", "field", "words"),
    [
        ("nobody@contosoiberia.onmicrosoft.com", PASSWORD, "work_account", "couldn't find"),
        ("admin@contosoiberia.onmicrosoft.com", "wrong-password", "password", "password"),
        ("user@contosoiberia.onmicrosoft.com", PASSWORD, "work_account", "global admin"),
    ],
)
def test_sign_in_refusals_are_specific(driver: WizardDriver, upn, password, field, words) -> None:
    driver.next()
    driver.sign_in(upn, password)
    driver.qtbot.waitUntil(lambda: driver.error(field) != "", timeout=15000)
    assert words in driver.error(field).lower()
    assert not driver.next_enabled()
    assert driver.edit("work_account").text() == upn  # what was typed stays


def test_empty_password_is_asked_for_without_calling_the_service(driver: WizardDriver) -> None:
    driver.next()
    driver.type("work_account", "admin@contosoiberia.onmicrosoft.com")
    driver.click("sign_in_button")
    assert "password" in driver.error("password").lower()
    assert driver.edit("password").hasFocus()


def test_editing_the_account_after_signing_in_requires_a_new_sign_in(driver: WizardDriver) -> None:
    driver.next()
    driver.sign_in()
    driver.wait_complete()
    driver.type("work_account", "admin@fabrikamus.onmicrosoft.com")
    assert not driver.next_enabled()


def test_create_one_makes_a_tenant_and_signs_in_with_it(driver: WizardDriver) -> None:
    driver.next()
    driver.click("create_one")
    assert driver.widget("create_group").isVisible()
    driver.type("new_tenant_name", "adatumsoluciones")
    driver.choose_country("new_tenant_country", "MX")
    driver.type("new_display_name", "María José Núñez")
    driver.type("new_password", "Adatum#2026x")
    driver.type("new_password_confirm", "Adatum#2026x")
    driver.click("create_account_button")
    driver.wait_complete()
    assert driver.edit("work_account").text() == "admin@adatumsoluciones.onmicrosoft.com"
    status = driver.widget("sign_in_status", QLabel).text()
    assert "adatumsoluciones.onmicrosoft.com" in status and "MX" in status
    # the new account really exists in the sandbox
    account, _token = driver.instance.services.backend.sign_in("admin@adatumsoluciones.onmicrosoft.com", "Adatum#2026x")
    assert account.global_admin and account.tenant_country == "MX"


def test_create_one_refusals(driver: WizardDriver) -> None:
    driver.next()
    driver.click("create_one")
    driver.type("new_tenant_name", "contosoiberia")  # taken by the demo scenario
    driver.choose_country("new_tenant_country", "ES")
    driver.type("new_display_name", "Ana")
    driver.type("new_password", "short")
    driver.type("new_password_confirm", "different")
    driver.click("create_account_button")
    assert "different" in driver.error("new_password_confirm")
    driver.type("new_password_confirm", "short")
    driver.click("create_account_button")
    driver.qtbot.waitUntil(lambda: bool(driver.error("new_tenant_name") or driver.error("new_password")), timeout=15000)
    assert not driver.next_enabled()
