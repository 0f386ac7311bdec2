"""The PartnerCenter protocol: what the wizard needs from Partner Center, live or sandbox."""

from __future__ import annotations

from typing import Mapping, Protocol, runtime_checkable

from wizard.domain.model import Email, EnrollmentReceipt, MpnProfile, WorkAccount


class BackendError(Exception):
    """An expected refusal from the service: `code` is stable, `message` is for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class SignInError(BackendError):
    """Codes: unknown_account, wrong_password, not_global_admin, unknown_pmc_account."""


class ScenarioError(Exception):
    """A sandbox scenario file cannot be used; the message names the file and the offending key."""


@runtime_checkable
class PartnerCenter(Protocol):
    def sign_in(self, upn: str, password: str) -> tuple[WorkAccount, str]:
        """Check the work account; returns the account and a session token. Raises SignInError."""

    def create_work_account(
        self, name: str, country: str, display_name: str, password: str
    ) -> tuple[WorkAccount, str]:
        """Create tenant `<name>.onmicrosoft.com` and its global admin `admin@...`, then sign in.

        Raises BackendError: invalid_tenant_name, domain_taken, unknown_country, weak_password."""

    def pmc_sign_in(self, user: str, password: str) -> list[MpnProfile]:
        """Sign in to the Partner Membership Center; returns every MPN profile of the account."""

    def is_enrolled(self, token: str) -> bool:
        """Whether the signed-in tenant is already enrolled in CSP."""

    def enroll(self, token: str, mpn_id: str, fields: Mapping[str, str]) -> EnrollmentReceipt:
        """Record the enrollment and email the primary contact. Raises BackendError
        (session_expired, country_mismatch, inactive_profile, already_enrolled, invalid_profile)."""

    def outbox(self) -> list[Email]:
        """Messages sent by the service, newest last (sandbox only; a live backend returns [])."""
