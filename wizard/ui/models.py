"""Table models over Qt-free data sources: the shared-customers table, lazy pages filtered and sorted in SQL."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QPalette

log = logging.getLogger(__name__)

ROW_ID, ROW_NAME, ROW_DOMAIN, ROW_COUNTRY, ROW_RELATIONSHIP, ROW_SINCE = range(6)
"""Positions in a source row: wizard.store.records.SharedCustomerRow's field order."""

COL_NAME, COL_DOMAIN, COL_COUNTRY, COL_RELATIONSHIP, COL_SINCE = range(5)
COLUMN_COUNT = 5
SORT_KEYS: dict[int, str] = {
    COL_NAME: "name",
    COL_DOMAIN: "domain",
    COL_COUNTRY: "country",
    COL_RELATIONSHIP: "relationship",
    COL_SINCE: "since",
}
"""The sort key the source is asked for, per column."""

RowRole = int(Qt.ItemDataRole.UserRole) + 1
"""data(index, RowRole) is the whole source row (a SharedCustomerRow) of that index."""

PAGE_SIZE = 200
COUNT_DELAY_MS = 50
"""The count of matches waits this long after a (re)load, so the table repaints first."""
MISSING_TEXT = "⚠ no reseller relationship"

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_NO_PARENT = QModelIndex()


class CustomerSource(Protocol):
    """What the model reads through (wizard.store.customer_view.SharedCustomerSource in the app).

    Rows are sequences in SharedCustomerRow order: (customer_id, name, domain, country,
    provider_relationship: bool, since: aware datetime | None). `text` matches names or domains
    case-insensitively; `missing_only` keeps the rows without a provider relationship;
    `sort_column` is one of SORT_KEYS' values. Both methods run on the GUI thread, so they must
    be quick (indexed SQL): the model calls `page` on open, on scroll and on every filter or sort.
    """

    def count(self, text: str, missing_only: bool) -> int: ...

    def page(
        self, text: str, missing_only: bool, sort_column: str, descending: bool, offset: int, limit: int
    ) -> Sequence[Sequence[Any]]: ...


def _missing_brush() -> QBrush:
    """Amber text readable on the current palette (dark on light backgrounds, light on dark ones)."""
    base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return QBrush(QColor("#ffb454") if base.lightness() < 128 else QColor("#9a4d00"))


class SharedCustomersModel(QAbstractTableModel):
    """The customers shared with one provider: pages of PAGE_SIZE rows fetched as the view scrolls.

    Filtering (`set_filter`) and sorting (`sort`) re-run the query in SQL and reset the model with
    its first page loaded, so a filter on 100,000 customers costs one indexed query, not a
    proxy over every row. Rows whose provider has no reseller relationship with the customer say
    so in the relationship column, in amber, with a tooltip explaining what that means.
    """

    load_failed = Signal(str)
    """A page could not be read while scrolling or counting (the message is user-facing)."""

    total_changed = Signal(int)
    """How many customers match the current filter, once known: after each (re)load the count
    runs when control is back in the event loop, i.e. after the table has repainted."""

    def __init__(self, source: CustomerSource, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._source = source
        self._page_size = max(1, page_size)
        self._text = ""
        self._missing_only = False
        self._sort_column = COL_NAME
        self._descending = False
        self._rows: list[Sequence[Any]] = []
        self._more = True
        self._total: int | None = None
        self._fetching = False
        self._headers = (
            self.tr("Customer"), self.tr("Domain"), self.tr("Country"),
            self.tr("Reseller relationship"), self.tr("Customer since"),
        )
        self._missing = self.tr(MISSING_TEXT)
        self._has_relationship = self.tr("Yes")
        self._missing_tip = self.tr(
            "This provider has no reseller relationship with the customer, so it cannot submit orders "
            "for them. Invite the customer again: they accept both reseller relationships at once."
        )
        self._missing_brush = _missing_brush()
        self._generation = 0
        self._rows = self._read(0, self._page_size)
        if not self._more:
            self._total = len(self._rows)
        self._count_later()

    # -- what the model shows --------------------------------------------------------------------

    @property
    def filter_text(self) -> str:
        return self._text

    @property
    def missing_only(self) -> bool:
        return self._missing_only

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == _DISPLAY or role == _ACCESSIBLE:
            return self._text_of(row, column)
        if role == RowRole:
            return row
        if not row[ROW_RELATIONSHIP]:
            if role == _FOREGROUND:
                return self._missing_brush
            if role == _TOOLTIP:
                return self._missing_tip
        return None

    def _text_of(self, row: Sequence[Any], column: int) -> str:
        if column == COL_NAME:
            return row[ROW_NAME]
        if column == COL_DOMAIN:
            return row[ROW_DOMAIN]
        if column == COL_COUNTRY:
            return row[ROW_COUNTRY]
        if column == COL_RELATIONSHIP:
            return self._has_relationship if row[ROW_RELATIONSHIP] else self._missing
        since = row[ROW_SINCE]  # the UTC date, as Partner Center gives it (a local date could be a day off)
        return "" if since is None else since.date().isoformat()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        # Never super().headerData(): in PySide6 6.12 each call that yields no value drops a
        # reference to None, and a header asks for many roles per repaint (the interpreter
        # aborts with "deallocating None" after a few thousand).
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < COLUMN_COUNT else None
        return section + 1

    def row(self, row: int) -> Sequence[Any]:
        """The source row shown at `row` (what RowRole returns)."""
        return self._rows[row]

    def total(self) -> int:
        """How many customers match the current filter, counted now if not yet known (a scan of up to
        ~15 ms at 100,000 rows: a window should rather show `total_changed`)."""
        if self._total is None:
            self._total = self._source.count(self._text, self._missing_only)
        return self._total

    def _count_later(self) -> None:
        # Not singleShot(0): Qt 6 delivers that as a posted call, ahead of the low-priority
        # UpdateRequest that repaints the table, and the count (~15 ms for a broad filter over
        # 100,000 rows) would hold the new rows back. A label updated 50 ms later looks instant.
        generation = self._generation
        delay = 0 if self._total is not None else COUNT_DELAY_MS  # known already: nothing to hold back
        QTimer.singleShot(delay, self, lambda: self._count_now(generation))

    def _count_now(self, generation: int) -> None:
        if generation != self._generation:
            return  # the filter changed again meanwhile: that reload scheduled its own count
        try:
            total = self.total()
        except Exception as error:
            log.warning("could not count customers: %s", type(error).__name__)
            self.load_failed.emit(getattr(error, "message", None) or str(error))
            return
        self.total_changed.emit(total)

    # -- lazy loading ----------------------------------------------------------------------------

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> bool:
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> None:
        if parent.isValid() or not self._more or self._fetching:
            return  # re-entered from a rowsAboutToBeInserted slot: that page is already on its way
        self._fetching = True
        try:
            try:
                rows = self._read(len(self._rows), self._page_size)
            except Exception as error:  # called by the view: report it instead of raising into Qt
                log.warning("could not read more customers: %s", type(error).__name__)
                self._more = False
                self.load_failed.emit(getattr(error, "message", None) or str(error))
                return
            if rows:
                start = len(self._rows)
                self.beginInsertRows(_NO_PARENT, start, start + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
        finally:
            self._fetching = False

    def _read(self, offset: int, limit: int) -> list[Sequence[Any]]:
        """One page from the source; a short page means there is nothing after it."""
        rows = list(self._source.page(
            self._text, self._missing_only, SORT_KEYS[self._sort_column], self._descending, offset, limit
        ))
        self._more = len(rows) >= limit
        return rows

    # -- filtering, sorting, refreshing ------------------------------------------------------------

    def set_filter(self, text: str, missing_only: bool = False) -> None:
        """Show only customers whose name or domain contains `text` (and, if asked, lacking the relationship)."""
        if (text, missing_only) == (self._text, self._missing_only):
            return
        self._text, self._missing_only = text, missing_only
        self._reload(self._page_size)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by `column` (the view's header calls this); the first page is reloaded."""
        if column not in SORT_KEYS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending):
            return
        self._sort_column, self._descending = column, descending
        self._reload(self._page_size, keep_total=True)

    def refresh(self) -> None:
        """Re-read after the cache changed (a sync added customers), keeping as many rows loaded."""
        self._reload(max(self._page_size, len(self._rows)))

    def _reload(self, limit: int, keep_total: bool = False) -> None:
        total = self._total if keep_total else None
        self.beginResetModel()
        try:
            self._generation += 1
            self._total = total
            self._rows = []
            self._more = False
            self._rows = self._read(0, limit)
            if not self._more:  # everything matching fits in the first page: that is the count
                self._total = len(self._rows)
        finally:
            self.endResetModel()
        self._count_later()
