"""error reports (纠错) and the public correction log

Corrections of published decisions made before this revision are entered in the log by the
next `publisher tick`, from their `decision.correct` events in the audit trail.

Revision ID: 0008_error_reports
Revises: 0007_spotchecks
Create Date: 2026-12-01 10:30:53.415460
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import publisher.models.base

revision: str = "0008_error_reports"
down_revision: str | None = "0007_spotchecks"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=10), nullable=False),
        sa.Column("public_decision_id", sa.Integer(), nullable=True),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("recorded_at", publisher.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("audit_seq", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_corrections_agency_id_agencies")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officers.id"], name=op.f("fk_corrections_officer_id_officers")
        ),
        sa.ForeignKeyConstraint(
            ["public_decision_id"],
            ["public_decisions.id"],
            name=op.f("fk_corrections_public_decision_id_public_decisions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_corrections")),
        sa.UniqueConstraint("audit_seq", name=op.f("uq_corrections_audit_seq")),
    )
    with op.batch_alter_table("corrections", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_corrections_agency_id"), ["agency_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_corrections_officer_id"), ["officer_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_corrections_public_decision_id"), ["public_decision_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_corrections_recorded_at"), ["recorded_at"], unique=False)

    op.create_table(
        "error_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tracking_no", sa.String(length=24), nullable=False),
        sa.Column("access_hash", sa.String(length=64), nullable=False),
        sa.Column("submission_key", sa.String(length=64), nullable=False),
        sa.Column("subject", sa.String(length=10), nullable=False),
        sa.Column("public_decision_id", sa.Integer(), nullable=True),
        sa.Column("officer_id", sa.Integer(), nullable=True),
        sa.Column("agency_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("anonymous", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("received_at", publisher.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("answer_due", sa.Date(), nullable=False),
        sa.Column("outcome", sa.String(length=12), nullable=True),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("forwarded_to", sa.String(length=200), nullable=True),
        sa.Column("correction_id", sa.Integer(), nullable=True),
        sa.Column("answered_at", publisher.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.Column("answered_by", sa.String(length=80), nullable=True),
        sa.Column("answered_on_time", sa.Boolean(), nullable=True),
        sa.ForeignKeyConstraint(
            ["agency_id"], ["agencies.id"], name=op.f("fk_error_reports_agency_id_agencies")
        ),
        sa.ForeignKeyConstraint(
            ["correction_id"], ["corrections.id"], name=op.f("fk_error_reports_correction_id_corrections")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officers.id"], name=op.f("fk_error_reports_officer_id_officers")
        ),
        sa.ForeignKeyConstraint(
            ["public_decision_id"],
            ["public_decisions.id"],
            name=op.f("fk_error_reports_public_decision_id_public_decisions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_error_reports")),
        sa.UniqueConstraint("submission_key", name=op.f("uq_error_reports_submission_key")),
        sa.UniqueConstraint("tracking_no", name=op.f("uq_error_reports_tracking_no")),
    )
    with op.batch_alter_table("error_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_error_reports_agency_id"), ["agency_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_error_reports_correction_id"), ["correction_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_error_reports_officer_id"), ["officer_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_error_reports_public_decision_id"), ["public_decision_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_error_reports_received_at"), ["received_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_error_reports_status"), ["status"], unique=False)

    op.create_table(
        "error_report_contacts",
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["report_id"], ["error_reports.id"], name=op.f("fk_error_report_contacts_report_id_error_reports")
        ),
        sa.PrimaryKeyConstraint("report_id", name=op.f("pk_error_report_contacts")),
    )
    op.create_table(
        "error_report_warnings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("raised_at", publisher.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("escalated_at", publisher.models.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", publisher.models.base.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["report_id"], ["error_reports.id"], name=op.f("fk_error_report_warnings_report_id_error_reports")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_error_report_warnings")),
    )
    with op.batch_alter_table("error_report_warnings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_error_report_warnings_report_id"), ["report_id"], unique=False)


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("error_report_warnings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_error_report_warnings_report_id"))

    op.drop_table("error_report_warnings")
    op.drop_table("error_report_contacts")
    with op.batch_alter_table("error_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_error_reports_status"))
        batch_op.drop_index(batch_op.f("ix_error_reports_received_at"))
        batch_op.drop_index(batch_op.f("ix_error_reports_public_decision_id"))
        batch_op.drop_index(batch_op.f("ix_error_reports_officer_id"))
        batch_op.drop_index(batch_op.f("ix_error_reports_correction_id"))
        batch_op.drop_index(batch_op.f("ix_error_reports_agency_id"))

    op.drop_table("error_reports")
    with op.batch_alter_table("corrections", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_corrections_recorded_at"))
        batch_op.drop_index(batch_op.f("ix_corrections_public_decision_id"))
        batch_op.drop_index(batch_op.f("ix_corrections_officer_id"))
        batch_op.drop_index(batch_op.f("ix_corrections_agency_id"))

    op.drop_table("corrections")
