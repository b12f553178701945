"""The outbox dispatcher: delivers what was committed for later sending, each row once.

Rows are written in the same transaction as the change that caused them (a filed case, a
mediator's message or status change), so a notice is never lost and never sent for a change
that did not commit. Any process may drain the outbox: storage hands each row to one claimer.

Kinds:
- ``mediator_notice``: a short notice to the mediators' chat (number, category, country, urgency);
- ``reporter_message`` / ``reporter_notice``: a mediator's message or a status change, delivered to
  the reporter's chat through the engine (as a ``system`` inbound, so the conversation knows a
  mediator is waiting for an answer);
- ``reporter_file``: a file a mediator sent the reporter, sent by the channel after the message
  that announces it (read from its encrypted copy; nothing is sent once she erased her data);
- ``reply_retry``: replies that could not be sent after retries, kept for a later try (with
  backoff); a chat's later rows wait behind them, so its replies keep their order;
- ``discreet_cleanup``: a discreet chat's closing replies, deleted a few minutes after the dialog
  ended (time to note the case number) and replaced by one neutral line.
"""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import socket
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from app.service import Delivery, DialogService
from flows.types import Inbound, Option, Reply
from storage.api import OutboxItem, StorageError

log = logging.getLogger("pmi.outbox")

REPORTER_KINDS = ("reporter_message", "reporter_notice", "reporter_file", "reply_retry")
ATTACHMENT_KINDS = ("attachment_fetch",)
MEDIATOR_KINDS = ("mediator_notice",)
CLEANUP_KINDS = ("discreet_cleanup",)
#: back-off after a failed delivery: 30 s, 1 min, 2 min ... at most an hour
MAX_BACKOFF = timedelta(hours=1)


#: a row held back behind a chat's earlier replies is looked at again this long after them
HOLD_STEP = timedelta(seconds=1)
#: a hold whose first row was not seen for this long is dropped
STALE_HOLD = timedelta(minutes=10)


def backoff(attempts: int) -> timedelta:
    return min(timedelta(seconds=30 * 2 ** min(attempts, 10)), MAX_BACKOFF)


class HeldBack(Exception):
    """The row's chat has earlier replies waiting: try this row after ``until``."""

    def __init__(self, until: datetime) -> None:
        super().__init__("held back behind earlier replies")
        self.until = until


class OutboxStore(Protocol):
    def claim_outbox(self, kinds: tuple[str, ...], limit: int, now: datetime, *, worker: str) -> Any: ...
    async def release_outbox(self, worker: str) -> int: ...
    async def complete_outbox(self, item_id: int) -> None: ...
    async def fail_outbox(self, item_id: int, error: str, retry_at: datetime) -> None: ...
    async def reporter_address(self, case_number: str) -> tuple[str, str] | None: ...
    async def enqueue_outbox(self, kind: str, payload: dict[str, Any]) -> int: ...
    async def attachment_file_id(self, attachment_id: int) -> str | None: ...
    async def save_attachment(self, attachment_id: int, data: bytes) -> None: ...
    async def read_attachment(self, attachment_id: int) -> bytes | None: ...


#: sends a delivery to one chat of one channel; raises to ask for a later retry
ChatSender = Callable[[str, Delivery], Awaitable[None]]
#: posts a mediator notice (payload without personal data)
NoticeSender = Callable[[dict[str, Any]], Awaitable[None]]
#: fetches an evidence file's bytes from its channel, by the channel's file id
Fetcher = Callable[[str], Awaitable[bytes]]
#: sends a file to one chat: chat id, file name, MIME type, bytes; raises to ask for a later retry
FileSender = Callable[[str, str, str, bytes], Awaitable[None]]
#: deletes a discreet chat's closing replies and leaves a neutral line: chat id, message ids, line
Cleaner = Callable[[str, list[int], str], Awaitable[None]]


def delivery_from_payload(payload: dict[str, Any]) -> Delivery:
    replies = tuple(
        Reply(
            str(r["text"]), tuple(Option(str(o["id"]), str(o["label"]), str(o["data"])) for o in r.get("options", []))
        )
        for r in payload.get("replies", [])
    )
    return Delivery(replies, None, bool(payload.get("discreet", False)))


def delivery_to_payload(channel: str, chat_id: str, delivery: Delivery) -> dict[str, Any]:
    return {
        "channel": channel,
        "chat_id": chat_id,
        "discreet": delivery.discreet,
        "replies": [
            {"text": r.text, "options": [{"id": o.id, "label": o.label, "data": o.data} for o in r.options]}
            for r in delivery.replies
        ],
    }


class OutboxDispatcher:
    def __init__(
        self,
        store: OutboxStore,
        service: DialogService,
        chat_senders: dict[str, ChatSender],
        notice_sender: NoticeSender | None = None,
        fetchers: dict[str, Fetcher] | None = None,
        cleaners: dict[str, Cleaner] | None = None,
        file_senders: dict[str, FileSender] | None = None,
        sweep: Callable[[], Awaitable[int]] | None = None,
        sweep_every: float = 3600.0,
        *,
        interval: float = 1.0,
        worker: str | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.store = store
        self.service = service
        self.chat_senders = chat_senders
        self.notice_sender = notice_sender
        self.fetchers = fetchers or {}
        self.cleaners = cleaners or {}
        self.file_senders = file_senders or {}
        self.sweep = sweep
        self.sweep_every = sweep_every
        self._next_sweep = 0.0
        self.interval = interval
        #: who holds this dispatcher's claims: its own name, so that it can give back what a pass
        #: cut short left claimed (several processes may drain one outbox)
        self.worker = worker or f"{socket.gethostname()[:30]}:{os.getpid()}:{secrets.token_hex(4)}"
        self._cut_short = False
        self.clock = clock
        self._stop = asyncio.Event()
        #: chats with replies waiting in the outbox: (the row that goes first, when it is tried next)
        self._held: dict[str, tuple[int, datetime]] = {}

    def stop(self) -> None:
        self._stop.set()

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        while not self._stop.is_set():
            try:
                if self.sweep is not None and loop.time() >= self._next_sweep:
                    self._next_sweep = loop.time() + self.sweep_every
                    await self.sweep()
                await self.drain_once()
            except StorageError:
                self._cut_short = True
                log.warning("outbox: storage unavailable, will retry")
            except Exception as exc:
                self._cut_short = True
                # claiming and completing rows talk to the database directly: while it is away they
                # raise the driver's errors (connection refused, connection lost). The dispatcher
                # must outlive an outage, or nothing is delivered until the process restarts.
                log.warning("outbox: pass failed, will retry", extra={"error": type(exc).__name__})
            try:
                await asyncio.wait_for(self._stop.wait(), self.interval)
            except TimeoutError:
                pass

    async def drain_once(self, limit: int = 100) -> int:
        kinds = (
            REPORTER_KINDS
            + (MEDIATOR_KINDS if self.notice_sender else ())
            + (ATTACHMENT_KINDS if self.fetchers else ())
            + (CLEANUP_KINDS if self.cleaners else ())
        )
        if self._cut_short:  # the last pass died holding claims: no one may send them for a lease
            await self.store.release_outbox(self.worker)
            self._cut_short = False
        done = 0
        async for item in self.store.claim_outbox(kinds, limit, self.clock(), worker=self.worker):
            try:
                await self.dispatch(item)
            except HeldBack as held:  # not a failure of its own: it waits for the chat's earlier replies
                await self.store.fail_outbox(item.id, "held back", max(held.until, self.clock()) + HOLD_STEP)
            except Exception as exc:  # one bad row must not stop the others
                await self.store.fail_outbox(item.id, type(exc).__name__, self.clock() + backoff(item.attempts))
                log.warning(
                    "outbox delivery failed",
                    extra={
                        "outbox_id": item.id,
                        "kind": item.kind,
                        "error": type(exc).__name__,
                        "attempt": item.attempts + 1,
                    },
                )
            else:
                await self.store.complete_outbox(item.id)
                done += 1
        return done

    async def dispatch(self, item: OutboxItem) -> None:
        payload = item.payload
        if item.kind == "mediator_notice":
            assert self.notice_sender is not None
            await self.notice_sender(payload)
            return
        if item.kind == "attachment_fetch":
            fetch = self.fetchers.get(str(payload.get("channel")))
            if fetch is None:
                raise LookupError("no fetcher for this channel")
            file_id = await self.store.attachment_file_id(int(payload["attachment_id"]))
            if file_id is not None:  # None: erased meanwhile, nothing to keep
                await self.store.save_attachment(int(payload["attachment_id"]), await fetch(file_id))
            return
        if item.kind == "discreet_cleanup":
            clean = self.cleaners.get(str(payload.get("channel")))
            if clean is None:
                raise LookupError("no cleaner for this channel")
            ids = [int(m) for m in payload.get("message_ids", [])]
            await clean(str(payload["chat_id"]), ids, str(payload.get("line", "")))
            return
        if item.kind == "reply_retry":
            channel, chat_id = str(payload["channel"]), str(payload["chat_id"])
            self._check_hold(channel, chat_id, item.id)
            try:
                await self.send(channel, chat_id, delivery_from_payload(payload))
            except Exception:
                retry_at = self.clock() + backoff(item.attempts)
                self._held[f"{channel}:{chat_id}"] = (item.id, retry_at)
                raise
            self._held.pop(f"{channel}:{chat_id}", None)
            return
        address = await self.store.reporter_address(str(payload.get("case_number", "")))
        if address is None:
            return  # the reporter erased their data: nothing to deliver, nothing to keep
        channel, chat_id = address
        if item.kind == "reporter_file":
            await self._send_file(channel, chat_id, payload)
            return
        if channel not in self.chat_senders:
            raise LookupError(f"no sender for channel {channel}")
        event = "mediator_message" if item.kind == "reporter_message" else str(payload.get("event", "status_notice"))
        inbound = Inbound(channel, chat_id, f"outbox:{item.id}", system={**payload, "event": event})
        self._check_hold(channel, chat_id)
        delivery = await self.service.handle(inbound)
        if delivery is None:
            return  # this row's turn was committed and its replies sent (or kept) before
        try:
            await self.send(channel, chat_id, delivery)
        except Exception as exc:
            # the turn is committed, so a retry of this row would be a duplicate: keep the replies
            # that did not go out, and hold the chat's later rows back until they do
            rest = Delivery(delivery.replies[getattr(exc, "sent_replies", 0) :], None, delivery.discreet)
            kept = await self.store.enqueue_outbox("reply_retry", delivery_to_payload(channel, chat_id, rest))
            self._held[f"{channel}:{chat_id}"] = (kept, self.clock())
            log.warning("reply kept for a later try", extra={"outbox_id": item.id, "error": type(exc).__name__})
        await self.service.delivered(inbound)

    async def _send_file(self, channel: str, chat_id: str, payload: dict[str, Any]) -> None:
        """A mediator's file, after the chat's earlier replies; gone with an erasure."""
        sender = self.file_senders.get(channel)
        if sender is None:
            raise LookupError(f"no file sender for channel {channel}")
        self._check_hold(channel, chat_id)
        data = await self.store.read_attachment(int(payload["attachment_id"]))
        if data is None:
            return  # erased meanwhile
        await sender(chat_id, str(payload.get("name") or "berkas"), str(payload.get("mime") or ""), data)

    def _check_hold(self, channel: str, chat_id: str, item_id: int | None = None) -> None:
        """A chat with replies waiting in the outbox gets nothing newer before them: its replies
        keep their order. Raises HeldBack for a row that must wait."""
        held = self._held.get(f"{channel}:{chat_id}")
        if held is not None and held[1] + STALE_HOLD < self.clock():
            del self._held[f"{channel}:{chat_id}"]  # its row went another way (another process, an erasure)
        elif held is not None and held[0] != item_id:
            raise HeldBack(held[1])

    async def send(self, channel: str, chat_id: str, delivery: Delivery) -> None:
        sender = self.chat_senders.get(channel)
        if sender is None:
            raise LookupError(f"no sender for channel {channel}")
        await sender(chat_id, delivery)
