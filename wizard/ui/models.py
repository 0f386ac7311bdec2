"""Table models over Qt-free data sources: the shared-customers table, lazy pages filtered and sorted in SQL."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QBrush

from wizard.ui import theme
from wizard.ui.formatting import short_date
from wizard.ui.lazy_model import COUNT_DELAY_MS, PAGE_SIZE, LazyTableModel, RowRole  # noqa: F401 - re-exported

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

MISSING_TEXT = QT_TRANSLATE_NOOP("SharedCustomersModel", "⚠ no reseller relationship")

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)


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
    """Amber text readable on the theme in use (dark on light backgrounds, light on dark ones)."""
    return QBrush(theme.color("warning"))


class SharedCustomersModel(LazyTableModel):
    """The customers shared with one provider: pages of PAGE_SIZE rows fetched as the view scrolls.

    Filtering (`set_filter`) and sorting (`sort`) re-run the query in SQL and reset the model with
    its first page loaded, so a filter on 100,000 customers costs one indexed query, not a
    proxy over every row. Rows whose provider has no reseller relationship with the customer say
    so in the relationship column, in amber, with a tooltip explaining what that means.
    """

    SORT_KEYS = SORT_KEYS

    def __init__(self, source: CustomerSource, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        # cell() may run during the first load in the base constructor: set what it reads first.
        self._missing, self._has_relationship = MISSING_TEXT, "Yes"
        self._missing_tip = QT_TRANSLATE_NOOP(
            "SharedCustomersModel",
            "This provider has no reseller relationship with the customer, so it cannot submit orders "
            "for them. Invite the customer again: they accept both reseller relationships at once.",
        )
        self._missing_brush = _missing_brush()
        headers = (
            QT_TRANSLATE_NOOP("SharedCustomersModel", "Customer"),
            QT_TRANSLATE_NOOP("SharedCustomersModel", "Domain"),
            QT_TRANSLATE_NOOP("SharedCustomersModel", "Country"),
            QT_TRANSLATE_NOOP("SharedCustomersModel", "Reseller relationship"),
            QT_TRANSLATE_NOOP("SharedCustomersModel", "Customer since"),
        )
        super().__init__(source, COL_NAME, False, headers, parent, page_size)
        self._headers = tuple(self.tr(text) for text in headers)
        self._missing, self._has_relationship = self.tr(MISSING_TEXT), self.tr("Yes")
        self._missing_tip = self.tr(self._missing_tip)

    @property
    def missing_only(self) -> bool:
        return self._flag

    def set_filter(self, text: str, missing_only: bool = False) -> None:
        """Show only customers whose name or domain contains `text` (and, if asked, lacking the relationship)."""
        self._set_filter(text, missing_only)

    def cell(self, row: Sequence[Any], column: int, role: int) -> Any:
        if role == _DISPLAY or role == _ACCESSIBLE:
            return self._text_of(row, column)
        if not row[ROW_RELATIONSHIP]:
            if role == _FOREGROUND:
                return _missing_brush()  # asked again at every paint: follows a theme switch
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
        return short_date(since)
