"""Scenario files for the sandbox Partner Center: strict models so a bad file fails with its key path."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationError
from pydantic_core import PydanticCustomError

from wizard.backends.base import ScenarioError
from wizard.resources import resource_path

MAX_REPORTED_ERRORS = 20
_DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
_DIGITS_RE = re.compile(r"^[0-9]+$")


def _country(value: str) -> str:
    """ISO 3166-1 alpha-2 (pycountry, plus XK which the CSP tables use), any case; upper in the model."""
    # pycountry costs ~30 ms: paid only when loading
    from wizard.domain.regions import is_country

    code = value.strip().upper()
    if len(code) != 2 or not is_country(code):
        raise PydanticCustomError(
            "country_code", "'{value}' is not an ISO 3166-1 alpha-2 country code", {"value": value}
        )
    return code


def _domain(value: str) -> str:
    domain = value.strip().lower()
    if not _DOMAIN_RE.match(domain):
        raise PydanticCustomError("domain", "'{value}' is not a domain name", {"value": value})
    return domain


def _address(value: str) -> str:
    """A user principal name or PMC sign-in name: local@domain, compared case-insensitively."""
    address = value.strip().lower()
    local, at, domain = address.partition("@")
    if not at or not local or not _DOMAIN_RE.match(domain):
        raise PydanticCustomError("address", "'{value}' is not of the form name@domain", {"value": value})
    return address


def _mpn_id_text(value: Any) -> Any:
    """MPN IDs are numbers in the REST API; accept a JSON number as well as a string of digits."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def _mpn_id(value: str) -> str:
    mpn_id = value.strip()
    if not _DIGITS_RE.match(mpn_id):
        raise PydanticCustomError("mpn_id", "MPN ID '{value}' must contain digits only", {"value": value})
    return mpn_id


Country = Annotated[str, AfterValidator(_country)]
Domain = Annotated[str, AfterValidator(_domain)]
UserName = Annotated[str, AfterValidator(_address)]
MpnId = Annotated[str, BeforeValidator(_mpn_id_text), AfterValidator(_mpn_id)]
Text = Annotated[str, Field(min_length=1, max_length=256)]
Secret = Annotated[str, Field(min_length=1, max_length=256)]
Service = Literal["training", "marketing", "financing"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True, str_strip_whitespace=True)


class User(_Model):
    upn: UserName
    password: Secret
    display_name: Text
    global_admin: bool
    admin_agent: bool = False  # in the partner's Admin agents group (seed step 5)


class Tenant(_Model):
    domain: Domain
    country: Country
    users: list[User] = Field(min_length=1)
    csp_enrolled: bool = False
    mpn_id: MpnId | None = None  # only with csp_enrolled: the MPN profile its CSP account is linked to


class ProfileAddress(_Model):
    line1: str = ""
    line2: str = ""
    city: str = ""
    state: str = ""
    postal_code: str = ""


class MpnProfileSpec(_Model):
    mpn_id: MpnId
    company: Text
    country: Country
    active: bool
    address: ProfileAddress = ProfileAddress()


class PmcAccount(_Model):
    user: UserName
    password: Secret
    mpn_profiles: list[MpnProfileSpec]
    migrated: bool = True  # False: still a Partner Membership Center account, not moved to Partner Center


class ProviderSpec(_Model):
    id: Text
    name: Text
    countries: list[Country] = Field(min_length=1)
    services: list[Service] = ["training", "marketing", "financing"]
    description: str = Field(default="", max_length=2000)  # shown in the directory's detail view
    contact: str = Field(default="", max_length=256)  # how to reach its reseller programme


class CustomerSpec(_Model):
    id: Text
    name: Text
    domain: Domain
    country: Country
    provider_ids: list[str]  # providers with a reseller relationship with this customer
    reseller: Domain | None = None  # with indirect_provider: a customer this tenant shares with that provider
    indirect_provider: str | None = None


class InvitationSpec(_Model):
    """A provider's invitation to a tenant, emailed when the sandbox is seeded."""

    provider_id: Text
    tenant: Domain
    days_ago: int = Field(default=0, ge=0, le=3650)


class GeneratedCustomersSpec(_Model):
    """Synthetic customers a reseller shares with a provider, for volume (deterministic for a seed)."""

    reseller: Domain
    provider_id: Text
    count: int = Field(ge=0, le=2_000_000)
    missing_relationship_every: int = Field(default=0, ge=0)  # every n-th lacks the provider's relationship
    seed: int = 0


class Scenario(_Model):
    name: str = ""
    description: str = ""
    latency_ms: int = Field(default=0, ge=0, le=60_000)
    review_days: int = Field(default=3, ge=0, le=60)
    tenants: list[Tenant]
    pmc_accounts: list[PmcAccount]
    providers: list[ProviderSpec]
    customers: list[CustomerSpec]
    invitations: list[InvitationSpec] = []
    generated_customers: list[GeneratedCustomersSpec] = []


def demo_scenario_path() -> Path:
    return resource_path("scenarios", "demo.json")


def load_scenario(path: Path) -> Scenario:
    """Read and check a scenario file; every problem becomes a ScenarioError naming file and key."""
    path = Path(path)
    return parse_scenario(_read_extended(path, ()), source=str(path))


MAX_EXTENDS_DEPTH = 5


def _read_json(path: Path) -> Any:
    from wizard.json_files import read_json

    return read_json(path, ScenarioError, "scenario file")


def _read_extended(path: Path, chain: tuple[Path, ...]) -> Any:
    """A file's JSON with its `extends` resolved, so a variant scenario names only what it adds: the base
    file (relative to this one) is read first, this file's lists are appended to the base's lists and its
    other values replace the base's."""
    from wizard.json_files import one_line
    data = _read_json(path)
    if not isinstance(data, dict) or "extends" not in data:
        return data
    base_name = data.pop("extends")
    if not isinstance(base_name, str) or not base_name.strip():
        raise ScenarioError(f"{path}: extends: name the base scenario file, e.g. \"demo.json\"")
    base_path = (path.parent / base_name.strip()).resolve()
    if base_path in chain or base_path == path.resolve() or len(chain) >= MAX_EXTENDS_DEPTH:
        raise ScenarioError(f"{path}: extends: '{one_line(base_name)}' leads to a loop or is nested too deeply")
    try:
        base = _read_extended(base_path, chain + (path.resolve(),))
    except ScenarioError as error:  # say which file named the missing or broken base
        lines = "\n".join(one_line(line) for line in str(error).split("\n"))  # its path may be odd too
        raise ScenarioError(f"{path}: extends '{one_line(base_name)}': {lines}") from None
    if not isinstance(base, dict):
        raise ScenarioError(f"{path}: extends: '{base_name}' is not a scenario (a JSON object)")
    merged = dict(base)
    for key, value in data.items():
        merged[key] = base[key] + value if isinstance(value, list) and isinstance(base.get(key), list) else value
    return merged


def parse_scenario(data: Any, source: str = "<scenario>") -> Scenario:
    """Validate already-parsed JSON (tests and tools build scenarios in memory)."""
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        problems = [(_key_path(err["loc"]), err["msg"]) for err in exc.errors(include_url=False)]
        raise ScenarioError(_message(source, problems)) from None
    problems = list(_cross_check(scenario))
    if problems:
        raise ScenarioError(_message(source, problems))
    return scenario


def _key_path(loc: Iterable[int | str]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


def _message(source: str, problems: list[tuple[str, str]]) -> str:
    # keys and values quoted from the file stay on their line
    from wizard.json_files import one_line

    lines = [f"{source}: {one_line(key)}: {one_line(msg)}" for key, msg in problems[:MAX_REPORTED_ERRORS]]
    if len(problems) > MAX_REPORTED_ERRORS:
        lines.append(f"{source}: ... and {len(problems) - MAX_REPORTED_ERRORS} more problems")
    return "\n".join(lines)


def _cross_check(s: Scenario) -> Iterable[tuple[str, str]]:
    """Rules that span several objects: uniqueness, references, UPNs inside their tenant."""
    seen: dict[str, str] = {}

    def dup(kind: str, value: str, key: str) -> Iterable[tuple[str, str]]:
        first = seen.setdefault(f"{kind}:{value}", key)
        if first != key:
            yield key, f"duplicate {kind} '{value}' (first at {first})"

    for t, tenant in enumerate(s.tenants):
        yield from dup("tenant domain", tenant.domain, f"tenants[{t}].domain")
        for u, user in enumerate(tenant.users):
            key = f"tenants[{t}].users[{u}].upn"
            yield from dup("upn", user.upn, key)
            if user.upn.rpartition("@")[2] != tenant.domain:
                yield key, f"'{user.upn}' is not in the tenant's domain '{tenant.domain}'"
    profiles: dict[str, MpnProfileSpec] = {}
    for a, account in enumerate(s.pmc_accounts):
        yield from dup("PMC user", account.user, f"pmc_accounts[{a}].user")
        for m, profile in enumerate(account.mpn_profiles):
            yield from dup("MPN ID", profile.mpn_id, f"pmc_accounts[{a}].mpn_profiles[{m}].mpn_id")
            profiles[profile.mpn_id] = profile
    for t, tenant in enumerate(s.tenants):
        if tenant.mpn_id is None:
            continue
        key = f"tenants[{t}].mpn_id"
        yield from dup("enrolled MPN ID", tenant.mpn_id, key)
        linked = profiles.get(tenant.mpn_id)
        if not tenant.csp_enrolled:
            yield key, "only a tenant with csp_enrolled: true is linked to an MPN ID in the scenario"
        elif linked is None:
            yield key, f"unknown MPN ID '{tenant.mpn_id}'"
        elif linked.country != tenant.country:
            yield key, f"MPN ID '{tenant.mpn_id}' is in {linked.country}, but the tenant is in {tenant.country}"
    provider_ids = {p.id for p in s.providers}
    for p, provider in enumerate(s.providers):
        yield from dup("provider id", provider.id, f"providers[{p}].id")
    for c, customer in enumerate(s.customers):
        yield from dup("customer id", customer.id, f"customers[{c}].id")
        for i, provider_id in enumerate(customer.provider_ids):
            if provider_id not in provider_ids:
                yield f"customers[{c}].provider_ids[{i}]", f"unknown provider '{provider_id}'"
        yield from _check_shared(s, customer, f"customers[{c}]")
    tenants = {t.domain for t in s.tenants}
    for i, invitation in enumerate(s.invitations):
        if invitation.provider_id not in provider_ids:
            yield f"invitations[{i}].provider_id", f"unknown provider '{invitation.provider_id}'"
        if invitation.tenant not in tenants:
            yield f"invitations[{i}].tenant", f"unknown tenant '{invitation.tenant}'"
    for i, generated in enumerate(s.generated_customers):
        yield from _check_sharing(s, generated.reseller, generated.provider_id, None, f"generated_customers[{i}]",
                                  ("reseller", "provider_id"))


def _check_shared(s: Scenario, customer: CustomerSpec, key: str) -> Iterable[tuple[str, str]]:
    if customer.reseller is None and customer.indirect_provider is None:
        return
    if customer.reseller is None or customer.indirect_provider is None:
        missing = "reseller" if customer.reseller is None else "indirect_provider"
        yield f"{key}.{missing}", "a shared customer names both its reseller and its indirect_provider"
        return
    yield from _check_sharing(s, customer.reseller, customer.indirect_provider, customer.country, key,
                              ("reseller", "indirect_provider"))


def _check_sharing(
    s: Scenario, reseller: str, provider_id: str, country: str | None, key: str, names: tuple[str, str]
) -> Iterable[tuple[str, str]]:
    """A reseller shares customers only with a provider of its region, and only customers in its region."""
    from wizard.domain.regions import providers_allowed_for, region_of

    tenant = next((t for t in s.tenants if t.domain == reseller), None)
    provider = next((p for p in s.providers if p.id == provider_id), None)
    if tenant is None:
        yield f"{key}.{names[0]}", f"unknown tenant '{reseller}'"
    if provider is None:
        yield f"{key}.{names[1]}", f"unknown provider '{provider_id}'"
    if tenant is None or provider is None:
        return
    if not providers_allowed_for(tenant.country, provider.countries):
        yield f"{key}.{names[1]}", f"provider '{provider_id}' doesn't serve the CSP region of '{reseller}'"
    if country is not None and region_of(country) != region_of(tenant.country):
        yield f"{key}.country", f"'{country}' is outside the CSP region of its reseller '{reseller}'"
