"""A small HTTP client for Graph and Partner Center on `requests`: one Session, the environment's CA bundle,
Retry-After and back-off, a few retries, and typed errors (LiveError) instead of exceptions of requests.

Policy (figures in the report of the live mode):
- 429: wait Retry-After (seconds or an HTTP date; at most `max_retry_after`, else give up at once with
  `throttled` and the wait in `retry_after`), then exponential back-off (`backoff` * 2^n, at most
  `backoff_cap`) for later 429s; up to `throttle_retries` waits.
- 5xx and dropped connections: retried `retries` times after `backoff` * 2^n seconds (Retry-After wins when
  given), then `server_error` / `network_error`.
- 401: the token is refreshed once (`token(True)`) and the call retried; then `session_expired` (Graph)
  or `mfa_required` (Partner Center code 900421 or an MFA claim) / `partner_center_refused`.
- 403: `permission_missing` (Graph), `partner_center_refused` or `mfa_required` (Partner Center).
- 404: `not_found`. Other 4xx and bodies that aren't JSON: `unexpected_answer`.

Nothing secret is logged: the method, the API, the path without its query, the status and Partner
Center's error code; never a header or a body.
"""

from __future__ import annotations

import email.utils
import logging
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests

from wizard.backends.live.errors import LiveError, LiveSignInError

log = logging.getLogger(__name__)

GRAPH, PARTNER_CENTER = "graph", "partner_center"
MFA_CODES = {"900421", "50076", "50079", "AADSTS50076", "AADSTS50079"}
TokenSource = Callable[[bool], str]
"""token(force_refresh) -> an access token for one API; raises LiveSignInError."""


def ca_bundle(environ: Mapping[str, str] | None = None) -> str | bool:
    """What to verify TLS with: REQUESTS_CA_BUNDLE, else SSL_CERT_FILE, else requests' own (certifi)."""
    environ = os.environ if environ is None else environ
    return environ.get("REQUESTS_CA_BUNDLE") or environ.get("SSL_CERT_FILE") or True


def new_session() -> requests.Session:
    """A Session trusting the environment's CA bundle (MSAL gets one too, so both trust the same CAs)."""
    session = requests.Session()
    session.verify = ca_bundle()
    session.headers["User-Agent"] = "csp-wizard"
    return session


@dataclass(frozen=True)
class Answer:
    data: Any
    headers: Mapping[str, str]


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """Retry-After as seconds: a number of seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def _service_code(response: requests.Response) -> str | None:
    """Partner Center's `code` or Graph's `error.code` from an error body, as text; None if there's none."""
    try:
        body = response.json()
    except ValueError:
        return None
    if not isinstance(body, dict):
        return None
    if "code" in body:
        return str(body["code"])
    error = body.get("error")
    if isinstance(error, dict) and "code" in error:
        return str(error["code"])
    return None


def _mfa_missing(response: requests.Response, code: str | None) -> bool:
    if code in MFA_CODES:
        return True
    challenge = response.headers.get("WWW-Authenticate", "")
    return "insufficient_claims" in challenge or "mfa" in challenge.lower()


class LiveHttp:
    def __init__(self, *, session: requests.Session | None = None, sleep: Callable[[float], None] = time.sleep,
                 retries: int = 2, throttle_retries: int = 3, backoff: float = 2.0, backoff_cap: float = 60.0,
                 max_retry_after: float = 120.0, timeout: tuple[float, float] = (10.0, 60.0)) -> None:
        self.session = session or new_session()
        self.sleep = sleep
        self.retries = retries
        self.throttle_retries = throttle_retries
        self.backoff = backoff
        self.backoff_cap = backoff_cap
        self.max_retry_after = max_retry_after
        self.timeout = timeout
        self.waited: list[float] = []  # every wait, in order (tests and the benchmark read it)

    def close(self) -> None:
        self.session.close()

    def _wait(self, seconds: float) -> None:
        self.waited.append(seconds)
        self.sleep(seconds)

    def _backoff(self, attempt: int) -> float:
        return min(self.backoff_cap, self.backoff * 2 ** attempt)

    def get(self, url: str, token: TokenSource, api: str, *, params: Mapping[str, Any] | None = None,
            headers: Mapping[str, str] | None = None) -> Answer:
        """GET `url` with a bearer token from `token`; the JSON answer or a LiveError (see the module)."""
        path = urlsplit(url).path
        refreshed = False
        failures = throttles = 0
        while True:
            request_headers = {"Accept": "application/json", **(headers or {}),
                               "Authorization": f"Bearer {token(refreshed)}"}
            started = time.perf_counter()
            try:
                response = self.session.get(url, params=params, headers=request_headers, timeout=self.timeout)
            except requests.exceptions.SSLError:
                log.warning("GET %s %s: TLS verification failed", api, path)
                raise LiveError("network_error") from None
            except (requests.exceptions.ConnectionError, requests.exceptions.Timeout) as error:
                log.info("GET %s %s: %s (try %d)", api, path, type(error).__name__, failures + 1)
                if failures >= self.retries:
                    raise LiveError("network_error") from None
                self._wait(self._backoff(failures))
                failures += 1
                continue
            status = response.status_code
            log.debug("GET %s %s -> %d (%.2f s)", api, path, status, time.perf_counter() - started)
            if status < 300:
                try:
                    return Answer(response.json(), response.headers)
                except ValueError:
                    log.warning("GET %s %s: the answer is not JSON", api, path)
                    raise LiveError("unexpected_answer", status=status) from None
            code = _service_code(response)
            wait = retry_after_seconds(response.headers.get("Retry-After"))
            if status == 429:
                log.info("GET %s %s: throttled, Retry-After %s (wait %d)", api, path, wait, throttles + 1)
                if throttles >= self.throttle_retries or (wait is not None and wait > self.max_retry_after):
                    raise LiveError("throttled", status=status, service_code=code, retry_after=wait)
                delay = wait if wait is not None and throttles == 0 else max(wait or 0.0, self._backoff(throttles))
                self._wait(min(delay, self.max_retry_after))
                throttles += 1
                continue
            if status >= 500:
                log.info("GET %s %s: %d (try %d)", api, path, status, failures + 1)
                if failures >= self.retries:
                    raise LiveError("server_error", status=status, service_code=code)
                self._wait(min(wait, self.max_retry_after) if wait is not None else self._backoff(failures))
                failures += 1
                continue
            log.info("GET %s %s: %d, code %s", api, path, status, code)
            if status == 401 and not refreshed and not (api == PARTNER_CENTER and _mfa_missing(response, code)):
                refreshed = True  # the token may have expired or been revoked early: one new one
                continue
            raise self._refusal(api, status, code, response)

    @staticmethod
    def _refusal(api: str, status: int, code: str | None, response: requests.Response) -> LiveError:
        if status == 404:
            return LiveError("not_found", status=status, service_code=code)
        if api == PARTNER_CENTER and status in (401, 403):
            kind = "mfa_required" if _mfa_missing(response, code) else "partner_center_refused"
            return LiveError(kind, status=status, service_code=code)
        if api == GRAPH and status == 401:
            return LiveSignInError("session_expired", status=status, service_code=code)
        if api == GRAPH and status == 403:
            return LiveError("permission_missing", status=status, service_code=code)
        return LiveError("unexpected_answer", status=status, service_code=code)


def text_of(value: Any) -> str:
    """A JSON value as trimmed text; "" when it isn't a string."""
    return value.strip() if isinstance(value, str) else ""


class ApiClient:
    """What the Graph and Partner Center clients share: one API's base URL, token and JSON-object GET."""

    api = ""

    def __init__(self, http: LiveHttp, base_url: str, token: TokenSource) -> None:
        self.http = http
        self.base_url = base_url.rstrip("/")
        self.token = token

    def _get_object(self, url: str, *, params: Mapping[str, Any] | None = None,
                    headers: Mapping[str, str] | None = None) -> dict[str, Any]:
        data = self.http.get(url, self.token, self.api, params=params, headers=headers).data
        if not isinstance(data, dict):
            raise LiveError("unexpected_answer")
        return data
