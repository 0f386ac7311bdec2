"""A fake Microsoft for the live mode's tests: the identity platform, Graph and Partner Center over HTTPS.

One local `ThreadingHTTPServer` in a thread, TLS from a private `trustme` CA. Paths:

    /{tenant}/v2.0/.well-known/openid-configuration, /{tenant}/oauth2/v2.0/{authorize,devicecode,token}
    /graph/v1.0/me, /graph/v1.0/me/transitiveMemberOf/microsoft.graph.directoryRole, /graph/v1.0/organization
    /pc/v1/profiles/legalbusiness, /pc/v1/profiles/mpn, /pc/v1/relationships, /pc/v1/customers,
    /pc/v1/customers/relationshiprequests

The response shapes are the documented ones (../shared/LIVE.md). `FakeMicrosoft.state` is what a test
controls: the users and their active roles, the organization, Partner Center's answers, and scripted
failures (`fail(...)`: a status with Retry-After or an error body, or a dropped connection). One resource
per token: a Graph token and a Partner Center token are different strings, and each API accepts only
its own (401 otherwise). Every token handed out is recorded in `state.issued` (the secrets scan looks for
them in every file a run writes).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

GLOBAL_ADMIN = "62e90394-69f5-4237-9190-012177145e10"
USER_ADMIN = "fe930be7-5e62-47db-91af-98c3a49a38b1"
HELPDESK_ADMIN = "729827e3-9c14-49f7-bb1b-9608f156bbb8"
PARTNER_CENTER_SCOPE = "https://api.partnercenter.microsoft.com/user_impersonation"
TENANT_ID = "7f3c9a55-2b1e-4c4f-9d3e-1a2b3c4d5e6f"
CLIENT_ID = "4a1aa1d5-c567-49d0-ad0b-cd957a47f842"
_OIDC = {"openid", "profile", "offline_access"}


def role(name: str, template_id: str) -> dict[str, str]:
    return {"@odata.type": "#microsoft.graph.directoryRole", "id": secrets.token_hex(8), "displayName": name,
            "roleTemplateId": template_id}


@dataclass
class User:
    upn: str
    display_name: str = "Ana García"
    oid: str = field(default_factory=lambda: "0000aaaa-" + secrets.token_hex(4) + "-4bbb-8ccc-" + secrets.token_hex(6))
    roles: list[dict[str, str]] = field(default_factory=lambda: [role("Global Administrator", GLOBAL_ADMIN)])
    tenant_id: str | None = None  # another tenant's user (None: the state's tenant)
    organization: dict[str, Any] | None = None  # that tenant's /organization (None: the state's)


@dataclass
class Failure:
    """A scripted failure for requests whose path contains `path`: answered `times` times, then normal."""

    path: str
    status: int = 500
    times: int = 1
    retry_after: str | None = None
    body: dict[str, Any] | None = None
    drop: bool = False  # close the connection without an answer


@dataclass
class FakeState:
    client_id: str = CLIENT_ID
    tenant_id: str = TENANT_ID
    users: dict[str, User] = field(default_factory=dict)
    signed_in: str = "admin@contoso.es"  # who the scripted browser / device code page signs in as
    authorize_error: str | None = None  # e.g. "access_denied": the user cancelled in the browser
    device_pending_polls: int = 1  # authorization_pending this many times, then the token
    device_interval: int = 1
    expires_in: int = 3600  # of the access tokens handed out
    role_page_size: int = 2
    organization: dict[str, Any] = field(default_factory=lambda: {
        "id": TENANT_ID, "displayName": "Contoso Ibérica S.L.", "countryLetterCode": "ES",
        "street": "Calle Mayor 1", "city": "Madrid", "state": "Madrid", "postalCode": "28013",
        "verifiedDomains": [
            {"name": "contoso.es", "isDefault": True, "isInitial": False, "type": "Managed", "capabilities": "Email"},
            {"name": "contosoiberica.onmicrosoft.com", "isDefault": False, "isInitial": True, "type": "Managed",
             "capabilities": "Email"},
        ],
        "partnerTenantType": None,
    })
    legal_business: dict[str, Any] | None = field(default_factory=lambda: {
        "companyName": "Contoso Ibérica S.L.",
        "address": {"country": "ES", "city": "Madrid", "addressLine1": "Calle Mayor 1", "postalCode": "28013"},
        "primaryContact": {"firstName": "Ana", "lastName": "García", "email": "ana@contoso.es",
                           "phoneNumber": "+34910000000"},
        "vettingStatus": "Pending", "vettingSubStatus": "EmailOwnership",
        "attributes": {"objectType": "LegalBusinessProfile"},
    })
    mpn_id: str | None = "6123456"
    providers: list[dict[str, Any]] = field(default_factory=lambda: [
        {"id": "b1a2c3d4-0000-4000-8000-000000000001", "name": "Fabrikam Distribution", "relationshipType":
         "IsIndirectResellerOf", "state": "Active", "mpnId": "4321098", "location": "ES"},
    ])
    customers: list[dict[str, Any]] = field(default_factory=list)
    customers_page_cap: int = 3  # the most customers per page, whatever `size` asks
    relationship_request_url: str = (
        "https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=1111-2222#/BillingAccounts/partner-invitation")
    failures: list[Failure] = field(default_factory=list)
    holds: dict[str, threading.Event] = field(default_factory=dict)  # path part -> answered once it is set
    # recorded
    issued: list[str] = field(default_factory=list)  # every access, refresh and id token, device and auth code
    token_requests: list[dict[str, str]] = field(default_factory=list)  # grant_type and scope of each
    requests: list[str] = field(default_factory=list)  # "GET /path?query" of every request
    # internal
    tokens: dict[str, tuple[str, str, float]] = field(default_factory=dict)  # access token -> (resource, upn, exp)
    refresh_tokens: dict[str, str] = field(default_factory=dict)  # refresh token -> upn
    codes: dict[str, dict[str, str]] = field(default_factory=dict)
    device_codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def user(self) -> User:
        if self.signed_in not in self.users:
            self.users[self.signed_in] = User(self.signed_in)
        return self.users[self.signed_in]

    def fail(self, path: str, status: int = 500, times: int = 1, *, retry_after: str | None = None,
             code: int | str | None = None, description: str = "", drop: bool = False) -> Failure:
        body = None if code is None else {"code": code, "description": description or f"error {code}", "data": [],
                                          "source": "PartnerFD"}
        failure = Failure(path, status, times, retry_after, body, drop)
        self.failures.append(failure)
        return failure

    def hold(self, path: str) -> threading.Event:
        """Requests whose path contains `path` wait (up to 30 s) until the returned event is set: a slow
        Microsoft, so a test can act while the app waits for the answer."""
        self.holds[path] = threading.Event()
        return self.holds[path]

    def expire_tokens(self) -> None:
        """Every access token handed out so far is refused from now on (as if it had expired)."""
        with self.lock:
            self.tokens = {t: (res, upn, 0.0) for t, (res, upn, _exp) in self.tokens.items()}

    def customer(self, number: int) -> dict[str, Any]:
        return {"id": f"c0000000-0000-4000-8000-{number:012d}",
                "companyProfile": {"tenantId": f"t{number:07d}", "domain": f"customer{number}.onmicrosoft.com",
                                   "companyName": f"Customer {number}"},
                "relationshipToPartner": "reseller", "attributes": {"objectType": "Customer"}}


_TWO_RESOURCES = {"error": "invalid_request", "error_codes": [28000],
                  "error_description": "AADSTS28000: the scopes are of more than one resource"}


def _resources(scope: str) -> set[str]:
    return {"pc" if s == PARTNER_CENTER_SCOPE else "graph" for s in set(scope.split()) - _OIDC}


def _b64url(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    # -- plumbing ------------------------------------------------------------------------------------
    @property
    def state(self) -> FakeState:
        return self.server.state

    def _send(self, status: int, body: Any = None, headers: dict[str, str] | None = None,
              content_type: str = "application/json") -> None:
        data = b"" if body is None else (body.encode() if isinstance(body, str) else json.dumps(body).encode())
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(data)

    def _form(self) -> dict[str, str]:
        length = int(self.headers.get("Content-Length", 0))
        return {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}

    def _scripted(self, path: str) -> bool:
        with self.state.lock:
            failure = next((f for f in self.state.failures if f.path in path and f.times > 0), None)
            if failure is not None:
                failure.times -= 1
        if failure is None:
            return False
        if failure.drop:
            self.close_connection = True
            self.connection.close()
            return True
        headers = {"Retry-After": failure.retry_after} if failure.retry_after is not None else {}
        self._send(failure.status, failure.body if failure.body is not None else
                   {"code": failure.status, "description": "scripted failure", "data": [], "source": "fake"}, headers)
        return True

    def do_GET(self) -> None:
        self._route("GET")

    def do_POST(self) -> None:
        self._route("POST")

    def _route(self, method: str) -> None:
        parts = urlsplit(self.path)
        path, query = parts.path, {k: v[0] for k, v in parse_qs(parts.query).items()}
        self.state.requests.append(f"{method} {self.path}")
        for part, released in list(self.state.holds.items()):
            if part in path:
                released.wait(30)
        if self._scripted(path):
            return
        try:
            if path.startswith("/graph/v1.0/"):
                self._graph(path[len("/graph/v1.0"):], query)
            elif path.startswith("/pc/v1/"):
                self._partner_center(path[len("/pc/v1"):], query)
            else:
                self._identity(method, path, query)
        except (BrokenPipeError, ConnectionResetError):
            pass

    # -- identity platform ---------------------------------------------------------------------------
    def _base(self) -> str:
        return f"https://127.0.0.1:{self.server.server_address[1]}"

    def _identity(self, method: str, path: str, query: dict[str, str]) -> None:
        segments = path.strip("/").split("/")
        if len(segments) < 2:
            return self._send(404, {"error": "not_found"})
        tenant, rest = segments[0], "/".join(segments[1:])
        base = f"{self._base()}/{tenant}"
        if rest == "v2.0/.well-known/openid-configuration":
            issuer = f"{self._base()}/{{tenantid}}/v2.0"
            return self._send(200, {
                "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "token_endpoint": f"{base}/oauth2/v2.0/token",
                "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
                "end_session_endpoint": f"{base}/oauth2/v2.0/logout",
                "issuer": issuer, "jwks_uri": f"{base}/discovery/v2.0/keys",
                "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
                "response_modes_supported": ["query", "fragment", "form_post"],
                "scopes_supported": ["openid", "profile", "email", "offline_access"],
                "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt"],
                "tenant_region_scope": "EU", "cloud_instance_name": "microsoftonline.com",
            })
        if rest == "oauth2/v2.0/authorize" and method == "GET":
            return self._authorize(query)
        if rest == "oauth2/v2.0/devicecode" and method == "POST":
            return self._devicecode(self._form())
        if rest == "oauth2/v2.0/token" and method == "POST":
            return self._token(self._form())
        return self._send(404, {"error": "not_found"})

    def _authorize(self, query: dict[str, str]) -> None:
        """The sign-in page, already signed in: answers at once with the code for the loopback redirect, as a
        form to post (response_mode=form_post, what MSAL asks for) or a 302 with the code in the query."""
        redirect, state = query.get("redirect_uri", ""), query.get("state", "")
        if query.get("client_id") != self.state.client_id:
            return self._send(400, "<html>AADSTS700016: application not found</html>", content_type="text/html")
        if self.state.authorize_error:
            answer = {"error": self.state.authorize_error, "error_description": "AADSTS65004: User declined to consent",
                      "state": state}
        else:
            code = "fake-code-" + secrets.token_urlsafe(24)
            self.state.issued.append(code)
            self.state.codes[code] = {"upn": self.state.user().upn, "scope": query.get("scope", ""),
                                      "redirect_uri": redirect, "nonce": query.get("nonce", ""),
                                      "challenge": query.get("code_challenge", "")}
            answer = {"code": code, "state": state, "client_info": self._client_info(self.state.user())}
        if query.get("response_mode") == "form_post":
            inputs = "".join(f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}"/>'
                             for k, v in answer.items())
            page = (f'<html><body onload="document.forms[0].submit()"><form method="POST" '
                    f'action="{html.escape(redirect)}">{inputs}</form></body></html>')
            return self._send(200, page, content_type="text/html")
        return self._send(302, None, {"Location": f"{redirect}?{urlencode(answer)}"})

    def _devicecode(self, form: dict[str, str]) -> None:
        if form.get("client_id") != self.state.client_id:
            return self._send(400, {"error": "unauthorized_client", "error_codes": [700016]})
        if len(_resources(form.get("scope", ""))) > 1:
            return self._send(400, _TWO_RESOURCES)
        device_code = "fake-device-" + secrets.token_urlsafe(24)
        user_code = secrets.token_hex(4).upper()
        self.state.issued.append(device_code)
        self.state.device_codes[device_code] = {"upn": self.state.user().upn, "scope": form.get("scope", ""),
                                                "pending": self.state.device_pending_polls}
        uri = f"{self._base()}/devicelogin"
        self._send(200, {"device_code": device_code, "user_code": user_code, "verification_uri": uri,
                         "expires_in": 900, "interval": self.state.device_interval,
                         "message": f"To sign in, use a web browser to open the page {uri} and enter the code "
                                    f"{user_code} to authenticate."})

    def _client_info(self, user: User) -> str:
        return _b64url({"uid": user.oid, "utid": self._tenant(user)})

    def _tenant(self, user: User) -> str:
        return user.tenant_id or self.state.tenant_id

    def _token(self, form: dict[str, str]) -> None:
        state = self.state
        grant = form.get("grant_type", "")
        requested = form.get("scope") or state.device_codes.get(form.get("device_code", ""), {}).get("scope", "")
        scopes = set(requested.split()) - _OIDC
        state.token_requests.append({"grant_type": grant, "scope": " ".join(sorted(scopes))})
        if form.get("client_id") != state.client_id:
            return self._send(400, {"error": "unauthorized_client", "error_codes": [700016]})
        resources = _resources(requested)
        if len(resources) > 1:
            return self._send(400, _TWO_RESOURCES)
        if grant == "authorization_code":
            entry = state.codes.pop(form.get("code", ""), None)
            if entry is None or entry["redirect_uri"] != form.get("redirect_uri"):
                return self._send(400, {"error": "invalid_grant", "error_codes": [70008]})
            verifier = form.get("code_verifier", "")
            challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")
            if entry["challenge"] and challenge != entry["challenge"]:
                return self._send(400, {"error": "invalid_grant", "error_codes": [501481]})
            upn, nonce = entry["upn"], entry["nonce"]
        elif grant == "urn:ietf:params:oauth:grant-type:device_code":
            entry = state.device_codes.get(form.get("device_code", ""))
            if entry is None:
                return self._send(400, {"error": "expired_token", "error_codes": [70020]})
            if entry["pending"] > 0:
                entry["pending"] -= 1
                return self._send(400, {"error": "authorization_pending", "error_codes": [70016],
                                        "error_description": "AADSTS70016: pending"})
            state.device_codes.pop(form.get("device_code", ""))
            upn, nonce = entry["upn"], ""
        elif grant == "refresh_token":
            upn = state.refresh_tokens.get(form.get("refresh_token", ""))
            if upn is None:
                return self._send(400, {"error": "invalid_grant", "error_codes": [70000],
                                        "error_description": "AADSTS70000: the refresh token is not valid"})
            nonce = ""
        else:
            return self._send(400, {"error": "unsupported_grant_type"})
        resource = resources.pop() if resources else "graph"
        user = state.users.get(upn) or User(upn)
        access = f"fake-{resource}-at-" + secrets.token_urlsafe(32)
        refresh = "fake-rt-" + secrets.token_urlsafe(32)
        now = int(time.time())
        claims = {"aud": state.client_id, "iss": f"{self._base()}/{self._tenant(user)}/v2.0", "iat": now, "nbf": now,
                  "exp": now + 3600, "oid": user.oid, "sub": user.oid, "tid": self._tenant(user),
                  "preferred_username": user.upn, "name": user.display_name, "ver": "2.0"}
        if nonce:
            claims["nonce"] = nonce
        id_token = f"{_b64url({'alg': 'none', 'typ': 'JWT'})}.{_b64url(claims)}."
        with state.lock:
            state.tokens[access] = (resource, upn, time.time() + state.expires_in)
            state.refresh_tokens[refresh] = upn
            state.issued.extend((access, refresh, id_token))
        self._send(200, {"token_type": "Bearer", "scope": " ".join(sorted(scopes)) or "User.Read",
                         "expires_in": state.expires_in, "ext_expires_in": state.expires_in,
                         "access_token": access, "refresh_token": refresh, "id_token": id_token,
                         "client_info": self._client_info(user)})

    def _caller(self, resource: str) -> User | None:
        """The signed-in user of a request's bearer token for `resource`, or None (401 already sent)."""
        header = self.headers.get("Authorization", "")
        token = header[len("Bearer "):] if header.startswith("Bearer ") else ""
        entry = self.state.tokens.get(token)
        if entry is None or entry[0] != resource or entry[2] < time.time():
            if resource == "graph":
                self._send(401, {"error": {"code": "InvalidAuthenticationToken",
                                           "message": "Access token is empty, expired or not for this API."}})
            else:
                self._send(401, {"code": 401, "description": "Unauthorized: invalid token", "data": [],
                                 "source": "PartnerFD"})
            return None
        return self.state.users.get(entry[1]) or User(entry[1])

    # -- Graph ------------------------------------------------------------------------------------------
    def _graph(self, path: str, query: dict[str, str]) -> None:
        user = self._caller("graph")
        if user is None:
            return
        base = f"{self._base()}/graph/v1.0"
        if path == "/me":
            return self._send(200, {"@odata.context": f"{base}/$metadata#users/$entity", "id": user.oid,
                                    "displayName": user.display_name, "userPrincipalName": user.upn,
                                    "mail": user.upn})
        if path == "/me/transitiveMemberOf/microsoft.graph.directoryRole":
            start = int(query.get("$skiptoken", "0"))
            size = self.state.role_page_size
            page = {"@odata.context": f"{base}/$metadata#directoryObjects", "value": user.roles[start:start + size]}
            if start + size < len(user.roles):
                page["@odata.nextLink"] = f"{base}{path}?$skiptoken={start + size}"
            return self._send(200, page)
        if path == "/organization":
            return self._send(200, {"@odata.context": f"{base}/$metadata#organization",
                                    "value": [dict(user.organization or self.state.organization,
                                                   id=self._tenant(user))]})
        self._send(404, {"error": {"code": "Request_ResourceNotFound", "message": "not found"}})

    # -- Partner Center ---------------------------------------------------------------------------------
    def _pc_error(self, status: int, code: int, description: str) -> None:
        self._send(status, {"code": code, "description": description, "data": [], "source": "PartnerFD"})

    def _partner_center(self, path: str, query: dict[str, str]) -> None:
        if self._caller("pc") is None:
            return
        state = self.state
        if path == "/profiles/legalbusiness":
            if state.legal_business is None:
                return self._pc_error(404, 600008, "The legal business profile was not found.")
            return self._send(200, state.legal_business)
        if path == "/profiles/mpn":
            if state.mpn_id is None:
                return self._pc_error(404, 800015, "Partner ID not found.")
            return self._send(200, {"mpnId": state.mpn_id, "profileType": "MpnProfile",
                                    "attributes": {"objectType": "MpnProfile"}})
        if path == "/relationships":
            if query.get("relationship_type") != "IsIndirectResellerOf":
                return self._pc_error(400, 400, "relationship_type is required")
            return self._send(200, {"totalCount": len(state.providers), "items": state.providers,
                                    "attributes": {"objectType": "Collection"}})
        if path == "/customers/relationshiprequests":
            return self._send(200, {"url": state.relationship_request_url,
                                    "attributes": {"objectType": "CustomerRelationshipRequest"}})
        if path == "/customers":
            size = min(int(query.get("size", "100")), state.customers_page_cap)
            token = self.headers.get("MS-ContinuationToken")
            start = int(token.removeprefix("page-")) if token else 0
            items = state.customers[start:start + size]
            body: dict[str, Any] = {"totalCount": len(items), "items": items,
                                    "attributes": {"objectType": "Collection"}}
            if start + size < len(state.customers):
                body["links"] = {"next": {"uri": f"/v1/customers?size={size}", "method": "GET",
                                          "headers": [{"key": "MS-ContinuationToken", "value": f"page-{start + size}"}]}}
                body["continuationToken"] = f"page-{start + size}"
            return self._send(200, body)
        self._pc_error(404, 404, "not found")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    state: FakeState


class FakeMicrosoft:
    """The running fake: `authority`, `graph_url`, `partner_center_url` to configure the live mode with."""

    def __init__(self, ssl_context) -> None:
        self.state = FakeState()
        self.state.users[self.state.signed_in] = User(self.state.signed_in)
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.state = self.state
        self._server.socket = ssl_context.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True, name="fake-microsoft")
        port = self._server.server_address[1]
        self.base = f"https://127.0.0.1:{port}"
        self.authority = f"{self.base}/organizations"
        self.graph_url = f"{self.base}/graph/v1.0"
        self.partner_center_url = f"{self.base}/pc/v1"

    def start(self) -> FakeMicrosoft:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def env(self) -> dict[str, str]:
        """The live mode's configuration (DESIGN.md) pointing at this fake."""
        return {"WIZARD_LIVE_CLIENT_ID": self.state.client_id, "WIZARD_LIVE_AUTHORITY": self.authority,
                "WIZARD_GRAPH_URL": self.graph_url, "WIZARD_PARTNER_CENTER_URL": self.partner_center_url}

    def add_user(self, upn: str, roles: list[dict[str, str]] | None = None, **kwargs: Any) -> User:
        user = User(upn, roles=list(roles) if roles is not None else [], **kwargs)
        self.state.users[upn] = user
        return user


class ScriptedBrowser:
    """The system browser, scripted: opens the authorize URL MSAL builds, follows the fake's answer (a form
    to post, or a redirect) to the app's loopback listener. `opened` lists the URLs; `answers` the loopback's
    replies. With `stay_closed=True` it opens nothing, as a user who closed the window."""

    def __init__(self, ca_file: str, stay_closed: bool = False) -> None:
        self.ca_file = ca_file
        self.stay_closed = stay_closed
        self.opened: list[str] = []
        self.answers: list[tuple[int, str]] = []
        self.errors: list[BaseException] = []

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        if self.stay_closed:
            return True
        threading.Thread(target=self._visit, args=(url,), daemon=True, name="scripted-browser").start()
        return True

    def _visit(self, url: str) -> None:
        import re
        import ssl
        import urllib.request

        try:
            context = ssl.create_default_context(cafile=self.ca_file)

            class NoRedirect(urllib.request.HTTPRedirectHandler):
                def redirect_request(self, *args, **kwargs):  # noqa: ANN001 - follow by hand
                    return None

            opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context), NoRedirect)
            try:
                page = opener.open(url, timeout=10)
                status, location, body = page.status, page.headers.get("Location"), page.read().decode()
            except urllib.error.HTTPError as error:
                status, location, body = error.code, error.headers.get("Location"), error.read().decode()
            if status in (301, 302, 303) and location:
                reply = urllib.request.urlopen(location, timeout=10)
            else:
                action = html.unescape(re.search(r'action="([^"]+)"', body).group(1))
                fields = {html.unescape(k): html.unescape(v)
                          for k, v in re.findall(r'name="([^"]+)" value="([^"]*)"', body)}
                reply = urllib.request.urlopen(urllib.request.Request(action, data=urlencode(fields).encode()),
                                               timeout=10)
            self.answers.append((reply.status, reply.read().decode()))
        except BaseException as error:  # noqa: BLE001 - the test reads it
            self.errors.append(error)
