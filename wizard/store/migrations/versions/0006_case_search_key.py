"""Case-list search in SQL: cases.search_key, the casefolded company, MPN ID, contact and owner of a case.

Revision ID: 0006_case_search_key
Revises: 0005_case_version
Create Date: 2026-12-02

The case list searched by casefolding every case in Python per query (a registered SQLite function;
2.9x a bare view at 10,000 cases, and impossible on PostgreSQL). The Store now writes this column
whenever a case's company, MPN ID, contact or owner changes, and a search is one LIKE on it.

On PostgreSQL both search keys (this one and shared_customers.search_key) get the "C" collation, so
they compare and sort by code point as on SQLite whatever the server's default collation is, and
the customers table's primary key serves its name order.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_case_search_key"
down_revision: str | Sequence[str] | None = "0005_case_version"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# -- a frozen copy of wizard.store.case_list.case_search_key as of this revision ------------------
# (a migration must keep doing what it did when the code around it changes; a test checks they agree)
SEPARATOR = "\x1f"
_CONTROLS = {c: " " for c in range(0x20)}
_KEYS = ("legal_name", "mpn_id", "contact_first_name", "contact_last_name", "contact_email")


def _fold(value: str) -> str:
    return (value if value.isprintable() else value.translate(_CONTROLS)).casefold()


def search_key(fields: dict[str, str], owner: str) -> str:
    """casefold(company, MPN ID, 'First Last <email>', owner) joined by U+001F."""
    name = f"{fields.get('contact_first_name', '')} {fields.get('contact_last_name', '')}".strip()
    email = fields.get("contact_email", "")
    contact = (f"{name} <{email}>" if email else name) if name else email
    parts = (fields.get("legal_name", ""), fields.get("mpn_id", ""), contact, owner or "")
    return SEPARATOR.join(_fold(part) for part in parts)


def _backfill(bind: sa.Connection) -> None:
    """Write every existing case's key (in one pass over cases and their five searched fields)."""
    rows = bind.execute(
        sa.text(
            "SELECT c.id, c.owner, f.key, f.value FROM cases AS c"
            " LEFT JOIN case_fields AS f ON f.case_id = c.id AND f.key IN :keys"
        ).bindparams(sa.bindparam("keys", expanding=True)),
        {"keys": list(_KEYS)},
    )
    owners: dict[int, str] = {}
    fields: dict[int, dict[str, str]] = {}
    for case_id, owner, key, value in rows:
        owners[case_id] = owner
        values = fields.setdefault(case_id, {})
        if key is not None:
            values[key] = value or ""
    if owners:
        bind.execute(
            sa.text("UPDATE cases SET search_key = :key WHERE id = :id"),
            [{"id": case_id, "key": search_key(fields[case_id], owner)} for case_id, owner in owners.items()],
        )


def upgrade() -> None:
    """Add the column (batch: ALTER TABLE ADD COLUMN on both engines, no recreate), then fill it."""
    bind = op.get_bind()
    postgres = bind.dialect.name == "postgresql"
    key_type = sa.Text(collation="C") if postgres else sa.Text()
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("search_key", key_type, nullable=False, server_default=sa.text("''")))
    if postgres:
        op.alter_column("shared_customers", "search_key", type_=sa.Text(collation="C"),
                        existing_type=sa.Text(), existing_nullable=False)
    _backfill(bind)


def downgrade() -> None:
    """Back to 0005 (SQLite recreates `cases`; the store runs this with foreign keys off)."""
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("shared_customers", "search_key", type_=sa.Text(collation="default"),
                        existing_type=sa.Text(collation="C"), existing_nullable=False)
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("search_key")
