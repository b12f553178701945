"""queue indexes in the queue's own order (urgent DESC, created_at, id)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 21:40:00

With urgent ascending in the index, SQLite sorted every urgent case for each page (about 90 ms
with a million cases); in the queue's order a page is an index scan (under 1 ms).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

NEW = {
    "ix_cases_queue": ["urgent DESC", "created_at", "id"],
    "ix_cases_status": ["status", "urgent DESC", "created_at", "id"],
    "ix_cases_office": ["office_id", "urgent DESC", "created_at", "id"],
}
OLD = {
    "ix_cases_queue": ["urgent", "created_at", "id"],
    "ix_cases_status": ["status", "created_at"],
    "ix_cases_office": ["office_id", "urgent", "created_at"],
}


def _replace(indexes: dict[str, list[str]]) -> None:
    for name, columns in indexes.items():
        op.drop_index(name, table_name="cases")
        op.create_index(name, "cases", [sa.text(c) if " " in c else c for c in columns], unique=False)


def upgrade() -> None:
    _replace(NEW)


def downgrade() -> None:
    _replace(OLD)
