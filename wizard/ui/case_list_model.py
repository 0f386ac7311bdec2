"""The case list's table model: lazy pages from a Qt-free source, searched and sorted in SQL."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from wizard.ui.lazy_model import COUNT_DELAY_MS, PAGE_SIZE, LazyTableModel, RowRole  # noqa: F401 - re-exported

from wizard.domain.lifecycle import State
from wizard.domain.steps import step as step_of
from wizard.ui.formatting import local_time  # noqa: F401 - re-exported for the audit view
from wizard.ui.messages import state_words

log = logging.getLogger(__name__)

ROW_ID, ROW_COMPANY, ROW_MPN, ROW_CONTACT, ROW_STEP, ROW_STATUS, ROW_OWNER, ROW_UPDATED, ROW_ARCHIVED, ROW_MODE = range(10)
"""Positions in a source row: wizard.store.case_list.CaseRow's field order."""

COL_COMPANY, COL_MPN, COL_CONTACT, COL_STEP, COL_STATUS, COL_OWNER, COL_UPDATED, COL_ARCHIVED, COL_MODE = range(9)
COLUMN_COUNT = 9
SORT_KEYS: dict[int, str] = {
    COL_COMPANY: "company", COL_MPN: "mpn_id", COL_CONTACT: "contact", COL_STEP: "step",
    COL_STATUS: "status", COL_OWNER: "owner", COL_UPDATED: "updated_at", COL_ARCHIVED: "archived",
}
"""The sort key the source is asked for, per column (the mode isn't sorted: it is a field, not a column)."""


_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)


class CaseSource(Protocol):
    """What the model reads through (wizard.store.case_list.CaseListSource in the app)."""

    def count(self, text: str, include_archived: bool) -> int: ...

    def page(
        self, text: str, include_archived: bool, sort_column: str, descending: bool, offset: int, limit: int
    ) -> Sequence[Sequence[Any]]: ...


def step_title(key: str, variant: str = "sandbox") -> str:
    """The step's title in the UI's language, as a case in `variant` shows it; an unknown key as it is."""
    from wizard.ui.messages import step_title as title

    try:
        step_of(key)
    except KeyError:
        return key
    return title(key, variant)


def status_title(status: str) -> str:
    """The lifecycle state's plain title in the UI's language; an unknown status as it is."""
    try:
        return state_words(State(status)).title
    except ValueError:
        return status


class CaseListModel(LazyTableModel):
    """Every case, PAGE_SIZE rows at a time; `set_filter` and `sort` reload the first page from SQL."""

    SORT_KEYS = SORT_KEYS

    def __init__(self, source: CaseSource, parent: Any = None, page_size: int = PAGE_SIZE) -> None:
        self._times: dict[int, str] = {}  # formatted local times, per case id (cleared on reload)
        self._archived_text = "Archived"
        headers = (
            QT_TRANSLATE_NOOP("CaseListModel", "Company"),
            QT_TRANSLATE_NOOP("CaseListModel", "MPN ID"),
            QT_TRANSLATE_NOOP("CaseListModel", "Primary contact"),
            QT_TRANSLATE_NOOP("CaseListModel", "Step"),
            QT_TRANSLATE_NOOP("CaseListModel", "Status"),
            QT_TRANSLATE_NOOP("CaseListModel", "Owner"),
            QT_TRANSLATE_NOOP("CaseListModel", "Last change"),
            QT_TRANSLATE_NOOP("CaseListModel", "Archived"),
            QT_TRANSLATE_NOOP("CaseListModel", "Mode"),
        )
        super().__init__(source, COL_UPDATED, True, headers, parent, page_size)  # the most recent change first
        self._headers = tuple(self.tr(text) for text in headers)
        self._archived_text = self.tr("Archived")
        self._mode_texts = {"live": self.tr("Live"), "sandbox": self.tr("Sandbox")}

    @property
    def include_archived(self) -> bool:
        return self._flag

    def set_filter(self, text: str, include_archived: bool = False) -> None:
        """Show only cases whose company, MPN ID, contact or owner contain `text` (archived ones if asked)."""
        self._set_filter(text, include_archived)

    def mode_text(self, mode: str) -> str:
        """"Live" or "Sandbox" in the UI's language (an unknown mode as it is)."""
        return self._mode_texts.get(mode, mode)

    def row_of(self, case_id: int) -> int:
        """The loaded row showing `case_id`, or -1."""
        return next((i for i, r in enumerate(self._rows) if r[ROW_ID] == case_id), -1)

    def cell(self, row: Sequence[Any], column: int, role: int) -> Any:
        if role == _DISPLAY or role == _ACCESSIBLE:
            return self._text_of(row, column)
        if role == _TOOLTIP and column == COL_STEP:  # the whole title where the column elides it
            return self._text_of(row, column)
        if role == _TOOLTIP and column == COL_STATUS:
            try:
                return state_words(State(row[ROW_STATUS])).what_it_means
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
        if column == COL_STEP:  # a live case's steps have live mode's titles ("Enter your Partner ID")
            return step_title(row[ROW_STEP], row[ROW_MODE])
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
        if column == COL_MODE:
            return self.mode_text(row[ROW_MODE])
        return self._archived_text if row[ROW_ARCHIVED] else ""

    def _reset_caches(self) -> None:
        self._times.clear()
