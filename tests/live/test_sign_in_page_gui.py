"""The live sign-in page in the real window against the fake Microsoft: it says what the token cache holds
(not what the case remembers), Sign out is offered whenever a sign-in is kept (a non-admin's too), Cancel
works while the code is still being requested, and closing the window ends a sign-in in progress."""

from __future__ import annotations

import socket
from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from tests.gui.conftest import db_path, open_app, reopen  # noqa: F401  (the GUI fixtures)
from tests.gui.driver import WizardDriver
from tests.live.fake_microsoft import USER_ADMIN, ScriptedBrowser, role
from tests.live.test_live_gui import choose_live, live_app, sign_in  # noqa: F401  (the fixture)


def status(driver: WizardDriver) -> str:
    return driver.widget("sign_in_status", QLabel).text()


def sign_out_offered(driver: WizardDriver) -> bool:
    return driver.widget("sign_out_button", QPushButton).isVisible()


def page_idle(driver: WizardDriver) -> bool:
    return not driver.wizard.currentPage().busy


def test_after_sign_out_the_page_no_longer_claims_a_sign_in(
        fake, live_app, qtbot, open_app, db_path) -> None:  # noqa: F811
    driver, _ = live_app
    choose_live(driver)
    sign_in(driver)
    assert status(driver).startswith("Signed in as admin@contoso.es") and sign_out_offered(driver)
    driver.click("sign_out_button")
    driver.qtbot.waitUntil(lambda: "Signed out" in status(driver), timeout=10000)
    assert "Signed in as" not in status(driver) and not sign_out_offered(driver)
    assert driver.next_enabled()  # the case's answers stay valid: the checks were passed

    # The case reopened, its sign-in gone: who signed in last, not a current sign-in.
    driver = reopen(qtbot, open_app, driver.instance, db_path)
    assert driver.step == "sign_in"
    driver.qtbot.waitUntil(lambda: "Last signed in as" in status(driver), timeout=10000)
    assert status(driver) == ("Last signed in as admin@contoso.es (tenant contoso.es). Sign in again to continue "
                              "with Microsoft.")
    assert not sign_out_offered(driver) and driver.next_enabled()
    driver.click("sign_in_button")  # and again: signed in for real
    driver.qtbot.waitUntil(lambda: page_idle(driver), timeout=30000)
    assert status(driver).startswith("Signed in as admin@contoso.es (tenant contoso.es") and sign_out_offered(driver)


def test_a_non_admin_can_sign_out_and_try_another_account(fake, live_app) -> None:  # noqa: F811
    driver, _ = live_app
    fake.state.user().roles = [role("User Administrator", USER_ADMIN)]
    choose_live(driver)
    sign_in(driver)
    assert "not an active Global Administrator" in driver.widget("live_checks", QLabel).text()
    assert status(driver) == "Signed in as admin@contoso.es." and not driver.next_enabled()
    assert sign_out_offered(driver)  # not a dead end
    driver.click("sign_out_button")
    driver.qtbot.waitUntil(lambda: "Signed out" in status(driver), timeout=10000)
    assert not sign_out_offered(driver)
    assert driver.instance.session.live_case().live.account() is None


def test_cancel_while_the_code_is_requested_ends_the_sign_in(fake, live_app) -> None:  # noqa: F811
    driver, _ = live_app
    fake.state.device_pending_polls = 1000
    released = fake.state.hold("/devicecode")
    choose_live(driver)
    driver.next()
    driver.click("device_code_button")
    driver.qtbot.waitUntil(lambda: any("/devicecode" in r for r in fake.state.requests), timeout=15000)
    driver.click("cancel_sign_in")
    released.set()  # Microsoft answers with a code after the Cancel
    driver.qtbot.waitUntil(lambda: page_idle(driver), timeout=10000)
    assert "cancel" in status(driver).lower()
    assert driver.widget("device_code_button", QPushButton).isEnabled()
    assert not any(r["grant_type"].endswith("device_code") for r in fake.state.token_requests)


def test_closing_the_window_ends_a_sign_in_in_progress(fake, browser: ScriptedBrowser, live_app) -> None:  # noqa: F811
    driver, _ = live_app
    browser.stay_closed = True  # the user never finishes signing in in the browser
    choose_live(driver)
    driver.next()
    driver.click("sign_in_button")
    driver.qtbot.waitUntil(lambda: bool(browser.opened), timeout=15000)
    redirect = parse_qs(urlsplit(browser.opened[0]).query)["redirect_uri"][0]
    port = urlsplit(redirect).port
    socket.create_connection(("127.0.0.1", port), timeout=5).close()  # the loopback listener waits
    page = driver.wizard.currentPage()
    driver.window.close()
    driver.qtbot.waitUntil(lambda: not page.busy, timeout=10000)  # the sign-in's task has ended
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=5).close()


def signed_in_with_an_approved_profile(driver: WizardDriver, fake):
    """A live case signed in to a tenant whose legal profile Partner Center has approved: the sign-in page
    asks whether the company is already a CSP reseller. Returns that tick."""
    from PySide6.QtWidgets import QCheckBox

    fake.state.legal_business.update(vettingStatus="Authorized", vettingSubStatus="Decision")
    choose_live(driver)
    sign_in(driver)
    driver.wait_complete()
    return driver.widget("already_enrolled", QCheckBox)


def click_tick(driver: WizardDriver, tick) -> None:
    from PySide6.QtCore import QPoint, Qt

    driver.qtbot.mouseClick(tick, Qt.MouseButton.LeftButton, pos=QPoint(8, tick.height() // 2))


def test_an_approved_legal_profile_asks_whether_the_company_is_already_a_csp_reseller(fake, live_app) -> None:  # noqa: F811
    """The shorter flow (support details only) is the partner's choice, never guessed from Partner Center."""
    from tests.live.test_live_gui import step_list

    driver, _ = live_app
    tick = signed_in_with_an_approved_profile(driver, fake)
    assert tick.isVisible() and not tick.isChecked()
    assert "Enter your Partner ID" in step_list(driver)  # not skipped on Partner Center's word alone
    click_tick(driver, tick)
    driver.qtbot.waitUntil(lambda: "Enter your Partner ID" not in step_list(driver), timeout=10000)
    assert driver.instance.session.case().already_enrolled
    click_tick(driver, tick)
    driver.qtbot.waitUntil(lambda: "Enter your Partner ID" in step_list(driver), timeout=10000)
    driver.next()
    assert driver.step == "mpn"


def test_no_enrolled_choice_without_an_approved_profile(fake, live_app) -> None:  # noqa: F811
    from PySide6.QtWidgets import QCheckBox

    driver, _ = live_app
    choose_live(driver)
    sign_in(driver)
    driver.wait_complete()
    assert not driver.wizard.currentPage().findChild(QCheckBox, "already_enrolled").isVisible()


def test_a_company_already_enrolled_gives_its_support_details_in_account_settings_not_the_sign_up(
        fake, live_app) -> None:  # noqa: F811
    """Never sent to the new-reseller sign-up: its support details go in Partner Center's account settings,
    and once saved the reseller account is ready."""
    from PySide6.QtWidgets import QGroupBox

    from tests.gui.test_live_mode import click_in_view
    from wizard.services.handoff import DASHBOARD_URL, SIGN_UP_URL

    driver, opened = live_app
    click_tick(driver, signed_in_with_an_approved_profile(driver, fake))
    driver.qtbot.waitUntil(lambda: driver.instance.session.case().already_enrolled, timeout=10000)
    driver.next()
    assert driver.step == "legal_profile"
    for key in ("support_email", "support_phone"):
        driver.type(key, {"support_email": "soporte@contoso.es", "support_phone": "900 123 456"}[key])
    driver.next()
    assert driver.step == "enroll"
    assert driver.widget("enroll_now", QPushButton).text() == "&Open Partner Center"
    driver.click("enroll_now")
    assert opened == [DASHBOARD_URL] and SIGN_UP_URL not in opened
    assert driver.widget("handoff_panel", QGroupBox).title() == "In Partner Center's account settings"
    assert "Open Partner Center" in driver.wizard.currentPage().subTitle()
    assert driver.widget("copy_support_email", QPushButton).isVisible()
    assert driver.wizard.currentPage().findChild(QPushButton, "copy_legal_name") is None  # only support details
    click_in_view(driver, "handoff_submitted")
    assert "save your customer support details" in driver.widget("handoff_confirm_box").findChild(QLabel).text()
    click_in_view(driver, "handoff_confirm")
    driver.qtbot.waitUntil(lambda: driver.instance.session.submitted and not driver.wizard.currentPage().busy,
                           timeout=15000)
    assert driver.instance.session.status == "approved"  # the reseller account is ready
    assert "account is ready" in driver.widget("enroll_result", QLabel).text()
