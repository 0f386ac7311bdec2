"""Validation rules: every code with good and bad examples, cleaning, limits, and never raising."""

from __future__ import annotations

import json
import re
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wizard.domain import rules
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
ACTIVE_ES = MpnProfile("1234567", "Contoso Iberia", "ES", True)


def problems_of(field: str, value: object, profile: MpnProfile | None = None, **overrides: object) -> list[Problem]:
    case = {**GOOD, **overrides, field: value}
    return rules.validate(case, profile, only=[field])


def code_of(field: str, value: object, profile: MpnProfile | None = None, **overrides: object) -> str | None:
    found = problems_of(field, value, profile, **overrides)
    assert len(found) <= 1
    return found[0].code if found else None


def test_good_case_has_no_problems() -> None:
    assert rules.validate(GOOD) == []
    assert rules.validate(GOOD, ACTIVE_ES) == []


def test_messages_cover_every_code_and_format() -> None:
    assert {key.split("/")[0] for key in rules.MESSAGES} == set(rules.CODES)
    for key, template in rules.MESSAGES.items():
        names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
        filled = template.format(**{name: "X" for name in names})
        assert "{" not in filled and filled.strip(), key


def test_documented_lengths_match_partner_profile_fields() -> None:
    data = json.loads(resource_path("data", "partner_profile_fields.json").read_text(encoding="utf-8"))
    documented = {f["name"]: f["max_length"] for f in data["models"]["Address"]["fields"]}
    assert rules.MAX_LENGTHS["address_line1"] == documented["AddressLine1"]
    assert rules.MAX_LENGTHS["address_line2"] == documented["AddressLine2"]
    assert rules.MAX_LENGTHS["contact_first_name"] == documented["FirstName"]
    assert rules.MAX_LENGTHS["contact_last_name"] == documented["LastName"]
    assert set(rules.MAX_LENGTHS) == set(FIELD_KEYS)


# --- every code: bad examples -------------------------------------------------------------------

BAD = [
    ("work_account", "", {}, "required"),
    ("mpn_id", "   ", {}, "required"),
    ("legal_name", "\u00a0\u200b", {}, "required"),
    ("contact_email", None, {}, "required"),
    ("support_phone", "", {}, "required"),
    ("postal_code", "", {"country": "DE", "tenant_country": "DE"}, "required"),
    ("state", "", {"country": "US", "tenant_country": "US"}, "required"),
    ("legal_name", "x" * 256, {}, "too_long"),
    ("contact_first_name", "A" * 51, {}, "too_long"),
    ("address_line1", "a" * 201, {}, "too_long"),
    ("mpn_id", "12345678901", {}, "too_long"),
    ("contact_email", "a" * 250 + "@contoso.es", {}, "too_long"),
    ("contact_first_name", "Jo\x00sé", {}, "invalid_characters"),
    ("contact_last_name", "García 😀", {}, "invalid_characters"),
    ("legal_name", "Contoso\u202eLtd", {}, "invalid_characters"),
    ("city", "Mad\nrid", {}, "invalid_characters"),
    ("legal_name", "Contoso \ud800", {}, "invalid_characters"),
    ("contact_email", "jose.garcia", {}, "invalid_email"),
    ("contact_email", "jose@@contoso.es", {}, "invalid_email"),
    ("support_email", "soporte@contoso", {}, "invalid_email"),
    ("work_account", "admin at contoso.com", {}, "invalid_email"),
    ("contact_email", "jose@gmail.com", {}, "web_based_email"),
    ("contact_email", "Jose@Hotmail.CO.UK", {}, "web_based_email"),
    ("contact_email", "jose@gmx.de", {}, "web_based_email"),
    ("contact_email", "jose@mailinator.com", {}, "disposable_email"),
    ("support_email", "soporte@guerrillamail.com", {}, "disposable_email"),
    ("contact_phone", "12", {}, "invalid_phone"),
    ("contact_phone", "call me", {}, "invalid_phone"),
    ("support_phone", "+99 123", {}, "invalid_phone"),
    ("contact_phone", "612345678", {"country": "", "tenant_country": ""}, "invalid_phone"),
    ("postal_code", "2801", {}, "invalid_postal_code"),
    ("postal_code", "ABCDE", {}, "invalid_postal_code"),
    ("state", "Narnia", {"country": "US", "tenant_country": "US"}, "invalid_state"),
    ("state", "ZZ", {"country": "CA", "tenant_country": "CA"}, "invalid_state"),
    ("country", "Spain", {}, "unknown_country"),
    ("country", "ZZ", {}, "unknown_country"),
    ("tenant_country", "ESP", {}, "unknown_country"),
    ("country", "FR", {}, "country_mismatch"),
    ("mpn_id", "1234567", {}, "country_mismatch"),  # with a profile in France, below
    ("mpn_id", "12-34567", {}, "invalid_mpn_id"),
    ("mpn_id", "MPN123", {}, "invalid_mpn_id"),
    ("mpn_id", "١٢٣٤٥٦٧", {}, "invalid_mpn_id"),  # Arabic-Indic digits are not ASCII digits
    ("support_website", "contoso", {}, "invalid_url"),
    ("support_website", "ftp://contoso.com", {}, "invalid_url"),
    ("support_website", "javascript:alert(1)", {}, "invalid_url"),
    ("support_website", "https://user:secret@contoso.com", {}, "invalid_url"),
    ("support_website", "http://192.168.0.1/help", {}, "invalid_url"),
]


@pytest.mark.parametrize(("field", "value", "overrides", "code"), BAD)
def test_bad_values(field: str, value: object, overrides: dict[str, str], code: str) -> None:
    profile = MpnProfile("1234567", "Contoso", "FR", True) if (field, code) == ("mpn_id", "country_mismatch") else None
    found = problems_of(field, value, profile, **overrides)
    assert [(p.field, p.code) for p in found] == [(field, code)]
    assert found[0].message


def test_inactive_profile_on_mpn_id() -> None:
    assert code_of("mpn_id", "1234567", MpnProfile("1234567", "Contoso", "ES", False)) == "inactive_profile"


def test_every_code_has_a_bad_example() -> None:
    assert {code for *_, code in BAD} | {"inactive_profile", "unverified_domain"} == set(rules.CODES)


def test_live_cases_need_the_emails_at_a_verified_domain_of_the_tenant() -> None:
    case = {**GOOD, "contact_email": "ana@contoso-mail.com", "support_email": "help@Contoso.es"}
    found = rules.validate(case, only=["contact_email", "support_email"], verified_domains=["contoso.es", "x.onmicrosoft.com"])
    assert [(p.field, p.code) for p in found] == [("contact_email", "unverified_domain")]
    assert "contoso-mail.com" in found[0].message and "contoso.es" in found[0].message
    assert rules.validate(case, only=["contact_email"]) == []  # sandbox cases: no tenant domains to check


# --- every code: good examples ------------------------------------------------------------------

GOOD_VALUES = [
    ("work_account", "admin@contoso.onmicrosoft.com", {}),
    ("legal_name", "x" * 255, {}),
    ("contact_first_name", "A" * 50, {}),
    ("address_line1", "a" * 200, {}),
    ("address_line2", "", {}),
    ("mpn_id", "1234567890", {}),
    ("mpn_id", "0012345", {}),
    ("contact_email", "ana@contoso.es", {}),
    ("contact_email", "ana@mail.contoso.es", {}),
    ("contact_email", "ana@gmail.com.contoso.es", {}),
    ("contact_email", "ana@outlook-consulting.com", {}),
    ("support_email", "help@gmail.com", {}),  # web-based email is refused only for the primary contact
    ("contact_phone", "+34 612 34 56 78", {}),
    ("contact_phone", "91 234 56 78", {}),
    ("contact_phone", "612345678", {"country": "", "tenant_country": "ES"}),  # falls back to the tenant
    ("support_phone", "+1 425 882 8080", {}),  # a foreign number in international form
    ("postal_code", " 28014 ", {}),
    ("postal_code", "", {"country": "AE", "tenant_country": "AE"}),  # no pattern: optional
    ("postal_code", "whatever 12", {"country": "AE", "tenant_country": "AE"}),
    ("state", "", {}),  # not required in Spain
    ("state", "Comunidad de Madrid", {}),  # free text outside US/CA/AU
    ("country", "es", {}),
    ("country", "  ES ", {"tenant_country": "es"}),
    ("country", "XK", {"tenant_country": "XK"}),
    ("tenant_country", "ES", {}),
    ("support_website", "", {}),
    ("support_website", "www.contoso.es", {}),
    ("support_website", "https://contoso.es/support?lang=es#top", {}),
    ("support_website", "http://contoso.es:8080", {}),
    ("support_website", "https://bücher.de", {}),
]


@pytest.mark.parametrize(("field", "value", "overrides"), GOOD_VALUES)
def test_good_values(field: str, value: str, overrides: dict[str, str]) -> None:
    assert problems_of(field, value, **overrides) == []


# --- specific rules -----------------------------------------------------------------------------


def test_one_problem_per_field_first_rule_wins() -> None:
    case = {**GOOD, "contact_email": "😀" * 300, "mpn_id": "abc" * 10}
    found = rules.validate(case)
    assert [(p.field, p.code) for p in found] == [("mpn_id", "too_long"), ("contact_email", "too_long")]


def test_too_long_message_gives_limit_and_length() -> None:
    (problem,) = problems_of("contact_first_name", "A" * 60)
    assert "50" in problem.message and "60" in problem.message


def test_free_provider_message_names_the_domain() -> None:
    (problem,) = problems_of("contact_email", "ana@Yandex.RU")
    assert problem.code == "web_based_email"
    assert problem.message == (
        "Use an address on your company's domain: yandex.ru is a free web-based email service, and those "
        "addresses are not accepted for the primary contact."
    )


def test_throwaway_message_and_fields() -> None:
    (problem,) = problems_of("support_email", "help@10minutemail.com")
    assert problem.code == "disposable_email"
    assert problem.message.startswith("10minutemail.com is a throwaway email service")


def test_free_web_mail_is_fine_for_support_but_not_for_the_primary_contact() -> None:
    # The seed refuses web-based email for the primary contact only; support may be any lasting address.
    assert problems_of("support_email", "soporte@gmx.de") == []
    assert [p.code for p in problems_of("contact_email", "ana@gmx.de")] == ["web_based_email"]


def test_web_based_email_message_names_the_family() -> None:
    (problem,) = problems_of("contact_email", "ana@yahoo.com.br")
    assert problem.message == (
        "Use an address on your company's domain: Yahoo! Mail addresses (web-based email) "
        "are not accepted for the primary contact."
    )


@pytest.mark.parametrize("value", ["José", "Łukasz", "山田", "Müller-Lüdenscheid", "محمد", "Ольга", "Ngũgĩ", "O'Brien"])
def test_non_latin_names_accepted(value: str) -> None:
    assert problems_of("contact_first_name", value) == []
    assert problems_of("legal_name", f"{value} S.A.") == []


def test_html_is_plain_text_in_a_name() -> None:
    assert problems_of("legal_name", "<b>Contoso</b> & <script>x</script>") == []


def test_decomposed_accents_are_normalised_before_length() -> None:
    decomposed = "e\u0301" * 50  # 100 code points, 50 characters after NFC
    assert problems_of("contact_first_name", decomposed) == []


@pytest.mark.parametrize(
    ("field", "value"),
    [("contact_first_name", "Ana 🎉"), ("city", "Madrid\x07"), ("address_line1", "Calle\tMayor"),
     ("legal_name", "Contoso\u2066Ltd"), ("contact_last_name", "Smith\ue000"), ("legal_name", "Flag 🇪🇸"),
     ("state", "☀ State")],
)  # fmt: skip
def test_emoji_and_control_characters_refused(field: str, value: str) -> None:
    (problem,) = problems_of(field, value)
    assert problem.code == "invalid_characters"


def test_trademark_signs_are_fine_in_a_company_name() -> None:
    assert problems_of("legal_name", "Contoso® Solutions™ ©") == []


@pytest.mark.parametrize(
    "value", ["  jose.garcia@contoso.es ", "\u00a0jose.garcia@contoso.es\u200b", "\ufeffjose.garcia@contoso.es\n"]
)
def test_pasted_whitespace_is_cleaned(value: str) -> None:
    assert rules.clean(value) == "jose.garcia@contoso.es"
    assert problems_of("contact_email", value) == []


def test_clean_handles_none_and_numbers() -> None:
    assert rules.clean(None) == ""
    assert rules.clean(1234567) == "1234567"
    assert problems_of("mpn_id", 1234567) == []


@pytest.mark.parametrize("field", FIELD_KEYS)
def test_huge_values_are_too_long_not_a_crash(field: str) -> None:
    found = problems_of(field, "9" * 100_000)
    assert [(p.field, p.code) for p in found] == [(field, "too_long")]


@pytest.mark.parametrize(
    ("raw", "country", "e164"),
    [("612 34 56 78", "ES", "+34612345678"), ("\u00a0612 34 56 78\u200b", "ES", "+34612345678"),
     ("+34 612 34 56 78", "US", "+34612345678"), ("(425) 882-8080", "US", "+14258828080"),
     ("020 7946 0018", "GB", "+442079460018"), ("03-1234-5678", "JP", "+81312345678"),
     ("01 23 45 67 89", "fr", "+33123456789"), ("044 123 456", "XK", "+38344123456"),
     ("+1 425 882 8080", None, "+14258828080"), ("0412 345 678", "AU", "+61412345678")],
)  # fmt: skip
def test_phone_normalised_to_e164(raw: str, country: str | None, e164: str) -> None:
    assert rules.normalize_phone(raw, country) == e164


@pytest.mark.parametrize(
    ("raw", "country"), [("12", "ES"), ("612345678", None), ("612345678", "ZZ"), ("abc", "ES"), ("", "ES"), ("+99 123", None)]
)
def test_invalid_phones_do_not_normalise(raw: str, country: str | None) -> None:
    assert rules.normalize_phone(raw, country) is None


def test_phone_message_names_country_and_example() -> None:
    (problem,) = problems_of("contact_phone", "12")
    assert "Spain" in problem.message and "+34" in problem.message


# --- postal codes -------------------------------------------------------------------------------

POSTAL: dict[str, tuple[list[str], list[str]]] = {
    "AT": (["1010"], ["101", "10100"]),
    "BE": (["1000"], ["100A", "10000"]),
    "BG": (["1000"], ["10000"]),
    "HR": (["10000"], ["1000"]),
    "CY": (["1010"], ["10100"]),
    "CZ": (["110 00", "11000"], ["1100", "110-00"]),
    "DK": (["1050"], ["10500"]),
    "EE": (["10111"], ["1011"]),
    "FI": (["00100"], ["0010"]),
    "FR": (["75008"], ["7500", "75 008"]),
    "DE": (["10115"], ["1011", "D-10115", "١٠١١٥"]),
    "GR": (["105 57", "10557"], ["1055"]),
    "HU": (["1051"], ["10510"]),
    "IE": (["D02 X285", "d02x285", "A65 F4E2", "D6W 1234"], ["D02 X28", "B12 3456"]),
    "IT": (["00184"], ["0018"]),
    "LV": (["LV-1050", "1050"], ["LV1050", "10500"]),
    "LT": (["LT-01100", "01100"], ["0110"]),
    "LU": (["L-1724", "1724"], ["17245"]),
    "MT": (["VLT 1117", "vlt1117"], ["VL 1117"]),
    "NL": (["1012 AB", "1012ab", "1012  AB"], ["0123 AB", "1012 SA", "1012"]),
    "PL": (["00-950"], ["00950"]),
    "PT": (["1000-001"], ["1000"]),
    "RO": (["010011"], ["01001"]),
    "SK": (["811 01", "81101"], ["8110"]),
    "SI": (["1000", "SI-1000"], ["10000"]),
    "ES": (["28001", "08001", "52001"], ["53001", "2800", "00123", "٢٨٠٠١"]),
    "SE": (["111 22", "11122"], ["1112"]),
    "US": (["98052", "98052-6399"], ["9805", "98052-63"]),
    "GB": (["SW1A 1AA", "ec1a1bb", "M1 1AE", "B33 8TH", "GIR 0AA"], ["SW1A 1A", "QA1 1AA", "12345"]),
    "CA": (["K1A 0B1", "k1a0b1"], ["D1A 0B1", "K1A 0B"]),
    "AU": (["2000"], ["200"]),
    "JP": (["100-0001", "1000001"], ["100-001"]),
    "BR": (["01310-100", "01310100"], ["0131-100"]),
    "MX": (["06600"], ["6600"]),
    "IN": (["110001", "110 001"], ["010001", "11000"]),
    "CH": (["8001"], ["80010"]),
    "LI": (["9490"], ["9500"]),
    "NO": (["0150"], ["150"]),
    "IS": (["101"], ["1010"]),
    "NZ": (["6011"], ["601"]),
    "SG": (["018956"], ["18956"]),
    "KR": (["03187"], ["0318"]),
    "ZA": (["2196"], ["219"]),
    "RU": (["101000"], ["10100"]),
    "TR": (["34349"], ["3434"]),
    "IL": (["6100000"], ["610000"]),
    "TW": (["110", "10048", "100001"], ["1100"]),
    "CN": (["100000"], ["10000"]),
}
EU = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split()


def test_postal_data_covers_eu_and_listed_countries_and_every_pattern_is_tested() -> None:
    data = json.loads(resource_path("data", "postal_codes.json").read_text(encoding="utf-8"))
    patterns = set(data["countries"])
    assert len(EU) == 27
    assert set(EU) | {"US", "GB", "CA", "AU", "JP", "BR", "MX", "IN", "CH", "NO", "NZ"} <= patterns
    assert set(POSTAL) == patterns
    for code, entry in data["countries"].items():
        assert re.fullmatch(entry["pattern"], entry["example"], re.ASCII), code


@pytest.mark.parametrize(
    ("country", "value", "ok"),
    [(c, v, True) for c, (good, _) in POSTAL.items() for v in good]
    + [(c, v, False) for c, (_, bad) in POSTAL.items() for v in bad],
)
def test_postal_codes(country: str, value: str, ok: bool) -> None:
    found = problems_of("postal_code", value, country=country, tenant_country=country)
    assert [p.code for p in found] == ([] if ok else ["invalid_postal_code"])
    assert rules.has_postal_pattern(country)


def test_postal_code_normalisation() -> None:
    assert rules.normalize_postal_code("  sw1a   1aa ") == "SW1A 1AA"
    assert rules.normalize_postal_code("d02\u00a0x285") == "D02 X285"


def test_postal_code_message_names_country_and_example() -> None:
    (problem,) = problems_of("postal_code", "1", country="NL", tenant_country="NL")
    assert "Netherlands" in problem.message and "1012 AB" in problem.message


def test_postal_code_not_checked_without_a_known_country() -> None:
    assert problems_of("postal_code", "anything", country="", tenant_country="") == []


# --- states -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "raw", "code"),
    [("US", "WA", "WA"), ("US", "us-wa", "WA"), ("US", "Washington", "WA"), ("US", " washington ", "WA"),
     ("US", "District of Columbia", "DC"), ("US", "PR", "PR"), ("CA", "Québec", "QC"), ("CA", "quebec", "QC"),
     ("CA", "ON", "ON"), ("AU", "NSW", "NSW"), ("AU", "AU-VIC", "VIC"), ("AU", "western australia", "WA")],
)  # fmt: skip
def test_states(country: str, raw: str, code: str) -> None:
    assert rules.normalize_state(raw, country) == code
    assert problems_of("state", raw, country=country, tenant_country=country) == []


@pytest.mark.parametrize(("country", "raw"), [("US", "Wash"), ("US", "ON"), ("CA", "WA"), ("AU", "Texas")])
def test_wrong_states(country: str, raw: str) -> None:
    assert rules.normalize_state(raw, country) is None
    assert code_of("state", raw, country=country, tenant_country=country) == "invalid_state"


# --- MPN profiles and countries -----------------------------------------------------------------


def test_profile_choice_problem_country_message() -> None:
    problem = rules.profile_choice_problem(MpnProfile("7654321", "Contoso", "FR", True), "ES")
    assert problem == Problem(
        "mpn_id",
        "country_mismatch",
        "This profile is in France, but your work account's tenant is in Spain. "
        "Choose the profile located in Spain.",
    )


def test_profile_choice_inactive_comes_first() -> None:
    problem = rules.profile_choice_problem(MpnProfile("7654321", "Contoso", "FR", False), "ES")
    assert problem is not None and problem.code == "inactive_profile" and "7654321" in problem.message


@pytest.mark.parametrize("tenant", ["ES", "es", " ES "])
def test_profile_choice_ok(tenant: str) -> None:
    assert rules.profile_choice_problem(ACTIVE_ES, tenant) is None


def test_address_country_must_match_tenant() -> None:
    (problem,) = problems_of("country", "PT")
    assert problem.code == "country_mismatch"
    assert "Portugal" in problem.message and "Spain" in problem.message


def test_unknown_tenant_country_does_not_also_report_a_mismatch() -> None:
    found = rules.validate({**GOOD, "tenant_country": "QQ"}, only=["country", "tenant_country"])
    assert [(p.field, p.code) for p in found] == [("tenant_country", "unknown_country")]


# --- flows and filtering ------------------------------------------------------------------------


def test_already_enrolled_only_needs_work_account_and_support() -> None:
    found = rules.validate({}, already_enrolled=True)
    assert [p.field for p in found] == ["work_account", "support_email", "support_phone"]
    assert all(p.code == "required" for p in found)
    case = {"work_account": "a@contoso.com", "support_email": "s@contoso.es", "support_phone": "612345678",
            "tenant_country": "ES", "contact_email": "x@gmail.com"}  # fmt: skip
    assert rules.validate(case, MpnProfile("1", "C", "FR", False), already_enrolled=True) == []


def test_only_limits_reported_fields() -> None:
    assert [p.field for p in rules.validate({}, only=["city", "legal_name", "no_such_field"])] == [
        "legal_name",
        "city",
    ]
    assert [p.field for p in rules.validate({}, only="city")] == ["city"]
    assert rules.validate({}, only=[]) == []


def test_required_fields_depend_on_country() -> None:
    assert {"state", "postal_code"} <= rules.required_fields({"country": "us"})
    assert "state" not in rules.required_fields({"country": "ES"})
    assert "postal_code" not in rules.required_fields({"country": "AE"})
    assert "mpn_id" not in rules.required_fields({}, already_enrolled=True)


@pytest.mark.parametrize(
    ("raw", "url"),
    [("www.contoso.com", "https://www.contoso.com"), ("contoso.com/help", "https://contoso.com/help"),
     ("contoso.com:8080", "https://contoso.com:8080"), ("HTTP://Contoso.com", "HTTP://Contoso.com"),
     ("mailto:help@contoso.com", None), ("https:/contoso.com", None), ("https://contoso", None),
     ("https://contoso.com:99999", None), ("https://-bad.com", None), ("https://con toso.com", None)],
)  # fmt: skip
def test_normalize_url(raw: str, url: str | None) -> None:
    assert rules.normalize_url(raw) == url


# --- never raises -------------------------------------------------------------------------------

_ANY_CHAR = st.characters(exclude_categories=())  # includes surrogates and controls
_INTERESTING = st.sampled_from(
    ["", " ", "ES", "us", "XK", "ZZ", "1234567", "a@b.c", "x@gmail.com", "+34 612 34 56 78", "WA", "http://",
     "https://[::1", "www.", "@", "\x00", "\ud800", "😀", "٣", "ß" * 60]
)  # fmt: skip
_VALUES = st.one_of(st.none(), _INTERESTING, st.text(_ANY_CHAR, max_size=80), st.text(max_size=300))
_PROFILES = st.one_of(
    st.none(),
    st.builds(MpnProfile, mpn_id=st.text(_ANY_CHAR), company=st.text(), country=st.text(_ANY_CHAR), active=st.booleans()),
)


@settings(deadline=None, max_examples=300)
@given(
    case=st.dictionaries(st.one_of(st.sampled_from(FIELD_KEYS), st.text(max_size=5)), _VALUES),
    profile=_PROFILES,
    already_enrolled=st.booleans(),
)
def test_validate_never_raises(case: dict[str, str | None], profile: MpnProfile | None, already_enrolled: bool) -> None:
    found = rules.validate(case, profile, already_enrolled=already_enrolled)
    assert all(isinstance(p, Problem) and p.code in rules.CODES and p.message for p in found)
    fields = [p.field for p in found]
    assert len(fields) == len(set(fields)) and set(fields) <= set(FIELD_KEYS)
    for p in found:
        p.message.encode("utf-8")  # messages can always be shown and stored


@settings(deadline=None)
@given(raw=_VALUES, country=st.one_of(st.none(), _INTERESTING, st.text(_ANY_CHAR, max_size=4)))
def test_normalizers_never_raise(raw: str | None, country: str | None) -> None:
    rules.normalize_phone(raw, country)
    rules.normalize_url(raw)
    rules.normalize_postal_code(raw)
    rules.normalize_state(raw, country or "")
    rules.clean(raw)


def test_email_problem_checks_one_address_on_its_own() -> None:
    from wizard.domain.rules import email_problem

    assert email_problem("ana@contoso.com") is None
    assert email_problem("  ana@contoso.com ") is None
    assert email_problem("").code == "required"
    assert email_problem("ana@@contoso").code == "invalid_email"
    assert email_problem("a" * 250 + "@contoso.com").code == "too_long"
