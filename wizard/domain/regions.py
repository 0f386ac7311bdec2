"""Countries and CSP regions/currencies (reference data passed in, see reference.py), since the business location decides the market.

Country names use pycountry's common name where it has one ("South Korea", "Taiwan", "Bolivia"),
else its ISO name. XK (Kosovo) is used by the CSP data but is a user-assigned code missing from
ISO 3166-1/pycountry; it is treated as a known country named "Kosovo".
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Iterable, Protocol, Sequence

from wizard.domain import reference
from wizard.domain.texts import QT_TRANSLATE_NOOP, CountryName, ListItems, Template

_EXTRA_COUNTRIES = {"XK": "Kosovo"}


@cache
def _countries() -> dict[str, str]:
    names = dict(reference.table("countries"))
    names.update(_EXTRA_COUNTRIES)
    return names


def _code(code: object) -> str:
    return code.strip().upper() if isinstance(code, str) else ""


def is_country(code: str) -> bool:
    """True for an ISO 3166-1 alpha-2 code (any case, surrounding spaces ignored) or XK."""
    return _code(code) in _countries()


def country_name(code: str) -> str:
    """English name of the country (a CountryName: it keeps the code, so a UI can show its own language's
    name); an unknown code comes back unchanged so messages never fail."""
    name = _countries().get(_code(code))
    if name is None:
        return code if isinstance(code, str) else ""
    return CountryName(_code(code), name)


def _sort_key(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@cache
def _sorted_countries() -> tuple[tuple[str, str], ...]:
    return tuple(sorted(_countries().items(), key=lambda item: (_sort_key(item[1]), item[0])))


def all_countries() -> list[tuple[str, str]]:
    """(code, name) for every country, sorted by name ignoring accents and case (Åland near A)."""
    return list(_sorted_countries())


@cache
def _regions() -> tuple[dict[str, str], dict[str, tuple[str, ...]], dict[str, str | None]]:
    data = reference.table("csp_regions")
    region_by_country: dict[str, str] = {}
    members: dict[str, tuple[str, ...]] = {}
    currency: dict[str, str | None] = {}
    for region in data["regions"]:
        codes: list[str] = []
        for country in region["countries"]:
            code = country["code"]
            region_by_country.setdefault(code, region["name"])
            if code not in codes:
                codes.append(code)
            if currency.get(code) is None:  # BQ is listed three times; keep a known currency
                currency[code] = country["currencies"][0] if country["currencies"] else None
        members[region["name"]] = tuple(codes)
    return region_by_country, members, currency


def region_names() -> list[str]:
    """CSP region names in the order of the source document."""
    return list(_regions()[1])


def region_of(country: str) -> str | None:
    """The CSP region whose market includes this country, or None where CSP is not sold (e.g. CN)."""
    return _regions()[0].get(_code(country))


def countries_in_region(name: str) -> list[str]:
    """Country codes of a CSP region (exact region name as in the data); empty for an unknown name."""
    return list(_regions()[1].get(name, ()))


def region_currency(country: str) -> str | None:
    """The CSP currency for a country (e.g. "EUR" for ES); None if not in CSP or not given by the source."""
    return _regions()[2].get(_code(country))


# -- the region rule: which indirect providers a reseller may work with ------------------------------


class ServedBy(Protocol):
    """What the region rule reads of a provider (Provider and ProviderListing both fit)."""

    @property
    def name(self) -> str: ...

    @property
    def countries(self) -> Sequence[str]: ...


def provider_regions(countries: Iterable[str]) -> tuple[str, ...]:
    """The CSP regions of the countries a provider serves, in the source document's order."""
    wanted = {region_of(c) for c in countries} - {None}
    return tuple(r for r in region_names() if r in wanted)


def providers_allowed_for(country: str, provider_countries: Iterable[str]) -> bool:
    """True when a provider serving `provider_countries` serves at least one country of the CSP region
    of a reseller whose legal business location is `country` (a country outside CSP has no providers)."""
    region = region_of(country)
    return region is not None and region in provider_regions(provider_countries)


def region_text(name: str) -> Template:
    """A CSP region's English name, marked so a UI can show it in its own language."""
    return Template("Regions", name)


def _region_list(names: Sequence[str]) -> str:
    regions = [region_text(name) for name in names]
    if len(regions) <= 1:
        return regions[0] if regions else ""
    return QT_TRANSLATE_NOOP("Regions", "{items} and {last}").format(items=ListItems(regions[:-1]), last=regions[-1])


def region_reason(reseller_country: str, provider: ServedBy) -> str:
    """Why the reseller's legal business location rules the provider out, in one sentence; "" if it doesn't."""
    if providers_allowed_for(reseller_country, provider.countries):
        return ""
    where = country_name(reseller_country)
    region = region_of(reseller_country)
    if region is None:
        return QT_TRANSLATE_NOOP(
            "Regions",
            "Your legal business location, {where}, is not in any CSP region, so you can't work with "
            "indirect providers such as {provider}.",
        ).format(where=where, provider=provider.name)
    served = provider_regions(provider.countries)
    if not served:
        return QT_TRANSLATE_NOOP(
            "Regions",
            "{provider} doesn't serve any CSP region; your legal business location, {where}, is in the "
            "{region} region.",
        ).format(provider=provider.name, where=where, region=region_text(region))
    if len(served) == 1:
        template = QT_TRANSLATE_NOOP(
            "Regions",
            "{provider} serves only the {regions} region; your legal business location, {where}, is in the "
            "{region} region.",
        )
    else:
        template = QT_TRANSLATE_NOOP(
            "Regions",
            "{provider} serves only the {regions} regions; your legal business location, {where}, is in the "
            "{region} region.",
        )
    return template.format(
        provider=provider.name, regions=_region_list(served), where=where, region=region_text(region)
    )
