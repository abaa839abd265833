"""requested changes of agencies and power items, approved by the legal office (seed 002);
power items' service guides

Revision ID: 0009_registry_changes
Revises: 0008_error_reports
Create Date: 2026-12-01 10:45:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import publisher.models.base

revision: str = "0009_registry_changes"
down_revision: str | None = "0008_error_reports"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "registry_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("before", sa.JSON(), nullable=False),
        sa.Column("after", sa.JSON(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("requested_at", publisher.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("requested_by", sa.String(length=120), nullable=False),
        sa.Column("decided_at", publisher.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sa.String(length=120), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["agency_id"], ["agencies.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_registry_changes_key", "registry_changes", ["key"])
    op.create_index("ix_registry_changes_agency_id", "registry_changes", ["agency_id"])
    op.create_index("ix_registry_changes_status", "registry_changes", ["status"])
    with op.batch_alter_table("power_items", schema=None) as batch_op:
        batch_op.add_column(sa.Column("guide", sa.JSON(), nullable=True))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("power_items", schema=None) as batch_op:
        batch_op.drop_column("guide")
    op.drop_table("registry_changes")
