"""The Telegram channel: an update in, a committed turn, replies out. Thin on purpose.

Replies are sent only after the service committed the turn. A reply Telegram refuses for now
(429) is retried after the time it names; one that still cannot go out is handed to ``keep``
(the outbox) for a later try. In discreet mode the bot deletes the conversation's messages as it
goes (Telegram lets a bot delete in a private chat within 48 hours), leaving only the current
question; the closing replies (case number and code) go at the next message.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Any

from bot import metrics
from bot.service import Delivery, DialogService
from bot.telegram.client import RetryLater, SendFailed, TelegramClient
from bot.telegram.convert import CHANNEL, convert
from bot.telegram.send import RateLimiter, markup_for, split_text

log = logging.getLogger("pmi.telegram")

TRAIL_CHATS = 10_000

Keep = Callable[[str, Delivery], Awaitable[None]]


class TelegramChannel:
    name = CHANNEL

    def __init__(
        self,
        service: DialogService,
        client: TelegramClient,
        *,
        retries: int = 5,
        limiter: RateLimiter | None = None,
        keep: Keep | None = None,
    ) -> None:
        self.service = service
        self.client = client
        self.retries = retries
        self.limiter = limiter or RateLimiter()
        self.keep = keep
        #: the mediators' group (set by the runner when config.yaml names one)
        self.mediators: Any = None
        #: message ids per discreet chat, to delete as the conversation goes (in memory: a restart
        #: forgets them, and the 48-hour window would close on most of them anyway)
        self._trail: OrderedDict[str, list[int]] = OrderedDict()

    async def handle_update(self, data: dict[str, Any]) -> None:
        """Run every inbound of one update. Raises StorageError when a turn could not be stored."""
        if self.mediators is not None and self.mediators.concerns(data):
            await self.mediators.handle(data)
            return
        converted = convert(data)
        if converted.ignored:
            log.info("update ignored", extra={"reason": converted.ignored})
            return
        if converted.callback_id:
            await self.client.answer_callback(converted.callback_id)
        for inbound in converted.inbounds:
            delivery = await self.service.handle(inbound)
            if delivery is None:
                continue  # a redelivered update: its replies went out the first time
            if converted.message_id is not None and delivery.discreet:
                self._remember(inbound.chat_id, converted.message_id)
            await self.send(inbound.chat_id, delivery)

    async def send(self, chat_id: str, delivery: Delivery) -> None:
        """Send a committed turn's replies in order; keep what cannot go out now."""
        sent: list[int] = []
        for index, reply in enumerate(delivery.replies):
            parts = split_text(reply.text)
            for part_no, part in enumerate(parts):
                markup = markup_for(reply) if part_no == len(parts) - 1 else None
                try:
                    sent.append(await self._send_one(chat_id, part, markup))
                except SendFailed as exc:
                    log.warning("reply refused", extra={"error": str(exc)})
                    return
                except RetryLater:
                    if self.keep is not None:
                        rest = Delivery(delivery.replies[index:], None, delivery.discreet)
                        await self.keep(chat_id, rest)
                    log.warning("reply kept for later", extra={"count": len(delivery.replies) - index})
                    return
        if delivery.discreet:
            await self._tidy(chat_id, sent, ended=delivery.awaiting is None)

    async def _send_one(self, chat_id: str, text: str, markup: dict[str, Any] | None) -> int:
        for attempt in range(self.retries + 1):
            await self.limiter.wait(chat_id)
            try:
                return await self.client.send_message(chat_id, text, markup)
            except RetryLater as exc:
                if attempt == self.retries:
                    raise
                log.info("telegram asked to wait", extra={"retry_after": exc.seconds, "attempt": attempt + 1})
                metrics.SEND_RETRIES.inc()
                await asyncio.sleep(min(exc.seconds, 60))
        raise RetryLater(0)

    def _remember(self, chat_id: str, message_id: int) -> None:
        self._trail.setdefault(chat_id, []).append(message_id)
        self._trail.move_to_end(chat_id)
        while len(self._trail) > TRAIL_CHATS:
            self._trail.popitem(last=False)

    async def _tidy(self, chat_id: str, just_sent: list[int], *, ended: bool) -> None:
        """Delete what came before the current question. When the dialog ended, the last replies
        (the case number and code) stay until the next message, then go too."""
        old = self._trail.pop(chat_id, [])
        keep = just_sent if ended else just_sent[-1:]
        for message_id in old + [m for m in just_sent if m not in keep]:
            await self.client.delete_message(chat_id, message_id)
        self._trail[chat_id] = keep
