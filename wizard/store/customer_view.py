"""The customers table's one read path: filtered, sorted, keyset pages in SQLAlchemy Core (SQLite and PostgreSQL).

`search_key` and the texts compare by code point (the "C" collation, which 0006 gives `search_key`
on PostgreSQL; SQLite's BINARY), a customer without `since` sorts before every date, and
`customer_id` breaks ties, so every order is total and a page can continue after a row's keys.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, String, Text, bindparam, false, func, literal, select

from wizard.store.paging import LIMIT, OFFSET, PagedReader, code_points, read_only_engine, seek, seek_params
from wizard.store.records import SharedCustomerRow
from wizard.store.tables import SharedCustomer, UTCDateTime

KEY_SEPARATOR = "\x1f"
"""Between the name and the domain in `search_key`; sorts below any character a key keeps."""

_CONTROLS = {c: " " for c in range(0x20)}
ESCAPE = "\\"
"""The LIKE escape character of a filter (LIKE ignores ASCII case on SQLite; both sides are casefolded)."""
_customers = SharedCustomer.__table__
_c = _customers.c
NO_DATE = datetime(1, 1, 1, tzinfo=timezone.utc)
"""Where a customer without `since` sorts: before every date (NULL would break the keyset seek)."""
_SINCE = func.coalesce(_c.since, literal(NO_DATE, UTCDateTime()), type_=UTCDateTime())

SORT_COLUMNS: dict[str, tuple[ColumnElement[Any], ...]] = {
    "name": (_c.search_key,),
    "domain": (code_points(_c.domain), _c.search_key),
    "country": (code_points(_c.country), _c.search_key),
    "relationship": (_c.provider_relationship, _c.search_key),
    "since": (_SINCE, _c.search_key),
}
"""Sort key -> ORDER BY terms; customer_id always breaks ties, so orders are total."""


def text_key(text: str) -> str:
    """Casefolded, without control characters: how names, domains and filter strings are compared."""
    return (text if text.isprintable() else text.translate(_CONTROLS)).casefold()


def search_key(name: str, domain: str) -> str:
    """The stored `search_key` of a customer (name order, then domain; filters match either part)."""
    return f"{text_key(name)}{KEY_SEPARATOR}{text_key(domain)}"


def _where(missing_only: bool, searching: bool) -> list[ColumnElement[bool]]:
    """One provider's customers (`:case_id`, `:provider_id`) under a filter: `:key` anywhere in the name
    or the domain (a match never spans the separator, since the key of typed text has none)."""
    terms: list[ColumnElement[bool]] = [_c.case_id == bindparam("case_id", type_=Integer),
                                        _c.provider_id == bindparam("provider_id", type_=String)]
    if missing_only:
        terms.append(_c.provider_relationship == false())
    if searching:
        terms.append(_c.search_key.like(bindparam("pattern", type_=Text), escape=ESCAPE))
    return terms


def _params(case_id: int, provider_id: str, text: str) -> tuple[bool, dict[str, Any]]:
    key = text_key(text.strip())
    for special in (ESCAPE, "%", "_"):  # the escape character first
        key = key.replace(special, ESCAPE + special)
    return bool(key), {"case_id": case_id, "provider_id": provider_id, "pattern": f"%{key}%"}


def sort_keys(sort_column: str) -> list[ColumnElement[Any]]:
    """The ORDER BY keys of a sort (customer_id last); ValueError for an unknown sort key."""
    try:
        return [*SORT_COLUMNS[sort_column], _c.customer_id]
    except KeyError:
        raise ValueError(f"cannot sort customers by {sort_column!r}; use one of {sorted(SORT_COLUMNS)}") from None


@lru_cache(maxsize=4)
def _count_select(missing_only: bool, searching: bool) -> Select[Any]:
    return select(func.count()).select_from(_customers).where(*_where(missing_only, searching))


def count_statement(
    case_id: int, provider_id: str, text: str = "", missing_only: bool = False
) -> tuple[Select[Any], dict[str, Any]]:
    """Counting the customers a filter matches, and its parameters."""
    searching, params = _params(case_id, provider_id, text)
    return _count_select(missing_only, searching), params


@lru_cache(maxsize=None)
def _page_select(sort_column: str, descending: bool, missing_only: bool, searching: bool, seeking: bool) -> Select[Any]:
    keys = sort_keys(sort_column)
    statement = select(_c.customer_id, _c.name, _c.domain, _c.country, _c.provider_relationship, _c.since,
                       *(key.label(f"k{i}") for i, key in enumerate(keys)))
    statement = statement.where(*_where(missing_only, searching))
    if seeking:
        statement = statement.where(seek(keys, descending))
    return statement.order_by(*(key.desc() if descending else key for key in keys)).limit(LIMIT).offset(OFFSET)


def page_statement(
    case_id: int, provider_id: str, text: str, missing_only: bool,
    sort_column: str, descending: bool, offset: int, limit: int,
    after: Sequence[Any] | None = None,
) -> tuple[Select[Any], dict[str, Any]]:
    """One page of SharedCustomerRow-shaped rows, each followed by its sort keys, and its parameters.

    With `after` (the sort keys of the previous page's last row) the page continues from that row
    instead of skipping `offset` rows (keyset paging: every page costs the same).
    """
    searching, params = _params(case_id, provider_id, text)
    statement = _page_select(sort_column, descending, missing_only, searching, after is not None)
    return statement, {**params, "limit": max(0, limit), "offset": max(0, offset), **seek_params(after)}


for _shape in ((False, False), (True, False), (False, True)):  # (searching, seeking) of the table as it opens
    _page_select("name", False, False, *_shape)  # built at import (the store's, on the start-up worker)


def customer_rows(raw: Sequence[Sequence[Any]]) -> list[SharedCustomerRow]:
    """Page rows (their sort keys after) as SharedCustomerRow (`since` aware UTC, as the column gives it)."""
    return [SharedCustomerRow(int(r[0]), r[1], r[2], r[3], bool(r[4]), r[5]) for r in raw]


class SharedCustomerSource(PagedReader):
    """The customers table's data source over one provider (count/page), for SQLite and PostgreSQL alike.

    Implements the protocol `wizard.ui.models.SharedCustomersModel` takes. `RelationshipStore.customer_source`
    makes one: over its own read-only connection to a SQLite file (`on_file`), or over the store's
    engine for a team database. A page that starts where the previous one of the same query ended
    continues from that row's sort keys rather than OFFSET. Use it from one thread at a time.
    """

    WHAT = "customer"

    def __init__(self, engine: Any, where: Any, case_id: int, provider_id: str, owns_engine: bool = False) -> None:
        super().__init__(engine, where, owns_engine)
        self.case_id = case_id
        self.provider_id = provider_id

    @classmethod
    def on_file(cls, path: Path | str, case_id: int, provider_id: str) -> SharedCustomerSource:
        """A source with its own read-only connection to the SQLite file at `path`."""
        return cls(read_only_engine(path), Path(path), case_id, provider_id, owns_engine=True)

    def count(self, text: str = "", missing_only: bool = False) -> int:
        """How many customers the filter matches (a scan: call it when the number is shown)."""
        return int(self._scalar(*count_statement(self.case_id, self.provider_id, text, missing_only)))

    def page(
        self, text: str, missing_only: bool, sort_column: str, descending: bool, offset: int, limit: int
    ) -> list[SharedCustomerRow]:
        """Rows offset..offset+limit of the filtered, sorted list."""
        n_keys = len(sort_keys(sort_column))

        def build(after: Sequence[Any] | None, skip: int) -> tuple[Select[Any], dict[str, Any]]:
            return page_statement(self.case_id, self.provider_id, text, missing_only, sort_column, descending,
                                  skip, limit, after)

        return customer_rows(self._page((text, missing_only, sort_column, descending), offset, limit, n_keys, build))
