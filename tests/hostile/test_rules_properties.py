"""Properties of every validation rule: never raises, and never accepts what the rule forbids.

tests/unit/test_rules.py has the examples and "validate never raises"; these are the other direction:
whatever a rule accepts really has the promised shape (E.164 phones, http(s) URLs with a domain, known
states, postal codes matching their country's pattern, no web-mail primary contact, nothing over a limit,
no invisible characters), and what it forbids is refused however it is written.
"""

from __future__ import annotations

import json
import re
import unicodedata
from urllib.parse import urlsplit

import phonenumbers
import pycountry
import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from tests.hostile.profiles import examples
from wizard.domain import regions, rules
from wizard.domain.freemail import web_mail_family
from wizard.domain.model import FIELD_KEYS, MpnProfile, Problem
from wizard.resources import resource_path

GOOD: dict[str, str] = {
    "work_account": "admin@contoso.onmicrosoft.com",
    "mpn_id": "1234567",
    "legal_name": "Contoso Iberia, S.L.",
    "address_line1": "Calle de Alcalá 48",
    "address_line2": "",
    "city": "Madrid",
    "state": "",
    "postal_code": "28014",
    "country": "ES",
    "contact_first_name": "José",
    "contact_last_name": "García",
    "contact_email": "jose.garcia@contoso.es",
    "contact_phone": "612 34 56 78",
    "support_email": "soporte@contoso.es",
    "support_phone": "+34 912 34 56 78",
    "support_website": "https://support.contoso.es",
    "tenant_country": "ES",
}
CHECKED = tuple(k for k in FIELD_KEYS if k in rules.MAX_LENGTHS)
E164 = re.compile(r"\+[1-9][0-9]{1,14}")
PLACEHOLDER = re.compile("|".join(sorted({re.escape(m) for t in rules.MESSAGES.values() for m in re.findall(r"\{\w+\}", t)})))
COUNTRIES = ("ES", "US", "GB", "FR", "DE", "AU", "CA", "IE", "NL", "JP", "BR", "IN", "MX", "XK", "ZZ", "")
_ANY = st.characters(exclude_categories=())  # every code point: controls, surrogates, private use
_EDGE = rules._EDGE


def problem(field: str, value: object, **overrides: object) -> Problem | None:
    found = rules.validate({**GOOD, **overrides, field: value}, only=[field])
    assert len(found) <= 1
    assert all(p.field == field and p.code in rules.CODES and p.message for p in found)
    return found[0] if found else None


def refused(text: str) -> bool:
    """The characters the rules promise to refuse (control, surrogate, private use, bidi, emoji)."""
    return bool(rules._refused_characters(text))


# ----- every field: lengths, characters, messages ------------------------------------------------
@examples(300)
@given(field=st.sampled_from(CHECKED), value=st.one_of(st.text(_ANY, max_size=60), st.text(max_size=120)),
       country=st.sampled_from(COUNTRIES))
def test_an_accepted_value_is_short_enough_and_has_no_refused_characters(field, value, country) -> None:
    found = problem(field, value, country=country, tenant_country=country)
    cleaned = rules.clean(value)
    if found is None:
        assert len(cleaned) <= rules.MAX_LENGTHS[field]
        assert not refused(cleaned), (field, cleaned)
    else:
        assert not PLACEHOLDER.search(found.message.replace(cleaned, "")), found.message  # all filled in


@examples(60)
@given(field=st.sampled_from(CHECKED), extra=st.integers(1, 40), data=st.data())
def test_a_value_over_the_limit_is_always_too_long(field, extra, data) -> None:
    limit = rules.MAX_LENGTHS[field]
    # any characters but the ones `clean` strips from the ends, so the cleaned length is what was typed
    core = data.draw(st.text(st.characters(exclude_characters=_EDGE, exclude_categories=("Mn", "Mc", "Me")),
                             min_size=limit + extra, max_size=limit + extra))
    assume(len(unicodedata.normalize("NFC", core)) > limit)
    found = problem(field, core)
    assert found is not None and found.code == "too_long", (field, found)
    assert str(limit) in found.message and str(len(unicodedata.normalize("NFC", core))) in found.message


@pytest.mark.parametrize("field", CHECKED)
def test_100_000_characters_are_too_long_in_every_field(field) -> None:
    for text in ("x" * 100_000, "\u05d0" * 100_000, "e\u0301" * 50_001, "\x00" * 100_000, "<b>" * 40_000):
        found = problem(field, text)
        assert found is not None and found.code == "too_long", (field, found)


_REFUSED = st.one_of(
    st.characters(categories=("Cc",)).filter(lambda ch: ch not in _EDGE),
    st.characters(categories=("Cs", "Co")),
    st.sampled_from([chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))]),  # bidi controls
    st.sampled_from(["\x00", "\x1b", "\x7f", "\U0001F600", "\u2603", "\U000E0041"]),
)


@examples(200)
@given(field=st.sampled_from(CHECKED), bad=_REFUSED, at=st.integers(0, 1000))
def test_a_refused_character_inside_any_value_is_never_accepted(field, bad, at) -> None:
    good = GOOD[field] or "Contoso"
    at = 1 + at % max(1, len(good) - 1) if len(good) > 1 else 1
    value = good[:at] + bad + good[at:]
    found = problem(field, value)
    assert found is not None, (field, value)
    if len(rules.clean(value)) <= rules.MAX_LENGTHS[field]:
        assert found.code == "invalid_characters", (field, value, found)


@examples(100)
@given(field=st.sampled_from(CHECKED),
       text=st.text(st.characters(categories=("L", "N", "Zs", "P", "Mn")), min_size=1, max_size=30))
def test_right_to_left_and_combining_text_is_judged_after_nfc(field, text) -> None:
    """Decomposed and composed spellings are the same value: they get the same verdict."""
    composed, decomposed = unicodedata.normalize("NFC", text), unicodedata.normalize("NFD", text)
    first, second = problem(field, composed), problem(field, decomposed)
    assert (first and first.code) == (second and second.code)


@examples(150)
@given(case=st.dictionaries(st.sampled_from(FIELD_KEYS),
                            st.one_of(st.none(), st.integers(), st.floats(), st.binary(max_size=8),
                                      st.lists(st.integers(), max_size=3), st.text(_ANY, max_size=30))),
       enrolled=st.booleans())
def test_non_text_values_never_raise(case, enrolled) -> None:
    for found in rules.validate(case, already_enrolled=enrolled):
        assert found.code in rules.CODES and found.message


# ----- email and web mail -------------------------------------------------------------------------
_FAMILIES = json.loads(resource_path("data", "web_email_domains.json").read_text(encoding="utf-8"))
_CCS = sorted(c.alpha_2.lower() for c in pycountry.countries)
_LOCAL = st.from_regex(r"[a-z0-9]{1,12}(?:[._+-][a-z0-9]{1,8}){0,2}", fullmatch=True)


@st.composite
def web_mail_addresses(draw) -> tuple[str, str]:
    """An address of a web-mail family, written any way a person might: case, subdomains, regional endings."""
    family = draw(st.sampled_from(_FAMILIES["families"]))
    pattern = draw(st.sampled_from(family["domains"]))
    if pattern.endswith(".*"):
        ending = draw(st.one_of(
            st.sampled_from(_FAMILIES["gtlds"]),
            st.sampled_from(_CCS),
            st.tuples(st.sampled_from(_FAMILIES["second_levels"]), st.sampled_from(_CCS)).map(".".join),
        ))
        domain = f"{pattern[:-2]}.{ending}"
    else:
        domain = pattern
    sub = draw(st.lists(st.from_regex(r"[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?", fullmatch=True), max_size=2))
    domain = ".".join([*sub, domain])
    domain = "".join(ch.upper() if draw(st.booleans()) else ch for ch in domain)
    padding = draw(st.sampled_from(["", " ", "\u00a0", "\u200b", "\t"]))
    return f"{padding}{draw(_LOCAL)}@{domain}{padding}", family["name"]


@examples(200)
@given(web_mail_addresses())
def test_web_mail_of_every_family_is_always_refused_for_the_primary_contact(address_family) -> None:
    address, family = address_family
    assert web_mail_family(address) == family
    found = problem("contact_email", address)
    assert found is not None and found.code == "web_based_email", (address, found)
    assert family in found.message


@examples(100)
@given(web_mail_addresses(), st.sampled_from(["\uff0e", "\u3002", "\uff61"]))
def test_web_mail_with_ideographic_or_fullwidth_dots_is_never_accepted(address_family, dot) -> None:
    address, _family = address_family
    assert problem("contact_email", address.replace(".", dot)) is not None


@examples(100)
@given(web_mail_addresses())
def test_web_mail_is_fine_for_support_and_sign_in_fields(address_family) -> None:
    """Only the primary contact is restricted (seed step 4); support mail may well be a Gmail box."""
    address, _family = address_family
    assert problem("support_email", address) is None


@examples(150)
@given(brand=st.sampled_from(["gmail", "yahoo", "outlook", "hotmail", "live", "aol", "icloud"]),
       word=st.from_regex(r"[a-z]{3,10}", fullmatch=True), tld=st.sampled_from(["es", "com", "co.uk", "de"]))
def test_company_domains_that_merely_contain_a_brand_are_accepted(brand, word, tld) -> None:
    for domain in (f"{brand}-{word}.{tld}", f"{word}{brand}.{tld}", f"{brand}.{word}.{tld}".replace(".com", "x.com")):
        if web_mail_family(domain) is None:
            assert problem("contact_email", f"ana@{domain}") is None, domain


@examples(300)
@given(value=st.one_of(st.text(_ANY, max_size=40), st.from_regex(r"[^@]{0,20}@[^@]{0,20}", fullmatch=True),
                       st.text(max_size=300)),
       field=st.sampled_from(["email", "pmc_user", "contact_email"]))
def test_email_problem_never_raises_and_accepts_only_addresses(value, field) -> None:
    found = rules.email_problem(value, field)
    cleaned = rules.clean(value)
    if found is None:
        assert "@" in cleaned and len(cleaned) <= 254 and not refused(cleaned)
    else:
        assert found.field == field and found.code in ("required", "too_long", "invalid_email", "web_based_email")
        assert found.message


# ----- phones --------------------------------------------------------------------------------------
_PHONE_TEXT = st.one_of(
    st.from_regex(r"\+?[0-9 ().\-/]{1,30}", fullmatch=True),
    st.from_regex(r"(?:\+|00)?[1-9][0-9]{0,16}(?: ?(?:ext\.?|x|#) ?[0-9]{1,6})?", fullmatch=True),
    st.text(_ANY, max_size=25),
)


@examples(250)
@given(raw=_PHONE_TEXT, country=st.sampled_from(COUNTRIES + (None,)))
@example(raw="30000000000000", country="DE")  # valid in the metadata, but 16 digits: not E.164
def test_an_accepted_phone_is_a_valid_e164_number(raw, country) -> None:
    e164 = rules.normalize_phone(raw, country)
    if e164 is not None:
        assert E164.fullmatch(e164), e164
        assert phonenumbers.is_valid_number(phonenumbers.parse(e164, None))
        assert rules.normalize_phone(e164, None) == e164  # stable: storing it changes nothing
        assert rules.normalize_phone(e164, "JP") == e164
    for field in ("contact_phone", "support_phone"):
        found = problem(field, raw, country=country or "", tenant_country=country or "")
        if found is None and rules.clean(raw):
            assert rules.normalize_phone(raw, country if regions.is_country(country or "") else None) is not None


@examples(150)
@given(region=st.sampled_from(sorted(r for r in phonenumbers.SUPPORTED_REGIONS if regions.is_country(r))),
       kind=st.sampled_from([phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.MOBILE]),
       style=st.sampled_from([phonenumbers.PhoneNumberFormat.NATIONAL, phonenumbers.PhoneNumberFormat.INTERNATIONAL,
                              phonenumbers.PhoneNumberFormat.E164]))
def test_every_real_number_written_any_standard_way_is_accepted_as_its_e164(region, kind, style) -> None:
    number = phonenumbers.example_number_for_type(region, kind)
    assume(number is not None and phonenumbers.is_valid_number(number))
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    written = phonenumbers.format_number(number, style)
    assert rules.normalize_phone(written, region) == e164
    assert rules.normalize_phone(e164, None) == e164


# ----- MPN IDs, countries, states, postal codes, URLs ---------------------------------------------
@examples(300)
@given(value=st.one_of(st.text(_ANY, max_size=14), st.from_regex(r"[0-9\u0660-\u0669\uff10-\uff19 ]{0,14}",
                                                               fullmatch=True)))
def test_mpn_id_is_accepted_exactly_when_it_is_one_to_ten_ascii_digits(value) -> None:
    cleaned = rules.clean(value)
    found = problem("mpn_id", value)
    ok = bool(re.fullmatch(r"[0-9]{1,10}", cleaned))
    assert (found is None) == ok, (value, found)


@examples(200)
@given(value=st.one_of(st.text(_ANY, max_size=4), st.sampled_from(_CCS), st.sampled_from(COUNTRIES)),
       tenant=st.sampled_from(COUNTRIES))
def test_an_accepted_country_is_a_known_code_equal_to_the_tenants(value, tenant) -> None:
    found = problem("country", value, tenant_country=tenant)
    if found is None:
        code = rules.clean(value).upper()
        assert regions.is_country(code)
        assert not regions.is_country(tenant) or code == tenant


_SUBDIVISIONS = {c: sorted(pycountry.subdivisions.get(country_code=c), key=lambda s: s.code) for c in ("US", "CA", "AU")}


@examples(200)
@given(country=st.sampled_from(sorted(_SUBDIVISIONS)), data=st.data())
def test_every_state_code_and_name_is_accepted_in_any_case(country, data) -> None:
    sub = data.draw(st.sampled_from(_SUBDIVISIONS[country]))
    short = sub.code.split("-", 1)[1]
    written = data.draw(st.sampled_from([short, sub.code, sub.name, sub.name.upper(), f" {short.lower()} "]))
    assert rules.normalize_state(written, country) == short
    assert problem("state", written, country=country, tenant_country=country) is None


@examples(300)
@given(country=st.sampled_from(sorted(_SUBDIVISIONS)),
       value=st.one_of(st.text(_ANY, max_size=20), st.from_regex(r"[A-Za-z]{2,3}", fullmatch=True)))
def test_an_accepted_state_is_one_of_the_countrys_subdivisions(country, value) -> None:
    found = problem("state", value, country=country, tenant_country=country, postal_code="")
    if found is None:
        code = rules.normalize_state(value, country)
        assert code in {s.code.split("-", 1)[1] for s in _SUBDIVISIONS[country]}
    else:
        assert found.code in ("required", "too_long", "invalid_characters", "invalid_state")


_POSTAL = json.loads(resource_path("data", "postal_codes.json").read_text(encoding="utf-8"))["countries"]


@examples(300)
@given(country=st.sampled_from(sorted(_POSTAL)), data=st.data())
def test_a_postal_code_in_the_countrys_format_is_accepted_and_nothing_else(country, data) -> None:
    pattern = re.compile(_POSTAL[country]["pattern"], re.ASCII)
    written = data.draw(st.one_of(st.from_regex(pattern, fullmatch=True), st.text(_ANY, max_size=12),
                                  st.from_regex(r"[0-9A-Za-z -]{1,10}", fullmatch=True)))
    found = problem("postal_code", written, country=country, tenant_country=country)
    normalized = rules.normalize_postal_code(written)
    if found is None:
        assert pattern.fullmatch(normalized), (country, written)
    elif pattern.fullmatch(normalized) and not refused(rules.clean(written)) and len(rules.clean(written)) <= 20:
        raise AssertionError(f"{country}: {written!r} matches the pattern but was refused: {found}")
    assert rules.normalize_postal_code(normalized) == normalized


_URLISH = st.one_of(
    st.text(_ANY, max_size=40),
    st.from_regex(r"(?:[a-zA-Z+.-]{1,10}:(?://)?)?(?:[a-z0-9:@.\[\]-]{0,20}@)?[a-z0-9.\[\]:_-]{0,30}"
                  r"(?::[0-9]{0,6})?(?:/[^\s]{0,10})?", fullmatch=True),
    st.sampled_from(["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "ftp://contoso.com",
                     "https://user:pw@contoso.com", "http://127.0.0.1", "https://[::1]/", "https://contoso",
                     "mailto:a@contoso.com", "https:contoso.com", "//contoso.com", "https://contoso.com:99999"]),
)


@examples(250)
@given(raw=_URLISH)
def test_an_accepted_website_is_http_or_https_with_a_domain_name(raw) -> None:
    url = rules.normalize_url(raw)
    found = problem("support_website", raw)
    if rules.clean(raw) and len(rules.clean(raw)) <= rules.MAX_LENGTHS["support_website"]:
        assert (found is None) == (url is not None), (raw, url, found)
    if url is None:
        return
    parts = urlsplit(url)
    assert parts.scheme.lower() in ("http", "https")
    assert parts.username is None and parts.password is None
    host = parts.hostname or ""
    assert "." in host.rstrip(".") and not host.replace(".", "").isdigit() and ":" not in host
    assert not any(ch.isspace() for ch in url) and not refused(url)
    assert rules.normalize_url(url) == url  # stable


# ----- MPN profile choice ---------------------------------------------------------------------------
@examples(200)
@given(mpn_id=st.text(_ANY, max_size=12), country=st.one_of(st.sampled_from(COUNTRIES), st.text(_ANY, max_size=4)),
       active=st.booleans(), tenant=st.one_of(st.sampled_from(COUNTRIES), st.text(_ANY, max_size=4)))
def test_profile_choice_refuses_inactive_then_other_countries(mpn_id, country, active, tenant) -> None:
    found = rules.profile_choice_problem(MpnProfile(mpn_id, "Contoso", country, active), tenant)
    if not active:
        assert found is not None and found.code == "inactive_profile" and found.field == "mpn_id"
    elif rules.clean(tenant) and rules.clean(country).upper() != rules.clean(tenant).upper():
        assert found is not None and found.code == "country_mismatch"
    else:
        assert found is None
    if found is not None:
        assert not PLACEHOLDER.search(found.message)


# ----- normalizers are stable -----------------------------------------------------------------------
@examples(300)
@given(raw=st.text(_ANY, max_size=40))
def test_cleaning_is_idempotent_and_keeps_no_edge_whitespace(raw) -> None:
    once = rules.clean(raw)
    assert rules.clean(once) == once
    assert once == once.strip(_EDGE)
    assert unicodedata.is_normalized("NFC", once) or refused(once)
