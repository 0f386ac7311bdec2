"""Reads for the case list (filtered, sorted pages in SQL, stdlib sqlite3 only) and per-case notes kept in the audit.

A search matches the stored `cases.search_key` (0006): the casefolded company, MPN ID, contact and
owner joined by U+001F, written by the Store whenever one of them changes (`case_search_key`). So a
search is one `LIKE` over a column instead of casefolding every case in Python per query, and it
runs the same on SQLite and PostgreSQL (`wizard.store.case_list_engine` is the server variant).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from wizard.domain.lifecycle import State
from wizard.domain.steps import STEP_KEYS

if TYPE_CHECKING:
    from wizard.store.records import AuditEntry

NOTE_ACTION = "note"
MAX_NOTE_LENGTH = 10_000
SEPARATOR = "\x1f"
"""Between the searched parts of a case, so a search never matches across two of them (fold turns a
U+001F typed into the search box into a space)."""
LIKE_ESCAPE = "\\"

COMPANY_KEY, MPN_KEY = "legal_name", "mpn_id"
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


def _order_case(column: str, keys: tuple[str, ...]) -> str:
    whens = " ".join(f"WHEN '{key}' THEN {index}" for index, key in enumerate(keys))
    return f"CASE {column} {whens} ELSE {len(keys)} END"


STEP_ORDER = STEP_KEYS
STATUS_ORDER: tuple[str, ...] = tuple(state.value for state in State)
"""Steps sort in the wizard's order and statuses in the lifecycle's, not alphabetically."""

_JOINED = (("fc", COMPANY_KEY), ("fm", MPN_KEY), ("ff", FIRST_NAME_KEY), ("fl", LAST_NAME_KEY), ("fe", EMAIL_KEY))
# One LEFT JOIN per field (a primary-key lookup each), not scalar subqueries: the flattened query
# would repeat a subquery at every use (select, search, sort) and run it that many times.
_INNER = (
    "SELECT c.id AS id, coalesce(fc.value, '') AS company, coalesce(fm.value, '') AS mpn_id,"
    " trim(coalesce(ff.value, '') || ' ' || coalesce(fl.value, '')) AS contact_name,"
    " coalesce(fe.value, '') AS contact_email,"
    " c.step AS step, c.status AS status, c.owner AS owner, c.updated_at AS updated_at, c.archived AS archived"
    " FROM cases AS c"
    + "".join(f" LEFT JOIN case_fields AS {alias} ON {alias}.case_id = c.id AND {alias}.key = '{key}'"
              for alias, key in _JOINED)
)
_CONTACT = (
    "CASE WHEN contact_name = '' THEN contact_email WHEN contact_email = '' THEN contact_name"
    " ELSE contact_name || ' <' || contact_email || '>' END"
)

SORT_COLUMNS: dict[str, str] = {
    "id": "id",
    "company": "wizard_fold(company)",
    "mpn_id": "wizard_fold(mpn_id)",
    "contact": f"wizard_fold({_CONTACT})",
    "step": _order_case("step", STEP_ORDER),
    "status": _order_case("status", STATUS_ORDER),
    "owner": "wizard_fold(owner)",
    "updated_at": "updated_at",
    "archived": "archived",
}
"""Sort key (a CaseRow field) -> ORDER BY term; the case id always breaks ties, in the same direction."""


def where(text: str, include_archived: bool, alias: str = "") -> tuple[str, list[Any]]:
    """The WHERE clause over the `cases` table (its columns prefixed `alias.`) and its qmark parameters.

    The search is a LIKE on the stored, casefolded `search_key`: no field lookups, no Python per row.
    (LIKE ignores ASCII case on SQLite; both sides are folded already, so that changes nothing.)
    """
    prefix = f"{alias}." if alias else ""
    terms: list[str] = []
    params: list[Any] = []
    if not include_archived:
        terms.append(f"{prefix}archived = 0")
    pattern = like_pattern(text)
    if pattern is not None:
        terms.append(f"{prefix}search_key LIKE ? ESCAPE '{LIKE_ESCAPE}'")
        params.append(pattern)
    return (" WHERE " + " AND ".join(terms)) if terms else "", params


def count_query(text: str = "", include_archived: bool = False) -> tuple[str, list[Any]]:
    """SQL counting the cases a search matches (the cases table alone: no field lookups)."""
    sql, params = where(text, include_archived)
    return f"SELECT count(*) FROM cases{sql}", params


def page_query(
    text: str, include_archived: bool, sort_column: str, descending: bool, offset: int, limit: int
) -> tuple[str, list[Any]]:
    """SQL for one page of CaseRow-shaped raw rows; ValueError for an unknown sort key."""
    try:
        term = SORT_COLUMNS[sort_column]
    except KeyError:
        raise ValueError(f"cannot sort cases by {sort_column!r}; use one of {sorted(SORT_COLUMNS)}") from None
    direction = " DESC" if descending else ""
    order = f"{term}{direction}" + ("" if sort_column == "id" else f", id{direction}")
    sql, params = where(text, include_archived, "c")
    select = f"SELECT id, company, mpn_id, {_CONTACT}, step, status, owner, updated_at, archived"
    select += f" FROM ({_INNER}{sql})"
    return f"{select} ORDER BY {order} LIMIT ? OFFSET ?", [*params, max(0, limit), max(0, offset)]


def parse_utc(text: object) -> datetime | None:
    """A stored naive-UTC timestamp as an aware datetime."""
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text).replace(tzinfo=timezone.utc)
    except ValueError:
        return None


def case_rows(raw: list[Any]) -> list[CaseRow]:
    return [CaseRow(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], parse_utc(r[7]), bool(r[8])) for r in raw]


class CaseListSource:
    """The case list's data source for a SQLite store: its own read-only sqlite3 connection to the file.

    Implements the protocol `wizard.ui.case_list_model.CaseListModel` takes (count/page). Read-only
    (`mode=ro`), so the list can never write, and WAL lets it read while the store writes; every
    statement sees the latest commit. Use it from one thread at a time.
    """

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        uri = self.path.resolve().as_uri() + "?mode=ro"
        self._conn: sqlite3.Connection | None = sqlite3.connect(
            uri, uri=True, isolation_level=None, check_same_thread=False, timeout=5.0
        )
        self._conn.create_function("wizard_fold", 1, fold, deterministic=True)

    def _execute(self, sql: str, params: list[Any]) -> sqlite3.Cursor:
        if self._conn is None:
            raise ValueError("the case list source is closed")
        return self._conn.execute(sql, params)

    def count(self, text: str = "", include_archived: bool = False) -> int:
        """How many cases the search matches."""
        sql, params = count_query(text, include_archived)
        return int(self._execute(sql, params).fetchone()[0])

    def page(
        self, text: str, include_archived: bool, sort_column: str, descending: bool, offset: int, limit: int
    ) -> list[CaseRow]:
        """Rows offset..offset+limit of the searched, sorted list."""
        sql, params = page_query(text, include_archived, sort_column, descending, offset, limit)
        return case_rows(self._execute(sql, params).fetchall())

    def close(self) -> None:
        """Close the connection (idempotent)."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> CaseListSource:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


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
