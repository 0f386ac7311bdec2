"""Reads for the shared-customers table: filtered, sorted pages in SQL (stdlib sqlite3 only, like quick.py)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from wizard.store.records import SharedCustomerRow

KEY_SEPARATOR = "\x1f"
"""Between the name and the domain in `search_key`; sorts below any character a key keeps."""

_CONTROLS = {c: " " for c in range(0x20)}

# Raw row layout of the page query: SharedCustomerRow's six columns, then the stored sort keys.
_SELECT = (
    "SELECT customer_id, name, domain, country, provider_relationship, since, search_key,"
    " coalesce(since, '') FROM shared_customers"
)
_ID, _DOMAIN, _COUNTRY, _RELATIONSHIP, _SEARCH, _SINCE_KEY = 0, 2, 3, 4, 6, 7

SORT_COLUMNS: dict[str, tuple[tuple[str, int], ...]] = {
    "name": (("search_key", _SEARCH),),
    "domain": (("domain", _DOMAIN), ("search_key", _SEARCH)),
    "country": (("country", _COUNTRY), ("search_key", _SEARCH)),
    "relationship": (("provider_relationship", _RELATIONSHIP), ("search_key", _SEARCH)),
    "since": (("coalesce(since, '')", _SINCE_KEY), ("search_key", _SEARCH)),
}
"""Sort key -> ORDER BY terms (SQL, raw row index); customer_id always breaks ties, so orders are total."""


def text_key(text: str) -> str:
    """Casefolded, without control characters: how names, domains and filter strings are compared."""
    return (text if text.isprintable() else text.translate(_CONTROLS)).casefold()


def search_key(name: str, domain: str) -> str:
    """The stored `search_key` of a customer (name order, then domain; filters match either part)."""
    return f"{text_key(name)}{KEY_SEPARATOR}{text_key(domain)}"


def where(case_id: int, provider_id: str, text: str, missing_only: bool) -> tuple[str, list[Any]]:
    """The WHERE clause and its qmark parameters for one provider's customers under a filter.

    The text matches anywhere in the name or the domain (instr() on `search_key`, which needs no
    escaping of % and _); a match never spans the separator, since the key of typed text has none.
    """
    sql = " WHERE case_id = ? AND provider_id = ?"
    params: list[Any] = [case_id, provider_id]
    if missing_only:
        sql += " AND provider_relationship = 0"
    key = text_key(text.strip())
    if key:
        sql += " AND instr(search_key, ?) > 0"
        params.append(key)
    return sql, params


def count_query(case_id: int, provider_id: str, text: str = "", missing_only: bool = False) -> tuple[str, list[Any]]:
    """SQL counting the customers a filter matches."""
    sql, params = where(case_id, provider_id, text, missing_only)
    return "SELECT count(*) FROM shared_customers" + sql, params


def page_query(
    case_id: int, provider_id: str, text: str, missing_only: bool,
    sort_column: str, descending: bool, offset: int, limit: int,
    after: tuple[Any, ...] | None = None,
) -> tuple[str, list[Any]]:
    """SQL for one page of raw rows; raises ValueError for an unknown sort key.

    With `after` (the `sort_key()` of the previous page's last row) the page continues from
    that row instead of skipping `offset` rows (keyset paging: every page costs the same).
    """
    try:
        terms = SORT_COLUMNS[sort_column]
    except KeyError:
        raise ValueError(f"cannot sort customers by {sort_column!r}; use one of {sorted(SORT_COLUMNS)}") from None
    keys = [sql for sql, _ in terms] + ["customer_id"]
    direction = " DESC" if descending else ""
    sql, params = where(case_id, provider_id, text, missing_only)
    if after is not None:
        sql += f" AND ({', '.join(keys)}) {'<' if descending else '>'} ({', '.join('?' * len(keys))})"
        params += list(after)
        offset = 0
    order = ", ".join(f"{key}{direction}" for key in keys)
    return f"{_SELECT}{sql} ORDER BY {order} LIMIT ? OFFSET ?", [*params, max(0, limit), max(0, offset)]


def sort_key(sort_column: str, raw: tuple[Any, ...]) -> tuple[Any, ...]:
    """The ORDER BY values of a raw page row, for continuing after it."""
    return (*(raw[index] for _, index in SORT_COLUMNS[sort_column]), raw[_ID])


def parse_utc(text: str | None) -> datetime | None:
    """A stored naive-UTC timestamp as an aware datetime (what UTCDateTime gives the ORM)."""
    return None if text is None else datetime.fromisoformat(text).replace(tzinfo=timezone.utc)


def customer_rows(raw: list[Any]) -> list[SharedCustomerRow]:
    """Raw page rows to SharedCustomerRow (bool relationship, aware `since`)."""
    return [
        SharedCustomerRow(r[0], r[1], r[2], r[3], bool(r[4]), None if r[5] is None else parse_utc(r[5]))
        for r in raw
    ]


class SharedCustomerSource:
    """The customers table's data source over one provider: its own read-only sqlite3 connection.

    Implements the protocol `wizard.ui.models.SharedCustomersModel` takes (count/page). The
    connection is opened read-only (`mode=ro`), so the view can never write, and WAL lets it
    read while the store appends a sync batch. A page that starts where the previous one of the
    same query ended continues from that row's sort key rather than OFFSET, so scrolling to row
    100,000 costs the same per page as the first. Use it from one thread at a time.
    """

    def __init__(self, path: Path, case_id: int, provider_id: str) -> None:
        self.path = Path(path)
        self.case_id = case_id
        self.provider_id = provider_id
        uri = self.path.resolve().as_uri() + "?mode=ro"
        self._conn: sqlite3.Connection | None = sqlite3.connect(
            uri, uri=True, isolation_level=None, check_same_thread=False, timeout=5.0
        )
        self._resume: tuple[tuple[Any, ...], int, tuple[Any, ...]] | None = None

    def _execute(self, sql: str, params: list[Any]) -> sqlite3.Cursor:
        if self._conn is None:
            raise ValueError("the customer source is closed")
        return self._conn.execute(sql, params)

    def count(self, text: str = "", missing_only: bool = False) -> int:
        """How many customers the filter matches (a scan: call it when the number is shown)."""
        sql, params = count_query(self.case_id, self.provider_id, text, missing_only)
        return int(self._execute(sql, params).fetchone()[0])

    def page(
        self, text: str, missing_only: bool, sort_column: str, descending: bool, offset: int, limit: int
    ) -> list[SharedCustomerRow]:
        """Rows offset..offset+limit of the filtered, sorted list."""
        query = (text, missing_only, sort_column, descending)
        after = None
        if self._resume is not None and self._resume[0] == query and self._resume[1] == offset and offset:
            after = self._resume[2]
        sql, params = page_query(
            self.case_id, self.provider_id, text, missing_only, sort_column, descending, offset, limit, after
        )
        raw = self._execute(sql, params).fetchall()
        self._resume = (query, offset + len(raw), sort_key(sort_column, raw[-1])) if raw else None
        return customer_rows(raw)

    def close(self) -> None:
        """Close the connection (idempotent)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> SharedCustomerSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
