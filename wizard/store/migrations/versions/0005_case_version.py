"""Optimistic locking for shared (team) databases: cases.version, bumped by every write to a case.

Revision ID: 0005_case_version
Revises: 0004_relationships
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_case_version"
down_revision: str | Sequence[str] | None = "0004_relationships"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Existing cases start at version 1 (batch: ALTER TABLE ADD COLUMN on SQLite and PostgreSQL alike)."""
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default=sa.text("1")))


def downgrade() -> None:
    """Back to 0004 (SQLite recreates `cases`; the store runs this with foreign keys off)."""
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("version")
