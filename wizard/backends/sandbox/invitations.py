"""Invitation links providers and resellers send, in one place so seeding and the calls apply the same rules."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import Mapping

from sqlalchemy import Connection, RowMapping, select

from wizard.backends.base import BackendError
from wizard.backends.sandbox import links
from wizard.backends.sandbox import state as st
from wizard.backends.sandbox.directory import Reseller, business_country, recipient, require_provider
from wizard.backends.sandbox.timeline import ID_ALPHABET, send
from wizard.domain.model import Invitation, InvitationStatus, ProviderListing
from wizard.domain.regions import region_reason
from wizard.domain.texts import QT_TRANSLATE_NOOP, Moment

PROVIDER_INVITATION = "provider-invitation"
CUSTOMER_INVITATION = "customer-invitation"
# A provider's invitation asks a reseller to authorize it as its indirect provider; a reseller's asks a customer
# to authorize reseller relationships with the reseller and its provider at once. Both links carry an id and a
# code (kept hashed, like session tokens) and work for 30 sandbox days after sending.
LINK_PARAMETERS = ("invitation", "code")
FIND_A_PROVIDER = "https://partnercenter.microsoft.com/partner/find-a-provider"  # the seed's list of providers
INVITATION_LIFETIME = timedelta(days=30)
LIVE_CUSTOMER_LINK = (
    "https://portal.office.com/partner/partnersignup.aspx?type=IndirectResellerRelationship"
    "&id={reseller}&csp=1&msppid={mpn_id}&indirectCSP={provider}"
)


def _when(at: datetime) -> str:
    return f"{at:%d %b %Y %H:%M} UTC"


def new_id(prefix: str) -> str:
    return f"{prefix}-" + "".join(secrets.choice(ID_ALPHABET) for _ in range(8))


def seeded_id(prefix: str, *parts: object) -> str:
    """A stable id for what the scenario seeds, so the same scenario names the same invitations."""
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).digest()
    return f"{prefix}-" + "".join(ID_ALPHABET[b % len(ID_ALPHABET)] for b in digest[:8])


def link(kind: str, invitation_id: str, code: str) -> str:
    return f"{links.SCHEME}://{kind}?invitation={invitation_id}&code={code}"


def what_it_means(provider_name: str, tenant_domain: str) -> str:
    return (
        f"When you authorize {provider_name} as your indirect provider, you authorize it to submit orders and add "
        f"subscriptions on behalf of your customers, and you grant it administrator access to your company's work "
        f"account ({tenant_domain}). Afterwards you can remove that administrator access (in the live service, in "
        "the Office 365 portal)."
    )


# -- a provider invites a reseller -------------------------------------------------------------------


def send_provider_invitation(
    conn: Connection, provider: ProviderListing, tenant: RowMapping, sent_at: datetime, invitation_id: str = ""
) -> Invitation:
    """Record the invitation and email it to the tenant (its primary contact, else its global admin)."""
    invitation_id = invitation_id or new_id("INV")
    code = secrets.token_urlsafe(16)
    to = recipient(conn, tenant["id"])
    expires_at = sent_at + INVITATION_LIFETIME
    conn.execute(
        st.provider_invitations.insert().values(
            id=invitation_id, code_hash=st.hash_token(code), provider_id=provider.id, tenant_id=tenant["id"],
            sent_to=to, sent_at=sent_at, expires_at=expires_at,
        )
    )
    url = link(PROVIDER_INVITATION, invitation_id, code)
    subject = f"{provider.name} invites you to authorize it as your indirect provider"
    refusal = region_refusal(require_provider(conn, provider.id, business_country(conn, tenant["id"])),
                             business_country(conn, tenant["id"]))
    if refusal is None:
        how = ("To accept, follow this link to Partner Center (you may need to sign in again with your work account), "
               "check the box and select Authorize indirect provider:\n"
               f"{url}\n\n"
               f"{what_it_means(provider.name, tenant['domain'])}\n\n")
    else:  # the region rule keeps this provider from the reseller: say so, instead of how to accept
        how = (f"{refusal.message}\n"
               f"The invitation can't be authorized from this link ({url}). To find a provider that works in your "
               f"region, search the list of official Microsoft providers: {FIND_A_PROVIDER}\n\n")
    body = (
        "Hello,\n\n"
        f"{provider.name}, an indirect provider (distributor) in the Cloud Solution Provider program, would like to "
        f"work with {tenant['domain']} and invites you to authorize it as your indirect provider "
        f"(invitation {invitation_id}).\n\n"
        f"{how}"
        f"The invitation works until {_when(expires_at)} ({INVITATION_LIFETIME.days} days after it was sent).\n\n"
        f"{provider.name}\n"
        "sent through Microsoft Partner Center (sandbox)\n"
    )
    send(conn, sent_at, to, "provider_invitation", subject, body, [url])
    return Invitation(invitation_id, provider.id, tenant["domain"], to, sent_at, expires_at, url)


def find_provider_invitation(conn: Connection, id_or_url: str) -> RowMapping:
    """The invitation named by its id or its link; BackendError invitation_unknown (or link_malformed)."""
    text = str(id_or_url or "").strip()
    code: str | None = None
    if "://" in text:
        _kind, params = links.parse(text, {PROVIDER_INVITATION: LINK_PARAMETERS})
        text, code = params["invitation"], params["code"]
    return provider_invitation_by(conn, text, code, "invitation_unknown")


def provider_invitation_by(conn: Connection, invitation_id: str, code: str | None, unknown: str) -> RowMapping:
    """The invitation with this id (and, from a link, this code); BackendError `unknown` otherwise."""
    row = conn.execute(
        select(st.provider_invitations).where(st.provider_invitations.c.id == invitation_id.strip().upper())
    ).mappings().first()
    if row is None or (code is not None and row["code_hash"] != st.hash_token(code)):
        raise BackendError(
            unknown,
            QT_TRANSLATE_NOOP(
                "Backend",
                "There's no provider invitation {invitation}. Open the link from the provider's email, "
                "and copy it completely.",
            ).format(invitation=invitation_id or QT_TRANSLATE_NOOP("Backend", "(empty)")),
        )
    return row


def provider_invitation_status(inv: RowMapping, now: datetime) -> InvitationStatus:
    if inv["authorized_at"] is not None:
        return "authorized"
    return "expired" if now >= inv["expires_at"] else "pending"


def lapsed(inv: RowMapping, provider_name: str, now: datetime) -> BackendError | None:
    """Why an invitation can no longer be authorized by anyone: used or expired."""
    if inv["authorized_at"] is not None:
        return BackendError(
            "invitation_used",
            QT_TRANSLATE_NOOP(
                "Backend",
                "This invitation was already authorized on {when} by {user}: "
                "{provider} is on your Indirect providers list.",
            ).format(when=Moment(inv["authorized_at"]), user=inv["authorized_by"], provider=provider_name),
        )
    if now >= inv["expires_at"]:
        return BackendError(
            "invitation_expired",
            QT_TRANSLATE_NOOP(
                "Backend",
                "This invitation from {provider} expired on {when} "
                "({days} days after it was sent). Ask {provider} to send you a new one.",
            ).format(provider=provider_name, when=Moment(inv["expires_at"]), days=INVITATION_LIFETIME.days),
        )
    return None


def region_refusal(provider: ProviderListing, reseller_country: str) -> BackendError | None:
    """The region rule applied to an invitation: the reseller's legal business location decides
    (`provider` listed for that country, so its `allowed` is the rule's answer)."""
    if provider.allowed:
        return None
    return BackendError(
        "invitation_region",
        QT_TRANSLATE_NOOP("Backend", "You can't authorize {provider} as your indirect provider. {reason}").format(
            provider=provider.name, reason=region_reason(reseller_country, provider)
        ),
    )


# -- a reseller invites a customer to it and its provider -------------------------------------------


def send_customer_invitation(
    conn: Connection, reseller: Reseller, provider: ProviderListing, email: str, name: str, now: datetime
) -> int:
    """Record the invitation and email it to the customer; returns the email's id."""
    invitation_id = new_id("CI")
    code = secrets.token_urlsafe(16)
    expires_at = now + INVITATION_LIFETIME
    conn.execute(
        st.customer_invitations.insert().values(
            id=invitation_id, code_hash=st.hash_token(code), tenant_id=reseller.tenant_id, provider_id=provider.id,
            email=email, name=name, sent_at=now, expires_at=expires_at,
        )
    )
    url = link(CUSTOMER_INVITATION, invitation_id, code)
    live = LIVE_CUSTOMER_LINK.format(
        reseller=reseller.tenant_id, mpn_id=reseller.mpn_id or "0", provider=st.provider_tenant_id(provider.id)
    )
    subject = f"{reseller.legal_name} and {provider.name} invite you to authorize them as your Microsoft partners"
    body = (
        f"Hello {name or 'there'},\n\n"
        f"{reseller.legal_name} ({reseller.domain}), a Microsoft Cloud Solution Provider reseller, and its indirect "
        f"provider {provider.name} invite you to authorize reseller relationships with both of them at the same "
        "time. With them they can sell you Microsoft cloud services and manage your subscriptions; "
        f"{provider.name} needs its own reseller relationship with you to submit orders on your behalf.\n\n"
        "To accept, a global administrator of your organization opens this link and accepts the relationships "
        "(and, if asked, the Microsoft Customer Agreement):\n"
        f"{url}\n\n"
        f"The invitation ({invitation_id}) works until {_when(expires_at)} "
        f"({INVITATION_LIFETIME.days} days after it was sent).\n\n"
        "In the live service the link has the form partnersignup.aspx?type=IndirectResellerRelationship&id=<reseller "
        "tenant>&csp=1&msppid=<reseller MPN ID>&indirectCSP=<provider tenant>; for this invitation:\n"
        f"{live}\n\n"
        f"{reseller.legal_name}\n"
        "sent through Microsoft Partner Center (sandbox)\n"
    )
    return send(conn, now, email, "customer_invitation", subject, body, [url])


def check_customer_invitation(conn: Connection, params: Mapping[str, str], now: datetime) -> RowMapping:
    """The invitation if this link may be accepted now; BackendError link_unknown, link_used, link_expired."""
    ci = st.customer_invitations.c
    row = conn.execute(
        select(st.customer_invitations).where(
            (ci.id == params["invitation"].upper()) & (ci.code_hash == st.hash_token(params["code"]))
        )
    ).mappings().first()
    if row is None:
        raise BackendError(
            "link_unknown",
            QT_TRANSLATE_NOOP(
                "Backend",
                "This customer invitation link ({invitation}) doesn't match any invitation. Open the link "
                "from the invitation email, and copy it completely.",
            ).format(invitation=params["invitation"]),
        )
    if row["used_at"] is not None:
        raise BackendError(
            "link_used",
            QT_TRANSLATE_NOOP(
                "Backend", "This invitation was already accepted on {when}: the reseller relationships exist."
            ).format(when=Moment(row["used_at"])),
        )
    if now >= row["expires_at"]:
        raise BackendError(
            "link_expired",
            QT_TRANSLATE_NOOP(
                "Backend",
                "This invitation expired on {when} ({days} days after it was "
                "sent). Ask your reseller to send a new one.",
            ).format(when=Moment(row["expires_at"]), days=INVITATION_LIFETIME.days),
        )
    return row
