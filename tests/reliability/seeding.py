"""Representative rows for whatever tables a database has at any schema revision, and a way to compare.

The tables are reflected, not hard-coded, so a new migration (a new table or column) gets data
without touching this file: values follow each column's type, foreign keys copy a parent row's
key, nullable columns get a NULL in one row of three, and an `IN (...)` CHECK picks an allowed
value. A few columns get realistic values (field keys, audit details, customer search keys).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Engine, MetaData, Table

from wizard.domain.fields import FIELD_KEYS
from wizard.store.customer_view import search_key
from wizard.store.engine import reader

ROWS_PER_TABLE = 3
SKIP_TABLES = {"alembic_version"}

Row = dict[str, Any]
Snapshot = dict[str, dict[tuple[Any, ...], Row]]
"""table name -> primary key -> row (every column)."""

_FIELD_KEYS = [k for k in FIELD_KEYS if k not in ("legal_name",)]


def _audit_detail(i: int, _row: Row) -> Any:
    return {"from": "welcome", "to": "mpn", "n": i, "note": "naïve ☃ 日本"}


OVERRIDES: dict[tuple[str, str], Callable[[int, Row], Any]] = {
    ("case_fields", "key"): lambda i, _row: ["legal_name", *_FIELD_KEYS][i % (1 + len(_FIELD_KEYS))],
    ("case_fields", "value"): lambda i, _row: ["Contoso Ibérica S.L.", "", "O'Brien & \"Sons\" <b>x</b>"][i % 3],
    ("cases", "step"): lambda i, _row: ["welcome", "legal_profile", "status"][i % 3],
    # Before 0002 added its CHECK the app wrote only these two (a CHECK, when there is one, decides).
    ("cases", "status"): lambda i, _row: ["draft", "submitted"][i % 2],
    ("audit_log", "detail"): _audit_detail,
    ("audit_log", "action"): lambda i, _row: ["create", "step", "status"][i % 3],
    ("shared_customers", "country"): lambda i, _row: ["ES", "FR", "GB"][i % 3],
    ("shared_customers", "search_key"): lambda _i, row: search_key(row.get("name", ""), row.get("domain", "")),
}
"""Realistic values where the app reads them back with meaning (and must still after the upgrade)."""

DERIVED: dict[tuple[str, str], Callable[[Row], Any]] = {
    ("shared_customers", "search_key"): lambda row: search_key(row["name"], row["domain"]),
}
"""Columns computed from others: after an upgrade they must equal today's formula, not the old value."""

MIGRATED_VALUES: dict[tuple[str, str], dict[Any, Any]] = {
    ("cases", "status"): {"submitted": "email_verification"},  # 0003: lifecycle statuses
}
"""Values a migration deliberately rewrites (old -> new); every other old value must survive as it was."""

_IN_CHECK = re.compile(
    r"^\s*\(*\s*\"?(\w+)\"?(?:::\w+)?\s*(?:IN\s*\(|=\s*ANY\s*\(\s*ARRAY\[)(.*)$", re.IGNORECASE | re.DOTALL
)
"""`status IN ('a', 'b')` (SQLite, as written) or `status::text = ANY (ARRAY['a'::..., ...])` (PostgreSQL)."""


def _allowed_values(table: Table) -> dict[str, list[str]]:
    """Column -> values its `col IN ('a', 'b')` CHECK constraint allows (other CHECK shapes are ignored)."""
    allowed: dict[str, list[str]] = {}
    for constraint in table.constraints:
        if isinstance(constraint, sa.CheckConstraint):
            match = _IN_CHECK.match(str(constraint.sqltext))
            if match:
                allowed[match.group(1)] = re.findall(r"'([^']*)'", match.group(2))
    return allowed


def _checks(engine: Engine, table: Table) -> dict[str, list[str]]:
    allowed = _allowed_values(table)
    for check in sa.inspect(engine).get_check_constraints(table.name):
        match = _IN_CHECK.match(check.get("sqltext", ""))
        if match:
            allowed[match.group(1)] = re.findall(r"'([^']*)'", match.group(2))
    return allowed


def _typed_value(table: Table, column: sa.Column, i: int) -> Any:
    kind = column.type
    name = column.name
    if isinstance(kind, sa.Boolean):
        return i % 2 == 1
    if isinstance(kind, sa.Integer):
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and pk[0] is column:
            return i + 1
        return 1000 + i
    if isinstance(kind, sa.DateTime):
        return datetime(2024, 1, 10, 9, 30, 15, 123456) + timedelta(days=40 * i, seconds=i)
    if isinstance(kind, sa.Date):
        return date(2024, 1, 10) + timedelta(days=40 * i)
    if isinstance(kind, sa.JSON):
        return [f"{name}-{i}", "ü"]
    if isinstance(kind, (sa.Float, sa.Numeric)):
        return 1.5 + i
    if isinstance(kind, sa.String):  # Text and VARCHAR alike
        text = f"{name}-{i} ü"
        length = getattr(kind, "length", None)
        return text[:length] if length else text + " — a longer text value"
    raise NotImplementedError(f"no sample value for {table.name}.{name} of type {kind!r}: add one to seeding.py")


def _row(table: Table, i: int, data: dict[str, list[Row]], allowed: dict[str, list[str]]) -> Row:
    row: Row = {}
    for fk in table.foreign_key_constraints:
        parents = data[fk.referred_table.name]
        parent = parents[i % len(parents)]
        for local, remote in zip(fk.column_keys, [e.column.name for e in fk.elements]):
            row[local] = parent[remote]
    for column in table.columns:
        if column.name in row:
            continue
        key = (table.name, column.name)
        if column.name in allowed:
            row[column.name] = allowed[column.name][i % len(allowed[column.name])]
        elif key in OVERRIDES:
            continue  # after the typed columns: some overrides derive from them
        elif column.nullable and not column.primary_key and i % 3 == 2:
            row[column.name] = None
        else:
            row[column.name] = _typed_value(table, column, i)
    for column in table.columns:
        key = (table.name, column.name)
        if key in OVERRIDES and column.name not in row:
            row[column.name] = OVERRIDES[key](i, row)
    return row


def reflect(engine: Engine) -> MetaData:
    metadata = MetaData()
    metadata.reflect(engine)
    return metadata


def seed(engine: Engine, rows: int = ROWS_PER_TABLE) -> Snapshot:
    """Insert `rows` rows into every table (parents first); returns what was written."""
    metadata = reflect(engine)
    data: dict[str, list[Row]] = {}
    tables = [t for t in metadata.sorted_tables if t.name not in SKIP_TABLES]
    checks = {t.name: _checks(engine, t) for t in tables}  # before the write transaction: one connection
    with engine.begin() as conn:
        for table in tables:
            allowed = checks[table.name]
            data[table.name] = [_row(table, i, data, allowed) for i in range(rows)]
            conn.execute(table.insert(), data[table.name])
            pk = list(table.primary_key.columns)
            if engine.dialect.name == "postgresql" and len(pk) == 1 and isinstance(pk[0].type, sa.Integer):
                # explicit ids leave a serial's sequence behind: move it on, as rows the app inserts would
                conn.execute(sa.text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{pk[0].name}'), "
                    f"(SELECT max({pk[0].name}) FROM {table.name}))"
                ))
    return snapshot(engine)


def snapshot(engine: Engine) -> Snapshot:
    """Every row of every table (but Alembic's), keyed by primary key."""
    metadata = reflect(engine)
    out: Snapshot = {}
    with reader(engine).connect() as conn:
        for table in metadata.sorted_tables:
            if table.name in SKIP_TABLES:
                continue
            pk = [c.name for c in table.primary_key.columns]
            out[table.name] = {}
            for r in conn.execute(sa.select(table)).mappings():
                row = dict(r)
                out[table.name][tuple(row[c] for c in pk)] = row
    return out


def differences(before: Snapshot, after: Snapshot) -> list[str]:
    """What of `before` did not survive into `after` (lost tables, rows, columns or changed values)."""
    problems: list[str] = []
    for table, rows in before.items():
        if table not in after:
            problems.append(f"table {table} is gone")
            continue
        if len(after[table]) != len(rows):
            problems.append(f"{table}: {len(rows)} rows before, {len(after[table])} after")
        for pk, old in rows.items():
            new = after[table].get(pk)
            if new is None:
                problems.append(f"{table} {pk}: row lost")
                continue
            for column, value in old.items():
                if column not in new:
                    problems.append(f"{table}.{column}: column dropped")
                    continue
                derive = DERIVED.get((table, column))
                migrated = MIGRATED_VALUES.get((table, column), {})
                expected = derive(new) if derive else migrated.get(value, value) if _hashable(value) else value
                if new[column] != expected:
                    problems.append(f"{table} {pk}.{column}: {value!r} became {new[column]!r}")
    return problems


def _hashable(value: Any) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


def orphans(engine: Engine) -> list[str]:
    """Rows whose foreign key points nowhere, for every foreign key (any dialect; SQLite's check too)."""
    problems: list[str] = []
    metadata = reflect(engine)
    with reader(engine).connect() as conn:
        if engine.dialect.name == "sqlite":
            problems += [f"foreign_key_check: {tuple(r)}" for r in conn.exec_driver_sql("PRAGMA foreign_key_check")]
        for table in metadata.sorted_tables:
            for fk in table.foreign_key_constraints:
                parent = fk.referred_table
                match = sa.and_(*[el.parent == el.column for el in fk.elements])
                present = sa.and_(*[el.parent.is_not(None) for el in fk.elements])
                count = conn.execute(
                    sa.select(sa.func.count()).select_from(table).where(present, ~sa.exists().where(match))
                ).scalar_one()
                if count:
                    problems.append(f"{table.name} -> {parent.name}: {count} orphan rows")
    return problems
