"""conversations.sent_key: which turn's replies went out

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 22:00:00

A process that dies after committing a turn but before sending its replies used to lose them:
the redelivered update was a duplicate and sent nothing. The last turn's replies are now kept
(encrypted, with the state) and ``sent_key`` says whether they went out.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("conversations", sa.Column("sent_key", sa.String(length=120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("conversations") as batch_op:
        batch_op.drop_column("sent_key")
