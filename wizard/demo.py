"""The headless demo: drives the real wizard offscreen through the whole flow and saves a PNG per page.

Used when there is no display, for support rehearsals and by the packaging smoke test."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Callable

DEMO_CONTACT = {
    "contact_first_name": "Lucía",
    "contact_last_name": "Fernández",
    "contact_phone": "912 345 678",
    "support_phone": "900 123 456",
    "support_website": "https://www.contoso.example/support",
}


DEMO_PROVIDER = "iberiacloud"  # an indirect provider of the demo scenario that invites the reseller


class DemoFailed(Exception):
    pass


def _pick_accounts(scenario) -> tuple[str, str, str, str, str]:
    """A global admin of a tenant not yet enrolled, and a PMC account with an active profile in its country."""
    for tenant in scenario.tenants:
        if getattr(tenant, "csp_enrolled", False):
            continue
        for user in tenant.users:
            if not user.global_admin:
                continue
            for account in scenario.pmc_accounts:
                for profile in account.mpn_profiles:
                    if profile.active and profile.country == tenant.country:
                        return user.upn, user.password, account.user, account.password, profile.mpn_id
    raise DemoFailed("The scenario has no global admin whose tenant country matches an active MPN profile.")


@dataclass(frozen=True)
class Look:
    """How the screenshots look: theme (light, dark, high_contrast, system), device pixel ratio, whether
    the secondary windows are shot too, and whether windows are shot at their minimum size."""

    theme: str = "light"
    scale: float = 1.0
    windows: bool = False
    minimum: bool = False
    language: str = ""  # "en", "es"; "" follows View → Language's choice, else the system


def run_demo(out_dir: Path, scenario_file: str | None, database: str | None, look: Look = Look()) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if look.scale != 1:  # the scale is fixed when QApplication starts
        os.environ["QT_SCALE_FACTOR"] = f"{look.scale:g}"
    from PySide6.QtWidgets import QApplication

    from wizard.backends.base import ScenarioError
    from wizard.backends.sandbox.scenario import demo_scenario_path, load_scenario

    scenario_path = Path(scenario_file) if scenario_file else demo_scenario_path()
    try:
        scenario = load_scenario(scenario_path)
        accounts = _pick_accounts(scenario)
    except (ScenarioError, DemoFailed) as error:
        print(f"csp-wizard demo: {error}", file=sys.stderr)
        return 1
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from wizard.ui.theme import apply_theme

    apply_theme(look.theme)
    from wizard.ui.i18n import choose_language, install_language

    install_language(choose_language(look.language or None))  # screenshots in that language
    with tempfile.TemporaryDirectory(prefix="csp-wizard-demo-") as scratch:
        db = Path(database) if database else Path(scratch) / "demo.sqlite"
        try:
            written = _drive(app, db, scenario_path, accounts, out_dir, look)
        except DemoFailed as error:
            print(f"csp-wizard demo: {error}", file=sys.stderr)
            return 1
    for path in written:
        print(f"wrote {path}")
    return 0


def _drive(app, db: Path, scenario_path: Path, accounts, out_dir: Path, look: Look) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton, QWizard

    from wizard.app import AppInstance
    from wizard.ui.keys import type_text
    from wizard.secrets import SessionVault
    from wizard.settings import load_settings

    upn, password, pmc_user, pmc_password, mpn_id = accounts
    settings = load_settings(str(db), str(scenario_path))
    instance = AppInstance(settings, vault_factory=SessionVault)  # never touch the user's keyring
    window, wizard = instance.window, instance.window.wizard
    instance.show()
    written: list[Path] = []

    def wait(condition: Callable[[], bool], what: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > deadline:
                raise DemoFailed(f"timed out waiting for {what}")
            app.processEvents()
            time.sleep(0.01)

    def find(cls, name: str):
        widget = window.findChild(cls, name)
        if widget is None:
            raise DemoFailed(f"no widget named {name}")
        return widget

    def type_into(name: str, text: str) -> None:
        edit = find(QLineEdit, name)
        edit.setFocus()
        edit.selectAll()
        type_text(edit, text)
        QTest.keyClick(edit, Qt.Key.Key_Tab)

    def click(name: str) -> None:
        QTest.mouseClick(find(QPushButton, name), Qt.MouseButton.LeftButton)

    def next_page() -> None:
        QTest.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)

    def shot(widget=None, name: str = "") -> None:
        widget = widget or window
        if look.minimum:
            widget.resize(widget.minimumSize())
        for _ in range(3):  # word-wrapped labels settle their height over a few posted layout events
            app.processEvents()
        path = out_dir / f"{name or wizard.current_key()}.png"
        widget.grab().save(str(path))
        written.append(path)

    try:
        wait(lambda: instance.services is not None or window.error_box is not None, "the database and sandbox")
        if instance.services is None:
            raise DemoFailed(window.error_box.text())
        shot()
        next_page()
        type_into("work_account", upn)
        type_into("password", password)
        click("sign_in_button")
        wait(lambda: wizard.currentPage().isComplete(), "sign-in")
        shot()
        next_page()
        type_into("pmc_user", pmc_user)
        type_into("pmc_password", pmc_password)
        click("pmc_sign_in_button")
        profiles = find(QListWidget, "mpn_id")
        wait(lambda: profiles.count() > 0, "the MPN profiles")
        for row in range(profiles.count()):
            if profiles.item(row).text().startswith(mpn_id):
                profiles.setCurrentRow(row)
        wait(lambda: wizard.currentPage().isComplete(), "the MPN choice")
        shot()
        next_page()
        domain = upn.split("@", 1)[1].split(".")[0]
        contact = dict(DEMO_CONTACT, contact_email=f"lucia.fernandez@{domain}.example", support_email=f"support@{domain}.example")
        for key, value in contact.items():
            type_into(key, value)
        shot()
        next_page()
        if wizard.current_key() != "enroll":
            raise DemoFailed("the legal business profile was not accepted: " + _visible_problems(window))
        click("enroll_now")
        wait(lambda: instance.session.submitted and not wizard.currentPage().busy, "Enroll now")
        shot()
        backend = instance.services.backend
        verification = [mail for mail in backend.outbox() if mail.kind == "verification"][-1]
        print(f"Verification email sent to {verification.to}: {verification.subject}")
        next_page()
        wait(lambda: not wizard.currentPage().busy, "the first status check")
        backend.open_link(verification.links[0])  # the primary contact confirms from their mailbox
        backend.advance(timedelta(days=backend.scenario.review_days, hours=1))  # the review takes days
        click("check_status")
        wait(lambda: instance.session.status not in ("email_verification", "in_review") and not wizard.currentPage().busy,
             "the review decision")
        shot()
        print(f"Review decision: {instance.session.status}")
        if instance.session.status == "approved":
            next_page()
            wait(lambda: not wizard.currentPage().busy, "the account check")
            click("admin_agent_update")
            wait(lambda: not wizard.currentPage().busy, "the admin agent update")
            if find(QPushButton, "migrate_button").isVisible():
                click("migrate_button")
                wait(lambda: not wizard.currentPage().busy, "the move to Partner Center")
            type_into("mpa_password", password)
            click("accept_mpa")
            wait(lambda: not wizard.currentPage().busy, "the Microsoft Partner Agreement")
            shot()
            if look.windows:
                _shoot_windows(instance, upn, wait, shot)
    finally:
        window.close()
        instance.close()
    return written


def _shoot_windows(instance, upn: str, wait, shot) -> None:
    """The secondary windows: outbox, each relationships tab (after a provider's invitation), case list,
    a case's audit trail and notes."""
    from PySide6.QtWidgets import QLabel, QListWidget, QTableWidget

    backend, window = instance.services.backend, instance.window
    tenant = upn.split("@", 1)[1]
    invitation = backend.send_provider_invitation(DEMO_PROVIDER, tenant)
    outbox = window.open_outbox()
    outbox.refresh()
    wait(lambda: not outbox.busy and outbox.list.count() > 0, "the outbox")
    shot(outbox, "outbox")
    instance.open_relationships(invitation.id)
    relationships = instance.relationships_window
    message = relationships.findChild(QLabel, "invitation_message")
    wait(lambda: relationships.invitation is not None or (bool(message.text()) and "…" not in message.text()),
         "the invitation")
    shot(relationships, "relationships-invitation")
    relationships.confirm.setChecked(True)
    if relationships.authorize_button.isEnabled():
        relationships.authorize_button.click()
        providers = relationships.findChild(QTableWidget, "indirect_providers")
        wait(lambda: providers.rowCount() > 0, "the indirect providers")
        providers.selectRow(0)
        shot(relationships, "relationships-providers")
        relationships.view_button.click()
        count = relationships.findChild(QLabel, "customer_count")
        wait(lambda: any(ch.isdigit() for ch in count.text()), "the shared customers")
        shot(relationships, "relationships-customers")
    relationships.tabs.setCurrentIndex(0)
    results = relationships.findChild(QListWidget, "provider_results")
    wait(lambda: results.count() > 0, "the provider directory")
    results.setCurrentRow(0)
    shot(relationships, "relationships-find")
    instance.show_case_list()
    cases = instance.case_list_window
    wait(lambda: cases.model.rowCount() > 0, "the case list")
    cases.view.selectRow(0)
    shot(cases, "case-list")
    shot(cases.open_audit(), "audit-trail")
    shot(cases.open_notes(), "notes")


def _visible_problems(window) -> str:
    from PySide6.QtWidgets import QLabel

    return "; ".join(
        f"{label.objectName()}: {label.text()}"
        for label in window.findChildren(QLabel)
        if label.objectName().endswith("_error") and label.isVisible()
    )
