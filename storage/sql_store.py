"""SqlStore: the storage contract over SQLAlchemy 2 (async Core), for SQLite and PostgreSQL.

The hot path is one turn: load the conversation (from a small write-through cache on the
single-process path), then ``commit_turn``. Commits go through a group-commit writer: every turn
submitted while the previous transaction was running is applied in the next one, with a handful of
executemany statements, and each caller's ``await`` returns once its own turn is durable. The
marks that a turn's replies went out ride in the same transactions (one writer, one queue). A batch
that fails (a version conflict from another process, a duplicate case number, a redelivered
update) is retried item by item so one bad turn never sinks the others.

Correctness across processes does not rest on the cache: every conversation update says
``WHERE version = expected``; zero rows is a ConflictError, and the service reloads and steps again.
"""

from __future__ import annotations

import asyncio
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    select,
)

from flows.types import (
    ConversationKey,
    ConversationState,
)
from storage import migrate
from storage.api import (
    StoredConversation,
)
from storage.crypto import (
    KeyRing,
    decrypt_json,
    state_aad,
)
from storage.deadlines import Deadlines
from storage.models import processed_updates as processed
from storage.read_batch import ReadBatcher
from storage.sa_async import AsyncEngine
from storage.statement_sizes import padded
from storage.store_commit import CommitMixin
from storage.store_files import FilesMixin
from storage.store_helpers import (
    _close_quietly,
    _drain_and_stop,
    is_outage,
    stored_update_key,
)
from storage.store_parts import (
    OUTAGE_SECONDS,
    SELECT_CONVERSATIONS,
    ChatInfo,
    ChatLock,
    StatusLimits,
    aware,
)
from storage.store_status import StatusMixin

__all__ = ["ChatInfo", "ChatLock", "SqlStore", "StatusLimits", "aware", "is_outage", "stored_update_key"]


#: a held file, released when she asks to read, goes after the turn's replies that name it
FILE_AFTER_REPLIES = timedelta(seconds=5)


class SqlStore(CommitMixin, StatusMixin, FilesMixin):
    """The store: its life and the read path here; the group-commit write path
    (storage/store_commit.py), cases, status checks, the outbox and files in the mixins it is made
    of (storage/store_*.py)."""

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
        super().__init__(
            engine,
            keyring,
            limits=limits,
            data_dir=data_dir,
            outage_seconds=outage_seconds,
            routing=routing,
            deadlines=deadlines,
        )
        #: conversations not in memory, read many at once (a crowd's first turns share a query)
        self._reads: ReadBatcher[str, Any] = ReadBatcher(self._read_conversations)

    # ------------------------------------------------------------------ life
    async def start(self) -> None:
        await self._retry(lambda: migrate.upgrade(self.engine))
        if self._writer is None:
            self._writer = asyncio.create_task(self._write_loop(), name="group-commit")
        if self.data_dir is not None:
            await self.remove_orphan_files()

    async def close(self) -> None:
        # every submitted turn and mark is committed (or failed) first
        await _drain_and_stop(self._queue, self._writer)
        self._writer = None
        await self._reads.close()
        if self._writer_conn is not None:
            await _close_quietly(self._writer_conn)
            self._writer_conn = None
        await self.engine.dispose()

    async def release_held(self, key: ConversationKey, now: datetime) -> list[dict[str, str]]:
        """The mediators' messages held for this chat by the reporter's choice, handed over now
        (she asked to see them); the thread shows them delivered."""
        from storage.casework import held_messages, mark_released  # casework builds on this store

        found = await held_messages(self, self.chat_hash(key))
        if found:
            await mark_released(self, [m.event_id for m in found], now)
            for m in found:
                if m.file is not None:  # the file follows the message that names it
                    payload = {"case_number": m.case_number, "attachment_id": int(m.file["attachment_id"])}
                    payload.update(name=str(m.file.get("name", "")), mime=str(m.file.get("mime", "")))
                    await self.enqueue_outbox("reporter_file", payload, now, now + FILE_AFTER_REPLIES)
        return [{"case_number": m.case_number, "text": m.text} for m in found]

    # ------------------------------------------------------------------ reads
    async def load_conversation(self, key: ConversationKey) -> StoredConversation | None:
        chat = self.chat_hash(key)
        cached = self._cache.get(chat)
        if cached is not None:
            self._cache.move_to_end(chat)
            return cached
        row = await self._reads.get(chat)
        if row is None:
            return None
        info = self._remember_chat(chat, row.id, row.reporter_id, row.wrapped_key)
        if not row.state_enc:
            return StoredConversation(ConversationState(flow="menu", node=None), row.version)
        state = ConversationState.from_dict(decrypt_json(info.key, row.state_enc, state_aad(chat)))
        stored = StoredConversation(state, row.version)
        self._cache_put(chat, stored)
        return stored

    async def _read_conversations(self, chats: list[str]) -> dict[str, Any]:
        """The rows of the chats not in memory, read together (storage/read_batch.py)."""

        async def read() -> dict[str, Any]:
            async with self.engine.connect() as conn:
                return {row.chat_hash: row for row in await conn.execute(SELECT_CONVERSATIONS, {"hs": padded(chats)})}

        return await self._retry(read)

    async def was_processed(self, update_key: str) -> bool:
        keys = [self.stored_update_key(update_key), update_key]  # (and as releases before stored them)

        async def read() -> bool:
            async with self.engine.connect() as conn:
                found = await conn.execute(select(processed.c.update_key).where(processed.c.update_key.in_(keys)))
                return found.first() is not None

        return await self._retry(read)
