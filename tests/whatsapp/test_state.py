"""What the WhatsApp channel keeps beside the dialog, on SQLite and PostgreSQL: the window, news
held for her (sealed, given back once), receipts, and that her "hapus" leaves none of it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot.whatsapp.state import ChannelState, chats, sent
from flows.types import EraseReporterData
from storage.factory import open_store
from storage.sql_store import SqlStore
from tests.storage.test_contract import NOW, state, write
from tests.support.db import make_keyring, temporary_pg_database


@pytest.fixture(params=["sqlite", "postgres"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[SqlStore]:
    keyring = make_keyring()
    if request.param == "sqlite":
        s = open_store(f"sqlite+aiosqlite:///{tmp_path}/t.db", keyring)
        await s.start()
        yield s
        await s.close()
    else:
        async with temporary_pg_database() as url:
            s = open_store(url, keyring)
            await s.start()
            yield s
            await s.close()


NEWS = {"type": "text", "text": {"body": "Di mana paspor Anda sekarang?"}}


async def test_held_news_comes_back_once_and_the_window_follows_her(store: SqlStore) -> None:
    wa = ChannelState(store.engine, store.keyring)
    chat = "h" * 64
    assert (await wa.window(chat)).last_inbound_at is None
    await wa.hold(chat, [NEWS])
    await wa.hold(chat, [NEWS])
    async with store.engine.connect() as conn:
        sealed = (await conn.execute(chats.select())).first()
    assert sealed is not None and b"paspor" not in sealed.held_enc, "sealed at rest"
    assert await wa.inbound(chat, NOW) == [NEWS, NEWS]
    assert await wa.inbound(chat, NOW + timedelta(minutes=1)) == [], "given back once"
    assert (await wa.window(chat)).last_inbound_at == NOW


async def test_receipts_keep_a_body_until_delivered_and_give_a_failure_once(store: SqlStore) -> None:
    wa = ChannelState(store.engine, store.keyring)
    wa.record_sent("c" * 64, "111:6285700001", [("wamid.1", NEWS), ("wamid.2", NEWS)], NOW)
    assert await wa.status("wamid.1", "delivered", None, NOW) is None  # flushes the batch first
    failed = await wa.status("wamid.2", "failed", 131056, NOW)
    assert failed is not None and (failed.chat_id, failed.payload, failed.code) == ("111:6285700001", NEWS, 131056)
    assert await wa.status("wamid.2", "failed", 131056, NOW) is None, "acted on once"
    async with store.engine.connect() as conn:
        rows = {r.wamid: r for r in await conn.execute(sent.select())}
    assert rows["wamid.1"].body_enc is None and rows["wamid.1"].status == "delivered"


async def test_her_erasure_leaves_nothing_held_or_sent(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, state()))
    chat = store.chat_hash(write("1", "u1", None).key)
    wa = ChannelState(store.engine, store.keyring)
    await wa.hold(chat, [NEWS])
    wa.record_sent(chat, "test:1", [("wamid.9", NEWS)], NOW)
    await wa.flush()
    await store.commit_turn(write("1", "u2", 1, state(None), (EraseReporterData(),)))
    async with store.engine.connect() as conn:
        held = (await conn.execute(chats.select())).first()
        body = (await conn.execute(sent.select())).first()
    assert held is not None and held.held_enc is None
    assert body is not None and body.body_enc is None


async def test_rows_stay_buffered_while_the_database_is_away(store: SqlStore) -> None:
    """A flush that failed had already emptied the buffer: the sent messages' rows were lost, and
    a later 'failed' receipt found nothing to send again."""
    wa = ChannelState(store.engine, store.keyring)
    wa.record_sent("c" * 64, "111:6285700001", [("wamid.8", NEWS)], NOW)
    async with store.engine.begin() as conn:
        await conn.run_sync(lambda sync: sent.drop(sync))
    with pytest.raises(Exception):
        await wa.flush()
    async with store.engine.begin() as conn:
        await conn.run_sync(lambda sync: sent.create(sync))
    failed = await wa.status("wamid.8", "failed", 130429, NOW)
    assert failed is not None, "the row waited in the buffer and was written on the next pass"
