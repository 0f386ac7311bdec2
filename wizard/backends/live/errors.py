"""The live backend's errors: a stable code and a plain message that says what to do."""

from __future__ import annotations

from wizard.backends.base import BackendError, SignInError
from wizard.domain.texts import QT_TRANSLATE_NOOP

MESSAGES = {
    "not_configured": QT_TRANSLATE_NOOP(
        "Backend", "Live mode needs the client ID of your Entra app registration: set WIZARD_LIVE_CLIENT_ID or "
        "enter it in Settings. The README's Live mode section explains how to register the app."),
    "sign_in_cancelled": QT_TRANSLATE_NOOP(
        "Backend", "Sign-in was cancelled. Nothing was changed; sign in again when you're ready."),
    "sign_in_timed_out": QT_TRANSLATE_NOOP(
        "Backend", "Sign-in didn't finish in time. If the browser window was closed, sign in again."),
    "sign_in_failed": QT_TRANSLATE_NOOP(
        "Backend", "Microsoft did not accept the sign-in. Check that you use a work account of your company's "
        "tenant, that the app registration allows it, and sign in again."),
    "session_expired": QT_TRANSLATE_NOOP(
        "Backend", "Your Microsoft sign-in has expired. Sign in again to continue."),
    "network_error": QT_TRANSLATE_NOOP(
        "Backend", "Microsoft could not be reached. Check your internet connection (or proxy) and try again."),
    "server_error": QT_TRANSLATE_NOOP(
        "Backend", "Microsoft's service is having trouble right now. Try again in a few minutes."),
    "throttled": QT_TRANSLATE_NOOP(
        "Backend", "Microsoft is receiving too many requests and asked us to wait. Try again in a few minutes."),
    "mfa_required": QT_TRANSLATE_NOOP(
        "Backend", "Partner Center requires multi-factor authentication. Set up MFA for your work account "
        "(or ask your administrator to), then sign out and sign in again."),
    "partner_center_refused": QT_TRANSLATE_NOOP(
        "Backend", "Partner Center's API doesn't answer for this account (it isn't offered to every indirect "
        "reseller). Use the Partner Center web pages instead and record the status by hand."),
    "permission_missing": QT_TRANSLATE_NOOP(
        "Backend", "The app registration lacks a permission the check needs (User.Read, Organization.Read.All). "
        "Ask an administrator to grant them in the Entra admin center, then sign in again."),
    "not_found": QT_TRANSLATE_NOOP("Backend", "Microsoft has no such record for this account yet."),
    "unexpected_answer": QT_TRANSLATE_NOOP(
        "Backend", "Microsoft sent an answer the wizard doesn't understand. Try again later; if it persists, "
        "contact support with the wizard's log."),
}


class LiveError(BackendError):
    """A live call failed: `code` is one of MESSAGES' keys; `status` the HTTP status when there was one;
    `service_code` Partner Center's or Entra's own error code (e.g. 900421, AADSTS50076), for the logs."""

    def __init__(self, code: str, message: str | None = None, *, status: int | None = None,
                 service_code: str | None = None, retry_after: float | None = None) -> None:
        super().__init__(code, message if message is not None else MESSAGES.get(code, MESSAGES["unexpected_answer"]))
        self.status = status
        self.service_code = service_code
        self.retry_after = retry_after


class LiveSignInError(LiveError, SignInError):
    """Sign-in did not happen: sign_in_cancelled, sign_in_timed_out, sign_in_failed, session_expired,
    not_configured, network_error."""


class LiveConfigError(LiveError):
    """The live configuration is missing or unusable (the CLI's exit 2)."""
