"""Validates a case's fields into Problems (one per field, stable codes), never raising for user input.

Choices (the seed and Partner Center docs leave these open):
- Values are cleaned first (`clean`): NFC, surrounding whitespace (incl. NBSP) and zero-width
  characters stripped. Checks run in this order and stop at the first problem of a field:
  required, too_long, invalid_characters, then the field's format/consistency checks.
- `invalid_characters` (added code): control characters, NUL, lone surrogates, private-use
  characters, bidi overrides, and emoji. Letters of any script and literal HTML are accepted.
- Lengths: address lines 200 and contact first/last name 50 (documented, see
  resources/data/partner_profile_fields.json); the rest are our choices, see MAX_LENGTHS.
- `mpn_id`: ASCII digits only; Partner Center documents no fixed length, so more than 10 digits
  is reported as too_long (IDs in use are 6-7 digits).
- Already enrolled in CSP: only the work account, support fields and tenant country are checked.
- `postal_code` is required when resources/data/postal_codes.json has a pattern for the country,
  matched after `normalize_postal_code`; other countries accept any short value or none.
- `state` is required for US, CA and AU and must be one of pycountry's subdivisions, given as
  "WA", "US-WA" or the name ("Washington", any case/accents); code `invalid_state` (added).
  Elsewhere it is free text. Documented max is 2 characters, but AU codes have 3 (NSW) and names
  are longer, so we accept up to 100 and `normalize_state` gives the code to store.
- Phones are parsed in `country`, else `tenant_country`, else must start with +; stored E.164.
- `support_website` is optional; a bare "www.contoso.com" is taken as https://www.contoso.com.
  Only http(s), a dotted host name (no IP address, no user:password@), no spaces.
- `country` and `tenant_country` must both be known alpha-2 codes and, when both are set, equal:
  the legal business location must be the tenant's country (country_mismatch on `country`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Callable, Iterable, Mapping
from urllib.parse import urlsplit

import phonenumbers

from wizard.domain import reference, regions
from wizard.domain.freemail import mail_service
from wizard.domain.model import FIELD_KEYS, MPN_ID, TENANT_COUNTRY, MpnProfile, Problem
from wizard.domain.field_specs import (  # noqa: F401  (CODES, FIELD_LABELS and MAX_LENGTHS are named through rules)
    ALWAYS_REQUIRED,
    CODES,
    FIELD_LABELS,
    MAX_LENGTHS,
    MESSAGES,
    STATE_REQUIRED_COUNTRIES,
    is_mpn_id,
)
from wizard.domain.texts import QT_TRANSLATE_NOOP, Template

_ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u180e"
_EDGE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + _ZERO_WIDTH
_BIDI_CONTROLS = frozenset(range(0x202A, 0x202F)) | frozenset(range(0x2066, 0x206A))
_URL_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_HOST_LABEL = re.compile(r"[^\W_](?:(?:[^\W_]|-){0,61}[^\W_])?")
_FALLBACK_PHONE_EXAMPLE = "+1 425 882 8080"


def clean(value: object) -> str:
    """The text the user meant: NFC, without surrounding whitespace, NBSP or zero-width characters."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return unicodedata.normalize("NFC", text).strip(_EDGE)


def _problem(field: str, code: str, template: str | None = None, **params: object) -> Problem:
    """A problem with its message: `template` picks a variant ("code/variant"), else "code/field", else the code's."""
    template = MESSAGES[template] if template else MESSAGES.get(f"{code}/{field}", MESSAGES[code])
    return Problem(field, code, template.format(label=FIELD_LABELS.get(field, field), **params))


def _shorten(text: str, limit: int = 20) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


# --- characters -------------------------------------------------------------------------------


def _is_emoji(ch: str) -> bool:
    cp = ord(ch)
    if 0x1F000 <= cp <= 0x1FAFF or 0xE0020 <= cp <= 0xE007F or cp in (0xFE0F, 0x20E3):
        return True
    symbol_block = 0x2300 <= cp <= 0x23FF or 0x2600 <= cp <= 0x27BF or 0x2B00 <= cp <= 0x2BFF
    return symbol_block and unicodedata.category(ch) == "So"


def _refused_characters(text: str) -> list[str]:
    shown: list[str] = []
    for ch in text:
        invisible = unicodedata.category(ch) in ("Cc", "Cs", "Co") or ord(ch) in _BIDI_CONTROLS
        if invisible or _is_emoji(ch):
            label = f"U+{ord(ch):04X}" if invisible or ch in "\ufe0f\u20e3" else ch
            if label not in shown:
                shown.append(label)
    return shown


# --- normalizers --------------------------------------------------------------------------------


def normalize_postal_code(raw: object) -> str:
    """Upper case with runs of spaces collapsed: " d02  x285 " -> "D02 X285"."""
    return " ".join(clean(raw).upper().split())


@cache
def _postal_patterns() -> dict[str, tuple[re.Pattern[str], str]]:
    data = reference.table("postal_codes")
    return {
        code: (re.compile(entry["pattern"], re.ASCII), entry["example"])
        for code, entry in data["countries"].items()
    }


def has_postal_pattern(country: str) -> bool:
    """True where a postal code is required and checked."""
    return clean(country).upper() in _postal_patterns()


def _region(country: object) -> str | None:
    code = clean(country).upper()
    return code if regions.is_country(code) else None


def normalize_phone(raw: object, country: str | None) -> str | None:
    """E.164 ("+34612345678") for a valid number, read in `country` unless it starts with +."""
    text = clean(raw)
    if not text or len(text) > MAX_LENGTHS["contact_phone"] or _refused_characters(text):
        return None
    try:
        number = phonenumbers.parse(text, _region(country))
    except (phonenumbers.NumberParseException, ValueError):
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    # E.164 has at most 15 digits; the metadata accepts some longer numbers (+49 30 000000000000)
    return e164 if len(e164) <= 16 else None


def _phone_example(country: str | None) -> str:
    number = phonenumbers.example_number(country) if country else None
    if number is None:
        return _FALLBACK_PHONE_EXAMPLE
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(plain.replace(".", " ").split())


@cache
def _states(country: str) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for code, name in reference.table(f"subdivisions/{country}"):
        short = code.split("-", 1)[1]
        for key in (short, code, name):
            lookup[_fold(key)] = short
    return lookup


def normalize_state(raw: object, country: str) -> str | None:
    """The subdivision code ("WA") for "WA", "US-WA" or "Washington" in that country, else None."""
    code = clean(country).upper()
    return _states(code).get(_fold(clean(raw))) if code else None


def _state_example(country: str) -> str:
    lookup = _states(country)
    examples = {"US": ("WA", "Washington"), "CA": ("ON", "Ontario"), "AU": ("NSW", "New South Wales")}
    if country in examples:
        code, name = examples[country]
        return QT_TRANSLATE_NOOP("Validation", "{code} or {name}").format(code=code, name=name)
    return next(iter(lookup), "")


def normalize_url(raw: object) -> str | None:
    """An http(s) URL with a dotted host name; "www.contoso.com" becomes "https://www.contoso.com"."""
    text = clean(raw)
    if not text or any(ch.isspace() for ch in text) or _refused_characters(text):
        return None
    if "://" not in text:
        scheme = _URL_SCHEME.match(text)
        if scheme and not text[scheme.end() : scheme.end() + 1].isdigit():
            return None  # mailto:, javascript:, https:/typo ... (a digit after ':' is a port)
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host, _port = parts.hostname, parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not host or parts.username is not None:
        return None
    labels = host.rstrip(".").split(".")
    if len(labels) < 2 or labels[-1].isdigit():
        return None
    return text if all(_HOST_LABEL.fullmatch(label) for label in labels) else None


# --- per-field checks ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    values: dict[str, str]
    profile: MpnProfile | None
    verified_domains: frozenset[str] = frozenset()  # a live case's tenant domains (empty: not checked)

    @property
    def country(self) -> str | None:
        return _region(self.values.get("country"))

    @property
    def tenant_country(self) -> str | None:
        return _region(self.values.get(TENANT_COUNTRY))


def _check_email(field: str, value: str, ctx: _Context) -> Problem | None:
    from email_validator import EmailNotValidError, validate_email  # ~40 ms: only when needed

    try:
        validate_email(value, check_deliverability=False)
    except (EmailNotValidError, ValueError, UnicodeError) as error:
        reason = Template("EmailValidator", str(error)) if str(error) else QT_TRANSLATE_NOOP("Validation", "check the address.")
        return _problem(field, "invalid_email", reason=reason)
    service = mail_service(value)
    if service is None:
        return _unverified(field, value, ctx)
    if service.kind == "disposable":  # a throwaway address is no way to reach anyone: no email field takes it
        return _problem(field, "disposable_email", domain=service.name)
    if field == "contact_email":  # the seed refuses web-based email for the primary contact only
        if service.kind == "family":
            return _problem(field, "web_based_email", family=service.name)
        return _problem(field, "web_based_email", "web_based_email/free", domain=service.name)
    return None


def _unverified(field: str, value: str, ctx: _Context) -> Problem | None:
    """Live cases: the review starts by checking that the email belongs to the company, i.e. that its
    domain is one of the tenant's verified domains (as Microsoft Graph lists them)."""
    if not ctx.verified_domains:
        return None
    domain = value.rpartition("@")[2].strip().rstrip(".").lower()
    if domain in ctx.verified_domains:
        return None
    return _problem(field, "unverified_domain", domain=domain, domains=", ".join(sorted(ctx.verified_domains)))


def _check_phone(field: str, value: str, ctx: _Context) -> Problem | None:
    country = ctx.country or ctx.tenant_country
    if normalize_phone(value, country) is not None:
        return None
    name = regions.country_name(country) if country else QT_TRANSLATE_NOOP("Validation", "your country/region")
    return _problem(field, "invalid_phone", country=name, example=_phone_example(country))


def _check_mpn_id(field: str, value: str, ctx: _Context) -> Problem | None:
    if not is_mpn_id(value):
        return _problem(field, "invalid_mpn_id")
    if ctx.profile is None:
        return None
    return profile_choice_problem(ctx.profile, ctx.values.get(TENANT_COUNTRY, ""))


def _check_country(field: str, value: str, ctx: _Context) -> Problem | None:
    code = _region(value)
    if code is None:
        return _problem(field, "unknown_country", value=_shorten(value))
    return _outside_tenant_country(field, code, ctx.tenant_country, "country") if field == "country" else None


def _check_state(field: str, value: str, ctx: _Context) -> Problem | None:
    country = ctx.country
    if country not in STATE_REQUIRED_COUNTRIES or normalize_state(value, country):
        return None
    return _problem(
        field, "invalid_state", country=regions.country_name(country), example=_state_example(country)
    )


def _check_postal_code(field: str, value: str, ctx: _Context) -> Problem | None:
    country = ctx.country
    entry = _postal_patterns().get(country or "")
    if entry is None or entry[0].fullmatch(normalize_postal_code(value)):
        return None
    return _problem(field, "invalid_postal_code", country=regions.country_name(country or ""), example=entry[1])


def _check_url(field: str, value: str, ctx: _Context) -> Problem | None:
    return None if normalize_url(value) else _problem(field, "invalid_url")


_Check = Callable[[str, str, _Context], "Problem | None"]
_FORMAT_CHECKS: dict[str, _Check] = {
    "work_account": _check_email,
    "contact_email": _check_email,
    "support_email": _check_email,
    "contact_phone": _check_phone,
    "support_phone": _check_phone,
    "mpn_id": _check_mpn_id,
    "country": _check_country,
    "tenant_country": _check_country,
    "state": _check_state,
    "postal_code": _check_postal_code,
    "support_website": _check_url,
}


def _asked(already_enrolled: bool) -> tuple[str, ...]:
    """The fields the flow asks for (the already-enrolled branch asks only for support information)."""
    from wizard.domain import flow
    from wizard.domain.case import Case, Learnt

    return flow.asked_fields(Case(learnt=Learnt(already_enrolled=already_enrolled)))


def required_fields(case: Mapping[str, object] | None, *, already_enrolled: bool = False) -> frozenset[str]:
    """Fields that must be filled in for this case (depends on the flow and on the country)."""
    asked = set(_asked(already_enrolled))
    country = _region((case or {}).get("country"))
    extra = set()
    if country in STATE_REQUIRED_COUNTRIES:
        extra.add("state")
    if country in _postal_patterns():
        extra.add("postal_code")
    return frozenset((ALWAYS_REQUIRED | extra) & asked)


def _check_field(field: str, ctx: _Context, required: frozenset[str]) -> Problem | None:
    value = ctx.values.get(field, "")
    if not value:
        return _problem(field, "required") if field in required else None
    limit = MAX_LENGTHS[field]
    if len(value) > limit:
        return _problem(field, "too_long", limit=limit, length=len(value))
    refused = _refused_characters(value)
    if refused:
        return _problem(field, "invalid_characters", characters=" ".join(refused[:5]))
    check = _FORMAT_CHECKS.get(field)
    return check(field, value, ctx) if check else None


def profile_choice_problem(profile: MpnProfile, tenant_country: str) -> Problem | None:
    """Why this MPN profile can't be chosen for the tenant (inactive first, then country), or None."""
    if not profile.active:
        return _problem(MPN_ID, "inactive_profile", mpn_id=clean(profile.mpn_id))
    return _outside_tenant_country(
        MPN_ID, clean(profile.country).upper(), clean(tenant_country).upper(), "profile_country"
    )


def _outside_tenant_country(field: str, located: str, tenant: str, located_param: str) -> Problem | None:
    """country_mismatch when `located` (a country code) is not the tenant's country, None when it is or the
    tenant's country is not known; the message names `located`'s country in its `located_param`."""
    if not tenant or located == tenant:
        return None
    return _problem(
        field,
        "country_mismatch",
        tenant_country=regions.country_name(tenant),
        **{located_param: regions.country_name(located)},
    )


def validate(
    case: Mapping[str, object] | None,
    profile: MpnProfile | None = None,
    *,
    only: Iterable[str] | None = None,
    already_enrolled: bool = False,
    verified_domains: Iterable[str] = (),
) -> list[Problem]:
    """Problems of the case, at most one per field, in field order; `only` limits the fields reported.
    `verified_domains`: a live case's tenant domains, which the email fields must be at."""
    source = case if isinstance(case, Mapping) else {}
    values = {key: clean(source.get(key)) for key in FIELD_KEYS}
    domains = frozenset(d.strip().lower() for d in verified_domains if d and d.strip())
    ctx = _Context(values, None if already_enrolled else profile, domains)
    required = required_fields(values, already_enrolled=already_enrolled)
    asked = set(_asked(already_enrolled)) | {TENANT_COUNTRY}
    if only is not None:
        asked &= {only} if isinstance(only, str) else set(only)
    problems = (_check_field(f, ctx, required) for f in FIELD_KEYS if f in asked)
    return [p for p in problems if p is not None]


def email_problem(value: str, field: str = "email") -> Problem | None:
    """The problem with one email address on its own (e.g. a customer to invite), or None."""
    cleaned = clean(value or "")
    if not cleaned:
        return Problem(field, "required", QT_TRANSLATE_NOOP("Validation", "Enter an email address."))
    if len(cleaned) > 254:
        return Problem(field, "too_long", QT_TRANSLATE_NOOP("Validation", "An email address can't be longer than 254 characters."))
    return _check_email(field, cleaned, _Context({}, None))
