"""Web-based email detection: every seed family with regional variants, and company look-alikes."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.domain.freemail import web_mail_family
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
