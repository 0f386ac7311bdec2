"""The customers table's reads through SQLAlchemy Core, for a team database (PostgreSQL).

Same filters, orders and rows as the stdlib-sqlite3 queries in `wizard.store.customer_view`
(which stays SQLAlchemy-free for a SQLite file): `search_key` and the texts compare by code point
(the "C" collation, which 0006 gives `search_key` on PostgreSQL), a customer without `since` sorts
first, and `customer_id` breaks ties.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, false, func, nulls_first, nulls_last, select

from wizard.store.customer_view import SORT_COLUMNS, text_key
from wizard.store.records import SharedCustomerRow
from wizard.store.tables import SharedCustomer

_customers = SharedCustomer.__table__
_c = _customers.c


def _where(case_id: int, provider_id: str, text: str, missing_only: bool) -> list[ColumnElement[bool]]:
    terms: list[ColumnElement[bool]] = [_c.case_id == case_id, _c.provider_id == provider_id]
    if missing_only:
        terms.append(_c.provider_relationship == false())
    key = text_key(text.strip())
    if key:
        terms.append(_c.search_key.contains(key, autoescape=True))
    return terms


def _order(sort_column: str, descending: bool) -> list[Any]:
    """ORDER BY terms for a sort key of SORT_COLUMNS; ValueError for an unknown one."""
    if sort_column not in SORT_COLUMNS:
        raise ValueError(f"cannot sort customers by {sort_column!r}; use one of {sorted(SORT_COLUMNS)}")
    first = {
        "name": None,
        "domain": _c.domain.collate("C"),
        "country": _c.country.collate("C"),
        "relationship": _c.provider_relationship,
        "since": _c.since,
    }[sort_column]
    terms = [term for term in (first, _c.search_key, _c.customer_id) if term is not None]
    ordered = [term.desc() if descending else term.asc() for term in terms]
    if sort_column == "since":  # as coalesce(since, '') on SQLite: no date sorts before every date
        ordered[0] = nulls_last(ordered[0]) if descending else nulls_first(ordered[0])
    return ordered


def count_statement(
    case_id: int, provider_id: str, text: str = "", missing_only: bool = False
) -> Select[Any]:
    """Counting the customers a filter matches."""
    terms = _where(case_id, provider_id, text, missing_only)
    return select(func.count()).select_from(_customers).where(*terms)


def page_statement(
    case_id: int, provider_id: str, text: str, missing_only: bool,
    sort_column: str, descending: bool, offset: int, limit: int,
) -> Select[Any]:
    """One page of (customer_id, name, domain, country, provider_relationship, since) rows."""
    return (
        select(_c.customer_id, _c.name, _c.domain, _c.country, _c.provider_relationship, _c.since)
        .where(*_where(case_id, provider_id, text, missing_only))
        .order_by(*_order(sort_column, descending))
        .limit(max(0, limit))
        .offset(max(0, offset))
    )


def customer_rows(raw: Any) -> list[SharedCustomerRow]:
    """Page rows as SharedCustomerRow (`since` is already aware UTC: the column's type makes it so)."""
    return [SharedCustomerRow(int(r[0]), r[1], r[2], r[3], bool(r[4]), r[5]) for r in raw]
