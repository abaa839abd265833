"""audit entity ids as long as the longest natural key (issuing authority / credential number)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 04:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Apply this revision."""
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.alter_column("entity_id", existing_type=sa.String(length=120), type_=sa.String(length=300))


def downgrade() -> None:
    """Revert this revision."""
    with op.batch_alter_table("audit_events", schema=None) as batch_op:
        batch_op.alter_column("entity_id", existing_type=sa.String(length=300), type_=sa.String(length=120))
