"""The service gives the C heap back after a crowd of turns (app/heap.py), once, when its last
turn has ended, and every turn of the crowd is answered as before."""

from __future__ import annotations

import asyncio
from pathlib import Path

from app.config import load_settings
from app.heap import CROWD, Crowd
from app.service import DialogService
from flows.dialog import load_dialog
from flows.types import Inbound
from storage.factory import open_store
from tests.support.db import make_keyring


async def test_a_crowd_of_turns_is_answered_and_then_the_heap_is_given_back(tmp_path: Path) -> None:
    store = open_store(f"sqlite+aiosqlite:///{tmp_path}/c.db", make_keyring())
    await store.start()
    try:
        service = DialogService(load_dialog(load_settings().dialog), store)
        trims: list[int] = []
        service.crowd = Crowd(lambda: trims.append(service.crowd.in_flight))
        count = CROWD + 20
        deliveries = await asyncio.gather(
            *(service.handle(Inbound("test", f"c{i}", f"u{i}", text="halo")) for i in range(count))
        )
        assert all(d is not None and d.replies for d in deliveries)
        assert trims == [0], "once, when nothing was in flight any more"
        await service.handle(Inbound("test", "late", "late", text="halo"))
        assert trims == [0], "a single turn afterwards does not trim again"
    finally:
        await store.close()
