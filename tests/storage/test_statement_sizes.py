"""A crowd of new chats leaves SQLite few prepared statements (storage/statement_sizes.py, issue
18): inserts cut into chunks of a few lengths, ``IN`` lists padded. Every chat still gets its own
conversation and reporter, every update key is recorded once, and a redelivery is still known."""

from __future__ import annotations

import asyncio
import re
from typing import Any

from sqlalchemy import event, text

from flows.types import ConversationKey
from storage.sql_store import SqlStore
from storage.statement_sizes import in_powers_of_two, padded
from tests.storage.test_casework import store as sqlite_store
from tests.storage.test_contract import state, write

__all__ = ["sqlite_store"]


def test_padded_lists_and_chunks_come_in_powers_of_two() -> None:
    assert padded([]) == [] and padded(["a"]) == ["a"] and padded(["a", "b", "c"]) == ["a", "b", "c", "c"]
    for n in range(1, 1100):
        values = list(range(n))
        more = padded(values)
        assert len(more) & (len(more) - 1) == 0 and n <= len(more) < 2 * n and set(more) == set(values)
        chunks = list(in_powers_of_two(values))
        assert [v for c in chunks for v in c] == values, "every row once, in order"
        assert all(len(c) & (len(c) - 1) == 0 and len(c) <= 256 for c in chunks)
        assert [len(c) for c in chunks] == sorted((len(c) for c in chunks), reverse=True)


async def test_crowds_of_new_chats_each_get_their_own_rows_through_few_statements(sqlite_store: SqlStore) -> None:
    store = sqlite_store
    seen: set[str] = set()

    def trace(dbapi: Any, _record: Any) -> None:
        dbapi.driver_connection._conn.set_trace_callback(
            lambda sql: seen.add(re.sub(r"'[^']*'|X'[0-9A-F]*'|[\d.]+", "?", sql))
        )

    # every connection from here on is traced (the writer's too: it takes one at its next batch)
    await store.engine.dispose()
    event.listen(store.engine.sync_engine, "connect", trace)
    crowds = [3, 7, 12, 20, 33, 50, 70, 90, 110, 130, 150, 170, 190, 210]
    first = 0
    for size in crowds:
        chats = range(first, first + size)
        results = await asyncio.gather(*(store.commit_turn(write(str(i), f"u{i}", None, state("q1"))) for i in chats))
        assert [r.version for r in results] == [1] * size and not any(r.duplicate for r in results)
        first += size
    again = await store.commit_turn(write("5", "u5", None, state("q1")))
    assert again.duplicate, "a redelivered update is still known"
    async with store.engine.connect() as conn:
        joined = "SELECT c.chat_hash, r.id FROM conversations c JOIN reporters r ON r.id = c.reporter_id"
        pairs = (await conn.execute(text(joined))).all()
        updates = (await conn.execute(text("SELECT count(*) FROM processed_updates"))).scalar_one()
    assert len(pairs) == first and len({r for _c, r in pairs}) == first and updates == first
    store._cache.clear()
    store._chats.clear()
    for i in (0, 2, 255, 256, 511, first - 1):
        loaded = await store.load_conversation(ConversationKey("test", str(i)))
        assert loaded is not None and loaded.version == 1 and loaded.state.node == "q1"
    lengths: dict[str, set[int]] = {}
    for sql in seen:
        found = re.match(r"(INSERT INTO \w+|SELECT .*? WHERE \w+\.\w+ IN)", sql)
        if found:
            lengths.setdefault(found.group(1)[:40], set()).add(sql.count("?"))
    assert any(k.startswith("INSERT INTO reporters") for k in lengths), lengths
    for kind, sizes in lengths.items():
        assert len(sizes) <= 9, (kind, sorted(sizes))


async def test_a_taken_key_in_a_crowds_insert_fails_as_core_fails_it(sqlite_store: SqlStore) -> None:
    """The writer tells a taken key by Core's IntegrityError (store_commit.py): the rows that go
    to SQLite directly raise the same, and nothing of the insert is kept."""
    from datetime import UTC, datetime

    from sqlalchemy.exc import IntegrityError

    from storage.store_parts import INSERT_REPORTER

    store = sqlite_store
    now = datetime(2026, 12, 7, tzinfo=UTC)
    rows = [
        {"channel": "test", "user_hash": f"h{i}", "wrapped_key": b"k", "lang": "id", "created_at": now}
        for i in range(300)
    ]
    async with store.engine.connect() as conn:
        async with conn.begin():
            made = await store._rows.insert_all_returning(conn, INSERT_REPORTER, rows)
        assert sorted(user for _id, user in made) == sorted(r["user_hash"] for r in rows)
        assert len({reporter_id for reporter_id, _user in made}) == 300
        again = [{**rows[0], "user_hash": "fresh"}, rows[299]]
        try:
            async with conn.begin():
                await store._rows.insert_all_returning(conn, INSERT_REPORTER, again)
        except IntegrityError as exc:
            assert "user_hash" in str(exc.orig)
        else:
            raise AssertionError("a taken user hash must fail the insert")
        fresh = (await conn.execute(text("SELECT count(*) FROM reporters WHERE user_hash = 'fresh'"))).scalar_one()
        assert fresh == 0, "nothing of the failed insert is kept"
