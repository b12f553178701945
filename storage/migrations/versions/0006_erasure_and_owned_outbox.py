"""cases.reporter_action(_at): what the reporter chose with "hapus"; outbox.reporter_id/case_id:
whose row it is, so erasing her data deletes her rows

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 08:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

ID = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch_op:
        batch_op.add_column(sa.Column("reporter_action", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("reporter_action_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("outbox") as batch_op:
        batch_op.add_column(sa.Column("reporter_id", ID, nullable=True))
        batch_op.add_column(sa.Column("case_id", ID, nullable=True))
        batch_op.create_index("ix_outbox_reporter", ["reporter_id"], unique=False)
        batch_op.create_index("ix_outbox_case", ["case_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch_op:
        batch_op.drop_index("ix_outbox_case")
        batch_op.drop_index("ix_outbox_reporter")
        batch_op.drop_column("case_id")
        batch_op.drop_column("reporter_id")
    with op.batch_alter_table("cases") as batch_op:
        batch_op.drop_column("reporter_action_at")
        batch_op.drop_column("reporter_action")
