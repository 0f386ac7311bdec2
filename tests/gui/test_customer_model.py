"""SharedCustomersModel: qtmodeltester over an in-memory source and a real store, lazy pages, SQL filter and sort."""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QTableView

from wizard.store import Store
from wizard.store.customer_view import search_key
from wizard.store.records import SharedCustomerRow
from wizard.store.relationships import RelationshipStore
from wizard.ui.models import (
    COL_COUNTRY,
    COL_DOMAIN,
    COL_NAME,
    COL_RELATIONSHIP,
    COL_SINCE,
    MISSING_TEXT,
    ROW_COUNTRY,
    ROW_DOMAIN,
    ROW_ID,
    ROW_NAME,
    ROW_RELATIONSHIP,
    ROW_SINCE,
    SORT_KEYS,
    RowRole,
    SharedCustomersModel,
)

UTC = timezone.utc
DESC = Qt.SortOrder.DescendingOrder
ASC = Qt.SortOrder.AscendingOrder


def _customers(n: int, seed: int = 1) -> list[SharedCustomerRow]:
    rng = random.Random(seed)
    words = ["Contoso", "Fabrikam", "Northwind", "Straße", "Łódź", "<b>Bold</b>", "Wingtip"]
    rows = []
    for i in range(n):
        word = rng.choice(words)
        rows.append(SharedCustomerRow(
            customer_id=i + 1,
            name=f"{word} {rng.randrange(1000):03d}",
            domain=f"{word.lower()}{i}.example",
            country=rng.choice(["GB", "DE", "NO"]),
            provider_relationship=rng.random() > 0.2,
            since=None if i % 17 == 0 else datetime(2022, 1, 1, 12, tzinfo=UTC) + timedelta(days=rng.randrange(900)),
        ))
    return rows


class ListSource:
    """The data-source protocol over a Python list (sorting and filtering like the SQL does)."""

    def __init__(self, rows: list[SharedCustomerRow]) -> None:
        self.rows = rows
        self.pages: list[tuple[Any, ...]] = []
        self.fail = False

    def _matching(self, text: str, missing_only: bool) -> list[SharedCustomerRow]:
        key = text.strip().casefold()
        return [r for r in self.rows if (not missing_only or not r.provider_relationship)
                and key in search_key(r.name, r.domain)]

    def count(self, text: str, missing_only: bool) -> int:
        return len(self._matching(text, missing_only))

    def page(self, text: str, missing_only: bool, sort_column: str, descending: bool,
             offset: int, limit: int) -> Sequence[SharedCustomerRow]:
        if self.fail:
            raise OSError("disk went away")
        self.pages.append((text, missing_only, sort_column, descending, offset, limit))
        first = {"name": lambda r: (), "domain": lambda r: (r.domain,), "country": lambda r: (r.country,),
                 "relationship": lambda r: (r.provider_relationship,),
                 "since": lambda r: ((r.since is not None, r.since or datetime.min.replace(tzinfo=UTC)),)}
        rows = sorted(self._matching(text, missing_only),
                      key=lambda r: (*first[sort_column](r), search_key(r.name, r.domain), r.customer_id),
                      reverse=descending)
        return rows[offset:offset + limit]


def _check(qtmodeltester, model: SharedCustomersModel) -> None:
    """qtmodeltester.check, then leave fetching to the test.

    Qt's QAbstractItemModelTester runs its tests (and so fetchMore) from a modelReset slot that
    is connected before the slot clearing its 'reset in flight' state, so a lazy model that can
    fetch right after a reset gets a false 'rowsInserted during a reset' failure. The tester still
    checks every reset and insertion; the tests call fetchMore themselves.
    """
    qtmodeltester.check(model)
    tester = getattr(qtmodeltester, "_qt_tester", None)
    if tester is not None:
        tester.setUseFetchMore(False)


def _ids(model: SharedCustomersModel) -> list[int]:
    return [model.row(i).customer_id for i in range(model.rowCount())]  # type: ignore[attr-defined]


def _fetch_all(model: SharedCustomersModel) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def test_row_layout_matches_the_store_rows() -> None:
    assert [ROW_ID, ROW_NAME, ROW_DOMAIN, ROW_COUNTRY, ROW_RELATIONSHIP, ROW_SINCE] == [
        SharedCustomerRow._fields.index(f)
        for f in ("customer_id", "name", "domain", "country", "provider_relationship", "since")
    ]
    assert set(SORT_KEYS) == {COL_NAME, COL_DOMAIN, COL_COUNTRY, COL_RELATIONSHIP, COL_SINCE}


def test_model_tester_in_memory_with_pages_filter_and_sort(qtmodeltester) -> None:
    source = ListSource(_customers(95))
    model = SharedCustomersModel(source, page_size=20)
    _check(qtmodeltester, model)  # its first run fetches more: 20 rows of 95 loaded at first
    _fetch_all(model)
    assert model.rowCount() == 95
    model.set_filter("conto", False)
    _check(qtmodeltester, model)
    model.sort(COL_SINCE, DESC)
    model.set_filter("", True)
    _check(qtmodeltester, model)
    model.set_filter("no such customer", False)
    _check(qtmodeltester, model)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_fetches_lazily_in_pages(qtbot) -> None:
    source = ListSource(_customers(450))
    model = SharedCustomersModel(source, page_size=200)
    assert model.rowCount() == 200 and model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.fetchMore(QModelIndex())
    assert inserted.args[1:] == [200, 399]
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())
    assert [p[4:] for p in source.pages] == [(0, 200), (200, 200), (400, 200)]
    assert model.total() == 450
    assert _ids(model) == [r.customer_id for r in source.page("", False, "name", False, 0, 1000)]


def test_display_marker_tooltip_and_row_role() -> None:
    rows = [
        SharedCustomerRow(1, "<b>Bold</b> & Co", "bold.example", "GB", False, datetime(2024, 2, 3, 12, tzinfo=UTC)),
        SharedCustomerRow(2, "Able Ltd", "able.example", "DE", True, None),
    ]
    model = SharedCustomersModel(ListSource(rows))
    bold, able = model.index(0, COL_NAME), model.index(1, COL_NAME)  # '<' sorts before letters
    assert able.data() == "Able Ltd" and bold.data() == "<b>Bold</b> & Co"  # literal text, never HTML
    assert model.index(0, COL_DOMAIN).data() == "bold.example"
    assert model.index(0, COL_COUNTRY).data() == "GB"
    assert model.index(0, COL_RELATIONSHIP).data() == MISSING_TEXT
    assert model.index(1, COL_RELATIONSHIP).data() == "Yes"
    from wizard.ui.formatting import short_date

    assert model.index(0, COL_SINCE).data() == short_date(datetime(2024, 2, 3))  # the locale's short date
    assert model.index(1, COL_SINCE).data() == ""
    # model.data, not index.data: PySide6 6.12 drops a reference to None when C++ hands back "no value"
    for column in range(model.columnCount()):  # the whole row is marked
        missing, fine = model.index(0, column), model.index(1, column)
        assert isinstance(model.data(missing, Qt.ItemDataRole.ForegroundRole), QBrush)
        assert "no reseller relationship" in model.data(missing, Qt.ItemDataRole.ToolTipRole)
        assert model.data(fine, Qt.ItemDataRole.ForegroundRole) is None
        assert model.data(fine, Qt.ItemDataRole.ToolTipRole) is None
    assert bold.data(RowRole) == rows[0] and model.row(1) == rows[1]
    assert model.headerData(COL_RELATIONSHIP, Qt.Orientation.Horizontal) == "Reseller relationship"
    assert model.headerData(1, Qt.Orientation.Vertical) == 2


def test_header_never_drops_references_to_none() -> None:
    """A header asks for many roles per repaint; none of them may cost a reference to None."""
    import sys

    model = SharedCustomersModel(ListSource(_customers(3)))
    before = sys.getrefcount(None)
    for _ in range(2000):
        for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.DisplayRole):
            model.headerData(0, Qt.Orientation.Vertical, role)
            model.headerData(0, Qt.Orientation.Horizontal, role)
    assert sys.getrefcount(None) >= before - 50


def test_filter_and_sort_requery_with_a_reset(qtbot) -> None:
    source = ListSource(_customers(300))
    model = SharedCustomersModel(source, page_size=50)
    with qtbot.waitSignal(model.modelReset):
        model.set_filter("  FABRIKAM ", False)
    assert source.pages[-1] == ("  FABRIKAM ", False, "name", False, 0, 50)
    assert all("fabrikam" in model.row(i).name.casefold() for i in range(model.rowCount()))
    assert model.total() == source.count("fabrikam", False)
    with qtbot.assertNotEmitted(model.modelReset):
        model.set_filter("  FABRIKAM ", False)  # unchanged: no query
        model.sort(COL_NAME, ASC)
        model.sort(99, ASC)
    model.sort(COL_COUNTRY, DESC)
    assert source.pages[-1][2:4] == ("country", True)
    _fetch_all(model)
    assert _ids(model) == [r.customer_id for r in source.page("  FABRIKAM ", False, "country", True, 0, 999)]
    model.set_filter("", True)
    _fetch_all(model)
    assert model.rowCount() == model.total() and not any(model.row(i).provider_relationship
                                                         for i in range(model.rowCount()))


def test_total_arrives_after_the_reload_and_only_for_the_latest_filter(qtbot) -> None:
    source = ListSource(_customers(700))
    counts: list[tuple[str, bool]] = []
    real_count = source.count
    source.count = lambda text, missing_only: (counts.append((text, missing_only)), real_count(text, missing_only))[1]
    model = SharedCustomersModel(source, page_size=30)
    with qtbot.waitSignal(model.total_changed) as first:
        pass
    assert first.args == [700] and counts == [("", False)]
    model.set_filter("contoso", False)
    model.set_filter("fabrikam", False)  # before the first count ran: only this one is counted
    with qtbot.waitSignal(model.total_changed) as second:
        pass
    assert second.args == [real_count("fabrikam", False)] and counts[1:] == [("fabrikam", False)]
    model.sort(COL_DOMAIN, DESC)  # same filter, same total: no new count
    with qtbot.waitSignal(model.total_changed) as third:
        pass
    assert third.args == second.args and counts[1:] == [("fabrikam", False)]
    model.set_filter("no such customer", False)  # a short first page is its own count
    with qtbot.waitSignal(model.total_changed) as fourth:
        pass
    assert fourth.args == [0] and counts[1:] == [("fabrikam", False)]


def test_refresh_keeps_the_loaded_rows(qtbot) -> None:
    source = ListSource(_customers(500))
    model = SharedCustomersModel(source, page_size=100)
    model.fetchMore(QModelIndex())
    source.rows = source.rows + _customers(10, seed=9)
    model.refresh()
    assert model.rowCount() == 200 and source.pages[-1][4:] == (0, 200)
    assert model.total() == 510


def test_a_failing_page_while_scrolling_is_reported_not_raised(qtbot) -> None:
    source = ListSource(_customers(30))
    model = SharedCustomersModel(source, page_size=10)
    source.fail = True
    with qtbot.waitSignal(model.load_failed) as failed:
        model.fetchMore(QModelIndex())
    assert failed.args == ["disk went away"]
    assert model.rowCount() == 10 and not model.canFetchMore(QModelIndex())


# -- over a real store ----------------------------------------------------------------------------------


@pytest.fixture
def store_source(tmp_path: Path) -> Iterator[tuple[RelationshipStore, int, list[SharedCustomerRow]]]:
    rows = _customers(3000, seed=4)
    with Store.open(tmp_path / "cases.db") as store:
        case_id = store.create_case("ana")
        cache = RelationshipStore(store)
        cache.save_providers(case_id, [{"provider_id": "p1", "name": "Northwind"}])
        cache.append_customers(case_id, "p1", [r._asdict() for r in rows])
        yield cache, case_id, rows


def test_model_tester_over_a_real_store(qtmodeltester, store_source) -> None:
    cache, case_id, rows = store_source
    reference = ListSource(rows)
    with cache.customer_source(case_id, "p1") as source:
        model = SharedCustomersModel(source)
        assert model.rowCount() == 200 and model.total() == 3000
        _check(qtmodeltester, model)
        _fetch_all(model)
        assert _ids(model) == [r.customer_id for r in reference.page("", False, "name", False, 0, 5000)]
        for text, missing_only, column, order in [("łódź", False, COL_DOMAIN, DESC), ("", True, COL_SINCE, ASC),
                                                  ("5", True, COL_RELATIONSHIP, DESC), ("wing", False, COL_NAME, DESC)]:
            model.set_filter(text, missing_only)
            model.sort(column, order)
            _check(qtmodeltester, model)
            _fetch_all(model)
            expected = reference.page(text, missing_only, SORT_KEYS[column], order == DESC, 0, 5000)
            assert _ids(model) == [r.customer_id for r in expected], (text, missing_only, column)
            assert model.total() == len(expected)


def test_table_view_fetches_as_it_scrolls(qtbot, store_source) -> None:
    cache, case_id, _rows = store_source
    with cache.customer_source(case_id, "p1") as source:
        view = QTableView()
        qtbot.addWidget(view)
        model = SharedCustomersModel(source, view)
        view.setModel(model)
        view.horizontalHeader().setSortIndicator(COL_NAME, ASC)
        view.setSortingEnabled(True)
        view.resize(800, 400)
        view.show()
        qtbot.waitExposed(view)
        assert model.rowCount() == 200
        view.scrollToBottom()
        qtbot.waitUntil(lambda: model.rowCount() > 200)
        view.sortByColumn(COL_DOMAIN, DESC)  # the header sorts in SQL
        assert model.rowCount() == 200
        assert model.row(0).domain == max(r.domain for r in _rows)
        model.set_filter("", True)
        assert all(MISSING_TEXT == model.index(i, COL_RELATIONSHIP).data() for i in range(model.rowCount()))
        view.setModel(None)
