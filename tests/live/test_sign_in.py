"""Sign-in with MSAL against the fake: the scripted browser, device code, refresh, cancel, sign-out."""

from __future__ import annotations

import threading
import time

import pytest

from tests.live.fake_microsoft import PARTNER_CENTER_SCOPE, ScriptedBrowser
from tests.live.helpers import device_sign_in, live_session
from wizard.backends.live.auth import SESSION_CACHE_NOTICE, open_token_cache
from wizard.backends.live.config import LiveConfig
from wizard.backends.live.errors import LiveError, LiveSignInError


def test_the_browser_signs_in_graph_first_then_partner_center_silently(fake, browser, data_dir) -> None:
    session, _ = live_session(data_dir, browser)
    account = session.sign_in_interactive(timeout=20)
    assert account.username == "admin@contoso.es" and account.tenant_id == fake.state.tenant_id
    assert len(browser.opened) == 1 and "response_mode=form_post" in browser.opened[0]
    assert browser.answers and browser.answers[0][0] == 200 and not browser.errors
    grants = [(r["grant_type"], r["scope"]) for r in fake.state.token_requests]
    assert grants == [("authorization_code", "Organization.Read.All User.Read"),
                      ("refresh_token", PARTNER_CENTER_SCOPE)]  # one resource per request
    assert session.auth.graph_token() != session.auth.partner_center_token()


def test_device_code_waits_while_pending(fake, data_dir) -> None:
    fake.state.device_pending_polls, fake.state.device_interval = 2, 0
    session, _ = live_session(data_dir)
    shown = []
    account = session.auth.sign_in_device_code(shown.append)
    assert account.username == "admin@contoso.es"
    assert shown[0].message.startswith("To sign in") and shown[0].user_code in shown[0].message
    assert [r["grant_type"] for r in fake.state.token_requests].count(
        "urn:ietf:params:oauth:grant-type:device_code") == 3


def test_an_expired_token_is_refreshed(fake, data_dir) -> None:
    fake.state.device_interval = 0
    session, _ = live_session(data_dir)
    device_sign_in(session)
    first = session.auth.graph_token()
    fake.state.expire_tokens()  # the server no longer takes it: 401, one refresh, the call again
    assert session.graph.me().user_principal_name == "admin@contoso.es"
    assert session.auth.graph_token() != first
    # and MSAL's own refresh, for a token about to expire
    fake.state.expires_in = 60
    session.auth.graph_token(force_refresh=True)
    refreshes = sum(r["grant_type"] == "refresh_token" for r in fake.state.token_requests)
    session.auth.graph_token()
    assert sum(r["grant_type"] == "refresh_token" for r in fake.state.token_requests) == refreshes + 1


def test_cancelling_in_the_browser_is_sign_in_cancelled(fake, browser, data_dir) -> None:
    fake.state.authorize_error = "access_denied"
    session, _ = live_session(data_dir, browser)
    with pytest.raises(LiveSignInError) as caught:
        session.sign_in_interactive(timeout=20)
    assert caught.value.code == "sign_in_cancelled" and "cancelled" in caught.value.message
    assert session.account() is None


def test_a_closed_browser_is_cancelled_from_the_wizard(fake, ca_file, data_dir) -> None:
    browser = ScriptedBrowser(ca_file, stay_closed=True)
    session, _ = live_session(data_dir, browser)
    threading.Timer(0.3, session.cancel_sign_in).start()
    started = time.monotonic()
    with pytest.raises(LiveSignInError) as caught:
        session.sign_in_interactive(timeout=20)
    assert caught.value.code == "sign_in_cancelled" and time.monotonic() - started < 5
    with pytest.raises(LiveSignInError) as timed_out:
        session.sign_in_interactive(timeout=0.3)
    assert timed_out.value.code == "sign_in_timed_out"


def test_cancelling_a_device_code_sign_in(fake, data_dir) -> None:
    fake.state.device_pending_polls, fake.state.device_interval = 1000, 1
    session, _ = live_session(data_dir)
    session.start_device_code()
    threading.Timer(0.3, session.cancel_sign_in).start()
    with pytest.raises(LiveSignInError) as caught:
        session.finish_device_code()
    assert caught.value.code == "sign_in_cancelled"


def test_without_a_keyring_the_cache_is_for_the_session_with_a_notice(fake, data_dir) -> None:
    session, _ = live_session(data_dir)  # no libsecret here (or the test's)
    cache = session.auth.token_cache
    if cache.persistent:
        pytest.skip("this machine has a working keyring for msal-extensions")
    assert session.notice == SESSION_CACHE_NOTICE and "this session only" in session.notice
    assert not any(data_dir.iterdir())


def test_a_persisted_cache_survives_a_restart_and_sign_out_clears_it(fake, data_dir) -> None:
    from msal_extensions import FilePersistence  # plaintext: a stand-in for the OS's encryption, tests only

    fake.state.device_interval = 0
    session, _ = live_session(data_dir, cache=open_token_cache(data_dir, FilePersistence))
    assert session.notice == ""
    device_sign_in(session)
    again, _ = live_session(data_dir, cache=open_token_cache(data_dir, FilePersistence))
    assert again.account() is None  # a new session works as no one until told whose sign-in it is
    again.use_account(session.home_account_id)  # (a reopened case names its own)
    assert again.account().username == "admin@contoso.es"
    assert again.graph.me().user_principal_name == "admin@contoso.es"
    again.sign_out()
    assert again.account() is None and not (data_dir / "live-token-cache.bin").exists()
    third, _ = live_session(data_dir, cache=open_token_cache(data_dir, FilePersistence))
    assert third.account() is None
    with pytest.raises(LiveSignInError) as caught:
        third.auth.graph_token()
    assert caught.value.code == "session_expired"


def test_sign_out_of_a_session_cache_leaves_no_token(fake, data_dir) -> None:
    fake.state.device_interval = 0
    session, _ = live_session(data_dir)
    device_sign_in(session)
    session.sign_out()
    assert session.account() is None
    cached = session.auth.token_cache.cache.serialize()
    assert not any(token in cached for token in fake.state.issued)


def test_an_unreachable_identity_platform_is_network_error(fake, data_dir, monkeypatch) -> None:
    monkeypatch.setenv("WIZARD_LIVE_AUTHORITY", "https://127.0.0.1:9/organizations")
    session, _ = live_session(data_dir)
    with pytest.raises(LiveError) as caught:
        session.start_device_code()
    assert caught.value.code == "network_error"


def test_configuration(monkeypatch) -> None:
    from wizard.backends.live.config import DEFAULT_AUTHORITY, LiveConfigError

    env = {"WIZARD_LIVE_CLIENT_ID": "4a1aa1d5-c567-49d0-ad0b-cd957a47f842"}
    config = LiveConfig.load(environ=env)
    assert config.authority == DEFAULT_AUTHORITY and config.instance_discovery
    assert config.graph_url == "https://graph.microsoft.com/v1.0"
    assert config.partner_center_url == "https://api.partnercenter.microsoft.com/v1"
    custom = LiveConfig.load(environ={**env, "WIZARD_LIVE_AUTHORITY": "https://login.microsoftonline.us/organizations"})
    assert not custom.instance_discovery
    assert LiveConfig.load({"client_id": env["WIZARD_LIVE_CLIENT_ID"]}, environ={}).client_id == env[
        "WIZARD_LIVE_CLIENT_ID"]
    for bad, code in (({}, "not_configured"), ({"WIZARD_LIVE_CLIENT_ID": "my-app"}, "invalid_setting"),
                      ({**env, "WIZARD_GRAPH_URL": "http://graph.local"}, "invalid_setting")):
        with pytest.raises(LiveConfigError) as caught:
            LiveConfig.load(environ=bad)
        assert caught.value.code == code
