"""the console's security: server-side sessions, sign-in back-off, TOTP, temporary passwords,
audit page indexes

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 08:20:00

``web_sessions`` holds a console session under the SHA-256 of the cookie's random id, so a session
ends for every copy of the cookie at sign-out, deactivation or expiry. ``sign_in_failures`` keeps
the back-off per account and source (address or known browser), not per account, so nobody can
lock a colleague out. ``mediators.totp_secret_enc`` is the sealed TOTP secret;
``must_change_password`` marks a temporary password an admin set.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

WHEN = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "web_sessions",
        sa.Column("id_hash", sa.String(length=64), primary_key=True),
        sa.Column("mediator_id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("created_at", WHEN, nullable=False),
        sa.Column("seen_at", WHEN, nullable=False),
        sa.ForeignKeyConstraint(["mediator_id"], ["mediators.id"]),
    )
    op.create_index("ix_web_sessions_mediator_id", "web_sessions", ["mediator_id"], unique=False)
    op.create_index("ix_web_sessions_seen_at", "web_sessions", ["seen_at"], unique=False)
    op.create_table(
        "sign_in_failures",
        sa.Column("key", sa.String(length=64), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_at", WHEN, nullable=False),
        sa.Column("locked_until", WHEN, nullable=True),
    )
    # plain ADD COLUMN, not a batch: on SQLite a batch copies and drops "mediators", which fails
    # (foreign keys are on) once cases or the audit log refer to a mediator
    op.add_column("mediators", sa.Column("totp_secret_enc", sa.LargeBinary(), nullable=True))
    op.add_column(
        "mediators", sa.Column("must_change_password", sa.Boolean(), nullable=False, server_default=sa.false())
    )
    op.create_index("ix_audit_mediator", "audit_log", ["mediator_id", "id"], unique=False)
    op.create_index("ix_audit_action", "audit_log", ["action", "id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_audit_action", table_name="audit_log")
    op.drop_index("ix_audit_mediator", table_name="audit_log")
    with op.batch_alter_table("mediators") as batch:
        batch.drop_column("must_change_password")
        batch.drop_column("totp_secret_enc")
    op.drop_table("sign_in_failures")
    op.drop_index("ix_web_sessions_seen_at", table_name="web_sessions")
    op.drop_index("ix_web_sessions_mediator_id", table_name="web_sessions")
    op.drop_table("web_sessions")
