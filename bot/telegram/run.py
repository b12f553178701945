"""Polling mode (``make run`` with BOT_TOKEN): the bot, the outbox dispatcher, clean shutdown."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from bot.config import Settings
from bot.outbox import OutboxDispatcher, delivery_to_payload
from bot.runtime import Runtime, open_runtime, still_handled_job
from bot.service import Delivery
from bot.telegram.channel import TelegramChannel
from bot.telegram.client import TelegramClient, make_client
from bot.telegram.send import RateLimiter
from storage.api import StorageError

log = logging.getLogger("pmi.telegram.run")
#: how long one update is retried while the database is down (the framework has already
#: moved its offset on, so giving up would lose it; the process keeps it in memory meanwhile)
STORAGE_PATIENCE = 3600.0


def build_channel(runtime: Runtime, client: TelegramClient) -> TelegramChannel:
    settings = runtime.settings.telegram

    async def keep(chat_id: str, delivery: Delivery) -> None:
        await runtime.store.enqueue_outbox("reply_retry", delivery_to_payload("telegram", chat_id, delivery))

    async def schedule_cleanup(chat_id: str, message_ids: list[int], line: str) -> None:
        now = datetime.now(UTC)
        await runtime.store.enqueue_outbox(
            "discreet_cleanup",
            {"channel": "telegram", "chat_id": chat_id, "message_ids": message_ids, "line": line},
            now=now,
            available_at=now + timedelta(minutes=runtime.settings.dialog.discreet_closing_minutes),
        )

    limiter = RateLimiter(per_second=settings.send_rate_per_second, per_chat=settings.send_per_chat_per_second)
    channel = TelegramChannel(
        runtime.service,
        client,
        retries=settings.send_retries,
        limiter=limiter,
        keep=keep,
        schedule_cleanup=schedule_cleanup,
    )
    if settings.mediators_chat_id is not None:
        from bot.telegram.mediators import MediatorGroup

        channel.mediators = MediatorGroup(runtime, client, settings.mediators_chat_id, settings.mediators_allowed)
    return channel


def build_dispatcher(runtime: Runtime, channel: TelegramChannel) -> OutboxDispatcher:
    notices = None
    if runtime.settings.telegram.mediators_chat_id is not None:
        from bot.telegram.mediators import notice_sender

        notices = notice_sender(runtime, channel.client, runtime.settings.telegram.mediators_chat_id)
    return OutboxDispatcher(
        runtime.store,
        runtime.service,
        {"telegram": channel.send},
        notices,
        fetchers={"telegram": channel.client.download_file},
        cleaners={"telegram": channel.clean_up},
        sweep=hourly_sweep(runtime),
    )


#: processed update keys kept this long: Telegram redelivers an update for at most 24 hours
DEDUP_DAYS = 7


def hourly_sweep(runtime: Runtime) -> Callable[[], Awaitable[int]]:
    """The "still being handled" notes, and the dedup keys older than a week (the table would
    otherwise grow with every message ever received)."""
    still_handled = still_handled_job(runtime)

    async def sweep() -> int:
        pruned = await runtime.store.prune_processed(datetime.now(UTC) - timedelta(days=DEDUP_DAYS))
        if pruned:
            log.info("dedup keys pruned", extra={"count": pruned})
        return await still_handled()

    return sweep


async def handle_patiently(channel: TelegramChannel, data: dict[str, Any]) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + STORAGE_PATIENCE
    delay = 0.5
    while True:
        try:
            await channel.handle_update(data)
            return
        except StorageError:
            if loop.time() > deadline:
                log.error("update dropped after an hour of storage outage", extra={"update": data.get("update_id")})
                return
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30.0)
        except Exception as exc:  # one bad update must never stop the bot
            log.error("update failed", extra={"update": data.get("update_id"), "error": type(exc).__name__})
            return


async def run_polling(settings: Settings) -> int:
    runtime = await open_runtime(settings)
    client = make_client(settings.telegram)
    await client.start()
    channel = build_channel(runtime, client)
    dispatcher = build_dispatcher(runtime, channel)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    outbox_task = asyncio.create_task(dispatcher.run(), name="outbox")

    async def handle(data: dict[str, Any]) -> None:
        await handle_patiently(channel, data)

    log.info("polling", extra={"kind": client.framework})
    try:
        await client.delete_webhook()
        if client.framework == "aiogram":
            from bot.telegram.aiogram_adapter import AiogramClient
            from bot.telegram.aiogram_adapter import run_polling as aiogram_polling

            assert isinstance(client, AiogramClient)
            await aiogram_polling(client, handle, stop)
        else:
            from bot.telegram.ptb import PtbClient
            from bot.telegram.ptb import run_polling as ptb_polling

            assert isinstance(client, PtbClient)
            await ptb_polling(client, handle, stop)
    finally:
        dispatcher.stop()
        await outbox_task
        await client.close()
        await runtime.close()
    return 0
