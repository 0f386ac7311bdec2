"""The relationships window of a live case against the fake Microsoft (issue 15): the indirect providers and
the customers (followed through continuation pages) from Partner Center into the same cache and lazy table;
the relationship-request link copied and emailed (a mailto: link); a 403 shows the web pages' links and a
plain notice, never an error box."""

from __future__ import annotations

from urllib.parse import unquote

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableWidget, QTabWidget

from tests.gui.conftest import db_path, open_app  # noqa: F401  (the GUI fixtures)
from tests.live.test_live_gui import live_app  # noqa: F401  (the fixture)
from tests.live.test_live_overview_gui import to_overview
from wizard.services.handoff import FIND_PROVIDER_URL
from wizard.ui import i18n


def open_window(driver):
    from wizard.ui.live_relationships import LiveRelationshipsWindow

    driver.wizard.currentPage().scroll.ensureWidgetVisible(driver.widget("open_relationships"))
    driver.click("open_relationships")
    window = driver.instance.relationships_window
    assert isinstance(window, LiveRelationshipsWindow)
    driver.qtbot.waitUntil(window.isVisible, timeout=10000)
    assert window.findChild(QTabWidget, "relationship_tabs").isVisible()  # the tabs, not an empty window
    assert window.help_pane.topic == "relationships_live"  # its help says what live mode does instead
    assert window.help_pane.browser.toPlainText().startswith(
        {"en": "Indirect providers and customers (live)", "es": "Proveedores indirectos y clientes (real)"}[
            i18n.current_language()])
    return window


def to_tab_of(driver, window, widget) -> None:
    """Click the tab that holds `widget`, as a user would, when it is on another tab."""
    from PySide6.QtCore import Qt

    tabs = window.findChild(QTabWidget, "relationship_tabs")
    for index in range(tabs.count()):
        if tabs.widget(index).isAncestorOf(widget) and tabs.currentIndex() != index:
            bar = tabs.tabBar()
            driver.qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
            driver.qtbot.waitUntil(lambda: tabs.currentIndex() == index)


def click(driver, window, name: str) -> None:
    from PySide6.QtCore import Qt

    button = window.findChild(QPushButton, name)
    assert button is not None, name
    to_tab_of(driver, window, button)
    assert button.isEnabled() and button.isVisible(), name  # a user could click it
    driver.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_a_live_case_lists_providers_and_customers_and_invites_with_the_link(fake, live_app) -> None:
    driver, opened = live_app
    fake.state.customers = [fake.state.customer(number) for number in range(1, 8)]  # 3 pages of at most 3
    to_overview(driver, fake)
    window = open_window(driver)
    qtbot = driver.qtbot

    providers = window.findChild(QTableWidget, "indirect_providers")
    qtbot.waitUntil(lambda: providers.rowCount() == 1 and providers.item(0, 0) is not None, timeout=30000)
    assert providers.item(0, 0).text() == "Fabrikam Distribution"
    count = window.findChild(QLabel, "customer_count")
    qtbot.waitUntil(lambda: count.text().startswith("7 "), timeout=30000)
    pages = [line for line in fake.state.requests if line.startswith("GET /pc/v1/customers?")]
    assert len(pages) >= 3  # followed page by page with the continuation token
    model = window.customers.model
    names = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert {"Customer 1", "Customer 7"} <= names
    store, case_id = driver.instance.services.store, driver.instance.session.case_id
    assert window.service.cached_providers()[0].name == "Fabrikam Distribution"  # in the local cache
    assert window.findChild(QLabel, "customers_provider").text() == "Your customers in Partner Center"

    link = window.findChild(QLineEdit, "invite_link")
    qtbot.waitUntil(lambda: link.text() == fake.state.relationship_request_url, timeout=30000)
    click(driver, window, "copy_invite_link")
    assert QGuiApplication.clipboard().text() == fake.state.relationship_request_url

    email = window.findChild(QLineEdit, "invite_email")
    email.setText("not an address")
    click(driver, window, "email_invite_link")
    assert not any(url.startswith("mailto:") for url in opened)  # refused under the field
    email.setText("admin@fabrikam-retail.es")
    click(driver, window, "email_invite_link")
    mail = opened[-1]
    assert mail.startswith("mailto:admin@fabrikam-retail.es?subject=")
    assert fake.state.relationship_request_url in unquote(mail)
    qtbot.waitUntil(lambda: any(entry.action == "customer_invited" for entry in store.audit(case_id)), timeout=10000)

    tabs = window.findChild(QTabWidget, "relationship_tabs")
    tabs.setCurrentIndex(0)
    click(driver, window, "open_find_provider")  # no API: the web page
    assert opened[-1] == FIND_PROVIDER_URL
    assert not window.web_links.isVisible()
    assert window.findChild(QPushButton, "remove_admin_access") is None
    assert window.findChild(QPushButton, "authorize_provider") is None
    from tests.gui.test_keyboard_a11y import window_problems

    problems = []
    for index in range(tabs.count()):  # mnemonics unique, tab order, accessible names on every tab
        tabs.setCurrentIndex(index)
        problems += window_problems(qtbot, window, tabs.widget(index))
    assert not problems, "\n".join(problems)
    window.close()


def test_partner_center_refusing_shows_the_web_pages_and_a_notice(fake, live_app) -> None:
    driver, opened = live_app
    to_overview(driver, fake)
    for path in ("/pc/v1/relationships", "/pc/v1/customers", "/pc/v1/customers/relationshiprequests"):
        fake.state.fail(path, 403, times=100, code=800016)
    window = open_window(driver)
    qtbot = driver.qtbot
    qtbot.waitUntil(window.web_links.isVisible, timeout=30000)
    notice = window.findChild(QLabel, "live_notice")
    qtbot.waitUntil(lambda: "web pages" in notice.text(), timeout=30000)
    assert "Traceback" not in notice.text()
    click(driver, window, "web_find_provider")
    assert opened[-1] == FIND_PROVIDER_URL
    click(driver, window, "web_indirect_providers")
    assert opened[-1].startswith("https://partner.microsoft.com/")
    assert not window.findChild(QPushButton, "copy_invite_link").isEnabled()
    assert driver.instance.window.error_box is None
    window.close()
