"""What each field is called, how long it may be, which are required, and the problem texts (by code):
the data `wizard.domain.rules` checks against. Texts are marked for Qt's translation (wizard/domain/texts.py).
The limits' sources are in rules.py's docstring and resources/data/partner_profile_fields.json."""

from __future__ import annotations

from wizard.domain.texts import QT_TRANSLATE_NOOP

CODES: tuple[str, ...] = (
    "required", "too_long", "invalid_characters", "invalid_email", "web_based_email", "disposable_email", "unverified_domain",
    "invalid_phone", "invalid_postal_code", "invalid_state", "unknown_country",
    "country_mismatch", "inactive_profile", "invalid_mpn_id", "invalid_url",
)  # fmt: skip

# English texts keyed by code; "code/field" keys override a code's text for one field.
MESSAGES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("Validation", "Please provide {label}."),
    "too_long": QT_TRANSLATE_NOOP("Validation", "Please shorten this to at most {limit} characters (it has {length})."),
    "invalid_characters": QT_TRANSLATE_NOOP("Validation", "Please remove characters that can't be used here: {characters}."),
    "invalid_email": QT_TRANSLATE_NOOP("Validation", "This isn't a valid email address: {reason} Use the form name@contoso.com."),
    "web_based_email": QT_TRANSLATE_NOOP(
        "Validation",
        "Use an address on your company's domain: {family} addresses (web-based email) "
        "are not accepted for the primary contact."
    ),
    "web_based_email/free": QT_TRANSLATE_NOOP(
        "Validation",
        "Use an address on your company's domain: {domain} is a free web-based email service, and those "
        "addresses are not accepted for the primary contact."
    ),
    "unverified_domain": QT_TRANSLATE_NOOP(
        "Validation",
        "Use an address at one of your tenant's verified domains ({domains}): {domain} isn't one of them, and "
        "the review starts by checking that this email belongs to your company."
    ),
    "disposable_email": QT_TRANSLATE_NOOP(
        "Validation",
        "{domain} is a throwaway email service: its addresses stop working. Use a lasting address on your "
        "company's domain."
    ),
    "invalid_phone": QT_TRANSLATE_NOOP(
        "Validation",
        "This isn't a valid phone number for {country}. Check the digits, or start with + and "
        "the country code, for example {example}."
    ),
    "invalid_postal_code": QT_TRANSLATE_NOOP("Validation", "This isn't a valid postal code for {country}. It should look like {example}."),
    "invalid_state": QT_TRANSLATE_NOOP("Validation", "Enter a valid state, province or territory for {country}, by code or name (for example {example})."),
    "unknown_country": QT_TRANSLATE_NOOP("Validation", "“{value}” isn't a country/region code. Choose one from the list (two letters, such as ES or US)."),
    "country_mismatch": QT_TRANSLATE_NOOP(
        "Validation",
        "This profile is in {profile_country}, but your work account's tenant is in "
        "{tenant_country}. Choose the profile located in {tenant_country}."
    ),
    "country_mismatch/country": QT_TRANSLATE_NOOP(
        "Validation",
        "Your company's legal address is in {country}, but your work account's tenant is in "
        "{tenant_country}. Enrolling needs the legal business location in {tenant_country}."
    ),
    "inactive_profile": QT_TRANSLATE_NOOP("Validation", "The MPN profile {mpn_id} is not active. Choose the MPN ID of an active company profile."),
    "invalid_mpn_id": QT_TRANSLATE_NOOP("Validation", "An MPN ID is made of digits only, like 1234567."),
    "invalid_url": QT_TRANSLATE_NOOP("Validation", "Enter a web address such as https://www.contoso.com (http or https and a full domain name)."),
}

FIELD_LABELS: dict[str, str] = {
    "work_account": QT_TRANSLATE_NOOP("FieldLabels", "the work account you sign in with"),
    "mpn_id": QT_TRANSLATE_NOOP("FieldLabels", "the MPN ID of your company's active profile"),
    "legal_name": QT_TRANSLATE_NOOP("FieldLabels", "your company's legal business name"),
    "address_line1": QT_TRANSLATE_NOOP("FieldLabels", "the first line of the company's address"),
    "address_line2": QT_TRANSLATE_NOOP("FieldLabels", "the second line of the company's address"),
    "city": QT_TRANSLATE_NOOP("FieldLabels", "the city"),
    "state": QT_TRANSLATE_NOOP("FieldLabels", "the state, province or territory"),
    "postal_code": QT_TRANSLATE_NOOP("FieldLabels", "the postal code"),
    "country": QT_TRANSLATE_NOOP("FieldLabels", "the country/region of the company's legal address"),
    "contact_first_name": QT_TRANSLATE_NOOP("FieldLabels", "the primary contact's first name"),
    "contact_last_name": QT_TRANSLATE_NOOP("FieldLabels", "the primary contact's last name"),
    "contact_email": QT_TRANSLATE_NOOP("FieldLabels", "the primary contact's email address"),
    "contact_phone": QT_TRANSLATE_NOOP("FieldLabels", "the primary contact's phone number"),
    "support_email": QT_TRANSLATE_NOOP("FieldLabels", "the email address customers write to for support"),
    "support_phone": QT_TRANSLATE_NOOP("FieldLabels", "the phone number customers call for support"),
    "support_website": QT_TRANSLATE_NOOP("FieldLabels", "the support website"),
    "tenant_country": QT_TRANSLATE_NOOP("FieldLabels", "the country/region of your work account's tenant"),
}

MAX_LENGTHS: dict[str, int] = {
    "work_account": 113,  # Entra ID UPN limit: 64 before the @, 48 after, 113 in total
    "mpn_id": 10,  # no documented length; IDs in use have 6-7 digits
    "legal_name": 255,  # not documented; a common database column size
    "address_line1": 200,  # documented (Address.AddressLine1)
    "address_line2": 200,  # documented (Address.AddressLine2)
    "city": 100,  # not documented ("n/a")
    "state": 100,  # documented 2 for the code; we accept names too, see module docstring
    "postal_code": 20,  # not documented; the longest real formats are ~10
    "country": 100,  # only to bound junk; a wrong code is unknown_country
    "contact_first_name": 50,  # documented (FirstName)
    "contact_last_name": 50,  # documented (LastName)
    "contact_email": 254,  # RFC 5321 path limit
    "contact_phone": 40,  # E.164 has 15 digits; room for spaces, punctuation, extension
    "support_email": 254,
    "support_phone": 40,
    "support_website": 2048,  # de facto browser/server URL limit
    "tenant_country": 100,
}

ALWAYS_REQUIRED: frozenset[str] = frozenset(
    {"work_account", "mpn_id", "legal_name", "address_line1", "city", "country",
     "contact_first_name", "contact_last_name", "contact_email", "contact_phone",
     "support_email", "support_phone"}
)  # fmt: skip
STATE_REQUIRED_COUNTRIES: frozenset[str] = frozenset({"US", "CA", "AU"})


_EDGE_SPACE = " \t\r\n\u00a0\u200b\u200c\u200d\u2060\ufeff"


def is_mpn_id(text: str) -> bool:
    """The format of an MPN ID / Partner ID: digits only, at most MAX_LENGTHS["mpn_id"] of them (the rules'
    `invalid_mpn_id` and `too_long`; surrounding spaces, as pasted, don't count)."""
    value = (text or "").strip(_EDGE_SPACE)
    return value.isascii() and value.isdigit() and len(value) <= MAX_LENGTHS["mpn_id"]
