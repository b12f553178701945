"""The WhatsApp channel: a webhook's messages in, committed turns, replies out. Thin on purpose.

Replies to her message go out at once (her message opened the 24-hour window). What comes later
on its own (a mediator's message, a status notice, a retried reply) is checked against the
window: after it, an approved template goes first and the content is held until she answers;
in discreet mode a neutral line goes instead, for the same reason. A throttled send waits and
tries again; one still refused goes to the outbox for later. Receipts: a failed message is sent
again (throttled), held for the template path (window closed) or reported (anything else).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from app import metrics
from app.service import Delivery, DialogService
from bot.outgoing import RateLimiter
from bot.whatsapp.client import (
    THROTTLE_CODES,
    WINDOW_CLOSED,
    CloudApiClient,
    MediaTooBig,
    SendFailed,
    Throttled,
    WindowClosed,
)
from bot.whatsapp.config import WhatsAppSettings
from bot.whatsapp.convert import CHANNEL, READ_HELD, Incoming, Status, convert, split_chat_id
from bot.whatsapp.discreet import HonestDiscreet
from bot.whatsapp.pacing import PerNumber
from bot.whatsapp.render import reply_payloads, template_payload, text_payloads
from bot.whatsapp.state import ChannelState
from flows.reading import read_yesno
from flows.types import ConversationKey, Inbound

#: what she types to read what waited for her, besides the template's button
_READ_WORDS = frozenset({"baca", "buka", "lihat", "tampilkan", "read", "open", "show", "ok", "oke", "okay"})


def asks_to_read(incoming: Incoming) -> bool:
    """One short text that only says yes or "read it" (not a reply to the case, nor a story)."""
    if len(incoming.inbounds) != 1:
        return False
    text = (incoming.inbounds[0].text or "").strip().lower().strip("!. ")
    if not text or len(text) > 20 or incoming.inbounds[0].media is not None:
        return False
    if text in _READ_WORDS:
        return True
    parsed = read_yesno(text)
    return parsed.ok and parsed.value is True


log = logging.getLogger("pmi.whatsapp")

Keep = Callable[[str, Delivery], Awaitable[None]]


def utcnow() -> datetime:
    return datetime.now(UTC)


class WhatsAppChannel:
    name = CHANNEL

    def __init__(
        self,
        service: DialogService,
        client: CloudApiClient,
        settings: WhatsAppSettings,
        state: ChannelState,
        *,
        keep: Keep | None = None,
        limiter: RateLimiter | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.service = service
        self.client = client
        self.settings = settings
        self.state = state
        self.keep = keep
        self.clock = clock
        self.retry_base = settings.retry_base_seconds
        self.numbers = frozenset(settings.phone_number_ids)
        #: one limiter per sending number: Meta's throughput limit is the number's, and its pair
        #: rate is per (number, user); ``limiter`` (tests) stands for every number at once
        self._shared_limiter = limiter
        self._limiters = PerNumber(
            lambda: RateLimiter(
                per_second=settings.send_rate_per_second,
                per_chat=settings.send_per_user_per_second,
                chat_burst=settings.send_per_user_burst,
            )
        )
        dialog = service.dialog
        self.honest = HonestDiscreet(dialog.catalog, dialog.settings.discreet_closing_minutes)
        self.window = timedelta(hours=settings.window_hours)
        self._flusher: asyncio.Task[None] | None = None

    def limiter_for(self, phone_number_id: str) -> RateLimiter:
        """The pacing of one of this deployment's numbers (two numbers never slow each other)."""
        return self._shared_limiter or self._limiters(phone_number_id)

    async def start(self) -> None:
        self._flusher = asyncio.create_task(self.state.run_flusher(), name="whatsapp-receipts")

    async def close(self) -> None:
        if self._flusher is not None:
            self._flusher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._flusher
        await self.client.close()

    def chat_hash(self, chat_id: str) -> str:
        return str(self.service.store.chat_hash(ConversationKey(CHANNEL, chat_id)))  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ in
    async def handle_body(self, body: Any) -> None:
        """Everything in one webhook POST. Raises StorageError when a turn could not be stored
        (the webhook then answers 503 and Meta delivers the POST again)."""
        converted = convert(body, self.numbers)
        if converted.ignored:
            log.info("webhook entries ignored", extra={"count": converted.ignored})
        for incoming in converted.incoming:
            await self.handle_incoming(incoming)
        for status in converted.statuses:
            await self.on_status(status)

    async def handle_incoming(self, incoming: Incoming) -> None:
        chat_id = incoming.chat_id
        held = await self.state.inbound(self.chat_hash(chat_id), self.clock())
        if held:
            # what waited for her comes first: she answered to read it
            await self._send_groups(chat_id, [[p] for p in held], None)
        if incoming.read_held or (held and asks_to_read(incoming)):
            # "ya" / "baca" to "ada kabar untuk laporan Anda": she asked for what waited, which
            # went out above; the word is no answer for the dialog (nor a message to the case)
            await self.client.mark_read(incoming.phone_number_id, incoming.message_id)
            return
        for inbound in incoming.inbounds:
            inbound = await self._sized(inbound)
            delivery = await self.service.handle(inbound)
            if delivery is None:
                continue  # a replayed webhook: this message's turn was committed and answered
            await self._reply(chat_id, delivery)
            await self.service.delivered(inbound)
        await self.client.mark_read(incoming.phone_number_id, incoming.message_id)

    async def _sized(self, inbound: Inbound) -> Inbound:
        """Ask Meta the file's size before the turn, so the dialog can refuse one over the cap."""
        media = inbound.media
        if media is None or media.kind == "sticker":
            return inbound
        try:
            info = await self.client.media_info(media.file_id)
        except (Throttled, SendFailed):
            return inbound  # unknown size: the download checks the cap again
        size = info.get("file_size")
        mime = info.get("mime_type")
        if not isinstance(size, int):
            return inbound
        sized = media.__class__(media.kind, media.file_id, size, media.mime_type or mime, media.file_name)
        return Inbound(inbound.channel, inbound.chat_id, inbound.update_key, inbound.user_id, media=sized)

    async def fetch_media(self, media_id: str) -> bytes:
        """The outbox's evidence fetcher: the file through the media endpoint, capped."""
        try:
            return await self.client.download(media_id, self.settings.max_media_bytes)
        except MediaTooBig:
            log.warning("evidence over the size cap not kept", extra={"channel": CHANNEL})
            return b""

    # ------------------------------------------------------------------ out
    def _groups(self, delivery: Delivery) -> list[list[dict[str, Any]]]:
        """Each reply as its messages (the lines about discreet mode told honestly for WhatsApp)."""
        return [reply_payloads(reply._replace(text=self.honest(reply.text))) for reply in delivery.replies]

    async def _reply(self, chat_id: str, delivery: Delivery) -> None:
        """The replies to her message: inside the window by definition."""
        if delivery.discreet:
            chat = self.chat_hash(chat_id)
            if not (await self.state.window(chat)).discreet_told:
                await self.state.told_discreet(chat)
        await self._send_groups(chat_id, self._groups(delivery), delivery)

    async def send(self, chat_id: str, delivery: Delivery) -> None:
        """What the outbox sends on its own: a mediator's message, a notice, a retried reply."""
        window = await self.state.window(self.chat_hash(chat_id))
        now = self.clock()
        closed = window.last_inbound_at is None or now - window.last_inbound_at >= self.window
        if closed or delivery.discreet:
            await self._hold_and_tell(chat_id, [p for g in self._groups(delivery) for p in g], closed=closed)
            return
        await self._send_groups(chat_id, self._groups(delivery), delivery)

    async def send_file(self, chat_id: str, name: str, mime: str, data: bytes) -> None:
        """A mediator's file: uploaded to the media endpoint, then sent as a document; outside
        her window it waits with the other held content for her next message, as text does.
        A throttled upload raises: the outbox tries the row again later."""
        phone_number_id, _ = split_chat_id(chat_id)
        media_id = await self.client.upload(phone_number_id, name, mime, data)
        payload = {"type": "document", "document": {"id": media_id, "filename": name}}
        window = await self.state.window(self.chat_hash(chat_id))
        if window.last_inbound_at is None or self.clock() - window.last_inbound_at >= self.window:
            await self._hold_and_tell(chat_id, [payload], closed=True)
            return
        await self._send_groups(chat_id, [[payload]], None)

    async def _hold_and_tell(self, chat_id: str, payloads: list[dict[str, Any]], *, closed: bool) -> None:
        """Keep the content for her next message; send the template (window closed) or, in
        discreet mode, the neutral line, so her screen shows nothing of the case."""
        chat = self.chat_hash(chat_id)
        already = (await self.state.window(chat)).has_held
        await self.state.hold(chat, payloads)
        metrics.ERRORS.labels("whatsapp_held").inc()
        if already:
            return  # she has been told once; one notice is enough until she answers
        lang = await self._lang(chat_id)
        if closed:
            name, code = self.settings.template_for(lang)
            tell = template_payload(name, code, self.settings.template_button)
        else:
            tell = text_payloads(self.honest.news(lang))[0]
        await self._send_groups(chat_id, [[tell]], None)

    async def _lang(self, chat_id: str) -> str:
        stored = await self.service.store.load_conversation(ConversationKey(CHANNEL, chat_id))
        return stored.state.lang if stored is not None else "id"

    async def _send_groups(self, chat_id: str, groups: list[list[dict[str, Any]]], delivery: Delivery | None) -> None:
        """Send in order. Throttled beyond the retries: the rest goes to the outbox (a delivery)
        or is held for her next message (loose payloads); never dropped."""
        phone_number_id, wa_id = split_chat_id(chat_id)
        sent: list[tuple[str, dict[str, Any]]] = []
        try:
            for index, group in enumerate(groups):
                for part, payload in enumerate(group):
                    try:
                        sent.append((await self._send_one(phone_number_id, wa_id, payload), payload))
                    except WindowClosed:
                        # Meta says the window closed (its clock and ours differ by a little)
                        rest = group[part:] + [p for g in groups[index + 1 :] for p in g]
                        await self._hold_and_tell(chat_id, rest, closed=True)
                        return
                    except Throttled:
                        log.warning("reply kept for later", extra={"channel": CHANNEL, "count": len(groups) - index})
                        if delivery is not None and self.keep is not None:
                            await self.keep(chat_id, Delivery(delivery.replies[index:], None, delivery.discreet))
                        else:
                            rest = [p for g in groups[index:] for p in g if p.get("type") != "template"]
                            if len(rest) < sum(len(g) for g in groups[index:]):
                                # the news waits for her all the same; she is told when she next writes
                                metrics.ERRORS.labels("whatsapp_template_unsent").inc()
                            if rest:
                                await self.state.hold(self.chat_hash(chat_id), rest)
                        return
                    except SendFailed as exc:
                        metrics.ERRORS.labels("whatsapp_refused").inc()
                        log.warning("reply refused", extra={"channel": CHANNEL, "error": str(exc.code)})
                        return
        finally:
            self.state.record_sent(self.chat_hash(chat_id), chat_id, sent, self.clock())

    async def _send_one(self, phone_number_id: str, wa_id: str, payload: dict[str, Any]) -> str:
        for attempt in range(self.settings.send_retries + 1):
            await self.limiter_for(phone_number_id).wait(wa_id)
            try:
                return await self.client.send(phone_number_id, {"recipient_type": "individual", "to": wa_id, **payload})
            except Throttled as exc:
                if attempt == self.settings.send_retries:
                    raise
                metrics.SEND_RETRIES.inc()
                log.info("whatsapp asked to wait", extra={"error": str(exc.code), "attempt": attempt + 1})
                await asyncio.sleep(min(self.retry_base * 2**attempt, 60.0))
        raise Throttled(None)

    # ------------------------------------------------------------------ receipts
    async def on_status(self, status: Status) -> None:
        code = status.error_codes[0] if status.error_codes else None
        failed = await self.state.status(status.message_id, status.status, code, self.clock())
        if failed is None:
            if status.status == "failed":  # not ours to send again (or its body is gone): say so
                metrics.ERRORS.labels("whatsapp_undelivered").inc()
                log.warning("message not delivered", extra={"channel": CHANNEL, "error": str(code)})
            return
        if code in THROTTLE_CODES and failed.attempts < self.settings.send_retries:
            await self._send_groups(failed.chat_id, [[failed.payload]], None)
            return
        if code == WINDOW_CLOSED:
            await self._hold_and_tell(failed.chat_id, [failed.payload], closed=True)
            return
        metrics.ERRORS.labels("whatsapp_undelivered").inc()
        log.warning("message not delivered", extra={"channel": CHANNEL, "error": str(code), "status": status.status})


__all__ = ["READ_HELD", "WhatsAppChannel"]
