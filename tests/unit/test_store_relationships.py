"""Relationships cache: migration 0004 over old data, providers, 100k customers, SQL pages against Python, cascades."""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from wizard.store import CaseNotFound, Store
from wizard.store import migrate
from wizard.store.customer_view import SORT_COLUMNS, SharedCustomerSource, search_key, text_key
from wizard.store.engine import make_engine
from wizard.store.errors import ProviderNotFound
from wizard.store.records import SharedCustomerRow
from wizard.store.relationships import RelationshipStore

UTC = timezone.utc
WORDS = ["Contoso", "Fabrikam", "Northwind", "Tailspin", "Litware", "Wingtip", "Woodgrove", "Alpine",
         "Straße", "Ærø", "Škoda", "Łódź", "ÉCOLE", "ß", "100%", "under_score", "<b>Bold</b>"]
SUFFIXES = ["Ltd", "GmbH", "SA", "Inc", "LLC", "AB"]


def random_customers(n: int, seed: int = 7, first_id: int = 1) -> list[dict[str, Any]]:
    """Customers as a backend batch: ascending ids, names in random order, ~10% without the relationship."""
    rng = random.Random(seed)
    base = datetime(2021, 1, 1, tzinfo=UTC)
    rows = []
    for i in range(n):
        word = rng.choice(WORDS)
        rows.append({
            "customer_id": first_id + i,
            "name": f"{word} {rng.randrange(10_000):04d} {rng.choice(SUFFIXES)}",
            "domain": f"{word.lower().replace(' ', '')}{rng.randrange(1000)}.onmicrosoft.com",
            "country": rng.choice(["GB", "DE", "FR", "NO"]),
            "provider_relationship": rng.random() > 0.1,
            "since": None if rng.random() < 0.05 else base + timedelta(seconds=rng.randrange(90_000_000)),
        })
    return rows


PROVIDERS = [
    {"provider_id": "p-north", "name": "Northwind Distribution", "countries": ["GB", "IE"], "regions": ["Europe"],
     "services": ["training", "financing"], "since": datetime(2024, 3, 1, tzinfo=UTC), "admin_access": True},
    {"provider_id": "p-south", "name": "alpine Supply", "countries": ["DE"], "regions": ["Europe"],
     "services": [], "since": None, "admin_access": False,
     "admin_access_removed_at": datetime(2024, 5, 1, 12, tzinfo=UTC)},
]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "cases.db") as s:
        yield s


@pytest.fixture
def cache(store: Store) -> RelationshipStore:
    return RelationshipStore(store)


@pytest.fixture
def case_id(store: Store, cache: RelationshipStore) -> int:
    case = store.create_case("ana")
    cache.save_providers(case, PROVIDERS)
    return case


# -- migration ---------------------------------------------------------------------------------------


def test_upgrade_from_0003_with_data_adds_the_cache_and_keeps_cases(tmp_path: Path) -> None:
    path = tmp_path / "cases.db"
    engine = make_engine(path)
    try:
        migrate.upgrade(engine, "0003_lifecycle_status")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as raw:
        raw.execute(
            "INSERT INTO cases (id, created_at, updated_at, step, status, owner, archived) "
            "VALUES (1, '2025-01-01 10:00:00.000000', '2025-01-02 10:00:00.000000', 'overview', 'approved', 'ana', 0)"
        )
        raw.execute("INSERT INTO case_fields VALUES (1, 'legal_name', 'Contoso', '2025-01-01 10:00:00.000000')")
        assert raw.execute("SELECT name FROM sqlite_master WHERE name = 'shared_customers'").fetchall() == []

    with Store.open(path) as store:
        case = store.get_case(1)
        assert (case.status, case.step, case.fields) == ("approved", "overview", {"legal_name": "Contoso"})
        cache = RelationshipStore(store)
        assert cache.providers(1) == [] and cache.last_customer_id(1, "p-north") is None
        cache.save_providers(1, PROVIDERS)
        cache.append_customers(1, "p-north", random_customers(50))
        assert cache.customer_count(1, "p-north") == 50

    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (migrate.script_head(),)
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        table_sql = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'shared_customers'").fetchone()[0]
        assert table_sql.rstrip().endswith("WITHOUT ROWID")

    engine = make_engine(path)  # and back: the cache goes, the case stays
    try:
        migrate.downgrade(engine, "0003_lifecycle_status")
    finally:
        engine.dispose()
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT name FROM sqlite_master WHERE name = 'providers'").fetchall() == []
        assert raw.execute("SELECT owner FROM cases").fetchall() == [("ana",)]


def test_pages_walk_the_clustered_table_without_lookups(store: Store, cache: RelationshipStore, case_id: int) -> None:
    """Name order, filters and keyset pages read the table in its own order; other orders sort one provider."""
    cache.append_customers(case_id, "p-north", random_customers(300))
    from sqlalchemy.dialects import sqlite

    from wizard.store.customer_view import count_statement, page_statement

    def page_query(*args: Any, after: Any = None) -> Any:
        return page_statement(*args, after=after)

    def count_query(*args: Any) -> Any:
        return count_statement(*args)

    def plan(statement_params: Any) -> str:
        statement, values = statement_params
        compiled = statement.compile(dialect=sqlite.dialect())
        params = [values.get(name, compiled.params[name]) for name in compiled.positiontup]
        with sqlite3.connect(store.path) as raw:
            return " | ".join(r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + str(compiled), params))

    for query in (page_query(case_id, "p-north", "", False, "name", False, 0, 200),
                  page_query(case_id, "p-north", "conto", True, "name", True, 400, 200),
                  page_query(case_id, "p-north", "", False, "name", False, 200, 200, after=("k", 5))):
        assert plan(query).startswith("SEARCH shared_customers USING PRIMARY KEY (case_id=? AND provider_id=?")
        assert "TEMP B-TREE" not in plan(query)
    by_domain = plan(page_query(case_id, "p-north", "", False, "domain", False, 0, 200))
    assert by_domain.startswith("SEARCH shared_customers USING PRIMARY KEY") and "TEMP B-TREE" in by_domain
    assert "SEARCH" in plan(count_query(case_id, "p-north", "conto"))
    keyset = plan(page_query(case_id, "p-north", "", False, "name", False, 200, 200, after=("k", 5)))
    assert "(search_key,customer_id)>(?,?)" in keyset  # a seek, not a skip over 200 rows


# -- providers -----------------------------------------------------------------------------------------


def test_save_and_read_providers(cache: RelationshipStore, case_id: int) -> None:
    rows = cache.providers(case_id)
    assert [p.provider_id for p in rows] == ["p-south", "p-north"]  # by name, case-insensitively
    south, north = rows
    assert north.name == "Northwind Distribution" and north.countries == ("GB", "IE")
    assert north.services == ("training", "financing") and north.regions == ("Europe",)
    assert north.since == datetime(2024, 3, 1, tzinfo=UTC) and north.admin_access is True
    assert south.since is None and south.admin_access is False
    assert south.admin_access_removed_at == datetime(2024, 5, 1, 12, tzinfo=UTC)
    assert cache.synced_at(case_id) is not None


@dataclass(frozen=True)
class _Provider:
    id: str
    name: str
    countries: tuple[str, ...]


@dataclass(frozen=True)
class _Relationship:
    provider: _Provider
    since: datetime
    regions: tuple[str, ...]
    admin_access: bool


def test_save_providers_takes_backend_objects_and_replaces_the_list(cache: RelationshipStore, case_id: int) -> None:
    cache.append_customers(case_id, "p-north", random_customers(20))
    cache.append_customers(case_id, "p-south", random_customers(5))
    relationship = _Relationship(_Provider("p-south", "Alpine Supply AG", ("DE", "AT")),
                                 datetime(2024, 6, 1, tzinfo=UTC), ("Europe",), True)
    cache.save_providers(case_id, [relationship])
    (only,) = cache.providers(case_id)
    assert (only.provider_id, only.name, only.countries, only.admin_access) == ("p-south", "Alpine Supply AG",
                                                                               ("DE", "AT"), True)
    assert only.admin_access_removed_at is None
    assert cache.customer_count(case_id, "p-south") == 5  # kept: the provider is still listed
    assert cache.customer_count(case_id, "p-north") == 0  # dropped with its provider
    assert cache.last_customer_id(case_id, "p-north") is None
    cache.save_providers(case_id, [])
    assert cache.providers(case_id) == [] and cache.customer_count(case_id, "p-south") == 0


def test_set_admin_access_records_when(cache: RelationshipStore, case_id: int) -> None:
    at = datetime(2025, 2, 3, 4, 5, tzinfo=UTC)
    cache.set_admin_access(case_id, "p-north", False, at)
    north = next(p for p in cache.providers(case_id) if p.provider_id == "p-north")
    assert (north.admin_access, north.admin_access_removed_at) == (False, at)
    with pytest.raises(ProviderNotFound):
        cache.set_admin_access(case_id, "nobody", False)


def test_unknown_case_and_provider_are_refused(cache: RelationshipStore, case_id: int) -> None:
    with pytest.raises(CaseNotFound):
        cache.save_providers(case_id + 99, PROVIDERS)
    with pytest.raises(ProviderNotFound) as info:
        cache.append_customers(case_id, "p-unknown", random_customers(3))
    assert "p-unknown" in str(info.value)
    assert cache.customer_count(case_id, "p-unknown") == 0


def test_customers_need_the_relationship_flag_and_aware_times(cache: RelationshipStore, case_id: int) -> None:
    with pytest.raises(ValueError, match="provider_relationship"):
        cache.append_customers(case_id, "p-north", [{"id": 1, "name": "A", "domain": "a.com", "country": "GB"}])
    with pytest.raises(ValueError, match="naive"):
        cache.append_customers(case_id, "p-north", [{"id": 1, "name": "A", "domain": "a.com", "country": "GB",
                                                     "provider_relationship": True, "since": datetime(2024, 1, 1)}])
    assert cache.customer_count(case_id, "p-north") == 0


# -- customers ----------------------------------------------------------------------------------------


def test_append_100k_customers_is_fast_and_counted(cache: RelationshipStore, case_id: int) -> None:
    rows = random_customers(100_000)
    started = time.perf_counter()
    assert cache.append_customers(case_id, "p-north", rows) == 100_000
    elapsed = time.perf_counter() - started
    print(f"\nappend_customers: 100,000 rows in {elapsed:.2f} s")
    assert cache.customer_count(case_id, "p-north") == 100_000
    assert cache.customer_count(case_id, "p-north", missing_only=True) == sum(
        not r["provider_relationship"] for r in rows
    )
    assert cache.last_customer_id(case_id, "p-north") == 100_000
    first = cache.customer_page(case_id, "p-north", limit=3)
    assert [r.name for r in first] == sorted((r["name"] for r in rows), key=str.casefold)[:3]


def test_append_is_an_upsert_and_tracks_the_highest_id(cache: RelationshipStore, case_id: int) -> None:
    cache.append_customers(case_id, "p-north", [
        {"id": 10, "name": "Ten", "domain": "ten.com", "country": "GB", "provider_relationship": False,
         "since": date(2024, 1, 2)},
        {"id": 12, "name": "Twelve", "domain": "twelve.com", "country": "GB", "provider_relationship": True,
         "since": "2024-01-03T08:00:00+00:00"},
    ])
    assert cache.last_customer_id(case_id, "p-north") == 12
    cache.append_customers(case_id, "p-north", [
        {"id": 10, "name": "Ten Ltd", "domain": "ten.com", "country": "GB", "provider_relationship": True},
    ])
    assert cache.last_customer_id(case_id, "p-north") == 12  # never moves back
    rows = cache.customer_page(case_id, "p-north")
    assert rows == [
        SharedCustomerRow(10, "Ten Ltd", "ten.com", "GB", True, None),
        SharedCustomerRow(12, "Twelve", "twelve.com", "GB", True, datetime(2024, 1, 3, 8, tzinfo=UTC)),
    ]
    before = cache.synced_at(case_id, "p-north")
    assert cache.append_customers(case_id, "p-north", []) == 0
    assert cache.synced_at(case_id, "p-north") >= before  # type: ignore[operator]
    cache.clear_customers(case_id, "p-north")
    assert cache.customer_count(case_id, "p-north") == 0 and cache.last_customer_id(case_id, "p-north") is None


def _reference(rows: list[dict[str, Any]], text: str, missing_only: bool, sort: str, descending: bool) -> list[int]:
    """The customer ids a page query must return, computed in Python."""
    key = text_key(text.strip())

    def since_key(r: dict[str, Any]) -> tuple[int, datetime]:
        return (0, datetime.min.replace(tzinfo=UTC)) if r["since"] is None else (1, r["since"])

    firsts = {
        "name": lambda r: (),
        "domain": lambda r: (r["domain"],),
        "country": lambda r: (r["country"],),
        "relationship": lambda r: (int(r["provider_relationship"]),),
        "since": lambda r: (since_key(r),),
    }
    kept = [r for r in rows if (not missing_only or not r["provider_relationship"])
            and key in search_key(r["name"], r["domain"])]
    kept.sort(key=lambda r: (*firsts[sort](r), search_key(r["name"], r["domain"]), r["customer_id"]),
              reverse=descending)
    return [r["customer_id"] for r in kept]


def test_pages_and_counts_match_a_python_reference(cache: RelationshipStore, case_id: int) -> None:
    rows = random_customers(3000, seed=11)
    cache.append_customers(case_id, "p-north", rows)
    cache.append_customers(case_id, "p-south", random_customers(40, seed=3))  # another provider, not mixed in
    rng = random.Random(5)
    texts = ["", "conto", "STRASSE", "ß", "ærø 1", "100%", "under_", "_", "%", "<b>", "microsoft.com", "9 ltd",
             "  northwind  ", "no such customer"]
    source = cache.customer_source(case_id, "p-north")
    try:
        for text in texts:
            for missing_only in (False, True):
                expected_all = _reference(rows, text, missing_only, "name", False)
                assert cache.customer_count(case_id, "p-north", text, missing_only) == len(expected_all)
                assert source.count(text, missing_only) == len(expected_all)
                sort = rng.choice(sorted(SORT_COLUMNS))
                descending = rng.random() < 0.5
                expected = _reference(rows, text, missing_only, sort, descending)
                offset = rng.randrange(max(1, len(expected)))
                page = cache.customer_page(case_id, "p-north", text, missing_only, sort, descending, offset, 50)
                assert [r.customer_id for r in page] == expected[offset:offset + 50], (text, missing_only, sort)
                # the view's source pages through everything (keyset continuation after the first page)
                seen: list[int] = []
                while True:
                    got = source.page(text, missing_only, sort, descending, len(seen), 97)
                    seen += [r.customer_id for r in got]
                    if len(got) < 97:
                        break
                assert seen == expected, (text, missing_only, sort, descending)
    finally:
        source.close()


def test_every_sort_order_pages_consistently(cache: RelationshipStore, case_id: int) -> None:
    rows = random_customers(1500, seed=2)
    cache.append_customers(case_id, "p-north", rows)
    with cache.customer_source(case_id, "p-north") as source:
        for sort in SORT_COLUMNS:
            for descending in (False, True):
                expected = _reference(rows, "", False, sort, descending)
                by_offset = [r.customer_id for r in cache.customer_page(
                    case_id, "p-north", "", False, sort, descending, 0, 2000)]
                paged = [r.customer_id for off in range(0, 1500, 200)
                         for r in source.page("", False, sort, descending, off, 200)]
                assert by_offset == expected and paged == expected, (sort, descending)
        with pytest.raises(ValueError, match="cannot sort"):
            source.page("", False, "customer_id; DROP TABLE cases", False, 0, 10)


def test_source_is_read_only_and_sees_later_batches(store: Store, cache: RelationshipStore, case_id: int) -> None:
    cache.append_customers(case_id, "p-north", random_customers(10))
    source = SharedCustomerSource.on_file(store.path, case_id, "p-north")
    try:
        assert source.count() == 10
        raw = source._owned.raw_connection()  # noqa: SLF001 - its own engine's one connection
        try:
            with pytest.raises(sqlite3.OperationalError, match="readonly"):
                raw.cursor().execute("DELETE FROM shared_customers")
        finally:
            raw.close()
        cache.append_customers(case_id, "p-north", random_customers(5, first_id=100))
        assert source.count() == 15
        row = source.page("", False, "name", False, 0, 1)[0]
        assert isinstance(row, SharedCustomerRow) and isinstance(row.provider_relationship, bool)
    finally:
        source.close()
    source.close()
    with pytest.raises(ValueError, match="closed"):
        source.count()


def test_deleting_the_case_cascades_to_the_cache(store: Store, cache: RelationshipStore, case_id: int) -> None:
    other = store.create_case("bo")
    cache.save_providers(other, PROVIDERS[:1])
    cache.append_customers(other, "p-north", random_customers(7))
    cache.append_customers(case_id, "p-north", random_customers(30))
    store.delete_case(case_id)
    with sqlite3.connect(store.path) as raw:
        for table in ("providers", "shared_customers", "sync_state"):
            assert raw.execute(f"SELECT count(*) FROM {table} WHERE case_id = ?", (case_id,)).fetchone() == (0,)
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    assert cache.customer_count(other, "p-north") == 7 and len(cache.providers(other)) == 1


def test_the_customers_model_loads_without_the_store() -> None:
    """The view's model knows its source only by protocol: neither the store nor SQLAlchemy comes with it
    (the source is the store's, made by whoever opens the table; issue 14 keeps one read path per table)."""
    import subprocess
    import sys

    code = ("import sys, wizard.ui.models;"
            "print('sqlalchemy' in sys.modules, 'wizard.store' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]
