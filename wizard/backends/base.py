"""The PartnerCenter protocol: what the wizard needs from Partner Center, live or sandbox."""

from __future__ import annotations

from typing import Mapping, Protocol, runtime_checkable

from wizard.domain.model import (
    Email,
    EnrollmentReceipt,
    EnrollmentView,
    LinkOutcome,
    MpnProfile,
    PartnerProfile,
    SupportProfile,
    WorkAccount,
)


class BackendError(Exception):
    """An expected refusal from the service: `code` is stable, `message` is for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class SignInError(BackendError):
    """Codes: unknown_account, wrong_password, not_global_admin, unknown_pmc_account."""


# Codes any call with a token may raise: session_expired; and, for an enrollment's calls, not_enrolled.


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

    # -- after Enroll now -------------------------------------------------------------------------
    def enrollment_status(self, token: str) -> EnrollmentView:
        """The signed-in tenant's enrollment with its timeline (lifecycle state, vetting status, events)."""

    def resend_verification(self, token: str) -> EnrollmentView:
        """Email the primary contact a new verification link; older links stop working.
        Raises BackendError not_awaiting_verification."""

    def resubmit(self, token: str, fields: Mapping[str, str]) -> EnrollmentView:
        """Update the legal business profile of an enrollment that needs more information; review restarts.
        Raises BackendError not_needs_info, invalid_profile, country_mismatch."""

    def open_link(self, url: str) -> LinkOutcome:
        """Open a csp-sandbox:// link from an email (sandbox only). Raises BackendError link_malformed,
        link_unknown, link_used, link_expired, link_superseded; a refused link changes nothing."""

    def is_admin_agent(self, token: str) -> bool:
        """Whether the signed-in user is in the admin agent group."""

    def set_admin_agent(self, token: str, upn: str, on: bool = True) -> bool:
        """Settings > User management > the user > Admin agent > Update. Returns the new value.
        Raises BackendError not_global_admin, account_not_ready, unknown_account."""

    def partner_profile(self, token: str) -> PartnerProfile:
        """Account type, CSP regions and the Microsoft Partner Agreement per region."""

    def migrate_to_partner_center(self, token: str) -> PartnerProfile:
        """Move a Partner Membership Center account to Partner Center (idempotent)."""

    def accept_mpa(self, upn: str, password: str, region: str) -> PartnerProfile:
        """Accept the Microsoft Partner Agreement for a CSP region with global admin credentials (idempotent).
        Raises SignInError unknown_account, wrong_password, not_global_admin; BackendError account_not_ready,
        migrate_first, region_not_allowed."""

    def update_support_profile(self, token: str, fields: Mapping[str, str]) -> SupportProfile:
        """Customer support contact information of an approved (e.g. already enrolled) account.
        Raises BackendError account_not_ready, invalid_profile."""
