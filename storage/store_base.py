"""What every part of the SQL store shares: its settings and caches (``__init__``), the blind
indexes of chats, the per-chat locks, the writer's transaction and riding out an outage."""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet
from sqlalchemy import (
    and_,
    select,
)

from flows.types import (
    ConversationKey,
)
from storage.api import (
    StorageError,
    StoredConversation,
)
from storage.crypto import (
    DataKey,
    KeyRing,
)
from storage.deadlines import Deadlines
from storage.files import attachment_ids_on_disk, remove_durably
from storage.hot_rows import hot_rows
from storage.memo import Memo
from storage.sa_async import AsyncConnection, AsyncEngine
from storage.store_helpers import (
    _close_quietly,
    is_outage,
    stored_update_key,
)
from storage.store_parts import (
    CACHE_SIZE,
    CHAT_HASHES,
    ORPHAN_AGE,
    OUTAGE_SECONDS,
    UPDATE_HASHES,
    ChatInfo,
    ChatLock,
    StatusLimits,
    Waiters,
    _Barrier,
    _Mark,
    _Pending,
    attachments,
    log,
)


class StoreBase:
    def __init__(
        self,
        engine: AsyncEngine,
        keyring: KeyRing,
        *,
        limits: StatusLimits | None = None,
        data_dir: str | None = None,
        outage_seconds: float = OUTAGE_SECONDS,
        routing: dict[str, str] | None = None,
        deadlines: Deadlines | None = None,
    ) -> None:
        self.engine = engine
        #: when a mediator owes an answer: set at filing and when the reporter writes
        self.deadlines = deadlines or Deadlines()
        self.outage_seconds = outage_seconds
        #: destination country (ISO) → office code; "default" for the rest
        self.routing = {"default": "pusat", **(routing or {})}
        self.keyring = keyring
        self.limits = limits or StatusLimits()
        self.data_dir = data_dir
        self.is_postgres = engine.dialect.name == "postgresql"
        self._rows = hot_rows(engine.dialect)
        #: blind indexes of chats: an HMAC per call is the same every time, so keep recent ones
        self._chat_hashes: Memo[ConversationKey, str] = Memo(self._blind_chat, CHAT_HASHES)
        #: update keys as stored: a turn's is needed again when its replies are marked sent
        self._update_hashes: Memo[str, str] = Memo(partial(stored_update_key, keyring), UPDATE_HASHES)
        #: office code → id: offices are never deleted; cleared when a transaction fails
        self._offices: dict[str, int] = {}
        #: turns to commit and sent marks to write, in the order they came
        self._queue: asyncio.Queue[_Pending | _Mark | _Barrier] = asyncio.Queue()
        self._writer: asyncio.Task[None] | None = None
        #: the writer's connection, kept between its transactions
        self._writer_conn: AsyncConnection | None = None
        #: the chats with a turn running or waiting, and how many: a chat's entry goes with its
        #: last turn, so memory holds only chats in flight
        self._locks: dict[ConversationKey, Waiters] = {}
        self._cache: OrderedDict[str, StoredConversation] = OrderedDict()
        self._chats: OrderedDict[str, ChatInfo] = OrderedDict()
        #: status-check tries of a turn being stepped, by chat: written with the turn
        self._attempts: dict[str, list[dict[str, Any]]] = {}
        #: chats whose last turn showed a code: (update key, version, state sealed with the code
        #: masked), written when the turn's replies are marked sent (_mask_sent_codes)
        self._masks: OrderedDict[str, tuple[str, int, bytes]] = OrderedDict()
        #: transactions committed by the writer, and turns in them (group commit is observable)
        self.transactions = 0
        self.turns_committed = 0

    async def remove_orphan_files(self, older_than: timedelta = ORPHAN_AGE) -> int:
        """Evidence files no row points to (an erasure that crashed before removing them, a
        write that crashed halfway), once they are ``older_than`` (a write in flight is younger)."""
        folder = Path(self.data_dir or "data") / "attachments"
        on_disk = await asyncio.to_thread(attachment_ids_on_disk, folder, older_than)
        if not on_disk:
            return 0
        async with self.engine.connect() as conn:
            kept = set(
                (
                    await conn.execute(
                        select(attachments.c.id).where(
                            and_(attachments.c.id.in_([i for i in on_disk if i >= 0]), attachments.c.path.is_not(None))
                        )
                    )
                ).scalars()
            )
        return await asyncio.to_thread(remove_durably, [p for i, p in on_disk.items() if i not in kept])

    # ------------------------------------------------------------------ keys and hashes
    def chat_hash(self, key: ConversationKey) -> str:
        return self._chat_hashes(key)

    def _blind_chat(self, key: ConversationKey) -> str:
        return self.keyring.blind_index(f"chat:{key.channel}:{key.chat_id}")

    def user_hash(self, channel: str, user_id: str) -> str:
        return self.keyring.blind_index(f"user:{channel}:{user_id}")

    def _status_scope(self, key: ConversationKey) -> str:
        return self.keyring.blind_index(f"status-chat:{key}")

    def chat_lock(self, key: ConversationKey) -> ChatLock:
        """One turn of a chat at a time in this process. Across processes the version check
        (and on PostgreSQL the row update's lock) keeps turns from overwriting each other."""
        return ChatLock(self._locks, key)

    @asynccontextmanager
    async def _write_transaction(self) -> AsyncIterator[AsyncConnection]:
        """A transaction of the writer, on its own connection.

        The writer keeps its connection between batches: through the pool every batch paid a
        checkout and a rollback-on-return trip after its commit. A transaction that fails drops
        the connection (it may be broken: the database restarted), and the next opens another.
        There is one writer, for turns and sent marks alike: with a writer of each, SQLite's
        one write lock made them wait for each other, and each mark batch paid a commit (an
        fsync) of its own."""
        conn = self._writer_conn or await self.engine.connect()
        self._writer_conn = None
        try:
            async with conn.begin():
                yield conn
        except BaseException:
            await _close_quietly(conn)
            raise
        self._writer_conn = conn

    # ------------------------------------------------------------------ outages
    async def _retry(self, action: Any) -> Any:
        """Ride out a short outage (connection refused or lost, database locked); then fail
        loudly. Any other error (a conflict, data the database refuses) is raised at once: the
        caller isolates the turn it belongs to."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.outage_seconds
        delay = 0.05
        while True:
            try:
                return await action()
            except Exception as exc:
                if not is_outage(exc):
                    raise
                if loop.time() > deadline:
                    log.error("storage unavailable", extra={"error": type(exc).__name__})
                    raise StorageError(type(exc).__name__) from None
                log.warning("storage retry", extra={"error": type(exc).__name__})
                await asyncio.sleep(delay)
                delay = min(delay * 2, 1.0)

    # ------------------------------------------------------------------ the chats this process knows
    def _remember_chat(
        self, chat: str, conversation_id: int | None, reporter_id: int, wrapped: bytes | None
    ) -> ChatInfo:
        key = self.keyring.unwrap(wrapped) if wrapped else DataKey(Fernet.generate_key())
        return self._keep_chat(chat, ChatInfo(conversation_id, reporter_id, key))

    def _keep_chat(self, chat: str, info: ChatInfo) -> ChatInfo:
        self._chats[chat] = info
        if len(self._chats) > CACHE_SIZE:
            self._chats.popitem(last=False)
        return info

    def _cache_put(self, chat: str, stored: StoredConversation) -> None:
        self._cache[chat] = stored
        self._cache.move_to_end(chat)
        if len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    def stored_update_key(self, update_key: str) -> str:
        """How an update key is stored (processed_updates, conversations.sent_key): a keyed hash.
        A channel's key names the chat ("telegram:<chat id>:<message id>"): kept as it comes, it
        would tie every chat's blind index to its Telegram id, and outlive an erasure."""
        return self._update_hashes(update_key)
