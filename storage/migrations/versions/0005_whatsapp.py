"""whatsapp_chats and whatsapp_sent: the WhatsApp channel's window, held messages and receipts

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 08:30:00

WhatsApp lets a business write freely only within 24 hours of the user's last message; after
that an approved template goes first and the content waits (sealed) until she answers. Sent
messages are kept until Meta reports them delivered, so a failed one is retried or reported.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "whatsapp_chats",
        sa.Column("chat_hash", sa.String(length=64), primary_key=True),
        sa.Column("last_inbound_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("held_enc", sa.LargeBinary(), nullable=True),
        sa.Column("discreet_told", sa.Boolean(), nullable=False),
    )
    op.create_table(
        "whatsapp_sent",
        sa.Column("wamid", sa.String(length=160), primary_key=True),
        sa.Column("chat_hash", sa.String(length=64), nullable=False),
        sa.Column("body_enc", sa.LargeBinary(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("error_code", sa.Integer(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("sent_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_whatsapp_sent_chat_hash", "whatsapp_sent", ["chat_hash"])


def downgrade() -> None:
    op.drop_index("ix_whatsapp_sent_chat_hash", table_name="whatsapp_sent")
    op.drop_table("whatsapp_sent")
    op.drop_table("whatsapp_chats")
