"""The writer's plain batch (every turn goes on a known conversation with nothing else to write):
on SQLite one call to the database thread, commit included, and exactly what the long way
writes; a batch that holds a redelivery or a stale version writes nothing that way and takes
the long way (docs/decisions/0014-production-path.md)."""

from __future__ import annotations

import asyncio
from typing import Any

import aiosqlite
from sqlalchemy import text

from flows.types import ConversationKey
from storage.api import ConflictError
from storage.sql_store import SqlStore
from storage.store_parts import BATCH_MAX
from tests.storage.test_casework import store as sqlite_store
from tests.storage.test_contract import state, store, write

#: the contract's store on both databases; test_casework's on SQLite only (the one-call batch is SQLite's)
__all__ = ["sqlite_store", "store"]


async def rows(store: SqlStore) -> dict[str, tuple[int, str, str | None]]:
    async with store.engine.connect() as conn:
        found = await conn.execute(text("SELECT chat_hash, version, node, sent_key FROM conversations"))
        return {r.chat_hash: (r.version, r.node, r.sent_key) for r in found}


async def opened(store: SqlStore, chats: int) -> None:
    """``chats`` conversations at version 1, their replies marked sent."""
    await asyncio.gather(*(store.commit_turn(write(str(i), f"a{i}", None, state("q1"))) for i in range(chats)))
    for i in range(chats):
        await store.mark_sent(ConversationKey("test", str(i)), f"a{i}")


async def test_a_plain_batch_is_one_call_to_the_database_thread(sqlite_store: SqlStore, monkeypatch: Any) -> None:
    store = sqlite_store
    await opened(store, 50)
    await store.drain()
    calls: list[str] = []
    real = aiosqlite.Connection._execute

    async def counted(self: Any, fn: Any, *args: Any, **kwargs: Any) -> Any:
        calls.append(getattr(fn, "__name__", "?"))
        return await real(self, fn, *args, **kwargs)

    monkeypatch.setattr(aiosqlite.Connection, "_execute", counted)
    before = store.transactions
    results = await asyncio.gather(*(store.commit_turn(write(str(i), f"b{i}", 1, state("q2"))) for i in range(50)))
    assert [r.version for r in results] == [2] * 50 and not any(r.duplicate for r in results)
    assert store.transactions - before == 1
    assert calls == ["run"], "the marks, the update keys, the rows and the commit: one trip"
    got = await rows(store)
    sent = {store.chat_hash(ConversationKey("test", str(i))): store.stored_update_key(f"a{i}") for i in range(50)}
    assert got == {chat: (2, "q2", key) for chat, key in sent.items()}
    store._cache.clear()
    loaded = await store.load_conversation(ConversationKey("test", "7"))
    assert loaded is not None and loaded.version == 2 and loaded.state.node == "q2"


async def test_a_redelivery_in_a_plain_batch_writes_nothing_twice(store: SqlStore) -> None:
    await opened(store, 10)
    await store.commit_turn(write("3", "b3", 1, state("q2")))
    # chat 3's update again (its answer already committed), with the other chats' next turns
    results = await asyncio.gather(
        *(
            store.commit_turn(write(str(i), f"b{i}", 2 if i == 3 else 1, state("q9" if i == 3 else "q2")))
            for i in range(10)
        )
    )
    assert [r.duplicate for r in results] == [i == 3 for i in range(10)]
    got = await rows(store)
    assert sorted((v, n) for v, n, _ in got.values()) == [(2, "q2")] * 10
    assert await store.was_processed("b5")


async def test_a_stale_version_in_a_plain_batch_fails_only_its_own_turn(store: SqlStore) -> None:
    await opened(store, 10)
    await store.commit_turn(write("4", "b4", 1, state("q2")))
    outcome = await asyncio.gather(
        *(store.commit_turn(write(str(i), f"c{i}", 1, state("q3"))) for i in range(10)), return_exceptions=True
    )
    assert [isinstance(o, ConflictError) for o in outcome] == [i == 4 for i in range(10)]
    assert not await store.was_processed("c4")
    got = await rows(store)
    assert sorted((v, n) for v, n, _ in got.values()) == [(2, "q2")] + [(2, "q3")] * 9


async def test_a_batch_carries_its_limit_of_turns_beside_the_marks_that_replies_went_out(store: SqlStore) -> None:
    """Under load each chat's mark (its last replies went out) is queued beside its next turn:
    the marks are counted apart from the limit, so the turns of a crowd are not split over twice
    the transactions (each with its fsync every turn of it waits on)."""
    chats = 300  # 300 marks and 300 turns: past BATCH_MAX together, within it apart
    assert chats < BATCH_MAX < 2 * chats
    await asyncio.gather(*(store.commit_turn(write(str(i), f"a{i}", None, state("q1"))) for i in range(chats)))
    await store.drain()
    # the writer busy with a new chat's turn while the crowd's marks and next turns queue behind it
    busy = asyncio.ensure_future(store.commit_turn(write("new", "n1", None, state("q1"))))
    while store._queue.empty():
        await asyncio.sleep(0)
    while not store._queue.empty():
        await asyncio.sleep(0)
    before = store.transactions
    for i in range(chats):
        await store.mark_sent(ConversationKey("test", str(i)), f"a{i}")
    results = await asyncio.gather(*(store.commit_turn(write(str(i), f"b{i}", 1, state("q2"))) for i in range(chats)))
    await busy
    await store.drain()
    assert [r.version for r in results] == [2] * chats
    assert store.transactions - before == 2, "the new chat's, then every mark and every turn in one"
    got = await rows(store)
    assert all(
        got[store.chat_hash(ConversationKey("test", str(i)))] == (2, "q2", store.stored_update_key(f"a{i}"))
        for i in range(chats)
    )
