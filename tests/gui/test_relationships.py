"""The relationships window with the real widgets: directory, invitations, providers, customers, inviting."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QListWidget, QPushButton, QTableView, QTableWidget

from tests.gui.driver import PASSWORD, WizardDriver, enroll, verify_contact_email
from tests.gui.test_outbox import click as outbox_click
from tests.gui.test_outbox import outbox_of, select_row
from wizard.ui.keys import type_text

TENANT = "contosoiberia.onmicrosoft.com"


def approve(driver: WizardDriver, sign_mpa: bool = True) -> None:
    enroll(driver)
    driver.next()
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)
    verify_contact_email(driver)
    driver.instance.services.backend.advance(timedelta(days=4))
    driver.click("check_status")
    driver.qtbot.waitUntil(lambda: driver.instance.session.status == "approved", timeout=15000)
    driver.qtbot.waitUntil(driver.next_enabled, timeout=15000)
    driver.next()
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)
    if sign_mpa:
        driver.type("mpa_password", PASSWORD, leave=False)
        driver.click("accept_mpa")
        driver.qtbot.waitUntil(driver.widget("mpa_banner", QLabel).isVisible, timeout=15000)


def window_of(driver: WizardDriver):
    driver.qtbot.waitUntil(lambda: driver.instance.relationships_window is not None, timeout=15000)
    return driver.instance.relationships_window


def child(window, cls, name):
    widget = window.findChild(cls, name)
    assert widget is not None, name
    return widget


def follow_invitation(driver: WizardDriver, provider_id: str) -> None:
    driver.instance.services.backend.send_provider_invitation(provider_id, TENANT)
    driver.window.open_outbox()
    outbox = outbox_of(driver)
    outbox.refresh()
    mail = outbox.findChild(QListWidget, "outbox_list")
    driver.qtbot.waitUntil(lambda: any("invit" in mail.item(i).text().lower() for i in range(mail.count())), timeout=15000)
    select_row(driver, mail, "invit")
    outbox_click(driver, outbox, "open_link")


def test_not_available_before_the_account_is_ready(driver: WizardDriver) -> None:
    driver.window.relationships_action.trigger()
    window = window_of(driver)
    assert window.isVisible()
    assert "once your Partner Center account is ready" in child(window, QLabel, "not_ready").text()


def test_accept_authorize_view_customers_and_invite(driver: WizardDriver) -> None:
    qtbot = driver.qtbot
    approve(driver)
    follow_invitation(driver, "iberiacloud")
    window = window_of(driver)
    text = child(window, QLabel, "invitation_text")
    qtbot.waitUntil(lambda: "Iberia Cloud" in text.text(), timeout=15000)
    assert "administrator access" in child(window, QLabel, "authorize_meaning").text()
    assert "✔" in child(window, QLabel, "mpa_check").text()
    authorize = child(window, QPushButton, "authorize_provider")
    assert not authorize.isEnabled()  # the checkbox comes first
    confirm = child(window, QCheckBox, "authorize_confirm")
    confirm.setFocus()
    qtbot.keyClick(confirm, Qt.Key.Key_Space)
    assert confirm.isChecked() and authorize.isEnabled()
    qtbot.mouseClick(authorize, Qt.MouseButton.LeftButton)
    providers = child(window, QTableWidget, "indirect_providers")
    qtbot.waitUntil(lambda: providers.rowCount() == 1, timeout=15000)
    assert TENANT in driver.instance.services.backend.provider_resellers("iberiacloud")
    assert providers.item(0, 3).text() == "Yes"

    providers.selectRow(0)
    qtbot.mouseClick(child(window, QPushButton, "view_customers"), Qt.MouseButton.LeftButton)
    table = child(window, QTableView, "customers_view")
    count = child(window, QLabel, "customer_count")
    qtbot.waitUntil(lambda: count.text() == "30 customers", timeout=15000)
    filter_edit = child(window, QLineEdit, "customer_filter")
    filter_edit.setFocus()
    type_text(filter_edit, "datum")
    qtbot.waitUntil(lambda: count.text() == "1 customer", timeout=15000)
    assert "Datum" in table.model().index(0, 0).data()
    filter_edit.clear()
    qtbot.mouseClick(child(window, QCheckBox, "missing_only"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: count.text() == "3 customers", timeout=15000)
    qtbot.mouseClick(child(window, QCheckBox, "missing_only"), Qt.MouseButton.LeftButton)

    invite_email = child(window, QLineEdit, "invite_email")
    invite_email.setFocus()
    type_text(invite_email, "compras@@nuevo")
    qtbot.mouseClick(child(window, QPushButton, "invite_customer"), Qt.MouseButton.LeftButton)
    error = child(window, QLabel, "invite_email_error")
    qtbot.waitUntil(error.isVisible, timeout=15000)
    assert invite_email.text() == "compras@@nuevo"  # kept for correcting
    invite_email.clear()
    type_text(invite_email, "compras@nuevocliente.es")
    type_text(child(window, QLineEdit, "invite_name"), "Nuevo Cliente S.L.")
    qtbot.mouseClick(child(window, QPushButton, "invite_customer"), Qt.MouseButton.LeftButton)
    result = child(window, QLabel, "invite_result")
    qtbot.waitUntil(lambda: "Invitation sent to compras@nuevocliente.es" in result.text(), timeout=15000)
    mails = [m for m in driver.instance.services.backend.outbox_for("compras@nuevocliente.es")]
    assert len(mails) == 1 and "both" in mails[0].body
    driver.instance.services.backend.open_link(mails[0].links[0])  # the customer accepts in their mail
    window.customers.sync()
    qtbot.waitUntil(lambda: count.text() == "31 customers", timeout=15000)

    providers.selectRow(0)
    window.tabs.setCurrentIndex(2)
    qtbot.mouseClick(child(window, QPushButton, "remove_admin_access"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: providers.item(0, 3).text() == "Removed", timeout=15000)


def test_invitation_from_a_provider_outside_the_region_is_refused(driver: WizardDriver) -> None:
    approve(driver)
    follow_invitation(driver, "prairie")
    window = window_of(driver)
    message = child(window, QLabel, "invitation_message")
    driver.qtbot.waitUntil(lambda: "region" in message.text().lower(), timeout=15000)
    assert not child(window, QPushButton, "authorize_provider").isEnabled()
    assert driver.instance.services.backend.provider_resellers("prairie") == []


def test_partner_agreement_must_be_signed_before_authorizing(driver: WizardDriver) -> None:
    approve(driver, sign_mpa=False)
    follow_invitation(driver, "iberiacloud")
    window = window_of(driver)
    check = child(window, QLabel, "mpa_check")
    driver.qtbot.waitUntil(lambda: "haven't signed" in check.text(), timeout=15000)
    assert not child(window, QPushButton, "authorize_provider").isEnabled()


def test_directory_search_and_reason_for_a_missing_provider(driver: WizardDriver) -> None:
    approve(driver, sign_mpa=False)
    driver.window.relationships_action.trigger()
    window = window_of(driver)
    results = child(window, QListWidget, "provider_results")
    driver.qtbot.waitUntil(lambda: results.count() > 0, timeout=15000)
    assert all("Europe" in results.item(i).text() for i in range(results.count()))
    search = child(window, QLineEdit, "provider_search")
    search.setFocus()
    type_text(search, "prairie")
    driver.qtbot.waitUntil(lambda: results.count() == 0, timeout=15000)
    driver.qtbot.mouseClick(child(window, QPushButton, "why_not"), Qt.MouseButton.LeftButton)
    reason = child(window, QLabel, "why_not_result")
    driver.qtbot.waitUntil(lambda: "Prairie" in reason.text(), timeout=15000)
    assert "Spain" in reason.text()
