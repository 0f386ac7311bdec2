"""The sandbox's shared-customer calls: View customers synced by id, and Invite new customers for both tiers."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Mapping

from sqlalchemy import Connection, select

from wizard.backends.base import BackendError
from wizard.backends.sandbox import directory
from wizard.backends.sandbox import invitations
from wizard.backends.sandbox import shared
from wizard.backends.sandbox import state as st
from wizard.backends.sandbox.core import service_call
from wizard.backends.sandbox.providers import ProviderCalls, require_connected
from wizard.domain.model import Email, LinkOutcome, SharedCustomer
from wizard.domain.texts import QT_TRANSLATE_NOOP, Template

MAX_NAME = 256


def checked_email(email: str) -> str:
    """The address in normal form if its syntax is valid (deliverability is not checked); invalid_email otherwise."""
    from email_validator import EmailNotValidError, validate_email  # ~40 ms: only when someone is invited

    text = str(email or "").strip()
    if not text:
        raise BackendError("invalid_email", QT_TRANSLATE_NOOP("Backend", "Enter the customer's email address."))
    try:
        return str(validate_email(text, check_deliverability=False).normalized)
    except (EmailNotValidError, ValueError, UnicodeError) as error:
        raise BackendError(
            "invalid_email",
            QT_TRANSLATE_NOOP("Backend", "'{text}' is not a valid email address: {reason}").format(
                text=text, reason=Template("EmailValidator", str(error))
            ),
        ) from None


def _page(since_id: int, limit: int | None) -> None:
    if isinstance(since_id, bool) or not isinstance(since_id, int) or since_id < 0:
        raise ValueError(f"since_id must be an integer >= 0, not {since_id!r}")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 0):
        raise ValueError(f"limit must be None or an integer >= 0, not {limit!r}")


class CustomerCalls(ProviderCalls):
    @service_call
    def shared_customers(
        self, token: str, provider_id: str, since_id: int = 0, limit: int | None = None
    ) -> list[SharedCustomer]:
        """Customers the reseller shares with one of its providers, by increasing id, after `since_id` (sync
        incrementally by passing the highest id you hold), at most `limit`. Raises session_expired,
        account_not_ready, unknown_provider, not_connected."""
        _page(since_id, limit)
        with self._tx() as (conn, now):
            reseller = self._reseller(conn, token, now)
            provider = directory.require_provider(conn, provider_id, reseller.country)
            require_connected(conn, reseller, provider)
            return shared.fetch(conn, reseller.tenant_id, provider.id, since_id, limit)

    @service_call
    def invite_customer(self, token: str, provider_id: str, email: str, name: str = "") -> Email:
        """Email a customer an invitation to authorize reseller relationships with the reseller and its provider
        at once. Raises invalid_email, invalid_name, session_expired, account_not_ready, unknown_provider,
        not_connected."""
        address = checked_email(email)
        name = " ".join(str(name or "").split())
        if len(name) > MAX_NAME:
            raise BackendError(
                "invalid_name",
                QT_TRANSLATE_NOOP("Backend", "Use at most {limit} characters for the customer's name.").format(limit=MAX_NAME),
            )
        with self._tx() as (conn, now):
            reseller = self._reseller(conn, token, now)
            provider = directory.require_provider(conn, provider_id, reseller.country)
            require_connected(conn, reseller, provider)
            email_id = invitations.send_customer_invitation(conn, reseller, provider, address, name, now)
            r = conn.execute(select(st.emails).where(st.emails.c.id == email_id)).mappings().one()
        links = tuple(json.loads(r["links"]))
        return Email(r["id"], r["to_addr"], r["subject"], r["body"], r["kind"], r["sent_at"], links)

    def _open_customer_invitation(self, conn: Connection, now: datetime, params: Mapping[str, str]) -> LinkOutcome:
        """The customer accepts: it becomes a customer the reseller shares with the provider, who now has a
        reseller relationship with it."""
        inv = invitations.check_customer_invitation(conn, params, now)
        reseller = directory.reseller_of(conn, inv["tenant_id"])
        provider = directory.require_provider(conn, inv["provider_id"], reseller.country)
        shared_id, customer = shared.accept(conn, inv, reseller, now)
        conn.execute(
            st.customer_invitations.update().where(st.customer_invitations.c.id == inv["id"]).values(
                used_at=now, shared_customer_id=shared_id)
        )
        message = QT_TRANSLATE_NOOP(
            "Backend",
            "{customer} ({email}) accepted the invitation and authorized reseller relationships with "
            "{reseller} and {provider} at once. It now appears in View customers for {provider_name}.",
        ).format(customer=customer, email=inv["email"], reseller=reseller.legal_name, provider=provider.name,
                 provider_name=provider.name.rstrip("."))
        return LinkOutcome(invitations.CUSTOMER_INVITATION, "", reseller.domain, message, inv["id"], provider.id)
