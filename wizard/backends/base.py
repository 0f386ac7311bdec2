"""The PartnerCenter protocol: what the wizard needs from Partner Center, live or sandbox."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Mapping, Protocol, runtime_checkable

if TYPE_CHECKING:  # annotations only: the errors below are imported before the first paint
    from wizard.domain.model import (
        Email,
        EnrollmentReceipt,
        EnrollmentView,
        Invitation,
        InvitationView,
        LinkOutcome,
        MpnProfile,
        PartnerProfile,
        ProviderListing,
        Relationship,
        RelationshipEvent,
        SharedCustomer,
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
        link_unknown, link_used, link_expired, link_superseded; a refused link changes nothing.
        Kinds: verify-email (verifies the primary contact), provider-invitation (only identifies the invitation
        in `invitation_id`/`provider_id`: authorizing needs the signed-in reseller, see authorize_provider) and
        customer-invitation (the customer accepts: shared with the reseller and its provider)."""

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

    # -- indirect providers (seed: "Connect with an indirect provider"); all need an approved account ----------
    def find_providers(
        self, token: str, text: str = "", country: str | None = None, services: Iterable[str] = ()
    ) -> list[ProviderListing]:
        """Official providers the reseller's legal business location allows (region rule): name containing
        `text`, serving `country`, offering all `services` (training, marketing, financing).
        Raises BackendError account_not_ready, unknown_country, unknown_service."""

    def why_not_offered(self, token: str, text: str) -> list[tuple[str, str]]:
        """(provider name, reason) for providers whose name contains `text` that the region rule rules out."""

    def send_provider_invitation(self, provider_id: str, tenant_domain: str) -> Invitation:
        """Sandbox only: make a provider email a tenant an invitation (link valid 30 sandbox days).
        Raises BackendError unknown_provider, unknown_tenant."""

    def invitation(self, token: str, invitation_id_or_url: str) -> InvitationView:
        """A provider's invitation the signed-in reseller may authorize, with what authorizing means. Raises
        BackendError invitation_unknown, invitation_other_tenant, invitation_used, invitation_expired,
        account_not_ready, invitation_region (with the region rule's reason)."""

    def provider_invitations(self, token: str) -> list[InvitationView]:
        """Every provider invitation sent to the signed-in tenant, newest first, each with its status and,
        in `problem`, why it can't be authorized."""

    def authorize_provider(self, token: str, invitation_id: str, confirmed: bool) -> Relationship:
        """Check the box, then Authorize indirect provider: as `invitation`, then confirmation_required and
        mpa_not_signed (the Microsoft Partner Agreement for the reseller's CSP region). A refusal changes nothing."""

    def indirect_providers(self, token: str) -> list[Relationship]:
        """The reseller's Indirect providers list: since when, regions, administrator access."""

    def provider_resellers(self, provider_id: str) -> list[str]:
        """Sandbox only: tenant domains on a provider's Indirect resellers list. Raises unknown_provider."""

    def remove_admin_access(self, token: str, provider_id: str) -> Relationship:
        """Remove a provider's administrator access to the reseller's work account (live: the Office 365 portal).
        Raises BackendError unknown_provider, not_connected."""

    def relationship_events(self, token: str) -> list[RelationshipEvent]:
        """The history of the reseller's provider relationships, oldest first."""

    def shared_customers(
        self, token: str, provider_id: str, since_id: int = 0, limit: int | None = None
    ) -> list[SharedCustomer]:
        """Customers shared with a connected provider with an id above `since_id`, by id (incremental sync).
        Raises BackendError unknown_provider, not_connected."""

    def invite_customer(self, token: str, provider_id: str, email: str, name: str = "") -> Email:
        """Invite a customer to authorize reseller relationships with the reseller and its provider at once;
        returns the email sent. Raises BackendError invalid_email, invalid_name, unknown_provider, not_connected."""
