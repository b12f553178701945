"""Replies kept in the outbox go out in order per chat, with backoff, on the real store (SQLite).

A reply that Telegram could not take is retried later; a chat's later replies must not overtake it
(the worker would read the answer to a question before the question)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

from sqlalchemy import text

from app.outbox import OutboxDispatcher, delivery_to_payload
from app.service import Delivery, DialogService
from bot.telegram.client import SendUnavailable
from flows.types import Reply
from storage.factory import open_store
from tests.support.db import make_keyring

T0 = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)


async def test_a_chat_s_kept_replies_keep_their_order_behind_one_that_failed(tmp_path: Path) -> None:
    store = open_store(f"sqlite+aiosqlite:///{tmp_path}/o.db", make_keyring())
    await store.start()
    try:
        for chat, words in [("A", "pertanyaan 1"), ("A", "pertanyaan 2"), ("B", "halo B"), ("A", "pertanyaan 3")]:
            delivery = Delivery((Reply(words),), None, False)
            await store.enqueue_outbox("reply_retry", delivery_to_payload("telegram", chat, delivery), now=T0)
        sent: list[tuple[str, str]] = []
        telegram_down = {"A"}

        async def send(chat_id: str, delivery: Delivery) -> None:
            if chat_id in telegram_down:
                raise SendUnavailable("NetworkError")
            sent.extend((chat_id, r.text) for r in delivery.replies)

        now = {"t": T0}
        dispatcher = OutboxDispatcher(store, cast(DialogService, None), {"telegram": send}, clock=lambda: now["t"])
        await dispatcher.drain_once()
        assert sent == [("B", "halo B")], "chat A's first reply failed: its later ones wait"
        now["t"] = T0 + timedelta(seconds=10)
        await dispatcher.drain_once()
        assert sent == [("B", "halo B")], "still waiting for the backoff"
        telegram_down.clear()
        now["t"] = T0 + timedelta(seconds=40)
        await dispatcher.drain_once()
        now["t"] = T0 + timedelta(seconds=42)
        await dispatcher.drain_once()
        assert sent == [("B", "halo B"), ("A", "pertanyaan 1"), ("A", "pertanyaan 2"), ("A", "pertanyaan 3")]
        async with store.engine.connect() as conn:
            pending = (await conn.execute(text("SELECT count(*) FROM outbox WHERE done_at IS NULL"))).scalar_one()
        assert pending == 0, "every kept reply is done"
    finally:
        await store.close()
