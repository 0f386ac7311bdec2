"""LiveSession: the live backend for one user, wired (config, sign-in, HTTP, Graph, Partner Center).

What the GUI holds for a live case. Everything that talks to Microsoft blocks and runs on a worker:
sign_in_interactive, start_device_code/finish_device_code, checks, poll_vetting, the Partner Center reads,
sign_out. `cancel_sign_in()` and the properties are for the GUI thread.

A session works as one account (LiveAuth's): the one that signed in through it, or the one `use_account`
names (a reopened case's own); the checks and every token are that account's, never the shared token
cache's first one.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from wizard.backends.live.auth import Account, DeviceCode, LiveAuth, TokenCache, open_token_cache
from wizard.backends.live.checks import CheckReport, run_checks
from wizard.backends.live.config import LiveConfig
from wizard.backends.live.graph import GraphClient
from wizard.backends.live.http import LiveHttp, new_session
from wizard.backends.live.partner_center import PartnerCenterClient, Vetting

POLL_INTERVAL_SECONDS = 15 * 60
"""How often the GUI reads the vetting status on its own: Partner Center asks to poll rarely (minutes)."""
POLL_BACKOFF_CAP_SECONDS = 4 * 60 * 60
"""After failed polls the interval doubles, up to this; a success returns to POLL_INTERVAL_SECONDS."""


def next_poll_delay(failures: int, retry_after: float | None = None) -> float:
    """Seconds until the next status poll after `failures` failed polls in a row (Retry-After wins if longer)."""
    delay = min(POLL_BACKOFF_CAP_SECONDS, POLL_INTERVAL_SECONDS * 2 ** max(0, failures))
    return max(delay, retry_after or 0.0)


class LiveSession:
    def __init__(self, config: LiveConfig, data_dir: Path, *, open_browser: Callable[[str], bool] | None = None,
                 sleep: Callable[[float], None] = time.sleep, broker: bool | None = None,
                 cache: TokenCache | None = None, http: LiveHttp | None = None) -> None:
        self.config = config
        self.http = http or LiveHttp(sleep=sleep)
        self.auth = LiveAuth(config, cache or open_token_cache(data_dir), open_browser=open_browser,
                             broker=broker, http_session=new_session())
        self.graph = GraphClient(self.http, config.graph_url, self.auth.graph_token)
        self.partner_center = PartnerCenterClient(self.http, config.partner_center_url,
                                                  self.auth.partner_center_token)

    # -- GUI thread ------------------------------------------------------------------------------------
    @property
    def notice(self) -> str:
        """The token cache's notice ("" when the sign-in is kept encrypted on disk)."""
        return self.auth.notice

    def cancel_sign_in(self) -> None:
        self.auth.cancel()

    @property
    def home_account_id(self) -> str:
        """MSAL's id of the account this session works as ("" before any sign-in): no secret."""
        return self.auth.home_account_id

    def use_account(self, home_account_id: str) -> None:
        """Work as a reopened case's own account (the token cache may still hold its sign-in)."""
        self.auth.use_account(home_account_id)

    # -- workers -----------------------------------------------------------------------------------------
    def account(self) -> Account | None:
        """This session's account while the token cache holds it, else None (read from the cache only)."""
        return self.auth.account()

    def holds_accounts(self) -> bool:
        """The token cache holds some sign-in: Sign out has something to forget."""
        return self.auth.holds_accounts()

    def sign_in_interactive(self, parent_window_handle: int | None = None, timeout: float = 600.0,
                            cancelled: threading.Event | None = None) -> Account:
        account = self.auth.sign_in_interactive(parent_window_handle=parent_window_handle, timeout=timeout,
                                                cancelled=cancelled)
        self._partner_center_token_if_possible()
        return account

    def start_device_code(self, cancelled: threading.Event | None = None) -> DeviceCode:
        return self.auth.start_device_code(cancelled)

    def finish_device_code(self) -> Account:
        account = self.auth.finish_device_code()
        self._partner_center_token_if_possible()
        return account

    def _partner_center_token_if_possible(self) -> None:
        """Right after the Graph sign-in, the Partner Center token (silently, one resource per request), so
        consent or MFA problems show up now; a refusal is left to the checks' notices."""
        from wizard.backends.live.errors import LiveError

        try:
            self.auth.partner_center_token()
        except LiveError:
            pass

    def checks(self, contact_email: str | None = None, support_email: str | None = None,
               partner_center: bool = True) -> CheckReport:
        account = self.auth.account()
        return run_checks(self.graph, self.partner_center if partner_center else None,
                          user=account.username if account else "", tenant_id=account.tenant_id if account else "",
                          contact_email=contact_email, support_email=support_email)

    def poll_vetting(self) -> Vetting | None:
        """The vetting status now (raises LiveError: mfa_required, partner_center_refused -> the manual
        checklist; throttled with retry_after; network_error)."""
        return self.partner_center.vetting()

    def sign_out(self) -> None:
        self.auth.sign_out()

    def close(self) -> None:
        self.http.close()
