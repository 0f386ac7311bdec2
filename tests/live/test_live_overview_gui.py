"""The CSP overview of a live case in the real window against the fake Microsoft (issue 15): no sandbox
call; the admin agent role and the Microsoft Partner Agreement guided with Partner Center's pages (Open in
browser) and a tick recorded with the date and who in the audit trail, shown again after reopening; the
Partner ID Partner Center has linked, best effort (a refusal is a notice)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QLabel

from tests.gui.conftest import db_path, open_app, reopen  # noqa: F401  (the GUI fixtures)
from tests.gui.driver import WizardDriver
from tests.gui.test_live_mode import click_in_view
from tests.live.test_live_gui import live_app, submit_live_case  # noqa: F401  (the fixture)
from wizard.services.handoff import DASHBOARD_URL, PARTNER_PROFILE_URL
from wizard.services.live_overview import CONFIRMED_ACTION, UNCONFIRMED_ACTION


@pytest.fixture
def no_sandbox_account(monkeypatch):
    """The live overview must never ask the sandbox (admin agent, partner profile, the agreement)."""
    from wizard.services.account import AccountService

    def refused(*_args, **_kwargs):
        raise AssertionError("a sandbox call from a live case's overview")

    for name in ("is_admin_agent", "partner_profile", "make_admin_agent", "accept_mpa", "migrate_to_partner_center"):
        monkeypatch.setattr(AccountService, name, refused)


def to_overview(driver: WizardDriver, fake) -> None:
    """A live case signed in with the fake, submitted through the hand-off, and approved by Partner Center."""
    submit_live_case(driver)
    fake.state.legal_business.update(vettingStatus="Authorized", vettingSubStatus="Decision")
    driver.next()
    assert driver.step == "status"
    driver.qtbot.waitUntil(lambda: driver.instance.session.status == "approved", timeout=30000)
    driver.qtbot.waitUntil(driver.next_enabled, timeout=10000)
    driver.next()
    assert driver.step == "overview"


def tick(driver: WizardDriver, name: str) -> None:
    box = driver.widget(name, QCheckBox)
    driver.wizard.currentPage().scroll.ensureWidgetVisible(box)
    driver.qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    driver.qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)


def test_the_live_overview_guides_the_web_acts_and_records_the_ticks(
        fake, live_app, no_sandbox_account, qtbot, open_app, db_path) -> None:  # noqa: F811
    driver, opened = live_app
    to_overview(driver, fake)
    page = driver.wizard.currentPage()
    assert type(page).__name__ == "LiveOverviewPage"
    assert page.findChild(type(driver.widget("open_admin_agent")), "accept_mpa") is None  # no sandbox form
    driver.qtbot.waitUntil(lambda: "linked in Partner Center" in driver.widget("live_partner_id", QLabel).text(),
                           timeout=30000)
    assert "6123456" in driver.widget("live_partner_id", QLabel).text()
    assert driver.widget("live_partner_id_notice", QLabel).text() == ""
    assert "GET /pc/v1/profiles/mpn" in " ".join(fake.state.requests)
    from tests.gui.test_keyboard_a11y import page_problems

    problems = page_problems(driver)  # mnemonics unique, tab order, accessible names
    assert not problems, "\n".join(problems)

    click_in_view(driver, "open_admin_agent")
    assert opened[-1] == DASHBOARD_URL
    click_in_view(driver, "open_mpa")
    assert opened[-1] == DASHBOARD_URL
    click_in_view(driver, "open_partner_profile")
    assert opened[-1] == PARTNER_PROFILE_URL
    mpa = driver.widget("tick_mpa", QCheckBox)
    assert mpa.text().replace("&", "") == "Agreement accepted for Europe"  # the case's CSP region (ES)
    assert "Program Info" in " ".join(label.text() for label in page.findChildren(QLabel))

    tick(driver, "tick_admin_agent")
    tick(driver, "tick_mpa")
    session = driver.instance.session
    store, case_id, actor = driver.instance.services.store, session.case_id, session.actor
    confirmed = [entry for entry in store.audit(case_id) if entry.action == CONFIRMED_ACTION]
    assert [entry.detail["act"] for entry in confirmed] == ["admin_agent", "mpa"]
    today = date.today().isoformat()
    assert all(entry.detail["on"] == today and entry.detail["by"] == actor for entry in confirmed)
    assert confirmed[1].detail["region"] == "Europe"
    assert actor in driver.widget("admin_agent_recorded", QLabel).text()
    assert actor in driver.widget("mpa_recorded", QLabel).text()

    tick(driver, "tick_mpa")  # taken back: audited too
    assert not driver.widget("tick_mpa", QCheckBox).isChecked()
    assert driver.widget("mpa_recorded", QLabel).text() == ""
    assert [entry.detail["act"] for entry in store.audit(case_id) if entry.action == UNCONFIRMED_ACTION] == ["mpa"]
    tick(driver, "tick_mpa")

    driver = reopen(qtbot, open_app, driver.instance, db_path)
    assert driver.step == "overview"
    qtbot.waitUntil(lambda: not driver.wizard.currentPage().busy, timeout=15000)
    for act in ("admin_agent", "mpa"):
        assert driver.widget(f"tick_{act}", QCheckBox).isChecked(), act
        assert actor in driver.widget(f"{act}_recorded", QLabel).text(), act


def test_a_refused_partner_id_is_a_notice_and_the_page_works(fake, live_app, no_sandbox_account) -> None:
    driver, opened = live_app
    fake.state.fail("/pc/v1/profiles/mpn", 403, times=100, code=800016)
    to_overview(driver, fake)
    notice = driver.widget("live_partner_id_notice", QLabel)
    driver.qtbot.waitUntil(lambda: "didn't say" in notice.text(), timeout=30000)
    assert "6123456" in driver.widget("live_partner_id", QLabel).text()  # the case's own, as entered
    assert driver.instance.window.error_box is None
    tick(driver, "tick_admin_agent")
    assert driver.widget("tick_admin_agent", QCheckBox).isChecked()
    click_in_view(driver, "open_admin_agent")
    assert opened[-1] == DASHBOARD_URL
