"""Audit log, enrollment id, archiving, status check and an index for 'latest case'.

Revision ID: 0002_audit_and_enrollment
Revises: 0001_initial
Create Date: 2025-01-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_audit_and_enrollment"
down_revision: str | Sequence[str] | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _RECREATE() -> str:  # noqa: N802 - reads like the constant it replaces
    """SQLite recreates the table (its ALTER can't change CHECKs); PostgreSQL alters it in place."""
    return "always" if op.get_bind().dialect.name == "sqlite" else "auto"


def upgrade() -> None:
    """Recreate `cases` in batch mode (the CHECK needs it); the caller has foreign keys OFF meanwhile."""
    with op.batch_alter_table("cases", recreate=_RECREATE()) as batch:
        batch.add_column(sa.Column("enrollment_id", sa.String(64), nullable=True))
        batch.add_column(
            sa.Column("archived", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.create_check_constraint(op.f("ck_cases_status"), "status IN ('draft', 'submitted')")
        batch.create_index("ix_cases_updated_at", ["updated_at"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(255), nullable=False),
        sa.Column("action", sa.String(64), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name="fk_audit_log_case_id_cases", ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )
    op.create_index("ix_audit_log_case_id", "audit_log", ["case_id"])


def downgrade() -> None:
    """Back to 0001: drop the audit log and the added columns (cases is recreated again)."""
    op.drop_index("ix_audit_log_case_id", table_name="audit_log")
    op.drop_table("audit_log")
    with op.batch_alter_table("cases", recreate=_RECREATE()) as batch:
        batch.drop_index("ix_cases_updated_at")
        batch.drop_constraint(op.f("ck_cases_status"), type_="check")
        batch.drop_column("archived")
        batch.drop_column("enrollment_id")
