"""The sandbox Partner Center: sign-in, Create one, PMC, enrollment rules, outbox, persistence, threads."""

from __future__ import annotations

import re
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Callable

import pytest

from wizard.backends.base import BackendError, PartnerCenter, SignInError
from wizard.backends.sandbox import SESSION_LIFETIME, SandboxPartnerCenter
from wizard.backends.sandbox.scenario import Scenario, demo_scenario_path, load_scenario, parse_scenario

PASSWORD = "Sandbox!2026"
ES_ADMIN = "admin@contosoiberia.onmicrosoft.com"
ES_USER = "user@contosoiberia.onmicrosoft.com"
US_ADMIN = "admin@fabrikamus.onmicrosoft.com"
GB_ADMIN = "admin@northwinduk.onmicrosoft.com"  # tenant already enrolled in CSP
ES_ACTIVE, FR_ACTIVE, ES_INACTIVE, US_ACTIVE = "4567890", "4567891", "4567892", "5123456"
VERIFY_LINK = re.compile(r"csp-sandbox://verify-email\?enrollment=(ENR-[A-Z0-9]{8})&code=[A-Za-z0-9_-]{16,}")


@pytest.fixture(scope="module")
def demo() -> Scenario:
    return load_scenario(demo_scenario_path())


@pytest.fixture
def pc(demo: Scenario) -> SandboxPartnerCenter:
    return SandboxPartnerCenter(demo)


def spanish_fields(**overrides: str) -> dict[str, str]:
    fields = {
        "legal_name": "Contoso Iberia S.L.",
        "address_line1": "Paseo de la Castellana 95",
        "address_line2": "Planta 12",
        "city": "Madrid",
        "state": "Madrid",
        "postal_code": "28046",
        "country": "ES",
        "contact_first_name": "Lucía",
        "contact_last_name": "Fernández",
        "contact_email": "lucia.fernandez@contosoiberia.es",
        "contact_phone": "+34 911 23 45 67",
        "support_email": "soporte@contosoiberia.es",
        "support_phone": "+34 900 12 34 56",
        "support_website": "https://contosoiberia.es/soporte",
    }
    fields.update(overrides)
    return fields


def raises_code(exc_type: type[BackendError], code: str, call: Callable[[], Any]) -> BackendError:
    with pytest.raises(exc_type) as info:
        call()
    assert info.value.code == code, info.value.message
    assert info.value.message and str(info.value) == info.value.message
    return info.value


# -- work accounts -----------------------------------------------------------------------------------


def test_implements_the_protocol(pc: SandboxPartnerCenter) -> None:
    assert isinstance(pc, PartnerCenter)


def test_sign_in(pc: SandboxPartnerCenter) -> None:
    account, token = pc.sign_in("  Admin@ContosoIberia.onmicrosoft.com ", PASSWORD)
    assert account.upn == ES_ADMIN and account.global_admin
    assert (account.tenant_domain, account.tenant_country) == ("contosoiberia.onmicrosoft.com", "ES")
    assert account.display_name == "Lucía Fernández" and account.tenant_id
    _, other = pc.sign_in(ES_ADMIN, PASSWORD)
    assert len(token) >= 32 and other != token
    assert pc.tenant_of_token(token).domain == "contosoiberia.onmicrosoft.com"


def test_seeded_tenant_ids_are_stable(demo: Scenario) -> None:
    first = SandboxPartnerCenter(demo).sign_in(US_ADMIN, PASSWORD)[0]
    second = SandboxPartnerCenter(demo).sign_in(US_ADMIN, PASSWORD)[0]
    assert first.tenant_id == second.tenant_id


@pytest.mark.parametrize(
    ("upn", "password", "code", "words"),
    [
        ("nobody@contosoiberia.onmicrosoft.com", PASSWORD, "unknown_account", "We couldn't find a work account named"),
        (ES_ADMIN, "sandbox!2026", "wrong_password", "password"),
        (ES_USER, "nope", "wrong_password", "password"),  # the role is not revealed without the password
        (ES_USER, PASSWORD, "not_global_admin",
         "user@contosoiberia.onmicrosoft.com is not a global administrator of contosoiberia.onmicrosoft.com. "
         "Sign in with a global admin account, or ask your global admin."),
        ("user@woodgrovede.onmicrosoft.com", PASSWORD, "not_global_admin", "woodgrovede.onmicrosoft.com"),
    ],
)
def test_sign_in_refusals(pc: SandboxPartnerCenter, upn: str, password: str, code: str, words: str) -> None:
    error = raises_code(SignInError, code, lambda: pc.sign_in(upn, password))
    assert words in error.message


def test_create_one_persists(demo: Scenario, tmp_path: Path) -> None:
    state = tmp_path / "sandbox.sqlite"
    first = SandboxPartnerCenter(demo, state)
    account, token = first.create_work_account("Adatum", "es", "Ana Díaz", "Str0ng&Secret")
    assert (account.upn, account.tenant_domain) == ("admin@adatum.onmicrosoft.com", "adatum.onmicrosoft.com")
    assert account.tenant_country == "ES" and account.global_admin and account.display_name == "Ana Díaz"
    assert first.is_enrolled(token) is False
    first.close()

    again = SandboxPartnerCenter(demo, state)
    signed_in, _ = again.sign_in("ADMIN@adatum.onmicrosoft.com", "Str0ng&Secret")
    assert signed_in == account
    assert again.tenant_of_token(token).country == "ES"  # sessions survive too
    raises_code(BackendError, "domain_taken", lambda: again.create_work_account("adatum", "US", "X", "Str0ng&Secret"))


def test_create_one_accepts_the_full_domain(pc: SandboxPartnerCenter) -> None:
    account, _ = pc.create_work_account("litware.onmicrosoft.com", "US", "", "Abcdefg1")
    assert account.upn == "admin@litware.onmicrosoft.com" and account.display_name == "Administrator"


def test_create_one_domain_taken_by_seeded_tenant(pc: SandboxPartnerCenter) -> None:
    raises_code(BackendError, "domain_taken", lambda: pc.create_work_account("ContosoIberia", "ES", "X", "Str0ng&Secret"))


@pytest.mark.parametrize("name", ["", "a", "1contoso", "con-toso", "con toso", "contoso.es", "ñandu", "a" * 28])
def test_create_one_invalid_names(pc: SandboxPartnerCenter, name: str) -> None:
    raises_code(BackendError, "invalid_tenant_name", lambda: pc.create_work_account(name, "ES", "X", "Str0ng&Secret"))


@pytest.mark.parametrize("name", ["ab", "a" + "1" * 26])
def test_create_one_name_limits(pc: SandboxPartnerCenter, name: str) -> None:
    assert pc.create_work_account(name, "ES", "X", "Str0ng&Secret")[0].tenant_domain == f"{name}.onmicrosoft.com"


@pytest.mark.parametrize("country", ["", "XX", "ESP", "Spain"])
def test_create_one_unknown_country(pc: SandboxPartnerCenter, country: str) -> None:
    raises_code(BackendError, "unknown_country", lambda: pc.create_work_account("adatum", country, "X", "Str0ng&Secret"))


@pytest.mark.parametrize(
    "password", ["Sh0rt!", "alllowercase", "lowercase123", "UPPERCASE!!!", "Contraseña1", "Aa1!" * 64 + "x"]
)
def test_create_one_weak_password(pc: SandboxPartnerCenter, password: str) -> None:
    raises_code(BackendError, "weak_password", lambda: pc.create_work_account("adatum", "ES", "X", password))


@pytest.mark.parametrize("password", ["Abcdefg1", "abcdefg1!", "ABCDEFG1!", "Abc def!", "Aa1!" * 64])
def test_create_one_strong_enough_password(pc: SandboxPartnerCenter, password: str) -> None:
    pc.create_work_account("adatum", "ES", "X", password)


# -- Partner Membership Center ------------------------------------------------------------------------


def test_pmc_sign_in_lists_every_profile(pc: SandboxPartnerCenter) -> None:
    profiles = pc.pmc_sign_in("PMC@contosoiberia.es", PASSWORD)
    assert [(p.mpn_id, p.country, p.active) for p in profiles] == [
        (ES_ACTIVE, "ES", True), (FR_ACTIVE, "FR", True), (ES_INACTIVE, "ES", False)]
    madrid = profiles[0].address
    assert (madrid.line1, madrid.city, madrid.postal_code, madrid.country) == (
        "Paseo de la Castellana 95", "Madrid", "28046", "ES")
    assert [p.mpn_id for p in pc.pmc_sign_in("pmc@fabrikam.com", PASSWORD)][0] == US_ACTIVE


def test_pmc_sign_in_refusals(pc: SandboxPartnerCenter) -> None:
    raises_code(SignInError, "unknown_pmc_account", lambda: pc.pmc_sign_in("pmc@nowhere.es", PASSWORD))
    raises_code(SignInError, "wrong_password", lambda: pc.pmc_sign_in("pmc@contosoiberia.es", "wrong"))


# -- enrollment -------------------------------------------------------------------------------------


def test_enroll_sends_one_verification_email(pc: SandboxPartnerCenter) -> None:
    _, token = pc.sign_in(ES_ADMIN, PASSWORD)
    assert pc.is_enrolled(token) is False and pc.outbox() == []
    receipt = pc.enroll(token, ES_ACTIVE, spanish_fields(work_account=ES_ADMIN, tenant_country="ES"))
    assert re.fullmatch(r"ENR-[A-Z0-9]{8}", receipt.enrollment_id)
    assert receipt.tenant_domain == "contosoiberia.onmicrosoft.com"
    assert receipt.verification_sent_to == "lucia.fernandez@contosoiberia.es"
    assert receipt.submitted_at.tzinfo is not None

    [mail] = pc.outbox()
    assert mail.to == "lucia.fernandez@contosoiberia.es" and mail.kind == "verification"
    assert "verify" in mail.subject.lower()
    assert "(1) you signed up for a Partner Center account" in mail.body
    assert "(2) this email address, lucia.fernandez@contosoiberia.es, belongs to your company" in mail.body
    [link] = mail.links
    match = VERIFY_LINK.fullmatch(link)
    assert match and match.group(1) == receipt.enrollment_id and link in mail.body
    assert pc.outbox_for("Lucia.Fernandez@ContosoIberia.es") == [mail]
    assert pc.outbox_for("someone@else.es") == []

    assert pc.is_enrolled(token) is True
    status = pc.enrollment("ContosoIberia.onmicrosoft.com")
    assert (status.status, status.enrollment_id, status.mpn_id, status.pmc_user) == (
        "pending_email_verification", receipt.enrollment_id, ES_ACTIVE, "pmc@contosoiberia.es")
    assert pc.tenant_of_token(token).csp_status == "pending_email_verification"


def test_enrollment_status_of_other_tenants(pc: SandboxPartnerCenter) -> None:
    assert pc.enrollment("fabrikamus.onmicrosoft.com").status == "not_enrolled"
    assert pc.enrollment("northwinduk.onmicrosoft.com").status == "authorized"
    raises_code(BackendError, "unknown_tenant", lambda: pc.enrollment("nowhere.onmicrosoft.com"))


def _expired(pc: SandboxPartnerCenter) -> str:
    _, token = pc.sign_in(ES_ADMIN, PASSWORD)
    pc.advance(SESSION_LIFETIME + timedelta(seconds=1))
    return token


def _mpn_in_use(pc: SandboxPartnerCenter) -> str:
    _, token = pc.sign_in(ES_ADMIN, PASSWORD)
    pc.enroll(token, ES_ACTIVE, spanish_fields())
    return pc.create_work_account("contosomadrid", "ES", "X", "Str0ng&Secret")[1]


REFUSALS: list[tuple[str, Callable[[SandboxPartnerCenter], str], str, dict[str, str], str]] = [
    ("garbage token", lambda pc: "not-a-token", ES_ACTIVE, {}, "session_expired"),
    ("expired token", _expired, ES_ACTIVE, {}, "session_expired"),
    ("unknown mpn", lambda pc: pc.sign_in(ES_ADMIN, PASSWORD)[1], "9999999", {}, "unknown_mpn_id"),
    ("mpn not digits", lambda pc: pc.sign_in(ES_ADMIN, PASSWORD)[1], "abc", {}, "unknown_mpn_id"),
    ("inactive", lambda pc: pc.sign_in(ES_ADMIN, PASSWORD)[1], ES_INACTIVE, {}, "inactive_profile"),
    ("profile in FR", lambda pc: pc.sign_in(ES_ADMIN, PASSWORD)[1], FR_ACTIVE, {}, "country_mismatch"),
    ("US profile", lambda pc: pc.sign_in(ES_ADMIN, PASSWORD)[1], US_ACTIVE, {}, "country_mismatch"),
    ("address in FR", lambda pc: pc.sign_in(ES_ADMIN, PASSWORD)[1], ES_ACTIVE, {"country": "FR"}, "country_mismatch"),
    ("already enrolled", lambda pc: pc.sign_in(GB_ADMIN, PASSWORD)[1], "6234567", {}, "already_enrolled"),
    ("missing legal name", lambda pc: pc.sign_in(ES_ADMIN, PASSWORD)[1], ES_ACTIVE, {"legal_name": " "}, "invalid_profile"),
    ("missing phone", lambda pc: pc.sign_in(ES_ADMIN, PASSWORD)[1], ES_ACTIVE, {"contact_phone": ""}, "invalid_profile"),
    ("bad email", lambda pc: pc.sign_in(ES_ADMIN, PASSWORD)[1], ES_ACTIVE, {"contact_email": "lucia"}, "invalid_profile"),
    ("gmail", lambda pc: pc.sign_in(ES_ADMIN, PASSWORD)[1], ES_ACTIVE, {"contact_email": "lucia@gmail.com"},
     "web_based_email"),
    ("hotmail.es", lambda pc: pc.sign_in(ES_ADMIN, PASSWORD)[1], ES_ACTIVE, {"contact_email": "lucia@Hotmail.ES"},
     "web_based_email"),
    ("gmx.de", lambda pc: pc.sign_in(ES_ADMIN, PASSWORD)[1], ES_ACTIVE, {"contact_email": "lucia@gmx.de"},
     "web_based_email"),
    ("throwaway contact", lambda pc: pc.sign_in(ES_ADMIN, PASSWORD)[1], ES_ACTIVE,
     {"contact_email": "lucia@mailinator.com"}, "disposable_email"),
    ("throwaway support", lambda pc: pc.sign_in(ES_ADMIN, PASSWORD)[1], ES_ACTIVE,
     {"support_email": "help@Guerrillamail.com"}, "disposable_email"),
    ("mpn used by another tenant", _mpn_in_use, ES_ACTIVE, {}, "mpn_id_in_use"),
]


@pytest.mark.parametrize(("setup", "mpn_id", "overrides", "code"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_enroll_refusals(
    pc: SandboxPartnerCenter, setup: Callable[[SandboxPartnerCenter], str], mpn_id: str, overrides: dict[str, str],
    code: str,
) -> None:
    token = setup(pc)
    mails_before = len(pc.outbox())
    raises_code(BackendError, code, lambda: pc.enroll(token, mpn_id, spanish_fields(**overrides)))
    assert len(pc.outbox()) == mails_before
    if code != "session_expired":
        assert pc.is_enrolled(token) is (code == "already_enrolled")


def test_enroll_twice(pc: SandboxPartnerCenter) -> None:
    _, token = pc.sign_in(ES_ADMIN, PASSWORD)
    pc.enroll(token, ES_ACTIVE, spanish_fields())
    raises_code(BackendError, "already_enrolled", lambda: pc.enroll(token, ES_ACTIVE, spanish_fields()))
    assert len(pc.outbox()) == 1


def test_is_enrolled_needs_a_session(pc: SandboxPartnerCenter) -> None:
    raises_code(BackendError, "session_expired", lambda: pc.is_enrolled("nope"))
    assert pc.is_enrolled(pc.sign_in(GB_ADMIN, PASSWORD)[1]) is True


# -- clock, latency, listings -------------------------------------------------------------------------


def test_clock_is_owned_and_persisted(demo: Scenario, tmp_path: Path) -> None:
    fixed = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
    state = tmp_path / "clock.sqlite"
    pc = SandboxPartnerCenter(demo, state, clock=lambda: fixed)
    assert pc.now() == fixed
    assert pc.advance(timedelta(days=3)) == fixed + timedelta(days=3)
    with pytest.raises(ValueError):
        pc.advance(timedelta(seconds=-1))
    pc.close()
    assert SandboxPartnerCenter(demo, state, clock=lambda: fixed).now() == fixed + timedelta(days=3)


def test_mail_and_receipt_use_sandbox_time(demo: Scenario) -> None:
    fixed = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)
    pc = SandboxPartnerCenter(demo, clock=lambda: fixed)
    pc.advance(timedelta(hours=1))
    receipt = pc.enroll(pc.sign_in(ES_ADMIN, PASSWORD)[1], ES_ACTIVE, spanish_fields())
    assert receipt.submitted_at == pc.outbox()[0].sent_at == fixed + timedelta(hours=1)


def test_latency(demo: Scenario) -> None:
    assert SandboxPartnerCenter(demo).latency == 0
    slow = SandboxPartnerCenter(demo.model_copy(update={"latency_ms": 120}))
    assert slow.latency == pytest.approx(0.12)
    fast = SandboxPartnerCenter(demo.model_copy(update={"latency_ms": 120}), latency=0.05)
    started = time.perf_counter()
    raises_code(BackendError, "session_expired", lambda: fast.is_enrolled("x"))
    assert time.perf_counter() - started >= 0.05


def test_providers_and_customers(pc: SandboxPartnerCenter, demo: Scenario) -> None:
    assert [p.id for p in pc.providers()] == [p.id for p in demo.providers]
    spanish = pc.providers("es")
    assert spanish and all("ES" in p.countries for p in spanish)
    assert len(pc.customers()) == len(demo.customers)
    assert all("iberiacloud" in c.provider_ids for c in pc.customers("iberiacloud"))


# -- state file ---------------------------------------------------------------------------------------


def _state_bytes(state: Path) -> bytes:
    return b"".join(p.read_bytes() for p in state.parent.glob(state.name + "*"))


def test_state_file_never_holds_a_plaintext_secret(demo: Scenario, tmp_path: Path) -> None:
    state = tmp_path / "secrets.sqlite"
    pc = SandboxPartnerCenter(demo, state)
    created = "Zebra#Quartz42"
    _, token = pc.create_work_account("wingtip", "ES", "W", created)
    tokens = [token, pc.sign_in(ES_ADMIN, PASSWORD)[1], pc.sign_in("admin@wingtip.onmicrosoft.com", created)[1]]
    pc.pmc_sign_in("pmc@contosoiberia.es", PASSWORD)
    pc.enroll(tokens[1], ES_ACTIVE, spanish_fields())
    assert Path(f"{state}-wal").exists()
    secrets = [PASSWORD, created, *tokens]
    for when in ("open", "closed"):
        data = _state_bytes(state)
        assert b"scrypt$" in data and b"admin@wingtip.onmicrosoft.com" in data
        for secret in secrets:
            for encoding in ("utf-8", "utf-16-le"):
                assert secret.encode(encoding) not in data, (when, secret)
        pc.close()


def test_other_scenario_reseeds(demo: Scenario, tmp_path: Path) -> None:
    state = tmp_path / "reseed.sqlite"
    SandboxPartnerCenter(demo, state).create_work_account("wingtip", "ES", "W", "Str0ng&Secret")
    same = SandboxPartnerCenter(demo.model_copy(update={"latency_ms": 5}), state, latency=0)
    assert same.sign_in("admin@wingtip.onmicrosoft.com", "Str0ng&Secret")[0].tenant_country == "ES"
    other = SandboxPartnerCenter(demo.model_copy(update={"review_days": 9}), state)
    raises_code(SignInError, "unknown_account", lambda: other.sign_in("admin@wingtip.onmicrosoft.com", "Str0ng&Secret"))
    assert other.sign_in(ES_ADMIN, PASSWORD)[0].upn == ES_ADMIN


def test_unusable_state_file(demo: Scenario, tmp_path: Path) -> None:
    state = tmp_path / "garbage.sqlite"
    state.write_bytes(b"this is not a database" * 100)
    error = raises_code(BackendError, "state_unusable", lambda: SandboxPartnerCenter(demo, state))
    assert str(state) in error.message


# -- threads ------------------------------------------------------------------------------------------


def _run(workers: list[Callable[[], Any]]) -> list[Any]:
    results: list[Any] = [None] * len(workers)
    barrier = threading.Barrier(len(workers))

    def run(i: int) -> None:
        barrier.wait()
        try:
            results[i] = workers[i]()
        except BackendError as exc:
            results[i] = exc.code

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(workers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def _thread_scenario() -> Scenario:
    n = 4
    return parse_scenario({
        "tenants": [
            {"domain": f"t{i}.onmicrosoft.com", "country": "ES", "users": [
                {"upn": f"admin@t{i}.onmicrosoft.com", "password": f"Pw{i}!x", "display_name": f"T{i}", "global_admin": True}]}
            for i in range(n)
        ],
        "pmc_accounts": [{"user": "pmc@t.es", "password": "Pmc!1", "mpn_profiles": [
            {"mpn_id": f"10{i}", "company": f"T{i}", "country": "ES", "active": True} for i in range(n)]}],
        "providers": [],
        "customers": [],
    })


@pytest.mark.parametrize("on_file", [True, False], ids=["file", "memory"])
def test_parallel_sign_in_and_enroll(tmp_path: Path, on_file: bool) -> None:
    scenario = _thread_scenario()
    state = tmp_path / "threads.sqlite" if on_file else None
    pc = SandboxPartnerCenter(scenario, state)
    second = SandboxPartnerCenter(scenario, state) if on_file else pc  # like a second process

    def enroll(i: int) -> Callable[[], str]:
        def work() -> str:
            backend = pc if i % 2 else second
            _, token = backend.sign_in(f"admin@t{i}.onmicrosoft.com", f"Pw{i}!x")
            return backend.enroll(token, f"10{i}", spanish_fields(contact_email=f"c{i}@t{i}.es")).enrollment_id
        return work

    ids = _run([enroll(i) for i in range(4)])
    assert all(isinstance(x, str) and x.startswith("ENR-") for x in ids) and len(set(ids)) == 4
    assert sorted(m.to for m in pc.outbox()) == [f"c{i}@t{i}.es" for i in range(4)]
    assert [pc.enrollment(f"t{i}.onmicrosoft.com").enrollment_id for i in range(4)] == ids


def test_racing_for_the_same_domain_and_tenant(tmp_path: Path) -> None:
    scenario = _thread_scenario()
    state = tmp_path / "race.sqlite"
    pc = SandboxPartnerCenter(scenario, state)
    created = _run([lambda: pc.create_work_account("samename", "ES", "S", "Str0ng&Secret")[0].upn] * 3)
    assert sorted(created) == ["admin@samename.onmicrosoft.com", "domain_taken", "domain_taken"]

    tokens = [pc.sign_in("admin@t0.onmicrosoft.com", "Pw0!x")[1] for _ in range(3)]
    results = _run([lambda t=t: pc.enroll(t, "100", spanish_fields()).enrollment_id for t in tokens])
    assert sorted(r.startswith("ENR-") for r in results) == [False, False, True]
    assert results.count("already_enrolled") == 2 and len(pc.outbox()) == 1
