"""A table model that reads pages from a Qt-free source as the view scrolls; filter and sort run in SQL.

The customers table and the case list share this mechanism: the first page is loaded inside each
reset (one repaint per filter), more pages arrive through canFetchMore/fetchMore, and the count of
matches runs shortly after the repaint so a broad filter never holds the new rows back."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

log = logging.getLogger(__name__)

PAGE_SIZE = 200
COUNT_DELAY_MS = 50
"""The count of matches waits this long after a (re)load, so the table repaints first."""

RowRole = int(Qt.ItemDataRole.UserRole) + 1
"""data(index, RowRole) is the whole source row of that index."""

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
NO_PARENT = QModelIndex()


class PagedSource(Protocol):
    """count(text, flag) and page(text, flag, sort_key, descending, offset, limit): quick, indexed SQL."""

    def count(self, text: str, flag: bool) -> int: ...

    def page(
        self, text: str, flag: bool, sort_column: str, descending: bool, offset: int, limit: int
    ) -> Sequence[Sequence[Any]]: ...


class LazyTableModel(QAbstractTableModel):
    """Subclasses set SORT_KEYS (column -> the source's sort key) and `headers`, and implement `cell`."""

    SORT_KEYS: dict[int, str] = {}

    load_failed = Signal(str)
    """A page could not be read while scrolling or counting (the message is user-facing)."""

    total_changed = Signal(int)
    """How many rows match the current filter, once counted (after the table has repainted)."""

    def __init__(self, source: PagedSource, sort_column: int, descending: bool, headers: Sequence[str],
                 parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._source = source
        self._page_size = max(1, page_size)
        self._text = ""
        self._flag = False
        self._sort_column = sort_column
        self._descending = descending
        self._headers = tuple(headers)
        self._more = True
        self._total: int | None = None
        self._fetching = False
        self._generation = 0
        self._rows: list[Sequence[Any]] = self._read(0, self._page_size)
        if not self._more:
            self._total = len(self._rows)
        self._count_later()

    # -- what the subclass shows -----------------------------------------------------------------
    def cell(self, row: Sequence[Any], column: int, role: int) -> Any:
        raise NotImplementedError

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        return row if role == RowRole else self.cell(row, index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        # Never super().headerData(): in PySide6 6.12 each call that yields no value drops a
        # reference to None, and a header asks for many roles per repaint (the interpreter
        # aborts with "deallocating None" after a few thousand).
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return section + 1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def row(self, row: int) -> Sequence[Any]:
        """The source row shown at `row` (what RowRole returns)."""
        return self._rows[row]

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def filter_text(self) -> str:
        """The text rows are filtered on (see _set_filter)."""
        return self._text

    # -- counting --------------------------------------------------------------------------------
    def total(self) -> int:
        """How many rows match the current filter, counted now if not yet known (a window should rather
        listen to `total_changed`)."""
        if self._total is None:
            self._total = self._source.count(self._text, self._flag)
        return self._total

    def _count_later(self) -> None:
        # Not singleShot(0): Qt 6 delivers that as a posted call, ahead of the low-priority
        # UpdateRequest that repaints the table, and the count (~15 ms for a broad filter over
        # 100,000 rows) would hold the new rows back. A label updated 50 ms later looks instant.
        generation = self._generation
        delay = 0 if self._total is not None else COUNT_DELAY_MS
        QTimer.singleShot(delay, self, lambda: self._count_now(generation))

    def _count_now(self, generation: int) -> None:
        from wizard.ui.messages import error_text

        if generation != self._generation:
            return  # the filter changed again meanwhile: that reload scheduled its own count
        try:
            total = self.total()
        except Exception as error:  # reported, never raised into Qt
            log.warning("could not count rows: %s", type(error).__name__)
            self.load_failed.emit(error_text(error))
            return
        self.total_changed.emit(total)

    # -- lazy loading ----------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> bool:
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = NO_PARENT) -> None:
        if parent.isValid() or not self._more or self._fetching:
            return  # re-entered from a rowsAboutToBeInserted slot: that page is already on its way
        from wizard.ui.messages import error_text

        self._fetching = True
        try:
            try:
                rows = self._read(len(self._rows), self._page_size)
            except Exception as error:  # called by the view: report it instead of raising into Qt
                log.warning("could not read more rows: %s", type(error).__name__)
                self._more = False
                self.load_failed.emit(error_text(error))
                return
            if rows:
                start = len(self._rows)
                self.beginInsertRows(NO_PARENT, start, start + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
        finally:
            self._fetching = False

    def _read(self, offset: int, limit: int) -> list[Sequence[Any]]:
        """One page from the source; a short page means there is nothing after it."""
        rows = list(self._source.page(
            self._text, self._flag, self.SORT_KEYS[self._sort_column], self._descending, offset, limit
        ))
        self._more = len(rows) >= limit
        return rows

    # -- filtering, sorting, refreshing ------------------------------------------------------------
    def _set_filter(self, text: str, flag: bool) -> None:
        if (text, flag) == (self._text, self._flag):
            return
        self._text, self._flag = text, flag
        self._reload(self._page_size)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by `column` (the view's header calls this); the first page is reloaded."""
        if column not in self.SORT_KEYS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending):
            return
        self._sort_column, self._descending = column, descending
        self._reload(self._page_size, keep_total=True)

    def refresh(self) -> None:
        """Re-read after the data changed, keeping as many rows loaded."""
        self._reload(max(self._page_size, len(self._rows)))

    def _reset_caches(self) -> None:
        """Subclasses drop what they derived from the old rows."""

    def _reload(self, limit: int, keep_total: bool = False) -> None:
        total = self._total if keep_total else None
        self.beginResetModel()
        try:
            self._generation += 1
            self._total = total
            self._reset_caches()
            self._rows = []
            self._more = False
            self._rows = self._read(0, limit)
            if not self._more:  # everything matching fits in the first page: that is the count
                self._total = len(self._rows)
        finally:
            self.endResetModel()
        self._count_later()
