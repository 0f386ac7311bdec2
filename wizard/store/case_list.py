"""The case list's one read path (filtered, sorted, keyset pages in SQLAlchemy Core, the same SQL for
SQLite and PostgreSQL) and per-case notes kept in the audit.

A search matches the stored `cases.search_key` (0006): the casefolded company, MPN ID, contact and
owner joined by U+001F, written by the Store whenever one of them changes (`case_search_key`). So a
search is one `LIKE` over a column instead of casefolding every case in Python per query, and a text
sort orders by its part of that key (split_part(), which SQLite connections get from the engine).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import ColumnElement, Select, Text, and_, bindparam, case, false, func, select

from wizard.domain.lifecycle import State
from wizard.domain.steps import STEP_KEYS
from wizard.store.paging import LIMIT, OFFSET, PagedReader, code_points, read_only_engine, seek, seek_params
from wizard.store.tables import Case, CaseField

if TYPE_CHECKING:
    from wizard.store.records import AuditEntry

NOTE_ACTION = "note"
MAX_NOTE_LENGTH = 10_000
SEPARATOR = "\x1f"
"""Between the searched parts of a case, so a search never matches across two of them (fold turns a
U+001F typed into the search box into a space)."""
LIKE_ESCAPE = "\\"

COMPANY_KEY, MPN_KEY, MODE_KEY = "legal_name", "mpn_id", "mode"
FIRST_NAME_KEY, LAST_NAME_KEY, EMAIL_KEY = "contact_first_name", "contact_last_name", "contact_email"
SEARCHED_FIELDS: frozenset[str] = frozenset((COMPANY_KEY, MPN_KEY, FIRST_NAME_KEY, LAST_NAME_KEY, EMAIL_KEY))
"""The field keys a case's search key is made of (with its owner): saving any of them rewrites it."""

_CONTROLS = {c: " " for c in range(0x20)}


class CaseRow(NamedTuple):
    """One line of the case list; `updated_at` is aware UTC, the texts are '' when not filled in yet."""

    id: int
    company: str
    mpn_id: str
    contact: str
    step: str
    status: str
    owner: str
    updated_at: datetime | None
    archived: bool
    mode: str = "sandbox"  # the case's mode (sandbox rehearsal or live enrollment); older cases have none

def fold(text: object) -> str:
    """Casefolded, without control characters: how search text and sort keys compare (any script)."""
    value = "" if text is None else str(text)
    return (value if value.isprintable() else value.translate(_CONTROLS)).casefold()


def contact_text(first: str, last: str, email: str) -> str:
    """'First Last <email>', or whichever part is known (the SQL below builds the same text)."""
    name = f"{first} {last}".strip()
    if not name:
        return email
    return f"{name} <{email}>" if email else name


def search_text(company: str, mpn_id: str, contact: str, owner: str) -> str:
    """What a search is matched against: a case's company, MPN ID, contact and owner, each folded."""
    return SEPARATOR.join(fold(part) for part in (company, mpn_id, contact, owner))


def case_search_key(fields: Mapping[str, str], owner: str) -> str:
    """The stored `cases.search_key` of a case with these field values and this owner."""
    contact = contact_text(fields.get(FIRST_NAME_KEY) or "", fields.get(LAST_NAME_KEY) or "",
                           fields.get(EMAIL_KEY) or "")
    return search_text(fields.get(COMPANY_KEY) or "", fields.get(MPN_KEY) or "", contact, owner or "")


def like_pattern(text: str) -> str | None:
    """The LIKE pattern (escape character LIKE_ESCAPE) for a search, or None when it is blank."""
    key = fold(text.strip())
    if not key:
        return None
    for special in (LIKE_ESCAPE, "%", "_"):  # the escape character first
        key = key.replace(special, LIKE_ESCAPE + special)
    return f"%{key}%"


STEP_ORDER = STEP_KEYS
STATUS_ORDER: tuple[str, ...] = tuple(state.value for state in State)
"""Steps sort in the wizard's order and statuses in the lifecycle's, not alphabetically."""

_cases = Case.__table__
_fields = CaseField.__table__


def _rank(column: str, keys: tuple[str, ...]) -> ColumnElement[int]:
    return case({key: index for index, key in enumerate(keys)}, value=_cases.c[column], else_=len(keys))


def _part(index: int) -> ColumnElement[str]:
    """A casefolded text the list shows, as its part of `cases.search_key`, compared by code point."""
    return code_points(func.split_part(_cases.c.search_key, SEPARATOR, index, type_=Text))


SORT_COLUMNS: dict[str, ColumnElement[Any] | None] = {
    "id": None,
    "company": _part(1),
    "mpn_id": _part(2),
    "contact": _part(3),
    "step": _rank("step", STEP_KEYS),
    "status": _rank("status", STATUS_ORDER),
    "owner": _part(4),
    "updated_at": _cases.c.updated_at,
    "archived": _cases.c.archived,
}
"""Sort key (a CaseRow field) -> ORDER BY term over the cases table alone (texts by their casefolded
part of the search key, so a sort needs no field lookups); the case id always breaks ties, in the
same direction."""


def _shown(source: Any) -> tuple[Any, dict[str, Any]]:
    """`source` LEFT JOIN one case_fields row per shown field (a primary-key lookup each); the texts shown.

    One join per field, not scalar subqueries (which would run once per use)."""
    values: dict[str, Any] = {}
    for index, key in enumerate((COMPANY_KEY, MPN_KEY, FIRST_NAME_KEY, LAST_NAME_KEY, EMAIL_KEY, MODE_KEY)):
        alias = _fields.alias(f"f{index}")
        source = source.outerjoin(alias, and_(alias.c.case_id == _cases.c.id, alias.c.key == key))
        values[key] = func.coalesce(alias.c.value, "", type_=Text)
    name = func.trim(values[FIRST_NAME_KEY] + " " + values[LAST_NAME_KEY], type_=Text)
    email = values[EMAIL_KEY]
    contact = case((name == "", email), (email == "", name), else_=name + " <" + email + ">")
    return source, {"company": values[COMPANY_KEY], "mpn_id": values[MPN_KEY], "contact": contact,
                    "mode": values[MODE_KEY]}


def _filter(include_archived: bool, searching: bool) -> list[ColumnElement[bool]]:
    """Over the cases table alone: the archived flag and a LIKE (`:pattern`) on the stored, casefolded
    search key. (LIKE ignores ASCII case on SQLite; both sides are folded already, so that changes nothing.)"""
    terms: list[ColumnElement[bool]] = []
    if not include_archived:
        terms.append(_cases.c.archived == false())
    if searching:
        terms.append(_cases.c.search_key.like(bindparam("pattern", type_=Text), escape=LIKE_ESCAPE))
    return terms


def _sort_keys(sort_column: str) -> list[ColumnElement[Any]]:
    try:
        term = SORT_COLUMNS[sort_column]
    except KeyError:
        raise ValueError(f"cannot sort cases by {sort_column!r}; use one of {sorted(SORT_COLUMNS)}") from None
    return [_cases.c.id] if term is None else [term, _cases.c.id]


@lru_cache(maxsize=4)
def _count_select(include_archived: bool, searching: bool) -> Select[Any]:
    return select(func.count()).select_from(_cases).where(*_filter(include_archived, searching))


def count_statement(text: str = "", include_archived: bool = False) -> tuple[Select[Any], dict[str, Any]]:
    """Counting the cases a search matches (the cases table alone), and its parameters."""
    pattern = like_pattern(text)
    return _count_select(include_archived, pattern is not None), {"pattern": pattern}


@lru_cache(maxsize=None)
def _page_select(sort_column: str, descending: bool, include_archived: bool, searching: bool,
                 seeking: bool) -> Select[Any]:
    """Built once per shape: the page is chosen on the cases table alone (filter, sort, and when
    `seeking` a seek past the previous page's last keys instead of an OFFSET); only its rows get
    their fields joined."""
    keys = _sort_keys(sort_column)
    ordered = [key.desc() if descending else key for key in keys]
    chosen = select(*(key.label(f"k{i}") for i, key in enumerate(keys))).where(*_filter(include_archived, searching))
    if seeking:
        chosen = chosen.where(seek(keys, descending))
    page = chosen.order_by(*ordered).limit(LIMIT).offset(OFFSET).subquery("page")
    page_keys = [page.c[f"k{i}"] for i in range(len(keys))]
    sort_again = [code_points(k) if isinstance(key, code_points) else k for k, key in zip(page_keys, keys)]
    joined, texts = _shown(page.join(_cases, _cases.c.id == page_keys[-1]))
    return (
        select(
            _cases.c.id, texts["company"], texts["mpn_id"], texts["contact"], _cases.c.step,
            _cases.c.status, _cases.c.owner, _cases.c.updated_at, _cases.c.archived, texts["mode"], *page_keys,
        )
        .select_from(joined)
        .order_by(*(k.desc() if descending else k for k in sort_again))
    )


def page_statement(
    text: str, include_archived: bool, sort_column: str, descending: bool, offset: int, limit: int,
    after: Sequence[Any] | None = None,
) -> tuple[Select[Any], dict[str, Any]]:
    """One page of CaseRow-shaped rows, each followed by its sort keys, and its parameters; ValueError
    for an unknown sort key. With `after` (the keys of the previous page's last row) the page continues
    after that row (keyset paging) instead of skipping `offset` rows."""
    pattern = like_pattern(text)
    statement = _page_select(sort_column, descending, include_archived, pattern is not None, after is not None)
    params = {"pattern": pattern, "limit": max(0, limit), "offset": max(0, offset), **seek_params(after)}
    return statement, params


for _shape in ((False, False), (True, False), (False, True)):  # (searching, seeking) of the list as it opens
    _page_select("updated_at", True, False, *_shape)  # built at import (the store's, on the start-up worker)


def case_rows(raw: Sequence[Sequence[Any]]) -> list[CaseRow]:
    """Page rows (their sort keys after) as CaseRows; updated_at is aware UTC, as the column gives it."""
    return [CaseRow(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]), r[9] or "sandbox") for r in raw]


class CaseListSource(PagedReader):
    """The case list's data source (count/page), for a SQLite file and a team database alike.

    Implements the protocol `wizard.ui.case_list_model.CaseListModel` takes. `Store.case_list_source()`
    makes one: over its own read-only connection to a SQLite file (`CaseListSource.on_file`), or
    over the store's engine for a team database, where each call is one short read transaction
    that sees colleagues' latest commits. Use it from one thread at a time.
    """

    WHAT = "case list"

    @classmethod
    def on_file(cls, path: Path | str) -> CaseListSource:
        """A source with its own read-only connection to the SQLite file at `path`."""
        return cls(read_only_engine(path), Path(path), owns_engine=True)

    def count(self, text: str = "", include_archived: bool = False) -> int:
        """How many cases the search matches."""
        return int(self._scalar(*count_statement(text, include_archived)))

    def page(
        self, text: str, include_archived: bool, sort_column: str, descending: bool, offset: int, limit: int
    ) -> list[CaseRow]:
        """Rows offset..offset+limit of the searched, sorted list."""
        n_keys = len(_sort_keys(sort_column))

        def build(after: Sequence[Any] | None, skip: int) -> tuple[Select[Any], dict[str, Any]]:
            return page_statement(text, include_archived, sort_column, descending, skip, limit, after)

        return case_rows(self._page((text, include_archived, sort_column, descending), offset, limit, n_keys, build))


# -- notes: audit entries, so no schema change is needed ------------------------------------------------


def set_note(store: Any, case_id: int, text: str, actor: str) -> None:
    """Add a note to the case (an audit entry with action 'note'); ValueError for an empty or huge note."""
    note = text.strip()
    if not note:
        raise ValueError("A note can't be empty.")
    if len(note) > MAX_NOTE_LENGTH:
        raise ValueError(f"A note can be at most {MAX_NOTE_LENGTH:,} characters long.")
    store.add_audit(case_id, actor, NOTE_ACTION, {"text": note})


def notes(store: Any, case_id: int) -> list[AuditEntry]:
    """The case's notes, oldest first (`entry.detail['text']` is the note, `actor` and `at` who and when)."""
    return [entry for entry in store.audit(case_id) if entry.action == NOTE_ACTION]
