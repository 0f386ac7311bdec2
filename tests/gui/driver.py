"""Drive the real wizard like a person: clicks and key presses through pytest-qt, no private calls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPushButton, QWidget, QWizard

from wizard.app import AppInstance
from wizard.ui.keys import type_text

PASSWORD = "Sandbox!2026"
ES_ADMIN = "admin@contosoiberia.onmicrosoft.com"
ES_PMC = "pmc@contosoiberia.es"
ES_MPN, FR_MPN, INACTIVE_MPN = "4567890", "4567891", "4567892"
CONTACT = {
    "contact_first_name": "Lucía",
    "contact_last_name": "Fernández",
    "contact_email": "lucia.fernandez@contoso-iberia.es",
    "contact_phone": "612 34 56 78",
    "support_email": "soporte@contoso-iberia.es",
    "support_phone": "900 123 456",
}


class WizardDriver:
    def __init__(self, qtbot, instance: AppInstance) -> None:
        self.qtbot = qtbot
        self.instance = instance
        self.window = instance.window
        self.wizard = instance.window.wizard

    # ----- finding things ---------------------------------------------------------------------
    def widget(self, name: str, cls: type = QWidget):
        widget = self.wizard.currentPage().findChild(cls, name)
        if widget is None:  # window-level widgets (status bar, dialogs) count only when visible
            widget = next((w for w in self.window.findChildren(cls, name) if w.isVisible()), None)
        assert widget is not None, f"no widget {name!r} on page {self.step}"
        return widget

    def edit(self, name: str) -> QLineEdit:
        return self.widget(name, QLineEdit)

    def error(self, field: str) -> str:
        label = self.widget(f"{field}_error", QLabel)
        return label.text() if label.isVisible() else ""

    @property
    def step(self) -> str:
        return self.wizard.currentPage().objectName()

    def next_enabled(self) -> bool:
        return self.wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    # ----- acting -----------------------------------------------------------------------------
    def type(self, name: str, text: str, leave: bool = True) -> None:
        edit = self.edit(name)
        self.qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
        edit.selectAll()
        if edit.text():
            self.qtbot.keyClick(edit, Qt.Key.Key_Delete)
        type_text(edit, text)
        if leave:
            self.qtbot.keyClick(edit, Qt.Key.Key_Tab)

    def click(self, name: str) -> None:
        button = self.widget(name, QPushButton)
        assert button.isEnabled(), f"{name} is disabled"
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def next(self) -> None:
        self.qtbot.mouseClick(self.wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)

    def back(self) -> None:
        self.qtbot.mouseClick(self.wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)

    def wait_complete(self, timeout: int = 15000) -> None:
        self.qtbot.waitUntil(lambda: self.wizard.currentPage().isComplete(), timeout=timeout)

    def choose_country(self, name: str, code: str) -> None:
        combo = self.widget(name, QComboBox)
        combo.setFocus()
        index = combo.findData(code)
        assert index >= 0
        while combo.currentIndex() != index:  # arrow keys, like a keyboard user
            key = Qt.Key.Key_Down if combo.currentIndex() < index else Qt.Key.Key_Up
            self.qtbot.keyClick(combo, key)

    def click_profile(self, mpn_id: str) -> None:
        profiles = self.widget("mpn_id", QListWidget)
        for row in range(profiles.count()):
            item = profiles.item(row)
            if item.text().startswith(mpn_id):
                rect = profiles.visualItemRect(item)
                self.qtbot.mouseClick(profiles.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
                return
        raise AssertionError(f"profile {mpn_id} not listed")

    # ----- whole steps ------------------------------------------------------------------------
    def sign_in(self, upn: str = ES_ADMIN, password: str = PASSWORD) -> None:
        assert self.step == "sign_in"
        self.type("work_account", upn)
        self.type("password", password)
        self.click("sign_in_button")

    def pmc_sign_in(self, user: str = ES_PMC, password: str = PASSWORD) -> None:
        self.type("pmc_user", user)
        self.type("pmc_password", password)
        self.click("pmc_sign_in_button")
        self.qtbot.waitUntil(lambda: self.widget("mpn_id", QListWidget).count() > 1, timeout=15000)

    def to_legal_profile(self) -> None:
        """Welcome -> sign in -> choose the Spanish MPN profile -> legal profile page."""
        self.next()
        self.sign_in()
        self.wait_complete()
        self.next()
        self.pmc_sign_in()
        self.click_profile(ES_MPN)
        self.wait_complete()
        self.next()
        assert self.step == "legal_profile"

    def fill_contact(self, values: dict[str, str] | None = None) -> None:
        for key, value in (values or CONTACT).items():
            self.type(key, value)


def enroll(driver: WizardDriver, changes: dict[str, str] | None = None) -> None:
    """Walk the whole flow with the Spanish demo data (plus `changes`) and select Enroll now."""
    driver.to_legal_profile()
    driver.fill_contact()
    for key, value in (changes or {}).items():
        driver.type(key, value)
    driver.next()
    assert driver.step == "enroll", driver.step
    driver.click("enroll_now")
    driver.qtbot.waitUntil(lambda: driver.instance.session.submitted and not driver.wizard.currentPage().busy, timeout=15000)


def verify_contact_email(driver: WizardDriver) -> None:
    """The primary contact opens the verification link in their mail (outside the app)."""
    backend = driver.instance.services.backend
    mail = [m for m in backend.outbox_for(CONTACT["contact_email"]) if m.kind == "verification"]
    backend.open_link(mail[-1].links[0])
