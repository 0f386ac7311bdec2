"""Relationships window cache: indirect providers, the customers shared with each, sync progress.

Revision ID: 0004_relationships
Revises: 0003_lifecycle_status
Create Date: 2026-11-30
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_relationships"
down_revision: str | Sequence[str] | None = "0003_lifecycle_status"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """New tables only (no batch recreate): existing cases are untouched."""
    op.create_table(
        "providers",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.String(64), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("countries", sa.JSON(), nullable=False),
        sa.Column("regions", sa.JSON(), nullable=False),
        sa.Column("services", sa.JSON(), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=True),
        sa.Column("admin_access", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("admin_access_removed_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_providers_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", "provider_id", name="pk_providers"),
    )
    op.create_table(
        "shared_customers",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.String(64), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(255), nullable=False),
        sa.Column("domain", sa.String(255), nullable=False),
        sa.Column("country", sa.String(2), nullable=False),
        sa.Column("provider_relationship", sa.Boolean(), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id", "provider_id"],
            ["providers.case_id", "providers.provider_id"],
            name="fk_shared_customers_case_id_providers",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("case_id", "provider_id", "search_key", "customer_id", name="pk_shared_customers"),
        sa.UniqueConstraint("case_id", "provider_id", "customer_id", name="uq_shared_customers_case_id"),
        sqlite_with_rowid=False,  # clustered in name order: see tables.SharedCustomer
    )
    op.create_table(
        "sync_state",
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.String(64), nullable=False),
        sa.Column("last_customer_id", sa.Integer(), nullable=True),
        sa.Column("synced_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_sync_state_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("case_id", "provider_id", name="pk_sync_state"),
    )


def downgrade() -> None:
    """Back to 0003: the cache is dropped (it is only a copy of what Partner Center holds)."""
    op.drop_table("sync_state")
    op.drop_table("shared_customers")
    op.drop_table("providers")
