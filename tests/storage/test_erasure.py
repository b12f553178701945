"""Erasure ("hapus"), on SQLite and PostgreSQL: the chat keeps working across a restart, and
nothing of an erased reporter can be read back, even with the master keys loaded."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from flows.types import ConversationKey, EraseReporterData
from storage.factory import make_engine
from storage.sql_store import SqlStore
from tests.storage.test_contract import file_case, state, write
from tests.support.db import make_keyring, temporary_pg_database

CHAT = ConversationKey("test", "1")


@pytest.fixture(params=["sqlite", "postgres"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[SqlStore]:
    keyring = make_keyring()
    if request.param == "sqlite":
        s = SqlStore(make_engine(f"sqlite+aiosqlite:///{tmp_path}/t.db"), keyring, data_dir=str(tmp_path / "data"))
        await s.start()
        yield s
        await s.close()
    else:
        async with temporary_pg_database() as url:
            s = SqlStore(make_engine(url), keyring, data_dir=str(tmp_path / "data"))
            await s.start()
            yield s
            await s.close()


async def restarted(store: SqlStore) -> SqlStore:
    """Another process on the same database and keys: nothing in memory."""
    url = store.engine.url.render_as_string(hide_password=False)
    other = SqlStore(make_engine(url), store.keyring, data_dir=store.data_dir)
    await other.start()
    return other


async def test_after_hapus_the_chat_works_at_once_and_after_a_restart(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, state("q2"), (file_case(),)))
    await store.commit_turn(write("1", "u2", 1, state(None), (EraseReporterData("all"),)))
    other = await restarted(store)
    try:
        loaded = await other.load_conversation(CHAT)
        assert loaded is not None and loaded.state.node is None, "a fresh conversation, readable after the restart"
        result = await other.commit_turn(write("1", "u3", loaded.version, state("q1", again=True)))
        assert not result.duplicate
        await other.commit_turn(write("1", "u4", result.version, state("q2"), (file_case("NEW-2345"),)))
        assert (await other.case_fields("NEW-2345") or {})["worker_name"] == "Siti Aminah"
    finally:
        await other.close()
