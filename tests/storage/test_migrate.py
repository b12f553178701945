"""Start-up migrations: an old database is brought to the newest schema; one already there is
left alone without loading Alembic (~10 MB of a process's idle memory)."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text
from sqlalchemy.ext.asyncio import create_async_engine

from storage import migrate

ROOT = Path(__file__).resolve().parents[2]


def test_head_names_the_newest_migration() -> None:
    assert migrate.HEAD == ScriptDirectory.from_config(migrate.alembic_config()).get_current_head()


def test_an_older_database_is_upgraded_at_start(tmp_path: Path) -> None:
    with create_engine(f"sqlite:///{tmp_path}/old.db").begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "0007")

    async def start() -> str:
        engine = create_async_engine(f"sqlite+aiosqlite:///{tmp_path}/old.db")
        await migrate.upgrade(engine)
        async with engine.connect() as conn:
            version = (await conn.execute(text("SELECT version_num FROM alembic_version"))).scalar_one()
        await engine.dispose()
        return str(version)

    assert asyncio.run(start()) == migrate.HEAD


def test_a_database_at_head_starts_without_loading_alembic(tmp_path: Path) -> None:
    script = (
        "import asyncio, sys\n"
        "from sqlalchemy.ext.asyncio import create_async_engine\n"
        "from storage import migrate\n"
        f"engine = create_async_engine('sqlite+aiosqlite:///{tmp_path}/db.db')\n"
        "asyncio.run(migrate.upgrade(engine))\n"
        "print('alembic' in sys.modules)\n"
    )
    first = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    again = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert first.stdout.strip() == "True"  # a new database: the tables were created
    assert again.stdout.strip() == "False"


def test_the_migrations_make_the_tables_storage_models_describes(tmp_path: Path) -> None:
    """storage/models.py (Core tables the runtime reads and writes) and the migrations (what the
    database has) agree: Alembic's own comparison finds nothing to change on SQLite. It cannot
    compare the queue's indexes ordered ``urgent DESC`` there (an expression), so it skips them."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from storage.models import metadata

    with create_engine(f"sqlite:///{tmp_path}/new.db").begin() as conn:
        command.upgrade(migrate.alembic_config(conn), "head")
        context = MigrationContext.configure(conn, opts={"include_object": _not_ordered_by_an_expression})
        assert compare_metadata(context, metadata) == []


#: the queue's indexes, ordered ``urgent DESC``: an expression Alembic does not compare on SQLite
DESC_INDEXES = frozenset(
    {"ix_cases_queue", "ix_cases_status", "ix_cases_office", "ix_cases_office_category", "ix_cases_assignee"}
)


def _not_ordered_by_an_expression(_item: object, name: str | None, kind: str, *_: object) -> bool:
    return not (kind == "index" and name in DESC_INDEXES)
