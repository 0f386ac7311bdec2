"""The case list and customers cache on a team database (PostgreSQL), and the stored case search key (0006).

The PostgreSQL tests need a server (`bash scripts/setup.sh --postgres`, then
`export WIZARD_TEST_POSTGRES_URL=$(cat .venv/postgres-url)`); without one they skip. The SQLite variants
always run. The reference for every list is Python over the same data (tests/case_list_data.py).
"""

from __future__ import annotations

import importlib.util
import random
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from tests.case_list_data import EXTRA_KEYS, random_cases
from tests.unit.test_case_list_source import _reference_rows, reference
from wizard.store import Store, migrate
from wizard.store.case_list import SORT_COLUMNS, CaseListSource, case_search_key, fold
from wizard.store.customer_view import SORT_COLUMNS as CUSTOMER_SORTS
from wizard.store.customer_view import SharedCustomerSource
from wizard.store.engine import make_engine
from wizard.store.relationships import RelationshipStore
from wizard.store.tables import Case, CaseField

MIGRATION = Path(migrate.MIGRATIONS_DIR) / "versions" / "0006_case_search_key.py"
SEARCHES = ["", "contoso", "CONTOSO", "straße", "STRASSE", "łódź", "é", "100%", "_", "o'brien", "bob staff",
            "@example1", "ana garcía", "zzz-nothing", "\x1f", "\\"]


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """Where a Store opens: a SQLite file, or a fresh PostgreSQL database URL (skips without a server)."""
    if request.param == "sqlite":
        return tmp_path / "cases.sqlite"
    return str(request.getfixturevalue("postgres_url"))


def _fill_server(url: str, cases: list[dict]) -> None:
    """tests/case_list_data.fill for a server database: cases (with their search key) and fields, in bulk."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(Case.__table__.insert(), [
                {"id": c["id"], "created_at": c["updated_at"], "updated_at": c["updated_at"],
                 "step": c["step"], "status": c["status"], "owner": c["owner"], "archived": c["archived"],
                 "search_key": case_search_key(c["fields"], c["owner"])} for c in cases])
            conn.execute(CaseField.__table__.insert(), [
                {"case_id": c["id"], "key": key, "value": value, "updated_at": c["updated_at"]}
                for c in cases for key, value in c["fields"].items()])
            conn.execute(text("SELECT setval(pg_get_serial_sequence('cases', 'id'),"
                              " (SELECT max(id) FROM cases))"))
    finally:
        engine.dispose()


# -- the stored search key -------------------------------------------------------------------------


def _migration_module() -> Any:
    spec = importlib.util.spec_from_file_location("migration_0006", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_migration_keeps_a_frozen_copy_of_the_key_that_agrees_with_the_store() -> None:
    frozen = _migration_module().search_key
    rng = random.Random(2)
    awkward = ["", " ", "Straße", "ŁÓDŹ", "tab\there", "new\nline", "sep\x1fin", "İstanbul", "ﬁ", "  Ana  "]
    for case in random_cases(300, seed=3):
        fields = dict(case["fields"])
        for key in ("legal_name", "contact_first_name", "contact_last_name", "contact_email"):
            if rng.random() < 0.3:
                fields[key] = rng.choice(awkward)
        assert frozen(fields, case["owner"]) == case_search_key(fields, case["owner"])


def test_the_key_is_casefolded_per_part_so_a_search_never_spans_two_parts() -> None:
    key = case_search_key({"legal_name": "STRASSE Bau", "mpn_id": "12", "contact_first_name": "Ana",
                           "contact_email": "a@x.es"}, "Bob")
    assert key == "strasse bau\x1f12\x1fana <a@x.es>\x1fbob"
    assert case_search_key({}, "") == "\x1f\x1f\x1f"


def test_the_store_keeps_the_search_key_current(target: str | Path) -> None:
    """create_case, save_fields (only searched keys rewrite it), write_case (a handover import)."""
    with Store.open(target) as store, store.case_list_source() as source:
        case_id = store.create_case("Désirée")
        assert [r.id for r in source.page("DÉSIRÉE", False, "id", False, 0, 10)] == [case_id]
        store.save_fields(case_id, {"legal_name": "Straße Bau GmbH", "city": "Köln"})
        assert source.count("STRASSE", False) == 1 and source.count("köln", False) == 0  # city isn't searched
        store.save_field(case_id, "contact_last_name", "O'Brien")
        store.save_fields(case_id, {"postal_code": "50667"})  # not searched: the key stays as it was
        [row] = source.page("o'brien", False, "company", False, 0, 10)
        assert row.company == "Straße Bau GmbH" and row.contact == "O'Brien"
        now = datetime.now(UTC)
        copied = store.write_case(None, owner="Zoë", step="mpn", status="draft", enrollment_id=None,
                                  created_at=now, updated_at=now, fields={"mpn_id": "4567890"}, audit=[],
                                  final_entry=(now, "Zoë", "import", {}))
        assert [r.id for r in source.page("zoë", False, "id", False, 0, 10)] == [copied]
        store.write_case(copied, owner="Ian", step="mpn", status="draft", enrollment_id=None, created_at=now,
                         updated_at=now + timedelta(seconds=1), fields={"legal_name": "Ærø Fisk"}, audit=[],
                         final_entry=(now, "Ian", "import", {}))
        assert source.count("zoë", False) == 0 and source.count("4567890", False) == 0
        assert [r.id for r in source.page("ærø", False, "id", False, 0, 10)] == [copied]
        assert source.count("100%", False) == 0 and source.count("_", False) == 0  # wildcards are literal
        store.save_field(case_id, "legal_name", "100% Tech_Lab")
        assert source.count("100%", False) == 1 and source.count("h_l", False) == 1


def _fill_at_0005(engine: Any, cases: list[dict]) -> None:
    """Old-schema rows (no search_key column yet), written the way the 0005 store did."""
    with engine.begin() as conn:
        for c in cases:
            conn.execute(text(
                "INSERT INTO cases (id, created_at, updated_at, step, status, owner, archived, version)"
                " VALUES (:id, :at, :at, :step, :status, :owner, :archived, 3)"),
                {"id": c["id"], "at": c["updated_at"].replace(tzinfo=None), "step": c["step"],
                 "status": c["status"], "owner": c["owner"], "archived": c["archived"]})
            for key, value in c["fields"].items():
                conn.execute(text("INSERT INTO case_fields (case_id, key, value, updated_at)"
                                  " VALUES (:c, :k, :v, :at)"),
                             {"c": c["id"], "k": key, "v": value, "at": c["updated_at"].replace(tzinfo=None)})


def test_0006_upgrades_a_populated_0005_database_with_data_intact(target: str | Path) -> None:
    engine = make_engine(target) if isinstance(target, Path) else create_engine(target)
    cases = random_cases(120, seed=9)
    try:
        migrate.upgrade(engine, "0005_case_version")
        _fill_at_0005(engine, cases)
        with engine.begin() as conn:  # the customers cache, whose search key gets the "C" collation on PostgreSQL
            conn.execute(text("INSERT INTO providers (case_id, provider_id, name, countries, regions, services,"
                              " admin_access) VALUES (1, 'p1', 'P', '[]', '[]', '[]', false)"))
            conn.execute(text("INSERT INTO shared_customers (case_id, provider_id, search_key, customer_id, name,"
                              " domain, country, provider_relationship) VALUES"
                              " (1, 'p1', 'zeta\x1fz.es', 1, 'Zeta', 'z.es', 'ES', true),"
                              " (1, 'p1', 'Alpha\x1fa.es', 2, 'Alpha', 'a.es', 'ES', false)"))
        customers = "SELECT customer_id, search_key FROM shared_customers ORDER BY search_key"
        with engine.connect() as conn:
            before = conn.execute(text("SELECT * FROM case_fields ORDER BY case_id, key")).all()
        migrate.upgrade(engine)
        with engine.connect() as conn:
            keys = dict(conn.execute(text("SELECT id, search_key FROM cases")).all())
            versions = {v for (v,) in conn.execute(text("SELECT version FROM cases"))}
            assert conn.execute(text("SELECT * FROM case_fields ORDER BY case_id, key")).all() == before
            assert [r[0] for r in conn.execute(text(customers))] == [2, 1]  # code point order: 'A' < 'z'
        assert keys == {c["id"]: case_search_key(c["fields"], c["owner"]) for c in cases}
        assert versions == {3}  # a derived column: the cases did not change
        with Store.open(target) as store, store.case_list_source() as source:
            expected = reference(_reference_rows(cases), "contoso", True, "updated_at", True)
            assert source.page("contoso", True, "updated_at", True, 0, 1000) == expected
            assert len(store.list_cases()) == len(cases)
        migrate.downgrade(engine, "0005_case_version")
        with engine.connect() as conn:
            assert conn.execute(text("SELECT * FROM case_fields ORDER BY case_id, key")).all() == before
            assert len(conn.execute(text(customers)).all()) == 2
            assert conn.execute(text("SELECT count(*) FROM cases")).scalar() == len(cases)
        migrate.upgrade(engine)
    finally:
        engine.dispose()


# -- the case list on PostgreSQL --------------------------------------------------------------------


def test_one_case_list_source_for_either_database(target: str | Path) -> None:
    """The same class and queries; on a SQLite file over the store's read-only engine, else its engine."""
    with Store.open(target) as store, store.case_list_source() as source:
        assert isinstance(source, CaseListSource)
        assert (store._views is not None) == isinstance(target, Path)  # noqa: SLF001
        assert source.count() == 0 and source.page("", True, "updated_at", True, 0, 10) == []


def test_postgres_case_list_matches_the_reference(postgres_url: str) -> None:
    """Every search, filter and sort order on PostgreSQL gives what the SQLite list gives (the reference)."""
    cases = random_cases(600, seed=5)
    rows = _reference_rows(cases)
    with Store.open(postgres_url) as store, store.case_list_source() as source:
        _fill_server(postgres_url, cases)
        for text_, include_archived in [(s, a) for s in SEARCHES for a in (False, True)]:
            matching = reference(rows, text_, include_archived, "id", False)
            assert source.count(text_, include_archived) == len(matching)
        for sort_column in sorted(SORT_COLUMNS):
            for descending in (False, True):
                for text_, include_archived in (("", True), ("", False), ("contoso", False), ("a", True)):
                    expected = reference(rows, text_, include_archived, sort_column, descending)
                    got = source.page(text_, include_archived, sort_column, descending, 0, 10_000)
                    assert got == expected, (sort_column, descending, text_)
        expected = reference(rows, "a", True, "contact", True)
        pages: list = []
        while page := source.page("a", True, "contact", True, len(pages), 97):
            pages += page
        assert pages == expected
        with pytest.raises(ValueError, match="cannot sort cases"):
            source.page("", True, "password", False, 0, 10)
        case_id = store.create_case("Ngozi Team")  # the sequence was moved past the bulk-inserted ids
        assert [r.id for r in source.page("ngozi team", False, "updated_at", True, 0, 5)] == [case_id]
    with pytest.raises(ValueError, match="closed"):
        source.count()


# -- the customers cache on PostgreSQL ---------------------------------------------------------------

WORDS = ["Contoso", "fabrikam", "Straße", "ÆRØ", "Łódź", "100%", "under_score", "Zeta", "alpha", "Émile"]
PROVIDERS = [
    {"provider_id": "p-north", "name": "northwind Distribution", "countries": ["GB"], "regions": ["Europe"],
     "services": ["training"], "since": datetime(2024, 3, 1, tzinfo=UTC), "admin_access": True},
    {"provider_id": "p-south", "name": "Alpine Supply", "countries": ["DE"], "regions": ["Europe"],
     "services": [], "since": None, "admin_access": False},
]


def _customers(n: int, seed: int = 3) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    base = datetime(2021, 1, 1, tzinfo=UTC)
    return [{
        "customer_id": i + 1,
        "name": f"{rng.choice(WORDS)} {rng.randrange(100):02d}",
        "domain": f"{rng.choice(WORDS).lower()}{rng.randrange(50)}.example",
        "country": rng.choice(["GB", "DE", "fr", "NO"]),
        "provider_relationship": rng.random() > 0.2,
        "since": None if rng.random() < 0.1 else base + timedelta(seconds=rng.randrange(90_000_000)),
    } for i in range(n)]


def _cache(target: str | Path, customers: list[dict[str, Any]]) -> tuple[Store, RelationshipStore, int]:
    store = Store.open(target)
    cache = RelationshipStore(store)
    case_id = store.create_case("ana")
    cache.save_providers(case_id, PROVIDERS)
    cache.append_customers(case_id, "p-north", customers[:250])
    cache.append_customers(case_id, "p-north", customers[200:])  # overlapping: the second batch updates
    return store, cache, case_id


def test_postgres_customers_cache_answers_as_the_sqlite_one(tmp_path: Path, postgres_url: str) -> None:
    customers = _customers(400)
    customers[220] = dict(customers[220], name="Renamed Customer", provider_relationship=False)
    lite_store, lite, lite_case = _cache(tmp_path / "cases.sqlite", customers)
    pg_store, pg, pg_case = _cache(postgres_url, customers)
    try:
        assert pg.providers(pg_case) == lite.providers(lite_case)  # the same order, too
        assert pg.last_customer_id(pg_case, "p-north") == lite.last_customer_id(lite_case, "p-north") == 400
        assert pg.synced_at(pg_case, "p-north") is not None
        with pg.customer_source(pg_case, "p-north") as pg_source, \
                lite.customer_source(lite_case, "p-north") as lite_source:
            assert isinstance(pg_source, SharedCustomerSource) and isinstance(lite_source, SharedCustomerSource)
            for filter_text in ("", "contoso", "STRASSE", "łódź", "100%", "_", "renamed"):
                for missing_only in (False, True):
                    expected = lite_source.count(filter_text, missing_only)
                    assert pg_source.count(filter_text, missing_only) == expected
                    for sort_column in sorted(CUSTOMER_SORTS):
                        for descending in (False, True):
                            args = (filter_text, missing_only, sort_column, descending)
                            assert pg_source.page(*args, 0, 1000) == lite_source.page(*args, 0, 1000), args
            middle = ("", False, "name", False, 150, 50)
            assert pg_source.page(*middle) == lite_source.page(*middle)
        pg.clear_customers(pg_case, "p-north")
        assert pg.customer_count(pg_case, "p-north") == 0 and pg.last_customer_id(pg_case, "p-north") is None
        pg.save_providers(pg_case, PROVIDERS[1:])
        assert [p.provider_id for p in pg.providers(pg_case)] == ["p-south"]
    finally:
        lite_store.close()
        pg_store.close()


def test_extra_keys_never_reach_the_search_key() -> None:
    """Only company, MPN ID, contact and owner are searched (what the list shows), not every field."""
    fields = {key: f"{key} value" for key in EXTRA_KEYS}
    assert case_search_key(fields, "owner") == "\x1f\x1f\x1fowner" and fold("ÅSA") == "åsa"
