"""Run the Alembic migrations at start-up, on SQLite and PostgreSQL alike.

A database already at ``HEAD`` is left alone without importing Alembic at all: Alembic and its
Mako templates hold ~10 MB for the life of the process, for nothing once the tables are up to
date (issue 18's idle memory). tests/storage/test_migrate.py checks ``HEAD`` against Alembic's
own head, so a new migration cannot be forgotten here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from storage.sa_async import AsyncEngine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
#: the newest migration's revision (storage/migrations/versions/)
HEAD = "0008"


def alembic_config(connection: Connection | None = None, url: str | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    if url:
        config.set_main_option("sqlalchemy.url", url)
    config.attributes["connection"] = connection
    return config


def at_head(connection: Connection) -> bool:
    """Whether the database's recorded revision is ``HEAD`` (no version table: a new database)."""
    if not inspect(connection).has_table("alembic_version"):
        return False
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [HEAD]


def _upgrade(connection: Connection) -> None:
    if at_head(connection):
        return
    from alembic import command

    command.upgrade(alembic_config(connection), "head")


async def upgrade(engine: AsyncEngine) -> None:
    async with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # two workers starting at once must not both create the tables
            await conn.execute(text("SELECT pg_advisory_xact_lock(7201)"))
        await conn.run_sync(_upgrade)
