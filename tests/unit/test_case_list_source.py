"""CaseListSource (count/page in SQL) against a Python reference over 2,000 random cases; notes in the audit."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from tests.case_list_data import fill, random_cases
from wizard.store import Store
from wizard.store.case_list import (
    SORT_COLUMNS,
    STATUS_ORDER,
    STEP_ORDER,
    CaseListSource,
    CaseRow,
    contact_text,
    fold,
    notes,
    search_text,
    set_note,
)


def _reference_rows(cases: list[dict]) -> list[CaseRow]:
    rows = []
    for c in cases:
        f = c["fields"]
        contact = contact_text(f.get("contact_first_name", ""), f.get("contact_last_name", ""), f.get("contact_email", ""))
        rows.append(CaseRow(c["id"], f.get("legal_name", ""), f.get("mpn_id", ""), contact, c["step"], c["status"],
                            c["owner"], c["updated_at"], c["archived"], f.get("mode") or "sandbox"))
    return rows


def _rank(order: tuple[str, ...], key: str) -> int:
    return order.index(key) if key in order else len(order)


SORT_KEY = {
    "id": lambda r: (),
    "company": lambda r: (fold(r.company),),
    "mpn_id": lambda r: (fold(r.mpn_id),),
    "contact": lambda r: (fold(r.contact),),
    "step": lambda r: (_rank(STEP_ORDER, r.step),),
    "status": lambda r: (_rank(STATUS_ORDER, r.status),),
    "owner": lambda r: (fold(r.owner),),
    "updated_at": lambda r: (r.updated_at,),
    "archived": lambda r: (r.archived,),
}


def reference(rows: list[CaseRow], text: str, include_archived: bool, sort_column: str, descending: bool) -> list[CaseRow]:
    key = fold(text.strip())
    matching = [r for r in rows if (include_archived or not r.archived)
                and key in fold(search_text(r.company, r.mpn_id, r.contact, r.owner))]
    return sorted(matching, key=lambda r: (*SORT_KEY[sort_column](r), r.id), reverse=descending)


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> tuple[CaseListSource, list[CaseRow]]:
    path = tmp_path_factory.mktemp("cases") / "wizard.sqlite"
    Store.open(path).close()
    cases = random_cases(2_000, seed=7)
    fill(path, cases)
    source = CaseListSource.on_file(path)
    yield source, _reference_rows(cases)
    source.close()


SEARCHES = ["", "  ", "contoso", "CONTOSO", "straße", "STRASSE", "łódź", "ŁÓDŹ", "ana", "é", "<b>", "100%", "_",
            "o'brien", "alice", "bob staff", "désirée", "@example1", "ana garcía", "zzz-nothing", "12", "\x1f"]


@pytest.mark.parametrize("text", SEARCHES)
@pytest.mark.parametrize("include_archived", [False, True])
def test_count_matches_the_reference(world, text: str, include_archived: bool) -> None:
    source, rows = world
    assert source.count(text, include_archived) == len(reference(rows, text, include_archived, "id", False))


@pytest.mark.parametrize("sort_column", sorted(SORT_COLUMNS))
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_order_matches_the_reference(world, sort_column: str, descending: bool) -> None:
    source, rows = world
    for text, include_archived in (("", True), ("", False), ("contoso", False), ("a", True)):
        expected = reference(rows, text, include_archived, sort_column, descending)
        got = source.page(text, include_archived, sort_column, descending, 0, 10_000)
        assert got == expected, (sort_column, descending, text)


def test_pages_add_up_to_the_whole_list(world) -> None:
    source, rows = world
    rng = random.Random(3)
    for _ in range(10):
        sort_column, descending = rng.choice(sorted(SORT_COLUMNS)), rng.random() < 0.5
        text = rng.choice(SEARCHES)
        expected = reference(rows, text, True, sort_column, descending)
        pages = []
        offset = 0
        while True:
            page = source.page(text, True, sort_column, descending, offset, 137)
            pages += page
            offset += len(page)
            if len(page) < 137:
                break
        assert pages == expected


def test_unknown_sort_key_is_refused(world) -> None:
    with pytest.raises(ValueError, match="cannot sort cases"):
        world[0].page("", True, "password", False, 0, 10)


def test_cases_written_by_the_store_are_listed_and_notes_are_audit_entries(tmp_path: Path) -> None:
    path = tmp_path / "wizard.sqlite"
    with Store.open(path) as store, CaseListSource.on_file(path) as source:
        first = store.create_case("alice")
        store.save_fields(first, {"legal_name": "Contoso Iberia", "mpn_id": "1234567",
                                  "contact_first_name": "Ana", "contact_last_name": "García",
                                  "contact_email": "ana@contoso.es"})
        second = store.create_case("bob")
        store.archive_case(second, "bob")
        [row] = source.page("GARCÍA", False, "updated_at", True, 0, 10)
        assert row == CaseRow(first, "Contoso Iberia", "1234567", "Ana García <ana@contoso.es>", "welcome", "draft",
                              "alice", row.updated_at, False)
        assert row.updated_at is not None and row.updated_at.tzinfo is not None
        assert source.count("", False) == 1 and source.count("", True) == 2
        assert source.page("bob", True, "owner", False, 0, 10)[0].archived is True
        assert row.mode == "sandbox"  # a case from before live mode has no mode field: a rehearsal
        store.save_fields(first, {"mode": "live"})
        assert [r.mode for r in source.page("", True, "owner", False, 0, 10)] == ["live", "sandbox"]

        set_note(store, first, "  Called Ana, she will send the VAT certificate.  ", "alice")
        set_note(store, first, "Certificate received", "Bob Staff")
        with pytest.raises(ValueError, match="empty"):
            set_note(store, first, "   ", "alice")
        got = notes(store, first)
        assert [(n.actor, n.detail["text"]) for n in got] == [
            ("alice", "Called Ana, she will send the VAT certificate."), ("Bob Staff", "Certificate received")]
        assert [e.action for e in store.audit(first)][-2:] == ["note", "note"]
        assert notes(store, second) == []
