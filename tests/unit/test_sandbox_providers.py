"""Indirect providers in the sandbox: the region rule, the directory, a provider's invitation and each of its
refusals, authorizing after the Microsoft Partner Agreement, admin access, shared customers at volume, and
inviting a new customer."""

from __future__ import annotations

import copy
import json
import re
import time
from pathlib import Path
from typing import Any, Callable

import pytest
from sqlalchemy import func, select

from tests.unit.test_sandbox import ES_ADMIN, GB_ADMIN, PASSWORD, raises_code
from tests.unit.test_sandbox_review import CONTACT, DAY, ES_DOMAIN, T0, enroll, token, verified
from wizard.backends.base import BackendError, ScenarioError
from wizard.backends.sandbox import SandboxPartnerCenter
from wizard.backends.sandbox import state as st
from wizard.backends.sandbox.scenario import GeneratedCustomersSpec, Scenario, load_scenario, parse_scenario
from wizard.backends.sandbox.shared import generated_rows
from wizard.domain.model import Provider, SharedCustomer
from wizard.domain.regions import provider_regions, providers_allowed_for, region_of, region_reason
from wizard.resources import resource_path

GB_DOMAIN = "northwinduk.onmicrosoft.com"
FR_DOMAIN = "tailspinfr.onmicrosoft.com"
EUROPEAN = ["iberiacloud", "lumenware-eu", "nordlys", "rheinbridge", "albion", "hexagone", "adriatica", "vistula"]
INVITE_LINK = re.compile(r"csp-sandbox://provider-invitation\?invitation=(INV-[A-Z0-9]{8})&code=[A-Za-z0-9_-]{16,}")
CUSTOMER_LINK = re.compile(r"csp-sandbox://customer-invitation\?invitation=(CI-[A-Z0-9]{8})&code=[A-Za-z0-9_-]{16,}")
PRAIRIE_REASON = (
    "Prairie Tech Supply LLC serves only the United States region; your legal business location, Spain, is in the "
    "Europe region."
)


@pytest.fixture(scope="module")
def demo() -> Scenario:
    return load_scenario(resource_path("scenarios", "demo.json"))


@pytest.fixture(scope="module")
def invited() -> Scenario:
    return load_scenario(resource_path("scenarios", "relationships.json"))


@pytest.fixture
def pc(demo: Scenario) -> SandboxPartnerCenter:
    return SandboxPartnerCenter(demo, clock=lambda: T0)


def approved(pc: SandboxPartnerCenter, mpa: bool = True) -> str:
    """Contoso Iberia enrolled, verified and approved (3 review days), agreement signed for Europe."""
    verified(pc)
    pc.advance(3 * DAY)
    if mpa:
        pc.accept_mpa(ES_ADMIN, PASSWORD, "Europe")
    return token(pc)


def connected(pc: SandboxPartnerCenter, provider_id: str = "iberiacloud") -> str:
    t = approved(pc)
    pc.authorize_provider(t, pc.send_provider_invitation(provider_id, ES_DOMAIN).id, True)
    return t


def world(pc: SandboxPartnerCenter) -> tuple[Any, ...]:
    """Everything a refused call must leave alone, read straight from the sandbox's tables."""
    with pc._engine.begin() as conn:
        tables = [st.provider_relationships, st.provider_invitations, st.relationship_events, st.shared_customers,
                  st.customer_invitations, st.customers, st.customer_providers]
        rows = tuple(tuple(map(tuple, conn.execute(select(t)).all())) for t in tables)
    return rows, pc.outbox()


# -- the region rule (pure) ------------------------------------------------------------------------------


def test_region_rule() -> None:
    assert providers_allowed_for("ES", ["DE", "AT"])  # same CSP region: Europe
    assert providers_allowed_for("es", ["US", "PT"])  # one country in the region is enough
    assert not providers_allowed_for("ES", ["US", "UM"])
    assert not providers_allowed_for("CN", ["CN"])  # not a CSP market: no providers at all
    assert provider_regions(["US", "JP", "DE", "US"]) == ("Europe", "Japan", "United States")
    northwind = Provider("nw", "Northwind Distribution", ("US",))
    assert region_reason("ES", northwind) == (
        "Northwind Distribution serves only the United States region; your legal business location, Spain, is in "
        "the Europe region.")
    assert region_reason("ES", Provider("x", "Atlas", ("JP", "BR"))) == (
        "Atlas serves only the Brazil and Japan regions; your legal business location, Spain, is in the Europe region.")
    assert "China, is not in any CSP region" in region_reason("CN", northwind)
    assert region_reason("ES", Provider("r", "Rheinbridge", ("DE",))) == ""


# -- the directory -----------------------------------------------------------------------------------------


def test_directory_needs_an_approved_account(pc: SandboxPartnerCenter) -> None:
    raises_code(BackendError, "account_not_ready", lambda: pc.find_providers(token(pc)))
    enroll(pc)
    raises_code(BackendError, "account_not_ready", lambda: pc.find_providers(token(pc)))
    raises_code(BackendError, "account_not_ready", lambda: pc.why_not_offered(token(pc), ""))
    raises_code(BackendError, "session_expired", lambda: pc.find_providers("nope"))


def test_directory_offers_only_providers_of_the_resellers_region(pc: SandboxPartnerCenter) -> None:
    t = approved(pc, mpa=False)
    found = pc.find_providers(t)
    assert [p.id for p in found] == EUROPEAN and all(p.allowed and p.regions == ("Europe",) for p in found)
    iberia = found[0]
    assert (iberia.name, iberia.countries, iberia.services) == (
        "Iberia Cloud Distribución S.A.", ("ES", "PT", "AD"), ("training", "marketing", "financing"))
    assert "Spain, Portugal and Andorra" in iberia.description and iberia.contact == "partners@iberiacloud.example"
    assert pc.find_providers(token(pc, GB_ADMIN)) == found  # the UK is in Europe too


@pytest.mark.parametrize(
    ("text", "country", "services", "ids"),
    [
        ("CLOUD", None, (), ["iberiacloud", "nordlys", "albion", "hexagone", "adriatica", "vistula"]),
        ("distribucion", None, (), ["iberiacloud"]),  # accents and case don't matter
        ("", "pt", (), ["iberiacloud"]),
        ("", "DE", (), ["lumenware-eu", "rheinbridge"]),
        ("", None, ("financing",), ["iberiacloud", "lumenware-eu", "rheinbridge", "albion", "vistula"]),
        ("", None, ("training", "marketing", "financing"), ["iberiacloud", "rheinbridge"]),
        ("", "FR", ("marketing",), ["hexagone"]),
        ("prairie", None, (), []),  # exists, but not for a Spanish reseller
        ("", "US", (), []),
    ],
)  # fmt: skip
def test_directory_search_and_filters(
    pc: SandboxPartnerCenter, text: str, country: str | None, services: tuple[str, ...], ids: list[str]
) -> None:
    t = approved(pc, mpa=False)
    assert [p.id for p in pc.find_providers(t, text, country, services)] == ids


def test_directory_refuses_unknown_filters(pc: SandboxPartnerCenter) -> None:
    t = approved(pc, mpa=False)
    raises_code(BackendError, "unknown_service", lambda: pc.find_providers(t, services=("catering",)))
    raises_code(BackendError, "unknown_country", lambda: pc.find_providers(t, country="Spain"))


def test_why_not_offered(pc: SandboxPartnerCenter, demo: Scenario) -> None:
    t = approved(pc, mpa=False)
    assert pc.why_not_offered(t, "PRAIRIE") == [("Prairie Tech Supply LLC", PRAIRIE_REASON)]
    assert pc.why_not_offered(t, "iberia") == []
    everyone = pc.why_not_offered(t, "")
    assert len(everyone) == len(demo.providers) - len(EUROPEAN)
    assert all(reason.endswith("your legal business location, Spain, is in the Europe region.")
               for _, reason in everyone)


# -- a provider's invitation -------------------------------------------------------------------------------


def test_invitation_email_view_and_authorize(pc: SandboxPartnerCenter) -> None:
    t = approved(pc)
    now = pc.now()
    sent = pc.send_provider_invitation("iberiacloud", ES_DOMAIN)
    assert (sent.provider_id, sent.tenant_domain, sent.sent_to, sent.sent_at) == (
        "iberiacloud", ES_DOMAIN, CONTACT, now)
    assert sent.expires_at == now + 30 * DAY
    mail = pc.outbox()[-1]
    assert (mail.to, mail.kind, mail.links) == (CONTACT, "provider_invitation", (sent.link,))
    match = INVITE_LINK.fullmatch(sent.link)
    assert match and match.group(1) == sent.id and sent.link in mail.body
    assert "Authorize indirect provider" in mail.body and "Iberia Cloud Distribución S.A." in mail.subject

    view = pc.invitation(t, sent.link)
    assert pc.invitation(t, sent.id.lower()) == view
    assert (view.id, view.provider.id, view.tenant_domain, view.status) == (
        sent.id, "iberiacloud", ES_DOMAIN, "pending")
    assert (view.sent_at, view.expires_at, view.problem, view.authorized_at) == (now, now + 30 * DAY, "", None)
    assert "submit orders and add subscriptions on behalf of your customers" in view.what_it_means
    assert "administrator access to your company's work account" in view.what_it_means

    before = world(pc)
    error = raises_code(BackendError, "confirmation_required", lambda: pc.authorize_provider(t, sent.id, False))
    assert "Check the box" in error.message and world(pc) == before
    assert pc.indirect_providers(t) == [] and pc.provider_resellers("iberiacloud") == []

    relationship = pc.authorize_provider(t, sent.id, True)
    assert (relationship.provider, relationship.tenant_domain, relationship.since) == (view.provider, ES_DOMAIN, now)
    assert (relationship.regions, relationship.admin_access, relationship.admin_access_removed_at) == (
        ("Europe",), True, None)
    assert pc.indirect_providers(t) == [relationship]  # the reseller's Indirect providers list
    assert pc.provider_resellers("iberiacloud") == [ES_DOMAIN]  # the provider's Indirect resellers list
    [event] = pc.relationship_events(t)
    assert (event.at, event.provider_id, event.title) == (
        now, "iberiacloud", "Iberia Cloud Distribución S.A. authorized as an indirect provider")
    [listed] = pc.provider_invitations(t)
    assert (listed.status, listed.authorized_at) == ("authorized", now) and "already authorized" in listed.problem
    raises_code(BackendError, "unknown_provider", lambda: pc.provider_resellers("nobody"))


def test_agreement_must_be_signed_for_the_region_first(pc: SandboxPartnerCenter) -> None:
    t = approved(pc, mpa=False)
    sent = pc.send_provider_invitation("rheinbridge", ES_DOMAIN)
    before = world(pc)
    error = raises_code(BackendError, "mpa_not_signed", lambda: pc.authorize_provider(t, sent.id, True))
    assert "Microsoft Partner Agreement for the Europe region" in error.message
    assert "providers refuse orders from resellers who haven't signed it for that region" in error.message
    assert world(pc) == before and pc.indirect_providers(t) == []
    pc.accept_mpa(ES_ADMIN, PASSWORD, "Europe")
    assert pc.authorize_provider(t, sent.id, True).provider.id == "rheinbridge"
    assert pc.provider_resellers("rheinbridge") == [ES_DOMAIN]


def _other_tenant(pc: SandboxPartnerCenter) -> str:
    return pc.send_provider_invitation("hexagone", FR_DOMAIN).id


def _expired(pc: SandboxPartnerCenter) -> str:
    sent = pc.send_provider_invitation("iberiacloud", ES_DOMAIN)
    pc.advance(30 * DAY)
    return sent.link


def _used(pc: SandboxPartnerCenter) -> str:
    sent = pc.send_provider_invitation("iberiacloud", ES_DOMAIN)
    pc.authorize_provider(token(pc), sent.id, True)
    return sent.id


def _wrong_code(pc: SandboxPartnerCenter) -> str:
    sent = pc.send_provider_invitation("iberiacloud", ES_DOMAIN)
    return sent.link.rsplit("=", 1)[0] + "=" + "x" * 22


REFUSALS: list[tuple[str, Callable[[SandboxPartnerCenter], str], str, str]] = [
    ("other tenant", _other_tenant, "invitation_other_tenant", f"is for {FR_DOMAIN}, not for {ES_DOMAIN}"),
    ("expired", _expired, "invitation_expired", "30 days after it was sent"),
    ("region", lambda pc: pc.send_provider_invitation("prairie", ES_DOMAIN).id, "invitation_region", PRAIRIE_REASON),
    ("used", _used, "invitation_used", "already authorized"),
    ("unknown id", lambda pc: "INV-ZZZZZZZZ", "invitation_unknown", "no provider invitation INV-ZZZZZZZZ"),
    ("wrong code", _wrong_code, "invitation_unknown", "copy it completely"),
    ("malformed link", lambda pc: "csp-sandbox://provider-invitation?invitation=INV-1", "link_malformed", "code"),
]


@pytest.mark.parametrize(("make", "code", "words"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_invitation_refusals_change_nothing(
    pc: SandboxPartnerCenter, make: Callable[[SandboxPartnerCenter], str], code: str, words: str
) -> None:
    approved(pc)
    invitation = make(pc)
    before, providers = world(pc), pc.indirect_providers(token(pc))
    calls = (lambda: pc.invitation(token(pc), invitation), lambda: pc.authorize_provider(token(pc), invitation, True))
    for call in calls:
        error = raises_code(BackendError, code, call)
        assert words in error.message and error.message.endswith(".")
    assert world(pc) == before and pc.indirect_providers(token(pc)) == providers
    assert pc.provider_resellers("hexagone") == [] and pc.provider_resellers("prairie") == []


def test_invitation_needs_an_approved_account(pc: SandboxPartnerCenter) -> None:
    enroll(pc)  # waiting for email verification
    sent = pc.send_provider_invitation("iberiacloud", ES_DOMAIN)
    assert sent.sent_to == CONTACT
    before = world(pc)
    raises_code(BackendError, "account_not_ready", lambda: pc.invitation(token(pc), sent.link))
    raises_code(BackendError, "account_not_ready", lambda: pc.authorize_provider(token(pc), sent.id, True))
    raises_code(BackendError, "account_not_ready", lambda: pc.provider_invitations(token(pc)))
    assert world(pc) == before


def test_invitation_to_a_tenant_not_enrolled_goes_to_its_global_admin(pc: SandboxPartnerCenter) -> None:
    assert pc.send_provider_invitation("albion", "NorthwindUK.onmicrosoft.com").sent_to == GB_ADMIN
    assert pc.send_provider_invitation("hexagone", FR_DOMAIN).sent_to == "admin@tailspinfr.onmicrosoft.com"
    raises_code(BackendError, "unknown_provider", lambda: pc.send_provider_invitation("nobody", FR_DOMAIN))
    raises_code(BackendError, "unknown_tenant", lambda: pc.send_provider_invitation("albion", "nobody.example"))


def test_following_the_link_identifies_the_invitation_without_authorizing(pc: SandboxPartnerCenter) -> None:
    sent = pc.send_provider_invitation("iberiacloud", ES_DOMAIN)
    before = world(pc)
    outcome = pc.open_link(sent.link)
    assert (outcome.kind, outcome.enrollment_id, outcome.tenant_domain) == ("provider-invitation", "", ES_DOMAIN)
    assert (outcome.invitation_id, outcome.provider_id) == (sent.id, "iberiacloud")
    assert "Authorize indirect provider" in outcome.message
    assert world(pc) == before and pc.provider_resellers("iberiacloud") == []
    raises_code(BackendError, "link_unknown", lambda: pc.open_link(_wrong_code(pc)))
    pc.advance(31 * DAY)
    assert "expired" in pc.open_link(sent.link).message  # the window then refuses it with the reason


def test_seeded_invitations(invited: Scenario) -> None:
    pc = SandboxPartnerCenter(invited, clock=lambda: T0)
    mails = pc.outbox()
    assert [(m.to, m.kind) for m in mails] == [("admin@contosoiberia.onmicrosoft.com", "provider_invitation")] * 3 + [
        ("admin@tailspinfr.onmicrosoft.com", "provider_invitation")]
    assert [m.sent_at for m in mails] == [T0 - 2 * DAY, T0 - DAY, T0 - 40 * DAY, T0]
    again = SandboxPartnerCenter(invited, clock=lambda: T0).outbox()
    ids = [INVITE_LINK.fullmatch(m.links[0]).group(1) for m in mails]  # type: ignore[union-attr]
    assert ids == [INVITE_LINK.fullmatch(m.links[0]).group(1) for m in again]  # type: ignore[union-attr]

    t = approved(pc)
    views = {v.provider.id: v for v in pc.provider_invitations(t)}
    assert set(views) == {"iberiacloud", "prairie", "lumenware-eu"}
    assert (views["iberiacloud"].status, views["iberiacloud"].problem) == ("pending", "")
    assert views["prairie"].status == "pending" and PRAIRIE_REASON in views["prairie"].problem
    assert views["lumenware-eu"].status == "expired" and "expired" in views["lumenware-eu"].problem
    raises_code(BackendError, "invitation_region", lambda: pc.invitation(t, mails[1].links[0]))
    raises_code(BackendError, "invitation_expired", lambda: pc.invitation(t, mails[2].links[0]))
    raises_code(BackendError, "invitation_other_tenant", lambda: pc.invitation(t, mails[3].links[0]))
    assert pc.authorize_provider(t, pc.invitation(t, mails[0].links[0]).id, True).provider.id == "iberiacloud"


# -- the Indirect providers list and admin access -----------------------------------------------------------


def test_remove_admin_access(pc: SandboxPartnerCenter) -> None:
    t = approved(pc)
    raises_code(BackendError, "not_connected", lambda: pc.remove_admin_access(t, "iberiacloud"))
    raises_code(BackendError, "unknown_provider", lambda: pc.remove_admin_access(t, "nobody"))
    pc.authorize_provider(t, pc.send_provider_invitation("iberiacloud", ES_DOMAIN).id, True)
    pc.advance(DAY)
    removed_at = pc.now()
    relationship = pc.remove_admin_access(token(pc), "iberiacloud")
    assert (relationship.admin_access, relationship.admin_access_removed_at) == (False, removed_at)
    assert relationship.since == removed_at - DAY
    assert pc.indirect_providers(token(pc)) == [relationship]
    assert pc.remove_admin_access(token(pc), "iberiacloud") == relationship  # idempotent: no second event
    events = pc.relationship_events(token(pc))
    assert [e.title for e in events] == [
        "Iberia Cloud Distribución S.A. authorized as an indirect provider",
        "Administrator access of Iberia Cloud Distribución S.A. removed",
    ]
    assert "Office 365 portal" in events[-1].detail and events[-1].at == removed_at

    again = pc.send_provider_invitation("iberiacloud", ES_DOMAIN)
    renewed = pc.authorize_provider(token(pc), again.id, True)  # a new invitation grants admin access again
    assert (renewed.since, renewed.admin_access, renewed.admin_access_removed_at) == (relationship.since, True, None)
    assert pc.provider_resellers("iberiacloud") == [ES_DOMAIN]


def test_two_providers_on_the_list(pc: SandboxPartnerCenter) -> None:
    t = connected(pc, "iberiacloud")
    pc.advance(DAY)
    pc.authorize_provider(token(pc), pc.send_provider_invitation("albion", ES_DOMAIN).id, True)
    assert [r.provider.id for r in pc.indirect_providers(token(pc))] == ["iberiacloud", "albion"]
    assert pc.provider_resellers("albion") == [ES_DOMAIN] and t


# -- shared customers ------------------------------------------------------------------------------------


def test_shared_customers_need_a_connected_provider(pc: SandboxPartnerCenter) -> None:
    raises_code(BackendError, "account_not_ready", lambda: pc.shared_customers(token(pc), "iberiacloud"))
    t = approved(pc)
    error = raises_code(BackendError, "not_connected", lambda: pc.shared_customers(t, "iberiacloud"))
    assert "authorize its invitation first" in error.message
    raises_code(BackendError, "unknown_provider", lambda: pc.shared_customers(t, "nobody"))


def test_demo_shared_customers(pc: SandboxPartnerCenter) -> None:
    t = connected(pc)
    rows = pc.shared_customers(t, "iberiacloud")
    assert len(rows) == 30 and [r.id for r in rows] == sorted({r.id for r in rows})
    assert [r.name for r in rows[:4]] == [
        "Alpine Ski House S.L.", "Coho Winery Bodegas S.A.", "Fourth Coffee Lisboa Lda.", "Datum Construcciones S.A."]
    missing = [r.name.rsplit(" ", 1)[0] for r in rows if not r.provider_relationship]
    assert missing == ["Datum Construcciones", "Customer 000010", "Customer 000020"]  # every 10th generated one
    assert {r.country for r in rows} <= {"ES", "PT", "AD"} and {r.provider_id for r in rows} == {"iberiacloud"}
    assert all(isinstance(r, SharedCustomer) and r.since.tzinfo is not None for r in rows)
    assert rows[0].since == T0 and all(r.since <= T0 for r in rows)
    # another reseller sees none of them, even with the same provider
    gb = token(pc, GB_ADMIN)
    pc.accept_mpa(GB_ADMIN, PASSWORD, "Europe")
    pc.authorize_provider(gb, pc.send_provider_invitation("iberiacloud", GB_DOMAIN).id, True)
    assert pc.shared_customers(gb, "iberiacloud") == []


def test_shared_customers_page_and_sync_incrementally(pc: SandboxPartnerCenter) -> None:
    t = connected(pc)
    everyone = pc.shared_customers(t, "iberiacloud")
    pages, since = [], 0
    while page := pc.shared_customers(t, "iberiacloud", since, 7):
        pages.append(page)
        since = page[-1].id
    assert [len(p) for p in pages] == [7, 7, 7, 7, 2] and [r for p in pages for r in p] == everyone
    assert pc.shared_customers(t, "iberiacloud", since) == []
    assert pc.shared_customers(t, "iberiacloud", 0, 0) == []
    for bad in (-1, "3", True):
        with pytest.raises(ValueError):
            pc.shared_customers(t, "iberiacloud", bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        pc.shared_customers(t, "iberiacloud", 0, -5)


def test_generated_customers_are_deterministic() -> None:
    spec = GeneratedCustomersSpec(reseller=ES_DOMAIN, provider_id="iberiacloud", count=500,
                                  missing_relationship_every=7, seed=3)
    first = list(generated_rows(spec, ("ES", "PT", "AD"), T0, 0))
    assert first == list(generated_rows(spec, ("ES", "PT", "AD"), T0, 0))
    assert first != list(generated_rows(spec.model_copy(update={"seed": 4}), ("ES", "PT", "AD"), T0, 0))
    names = [row[3] for row in first]
    assert names[0].startswith("Customer 000001 ") and len(set(names)) == len({row[4] for row in first}) == 500
    assert {row[5] for row in first} == {"ES", "PT", "AD"} and all(region_of(row[5]) == "Europe" for row in first)
    assert [i for i, row in enumerate(first, 1) if not row[6]] == list(range(7, 501, 7))
    assert list(generated_rows(spec, ("ES",), T0, 1000))[0][3] == "Customer 001001 S.L."


def test_hundred_thousand_shared_customers(demo: Scenario, capsys: pytest.CaptureFixture[str]) -> None:
    large = load_scenario(resource_path("scenarios", "large.json"))
    assert [g.count for g in large.generated_customers] == [26, 100_000]
    assert large.model_dump(exclude={"name", "description", "generated_customers"}) == demo.model_dump(
        exclude={"name", "description", "generated_customers"})
    SandboxPartnerCenter(large, clock=lambda: T0).close()  # hashes the scenario's passwords once
    started = time.perf_counter()
    pc = SandboxPartnerCenter(large, clock=lambda: T0)
    seeded = time.perf_counter() - started
    t = connected(pc)
    started = time.perf_counter()
    rows = pc.shared_customers(t, "iberiacloud")
    fetched = time.perf_counter() - started
    started = time.perf_counter()
    tail = pc.shared_customers(t, "iberiacloud", rows[-1000].id - 1)
    synced = time.perf_counter() - started
    assert len(rows) == 100_030 and len(tail) == 1000 and tail[-1] == rows[-1]
    assert sum(not r.provider_relationship for r in rows) == 3 + 100_000 // 50
    with capsys.disabled():
        print(f"\n[100k shared customers] seed {seeded:.2f} s (whole sandbox open), fetch all {fetched:.3f} s, "
              f"fetch last 1,000 {synced * 1000:.1f} ms")


# -- inviting new customers ------------------------------------------------------------------------------------


def test_invite_a_customer_who_accepts(pc: SandboxPartnerCenter) -> None:
    t = connected(pc)
    last = pc.shared_customers(t, "iberiacloud")[-1].id
    mail = pc.invite_customer(t, "iberiacloud", "  ana.silva@Fourth-Coffee.es ", "Fourth Coffee Madrid S.L.")
    assert mail == pc.outbox()[-1]
    assert (mail.to, mail.kind) == ("ana.silva@fourth-coffee.es", "customer_invitation")
    [link] = mail.links
    match = CUSTOMER_LINK.fullmatch(link)
    assert match and link in mail.body
    assert "reseller relationships with both of them at the same time" in mail.body
    tenant_id = st.tenant_id_for(ES_DOMAIN)
    assert (f"partnersignup.aspx?type=IndirectResellerRelationship&id={tenant_id}&csp=1&msppid=4567890"
            f"&indirectCSP={st.provider_tenant_id('iberiacloud')}") in mail.body
    assert pc.shared_customers(t, "iberiacloud", last) == []  # not before the customer accepts

    pc.advance(DAY)
    outcome = pc.open_link(link)
    assert (outcome.kind, outcome.enrollment_id, outcome.tenant_domain) == ("customer-invitation", "", ES_DOMAIN)
    assert (outcome.invitation_id, outcome.provider_id) == (match.group(1), "iberiacloud")
    assert "Fourth Coffee Madrid S.L." in outcome.message and "View customers" in outcome.message
    [new] = pc.shared_customers(token(pc), "iberiacloud", last)
    assert (new.name, new.domain, new.country, new.provider_relationship, new.since) == (
        "Fourth Coffee Madrid S.L.", "fourthcoffee.onmicrosoft.com", "ES", True, T0 + 4 * DAY)
    assert "Fourth Coffee Madrid S.L." in [c.name for c in pc.customers("iberiacloud")]
    before = world(pc)
    raises_code(BackendError, "link_used", lambda: pc.open_link(link))
    assert world(pc) == before


def test_customer_name_comes_from_the_email_when_not_given(pc: SandboxPartnerCenter) -> None:
    t = connected(pc)
    pc.open_link(pc.invite_customer(t, "iberiacloud", "it@blue-yonder-air.es").links[0])
    new = pc.shared_customers(t, "iberiacloud")[-1]
    assert (new.name, new.domain) == ("Blue Yonder Air", "blueyonderair.onmicrosoft.com")


def test_accepting_gives_a_shared_customer_the_missing_provider_relationship(pc: SandboxPartnerCenter) -> None:
    t = connected(pc)
    before = pc.shared_customers(t, "iberiacloud")
    datum = next(r for r in before if r.domain == "datumconstrucciones.onmicrosoft.com")
    assert not datum.provider_relationship
    pc.open_link(pc.invite_customer(t, "iberiacloud", "admin@datumconstrucciones.onmicrosoft.com").links[0])
    after = pc.shared_customers(t, "iberiacloud")
    assert len(after) == len(before) and next(r for r in after if r.id == datum.id).provider_relationship


@pytest.mark.parametrize("email", ["", "not-an-email", "ana@", "ana@@fourthcoffee.es", "ana fourth@coffee.es"])
def test_invalid_customer_email_is_refused(pc: SandboxPartnerCenter, email: str) -> None:
    t = connected(pc)
    before = world(pc)
    raises_code(BackendError, "invalid_email", lambda: pc.invite_customer(t, "iberiacloud", email))
    assert world(pc) == before


def test_inviting_customers_needs_a_connected_provider(pc: SandboxPartnerCenter) -> None:
    t = approved(pc)
    before = world(pc)
    raises_code(BackendError, "not_connected", lambda: pc.invite_customer(t, "iberiacloud", "ana@fourthcoffee.es"))
    raises_code(BackendError, "invalid_name", lambda: pc.invite_customer(t, "iberiacloud", "ana@fc.es", "x" * 300))
    assert world(pc) == before


def test_customer_invitation_link_refusals(pc: SandboxPartnerCenter) -> None:
    t = connected(pc)
    link = pc.invite_customer(t, "iberiacloud", "ana@fourthcoffee.es").links[0]
    before = world(pc)
    raises_code(BackendError, "link_unknown", lambda: pc.open_link(link.rsplit("=", 1)[0] + "=" + "y" * 22))
    raises_code(BackendError, "link_malformed", lambda: pc.open_link(link.split("&")[0]))
    pc.advance(30 * DAY)
    error = raises_code(BackendError, "link_expired", lambda: pc.open_link(link))
    assert "Ask your reseller to send a new one" in error.message
    assert world(pc) == before


# -- scenario keys and persistence ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(invitations=[{"provider_id": "nobody", "tenant": ES_DOMAIN}]),
         "invitations[0].provider_id: unknown provider 'nobody'"),
        (lambda d: d.update(invitations=[{"provider_id": "albion", "tenant": "nobody.onmicrosoft.com"}]),
         "invitations[0].tenant: unknown tenant"),
        (lambda d: d.update(invitations=[{"provider_id": "albion", "tenant": ES_DOMAIN, "days_ago": -1}]),
         "invitations[0].days_ago"),
        (lambda d: d["generated_customers"][0].update(provider_id="prairie"),
         "generated_customers[0].provider_id: provider 'prairie' doesn't serve the CSP region"),
        (lambda d: d["generated_customers"][0].update(reseller="nobody.onmicrosoft.com"),
         "generated_customers[0].reseller: unknown tenant"),
        (lambda d: d["generated_customers"][0].update(count=-1), "generated_customers[0].count"),
        (lambda d: d["customers"][0].update(indirect_provider=None), "customers[0].indirect_provider: a shared"),
        (lambda d: d["customers"][0].update(country="US", provider_ids=[]), "customers[0].country: 'US' is outside"),
    ],
)
def test_bad_relationship_scenario_keys(demo: Scenario, change: Callable[[dict[str, Any]], None], message: str) -> None:
    data = copy.deepcopy(json.loads(demo.model_dump_json()))
    change(data)
    with pytest.raises(ScenarioError, match=re.escape(message)):
        parse_scenario(data)


def test_extends(tmp_path: Path, demo: Scenario, invited: Scenario) -> None:
    assert invited.model_dump(exclude={"name", "description", "invitations"}) == demo.model_dump(
        exclude={"name", "description", "invitations"})
    base = tmp_path / "base.json"
    base.write_text(json.dumps(json.loads(demo.model_dump_json())), encoding="utf-8")
    (tmp_path / "more.json").write_text(json.dumps({"extends": "base.json", "review_days": 1, "customers": [
        {"id": "cust-x", "name": "X", "domain": "x.onmicrosoft.com", "country": "ES", "provider_ids": ["iberiacloud"]}
    ]}), encoding="utf-8")
    more = load_scenario(tmp_path / "more.json")
    assert more.review_days == 1 and [c.id for c in more.customers] == [c.id for c in demo.customers] + ["cust-x"]
    (tmp_path / "loop.json").write_text('{"extends": "loop.json"}', encoding="utf-8")
    with pytest.raises(ScenarioError, match="loop.json: extends: 'loop.json' leads to a loop"):
        load_scenario(tmp_path / "loop.json")
    (tmp_path / "orphan.json").write_text('{"extends": "missing.json"}', encoding="utf-8")
    with pytest.raises(ScenarioError, match="missing.json: scenario file not found"):
        load_scenario(tmp_path / "orphan.json")


def test_relationships_survive_a_new_sandbox_on_the_same_file(demo: Scenario, tmp_path: Path) -> None:
    state = tmp_path / "providers.sqlite"
    first = SandboxPartnerCenter(demo, state, clock=lambda: T0)
    t = connected(first)
    first.remove_admin_access(t, "iberiacloud")
    link = first.invite_customer(t, "iberiacloud", "ana@fourthcoffee.es").links[0]
    providers, customers = first.indirect_providers(t), first.shared_customers(t, "iberiacloud")
    first.close()

    second = SandboxPartnerCenter(demo, state, clock=lambda: T0)
    t = token(second)
    assert second.indirect_providers(t) == providers and second.shared_customers(t, "iberiacloud") == customers
    second.open_link(link)
    assert len(second.shared_customers(t, "iberiacloud")) == len(customers) + 1
    with second._engine.begin() as conn:
        assert conn.execute(select(func.count()).select_from(st.shared_customers)).scalar() == len(customers) + 1
    second.close()


def test_an_invitation_from_a_provider_outside_the_region_never_says_to_authorize_it(pc: SandboxPartnerCenter) -> None:
    """Issue 13: the email and the link said "check the box and select Authorize indirect provider", and then
    the window refused. Now both give the region rule's reason, as the window does."""
    t = approved(pc)
    sent = pc.send_provider_invitation("prairie", ES_DOMAIN)  # serves only the United States
    mail = pc.outbox()[-1]
    assert "Authorize indirect provider" not in mail.body and "check the box" not in mail.body
    assert PRAIRIE_REASON in mail.body and "find-a-provider" in mail.body and sent.link in mail.body
    outcome = pc.open_link(sent.link)
    assert "Authorize indirect provider" not in outcome.message
    assert PRAIRIE_REASON in outcome.message
    error = raises_code(BackendError, "invitation_region", lambda: pc.invitation(t, sent.link))
    assert error.message in outcome.message  # the same words in the status bar and the window


def test_the_region_rule_applies_before_enrollment_by_the_tenant_country(pc: SandboxPartnerCenter) -> None:
    pc.send_provider_invitation("prairie", FR_DOMAIN)  # a French tenant, not enrolled
    mail = pc.outbox()[-1]
    assert "Authorize indirect provider" not in mail.body and "France, is in the Europe region" in mail.body
    in_region = pc.send_provider_invitation("hexagone", FR_DOMAIN)
    assert "Authorize indirect provider" in pc.outbox()[-1].body
    assert "Authorize indirect provider" in pc.open_link(in_region.link).message
