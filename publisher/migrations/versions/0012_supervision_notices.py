"""supervision notices (行政执法监督通知书), their rectification, review and decisions, and
their warnings (seed 003 arts. 23–25)

Revision ID: 0012_supervision_notices
Revises: 0011_case_stages
Create Date: 2026-12-01 13:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import publisher.models.base

revision: str = "0012_supervision_notices"
down_revision: str | None = "0011_case_stages"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "supervision_notices",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_no", sa.String(length=80), nullable=False),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("ground", sa.String(length=30), nullable=False),
        sa.Column("facts", sa.Text(), nullable=False),
        sa.Column("requirement", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("issued_at", publisher.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("issued_by", sa.String(length=120), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("rectify_due", sa.Date(), nullable=False),
        sa.Column("review_request_due", sa.Date(), nullable=False),
        sa.Column("rectification", sa.Text(), nullable=True),
        sa.Column("rectified_at", publisher.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("rectified_by", sa.String(length=120), nullable=True),
        sa.Column("rectified_on_time", sa.Boolean(), nullable=True),
        sa.Column("review_reason", sa.Text(), nullable=True),
        sa.Column("review_requested_at", publisher.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("review_requested_by", sa.String(length=120), nullable=True),
        sa.Column("review_answer_due", sa.Date(), nullable=True),
        sa.Column("review_outcome", sa.String(length=12), nullable=True),
        sa.Column("review_answer", sa.Text(), nullable=True),
        sa.Column("review_answered_at", publisher.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("review_answered_by", sa.String(length=120), nullable=True),
        sa.Column("review_answered_on_time", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_supervision_notices_agency_id_agencies")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_notices")),
        sa.UniqueConstraint("doc_no", name=op.f("uq_supervision_notices_doc_no")),
    )
    op.create_index(
        op.f("ix_supervision_notices_agency_id"), "supervision_notices", ["agency_id"], unique=False
    )
    op.create_index(
        op.f("ix_supervision_notices_issued_at"), "supervision_notices", ["issued_at"], unique=False
    )
    op.create_index(op.f("ix_supervision_notices_status"), "supervision_notices", ["status"], unique=False)
    op.create_table(
        "supervision_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("media_type", sa.String(length=40), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["notice_id"],
            ["supervision_notices.id"],
            name=op.f("fk_supervision_attachments_notice_id_supervision_notices"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_attachments")),
    )
    op.create_index(
        op.f("ix_supervision_attachments_notice_id"), "supervision_attachments", ["notice_id"], unique=False
    )
    op.create_table(
        "supervision_decisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("doc_no", sa.String(length=80), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("ordered", sa.Text(), nullable=False),
        sa.Column("issued_at", publisher.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("issued_by", sa.String(length=120), nullable=False),
        sa.Column("perform_due", sa.Date(), nullable=True),
        sa.Column("performance", sa.Text(), nullable=True),
        sa.Column("performed_at", publisher.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("performed_by", sa.String(length=120), nullable=True),
        sa.Column("performed_on_time", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["notice_id"],
            ["supervision_notices.id"],
            name=op.f("fk_supervision_decisions_notice_id_supervision_notices"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_decisions")),
        sa.UniqueConstraint("doc_no", name=op.f("uq_supervision_decisions_doc_no")),
        sa.UniqueConstraint("notice_id", name=op.f("uq_supervision_decisions_notice_id")),
    )
    op.create_index(
        op.f("ix_supervision_decisions_issued_at"), "supervision_decisions", ["issued_at"], unique=False
    )
    op.create_table(
        "supervision_warnings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("notice_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.String(length=16), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("raised_at", publisher.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("escalated_at", publisher.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", publisher.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["notice_id"],
            ["supervision_notices.id"],
            name=op.f("fk_supervision_warnings_notice_id_supervision_notices"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_warnings")),
    )
    op.create_index(
        op.f("ix_supervision_warnings_notice_id"), "supervision_warnings", ["notice_id"], unique=False
    )


def downgrade() -> None:
    """Revert this revision."""
    op.drop_index(op.f("ix_supervision_warnings_notice_id"), table_name="supervision_warnings")
    op.drop_table("supervision_warnings")
    op.drop_index(op.f("ix_supervision_decisions_issued_at"), table_name="supervision_decisions")
    op.drop_table("supervision_decisions")
    op.drop_index(op.f("ix_supervision_attachments_notice_id"), table_name="supervision_attachments")
    op.drop_table("supervision_attachments")
    op.drop_index(op.f("ix_supervision_notices_status"), table_name="supervision_notices")
    op.drop_index(op.f("ix_supervision_notices_issued_at"), table_name="supervision_notices")
    op.drop_index(op.f("ix_supervision_notices_agency_id"), table_name="supervision_notices")
    op.drop_table("supervision_notices")
