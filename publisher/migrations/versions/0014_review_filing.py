"""major decisions flagged by each agency's legal-review catalogue, and their filing (备案)
with the district legal office; filing warnings

Revision ID: 0014_review_filing
Revises: 0013_yearly_duties
Create Date: 2026-12-01 13:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import publisher.models.base

revision: str = "0014_review_filing"
down_revision: str | None = "0013_yearly_duties"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "major_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("raw_id", sa.Integer(), nullable=False),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.Column("flagged_at", publisher.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("filing_due", sa.Date(), nullable=False),
        sa.Column("period_days", sa.Integer(), nullable=False),
        sa.Column("period_source", sa.String(length=200), nullable=False),
        sa.Column("filed_at", publisher.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("filed_by", sa.String(length=120), nullable=True),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("acknowledged_at", publisher.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("acknowledged_by", sa.String(length=120), nullable=True),
        sa.Column("remark", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["raw_id"], ["raw_decisions.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("raw_id"),
    )
    op.create_index("ix_major_decisions_filing_due", "major_decisions", ["filing_due"])
    op.create_index("ix_major_decisions_filed_at", "major_decisions", ["filed_at"])
    op.create_table(
        "filing_warnings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("major_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("raised_at", publisher.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("escalated_at", publisher.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", publisher.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["major_id"], ["major_decisions.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_filing_warnings_major_id", "filing_warnings", ["major_id"])


def downgrade() -> None:
    """Revert this revision."""
    op.drop_table("filing_warnings")
    op.drop_table("major_decisions")
