"""What the lazy views' sources share: one read per call through SQLAlchemy Core, keyset paging, code point order.

The case list (`wizard.store.case_list.CaseListSource`) and the customers table
(`wizard.store.customer_view.SharedCustomerSource`) each write their queries once, in Core, for SQLite
and PostgreSQL alike. A page that continues where the previous page of the same query ended seeks
past that row's sort key (`WHERE (key, id) > (:key, :id) ORDER BY key, id LIMIT n`): scrolling to
row 100,000 costs what the first page costs. Any other offset (a refresh, a jump) is an OFFSET.

On a SQLite file a source reads through its own engine of one read-only connection (`mode=ro`,
`read_only_engine`): it can never write, WAL lets it read while the store writes, and every
statement sees the latest commit. The lazy views read their pages on the GUI thread, as a bare
lazy QTableView does; each such statement carries the execution option VIEW_READ, so the test of
what runs on the GUI thread (tests/gui/test_responsiveness.py) can allow exactly these and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Engine, Integer, Select, bindparam, tuple_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from wizard.store.engine import read_only_engine, translated_errors  # noqa: F401 - read_only_engine re-exported

VIEW_READ = "wizard_view_read"
"""Execution option on every statement a lazy view's source runs (read-only page and count reads)."""


class code_points(FunctionElement[Any]):  # noqa: N801 - reads as SQL
    """The expression compared by code point: `expr COLLATE "C"` on PostgreSQL; SQLite's default
    (BINARY: UTF-8 bytes, which is code point order) elsewhere."""

    inherit_cache = True

    def __init__(self, expr: ColumnElement[Any]) -> None:
        super().__init__(expr)
        self.type = expr.type


@compiles(code_points)
def _code_points_default(element: code_points, compiler: Any, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)  # type: ignore[no-any-return]


@compiles(code_points, "postgresql")
def _code_points_postgresql(element: code_points, compiler: Any, **kw: Any) -> str:
    return f'{compiler.process(element.clauses, **kw)} COLLATE "C"'


def seek(keys: Sequence[ColumnElement[Any]], descending: bool) -> ColumnElement[bool]:
    """`(k1, k2, ...) > (:after0, :after1, ...)` (`<` when descending): the rows after the one with
    these keys (their values go in as `seek_params`)."""
    bound = [bindparam(f"after{i}", type_=key.type) for i, key in enumerate(keys)]
    if len(keys) == 1:
        return keys[0] < bound[0] if descending else keys[0] > bound[0]
    left, right = tuple_(*keys), tuple_(*bound)
    return left < right if descending else left > right


def seek_params(values: Sequence[Any] | None) -> dict[str, Any]:
    """The parameters of `seek` for the keys of the row to continue after."""
    return {} if values is None else {f"after{i}": value for i, value in enumerate(values)}


LIMIT, OFFSET = bindparam("limit", type_=Integer), bindparam("offset", type_=Integer)
"""A page's size and start as parameters, so each page statement is built (and compiled) once."""


PageBuilder = Callable[[Sequence[Any] | None, int], tuple[Select[Any], dict[str, Any]]]
"""(keys of the row to continue after or None, offset) -> the page's statement and its parameters; its
rows end with their sort keys."""


class PagedReader:
    """A read-only source over an engine: one short read per call, keyset continuation of pages.

    `owns_engine`: the source disposes it on close (its own read-only engine on a SQLite file);
    otherwise the engine is the store's, and stays the store's to close.
    """

    WHAT = "data"

    def __init__(self, engine: Engine, where: Any, owns_engine: bool = False) -> None:
        self._engine: Engine | None = engine.execution_options(**{VIEW_READ: True})
        self._owned = engine if owns_engine else None
        self._where = where
        self._resume: tuple[Hashable, int, tuple[Any, ...]] | None = None

    def _rows(self, statement: Select[Any], params: dict[str, Any] | None = None) -> list[Any]:
        if self._engine is None:
            raise ValueError(f"the {self.WHAT} source is closed")
        with translated_errors(self._where), self._engine.connect() as conn:
            return list(conn.execute(statement, params).all())

    def _scalar(self, statement: Select[Any], params: dict[str, Any] | None = None) -> Any:
        return self._rows(statement, params)[0][0]

    def _page(self, query: Hashable, offset: int, limit: int, n_keys: int, build: PageBuilder) -> list[Any]:
        """One page; after the previous page of the same query it seeks past that page's last keys."""
        start, after, resume = max(0, offset), None, self._resume
        if resume is not None and start and resume[0] == query and resume[1] == start:
            after = resume[2]
        rows = self._rows(*build(after, 0 if after is not None else start))
        self._resume = (query, start + len(rows), tuple(rows[-1][-n_keys:])) if rows else None
        return rows

    def close(self) -> None:
        """Release the source (idempotent); an engine of its own is disposed."""
        self._engine = None
        if self._owned is not None:
            self._owned.dispose()
            self._owned = None

    def __enter__(self) -> Any:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
