"""Plain dataclasses shared by the domain, the store, the backends and the UI."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal, Mapping, NamedTuple

from wizard.domain.lifecycle import State, VettingStatus, VettingSubStatus

from wizard.domain.fields import (  # noqa: F401 - re-exported: the keys belong to the model too
    CONTACT_FIELDS,
    FIELD_KEYS,
    LEGAL_FIELDS,
    MPN_ID,
    SUPPORT_FIELDS,
    TENANT_COUNTRY,
    WORK_ACCOUNT,
)

CaseFields = Mapping[str, str]
"""A case's values: field key -> text exactly as the user typed it (flat, like the CLI's case files)."""


@dataclass(frozen=True)
class Problem:
    """One validation problem, shown next to `field`. `code` is a stable contract value."""

    field: str
    code: str
    message: str


@dataclass(frozen=True)
class WorkAccount:
    """A signed-in work account (a user of an Azure AD tenant)."""

    upn: str
    display_name: str
    tenant_id: str
    tenant_domain: str
    tenant_country: str  # ISO 3166-1 alpha-2
    global_admin: bool


@dataclass(frozen=True)
class Address:
    line1: str = ""
    line2: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""
    country: str = ""


@dataclass(frozen=True)
class MpnProfile:
    """A company profile in the Partner Membership Center; `mpn_id` is digits (a location MPN ID)."""

    mpn_id: str
    company: str
    country: str  # ISO 3166-1 alpha-2
    active: bool
    address: Address = field(default_factory=Address)


@dataclass(frozen=True)
class Provider:
    id: str
    name: str
    countries: tuple[str, ...]


@dataclass(frozen=True)
class Customer:
    id: str
    name: str
    domain: str
    country: str
    provider_ids: tuple[str, ...]


@dataclass(frozen=True)
class Email:
    """A message the (sandbox) service sent; links are csp-sandbox:// URLs."""

    id: int
    to: str
    subject: str
    body: str
    kind: str  # e.g. "verification"
    sent_at: datetime
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class EnrollmentReceipt:
    """What the backend returns when it accepts an enrollment."""

    enrollment_id: str
    tenant_domain: str
    submitted_at: datetime
    verification_sent_to: str


# -- after Enroll now: the enrollment's life, links, the partner account ----------------------------


@dataclass(frozen=True)
class EnrollmentEvent:
    """One entry of an enrollment's timeline: what changed, when (sandbox time) and who was emailed."""

    at: datetime
    state: State
    sub_status: VettingSubStatus
    title: str
    detail: str = ""
    emailed_to: str | None = None


@dataclass(frozen=True)
class EnrollmentView:
    """Where an enrollment stands, with its whole timeline, oldest event first."""

    enrollment_id: str
    tenant_domain: str
    state: State
    vetting_status: VettingStatus
    sub_status: VettingSubStatus
    reason: str  # why it needs information or was rejected; "" otherwise
    submitted_at: datetime
    events: tuple[EnrollmentEvent, ...]
    contact_email: str
    review_due: datetime | None  # when the review decides, while in review


@dataclass(frozen=True)
class LinkOutcome:
    """What opening a csp-sandbox:// link did; `kind` is the link's path (e.g. "verify-email")."""

    kind: str
    enrollment_id: str
    tenant_domain: str
    message: str
    invitation_id: str = ""  # provider-invitation and customer-invitation links: the invitation they carry
    provider_id: str = ""  # the same links: the indirect provider concerned


@dataclass(frozen=True)
class PartnerProfile:
    """Partner profile: account type, Program info (the Microsoft Partner Agreement per CSP region)."""

    account_type: str  # "partner_center" | "partner_membership_center" (not migrated yet)
    mpn_id: str | None
    legal_name: str
    country: str
    csp_regions: tuple[str, ...]  # CSP regions the reseller may do business in
    mpa: Mapping[str, datetime | None]  # region -> when the agreement was signed, None if not yet

    @property
    def mpa_signed_everywhere(self) -> bool:
        return bool(self.csp_regions) and all(self.mpa.get(r) for r in self.csp_regions)


@dataclass(frozen=True)
class SupportProfile:
    """The customer support contact information of a reseller account."""

    support_email: str
    support_phone: str
    support_website: str
    updated_at: datetime


# -- indirect providers: the directory, invitations, relationships, shared customers ------------------

PROVIDER_SERVICES: tuple[str, ...] = ("training", "marketing", "financing")
SERVICE_NAMES: Mapping[str, str] = {
    "training": "Technical training and assistance",
    "marketing": "Marketing help",
    "financing": "Financing and credit terms",
}


@dataclass(frozen=True)
class ProviderListing:
    """An official indirect provider as the directory shows it; `allowed` by the reseller's region rule."""

    id: str
    name: str
    countries: tuple[str, ...]  # ISO 3166-1 alpha-2 codes it serves
    regions: tuple[str, ...]  # the CSP regions of those countries
    services: tuple[str, ...]  # among PROVIDER_SERVICES
    description: str = ""
    contact: str = ""
    allowed: bool = True


InvitationStatus = Literal["pending", "authorized", "expired"]


@dataclass(frozen=True)
class Invitation:
    """A provider's invitation as the sandbox sent it (the sandbox-only "make a provider invite" operation)."""

    id: str  # INV-XXXXXXXX
    provider_id: str
    tenant_domain: str
    sent_to: str
    sent_at: datetime
    expires_at: datetime
    link: str  # csp-sandbox://provider-invitation?invitation=...&code=...


@dataclass(frozen=True)
class InvitationView:
    """A provider's invitation as the invited reseller sees it before authorizing."""

    id: str
    provider: ProviderListing
    tenant_domain: str
    sent_at: datetime
    expires_at: datetime
    status: InvitationStatus
    what_it_means: str  # what authorizing grants the provider, in plain words
    problem: str = ""  # why it can't be authorized (expired, region, used), "" when it can
    authorized_at: datetime | None = None


@dataclass(frozen=True)
class Relationship:
    """A reseller's partnership with an indirect provider (its Indirect providers list)."""

    provider: ProviderListing
    tenant_domain: str  # the reseller
    since: datetime
    regions: tuple[str, ...]  # the CSP regions where they do business together
    admin_access: bool  # whether the provider still has administrator access to the reseller's work account
    admin_access_removed_at: datetime | None = None


@dataclass(frozen=True)
class RelationshipEvent:
    """Something that happened to a reseller's provider relationships, for its history."""

    at: datetime
    provider_id: str
    provider_name: str
    title: str
    detail: str = ""


class SharedCustomer(NamedTuple):
    """A customer the reseller shares with an indirect provider. A NamedTuple, not a dataclass, because
    pages of 100,000 are built straight from database rows and tuples cost a fraction to create."""

    id: int  # increasing: fetch the ones after the highest id you hold to sync incrementally
    name: str
    domain: str
    country: str
    provider_id: str
    provider_relationship: bool  # False: the provider has no reseller relationship with them, can't order
    since: datetime
