"""Scenario files: the demo meets its brief, and every malformed file fails with its file and key."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Callable

import pytest

from wizard.backends.base import ScenarioError
from wizard.backends.sandbox.scenario import Scenario, demo_scenario_path, load_scenario, parse_scenario
from wizard.resources import resource_path


@pytest.fixture(scope="module")
def demo() -> Scenario:
    return load_scenario(demo_scenario_path())


def _region_of() -> dict[str, str]:
    data = json.loads(resource_path("data", "csp_regions.json").read_text(encoding="utf-8"))
    return {c["code"]: r["name"] for r in data["regions"] for c in r["countries"]}


# -- the built-in demo -----------------------------------------------------------------------------


def test_demo_path_is_in_resources() -> None:
    assert demo_scenario_path() == resource_path("scenarios", "demo.json")
    assert demo_scenario_path().is_file()


def test_demo_tenants(demo: Scenario) -> None:
    countries = {t.country for t in demo.tenants}
    assert len(demo.tenants) >= 3
    assert {"ES", "US"} <= countries and countries & {"GB", "DE"}
    iberia = next(t for t in demo.tenants if t.domain == "contosoiberia.onmicrosoft.com")
    assert iberia.country == "ES"
    admin = next(u for u in iberia.users if u.upn == "admin@contosoiberia.onmicrosoft.com")
    assert admin.global_admin
    assert any(not u.global_admin for t in demo.tenants for u in t.users)
    assert any(all(not u.global_admin for u in t.users) for t in demo.tenants)
    assert sum(t.csp_enrolled for t in demo.tenants) >= 1


def test_demo_pmc_accounts(demo: Scenario) -> None:
    iberia = next(a for a in demo.pmc_accounts if a.user == "pmc@contosoiberia.es")
    by_state = {(p.country, p.active) for p in iberia.mpn_profiles}
    assert {("ES", True), ("FR", True), ("ES", False)} <= by_state
    madrid = next(p for p in iberia.mpn_profiles if p.country == "ES" and p.active)
    assert (madrid.address.city, madrid.address.postal_code) == ("Madrid", "28046")
    assert madrid.address.line1 and madrid.address.state
    others = [a for a in demo.pmc_accounts if a is not iberia]
    assert any(p.country == "US" and p.active for a in others for p in a.mpn_profiles)


def test_demo_providers_cover_the_csp_regions(demo: Scenario) -> None:
    region_of = _region_of()
    assert len(demo.providers) >= 20
    regions = set()
    for provider in demo.providers:
        provider_regions = {region_of[c] for c in provider.countries}  # KeyError = not a CSP market
        assert len(provider_regions) == 1, f"{provider.id} spans {provider_regions}"
        regions |= provider_regions
        assert provider.services and set(provider.services) <= {"training", "marketing", "financing"}
    wanted = {"Europe", "United States", "Latin America and the Caribbean", "Asia and Pacific", "Japan",
              "Brazil", "India", "Australia"}
    assert wanted <= regions


def test_demo_customers_are_served_by_their_providers(demo: Scenario) -> None:
    providers = {p.id: p for p in demo.providers}
    assert 25 <= len(demo.customers) <= 40
    for customer in demo.customers:
        assert customer.provider_ids
        for provider_id in customer.provider_ids:
            assert customer.country in providers[provider_id].countries, customer.id
    served = {pid for c in demo.customers for pid in c.provider_ids}
    assert len(served) >= 20


def test_demo_uses_the_documented_password(demo: Scenario) -> None:
    passwords = {u.password for t in demo.tenants for u in t.users} | {a.password for a in demo.pmc_accounts}
    assert passwords == {"Sandbox!2026"}


# -- malformed scenarios -----------------------------------------------------------------------------

MINIMAL: dict[str, Any] = {
    "tenants": [
        {"domain": "alpha.onmicrosoft.com", "country": "ES", "users": [
            {"upn": "admin@alpha.onmicrosoft.com", "password": "pw", "display_name": "A", "global_admin": True},
            {"upn": "user@alpha.onmicrosoft.com", "password": "pw", "display_name": "U", "global_admin": False},
        ]},
        {"domain": "beta.onmicrosoft.com", "country": "US", "users": [
            {"upn": "admin@beta.onmicrosoft.com", "password": "pw", "display_name": "B", "global_admin": True},
        ]},
    ],
    "pmc_accounts": [
        {"user": "pmc@alpha.es", "password": "pw", "mpn_profiles": [
            {"mpn_id": "1234567", "company": "Alpha S.L.", "country": "ES", "active": True},
        ]},
        {"user": "pmc@beta.com", "password": "pw", "mpn_profiles": [
            {"mpn_id": "7654321", "company": "Beta Inc.", "country": "US", "active": True},
        ]},
    ],
    "providers": [
        {"id": "p1", "name": "Provider One", "countries": ["ES", "PT"]},
        {"id": "p2", "name": "Provider Two", "countries": ["US"]},
    ],
    "customers": [
        {"id": "c1", "name": "Customer One", "domain": "c1.onmicrosoft.com", "country": "ES", "provider_ids": ["p1"]},
    ],
}


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split("/")
        node: Any = data
        for part in parents:
            node = node[int(part)] if part.isdigit() else node[part]
        if value is _DELETE:
            del node[last]
        else:
            node[int(last) if last.isdigit() else last] = value

    return mutate


_DELETE = object()

MALFORMED = [
    ("wrong bool", _set("tenants/0/users/1/global_admin", "yes"),
     "tenants[0].users[1].global_admin: Input should be a valid boolean"),
    ("bool as number", _set("pmc_accounts/0/mpn_profiles/0/active", 1),
     "pmc_accounts[0].mpn_profiles[0].active: Input should be a valid boolean"),
    ("wrong string", _set("providers/1/name", 42), "providers[1].name: Input should be a valid string"),
    ("not a list", _set("tenants", {}), "tenants: Input should be a valid list"),
    ("missing password", _set("tenants/0/users/0/password", _DELETE), "tenants[0].users[0].password: Field required"),
    ("missing section", _set("customers", _DELETE), "customers: Field required"),
    ("unknown top key", _set("colour", "blue"), "colour: Extra inputs are not permitted"),
    ("unknown nested key", _set("tenants/1/users/0/role", "admin"),
     "tenants[1].users[0].role: Extra inputs are not permitted"),
    ("unknown address key", _set("pmc_accounts/0/mpn_profiles/0/address", {"street": "x"}),
     "pmc_accounts[0].mpn_profiles[0].address.street: Extra inputs are not permitted"),
    ("bad tenant country", _set("tenants/0/country", "XX"), "tenants[0].country: 'XX' is not an ISO 3166-1 alpha-2"),
    ("alpha-3 country", _set("customers/0/country", "ESP"), "customers[0].country: 'ESP' is not an ISO 3166-1"),
    ("bad provider country", _set("providers/0/countries/1", "Spain"), "providers[0].countries[1]: 'Spain'"),
    ("mpn id letters", _set("pmc_accounts/1/mpn_profiles/0/mpn_id", "76A4321"),
     "pmc_accounts[1].mpn_profiles[0].mpn_id: MPN ID '76A4321' must contain digits only"),
    ("mpn id empty", _set("pmc_accounts/1/mpn_profiles/0/mpn_id", ""), "pmc_accounts[1].mpn_profiles[0].mpn_id"),
    ("duplicate domain", _set("tenants/1/domain", "ALPHA.onmicrosoft.com"),
     "tenants[1].domain: duplicate tenant domain 'alpha.onmicrosoft.com' (first at tenants[0].domain)"),
    ("duplicate upn", _set("tenants/0/users/1/upn", "Admin@alpha.onmicrosoft.com"),
     "tenants[0].users[1].upn: duplicate upn 'admin@alpha.onmicrosoft.com'"),
    ("duplicate mpn id", _set("pmc_accounts/1/mpn_profiles/0/mpn_id", "1234567"),
     "pmc_accounts[1].mpn_profiles[0].mpn_id: duplicate MPN ID '1234567'"),
    ("duplicate pmc user", _set("pmc_accounts/1/user", "PMC@alpha.es"), "pmc_accounts[1].user: duplicate PMC user"),
    ("duplicate provider", _set("providers/1/id", "p1"), "providers[1].id: duplicate provider id 'p1'"),
    ("unknown provider", _set("customers/0/provider_ids", ["p1", "p9"]),
     "customers[0].provider_ids[1]: unknown provider 'p9'"),
    ("upn outside tenant", _set("tenants/1/users/0/upn", "admin@gamma.onmicrosoft.com"),
     "tenants[1].users[0].upn: 'admin@gamma.onmicrosoft.com' is not in the tenant's domain 'beta.onmicrosoft.com'"),
    ("upn not an address", _set("tenants/1/users/0/upn", "admin"), "tenants[1].users[0].upn: 'admin' is not of the form"),
    ("bad domain", _set("tenants/1/domain", "beta onmicrosoft"), "tenants[1].domain: 'beta onmicrosoft' is not a domain"),
    ("no users", _set("tenants/1/users", []), "tenants[1].users: List should have at least 1 item"),
    ("negative latency", _set("latency_ms", -5), "latency_ms: Input should be greater than or equal to 0"),
    ("unknown service", _set("providers/0/services", ["training", "catering"]), "providers[0].services[1]: Input should be"),
]


@pytest.mark.parametrize(("mutate", "expected"), [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED])
def test_malformed_scenario_names_file_and_key(tmp_path: Path, mutate: Callable[..., Any], expected: str | None) -> None:
    data = copy.deepcopy(MINIMAL)
    mutate(data)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ")
    assert info.value.__cause__ is None and (info.value.__context__ is None or info.value.__suppress_context__)
    if expected is not None:
        assert expected in message


def test_top_level_must_be_an_object(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"list\.json: \(top level\): Input should be a valid dictionary"):
        load_scenario(path)


def test_every_problem_is_listed(tmp_path: Path) -> None:
    data = copy.deepcopy(MINIMAL)
    data["tenants"][0]["country"] = "ZZ"
    data["providers"][0]["countries"] = ["QQ"]
    path = tmp_path / "two.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    lines = str(info.value).splitlines()
    assert len(lines) == 2 and all(line.startswith(f"{path}: ") for line in lines)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b'{"tenants": [\n  {"domain": "a.com",}\n]}', "invalid JSON at line 2, column 22"),
        (b"", "invalid JSON at line 1, column 1"),
        (b'{"tenants": \xff\xfe}', "cannot read the scenario file"),
    ],
    ids=["trailing comma", "empty", "not utf-8"],
)
def test_unparseable_file(tmp_path: Path, content: bytes, expected: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ScenarioError) as info:
        load_scenario(path)
    assert str(info.value).startswith(f"{path}: ") and expected in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="nothere.json: scenario file not found"):
        load_scenario(tmp_path / "nothere.json")


def test_unreadable_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.json"
    folder.mkdir()
    with pytest.raises(ScenarioError, match="folder.json: cannot read the scenario file"):
        load_scenario(folder)


def test_normalisation() -> None:
    data = copy.deepcopy(MINIMAL)
    data["tenants"][0]["country"] = "es"
    data["tenants"][0]["domain"] = "Alpha.OnMicrosoft.com"
    data["tenants"][0]["users"][0]["upn"] = "Admin@ALPHA.onmicrosoft.com"
    data["pmc_accounts"][0]["mpn_profiles"][0]["mpn_id"] = 1234567  # the REST API types it as a number
    data["providers"][0]["countries"] = ["es", " pt "]
    scenario = parse_scenario(data)
    tenant = scenario.tenants[0]
    assert (tenant.country, tenant.domain, tenant.users[0].upn) == (
        "ES", "alpha.onmicrosoft.com", "admin@alpha.onmicrosoft.com")
    assert scenario.pmc_accounts[0].mpn_profiles[0].mpn_id == "1234567"
    assert scenario.providers[0].countries == ["ES", "PT"]
    assert tenant.csp_enrolled is False and scenario.latency_ms == 0
    assert scenario.providers[0].services == ["training", "marketing", "financing"]


def test_parse_scenario_names_its_source() -> None:
    with pytest.raises(ScenarioError, match=r"^mem: tenants: Field required"):
        parse_scenario({"pmc_accounts": [], "providers": [], "customers": []}, source="mem")
