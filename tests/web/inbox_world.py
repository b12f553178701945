"""The console world (tests/web/conftest.py) with what an inbox needs: a worker who wrote back, a
reporter who said No to updates, the same worker reporting twice, several problems in one case,
and a case long past its deadline."""

from __future__ import annotations

import asyncio
import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from flows.types import CaseMessage, ConversationKey, EraseReporterData
from storage.casework import message_reporter
from storage.crypto import KeyRing
from storage.factory import open_store
from storage.sql_store import SqlStore
from tests.storage.test_contract import NOW, file_case, write
from tests.web.conftest import World, make_world

#: the JKT-2345 worker's answer to a mediator's question, as she typed it
REPLY = "ya paspor sy msh dipegang majikan, gk boleh keluar"


def open_world_store(world: World) -> SqlStore:
    data = json.loads(Path(world.settings.data_dir / "keys.json").read_text())
    keyring = KeyRing(data["master_keys"], data["index_key"])
    return open_store(world.settings.database_url, keyring, settings=world.settings)


def make_inbox_world(tmp_path: Path) -> World:
    world = make_world(tmp_path)

    async def fill() -> None:
        store = open_world_store(world)
        await store.start()
        question = "Apakah paspor Anda masih dipegang majikan?"
        await message_reporter(store, "JKT-2345", question, NOW + timedelta(hours=3))
        reply = write("1", "u9", 1, effects=(CaseMessage("JKT-2345", REPLY),))
        await store.commit_turn(replace(reply, now=NOW + timedelta(hours=5)))
        quiet = replace(
            file_case(
                "HLD-2345",
                country="MY",
                worker_name="Siti Aminah",
                phone="0812-3456-7890",
                passport="C1234567",
                wage={"amount": 1500, "currency": "MYR"},
                age=16,
            ),
            notify_reporter=False,
            category="penahanan_dokumen",
            secondary_categories=("gaji_tidak_dibayar", "ingin_pulang"),
            from_words=("wage", "country"),
        )
        await store.commit_turn(write("3", "u3", None, effects=(quiet,)))
        await store.close()

    asyncio.run(fill())
    return world


async def add_reply(world: World, number: str, chat: str, text: str, update: str, version: int) -> None:
    """The worker writes again on her case (what the bot stores when she answers a mediator)."""
    store = open_world_store(world)
    await store.start()
    try:
        stored = await store.load_conversation(ConversationKey("test", chat))
        current = stored.version if stored is not None else version
        turn = write(chat, update, current, effects=(CaseMessage(number, text),))
        await store.commit_turn(replace(turn, now=datetime.now(UTC)))
    finally:
        await store.close()


async def clear_chat(world: World, chat: str, mode: str = "chat") -> None:
    """The reporter of this chat says "hapus" and picks ``mode`` (clear the chat, withdraw)."""
    store = open_world_store(world)
    await store.start()
    try:
        stored = await store.load_conversation(ConversationKey("test", chat))
        assert stored is not None
        turn = write(chat, "hapus-1", stored.version, effects=(EraseReporterData(mode),))
        await store.commit_turn(replace(turn, now=datetime.now(UTC)))
    finally:
        await store.close()
