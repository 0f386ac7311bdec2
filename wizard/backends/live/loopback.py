"""The listener on http://localhost:<port> that receives the authorization response of the browser sign-in
(form_post or query) and shows the user a short page; what it receives is never logged (the code is in it).
See wizard.backends.live.auth for the flow around it."""

from __future__ import annotations

import html
from collections.abc import Mapping
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


class Loopback(HTTPServer):
    """The listener on http://localhost:<port> that receives the authorization response (form_post or query)."""

    def __init__(self, expected_state: str) -> None:
        super().__init__(("127.0.0.1", 0), _AnswerHandler)
        self.timeout = 0.2
        self.expected_state = expected_state
        self.response: dict[str, str] | None = None


_DONE_PAGE = ("<!doctype html><html><head><meta charset='utf-8'><title>CSP wizard</title></head><body>"
              "<p>{text}</p></body></html>")


class _AnswerHandler(BaseHTTPRequestHandler):
    server: Loopback

    def log_message(self, format: str, *args: Any) -> None:  # the request line holds the code: never logged
        pass

    def do_GET(self) -> None:
        self._receive(parse_qs(urlsplit(self.path).query))

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0) or 0)
        self._receive(parse_qs(self.rfile.read(min(length, 65536)).decode("utf-8", "replace")))

    def _receive(self, fields: Mapping[str, list[str]]) -> None:
        answer = {key: values[0] for key, values in fields.items() if values}
        if not ("code" in answer or "error" in answer) or answer.get("state") != self.server.expected_state:
            self._page(400, "This page is not the answer of the sign-in the wizard started. You can close it.")
            return
        if "code" in answer:
            self._page(200, "You're signed in. You can close this tab and return to the CSP wizard.")
        else:
            self._page(200, "Sign-in did not complete. You can close this tab and return to the CSP wizard.")
        self.server.response = answer

    def _page(self, status: int, text: str) -> None:
        body = _DONE_PAGE.format(text=html.escape(text)).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)
