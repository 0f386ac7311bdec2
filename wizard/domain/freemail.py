"""Recognises web-based email services (kept as data) that the seed refuses for the primary contact.

Patterns live in resources/data/web_email_domains.json. Subdomains of a web-mail domain match too
(`mail.yahoo.com`, `x.gmail.com`): those names belong to the provider, never to the partner's company.
Company domains that merely contain a brand (`gmail.com.contoso.es`, `yahoo.contoso.es`,
`outlook-consulting.com`, `mygmail.com`) do not match, because matching works on whole labels.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from wizard.resources import resource_path

_CC = re.compile(r"[a-z]{2}")
_EDGE_JUNK = " \t\r\n\u00a0\u200b\u200c\u200d\u2060\ufeff"
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})  # IDNA treats these as dots


@dataclass(frozen=True)
class _Table:
    exact: dict[str, str]  # domain -> family name
    brands: dict[str, str]  # brand label -> family name ("yahoo" for "yahoo.*")
    gtlds: frozenset[str]
    second_levels: frozenset[str]


@cache
def _table() -> _Table:
    data = json.loads(resource_path("data", "web_email_domains.json").read_text(encoding="utf-8"))
    exact: dict[str, str] = {}
    brands: dict[str, str] = {}
    for family in data["families"]:
        for pattern in family["domains"]:
            if pattern.endswith(".*"):
                brands[pattern[:-2].lower()] = family["name"]
            else:
                exact[pattern.lower()] = family["name"]
    return _Table(exact, brands, frozenset(data["gtlds"]), frozenset(data["second_levels"]))


def _is_public_ending(labels: list[str], table: _Table) -> bool:
    if len(labels) == 1:
        return labels[0] in table.gtlds or bool(_CC.fullmatch(labels[0]))
    if len(labels) == 2:
        return labels[0] in table.second_levels and bool(_CC.fullmatch(labels[1]))
    return False


def _domain(email_or_domain: str) -> str:
    text = email_or_domain.strip(_EDGE_JUNK).rsplit("@", 1)[-1]
    text = unicodedata.normalize("NFKC", text).translate(_DOTS).casefold()
    return text.strip(_EDGE_JUNK).rstrip(".")


def web_mail_family(email_or_domain: str) -> str | None:
    """The web-mail family ("Gmail", "Yahoo! Mail", ...) of an address or domain, else None."""
    if not isinstance(email_or_domain, str):
        return None
    labels = _domain(email_or_domain).split(".")
    table = _table()
    for start in range(len(labels)):  # the domain itself, then each parent domain
        candidate = labels[start:]
        family = table.exact.get(".".join(candidate))
        if family is None and candidate[0] in table.brands and _is_public_ending(candidate[1:], table):
            family = table.brands[candidate[0]]
        if family is not None:
            return family
    return None
