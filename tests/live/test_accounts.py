"""Whose account a live session works as (review finding: the token cache's first account was taken), and
a cancel that comes before Microsoft answered. Against the fake Microsoft, MSAL unmocked."""

from __future__ import annotations

import threading

import pytest

from tests.live.fake_microsoft import GLOBAL_ADMIN, USER_ADMIN, role
from tests.live.helpers import device_sign_in, live_session
from wizard.backends.live.auth import open_token_cache
from wizard.backends.live.errors import LiveSignInError

FABRIKAM = "0b5e2f11-3c4d-4e5f-8a9b-0c1d2e3f4a5b"
FABRIKAM_ORG = {"displayName": "Fabrikam Portugal Lda.", "countryLetterCode": "PT", "street": "Rua Augusta 1",
                "city": "Lisboa", "state": "Lisboa", "postalCode": "1100-048", "partnerTenantType": None,
                "verifiedDomains": [{"name": "fabrikam.pt", "isDefault": True, "isInitial": False,
                                     "type": "Managed", "capabilities": "Email"}]}


def add_fabrikam_admin(fake) -> None:
    fake.add_user("zed@fabrikam.pt", roles=[role("Global Administrator", GLOBAL_ADMIN)], display_name="Zed Silva",
                  tenant_id=FABRIKAM, organization=FABRIKAM_ORG)


def caller(fake, token: str) -> str:
    """The user the fake handed `token` to."""
    return fake.state.tokens[token][1]


def file_cache(data_dir):
    # plaintext: a stand-in for the OS's encryption, tests only
    from msal_extensions import FilePersistence

    return open_token_cache(data_dir, FilePersistence)


def test_a_second_sign_in_works_as_the_account_that_just_signed_in(fake, browser, data_dir) -> None:
    fake.state.user().roles = [role("User Administrator", USER_ADMIN)]  # admin@contoso.es: not a global admin
    fake.add_user("boss@contoso.es", roles=[role("Global Administrator", GLOBAL_ADMIN)])
    session, _ = live_session(data_dir, browser)
    assert session.sign_in_interactive(timeout=20).username == "admin@contoso.es"
    assert [p.code for p in session.checks().problems] == ["not_global_admin"]

    fake.state.signed_in = "boss@contoso.es"  # the user chose another account in Microsoft's page
    assert session.sign_in_interactive(timeout=20).username == "boss@contoso.es"
    report = session.checks()
    assert report.user == "boss@contoso.es" and report.global_admin and report.ok
    assert session.account().username == "boss@contoso.es"
    assert caller(fake, session.auth.graph_token()) == "boss@contoso.es"
    assert caller(fake, session.auth.partner_center_token()) == "boss@contoso.es"
    # Microsoft is asked to let the user choose the account, each time
    assert len(browser.opened) == 2 and all("prompt=select_account" in url for url in browser.opened)


def test_a_second_sign_in_by_device_code_in_another_tenant(fake, data_dir) -> None:
    fake.state.device_interval = 0
    add_fabrikam_admin(fake)
    session, _ = live_session(data_dir)
    device_sign_in(session)
    fake.state.signed_in = "zed@fabrikam.pt"
    account = device_sign_in(session)
    assert (account.username, account.tenant_id) == ("zed@fabrikam.pt", FABRIKAM)
    report = session.checks()
    assert (report.user, report.tenant_id, report.tenant_country) == ("zed@fabrikam.pt", FABRIKAM, "PT")
    assert report.verified_domains == ["fabrikam.pt"]


def test_sessions_sharing_the_cache_on_disk_each_keep_their_own_account(fake, data_dir) -> None:
    fake.state.device_interval = 0
    add_fabrikam_admin(fake)
    case_a, _ = live_session(data_dir, cache=file_cache(data_dir))
    case_b, _ = live_session(data_dir, cache=file_cache(data_dir))
    device_sign_in(case_a)  # admin@contoso.es
    fake.state.signed_in = "zed@fabrikam.pt"
    device_sign_in(case_b)
    assert case_b.checks().user == "zed@fabrikam.pt" and case_a.checks().user == "admin@contoso.es"
    assert caller(fake, case_a.auth.graph_token(force_refresh=True)) == "admin@contoso.es"
    assert caller(fake, case_b.auth.partner_center_token(force_refresh=True)) == "zed@fabrikam.pt"
    # after a restart: a session named after case A's account is A's, whatever else the cache holds
    reopened, _ = live_session(data_dir, cache=file_cache(data_dir))
    reopened.use_account(case_a.home_account_id)
    assert reopened.checks().user == "admin@contoso.es"
    # and a session that was never told is no one's: no token of another case's account
    stranger, _ = live_session(data_dir, cache=file_cache(data_dir))
    assert stranger.account() is None and stranger.holds_accounts()
    with pytest.raises(LiveSignInError) as caught:
        stranger.auth.graph_token()
    assert caught.value.code == "session_expired"


def test_a_cancel_while_the_code_is_requested_cancels_the_sign_in(fake, data_dir, monkeypatch) -> None:
    fake.state.device_pending_polls, fake.state.device_interval = 1000, 1
    session, _ = live_session(data_dir)
    app = session.auth.app
    ask = app.initiate_device_flow

    def cancelled_meanwhile(**kwargs):
        flow = ask(**kwargs)
        session.cancel_sign_in()  # Cancel pressed before Microsoft answered with the code
        return flow

    monkeypatch.setattr(app, "initiate_device_flow", cancelled_meanwhile)
    with pytest.raises(LiveSignInError) as caught:
        session.start_device_code()
    assert caught.value.code == "sign_in_cancelled"
    with pytest.raises(LiveSignInError):  # nothing left to wait for
        session.finish_device_code()
    assert not any(r["grant_type"].endswith("device_code") for r in fake.state.token_requests)


def test_a_cancel_before_the_worker_started_is_not_lost(fake, browser, data_dir) -> None:
    session, _ = live_session(data_dir, browser)
    pressed = threading.Event()
    pressed.set()
    for start in (lambda: session.start_device_code(pressed),
                  lambda: session.sign_in_interactive(timeout=20, cancelled=pressed)):
        with pytest.raises(LiveSignInError) as caught:
            start()
        assert caught.value.code == "sign_in_cancelled"
    assert not browser.opened and not any("devicecode" in r for r in fake.state.requests)
