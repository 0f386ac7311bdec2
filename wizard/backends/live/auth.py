"""Microsoft sign-in with MSAL: the system browser (loopback), device code, the Windows broker; one token per
resource; the token cache encrypted on disk (msal-extensions) or, where that can't work, for the session.

Every method that talks to Microsoft blocks: call it on a worker. `cancel()` is the one method for the GUI
thread: it ends a sign-in in progress (interactive or device code), which then raises sign_in_cancelled. A
caller that may cancel before the worker starts passes its own `cancelled` event to the sign-in.

One LiveAuth works as one account: the one that signed in through it (named by the sign-in's id token), or
the one `use_account` names (a reopened case's). The token cache on disk is shared by every case of this
user, so the cache's first account is never taken: a support engineer walks many customers, and one
customer's tenant must never answer for another's case.

The interactive sign-in does what MSAL's `acquire_token_interactive` does (an auth-code flow with PKCE,
response_mode=form_post, a listener on http://localhost:<port>) with MSAL's public pieces
(`initiate_auth_code_flow`, `acquire_token_by_auth_code_flow`) and a listener of our own, because the
wizard needs what that call can't give: a Cancel button (the user closed the browser) and a browser
opener the tests can script. With the Windows broker (WAM) it is `acquire_token_interactive` itself.
"""

from __future__ import annotations

import importlib.util
import logging
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from wizard.backends.live.config import LiveConfig
from wizard.backends.live.errors import LiveError, LiveSignInError
from wizard.backends.live.loopback import Loopback
from wizard.domain.texts import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # MSAL itself loads when a live case first signs in
    import msal

log = logging.getLogger(__name__)

GRAPH_SCOPES = ("User.Read", "Organization.Read.All")
PARTNER_CENTER_SCOPES = ("https://api.partnercenter.microsoft.com/user_impersonation",)
CACHE_FILE = "live-token-cache.bin"
SESSION_CACHE_NOTICE = QT_TRANSLATE_NOOP(
    "Vault", "No system keyring is available: your Microsoft sign-in is kept for this session only "
    "and you will be asked to sign in again next time.")
CANCELLED_ERRORS = {"access_denied", "user_cancelled", "user_canceled", "authorization_declined"}
MFA_SUBERRORS = {"50076", "50079", "50074"}


@dataclass(frozen=True)
class Account:
    """The signed-in user: `username` (UPN), `tenant_id`, MSAL's `home_account_id`."""

    username: str
    tenant_id: str
    home_account_id: str


@dataclass(frozen=True)
class DeviceCode:
    """What to show for a device-code sign-in: open `verification_uri`, type `user_code` (`message` says both)."""

    user_code: str
    verification_uri: str
    message: str
    expires_at: float


@dataclass
class TokenCache:
    """MSAL's token cache and where it lives: `persistent` (encrypted on disk) or for this session with `notice`."""

    cache: Any  # msal.SerializableTokenCache or msal_extensions.PersistedTokenCache
    persistent: bool
    notice: str
    location: Path | None


def open_token_cache(data_dir: Path, persistence: Callable[[str], Any] | None = None) -> TokenCache:
    """The token cache, encrypted under `data_dir` by the OS (DPAPI, Keychain, libsecret), or an in-memory
    one with SESSION_CACHE_NOTICE where that can't work (headless Linux without a keyring, a locked one).

    `persistence(location)`: a msal-extensions persistence builder (default build_encrypted_persistence)."""
    import msal

    location = Path(data_dir) / CACHE_FILE
    try:
        import msal_extensions

        build = persistence or msal_extensions.build_encrypted_persistence
        location.parent.mkdir(parents=True, exist_ok=True)
        store = build(str(location))
        try:  # one read, so a keyring that fails is noticed now, not in the middle of a sign-in
            store.load()
        except msal_extensions.persistence.PersistenceNotFound:
            pass
        return TokenCache(msal_extensions.PersistedTokenCache(store), True, "", location)
    except Exception as error:  # noqa: BLE001 - no gi/libsecret, no D-Bus, a locked keychain: many types
        log.warning("token cache kept for this session only (%s)", type(error).__name__)
        return TokenCache(msal.SerializableTokenCache(), False, SESSION_CACHE_NOTICE, None)


def broker_available() -> bool:
    """The Windows broker (WAM) can be used: on Windows, with msal[broker] (pymsalruntime) installed."""
    return sys.platform == "win32" and importlib.util.find_spec("pymsalruntime") is not None


def _sign_in_error(result: Mapping[str, Any], what: str) -> LiveSignInError:
    """The LiveSignInError for an MSAL error result; logs the error and its AADSTS codes only, never tokens."""
    error = str(result.get("error", ""))
    codes = ",".join(str(code) for code in result.get("error_codes", []) or [])
    log.info("%s: %s %s", what, error or "no token", codes)
    if error in CANCELLED_ERRORS or result.get("suberror") in ("cancel", "user_cancelled"):
        return LiveSignInError("sign_in_cancelled", service_code=error)
    if error in ("expired_token", "code_expired"):
        return LiveSignInError("sign_in_timed_out", service_code=error)
    if set(codes.split(",")) & MFA_SUBERRORS or "mfa" in str(result.get("suberror", "")):
        return LiveSignInError("mfa_required", service_code=codes or error)
    return LiveSignInError("sign_in_failed", service_code=codes or error or None)


def _account_of(entry: Mapping[str, Any]) -> Account:
    """An Account of a token cache's account entry. home_account_id is "<uid>.<utid>" (client_info): the
    home tenant, where realm may be "organizations"."""
    home = str(entry.get("home_account_id", ""))
    return Account(str(entry.get("username", "")), home.partition(".")[2] or str(entry.get("realm", "")), home)


class LiveAuth:
    """Sign-in for one user of the live mode. `open_browser(url) -> bool` opens the system browser (default
    webbrowser.open; the tests pass a scripted one). `broker`: None = the Windows broker where available."""

    def __init__(self, config: LiveConfig, cache: TokenCache, *, open_browser: Callable[[str], bool] | None = None,
                 broker: bool | None = None, http_session: Any = None) -> None:
        self.config = config
        self.token_cache = cache
        self._open_browser = open_browser
        self.broker = broker_available() if broker is None else broker
        self._cancel = threading.Event()  # the sign-in in progress's: each sign-in gets its own
        self._home_account_id = ""  # MSAL's "<oid>.<tid>" of the account this LiveAuth works as
        self._device_flow: dict[str, Any] | None = None
        self._lock = threading.Lock()  # the device flow (cancel() takes it on the GUI thread: never held long)
        self._app_lock = threading.Lock()
        if log.getEffectiveLevel() < logging.WARNING:
            logging.getLogger("msal").setLevel(logging.WARNING)  # its debug lines quote auth responses
        self._options: dict[str, Any] = {"timeout": 30, "token_cache": cache.cache,
                                         "instance_discovery": config.instance_discovery}
        if http_session is not None:
            self._options["http_client"] = http_session
        if self.broker:
            self._options["enable_broker_on_windows"] = True
        self._app: msal.PublicClientApplication | None = None

    @property
    def app(self) -> Any:
        """MSAL's PublicClientApplication, made on first use: making it reads the authority's OpenID
        configuration (network), so its failures are LiveSignInError like any sign-in call's."""
        with self._app_lock:
            if self._app is None:
                import msal

                self._app = self._call(lambda: msal.PublicClientApplication(
                    self.config.client_id, authority=self.config.authority, **self._options))
            return self._app

    # -- state -------------------------------------------------------------------------------------------
    @property
    def notice(self) -> str:
        """"" when the sign-in is kept encrypted on disk; else the session-only notice to show."""
        return self.token_cache.notice

    @property
    def home_account_id(self) -> str:
        """The account this LiveAuth works as ("" before a sign-in or use_account)."""
        return self._home_account_id

    def use_account(self, home_account_id: str) -> None:
        """Work as `home_account_id` (a reopened case's own sign-in, if the token cache still holds it)."""
        if home_account_id:
            self._home_account_id = home_account_id

    def account(self) -> Account | None:
        """This LiveAuth's account while the token cache holds it (a persisted sign-in survives a restart),
        else None. Read from the cache alone, no network: the GUI asks it to say who is signed in."""
        if not self._home_account_id:
            return None
        entry = next((a for a in self._cached_accounts() if a.get("home_account_id") == self._home_account_id), None)
        return _account_of(entry) if entry is not None else None

    def holds_accounts(self) -> bool:
        """The token cache holds some sign-in (this case's or another's): signing out has something to forget."""
        return bool(self._cached_accounts())

    def _cached_accounts(self) -> list[dict[str, Any]]:
        """The token cache's account entries (one per tenant an account signed in to), without MSAL's app."""
        import msal

        try:
            return list(self.token_cache.cache.search(msal.TokenCache.CredentialType.ACCOUNT))
        except Exception as error:  # noqa: BLE001 - a broken persisted cache: as if signed out
            log.warning("token cache unreadable (%s)", type(error).__name__)
            return []

    def _msal_accounts(self) -> list[dict[str, Any]]:
        try:
            return self.app.get_accounts()
        except Exception as error:  # noqa: BLE001 - a broken persisted cache: as if signed out
            log.warning("token cache unreadable (%s)", type(error).__name__)
            return []

    def cancel(self) -> None:
        """End a sign-in in progress (any thread): it raises sign_in_cancelled. A device code still being
        requested is cancelled too: start_device_code then raises instead of showing it."""
        self._cancel.set()
        with self._lock:
            if self._device_flow is not None:
                self._device_flow["expires_at"] = 0  # MSAL's documented way to stop polling

    def _begin(self, cancelled: threading.Event | None) -> None:
        """A new sign-in: its own cancel event (the caller's, set when Cancel came before the worker ran)."""
        self._cancel = cancelled if cancelled is not None else threading.Event()
        if self._cancel.is_set():
            raise LiveSignInError("sign_in_cancelled")

    # -- sign-in -----------------------------------------------------------------------------------------
    def sign_in_interactive(self, *, parent_window_handle: int | None = None, timeout: float = 600.0,
                            login_hint: str | None = None, cancelled: threading.Event | None = None) -> Account:
        """Sign in in the system browser (or the Windows broker) for Graph. Blocks until done, cancelled
        (`cancel()` or `cancelled`), or `timeout` seconds pass. Microsoft asks which account to use
        (prompt=select_account): a browser already signed in must not decide for the user."""
        self._begin(cancelled)
        if self.broker:
            result = self._call(lambda: self.app.acquire_token_interactive(
                list(GRAPH_SCOPES), parent_window_handle=parent_window_handle
                if parent_window_handle is not None else self.app.CONSOLE_WINDOW_HANDLE, login_hint=login_hint,
                prompt="select_account"))
        else:
            result = self._browser_flow(timeout, login_hint)
        return self._signed_in(result, "interactive sign-in")

    def _browser_flow(self, timeout: float, login_hint: str | None) -> dict[str, Any]:
        import webbrowser

        deadline = time.monotonic() + timeout
        with Loopback("") as server:
            redirect = f"http://localhost:{server.server_address[1]}"
            flow = self._call(lambda: self.app.initiate_auth_code_flow(
                list(GRAPH_SCOPES), redirect_uri=redirect, response_mode="form_post", login_hint=login_hint,
                prompt="select_account"))
            if "auth_uri" not in flow:
                raise _sign_in_error(flow, "interactive sign-in")
            server.expected_state = flow["state"]
            opener = self._open_browser or webbrowser.open
            try:
                opened = opener(flow["auth_uri"])
            except Exception as error:  # noqa: BLE001 - webbrowser raises webbrowser.Error and others
                log.warning("could not open the browser (%s)", type(error).__name__)
                opened = False
            if not opened:
                log.warning("no browser could be opened for the sign-in")
                raise LiveSignInError("sign_in_failed", QT_TRANSLATE_NOOP(
                    "Backend", "No web browser could be opened for the sign-in. Use sign-in with a code instead."))
            log.info("interactive sign-in: waiting for the browser")
            while server.response is None:
                if self._cancel.is_set():
                    raise LiveSignInError("sign_in_cancelled")
                if time.monotonic() > deadline:
                    raise LiveSignInError("sign_in_timed_out")
                server.handle_request()
            answer = server.response
        if "error" in answer:
            raise _sign_in_error(answer, "interactive sign-in")
        return self._call(lambda: self.app.acquire_token_by_auth_code_flow(flow, answer, scopes=list(GRAPH_SCOPES)))

    def start_device_code(self, cancelled: threading.Event | None = None) -> DeviceCode:
        """Begin a device-code sign-in: show the returned code, then call finish_device_code() on a worker.
        A cancel that came while the code was requested raises sign_in_cancelled (no code to show)."""
        self._begin(cancelled)
        flow = self._call(lambda: self.app.initiate_device_flow(scopes=list(GRAPH_SCOPES)))
        if "user_code" not in flow:
            raise _sign_in_error(flow, "device code")
        with self._lock:  # cancel() sets the event before it takes the lock: one of the two sees the other
            if self._cancel.is_set():
                raise LiveSignInError("sign_in_cancelled")
            self._device_flow = flow
        return DeviceCode(flow["user_code"], flow.get("verification_uri", ""), flow.get("message", ""),
                          float(flow.get("expires_at", time.time() + 900)))

    def finish_device_code(self) -> Account:
        """Wait for the device-code sign-in begun by start_device_code() (MSAL polls every `interval` seconds)."""
        with self._lock:
            flow = self._device_flow
            if flow is not None and self._cancel.is_set():
                self._device_flow = None
                raise LiveSignInError("sign_in_cancelled")
        if flow is None:
            raise LiveSignInError("sign_in_failed")
        try:
            result = self._call(lambda: self.app.acquire_token_by_device_flow(flow))
        finally:
            with self._lock:
                self._device_flow = None
        if self._cancel.is_set():
            raise LiveSignInError("sign_in_cancelled")
        return self._signed_in(result, "device code")

    def sign_in_device_code(self, show: Callable[[DeviceCode], None]) -> Account:
        """start_device_code(), `show(code)`, finish_device_code(): the whole device-code sign-in."""
        code = self.start_device_code()
        show(code)
        return self.finish_device_code()

    def _call(self, work: Callable[[], Any]) -> Any:
        """An MSAL call, its network failures as LiveSignInError network_error (no traceback for the user)."""
        import requests

        try:
            return work()
        except LiveError:
            raise
        except requests.exceptions.RequestException as error:
            log.warning("sign-in: %s", type(error).__name__)
            raise LiveSignInError("network_error") from None
        except ValueError as error:  # MSAL's own checks (state mismatch, a bad id_token, discovery failed)
            log.warning("sign-in refused by MSAL (%s)", type(error).__name__)
            raise LiveSignInError("sign_in_failed") from None

    def _signed_in(self, result: Mapping[str, Any] | None, what: str) -> Account:
        """The account that just signed in, which this LiveAuth works as from now on."""
        if not result or "access_token" not in result:
            raise _sign_in_error(result or {}, what)
        entry = self._account_of_result(result)
        if entry is None:
            log.warning("%s: the signed-in account is not in the token cache", what)
            raise LiveSignInError("sign_in_failed")
        self._home_account_id = str(entry["home_account_id"])
        account = _account_of(entry)
        log.info("%s: signed in (tenant %s)", what, account.tenant_id)
        return account

    def _account_of_result(self, result: Mapping[str, Any]) -> dict[str, Any] | None:
        """The cache's entry of the user a token result is for: its id token's oid and tid make MSAL's
        home_account_id "<oid>.<tid>"; a guest (home tenant elsewhere) is found by oid in the tenant."""
        claims = result.get("id_token_claims") or {}
        oid, tid = str(claims.get("oid", "")), str(claims.get("tid", ""))
        if not oid:
            return None
        entries = self._cached_accounts()
        return (next((a for a in entries if a.get("home_account_id") == f"{oid}.{tid}"), None)
                or next((a for a in entries if a.get("local_account_id") == oid and a.get("realm") == tid), None))

    # -- tokens --------------------------------------------------------------------------------------------
    def graph_token(self, force_refresh: bool = False) -> str:
        return self._token(GRAPH_SCOPES, force_refresh)

    def partner_center_token(self, force_refresh: bool = False) -> str:
        return self._token(PARTNER_CENTER_SCOPES, force_refresh)

    def _token(self, scopes: tuple[str, ...], force_refresh: bool) -> str:
        """A token for one resource from the cache, refreshed with the refresh token when due or forced.
        Raises LiveSignInError: session_expired (sign in again), mfa_required, network_error."""
        wanted = self._home_account_id
        account = next((a for a in self._msal_accounts() if wanted and a.get("home_account_id") == wanted), None)
        if account is None:  # never another account of the shared cache
            raise LiveSignInError("session_expired")
        result = self._call(lambda: self.app.acquire_token_silent_with_error(
            list(scopes), account=account, force_refresh=force_refresh))
        if result and "access_token" in result:
            return result["access_token"]
        error = _sign_in_error(result or {}, "silent token")
        if error.code in ("sign_in_failed", "sign_in_cancelled", "sign_in_timed_out"):
            raise LiveSignInError("session_expired", service_code=error.service_code)
        raise error

    def sign_out(self) -> None:
        """Forget the user: every account leaves the cache (and the encrypted file); then nothing is signed in,
        for any case on this computer (signing out means no Microsoft sign-in is kept here)."""
        for account in self._msal_accounts():
            try:
                self.app.remove_account(account)
            except Exception as error:  # noqa: BLE001 - a broken cache must not keep the user signed in
                log.warning("removing an account failed (%s)", type(error).__name__)
        location = self.token_cache.location
        if location is not None:
            for path in (location, Path(str(location) + ".lockfile")):
                try:
                    path.unlink(missing_ok=True)
                except OSError as error:
                    log.warning("could not delete the token cache (%s)", type(error).__name__)
        log.info("signed out")
