"""Case status follows the enrollment lifecycle (draft, email_verification, in_review, needs_info, rejected, approved).

Revision ID: 0003_lifecycle_status
Revises: 0002_audit_and_enrollment
Create Date: 2026-11-25
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_lifecycle_status"
down_revision: str | Sequence[str] | None = "0002_audit_and_enrollment"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _RECREATE() -> str:  # noqa: N802 - reads like the constant it replaces
    """SQLite recreates the table (its ALTER can't change CHECKs); PostgreSQL alters it in place."""
    return "always" if op.get_bind().dialect.name == "sqlite" else "auto"


LIFECYCLE = "status IN ('draft', 'email_verification', 'in_review', 'needs_info', 'rejected', 'approved')"


def upgrade() -> None:
    """A submitted case was waiting for the primary contact's email verification: say so."""
    with op.batch_alter_table("cases", recreate=_RECREATE()) as batch:
        batch.drop_constraint(op.f("ck_cases_status"), type_="check")
        batch.alter_column("status", type_=sa.String(32), existing_type=sa.String(16), existing_nullable=False)
    op.execute("UPDATE cases SET status = 'email_verification' WHERE status = 'submitted'")
    with op.batch_alter_table("cases", recreate=_RECREATE()) as batch:
        batch.create_check_constraint(op.f("ck_cases_status"), LIFECYCLE)


def downgrade() -> None:
    with op.batch_alter_table("cases", recreate=_RECREATE()) as batch:
        batch.drop_constraint(op.f("ck_cases_status"), type_="check")
    op.execute("UPDATE cases SET status = 'submitted' WHERE status <> 'draft'")
    with op.batch_alter_table("cases", recreate=_RECREATE()) as batch:
        batch.alter_column("status", type_=sa.String(16), existing_type=sa.String(32), existing_nullable=False)
        batch.create_check_constraint(op.f("ck_cases_status"), "status IN ('draft', 'submitted')")
