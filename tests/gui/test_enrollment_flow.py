"""The whole enrollment, typed and clicked through the real widgets, from Welcome to Enroll now."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from tests.gui.conftest import reopen
from tests.gui.driver import CONTACT, ES_ADMIN, FR_MPN, INACTIVE_MPN, ES_MPN, WizardDriver
from wizard.store.repository import Store


def test_whole_flow_enrolls_and_sends_the_verification_email(driver: WizardDriver) -> None:
    assert driver.step == "welcome"
    driver.to_legal_profile()
    # prefilled from the chosen MPN profile
    assert driver.edit("legal_name").text() == "Contoso Iberia S.L."
    assert driver.edit("postal_code").text() == "28046"
    driver.fill_contact()
    assert driver.edit("contact_phone").text() == "+34612345678"  # normalised to E.164 on leaving the field
    driver.next()
    assert driver.step == "enroll"
    review = driver.widget("review")
    shown = " ".join(label.text() for label in review.findChildren(QLabel))
    assert "Contoso Iberia S.L." in shown and CONTACT["contact_email"] in shown
    assert not driver.widget("incomplete").isVisible()

    driver.click("enroll_now")
    driver.qtbot.waitUntil(lambda: driver.instance.session.submitted, timeout=15000)
    driver.qtbot.waitUntil(lambda: "emailed your primary contact" in driver.widget("enroll_result", QLabel).text())
    assert CONTACT["contact_email"] in driver.widget("enroll_result", QLabel).text()
    assert not driver.widget("enroll_now", QPushButton).isEnabled()

    mail = driver.instance.services.backend.outbox_for(CONTACT["contact_email"])
    assert len(mail) == 1 and mail[0].kind == "verification"
    assert mail[0].links and mail[0].links[0].startswith("csp-sandbox://")

    store: Store = driver.instance.services.store
    case = store.get_case(driver.instance.session.case_id)
    assert case.status == "email_verification" and case.enrollment_id
    actions = [entry.action for entry in store.audit(case.id)]
    assert actions.count("submission") == 1
    steps_seen = [entry.detail["to"] for entry in store.audit(case.id) if entry.action == "step"]
    assert steps_seen[-4:] == ["sign_in", "mpn", "legal_profile", "enroll"]

    # after the commit point the earlier answers are read-only
    driver.back()
    assert driver.step == "legal_profile"
    assert driver.edit("legal_name").isReadOnly()


def test_back_keeps_every_value(driver: WizardDriver) -> None:
    driver.to_legal_profile()
    driver.type("legal_name", "Contoso Iberia Sociedad Limitada")
    driver.type("contact_first_name", "Łukasz")
    driver.back()
    driver.back()
    assert driver.step == "sign_in"
    assert driver.edit("work_account").text() == ES_ADMIN
    driver.next()
    driver.next()
    assert driver.step == "legal_profile"
    assert driver.edit("legal_name").text() == "Contoso Iberia Sociedad Limitada"
    assert driver.edit("contact_first_name").text() == "Łukasz"


def test_reopening_resumes_on_the_same_step_with_the_same_values(qtbot, driver, open_app, db_path) -> None:
    driver.to_legal_profile()
    driver.type("contact_first_name", "山田")
    driver.type("contact_email", "taro@contoso-iberia.es", leave=False)  # still typing when the app closes
    again = reopen(qtbot, open_app, driver.instance, db_path)
    assert again.step == "legal_profile"
    assert again.edit("contact_first_name").text() == "山田"
    assert again.edit("contact_email").text() == "taro@contoso-iberia.es"
    assert again.edit("legal_name").text() == "Contoso Iberia S.L."
    assert again.instance.session.case_id == driver.instance.session.case_id


def test_autosave_writes_within_half_a_second_without_closing(driver: WizardDriver) -> None:
    driver.to_legal_profile()
    driver.type("city", "Alcobendas", leave=False)
    store, case_id = driver.instance.services.store, driver.instance.session.case_id
    driver.qtbot.waitUntil(lambda: store.get_case(case_id).fields.get("city") == "Alcobendas", timeout=1000)


def test_gmail_contact_is_refused_next_to_the_field_and_next_is_blocked(driver: WizardDriver) -> None:
    driver.to_legal_profile()
    driver.fill_contact()
    driver.type("contact_email", "lucia.fernandez@GMail.com")
    assert "Gmail" in driver.error("contact_email")
    driver.next()
    assert driver.step == "legal_profile"
    assert driver.edit("contact_email").hasFocus()
    assert driver.edit("contact_email").text() == "lucia.fernandez@GMail.com"  # nothing typed is lost
    assert driver.edit("contact_email").accessibleDescription() == driver.error("contact_email")
    driver.type("contact_email", "lucia@contoso-iberia.es")
    assert driver.error("contact_email") == ""
    driver.next()
    assert driver.step == "enroll"


def test_next_shows_every_problem_and_focuses_the_first(driver: WizardDriver) -> None:
    driver.to_legal_profile()
    driver.type("legal_name", "")
    driver.type("postal_code", "2804")
    driver.next()
    assert driver.step == "legal_profile"
    assert driver.error("legal_name")
    assert driver.error("postal_code")
    assert driver.error("contact_email")  # required, never touched
    assert driver.edit("legal_name").hasFocus()


def test_mpn_profile_in_another_country_is_refused_with_the_reason(driver: WizardDriver) -> None:
    driver.next()
    driver.sign_in()
    driver.wait_complete()
    driver.next()
    driver.pmc_sign_in()
    driver.click_profile(FR_MPN)
    reason = driver.error("mpn_id")
    assert "France" in reason and "Spain" in reason
    assert not driver.next_enabled()
    driver.click_profile(INACTIVE_MPN)
    assert "not active" in driver.error("mpn_id")
    assert not driver.next_enabled()
    driver.click_profile(ES_MPN)
    assert driver.error("mpn_id") == ""
    assert driver.next_enabled()


def test_html_is_shown_literally_in_the_review(driver: WizardDriver) -> None:
    driver.to_legal_profile()
    driver.fill_contact()
    driver.type("legal_name", "<b>Contoso</b> & Co")
    driver.next()
    assert driver.step == "enroll"
    labels = [label for label in driver.widget("review").findChildren(QLabel) if "<b>Contoso</b>" in label.text()]
    assert labels and all(label.textFormat().name == "PlainText" for label in labels)


def test_incomplete_review_links_back_to_its_step(qtbot, driver, open_app, db_path) -> None:
    driver.to_legal_profile()
    driver.fill_contact()
    driver.next()
    assert driver.step == "enroll"
    # the contact address becomes invalid behind the page's back (e.g. an older case): the review must say so
    driver.instance.session.set_value("contact_email", "someone@hotmail.co.uk")
    driver.back()
    driver.next()  # validatePage refuses: the problem is shown on the legal profile page
    assert driver.step == "legal_profile"
    assert "Outlook" in driver.error("contact_email") or "web" in driver.error("contact_email").lower()


def test_sandbox_latency_shows_busy_and_keeps_the_window_responsive(qtbot, open_app) -> None:
    from wizard.app import make_backend

    def slow_backend(settings):
        backend = make_backend(settings)
        backend.latency = 0.5
        return backend

    driver = WizardDriver(qtbot, open_app(backend_factory=slow_backend))
    driver.next()
    driver.type("work_account", ES_ADMIN)
    driver.type("password", "Sandbox!2026")
    driver.click("sign_in_button")
    busy = driver.widget("busy")
    assert busy.isVisible()
    assert not driver.next_enabled()
    ticks = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    driver.wait_complete()
    timer.stop()
    assert len(ticks) >= 10  # the event loop kept running during the 0.5 s+ sign-in
    assert not busy.isVisible()
