"""The field keys of a case (contract): constants only, cheap to import before the first paint."""

from __future__ import annotations

# Field keys (contract, see DESIGN.md). The legal profile page owns the ones after mpn_id.
WORK_ACCOUNT = "work_account"
MPN_ID = "mpn_id"
LEGAL_FIELDS: tuple[str, ...] = (
    "legal_name",
    "address_line1",
    "address_line2",
    "city",
    "state",
    "postal_code",
    "country",
)
CONTACT_FIELDS: tuple[str, ...] = (
    "contact_first_name",
    "contact_last_name",
    "contact_email",
    "contact_phone",
)
SUPPORT_FIELDS: tuple[str, ...] = ("support_email", "support_phone", "support_website")
TENANT_COUNTRY = "tenant_country"
FIELD_KEYS: tuple[str, ...] = (
    (WORK_ACCOUNT, MPN_ID) + LEGAL_FIELDS + CONTACT_FIELDS + SUPPORT_FIELDS + (TENANT_COUNTRY,)
)
