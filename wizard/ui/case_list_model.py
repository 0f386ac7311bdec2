"""The case list's table model: lazy pages from a Qt-free source, searched and sorted in SQL."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QDateTime, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal

from wizard.domain.lifecycle import PLAIN_WORDS, State
from wizard.domain.steps import step as step_of

log = logging.getLogger(__name__)

ROW_ID, ROW_COMPANY, ROW_MPN, ROW_CONTACT, ROW_STEP, ROW_STATUS, ROW_OWNER, ROW_UPDATED, ROW_ARCHIVED = range(9)
"""Positions in a source row: wizard.store.case_list.CaseRow's field order."""

COL_COMPANY, COL_MPN, COL_CONTACT, COL_STEP, COL_STATUS, COL_OWNER, COL_UPDATED, COL_ARCHIVED = range(8)
COLUMN_COUNT = 8
SORT_KEYS: dict[int, str] = {
    COL_COMPANY: "company", COL_MPN: "mpn_id", COL_CONTACT: "contact", COL_STEP: "step",
    COL_STATUS: "status", COL_OWNER: "owner", COL_UPDATED: "updated_at", COL_ARCHIVED: "archived",
}
"""The sort key the source is asked for, per column."""

RowRole = int(Qt.ItemDataRole.UserRole) + 1
"""data(index, RowRole) is the whole source row (a CaseRow) of that index."""

PAGE_SIZE = 200
COUNT_DELAY_MS = 50

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_NO_PARENT = QModelIndex()


class CaseSource(Protocol):
    """What the model reads through (wizard.store.case_list.CaseListSource in the app)."""

    def count(self, text: str, include_archived: bool) -> int: ...

    def page(
        self, text: str, include_archived: bool, sort_column: str, descending: bool, offset: int, limit: int
    ) -> Sequence[Sequence[Any]]: ...


def step_title(key: str) -> str:
    try:
        return step_of(key).title
    except KeyError:
        return key


def status_title(status: str) -> str:
    try:
        return PLAIN_WORDS[State(status)].title
    except ValueError:
        return status


def local_time(moment: datetime | None) -> str:
    """A stored UTC time in the user's time zone and locale."""
    if moment is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


class CaseListModel(QAbstractTableModel):
    """Every case, PAGE_SIZE rows at a time; `set_filter` and `sort` reload the first page from SQL."""

    load_failed = Signal(str)
    total_changed = Signal(int)
    """How many cases match, once counted (after the table has repainted)."""

    def __init__(self, source: CaseSource, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._source = source
        self._page_size = max(1, page_size)
        self._text = ""
        self._include_archived = False
        self._sort_column = COL_UPDATED
        self._descending = True  # the most recent change first
        self._more = True
        self._total: int | None = None
        self._fetching = False
        self._generation = 0
        self._times: dict[int, str] = {}
        self._headers = (
            self.tr("Company"), self.tr("MPN ID"), self.tr("Primary contact"), self.tr("Step"),
            self.tr("Status"), self.tr("Owner"), self.tr("Last change"), self.tr("Archived"),
        )
        self._archived_text = self.tr("Archived")
        self._rows: list[Sequence[Any]] = self._read(0, self._page_size)
        if not self._more:
            self._total = len(self._rows)
        self._count_later()

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def descending(self) -> bool:
        return self._descending

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> int:
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == _DISPLAY or role == _ACCESSIBLE:
            return self._text_of(row, index.column())
        if role == RowRole:
            return row
        if role == _TOOLTIP and index.column() == COL_STATUS:
            try:
                return PLAIN_WORDS[State(row[ROW_STATUS])].what_it_means
            except ValueError:
                return None
        return None

    def _text_of(self, row: Sequence[Any], column: int) -> str:
        if column == COL_COMPANY:
            return row[ROW_COMPANY]
        if column == COL_MPN:
            return row[ROW_MPN]
        if column == COL_CONTACT:
            return row[ROW_CONTACT]
        if column == COL_STEP:
            return step_title(row[ROW_STEP])
        if column == COL_STATUS:
            return status_title(row[ROW_STATUS])
        if column == COL_OWNER:
            return row[ROW_OWNER]
        if column == COL_UPDATED:
            key = row[ROW_ID]
            text = self._times.get(key)
            if text is None:
                text = self._times[key] = local_time(row[ROW_UPDATED])
            return text
        return self._archived_text if row[ROW_ARCHIVED] else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        # Never super().headerData(): PySide6 6.12 drops a reference to None per empty answer.
        if role != _DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < COLUMN_COUNT else None
        return section + 1

    def row(self, row: int) -> Sequence[Any]:
        return self._rows[row]

    def row_of(self, case_id: int) -> int:
        """The loaded row showing `case_id`, or -1."""
        return next((i for i, r in enumerate(self._rows) if r[ROW_ID] == case_id), -1)

    def total(self) -> int:
        if self._total is None:
            self._total = self._source.count(self._text, self._include_archived)
        return self._total

    def _count_later(self) -> None:
        # After the repaint (see SharedCustomersModel._count_later: singleShot(0) would run before it).
        generation = self._generation
        delay = 0 if self._total is not None else COUNT_DELAY_MS
        QTimer.singleShot(delay, self, lambda: self._count_now(generation))

    def _count_now(self, generation: int) -> None:
        if generation != self._generation:
            return
        try:
            total = self.total()
        except Exception as error:
            log.warning("could not count cases: %s", type(error).__name__)
            self.load_failed.emit(getattr(error, "message", None) or str(error))
            return
        self.total_changed.emit(total)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> bool:
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = _NO_PARENT) -> None:
        if parent.isValid() or not self._more or self._fetching:
            return
        self._fetching = True
        try:
            try:
                rows = self._read(len(self._rows), self._page_size)
            except Exception as error:  # called by the view: report it instead of raising into Qt
                log.warning("could not read more cases: %s", type(error).__name__)
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
        rows = list(self._source.page(
            self._text, self._include_archived, SORT_KEYS[self._sort_column], self._descending, offset, limit
        ))
        self._more = len(rows) >= limit
        return rows

    def set_filter(self, text: str, include_archived: bool = False) -> None:
        """Show only cases whose company, MPN ID, contact or owner contain `text` (archived ones if asked)."""
        if (text, include_archived) == (self._text, self._include_archived):
            return
        self._text, self._include_archived = text, include_archived
        self._reload(self._page_size)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending):
            return
        self._sort_column, self._descending = column, descending
        self._reload(self._page_size, keep_total=True)

    def refresh(self) -> None:
        """Re-read after a change (archive, a new case), keeping as many rows loaded."""
        self._reload(max(self._page_size, len(self._rows)))

    def _reload(self, limit: int, keep_total: bool = False) -> None:
        total = self._total if keep_total else None
        self.beginResetModel()
        try:
            self._generation += 1
            self._total = total
            self._times.clear()
            self._rows = []
            self._more = False
            self._rows = self._read(0, limit)
            if not self._more:
                self._total = len(self._rows)
        finally:
            self.endResetModel()
        self._count_later()
