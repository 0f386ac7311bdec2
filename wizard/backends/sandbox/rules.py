"""The sandbox service's business rules: what Partner Center refuses, and the mail it writes."""

from __future__ import annotations

import re
from typing import Mapping

from sqlalchemy import RowMapping

from wizard.backends.base import BackendError
from wizard.domain.freemail import mail_service
from wizard.domain.lifecycle import PLAIN_WORDS, State
from wizard.domain.model import CONTACT_FIELDS, LEGAL_FIELDS, SUPPORT_FIELDS, Address, MpnProfile
from wizard.domain.texts import QT_TRANSLATE_NOOP

ENROLLMENT_FIELDS = LEGAL_FIELDS + CONTACT_FIELDS + SUPPORT_FIELDS
REQUIRED_FIELDS = tuple(f for f in ENROLLMENT_FIELDS if f not in ("address_line2", "state", "support_website"))
_TENANT_NAME = re.compile(r"^[a-z][a-z0-9]{1,26}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def tenant_name(name: str) -> str:
    """The normalised initial-domain name (`contoso` for `Contoso` or `contoso.onmicrosoft.com`)."""
    name = name.strip().lower().removesuffix(".onmicrosoft.com") if isinstance(name, str) else ""
    if not _TENANT_NAME.match(name):
        raise BackendError(
            "invalid_tenant_name",
            QT_TRANSLATE_NOOP("Backend", "Use 2 to 27 letters and digits for the domain name, starting with a letter."),
        )
    return name


def password_problem(password: str) -> str | None:
    """Azure AD's password rule: 8-256 ASCII characters using 3 of lower, upper, digits, symbols."""
    if not isinstance(password, str) or not 8 <= len(password) <= 256:
        return "Use 8 to 256 characters for the password."
    if not password.isascii():
        return "The password can't contain accented letters or other non-ASCII characters."
    kinds = (
        any(c.islower() for c in password),
        any(c.isupper() for c in password),
        any(c.isdigit() for c in password),
        any(not c.isalnum() for c in password),
    )
    if sum(kinds) < 3:
        return "Use at least three of these: lowercase letters, uppercase letters, numbers and symbols."
    return None


def profile_of(r: RowMapping) -> MpnProfile:
    address = Address(r["line1"], r["line2"], r["city"], r["state"], r["postal_code"], r["country"])
    return MpnProfile(r["mpn_id"], r["company"], r["country"], bool(r["active"]), address)


def check_profile(mpn_id: str, profile: RowMapping | None, tenant: RowMapping) -> None:
    if profile is None:
        raise BackendError(
            "unknown_mpn_id",
            QT_TRANSLATE_NOOP("Backend", "MPN ID {mpn_id} doesn't match any Partner Membership Center profile.").format(
                mpn_id=mpn_id or QT_TRANSLATE_NOOP("Backend", "(empty)")
            ),
        )
    if not profile["active"]:
        raise BackendError(
            "inactive_profile",
            QT_TRANSLATE_NOOP("Backend", "The company profile for MPN ID {mpn_id} is not active.").format(mpn_id=mpn_id),
        )
    if profile["country"] != tenant["country"]:
        raise BackendError(
            "country_mismatch",
            QT_TRANSLATE_NOOP(
                "Backend",
                "MPN ID {mpn_id} is located in {profile_country}, but {domain} is in {tenant_country}. "
                "Select the MPN ID of the active company profile in the same country/region as your tenant.",
            ).format(mpn_id=mpn_id, profile_country=profile["country"], domain=tenant["domain"],
                     tenant_country=tenant["country"]),
        )


def check_fields(values: Mapping[str, str], tenant_country: str) -> None:
    missing = [key for key in REQUIRED_FIELDS if not values[key]]
    if missing:
        raise BackendError(
            "invalid_profile",
            QT_TRANSLATE_NOOP("Backend", "These required fields are missing: {fields}.").format(fields=", ".join(missing)),
        )
    if values["country"].upper() != tenant_country:
        raise BackendError(
            "country_mismatch",
            QT_TRANSLATE_NOOP("Backend", "The legal business address is in {country}, but the tenant is in {tenant_country}.").format(
                country=values["country"], tenant_country=tenant_country
            ),
        )
    for key in ("contact_email", "support_email"):
        if not _EMAIL.match(values[key]):
            raise BackendError(
                "invalid_profile",
                QT_TRANSLATE_NOOP("Backend", "{field}: '{value}' is not a valid email address.").format(
                    field=key, value=values[key]
                ),
            )
    _refuse_throwaway(values, ("contact_email", "support_email"))
    service = mail_service(values["contact_email"])
    if service is not None:
        raise BackendError(
            "web_based_email",
            QT_TRANSLATE_NOOP(
                "Backend",
                "The primary contact's email uses {family}, a web-based email service. "
                "Use an address at your company's domain.",
            ).format(family=service.name),
        )


def verification_text(values: Mapping[str, str], enrollment_id: str, link: str) -> tuple[str, str]:
    subject = "Action required: verify your email address for your Partner Center enrollment"
    body = (
        f"Hello {values['contact_first_name']} {values['contact_last_name']},\n\n"
        f"{values['legal_name']} has applied to enroll in the Cloud Solution Provider program as an indirect "
        f"reseller (enrollment {enrollment_id}), naming you as the primary contact.\n\n"
        "To help ensure your company's security and privacy, please confirm that:\n"
        "  (1) you signed up for a Partner Center account, and\n"
        f"  (2) this email address, {values['contact_email']}, belongs to your company ({values['legal_name']}).\n\n"
        f"Confirm by opening this link:\n{link}\n\n"
        "After you verify your email address we'll continue reviewing the information you provided, which can "
        "take several days. We'll email enrollment status updates to you, the primary contact.\n\n"
        "Microsoft Partner Center (sandbox)\n"
    )
    return subject, body


def _refuse_throwaway(values: Mapping[str, str], keys: tuple[str, ...]) -> None:
    """No email the service writes to may be a throwaway address (it stops working)."""
    for key in keys:
        service = mail_service(values[key])
        if service is not None and service.kind == "disposable":
            raise BackendError(
                "disposable_email",
                QT_TRANSLATE_NOOP(
                    "Backend", "{field}: {domain} is a throwaway email service. Use a lasting address at your company's domain."
                ).format(field=key, domain=service.name),
            )


def check_support(values: Mapping[str, str]) -> None:
    """Customer support contact information: an email address and a phone number; the website is optional."""
    missing = [key for key in ("support_email", "support_phone") if not values[key]]
    if missing:
        raise BackendError(
            "invalid_profile",
            QT_TRANSLATE_NOOP("Backend", "These required fields are missing: {fields}.").format(fields=", ".join(missing)),
        )
    if not _EMAIL.match(values["support_email"]):
        email = values["support_email"]
        raise BackendError(
            "invalid_profile",
            QT_TRANSLATE_NOOP("Backend", "{field}: '{value}' is not a valid email address.").format(
                field="support_email", value=email
            ),
        )
    _refuse_throwaway(values, ("support_email",))


def status_update_text(
    values: Mapping[str, str], enrollment_id: str, state: State, title: str, detail: str
) -> tuple[str, str]:
    words = PLAIN_WORDS[state]
    name = " ".join(filter(None, (values.get("contact_first_name"), values.get("contact_last_name"))))
    subject = f"Partner Center enrollment {enrollment_id}: {title}"
    body = (
        f"Hello {name or 'there'},\n\n"
        f"Here's an update on the Cloud Solution Provider enrollment of {values.get('legal_name', '')} "
        f"(enrollment {enrollment_id}).\n\n"
        f"{title}\n{detail}\n\n"
        f"What it means: {words.what_it_means}\n"
        f"What's next: {words.whats_next}\n\n"
        "Microsoft Partner Center (sandbox)\n"
    )
    return subject, body
