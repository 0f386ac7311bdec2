"""Countries and CSP regions/currencies."""

from __future__ import annotations

import json

import pytest

from wizard.domain import regions
from wizard.resources import resource_path


@pytest.mark.parametrize(
    ("code", "name"),
    [("ES", "Spain"), ("es", "Spain"), (" fr ", "France"), ("XK", "Kosovo"), ("xk", "Kosovo"),
     ("KR", "South Korea"), ("TW", "Taiwan"), ("GB", "United Kingdom")],
)  # fmt: skip
def test_country_name(code: str, name: str) -> None:
    assert regions.country_name(code) == name
    assert regions.is_country(code)


@pytest.mark.parametrize("code", ["", "E", "ESP", "ZZ", "UK", "EU", "Spain", "1"])
def test_unknown_codes(code: str) -> None:
    assert not regions.is_country(code)
    assert regions.country_name(code) == code


def test_non_text_is_not_a_country() -> None:
    assert not regions.is_country(None)  # type: ignore[arg-type]


def test_all_countries_sorted_by_name_and_includes_kosovo() -> None:
    countries = regions.all_countries()
    assert ("XK", "Kosovo") in countries
    assert ("ES", "Spain") in countries
    assert len(countries) == len({code for code, _ in countries}) >= 249
    codes = [code for code, _ in countries]
    assert codes.index("AX") < codes.index("AL")  # Åland Islands sorts as "Aland"
    names = [name.casefold() for _, name in countries]
    assert names.index("france") < names.index("germany") < names.index("spain")


@pytest.mark.parametrize(
    ("country", "region", "currency"),
    [("ES", "Europe", "EUR"), ("dk", "Europe", "DKK"), ("GB", "Europe", "GBP"), ("US", "United States", "USD"),
     ("BR", "Brazil", "USD"), ("JP", "Japan", "JPY"), ("XK", "Middle East, Central Europe, and Eastern Europe", "USD"),
     ("BQ", "Latin America and the Caribbean", "USD"), ("AU", "Australia", "AUD")],
)  # fmt: skip
def test_region_and_currency(country: str, region: str, currency: str) -> None:
    assert regions.region_of(country) == region
    assert regions.region_currency(country) == currency


@pytest.mark.parametrize("country", ["CN", "IR", "", "ZZ"])
def test_countries_outside_csp(country: str) -> None:
    assert regions.region_of(country) is None
    assert regions.region_currency(country) is None


def test_empty_currency_cell_is_none() -> None:
    assert regions.region_of("VA") == "Europe"
    assert regions.region_currency("VA") is None


def test_countries_in_region() -> None:
    assert regions.countries_in_region("Canada") == ["CA", "PM"]
    assert regions.countries_in_region("Japan") == ["JP"]
    latin = regions.countries_in_region("Latin America and the Caribbean")
    assert latin.count("BQ") == 1
    assert regions.countries_in_region("Atlantis") == []
    assert "Europe" in regions.region_names()


def test_every_csp_code_is_a_known_country() -> None:
    data = json.loads(resource_path("data", "csp_regions.json").read_text(encoding="utf-8"))
    codes = {c["code"] for r in data["regions"] for c in r["countries"]}
    assert all(regions.is_country(code) for code in codes)
    assert all(regions.region_of(code) for code in codes)
