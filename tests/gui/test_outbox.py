"""The Sandbox menu: the outbox window, opening email links, pasted links and the developer clock."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton

from tests.gui.driver import CONTACT, WizardDriver
from wizard.app import AppInstance
from wizard.domain.model import Email, LinkOutcome
from wizard.settings import load_settings
from wizard.ui.keys import type_text
from wizard.ui.outbox import OutboxWindow
from wizard.ui.tasks import wait_for_tasks
from wizard.ui.widgets import tone_of


def enroll(driver: WizardDriver) -> None:
    driver.to_legal_profile()
    driver.fill_contact()
    driver.next()
    assert driver.step == "enroll"
    driver.click("enroll_now")
    driver.qtbot.waitUntil(
        lambda: driver.instance.session.submitted and not driver.wizard.currentPage().busy, timeout=15000
    )


def outbox_of(driver: WizardDriver) -> OutboxWindow:
    window = driver.window.outbox
    assert window is not None and window.isVisible()
    assert window.isWindow() and window.objectName() == "outbox_window"
    driver.qtbot.waitUntil(lambda: not window.busy, timeout=15000)
    return window


def idle(driver: WizardDriver, window: OutboxWindow) -> None:
    driver.qtbot.waitUntil(lambda: not window.busy, timeout=15000)


def click(driver: WizardDriver, window: OutboxWindow, name: str) -> None:
    button = window.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), f"{name} is disabled"
    driver.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    idle(driver, window)


def select_row(driver: WizardDriver, mail: QListWidget, words: str) -> None:
    for row in range(mail.count()):
        item = mail.item(row)
        if words in item.text():
            rect = mail.visualItemRect(item)
            driver.qtbot.mouseClick(mail.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"no email about {words!r}")


def result(window: OutboxWindow) -> tuple[str, bool]:
    label = window.findChild(QLabel, "link_result")
    return label.text(), tone_of(label) == "error"


def test_the_outbox_verifies_the_email_and_refuses_a_used_or_malformed_link(driver: WizardDriver) -> None:
    qtbot, window = driver.qtbot, driver.window
    enroll(driver)
    store, case_id = driver.instance.services.store, driver.instance.session.case_id

    window.activateWindow()
    qtbot.waitActive(window)
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    outbox = outbox_of(driver)
    assert outbox.windowTitle() == "Sandbox outbox"
    assert "simulated mailbox" in outbox.findChild(QLabel, "outbox_explanation").text()
    mail = outbox.findChild(QListWidget, "outbox_list")
    assert mail.count() >= 1
    newest = mail.item(0).text()
    assert CONTACT["contact_email"] in newest and "verify your email" in newest

    select_row(driver, mail, "verify your email")
    body = outbox.findChild(QPlainTextEdit, "outbox_body")
    assert body.isReadOnly()
    text = body.toPlainText()
    assert "(1) you signed up for a Partner Center account" in text
    assert f"(2) this email address, {CONTACT['contact_email']}, belongs to your company" in text
    assert not outbox.findChild(QComboBox, "outbox_links").isVisible()  # one link: nothing to pick
    count = mail.count()

    click(driver, outbox, "open_link")
    said, is_error = result(outbox)
    assert f"{CONTACT['contact_email']} is verified" in said and not is_error
    assert driver.instance.session.status == "in_review"
    assert store.get_case(case_id).status == "in_review"
    qtbot.waitUntil(lambda: mail.count() > count, timeout=15000)  # the status update the sandbox sent
    assert "verify your email" in mail.currentItem().text()  # the selection stayed on the same email
    audit = store.audit(case_id)

    click(driver, outbox, "open_link")  # the same link again
    said, is_error = result(outbox)
    assert "already used" in said and is_error
    assert driver.instance.session.status == "in_review"
    assert store.get_case(case_id).status == "in_review" and store.audit(case_id) == audit

    window.open_link_action.trigger()  # Sandbox > Open a link…
    paste = outbox.findChild(QLineEdit, "outbox_paste")
    qtbot.waitUntil(lambda: paste.hasFocus() or outbox.focusWidget() is paste, timeout=5000)
    type_text(paste, "csp-sandbox://verify-email")
    click(driver, outbox, "open_pasted")
    said, is_error = result(outbox)
    assert "isn't a link the sandbox Partner Center can open" in said and is_error
    assert store.get_case(case_id).status == "in_review" and store.audit(case_id) == audit

    paste.clear()
    type_text(paste, "csp-sandbox://verify-email?enrollment=ENR-ZZZZ2222&code=abc")
    qtbot.keyClick(paste, Qt.Key.Key_Return)
    idle(driver, outbox)
    said, is_error = result(outbox)
    assert "ENR-ZZZZ2222" in said and "the case open here" in said and is_error
    assert store.audit(case_id) == audit


def test_the_developer_clock_moves_sandbox_time_and_refreshes_status_and_outbox(driver: WizardDriver) -> None:
    qtbot, window = driver.qtbot, driver.window
    enroll(driver)
    window.outbox_action.trigger()
    outbox = outbox_of(driver)
    mail = outbox.findChild(QListWidget, "outbox_list")
    select_row(driver, mail, "verify your email")
    click(driver, outbox, "open_link")
    assert driver.instance.session.status == "in_review"
    driver.next()
    assert driver.step == "status"
    before = driver.instance.services.backend.now()
    count = mail.count()

    window.advance_actions[1].trigger()
    notice = driver.widget("notice", QLabel)
    qtbot.waitUntil(lambda: notice.text().startswith("Sandbox time is now"), timeout=15000)
    assert (driver.instance.services.backend.now() - before).total_seconds() >= 86400
    window.advance_actions[7].trigger()
    qtbot.waitUntil(lambda: driver.instance.session.status == "approved", timeout=15000)  # the status page checked
    assert driver.instance.services.store.get_case(driver.instance.session.case_id).status == "approved"
    backend = driver.instance.services.backend
    qtbot.waitUntil(lambda: not outbox.busy and mail.count() == len(backend.outbox()), timeout=15000)
    assert mail.count() > count  # the open outbox was read again: the review's status updates are listed


def test_sandbox_menu_is_disabled_until_the_services_are_up_and_hidden_without_a_sandbox(qtbot, db_path) -> None:
    instance = AppInstance(load_settings(str(db_path)))
    qtbot.addWidget(instance.window)
    window = instance.window
    try:
        actions = [window.outbox_action, window.open_link_action, *window.advance_actions.values()]
        assert not any(action.isEnabled() for action in actions)
        assert window.advance_actions.keys() == {1, 3, 7}
        assert window.outbox_action.shortcut().toString() == "Ctrl+Shift+O"
        window.outbox_action.trigger()  # nothing to open yet
        assert window.outbox is None
        instance.show()
        qtbot.waitUntil(lambda: instance.services is not None, timeout=20000)
        assert all(action.isEnabled() for action in actions)
        assert window.sandbox_menu.menuAction().isVisible()

        window.attach_services(None, lambda url: None)  # a live Partner Center has no outbox or clock
        assert not window.sandbox_menu.menuAction().isVisible()
        assert not any(action.isEnabled() for action in actions)
    finally:
        wait_for_tasks()
        window.close()
        instance.close()


def test_the_outbox_shows_bodies_as_plain_text_and_picks_among_several_links(qtbot) -> None:
    sent = datetime(2026, 3, 2, 9, 30, tzinfo=timezone.utc)
    mail = [
        Email(1, "a@contoso.es", "Older", "first", "status_update", sent, ()),
        Email(2, "b@contoso.es", "Two links <b>here</b>", "<b>Bold?</b> <a href='x'>no</a> & more", "verification",
              sent.replace(hour=10), ("csp-sandbox://verify-email?enrollment=E&code=1", "https://example.com",
                                      "csp-sandbox://verify-email?enrollment=E&code=2")),
    ]
    opened: list[str] = []

    def open_link(url: str) -> LinkOutcome:
        opened.append(url)
        return LinkOutcome("verify-email", "E", "contoso.onmicrosoft.com", "It worked <i>fine</i>.")

    window = OutboxWindow(lambda: mail, open_link)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.busy and window.list.count() == 2, timeout=5000)
    assert "Two links <b>here</b>" in window.list.item(0).text()  # newest first, selected
    assert "<b>Bold?</b> <a href='x'>no</a> & more" in window.body.toPlainText()
    combo = window.findChild(QComboBox, "outbox_links")
    assert combo.isVisible() and combo.count() == 2  # only the csp-sandbox:// links
    combo.setCurrentIndex(1)
    qtbot.mouseClick(window.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.busy, timeout=5000)
    assert opened == ["csp-sandbox://verify-email?enrollment=E&code=2"]
    label = window.findChild(QLabel, "link_result")
    assert label.text() == "It worked <i>fine</i>." and label.textFormat() == Qt.TextFormat.PlainText

    window.list.setCurrentRow(1)  # an email without links
    assert not window.open_button.isEnabled() and not combo.isVisible()
    wait_for_tasks()
