"""the console as an inbox: secondary categories, answers from her own words, unread replies,
response deadlines, blind search indexes

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 08:10:00

``secondary_categories`` and ``from_words`` come with the case at filing. ``unread_since`` marks a
reporter's message no mediator has opened; ``due_at`` is when an answer is owed (NULL while the
case waits for the reporter, or is closed); ``first_response_at`` and ``resolved_at`` feed the
statistics. ``case_search`` holds HMACs of phone, passport and name (never the values).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

PK = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
WHEN = ("unread_since", "due_at", "first_response_at", "resolved_at")
QUEUE_INDEXES = {
    "ix_cases_queue": ["urgent DESC", "created_at", "id"],
    "ix_cases_status": ["status", "urgent DESC", "created_at", "id"],
    "ix_cases_office": ["office_id", "urgent DESC", "created_at", "id"],
}


def upgrade() -> None:
    # plain ADD COLUMN, not a batch: SQLite's batch mode copies the table and rebuilds its indexes
    # from reflection, which loses the queue indexes' "urgent DESC" (and sorts every page again)
    op.add_column("cases", sa.Column("secondary_categories", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
    op.add_column("cases", sa.Column("from_words", sa.JSON(), nullable=False, server_default=sa.text("'[]'")))
    for name in WHEN:
        op.add_column("cases", sa.Column(name, sa.DateTime(timezone=True), nullable=True))
    op.drop_index("ix_cases_assignee", table_name="cases")
    op.create_index(
        "ix_cases_assignee", "cases", ["assignee_id", sa.text("urgent DESC"), "created_at", "id"], unique=False
    )
    op.create_index("ix_cases_due", "cases", ["office_id", "due_at"], unique=False)
    op.create_index("ix_cases_due_all", "cases", ["due_at"], unique=False)
    # cases still open when this runs: their first answer is owed from when they came in
    op.execute(
        "UPDATE cases SET first_response_at = status_changed_at WHERE status <> 'baru' AND first_response_at IS NULL"
    )
    op.execute("UPDATE cases SET resolved_at = status_changed_at WHERE status IN ('selesai', 'ditutup')")
    op.create_table(
        "case_search",
        sa.Column("id", PK, primary_key=True),
        sa.Column("case_id", PK, sa.ForeignKey("cases.id"), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
    )
    op.create_index("ix_case_search_case_id", "case_search", ["case_id"], unique=False)
    op.create_index("ix_case_search_digest", "case_search", ["digest"], unique=False)


def downgrade() -> None:
    op.drop_table("case_search")
    op.drop_index("ix_cases_due_all", table_name="cases")
    op.drop_index("ix_cases_due", table_name="cases")
    op.drop_index("ix_cases_assignee", table_name="cases")
    op.create_index("ix_cases_assignee", "cases", ["assignee_id"], unique=False)
    with op.batch_alter_table("cases") as batch:
        for name in ("secondary_categories", "from_words", *WHEN):
            batch.drop_column(name)
    for name, columns in QUEUE_INDEXES.items():  # the batch rebuilt them without DESC
        op.drop_index(name, table_name="cases")
        op.create_index(name, "cases", [sa.text(c) if " " in c else c for c in columns], unique=False)
