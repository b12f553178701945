"""The Telegram channel: an update in, a committed turn, replies out. Thin on purpose.

Replies are sent only after the service committed the turn. A reply Telegram refuses for now
(429) is retried after the time it names; one that cannot go out for another passing reason (a
network error, a timeout, a 5xx) is tried again with backoff, from where it stopped, for up to
``send_patience`` seconds. Then the channel either hands what is left to ``keep`` (the outbox:
polling, after a long wait) or raises SendUnavailable without marking the turn sent (the
webhook answers 503; Telegram delivers the update again and the committed turn's stored replies
are sent then). A reply Telegram refuses for good (blocked, bad request) is dropped with a log line.

In discreet mode the bot deletes the conversation's messages as it
goes (Telegram lets a bot delete in a private chat within 48 hours), leaving only the current
question. The closing replies (case number and code) stay a few minutes, time to note them, then
an outbox job (``discreet_cleanup``) deletes them and leaves one neutral line; if the user writes
again first, they go at that message.
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from app import metrics
from app.service import Delivery, DialogService
from bot.telegram.client import RetryLater, SendFailed, SendUnavailable, TelegramClient
from bot.telegram.convert import CHANNEL, convert
from bot.telegram.send import RateLimiter, markup_for, split_text

log = logging.getLogger("pmi.telegram")

TRAIL_CHATS = 10_000
#: message ids remembered per chat: a dialog is far shorter, so this only bounds a flood
TRAIL_PER_CHAT = 300
#: how long a committed turn's replies are tried again in the request before the webhook answers
#: 503 (Telegram waits about a minute for an answer, then delivers the update again); config.yaml
#: telegram.webhook_send_patience_seconds
WEBHOOK_SEND_PATIENCE = 8.0
#: the longest pause between two tries of the same reply
MAX_SEND_BACKOFF = 30.0

Keep = Callable[[str, Delivery], Awaitable[None]]
#: schedules the clean-up of a discreet chat's closing replies: chat id, message ids, neutral line
ScheduleCleanup = Callable[[str, list[int], str], Awaitable[None]]


@dataclass
class Progress:
    """How far a delivery got: a retry goes on from here, so what went out is not sent again."""

    replies: int = 0
    parts: int = 0
    message_ids: list[int] = field(default_factory=list)


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
        schedule_cleanup: ScheduleCleanup | None = None,
    ) -> None:
        self.service = service
        self.client = client
        self.retries = retries
        self.limiter = limiter or RateLimiter()
        self.keep = keep
        self.schedule_cleanup = schedule_cleanup
        #: how long a turn's replies are tried again before they are kept or the update refused
        self.send_patience = WEBHOOK_SEND_PATIENCE
        #: set when the process stops: retries give up at once (the update is not acknowledged)
        self.stopping = asyncio.Event()
        #: the mediators' group (set by the runner when config.yaml names one)
        self.mediators: Any = None
        #: message ids per chat in a dialog, to delete as a discreet conversation goes, including
        #: what came before discreet mode was turned on (in memory: a restart forgets them, and the
        #: 48-hour window would close on most of them anyway)
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
            if converted.message_id is not None:
                self._remember(inbound.chat_id, [converted.message_id])
            try:
                await self._deliver_patiently(inbound.chat_id, delivery)
            except SendUnavailable:
                self.service.gave_up(inbound)  # its redelivery sends the stored replies at once
                raise
            await self.service.delivered(inbound)

    async def _deliver_patiently(self, chat_id: str, delivery: Delivery) -> None:
        """Send, and on a passing failure try again from where it stopped, with backoff, for up
        to ``send_patience`` seconds; then keep the rest (if there is a ``keep``) or raise."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.send_patience
        progress = Progress()
        delay = 0.5
        while True:
            try:
                await self.send(chat_id, delivery, progress)
                return
            except SendUnavailable as exc:
                metrics.SEND_RETRIES.inc()
                if self.stopping.is_set() or loop.time() + delay > deadline:
                    if self.keep is None:
                        log.warning("replies not sent: the update is not acknowledged", extra={"error": str(exc)})
                        raise
                    rest = Delivery(delivery.replies[progress.replies :], delivery.awaiting, delivery.discreet)
                    await self.keep(chat_id, rest)
                    log.warning("replies kept in the outbox", extra={"count": len(rest.replies), "error": str(exc)})
                    return
                log.info("send failed for now: trying again", extra={"error": str(exc), "delay": delay})
                try:
                    await asyncio.wait_for(self.stopping.wait(), delay)
                except TimeoutError:
                    pass
                delay = min(delay * 2, MAX_SEND_BACKOFF)

    async def send(self, chat_id: str, delivery: Delivery, progress: Progress | None = None) -> None:
        """Send a committed turn's replies in order, from ``progress`` on. Raises SendUnavailable
        (with how many replies went out in full) when Telegram cannot take one now."""
        progress = progress or Progress()
        sent = progress.message_ids
        for index in range(progress.replies, len(delivery.replies)):
            reply = delivery.replies[index]
            parts = split_text(reply.text)
            for part_no in range(progress.parts, len(parts)):
                markup = markup_for(reply) if part_no == len(parts) - 1 else None
                try:
                    sent.append(await self._send_one(chat_id, parts[part_no], markup))
                except SendFailed as exc:
                    log.warning("reply refused", extra={"error": str(exc)})
                    return
                except RetryLater:
                    raise SendUnavailable("429 past the retries", progress.replies) from None
                except SendUnavailable as exc:
                    raise SendUnavailable(str(exc), progress.replies) from None
                progress.parts = part_no + 1
            progress.replies, progress.parts = index + 1, 0
        if not delivery.discreet:
            if delivery.awaiting is None:
                self._trail.pop(chat_id, None)  # the dialog ended in the open: nothing to tidy later
            else:
                self._remember(chat_id, sent)
        else:
            await self._tidy(chat_id, sent, ended=delivery.awaiting is None)
            if delivery.awaiting is None and delivery.closing_line and sent and self.schedule_cleanup:
                await self.schedule_cleanup(chat_id, sent, delivery.closing_line)

    async def send_file(self, chat_id: str, name: str, mime: str, data: bytes) -> None:
        """A file a mediator sends the reporter (the outbox's ``reporter_file`` rows). Refused for
        good (she blocked the bot): logged and dropped, as replies are; anything else raises, and
        the outbox tries again later."""
        for attempt in range(self.retries + 1):
            await self.limiter.wait(chat_id)
            try:
                await self.client.send_document(chat_id, name, data)
                return
            except RetryLater as exc:
                if attempt == self.retries:
                    raise SendUnavailable("429 past the retries") from None
                await asyncio.sleep(min(exc.seconds, 60))
            except SendFailed as exc:
                log.warning("file refused", extra={"error": str(exc)})
                return

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

    def _remember(self, chat_id: str, message_ids: list[int]) -> None:
        trail = self._trail.setdefault(chat_id, [])
        trail.extend(message_ids)
        del trail[:-TRAIL_PER_CHAT]
        self._trail.move_to_end(chat_id)
        while len(self._trail) > TRAIL_CHATS:
            self._trail.popitem(last=False)

    async def clean_up(self, chat_id: str, message_ids: list[int], line: str) -> None:
        """Delete a discreet chat's closing replies and leave the neutral line in their place.

        If none could be deleted (the user wrote again and they went then, or 48 hours passed),
        the chat has moved on: no line is sent."""
        deleted = [await self.client.delete_message(chat_id, m) for m in message_ids]
        if self._trail.get(chat_id) == message_ids:
            del self._trail[chat_id]
        if any(deleted):
            await self._send_one(chat_id, line, None)

    async def _tidy(self, chat_id: str, just_sent: list[int], *, ended: bool) -> None:
        """Delete what came before the current question. When the dialog ended, the last replies
        (the case number and code) stay until the next message, then go too."""
        old = self._trail.pop(chat_id, [])
        keep = just_sent if ended else just_sent[-1:]
        for message_id in old + [m for m in just_sent if m not in keep]:
            await self.client.delete_message(chat_id, message_id)
        self._trail[chat_id] = keep
