"""After Enroll now: status page, review over simulated days, needs-info resubmission, account setup."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QTableWidget

from tests.gui.driver import CONTACT, PASSWORD, WizardDriver, enroll, verify_contact_email


def status_title(driver: WizardDriver) -> str:
    return driver.widget("state_title", QLabel).text()


def check(driver: WizardDriver) -> None:
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)  # e.g. the check on arrival
    driver.click("check_status")
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)


def to_status(driver: WizardDriver, changes=None) -> None:
    enroll(driver, changes)
    driver.next()
    assert driver.step == "status"
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)


def test_status_page_follows_the_review_to_approval(driver: WizardDriver) -> None:
    to_status(driver)
    assert "verif" in status_title(driver).lower()
    assert driver.widget("resend_verification", QPushButton).isVisible()
    assert driver.widget("timeline", QTableWidget).rowCount() >= 1
    assert not driver.next_enabled()

    verify_contact_email(driver)
    check(driver)
    assert driver.instance.session.status == "in_review"
    assert not driver.widget("resend_verification", QPushButton).isVisible()
    assert "Expected decision" in driver.widget("whats_next", QLabel).text()

    driver.instance.services.backend.advance(timedelta(days=3, hours=1))
    check(driver)
    assert driver.instance.session.status == "approved"
    assert driver.next_enabled()
    timeline = driver.widget("timeline", QTableWidget)
    emailed = {timeline.item(row, 2).text() for row in range(timeline.rowCount())}
    assert CONTACT["contact_email"] in emailed

    store, case_id = driver.instance.services.store, driver.instance.session.case_id
    moves = [(e.detail["from"], e.detail["to"]) for e in store.audit(case_id) if e.action == "status"]
    assert moves == [("email_verification", "in_review"), ("in_review", "approved")]
    assert all("at" in e.detail for e in store.audit(case_id) if e.action in ("status", "status_update"))
    updates = [m for m in driver.instance.services.backend.outbox_for(CONTACT["contact_email"]) if m.kind == "status_update"]
    assert len(updates) >= 2


def test_resend_verification_sends_a_new_email(driver: WizardDriver) -> None:
    to_status(driver)
    driver.click("resend_verification")
    driver.qtbot.waitUntil(lambda: "was sent to" in driver.widget("status_message", QLabel).text(), timeout=15000)
    mail = [m for m in driver.instance.services.backend.outbox_for(CONTACT["contact_email"]) if m.kind == "verification"]
    assert len(mail) == 2


def test_polling_updates_the_page_without_a_click(driver: WizardDriver) -> None:
    to_status(driver)
    page = driver.wizard.currentPage()
    page.poll_timer.setInterval(50)
    page.poll_timer.start()
    verify_contact_email(driver)
    driver.qtbot.waitUntil(lambda: driver.instance.session.status == "in_review", timeout=10000)
    driver.qtbot.waitUntil(lambda: "review" in status_title(driver).lower(), timeout=10000)


def test_needs_more_information_then_resubmit_from_the_same_case(driver: WizardDriver) -> None:
    to_status(driver, {"postal_code": "28001"})  # not the MPN profile's address: can't be verified
    verify_contact_email(driver)
    driver.instance.services.backend.advance(timedelta(days=4))
    check(driver)
    assert driver.instance.session.status == "needs_info"
    assert "postal" in driver.widget("state_reason", QLabel).text().lower()
    case_id = driver.instance.session.case_id
    driver.click("fix_profile")
    assert driver.step == "legal_profile"
    assert not driver.edit("postal_code").isReadOnly()
    driver.type("postal_code", "28046")
    driver.next()
    assert driver.step == "enroll"
    assert driver.widget("enroll_now", QPushButton).text() == "&Resubmit"
    driver.click("enroll_now")
    driver.qtbot.waitUntil(lambda: driver.instance.session.status == "in_review", timeout=15000)
    assert driver.instance.session.case_id == case_id
    driver.qtbot.waitUntil(driver.next_enabled)
    driver.next()
    driver.instance.services.backend.advance(timedelta(days=4))
    check(driver)
    assert driver.instance.session.status == "approved"


def test_rejected_with_the_reason(driver: WizardDriver) -> None:
    to_status(driver, {"legal_name": "Contoso Holdings S.A."})
    verify_contact_email(driver)
    driver.instance.services.backend.advance(timedelta(days=4))
    check(driver)
    assert driver.instance.session.status == "rejected"
    assert driver.widget("state_reason", QLabel).text()
    assert not driver.next_enabled()


def test_overview_admin_agent_and_the_partner_agreement(driver: WizardDriver) -> None:
    to_status(driver)
    verify_contact_email(driver)
    driver.instance.services.backend.advance(timedelta(days=4))
    check(driver)
    driver.next()
    assert driver.step == "overview"
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)
    assert "not in the admin agent group" in driver.widget("admin_agent_state", QLabel).text()
    driver.click("admin_agent_update")
    driver.qtbot.waitUntil(lambda: "are in the admin agent group" in driver.widget("admin_agent_state", QLabel).text(), timeout=15000)
    backend = driver.instance.services.backend
    _account, token = backend.sign_in("admin@contosoiberia.onmicrosoft.com", PASSWORD)
    assert backend.is_admin_agent(token)  # really granted in the sandbox

    banner = driver.widget("mpa_banner", QLabel)
    assert not banner.isVisible()
    driver.type("mpa_password", "wrong", leave=False)
    driver.click("accept_mpa")
    driver.qtbot.waitUntil(lambda: driver.error("mpa_password") != "", timeout=15000)
    driver.type("mpa_password", PASSWORD, leave=False)
    driver.click("accept_mpa")
    driver.qtbot.waitUntil(banner.isVisible, timeout=15000)
    assert "Signed on" in driver.widget("mpa_state_Europe", QLabel).text()
    actions = [e.action for e in driver.instance.services.store.audit(driver.instance.session.case_id)]
    assert "admin_agent" in actions and "mpa_accepted" in actions


def test_partner_membership_center_account_must_migrate_first(driver: WizardDriver) -> None:
    driver.next()
    driver.sign_in("admin@fabrikamus.onmicrosoft.com", PASSWORD)
    driver.wait_complete()
    driver.next()
    driver.pmc_sign_in("pmc@fabrikam.com", PASSWORD)
    driver.click_profile("5123456")
    driver.wait_complete()
    driver.next()
    driver.fill_contact({
        "contact_first_name": "Ana", "contact_last_name": "Ruiz", "contact_email": "ana@fabrikam.com",
        "contact_phone": "(206) 555-0142", "support_email": "help@fabrikam.com", "support_phone": "206 555 0100",
    })
    driver.next()
    driver.click("enroll_now")
    driver.qtbot.waitUntil(lambda: driver.instance.session.submitted and not driver.wizard.currentPage().busy, timeout=15000)
    driver.next()
    backend = driver.instance.services.backend
    backend.open_link([m for m in backend.outbox_for("ana@fabrikam.com") if m.kind == "verification"][-1].links[0])
    backend.advance(timedelta(days=4))
    check(driver)
    assert driver.instance.session.status == "approved"
    driver.next()
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)
    assert "Partner Membership Center" in driver.widget("account_type", QLabel).text()
    assert not driver.wizard.currentPage().mpa_form.isVisible()
    driver.click("migrate_button")
    driver.qtbot.waitUntil(lambda: driver.wizard.currentPage().mpa_form.isVisible(), timeout=15000)
    assert "Partner Center" in driver.widget("account_type", QLabel).text()


def test_already_enrolled_tenant_only_gives_support_information(driver: WizardDriver) -> None:
    driver.next()
    steps_listed = driver.widget("step_list", QListWidget)
    assert "mpn" in [steps_listed.item(row).data(Qt.ItemDataRole.UserRole) for row in range(steps_listed.count())]
    driver.sign_in("admin@northwinduk.onmicrosoft.com", PASSWORD)
    driver.wait_complete()
    # Right after signing in, before Next: the side panel already shows the shorter flow (issue 13).
    listed = [steps_listed.item(row).data(Qt.ItemDataRole.UserRole) for row in range(steps_listed.count())]
    assert "mpn" not in listed and listed[:3] == ["welcome", "sign_in", "legal_profile"]
    current = steps_listed.item(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert current.startswith(f"Step 2 of {len(listed)}:"), current
    driver.next()
    assert driver.step == "legal_profile"  # no MPN step
    assert not driver.edit("legal_name").isVisible()
    assert driver.edit("support_email").isVisible()
    driver.type("support_email", "support@northwind.co.uk")
    driver.type("support_phone", "020 7946 0958")
    driver.next()
    assert driver.step == "enroll"
    driver.click("enroll_now")
    driver.qtbot.waitUntil(lambda: driver.instance.session.status == "approved", timeout=15000)
    driver.qtbot.waitUntil(driver.next_enabled)
    driver.next()
    assert driver.step == "status"
    driver.qtbot.waitUntil(driver.next_enabled, timeout=15000)
    driver.next()
    assert driver.step == "overview"
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)
    assert "Not signed yet" in driver.widget("mpa_state_Europe", QLabel).text()


def test_every_status_is_explained_in_plain_words(driver: WizardDriver) -> None:
    from wizard.domain import lifecycle

    to_status(driver)
    legend = driver.widget("status_legend", QLabel)
    assert not legend.isVisible()
    driver.click("status_legend_button")
    assert legend.isVisible()
    for state in ("email_verification", "in_review", "needs_info", "rejected", "approved"):
        assert lifecycle.PLAIN_WORDS[lifecycle.State(state)].title in legend.text()
    assert "Authorized" in legend.text() and "EmailOwnership" in legend.text()
