"""Polling mode (``make run`` with BOT_TOKEN): the bot, the outbox dispatcher, clean shutdown.

Our own getUpdates loop (bot/telegram/pump.py, ADR 0011) over the framework's Bot client: an
update is confirmed to Telegram only once its turn is committed and its replies sent or kept.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from app.config import Settings
from app.outbox import OutboxDispatcher, delivery_to_payload
from app.runtime import Runtime, open_runtime, still_handled_job
from app.service import Delivery
from bot.telegram.channel import TelegramChannel
from bot.telegram.client import TelegramClient, make_client
from bot.telegram.pump import UpdatePump
from bot.telegram.send import RateLimiter
from storage.api import StorageError

log = logging.getLogger("pmi.telegram.run")
#: in polling, how long a committed turn's replies are tried again before they go to the outbox
#: (a chat's later updates wait meanwhile, so its replies keep their order)
POLLING_SEND_PATIENCE = 600.0


def keep_in_outbox(runtime: Runtime) -> Callable[[str, Delivery], Awaitable[None]]:
    async def keep(chat_id: str, delivery: Delivery) -> None:
        await runtime.store.enqueue_outbox("reply_retry", delivery_to_payload("telegram", chat_id, delivery))

    return keep


def build_channel(runtime: Runtime, client: TelegramClient) -> TelegramChannel:
    """The channel as the webhook uses it: replies that cannot go out within a few seconds make
    the update unacknowledged (503); polling gives them longer, then keeps them in the outbox."""
    settings = runtime.settings.telegram

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
        schedule_cleanup=schedule_cleanup,
    )
    channel.send_patience = settings.webhook_send_patience_seconds
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
        file_senders={"telegram": channel.send_file},
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


async def handle_patiently(channel: TelegramChannel, data: dict[str, Any], stop: asyncio.Event) -> None:
    """Run one update until it is dealt with: while the database is away, try again with backoff
    (the update is not confirmed to Telegram meanwhile, so stopping loses nothing)."""
    delay = 0.5
    while True:
        try:
            await channel.handle_update(data)
            return
        except StorageError:
            if stop.is_set():
                raise asyncio.CancelledError from None  # left unconfirmed: it comes again after the restart
            log.warning("update not stored yet: trying again", extra={"update": data.get("update_id"), "delay": delay})
            try:
                await asyncio.wait_for(stop.wait(), delay)
            except TimeoutError:
                pass
            delay = min(delay * 2, 30.0)
        except Exception as exc:  # one bad update must never stop the bot
            log.error("update failed", extra={"update": data.get("update_id"), "error": type(exc).__name__})
            return


async def run_polling(settings: Settings) -> int:
    runtime = await open_runtime(settings)
    client = make_client(settings.telegram)
    await client.start()
    channel = build_channel(runtime, client)
    channel.keep = keep_in_outbox(runtime)
    channel.send_patience = POLLING_SEND_PATIENCE
    dispatcher = build_dispatcher(runtime, channel)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    stop_task = asyncio.create_task(_propagate(stop, channel.stopping))
    outbox_task = asyncio.create_task(dispatcher.run(), name="outbox")

    async def handle(data: dict[str, Any]) -> None:
        await handle_patiently(channel, data, stop)

    pump = UpdatePump(client, handle, runtime.store.flush)
    log.info("polling", extra={"kind": client.framework})
    try:
        await client.delete_webhook()
        await pump.run(stop)
    finally:
        stop_task.cancel()
        dispatcher.stop()
        await outbox_task
        await client.close()
        await runtime.close()
    return 0


async def _propagate(stop: asyncio.Event, stopping: asyncio.Event) -> None:
    await stop.wait()
    stopping.set()
