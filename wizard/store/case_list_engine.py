"""The case list's data source through the store's SQLAlchemy engine: for a team database (PostgreSQL).

Same count/page protocol and the same rows as `wizard.store.case_list.CaseListSource`, which stays
the (faster, SQLAlchemy-free) source for a SQLite file. `Store.case_list_source()` picks one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Self

from sqlalchemy import ColumnElement, Select, Text, and_, case, false, func, select

from wizard.store.case_list import (
    COMPANY_KEY,
    EMAIL_KEY,
    FIRST_NAME_KEY,
    LAST_NAME_KEY,
    LIKE_ESCAPE,
    MPN_KEY,
    SEPARATOR,
    SORT_COLUMNS,
    STATUS_ORDER,
    STEP_ORDER,
    CaseRow,
    like_pattern,
)
from wizard.store.tables import Case, CaseField

if TYPE_CHECKING:
    from wizard.store.repository import Store

_cases = Case.__table__
_fields = CaseField.__table__
_KEY_PART = {"company": 1, "mpn_id": 2, "contact": 3, "owner": 4}
"""Sort key -> which part of `cases.search_key` holds its casefolded text."""


def _joined() -> tuple[Any, dict[str, Any]]:
    """cases LEFT JOIN one case_fields row per shown field (a primary-key lookup each); the texts shown."""
    source: Any = _cases
    values: dict[str, Any] = {}
    for index, key in enumerate((COMPANY_KEY, MPN_KEY, FIRST_NAME_KEY, LAST_NAME_KEY, EMAIL_KEY)):
        alias = _fields.alias(f"f{index}")
        source = source.outerjoin(alias, and_(alias.c.case_id == _cases.c.id, alias.c.key == key))
        values[key] = func.coalesce(alias.c.value, "", type_=Text)
    name = func.trim(values[FIRST_NAME_KEY] + " " + values[LAST_NAME_KEY], type_=Text)
    email = values[EMAIL_KEY]
    contact = case((name == "", email), (email == "", name), else_=name + " <" + email + ">")
    texts = {"company": values[COMPANY_KEY], "mpn_id": values[MPN_KEY], "contact": contact,
             "owner": _cases.c.owner}
    return source, texts


_SOURCE, _TEXTS = _joined()


def _filter(text: str, include_archived: bool) -> list[ColumnElement[bool]]:
    terms: list[ColumnElement[bool]] = []
    if not include_archived:
        terms.append(_cases.c.archived == false())
    pattern = like_pattern(text)
    if pattern is not None:
        terms.append(_cases.c.search_key.like(pattern, escape=LIKE_ESCAPE))
    return terms


def sort_term(sort_column: str, dialect: str) -> Any:
    """The ORDER BY term for a sort key (as SORT_COLUMNS has them); ValueError for an unknown one.

    On PostgreSQL texts sort by their casefolded part of the search key, by code point ("C"
    collation), exactly as the SQLite source's wizard_fold() does. Other engines (only tests use
    this source on SQLite) sort texts by lower().
    """
    if sort_column not in SORT_COLUMNS:
        raise ValueError(f"cannot sort cases by {sort_column!r}; use one of {sorted(SORT_COLUMNS)}")
    if sort_column in ("step", "status"):
        keys = STEP_ORDER if sort_column == "step" else STATUS_ORDER
        ranks = {key: index for index, key in enumerate(keys)}
        return case(ranks, value=_cases.c[sort_column], else_=len(keys))
    if sort_column in _KEY_PART:
        if dialect == "postgresql":
            part = func.split_part(_cases.c.search_key, SEPARATOR, _KEY_PART[sort_column], type_=Text)
            return part.collate("C")
        return func.lower(_TEXTS[sort_column], type_=Text)
    return _cases.c[sort_column]


def count_statement(text: str = "", include_archived: bool = False) -> Select[Any]:
    """Counting the cases a search matches: the cases table alone."""
    return select(func.count()).select_from(_cases).where(*_filter(text, include_archived))


def page_statement(
    text: str, include_archived: bool, sort_column: str, descending: bool, offset: int, limit: int,
    dialect: str = "postgresql",
) -> Select[Any]:
    """One page of CaseRow-shaped rows, searched and sorted like the SQLite source's page_query."""
    term = sort_term(sort_column, dialect)
    order = [term.desc() if descending else term]
    if sort_column != "id":
        order.append(_cases.c.id.desc() if descending else _cases.c.id)
    return (
        select(
            _cases.c.id, _TEXTS["company"], _TEXTS["mpn_id"], _TEXTS["contact"], _cases.c.step,
            _cases.c.status, _cases.c.owner, _cases.c.updated_at, _cases.c.archived,
        )
        .select_from(_SOURCE)
        .where(*_filter(text, include_archived))
        .order_by(*order)
        .limit(max(0, limit))
        .offset(max(0, offset))
    )


def case_rows(raw: Any) -> list[CaseRow]:
    """Page rows as CaseRows (updated_at is already aware UTC: the column's type makes it so)."""
    return [CaseRow(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8])) for r in raw]


class EngineCaseListSource:
    """The case list's data source over a Store's engine (the store stays the store's to close).

    Implements the protocol `wizard.ui.case_list_model.CaseListModel` takes (count/page); each call
    is one short read transaction, so it sees colleagues' latest commits on a shared database.
    """

    def __init__(self, store: Store) -> None:
        self._store: Store | None = store
        self._dialect = "postgresql" if not store.is_sqlite else "sqlite"

    def _live(self) -> Store:
        if self._store is None:
            raise ValueError("the case list source is closed")
        return self._store

    def count(self, text: str = "", include_archived: bool = False) -> int:
        """How many cases the search matches."""
        with self._live()._reading() as s:  # the store package's own read transaction
            return int(s.execute(count_statement(text, include_archived)).scalar_one())

    def page(
        self, text: str, include_archived: bool, sort_column: str, descending: bool, offset: int, limit: int
    ) -> list[CaseRow]:
        """Rows offset..offset+limit of the searched, sorted list."""
        statement = page_statement(
            text, include_archived, sort_column, descending, offset, limit, self._dialect
        )
        with self._live()._reading() as s:
            return case_rows(s.execute(statement))

    def close(self) -> None:
        """Forget the store (idempotent)."""
        self._store = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
