"""A stopping bot leaves at once, not after the rest of a long poll (both frameworks, real emulator).

A deploy or a restart sends SIGTERM; a bot that sat out Telegram's long poll first kept the
worker's next message waiting for those seconds and made every restart slow."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from app.config import TelegramSettings
from bot.telegram.client import make_client
from bot.telegram.pump import UpdatePump
from tests.e2e.tgclient import TOKEN, User, emulator

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("framework", ["ptb", "aiogram"])
async def test_a_stop_cuts_the_long_poll_short_and_confirms_what_was_handled(framework: str) -> None:
    with emulator() as base:
        client = make_client(TelegramSettings(token=TOKEN, framework=framework, api_base_url=base))
        await client.start()
        handled: list[str] = []

        async def handle(update: dict[str, Any]) -> None:
            handled.append(str(update.get("message", {}).get("text")))

        async def settle() -> None:
            return None

        pump = UpdatePump(client, handle, settle, long_poll=30)
        stop = asyncio.Event()
        running = asyncio.create_task(pump.run(stop))
        try:
            await asyncio.to_thread(User(base, 4242).say, "halo")
            deadline = time.monotonic() + 20
            while not handled and time.monotonic() < deadline:
                await asyncio.sleep(0.05)
            assert handled == ["halo"]
            await asyncio.sleep(0.5)  # the pump is now inside a 30-second long poll
            asked = time.monotonic()
            stop.set()
            await asyncio.wait_for(running, timeout=20)
            took = time.monotonic() - asked
        finally:
            if not running.done():
                running.cancel()
            await client.close()
        assert took < 6, f"the bot took {took:.1f} s to stop"
        # what was handled was confirmed: a new poll gets nothing back
        client = make_client(TelegramSettings(token=TOKEN, framework=framework, api_base_url=base))
        await client.start()
        try:
            assert await client.get_updates(None, 0, 10) == []
        finally:
            await client.close()
