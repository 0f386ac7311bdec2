"""Shared steps of the hostile GUI tests: hostile values, the whole flow with them, and the checks that
every widget shows them as literal text."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as QtGui  # Qt.mightBeRichText lives in QtGui's part of the namespace
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QTableWidget,
    QWidget,
)

from tests.gui.driver import PASSWORD, WizardDriver, verify_contact_email
from wizard.ui.keys import type_text

# Markup a browser or Qt would interpret; each must be shown exactly as typed.
TAGS = "<b>Contoso</b><img src=x>"
ENTITIES = "&lt;script&gt;alert(1)&lt;/script&gt;"
PROVIDER_NAME = "<b>Iberia</b> Cloud &lt;Distribución&gt;"
CUSTOMER_NAME = "<i>Alpine</i> &amp; Ski House"
MARKERS = ("<b>Contoso</b>", "<img src=x>", "&lt;script&gt;", "<i>Planta</i>", "<u>Madrid</u>", "&lt;Comunidad&gt;",
           "<b>Lucía</b>", "&lt;Fernández&gt;", "<b>packet</b>", "<b>a@contoso.es</b>", "<b>Iberia</b>",
           "<i>Alpine</i>")  # only in what users typed or a scenario file holds
HOSTILE_FIELDS = {  # accepted by the rules, so they travel through the whole flow
    "legal_name": f"{TAGS} Iberia S.L.",
    "address_line1": f"{ENTITIES} 95",
    "address_line2": "<i>Planta</i> 3 &amp; 4",
    "city": "<u>Madrid</u>",
    "state": "&lt;Comunidad&gt; de Madrid",
    "contact_first_name": "<b>Lucía</b>",
    "contact_last_name": "&lt;Fernández&gt;",
}
TENANT = "contosoiberia.onmicrosoft.com"


def hostile_scenario(folder: Path) -> Path:
    """The demo scenario whose Spanish MPN profile, provider and a customer carry markup, so the sandbox
    approves the hostile legal profile (it matches the MPN profile) and shows markup from its own data."""
    from wizard.backends.sandbox.scenario import demo_scenario_path

    data = json.loads(demo_scenario_path().read_text(encoding="utf-8"))
    for account in data["pmc_accounts"]:
        for profile in account["mpn_profiles"]:
            if profile["mpn_id"] == "4567890":
                profile["company"] = HOSTILE_FIELDS["legal_name"]
                profile["address"] = {"line1": HOSTILE_FIELDS["address_line1"],
                                      "line2": HOSTILE_FIELDS["address_line2"], "city": HOSTILE_FIELDS["city"],
                                      "state": HOSTILE_FIELDS["state"], "postal_code": "28046"}
    for provider in data["providers"]:
        if provider["id"] == "iberiacloud":
            provider["name"] = PROVIDER_NAME
    for customer in data["customers"]:
        if customer["id"] == "cust-001":
            customer["name"] = CUSTOMER_NAME
    path = folder / "hostile-scenario.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def paste(driver: WizardDriver, field: str, text: str) -> None:
    """Paste `text` into a field (what users do with long or odd text), then leave it with Tab."""
    edit = driver.edit(field)
    driver.qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    edit.selectAll()
    QApplication.clipboard().setText(text)
    driver.qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    driver.qtbot.keyClick(edit, Qt.Key.Key_Tab)


def idle(driver: WizardDriver, timeout: int = 15000) -> None:
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=timeout)


def child(window: QWidget, cls: type, name: str):
    widget = window.findChild(cls, name)
    assert widget is not None, name
    return widget


# ----- the flow ---------------------------------------------------------------------------------------
def enroll_with(driver: WizardDriver, values: dict[str, str]) -> None:
    """Sign in, choose the Spanish profile, fill the legal profile with `values`, review, Enroll now."""
    driver.to_legal_profile()
    driver.fill_contact()
    for key, value in values.items():
        paste(driver, key, value)
        assert driver.error(key) == "", (key, driver.error(key))
    driver.next()
    assert driver.step == "enroll", driver.step


def submit(driver: WizardDriver) -> None:
    driver.click("enroll_now")
    driver.qtbot.waitUntil(lambda: driver.instance.session.submitted and not driver.wizard.currentPage().busy,
                           timeout=15000)


def approve_and_sign_mpa(driver: WizardDriver, password: str = PASSWORD) -> None:
    """From the submitted enrollment: status page, email verified, review done, overview, MPA accepted."""
    driver.next()
    idle(driver)
    verify_contact_email(driver)
    driver.instance.services.backend.advance(timedelta(days=4))
    driver.click("check_status")
    driver.qtbot.waitUntil(lambda: driver.instance.session.status == "approved", timeout=15000)
    driver.qtbot.waitUntil(driver.next_enabled, timeout=15000)
    driver.next()
    idle(driver)
    driver.type("mpa_password", password, leave=False)
    driver.click("accept_mpa")
    driver.qtbot.waitUntil(driver.widget("mpa_banner", QLabel).isVisible, timeout=15000)


def relationships(driver: WizardDriver, provider_id: str = "iberiacloud", customer_name: str = "Nuevo Cliente",
                  customer_email: str = "compras@nuevocliente.es"):
    """Follow a provider's invitation from the outbox, authorize it, view the shared customers and invite one."""
    qtbot = driver.qtbot
    driver.instance.services.backend.send_provider_invitation(provider_id, TENANT)
    outbox = driver.window.open_outbox()
    qtbot.waitUntil(lambda: not outbox.busy, timeout=15000)
    outbox.refresh()
    mail = child(outbox, QListWidget, "outbox_list")
    qtbot.waitUntil(lambda: any("invit" in mail.item(i).text().lower() for i in range(mail.count())), timeout=15000)
    row = next(r for r in range(mail.count()) if "invit" in mail.item(r).text().lower())
    qtbot.mouseClick(mail.viewport(), Qt.MouseButton.LeftButton, pos=mail.visualItemRect(mail.item(row)).center())
    qtbot.waitUntil(lambda: not outbox.busy, timeout=15000)
    qtbot.mouseClick(child(outbox, QPushButton, "open_link"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: driver.instance.relationships_window is not None, timeout=15000)
    window = driver.instance.relationships_window
    confirm = child(window, QCheckBox, "authorize_confirm")
    authorize = child(window, QPushButton, "authorize_provider")
    qtbot.waitUntil(lambda: confirm.isEnabled() or authorize.isEnabled(), timeout=15000)
    confirm.setChecked(True)
    qtbot.waitUntil(authorize.isEnabled, timeout=15000)
    qtbot.mouseClick(authorize, Qt.MouseButton.LeftButton)
    providers = child(window, QTableWidget, "indirect_providers")
    qtbot.waitUntil(lambda: providers.rowCount() >= 1, timeout=15000)
    providers.selectRow(0)
    qtbot.mouseClick(child(window, QPushButton, "view_customers"), Qt.MouseButton.LeftButton)
    count = child(window, QLabel, "customer_count")
    qtbot.waitUntil(lambda: any(ch.isdigit() for ch in count.text()), timeout=15000)
    invite_email = child(window, QLineEdit, "invite_email")
    invite_email.setFocus()
    type_text(invite_email, customer_email)
    name = child(window, QLineEdit, "invite_name")
    name.setFocus()
    type_text(name, customer_name)
    qtbot.mouseClick(child(window, QPushButton, "invite_customer"), Qt.MouseButton.LeftButton)
    result = child(window, QLabel, "invite_result")
    qtbot.waitUntil(lambda: customer_email in result.text(), timeout=15000)
    return window, outbox


def open_case_windows(driver: WizardDriver):
    """The case list with the case selected, its audit trail and its notes."""
    driver.instance.show_case_list()
    cases = driver.instance.case_list_window
    driver.qtbot.waitUntil(lambda: cases.model.rowCount() > 0, timeout=15000)
    cases.view.selectRow(0)
    audit, notes = cases.open_audit(), cases.open_notes()
    driver.qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=15000)  # read on a worker
    return cases, audit, notes


# ----- what is on screen -------------------------------------------------------------------------------
def windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if not w.objectName().startswith("qt_")]


def labels() -> Iterator[QLabel]:
    for window in windows():
        if isinstance(window, QLabel):
            yield window
        yield from window.findChildren(QLabel)


def shows_rich_text(label: QLabel) -> bool:
    """True if Qt interprets this label's text as HTML (AutoText guesses from the first line)."""
    fmt = label.textFormat()
    if fmt == Qt.TextFormat.PlainText:
        return False
    return fmt in (Qt.TextFormat.RichText, Qt.TextFormat.MarkdownText) or QtGui.mightBeRichText(label.text())


def _cells(model: QAbstractItemModel, parent: QModelIndex | None = None, limit: int = 300) -> Iterator[QModelIndex]:
    parent = parent if parent is not None else QModelIndex()
    try:
        columns = model.columnCount(parent)
    except TypeError:  # list models hide columnCount: one column
        columns = 1
    for row in range(min(model.rowCount(parent), limit)):
        for column in range(columns):
            yield model.index(row, column, parent)


def view_texts(role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> Iterator[tuple[QAbstractItemView, str]]:
    for window in windows():
        for view in window.findChildren(QAbstractItemView):
            model = view.model()
            if model is None:
                continue
            for index in _cells(model):
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    yield view, value


def tooltips() -> Iterator[tuple[str, str]]:
    for window in windows():
        for widget in [window, *window.findChildren(QWidget)]:
            if widget.toolTip():
                yield widget.objectName() or type(widget).__name__, widget.toolTip()
    for view, tip in view_texts(Qt.ItemDataRole.ToolTipRole):
        yield view.objectName() or type(view).__name__, tip


def has_marker(text: str) -> bool:
    return any(marker in text for marker in MARKERS)


def _literal(text: str, rich: bool, where: str) -> bool:
    """Whether `text` shows one of our markers, asserting that it shows it literally: as plain text, or as
    rich text in which the markup was escaped (so the rendered text still has the marker)."""
    if not rich:
        return has_marker(text)
    assert not has_marker(text), f"{where} renders user text as HTML: {text[:160]!r}"
    document = QTextDocument()
    document.setHtml(text)
    return has_marker(document.toPlainText())


def assert_nothing_rendered_as_html() -> int:
    """Every label and tooltip that shows one of our markers shows it literally; returns how many did."""
    seen = 0
    for label in labels():
        where = f"label {label.objectName() or label.parent().objectName()!r}"
        seen += _literal(label.text(), shows_rich_text(label), where)
    for name, tip in tooltips():
        seen += _literal(tip, QtGui.mightBeRichText(tip), f"the tooltip of {name!r}")
    return seen


def shown_somewhere(value: str, places: Iterable[str]) -> bool:
    return any(value in place for place in places)


def label_texts() -> list[str]:
    return [label.text() for label in labels()]


def table_texts(view: QTableView | QAbstractItemView) -> list[str]:
    model = view.model()
    return [str(model.data(index) or "") for index in _cells(model)]
