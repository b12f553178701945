"""What the WhatsApp channel keeps in the database beside the dialog: the window, the held
messages, whether discreet mode was explained, and the receipts of sent messages.

Keyed by the conversation's blind index (the same keyed hash storage uses): no phone number
here. Held messages and sent bodies are sealed with the master key ring, and a sent body is
dropped as soon as Meta reports the message delivered.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError

from storage.crypto import KeyRing
from storage.models import whatsapp_chats as chats
from storage.models import whatsapp_sent as sent
from storage.sa_async import AsyncEngine

log = logging.getLogger("pmi.whatsapp.state")
#: her last message's time is rewritten when it moved by more than this
REFRESH = timedelta(minutes=10)


@dataclass(frozen=True)
class ChatWindow:
    last_inbound_at: datetime | None
    has_held: bool
    discreet_told: bool


@dataclass(frozen=True)
class Failed:
    """A sent message Meta could not deliver, with what it was (to send again or hold)."""

    chat_id: str
    payload: dict[str, Any]
    code: int | None
    attempts: int


class ChannelState:
    def __init__(self, engine: AsyncEngine, keyring: KeyRing) -> None:
        self.engine = engine
        self.keyring = keyring
        self._pending: list[dict[str, Any]] = []
        #: one flush at a time; a receipt waits for the one under way (its row may be in it)
        self._flushing = asyncio.Lock()

    async def window(self, chat: str) -> ChatWindow:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(chats.c.last_inbound_at, chats.c.held_enc, chats.c.discreet_told).where(
                        chats.c.chat_hash == chat
                    )
                )
            ).first()
        if row is None:
            return ChatWindow(None, False, False)
        return ChatWindow(_aware(row.last_inbound_at), row.held_enc is not None, bool(row.discreet_told))

    async def inbound(self, chat: str, now: datetime) -> list[dict[str, Any]]:
        """She wrote: the window opens again. Returns (and forgets) what was held for her.

        The time is written only when it moved by more than ``REFRESH`` (a read otherwise): one
        write a turn would triple the commits a turn costs on SQLite, and a window thought to
        close ten minutes early only sends a template a little sooner."""
        for _ in range(2):
            async with self.engine.connect() as conn:
                row = (
                    await conn.execute(
                        select(chats.c.last_inbound_at, chats.c.held_enc).where(chats.c.chat_hash == chat)
                    )
                ).first()
            last = _aware(row.last_inbound_at) if row is not None else None
            if row is not None and row.held_enc is None and last is not None and now - last < REFRESH:
                return []
            async with self.engine.begin() as conn:
                if row is None:
                    try:
                        await conn.execute(
                            insert(chats).values(chat_hash=chat, last_inbound_at=now, discreet_told=False)
                        )
                    except IntegrityError:
                        continue  # another worker made the row meanwhile: read it again
                    return []
                held = (await conn.execute(select(chats.c.held_enc).where(chats.c.chat_hash == chat))).scalar()
                await conn.execute(
                    update(chats).where(chats.c.chat_hash == chat).values(last_inbound_at=now, held_enc=None)
                )
            return list(self.keyring.open(held)) if held is not None else []
        return []

    async def hold(self, chat: str, payloads: list[dict[str, Any]]) -> None:
        """Keep delivery payloads until she writes (added to anything held before)."""
        for _ in range(2):
            async with self.engine.begin() as conn:
                row = (await conn.execute(select(chats.c.held_enc).where(chats.c.chat_hash == chat))).first()
                if row is None:
                    try:
                        await conn.execute(
                            insert(chats).values(
                                chat_hash=chat,
                                last_inbound_at=None,
                                discreet_told=False,
                                held_enc=self.keyring.seal(payloads),
                            )
                        )
                    except IntegrityError:
                        continue
                    return
                before = list(self.keyring.open(row.held_enc)) if row.held_enc is not None else []
                await conn.execute(
                    update(chats).where(chats.c.chat_hash == chat).values(held_enc=self.keyring.seal(before + payloads))
                )
                return

    async def told_discreet(self, chat: str) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(update(chats).where(chats.c.chat_hash == chat).values(discreet_told=True))

    def record_sent(self, chat: str, chat_id: str, items: list[tuple[str, dict[str, Any]]], now: datetime) -> None:
        """The wamids of what just went out, with the bodies to send again if Meta fails them.
        Buffered and written in batches (``flush``): a receipt rarely arrives within the batch's
        fraction of a second, and one not found is reported, not ignored."""
        for wamid, payload in items:
            self._pending.append(
                {
                    "wamid": wamid,
                    "chat_hash": chat,
                    "body_enc": self.keyring.seal({"chat_id": chat_id, "payload": payload}),
                    "status": "sent",
                    "attempts": 0,
                    "sent_at": now,
                    "updated_at": now,
                }
            )

    async def flush(self) -> None:
        """Write the buffered rows. They leave the buffer only once written: a database that is
        away keeps them for the next pass."""
        async with self._flushing:
            rows, self._pending = self._pending, []
            if not rows:
                return
            try:
                async with self.engine.begin() as conn:
                    await conn.execute(insert(sent), rows)
            except BaseException:
                self._pending = rows + self._pending
                raise

    async def run_flusher(self, every: float = 0.2) -> None:
        """Writes the buffered receipts until cancelled (then once more)."""
        try:
            while True:
                await asyncio.sleep(every)
                try:
                    await self.flush()
                except Exception as exc:  # the database is away: the rows wait for the next pass
                    log.warning("receipts not written yet", extra={"error": type(exc).__name__})
        finally:
            await self.flush()

    async def status(self, wamid: str, status: str, code: int | None, now: datetime) -> Failed | None:
        """Record a receipt. A failure returns the message to act on (once: its body goes)."""
        if self._flushing.locked() or any(row["wamid"] == wamid for row in self._pending):
            # its row may be buffered, or in a flush under way (out of the buffer, not yet
            # committed): found only once that is written
            await self.flush()
        async with self.engine.begin() as conn:
            row = (await conn.execute(select(sent.c.body_enc, sent.c.attempts).where(sent.c.wamid == wamid))).first()
            if row is None:
                return None  # not ours, or already settled
            if status in ("delivered", "read"):
                await conn.execute(
                    update(sent).where(sent.c.wamid == wamid).values(status=status, body_enc=None, updated_at=now)
                )
                return None
            if status != "failed":
                await conn.execute(update(sent).where(sent.c.wamid == wamid).values(status=status, updated_at=now))
                return None
            await conn.execute(
                update(sent)
                .where(sent.c.wamid == wamid)
                .values(status="failed", error_code=code, body_enc=None, updated_at=now)
            )
        if row.body_enc is None:
            return None
        body = self.keyring.open(row.body_enc)
        return Failed(str(body["chat_id"]), dict(body["payload"]), code, int(row.attempts))

    async def failed_count(self) -> int:
        from sqlalchemy import func

        async with self.engine.connect() as conn:
            return int((await conn.execute(select(func.count()).where(sent.c.status == "failed"))).scalar_one())


def _aware(value: datetime | None) -> datetime | None:
    from datetime import UTC

    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value
