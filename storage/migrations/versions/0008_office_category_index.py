"""an office's queue filtered by problem: (office_id, category) in the queue's order

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03 09:10:00

With "open only" by default, an office's queue filtered by problem, country and sex walked about
14,000 index entries of the office to find a page (over 100 ms with a million cases on a busy
host); with the problem in the index it walks that problem's cases of the office only.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_cases_office_category",
        "cases",
        ["office_id", "category", sa.text("urgent DESC"), "created_at", "id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_cases_office_category", table_name="cases")
