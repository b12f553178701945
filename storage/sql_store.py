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
import logging
import sqlite3
from collections import OrderedDict, deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple, cast

from cryptography.fernet import Fernet
from sqlalchemy import (
    Boolean,
    DateTime,
    String,
    Table,
    and_,
    bindparam,
    case,
    delete,
    func,
    insert,
    literal_column,
    null,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, InterfaceError, OperationalError, ProgrammingError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from flows import codes
from flows.types import (
    Awaiting,
    CaseMessage,
    ConversationKey,
    ConversationState,
    EraseReporterData,
    FileCase,
    NewFamilyCode,
    NotifyMediators,
    Option,
    RecordConsent,
    Reply,
    UpdateCase,
)
from storage import migrate
from storage.api import (
    CaseNumberTaken,
    CaseStatus,
    CommitResult,
    ConflictError,
    OutboxItem,
    StatusAnswer,
    StorageError,
    StoredConversation,
    TurnRejected,
    TurnWrite,
    UnsentTurn,
)
from storage.crypto import (
    DataKey,
    KeyRing,
    decrypt_json,
    encrypt_json,
    is_legacy_code_hash,
    seal_state,
    state_aad,
)
from storage.deadlines import Deadlines
from storage.erasure import Erasure, erase
from storage.files import attachment_ids_on_disk, remove_durably, write_durably
from storage.hot_rows import ConversationRow, HotRows, RowTaken, hot_rows
from storage.models import (
    Attachment,
    Case,
    CaseEvent,
    CaseSearch,
    ConsentRecord,
    Conversation,
    Office,
    Outbox,
    ProcessedUpdate,
    Reporter,
    StatusAttempt,
)
from storage.outbox_seal import DELIVERED, NOBODY, Owner, find_owner, open_payload, row_values
from storage.read_batch import ReadBatcher
from storage.search_index import case_digests

log = logging.getLogger("pmi.storage")

#: the most turns one transaction carries
BATCH_MAX = 512
#: how many conversations the write-through cache keeps (bounded: memory per open chat stays small)
CACHE_SIZE = 20_000
#: how long a database outage is ridden out before a turn fails with StorageError
OUTAGE_SECONDS = 15.0
#: an evidence file no row points to is removed once older than this (a write in flight is younger)
ORPHAN_AGE = timedelta(minutes=10)

conv = cast(Table, Conversation.__table__)
reporters = cast(Table, Reporter.__table__)
cases = cast(Table, Case.__table__)
events = cast(Table, CaseEvent.__table__)
outbox = cast(Table, Outbox.__table__)
processed = cast(Table, ProcessedUpdate.__table__)
consents = cast(Table, ConsentRecord.__table__)
attachments = cast(Table, Attachment.__table__)
attempts = cast(Table, StatusAttempt.__table__)
offices = cast(Table, Office.__table__)
case_search = cast(Table, CaseSearch.__table__)

# Prebuilt statements for the write path: built and compiled once, then executed with plain
# parameter dicts. A statement built per row costs a cache-key walk and a compile-cache lookup
# per row; these cost neither. The rows every turn writes go through storage/hot_rows.py.
SELECT_CHATS = (
    select(conv.c.id, conv.c.chat_hash, conv.c.reporter_id, reporters.c.wrapped_key)
    .join(reporters, reporters.c.id == conv.c.reporter_id)
    .where(conv.c.chat_hash.in_(bindparam("hs", expanding=True)))
)
#: the same chats with their state, for turns that find them not in memory (storage/read_batch.py)
SELECT_CONVERSATIONS = SELECT_CHATS.add_columns(conv.c.state_enc, conv.c.version)
SELECT_WRAPPED = select(reporters.c.id, reporters.c.wrapped_key).where(
    reporters.c.id.in_(bindparam("ids", expanding=True))
)
SELECT_REPORTERS = select(reporters.c.id, reporters.c.user_hash, reporters.c.wrapped_key).where(
    reporters.c.user_hash.in_(bindparam("us", expanding=True))
)
INSERT_REPORTER = insert(reporters).returning(reporters.c.id, reporters.c.user_hash)
SET_WRAPPED_KEY = update(reporters).where(reporters.c.id == bindparam("rid")).values(wrapped_key=bindparam("w"))
INSERT_CONVERSATION = insert(conv).returning(conv.c.id, conv.c.chat_hash)
INSERT_EVENT = insert(events)
INSERT_CASE = insert(cases).returning(cases.c.id)
#: a batch's new cases in one statement: the number tells which id is whose
INSERT_CASES = insert(cases).returning(cases.c.id, cases.c.number)
INSERT_ATTACHMENT = insert(attachments).returning(attachments.c.id)
INSERT_OUTBOX = insert(outbox).returning(outbox.c.id)
INSERT_OUTBOX_ROWS = insert(outbox)
INSERT_ATTEMPT = insert(attempts)
#: a sent turn's state again, with the codes in its kept replies masked (see _mask_sent_codes)
MASK_SENT_STATE = (
    update(conv)
    .where(and_(conv.c.chat_hash == bindparam("h"), conv.c.version == bindparam("v")))
    .values(state_enc=bindparam("s"))
)
SELECT_OWN_CASE = select(cases.c.id).where(
    and_(cases.c.number == bindparam("number"), cases.c.reporter_id == bindparam("rid"))
)
TOUCH_CASE = update(cases).where(cases.c.id == bindparam("cid")).values(updated_at=bindparam("u"))
#: the reporter wrote on her case: unread until a mediator opens the thread, and an answer is owed
#: (an earlier deadline still running stays: her second message does not push it back)
REPORTER_WROTE = (
    update(cases)
    .where(cases.c.id == bindparam("cid"))
    .values(
        updated_at=bindparam("u"),
        unread_since=func.coalesce(cases.c.unread_since, bindparam("u")),
        due_at=case(
            # literals, not binds: the hot path binds only the row's own values
            (cases.c.status.in_([literal_column("'selesai'"), literal_column("'ditutup'")]), null()),
            else_=func.coalesce(cases.c.due_at, bindparam("due")),
        ),
    )
)
INSERT_SEARCH = insert(case_search)
SET_FAMILY_HASH = (
    update(cases)
    .where(and_(cases.c.number == bindparam("num"), cases.c.chat_hash == bindparam("h")))
    .values(family_hash=bindparam("fh"), updated_at=bindparam("u"))
)
_given = bindparam("given", type_=Boolean)
_at = bindparam("at", type_=DateTime(timezone=True))
#: one statement for consent given and withdrawn, so a batch of both keeps their order
SET_CONSENT = (
    update(reporters)
    .where(reporters.c.id == bindparam("rid"))
    .values(
        consent_version=case((_given, bindparam("version", type_=String)), else_=reporters.c.consent_version),
        consent_at=case((_given, _at), else_=reporters.c.consent_at),
        consent_withdrawn_at=case((_given, reporters.c.consent_withdrawn_at), else_=_at),
    )
)
INSERT_CONSENT = insert(consents)
SELECT_OFFICE = select(offices.c.id).where(offices.c.code == bindparam("code"))
INSERT_OFFICE = insert(offices).returning(offices.c.id)


def aware(value: datetime | None) -> datetime | None:
    """SQLite hands timestamps back without a zone: they were written in UTC."""
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


@dataclass
class ChatInfo:
    """What the process knows of a chat: its ids and the reporter's (unwrapped) data key."""

    conversation_id: int | None
    reporter_id: int
    key: DataKey


@dataclass
class _Pending:
    write: TurnWrite
    future: asyncio.Future[CommitResult]
    hashes: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: status-check tries this turn made: written in its transaction (see check_status)
    attempts: list[dict[str, Any]] = field(default_factory=list)


class _Mark(NamedTuple):
    """A turn's replies went out: its chat's ``sent_key`` becomes the turn's update key."""

    chat: str
    update_key: str


class _Barrier(NamedTuple):
    """Resolved once everything queued before it is written (or failed)."""

    future: asyncio.Future[None]


class _Deferred:
    """Rows a transaction writes without needing anything back (events, outbox rows, consent
    records), gathered per statement and written with one executemany each: a batch of turns
    then costs a few round trips, not a few per turn. Only inserts, and updates of rows that no
    later statement of the transaction reads, are deferred; an effect that rewrites those tables
    (erasure, a family code) flushes them first, so the outcome is that of the turn order."""

    def __init__(self) -> None:
        self.rows: dict[Any, list[dict[str, Any]]] = {}
        #: evidence files an erasure removes once the transaction committed
        self.files: list[str] = []
        #: an erasure is in this transaction (see _after_erasure)
        self.erased = False

    def add(self, statement: Any, params: dict[str, Any]) -> None:
        self.rows.setdefault(statement, []).append(params)

    async def flush(self, conn: AsyncConnection, hot: HotRows) -> None:
        rows, self.rows = self.rows, {}
        for statement, params in rows.items():
            await hot.executemany(conn, statement, params)


class ChatLock:
    """The lock of one chat, made when a turn needs it and dropped with the last turn holding
    or awaiting it. An uncontended turn (the normal case: Telegram sends a chat's updates one
    at a time) costs a dictionary entry, no lock object; waiters are woken first come, first
    served, each handed the lock by the turn before it."""

    __slots__ = ("_key", "_locks")

    def __init__(self, locks: dict[ConversationKey, deque[asyncio.Future[None]]], key: ConversationKey) -> None:
        self._locks = locks
        self._key = key

    async def __aenter__(self) -> None:
        waiters = self._locks.get(self._key)
        if waiters is None:
            self._locks[self._key] = deque()
            return
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        waiters.append(turn)
        try:
            await turn
        except BaseException:
            if turn.done() and not turn.cancelled():
                self._release()  # handed the lock, then cancelled: hand it on
            elif turn in waiters:
                waiters.remove(turn)
            raise

    async def __aexit__(self, *_exc: object) -> None:
        self._release()

    def _release(self) -> None:
        waiters = self._locks[self._key]
        while waiters:
            turn = waiters.popleft()
            if not turn.done():
                turn.set_result(None)
                return
        del self._locks[self._key]


@dataclass(frozen=True)
class StatusLimits:
    max_tries: int = 5
    window: timedelta = timedelta(minutes=15)


class SqlStore:
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
        self._chat_hashes = lru_cache(maxsize=CACHE_SIZE)(self._blind_chat)
        #: office code → id: offices are never deleted; cleared when a transaction fails
        self._offices: dict[str, int] = {}
        #: turns to commit and sent marks to write, in the order they came
        self._queue: asyncio.Queue[_Pending | _Mark | _Barrier] = asyncio.Queue()
        self._writer: asyncio.Task[None] | None = None
        #: the writer's connection, kept between its transactions
        self._writer_conn: AsyncConnection | None = None
        #: the chats with a turn running or waiting, and how many: a chat's entry goes with its
        #: last turn, so memory holds only chats in flight
        self._locks: dict[ConversationKey, deque[asyncio.Future[None]]] = {}
        self._cache: OrderedDict[str, StoredConversation] = OrderedDict()
        #: conversations not in memory, read many at once (a crowd's first turns share a query)
        self._reads: ReadBatcher[str, Any] = ReadBatcher(self._read_conversations)
        self._chats: OrderedDict[str, ChatInfo] = OrderedDict()
        #: status-check tries of a turn being stepped, by chat: written with the turn
        self._attempts: dict[str, list[dict[str, Any]]] = {}
        #: chats whose last turn showed a code: (update key, version, state sealed with the code
        #: masked), written when the turn's replies are marked sent (_mask_sent_codes)
        self._masks: OrderedDict[str, tuple[str, int, bytes]] = OrderedDict()
        #: transactions committed by the writer, and turns in them (group commit is observable)
        self.transactions = 0
        self.turns_committed = 0

    # ------------------------------------------------------------------ life
    async def start(self) -> None:
        await self._retry(lambda: migrate.upgrade(self.engine))
        if self._writer is None:
            self._writer = asyncio.create_task(self._write_loop(), name="group-commit")
        if self.data_dir is not None:
            await self.remove_orphan_files()

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

    async def close(self) -> None:
        # every submitted turn and mark is committed (or failed) first
        await _drain_and_stop(self._queue, self._writer)
        self._writer = None
        await self._reads.close()
        if self._writer_conn is not None:
            await _close_quietly(self._writer_conn)
            self._writer_conn = None
        await self.engine.dispose()

    # ------------------------------------------------------------------ keys and hashes
    async def release_held(self, key: ConversationKey, now: datetime) -> list[dict[str, str]]:
        """The mediators' messages held for this chat by the reporter's choice, handed over now
        (she asked to see them); the thread shows them delivered."""
        from storage.casework import held_messages, mark_released  # casework builds on this store

        found = await held_messages(self, self.chat_hash(key))
        if found:
            await mark_released(self, [m.event_id for m in found], now)
        return [{"case_number": m.case_number, "text": m.text} for m in found]

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
                return {row.chat_hash: row for row in await conn.execute(SELECT_CONVERSATIONS, {"hs": chats})}

        return await self._retry(read)

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
        return stored_update_key(self.keyring, update_key)

    async def was_processed(self, update_key: str) -> bool:
        keys = [self.stored_update_key(update_key), update_key]  # (and as releases before stored them)

        async def read() -> bool:
            async with self.engine.connect() as conn:
                found = await conn.execute(select(processed.c.update_key).where(processed.c.update_key.in_(keys)))
                return found.first() is not None

        return await self._retry(read)

    # ------------------------------------------------------------------ the write path
    async def commit_turn(self, write: TurnWrite) -> CommitResult:
        pending = _Pending(write, asyncio.get_running_loop().create_future())
        if write.effects and any(isinstance(e, FileCase | NewFamilyCode) for e in write.effects):
            pending.hashes = code_hashes(self.keyring, write.effects)
        if self._attempts:
            pending.attempts = self._attempts.pop(self.chat_hash(write.key), [])
        if self._writer is None:
            raise StorageError("the store is not started")
        self._queue.put_nowait(pending)
        return await pending.future

    async def _write_loop(self) -> None:
        while True:
            items = [await self._queue.get()]
            while not self._queue.empty() and len(items) < BATCH_MAX:
                items.append(self._queue.get_nowait())
            turns = [i for i in items if isinstance(i, _Pending)]
            marks = [i for i in items if isinstance(i, _Mark)]
            try:
                if turns or marks:
                    await self._commit_batch(turns, marks)
            except Exception as exc:  # the writer must never die: fail the callers instead
                for turn in turns:
                    if not turn.future.done():
                        turn.future.set_exception(StorageError(type(exc).__name__))
                _settle(marks, exc)
            finally:
                for item in items:
                    if isinstance(item, _Barrier) and not item.future.done():
                        item.future.set_result(None)
                    self._queue.task_done()

    # ------------------------------------------------------------------ sent marks
    async def mark_sent(self, key: ConversationKey, update_key: str) -> None:
        """Queued, not awaited: waiting for the mark's commit held every chat for a second
        transaction per turn, and nothing needs it durable sooner (see Store.mark_sent)."""
        if self._writer is None:
            raise StorageError("the store is not started")
        self._queue.put_nowait(_Mark(self.chat_hash(key), update_key))

    async def drain(self) -> None:
        await self._queue.join()

    async def flush(self) -> None:
        """Wait until every turn and mark queued before this call is written (or failed). Unlike
        ``drain`` it does not wait for what is queued after it, so it returns under load too."""
        if self._writer is None:
            raise StorageError("the store is not started")
        barrier = _Barrier(asyncio.get_running_loop().create_future())
        self._queue.put_nowait(barrier)
        await barrier.future

    async def unsent_turn(self, key: ConversationKey, update_key: str) -> UnsentTurn | None:
        async def read() -> Any:
            async with self.engine.connect() as conn:
                query = (
                    select(conv.c.state_enc, conv.c.sent_key, reporters.c.wrapped_key)
                    .join(reporters, reporters.c.id == conv.c.reporter_id)
                    .where(conv.c.chat_hash == self.chat_hash(key))
                )
                return (await conn.execute(query)).first()

        row = await self._retry(read)
        sent = row.sent_key if row is not None else None
        if (
            row is None
            or row.state_enc is None
            or row.wrapped_key is None
            or sent
            in (
                self.stored_update_key(update_key),
                update_key,
            )
        ):
            return None
        data = decrypt_json(self.keyring.unwrap(row.wrapped_key), row.state_enc, state_aad(self.chat_hash(key)))
        last = data.get(LAST_TURN)
        if not isinstance(last, dict) or last.get("key") != update_key:
            return None  # the chat moved on since: those replies are not the current ones
        return unsent_from(last, bool(data.get("discreet", False)))

    async def _commit_batch(self, batch: list[_Pending], marks: list[_Mark]) -> None:
        """The batch in one transaction; if it fails for any reason but an outage, each turn
        alone, so that one turn the database refuses (a version conflict, a duplicate case
        number, data it cannot store) fails alone and the others commit."""
        if len(batch) > 1 or (batch and marks):
            try:
                results = await self._retry(lambda: self._apply(batch, marks))
            except (ConflictError, CaseNumberTaken):
                results = None
            except StorageError as exc:  # an outage that outlasted the patience: every turn waits for it
                for item in batch:
                    item.future.set_exception(exc)
                _settle(marks, exc)
                return
            except Exception as exc:
                log.info("batch split to isolate a turn", extra={"turns": len(batch), "error": type(exc).__name__})
                results = None
            if results is not None:
                self._resolve(batch, results)
                return
        if marks:  # the marks alone, then the turns one at a time: isolate the one that cannot commit
            try:
                await self._retry(lambda: self._apply([], marks))
            except Exception as exc:
                _settle(marks, exc)
        for n, item in enumerate(batch):
            try:
                result = await self._retry(lambda item=item: self._apply([item], []))
            except IntegrityError as exc:
                error: Exception = (
                    CaseNumberTaken()
                    if "cases" in str(exc.orig) or "number" in str(exc.orig)
                    else ConflictError("conversation changed")
                )
                self._forget(item.write.key)
                item.future.set_exception(error)
            except (ConflictError, CaseNumberTaken, StorageError) as exc:
                self._forget(item.write.key)
                item.future.set_exception(exc)
            except Exception as exc:
                self._forget(item.write.key)
                if not await self._reachable():  # not this turn's data after all: the database went
                    down = StorageError(type(exc).__name__)
                    for rest in batch[n:]:
                        rest.future.set_exception(down)
                    return
                # no personal data: the error's class and the channel, never its message (it
                # quotes the values) nor the chat
                log.error(
                    "turn rejected: the database refused its data",
                    extra={"error": type(exc).__name__, "channel": item.write.key.channel},
                )
                item.future.set_exception(TurnRejected(type(exc).__name__))
            else:
                self._resolve([item], result)

    async def _reachable(self) -> bool:
        """Whether the database answers at all (tells a turn's bad data from an outage)."""
        try:
            async with asyncio.timeout(5):
                async with self.engine.connect() as conn:
                    await conn.execute(text("SELECT 1"))
        except Exception:
            return False
        return True

    def _resolve(self, batch: list[_Pending], results: list[CommitResult]) -> None:
        for item, result in zip(batch, results, strict=True):
            if not result.duplicate:
                chat = self.chat_hash(item.write.key)
                if item.write.effects and any(isinstance(e, EraseReporterData) for e in item.write.effects):
                    self._chats.pop(chat, None)
                if item.hashes:
                    self._remember_codes(chat, item.write, result.version)
                self._cache_put(chat, StoredConversation(item.write.state, result.version))
            if not item.future.done():
                item.future.set_result(result)

    def _remember_codes(self, chat: str, w: TurnWrite, version: int) -> None:
        """This turn showed an access or family code: once its replies are sent, the copy kept
        for a redelivery (the state's last turn) is sealed again with the code masked."""
        info = self._chats.get(chat)
        shown = shown_codes(w.effects)
        if info is None or not shown:
            return
        masked = {**w.state.to_dict(), LAST_TURN: mask_codes(last_turn(w), shown)}
        self._masks[chat] = (w.update_key, version, seal_state(info.key, masked, state_aad(chat)))
        self._masks.move_to_end(chat)
        if len(self._masks) > CACHE_SIZE:
            self._masks.popitem(last=False)

    async def _mask_sent_codes(self, conn: AsyncConnection, sent: dict[str, str]) -> None:
        """The kept replies of sent turns that showed a code, masked (unless the chat moved on)."""
        if not self._masks:
            return
        rows: list[dict[str, Any]] = []
        for chat, update_key in sent.items():
            kept = self._masks.get(chat)
            if kept is not None and kept[0] == update_key:
                rows.append({"h": chat, "v": kept[1], "s": kept[2]})
        if rows:
            await conn.execute(MASK_SENT_STATE, rows)
            for row in rows:
                self._masks.pop(str(row["h"]), None)

    def _forget(self, key: ConversationKey) -> None:
        chat = self.chat_hash(key)
        self._cache.pop(chat, None)
        self._chats.pop(chat, None)

    async def _apply(self, batch: list[_Pending], marks: list[_Mark]) -> list[CommitResult]:
        """One transaction for the whole batch. Raises on any conflict: the caller splits it."""
        try:
            return await self._apply_once(batch, marks)
        except BaseException:
            for p in batch:  # ids learnt inside a rolled-back transaction are not real
                self._chats.pop(self.chat_hash(p.write.key), None)
            self._offices.clear()
            raise

    async def _apply_once(self, batch: list[_Pending], marks: list[_Mark]) -> list[CommitResult]:
        keys = [self.stored_update_key(p.write.update_key) for p in batch]
        if len(set(keys)) != len(keys):
            raise ConflictError("the same update twice in one batch")
        deferred = _Deferred()
        async with self._write_transaction() as conn:
            if marks:
                # a mark is for a turn committed before it was queued: last one per chat wins
                latest = {m.chat: m.update_key for m in marks}
                sent = [(chat, self.stored_update_key(key)) for chat, key in latest.items()]
                await self._rows.set_sent_keys(conn, sent)
                await self._mask_sent_codes(conn, latest)
            new = (
                await self._rows.insert_processed(conn, [(k, p.write.now) for k, p in zip(keys, batch, strict=True)])
                if batch
                else set()
            )
            live = [p for k, p in zip(keys, batch, strict=True) if k in new]
            if live:
                now = batch[0].write.now
                infos = await self._chat_infos(conn, [p.write for p in live])
                await self._write_conversations(conn, live, infos, now)
                case_ids = await self._insert_cases(conn, live, infos)
                for p, info in zip(live, infos, strict=True):
                    if p.write.effects:
                        await self._apply_effects(conn, p, info, deferred, case_ids)
                    for attempt in p.attempts:
                        deferred.add(INSERT_ATTEMPT, attempt)
                await deferred.flush(conn, self._rows)
            if batch:
                self.transactions += 1
                self.turns_committed += len(live)
        if deferred.erased:
            await self._after_erasure(deferred.files)
        results = []
        for k, p in zip(keys, batch, strict=True):
            if k not in new:
                results.append(CommitResult(duplicate=True, version=p.write.expected_version or 0))
            else:
                effects = p.write.effects
                filed = tuple(e.number for e in effects if isinstance(e, FileCase)) if effects else ()
                results.append(CommitResult(False, (p.write.expected_version or 0) + 1, filed))
        return results

    async def _chat_infos(self, conn: AsyncConnection, writes: list[TurnWrite]) -> list[ChatInfo]:
        """Each turn's chat: from memory, else looked up for the whole batch at once (a few
        statements however many chats are new, not a few per chat)."""
        chats = [self.chat_hash(w.key) for w in writes]
        infos = {chat: self._chats.get(chat) for chat in chats}
        unknown = {chat: w for chat, w in zip(chats, writes, strict=True) if infos[chat] is None}
        if unknown:
            infos.update(await self._learn_chats(conn, unknown))
        return [cast(ChatInfo, infos[chat]) for chat in chats]

    async def _learn_chats(self, conn: AsyncConnection, unknown: dict[str, TurnWrite]) -> dict[str, ChatInfo]:
        learnt = {
            row.chat_hash: self._remember_chat(row.chat_hash, row.id, row.reporter_id, row.wrapped_key)
            for row in await conn.execute(SELECT_CHATS, {"hs": list(unknown)})
        }
        fresh = {chat: w for chat, w in unknown.items() if chat not in learnt}
        if not fresh:
            return learnt
        users = {chat: self.user_hash(w.key.channel, w.user_id or w.key.chat_id) for chat, w in fresh.items()}
        reporters = await self._reporters(conn, fresh, users)
        for chat in fresh:
            reporter_id, key = reporters[users[chat]]
            learnt[chat] = self._keep_chat(chat, ChatInfo(None, reporter_id, key))
        return learnt

    async def _reporters(
        self, conn: AsyncConnection, fresh: dict[str, TurnWrite], users: dict[str, str]
    ) -> dict[str, tuple[int, DataKey]]:
        """user hash → (reporter id, data key) for the new chats: found, or made (one per user
        even when two new chats of one user share the batch)."""
        found = {r.user_hash: r for r in await conn.execute(SELECT_REPORTERS, {"us": list(set(users.values()))})}
        known: dict[str, tuple[int, DataKey]] = {}
        made: dict[str, DataKey] = {}
        inserts = []
        for chat, w in fresh.items():
            user = users[chat]
            if user in known or user in made:
                continue
            row = found.get(user)
            if row is not None and row.wrapped_key is not None:
                known[user] = (row.id, self.keyring.unwrap(row.wrapped_key))
                continue
            key, wrapped = self.keyring.new_data_key()
            if row is not None:
                await conn.execute(SET_WRAPPED_KEY, {"rid": row.id, "w": wrapped})
                known[user] = (row.id, key)
                continue
            made[user] = key
            inserts.append(
                {
                    "channel": w.key.channel,
                    "user_hash": user,
                    "wrapped_key": wrapped,
                    "lang": w.state.lang,
                    "created_at": w.now,
                }
            )
        if inserts:
            for row in await conn.execute(INSERT_REPORTER, inserts):
                known[row.user_hash] = (row.id, made[row.user_hash])
        return known

    async def _write_conversations(
        self, conn: AsyncConnection, live: list[_Pending], infos: list[ChatInfo], now: datetime
    ) -> None:
        """The batch's conversation rows: one insert for the new chats, one versioned update for
        the rest; any row whose version moved on fails the whole batch (ConflictError)."""
        inserts: list[dict[str, Any]] = []
        created: dict[str, ChatInfo] = {}
        updates: list[ConversationRow] = []
        for p, info in zip(live, infos, strict=True):
            w = p.write
            chat = self.chat_hash(w.key)
            state_enc = seal_state(info.key, {**w.state.to_dict(), LAST_TURN: last_turn(w)}, state_aad(chat))
            if w.expected_version is not None:
                updates.append((chat, w.expected_version, state_enc, w.state.flow, w.state.node, w.now))
                continue
            if info.conversation_id is not None or chat in created:
                raise ConflictError("conversation exists")
            created[chat] = info
            inserts.append(
                {
                    "chat_hash": chat,
                    "channel": w.key.channel,
                    "chat_id_enc": info.key.encrypt(w.key.chat_id.encode()),
                    "reporter_id": info.reporter_id,
                    "state_enc": state_enc,
                    "version": 1,
                    "flow": w.state.flow,
                    "node": w.state.node,
                    "updated_at": w.now,
                }
            )
        if inserts:
            for row in await conn.execute(INSERT_CONVERSATION, inserts):
                created[row.chat_hash].conversation_id = row.id
        if updates and await self._rows.update_conversations(conn, updates) != len(updates):
            raise ConflictError("a conversation moved on")

    # ------------------------------------------------------------------ effects
    async def _insert_cases(self, conn: AsyncConnection, live: list[_Pending], infos: list[ChatInfo]) -> dict[str, int]:
        """The batch's new cases in one statement, ahead of the other effects: number → id.

        Ahead is the turn order for every effect but an erasure: no other effect can name a case
        filed in the same batch (a chat has one turn in it, and a number is known only once
        filed). A batch with an erasure files its cases in turn order instead (``{}``)."""
        filings = [
            (p, info, e)
            for p, info in zip(live, infos, strict=True)
            for e in p.write.effects
            if isinstance(e, FileCase)
        ]
        if not filings or any(isinstance(e, EraseReporterData) for p in live for e in p.write.effects):
            return {}
        rows = [await self._case_values(conn, p.write, e, info, p.hashes[e.number]) for p, info, e in filings]
        try:
            returned = await self._rows.insert_many_returning(conn, INSERT_CASES, rows)
        except RowTaken:
            # no savepoint: a taken number fails the whole transaction, and the batch is split
            raise CaseNumberTaken() from None
        return {str(number): int(case_id) for case_id, number in returned}

    async def _apply_effects(
        self, conn: AsyncConnection, p: _Pending, info: ChatInfo, later: _Deferred, case_ids: dict[str, int]
    ) -> None:
        w = p.write
        for effect in w.effects:
            if isinstance(effect, FileCase):
                hashes = p.hashes[effect.number]
                await self._file_case(conn, w, effect, info, hashes, later, case_ids.get(effect.number))
            elif isinstance(effect, UpdateCase):
                await later.flush(conn, self._rows)
                await self._update_case(conn, w, effect, info, later)
            elif isinstance(effect, CaseMessage):
                case_id = (
                    await conn.execute(SELECT_OWN_CASE, {"number": effect.case_number, "rid": info.reporter_id})
                ).scalar()
                if case_id is None:
                    continue  # not this reporter's case: never write into someone else's timeline
                later.add(
                    INSERT_EVENT,
                    {
                        "case_id": case_id,
                        "at": w.now,
                        "actor_kind": "reporter",
                        "kind": "message_in",
                        "body_enc": encrypt_json(info.key, {"text": effect.text}),
                        "data": {},
                    },
                )
                later.add(REPORTER_WROTE, {"cid": case_id, "u": w.now, "due": self.deadlines.due(w.now, False)})
                self._enqueue_later(
                    later,
                    "mediator_notice",
                    {"kind": "reporter_reply", "case_number": effect.case_number},
                    w.now,
                    Owner(info.reporter_id, info.key, case_id),
                )
            elif isinstance(effect, NotifyMediators):
                self._enqueue_later(
                    later,
                    "mediator_notice",
                    {
                        "kind": effect.kind,
                        "case_number": effect.case_number,
                        "category": effect.category,
                        "country": effect.country,
                        "urgent": effect.urgent,
                    },
                    w.now,
                    Owner(info.reporter_id, info.key),
                )
            elif isinstance(effect, RecordConsent):
                later.add(
                    INSERT_CONSENT,
                    {
                        "reporter_id": info.reporter_id,
                        "version": effect.version,
                        "given": effect.given,
                        "at": effect.at,
                    },
                )
                later.add(
                    SET_CONSENT,
                    {"rid": info.reporter_id, "given": effect.given, "version": effect.version, "at": effect.at},
                )
            elif isinstance(effect, EraseReporterData):
                await later.flush(conn, self._rows)
                await self._erase(conn, w, info, effect, later)
            elif isinstance(effect, NewFamilyCode):
                await later.flush(conn, self._rows)
                # only a case this chat filed: a code can never be set on someone else's case
                await conn.execute(
                    SET_FAMILY_HASH,
                    {
                        "num": effect.case_number,
                        "h": self.chat_hash(w.key),
                        "fh": p.hashes[f"family:{effect.case_number}"][0],
                        "u": w.now,
                    },
                )

    async def _case_values(
        self, conn: AsyncConnection, w: TurnWrite, case: FileCase, info: ChatInfo, hashes: tuple[str, str]
    ) -> dict[str, Any]:
        """The row of a new case: statistics in clear, personal fields under the reporter's key."""
        f = case.fields
        age = f.get("age")
        sex = str(f.get("sex") or "unknown")
        return {
            "number": case.number,
            "access_hash": hashes[0],
            "family_hash": hashes[1],
            "flow": case.flow,
            "category": case.category,
            "urgent": case.urgent,
            "status": "baru",
            "country": f.get("country") if isinstance(f.get("country"), str) else None,
            "province": f.get("province") if isinstance(f.get("province"), str) else None,
            "sex": sex if sex in ("F", "M") else "unknown",
            "age": age if isinstance(age, int) else None,
            "reporter_kind": case.reporter_kind,
            "relation": f.get("relation") if isinstance(f.get("relation"), str) else None,
            "route": f.get("route") if isinstance(f.get("route"), str) else None,
            "language": case.language,
            "indicators": list(case.indicators),
            "secondary_categories": list(case.secondary_categories),
            "from_words": list(case.from_words),
            "due_at": self.deadlines.due(w.now, case.urgent),
            "discreet": case.discreet,
            "notify_reporter": case.notify_reporter,
            "fields_enc": encrypt_json(info.key, f),
            "channel": w.key.channel,
            "chat_id_enc": info.key.encrypt(w.key.chat_id.encode()),
            "chat_hash": self.chat_hash(w.key),
            "reporter_id": info.reporter_id,
            "office_id": await self._office_for(conn, values_country(case)),
            "consent_version": case.consent_version,
            "consent_at": case.consent_at,
            "created_at": w.now,
            "updated_at": w.now,
            "status_changed_at": w.now,
        }

    async def _file_case(
        self,
        conn: AsyncConnection,
        w: TurnWrite,
        case: FileCase,
        info: ChatInfo,
        hashes: tuple[str, str],
        later: _Deferred,
        case_id: int | None = None,
    ) -> None:
        """A case's rows: the case (unless its batch inserted it: ``case_id``), its "filed"
        event, its attachments and the notices they need."""
        if case_id is None:
            values = await self._case_values(conn, w, case, info, hashes)
            try:
                # no savepoint: a taken number fails the whole transaction, and the batch is split
                case_id = await self._rows.insert_returning(conn, INSERT_CASE, values)
            except RowTaken:
                raise CaseNumberTaken(case.number) from None
        later.add(
            INSERT_EVENT,
            {
                "case_id": case_id,
                "at": w.now,
                "actor_kind": "system",
                "kind": "filed",
                "data": {"urgent": case.urgent, "category": case.category},
            },
        )
        for kind, digest in case_digests(self.keyring, case.fields, case.number):
            later.add(INSERT_SEARCH, {"case_id": case_id, "kind": kind, "digest": digest})
        for media in case.attachments:
            attachment_id = await self._rows.insert_returning(
                conn,
                INSERT_ATTACHMENT,
                {
                    "case_id": case_id,
                    "kind": media.kind,
                    "file_id_enc": info.key.encrypt(media.file_id.encode()),
                    "size": media.size,
                    "mime": media.mime_type,
                    "created_at": w.now,
                },
            )
            # the file itself is fetched from the channel after the commit, by the outbox
            self._enqueue_later(
                later,
                "attachment_fetch",
                {"attachment_id": attachment_id, "channel": w.key.channel},
                w.now,
                Owner(info.reporter_id, info.key, case_id),
            )
        self._enqueue_later(
            later,
            "mediator_notice",
            {
                "kind": "urgent_case" if case.urgent else "new_case",
                "case_number": case.number,
                "category": case.category,
                "country": values_country(case),
                "urgent": case.urgent,
            },
            w.now,
            Owner(info.reporter_id, info.key, case_id),
        )

    async def _update_case(
        self, conn: AsyncConnection, w: TurnWrite, update_: UpdateCase, info: ChatInfo, later: _Deferred
    ) -> None:
        """The answers she gave after filing, added to her own case (never to another's)."""
        row = (
            await conn.execute(
                select(cases.c.id, cases.c.indicators, cases.c.secondary_categories).where(
                    and_(cases.c.number == update_.case_number, cases.c.reporter_id == info.reporter_id)
                )
            )
        ).first()
        if row is None:
            return
        f = update_.fields
        age, sex = f.get("age"), str(f.get("sex") or "unknown")
        indicators = [*(row.indicators or []), *(i for i in update_.indicators if i not in (row.indicators or []))]
        secondary = [*(row.secondary_categories or [])]
        secondary += [c for c in update_.secondary_categories if c not in secondary]
        values: dict[str, Any] = {
            "fields_enc": encrypt_json(info.key, f),
            "indicators": indicators,
            "secondary_categories": secondary,
            "province": f.get("province") if isinstance(f.get("province"), str) else None,
            "sex": sex if sex in ("F", "M") else "unknown",
            "age": age if isinstance(age, int) else None,
            "route": f.get("route") if isinstance(f.get("route"), str) else None,
            "updated_at": w.now,
        }
        if update_.notify_reporter is not None:
            values["notify_reporter"] = update_.notify_reporter
        await conn.execute(update(cases).where(cases.c.id == row.id).values(**values))
        later.add(
            INSERT_EVENT,
            {"case_id": row.id, "at": w.now, "actor_kind": "reporter", "kind": "updated", "data": {}},
        )
        known = {
            (r.kind, r.digest)
            for r in await conn.execute(
                select(case_search.c.kind, case_search.c.digest).where(case_search.c.case_id == row.id)
            )
        }
        for kind, digest in case_digests(self.keyring, f):
            if (kind, digest) not in known:
                later.add(INSERT_SEARCH, {"case_id": row.id, "kind": kind, "digest": digest})
        for media in update_.attachments:
            attachment_id = await self._rows.insert_returning(
                conn,
                INSERT_ATTACHMENT,
                {
                    "case_id": row.id,
                    "kind": media.kind,
                    "file_id_enc": info.key.encrypt(media.file_id.encode()),
                    "size": media.size,
                    "mime": media.mime_type,
                    "created_at": w.now,
                },
            )
            self._enqueue_later(
                later, "attachment_fetch", {"attachment_id": attachment_id, "channel": w.key.channel}, w.now
            )

    async def _office_for(self, conn: AsyncConnection, country: str | None) -> int | None:
        """The office a new case goes to: by destination country (config.yaml routing), else the default."""
        code = self.routing.get(country or "", self.routing.get("default", "pusat"))
        known = self._offices.get(code)
        if known is not None:
            return known
        found = (await conn.execute(SELECT_OFFICE, {"code": code})).scalar()
        if found is None:
            found = (await conn.execute(INSERT_OFFICE, {"code": code, "name": code, "kind": "regional"})).scalar_one()
        self._offices[code] = int(found)
        return int(found)

    async def _erase(
        self, conn: AsyncConnection, w: TurnWrite, info: ChatInfo, effect: EraseReporterData, later: _Deferred
    ) -> None:
        """The reporter's "hapus" (storage/erasure.py). A full erasure replaces her data key: this
        chat goes on under the new one from this very turn."""
        chat = self.chat_hash(w.key)
        e = Erasure(
            effect,
            info.reporter_id,
            chat,
            self._status_scope(w.key),
            w.now,
            info.key,
            legacy_update_prefix=f"{w.key.channel}:{w.key.chat_id}:",
        )
        if effect.mode == "all":
            e.new_key, e.new_wrapped = self.keyring.new_data_key()
        await erase(conn, e)
        later.files.extend(e.files)
        later.erased = True
        if e.new_key is None:
            return
        # the turn's state was sealed with the old key a moment ago: seal it again with the new one,
        # or the chat cannot be read by any other process, or this one once its cache lets go
        await conn.execute(
            update(conv)
            .where(conv.c.chat_hash == chat)
            .values(
                chat_id_enc=e.new_key.encrypt(w.key.chat_id.encode()),
                state_enc=seal_state(e.new_key, {**w.state.to_dict(), LAST_TURN: last_turn(w)}, state_aad(chat)),
            )
        )
        info.key = e.new_key

    async def _after_erasure(self, files: list[str]) -> None:
        """Once an erasure committed: its evidence files go (folder fsynced), and on SQLite the
        write-ahead log is checkpointed and truncated, so the pages that held her rows before
        (zeroed in the database file by secure_delete) do not linger in the log either. Best
        effort: a busy reader lets the checkpoint finish later; it never fails the turn."""
        if files:
            await asyncio.to_thread(remove_durably, files)
        if self.is_postgres:
            return
        try:
            async with self.engine.connect() as conn:
                await conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except (OperationalError, sqlite3.OperationalError):
            log.warning("checkpoint after an erasure postponed")

    def _enqueue_later(
        self, later: _Deferred, kind: str, payload: dict[str, Any], now: datetime, owner: Owner = NOBODY
    ) -> None:
        """An outbox row of a turn, written with the batch's other rows (its id is not needed),
        sealed with the reporter's key (storage/outbox_seal.py)."""
        later.add(INSERT_OUTBOX_ROWS, row_values(self.keyring, kind, payload, owner, now, now))

    async def _enqueue(
        self,
        conn: AsyncConnection,
        kind: str,
        payload: dict[str, Any],
        now: datetime,
        available_at: datetime | None = None,
    ) -> int:
        """An outbox row outside a turn: its owner is found by its case number or its chat."""
        owner = await find_owner(conn, self.keyring, payload, self.chat_hash)
        values = row_values(self.keyring, kind, payload, owner, now, available_at or now)
        result = await conn.execute(INSERT_OUTBOX, values)
        return int(result.scalar_one())

    # ------------------------------------------------------------------ status checks
    async def check_status(self, key: ConversationKey, number: str, code: str, now: datetime) -> StatusAnswer:
        number = codes.format_number(number)
        scopes = [self._status_scope(key), self.keyring.blind_index(f"status-case:{number}")]
        since = now - self.limits.window

        async def run() -> StatusAnswer:
            async with self.engine.connect() as conn:
                counts = []
                for scope in scopes:
                    rows = (
                        (
                            await conn.execute(
                                select(attempts.c.at)
                                .where(
                                    and_(
                                        attempts.c.scope_hash == scope, attempts.c.at >= since, attempts.c.ok.is_(False)
                                    )
                                )
                                .order_by(attempts.c.at)
                            )
                        )
                        .scalars()
                        .all()
                    )
                    counts.append(list(rows))
                blocked = [r for r in counts if len(r) >= self.limits.max_tries]
                if blocked:
                    oldest = min(aware(r[0]) or now for r in blocked)
                    wait = int((oldest + self.limits.window - now).total_seconds()) + 1
                    log.info("status check", extra={"reason": "limited"})
                    return StatusAnswer(None, limited=True, retry_after=max(wait, 1))
                row = (
                    await conn.execute(
                        select(
                            cases.c.number,
                            cases.c.status,
                            cases.c.status_changed_at,
                            cases.c.category,
                            cases.c.access_hash,
                            cases.c.family_hash,
                        ).where(cases.c.number == number)
                    )
                ).first()
                # an unknown number costs the same hashing as a known one: timing says nothing
                hashes = (row.access_hash, row.family_hash) if row is not None else (None, None)
                ok = await self._code_matches(hashes, code) and row is not None
                # counted in the turn's own transaction (commit_turn): a turn that does not commit
                # answered nothing, and a turn retried after a conflict counts once
                self._attempts[self.chat_hash(key)] = [{"scope_hash": s, "at": now, "ok": ok} for s in scopes]
                log.info(
                    "status check",
                    extra={"reason": "ok" if ok else "refused", "case_number": number if ok else None},
                )
                if not ok or row is None:
                    return StatusAnswer(None)
                return StatusAnswer(
                    CaseStatus(row.number, row.status, aware(row.status_changed_at) or now, row.category)
                )

        return await self._retry(run)

    async def _code_matches(self, hashes: tuple[str | None, str | None], code: str) -> bool:
        """Whether ``code`` is the case's access or family code (KeyRing.code_matches)."""
        typed = codes.normalize_code(code)
        if any(is_legacy_code_hash(h) for h in hashes):
            # an argon2 hash of an older release: milliseconds of CPU, off the event loop
            return await asyncio.to_thread(self.keyring.code_matches, hashes, typed)
        return self.keyring.code_matches(hashes, typed)

    async def cases_of_chat(self, key: ConversationKey) -> list[CaseStatus]:
        chat = self.chat_hash(key)
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(cases.c.number, cases.c.status, cases.c.status_changed_at, cases.c.category)
                    .where(cases.c.chat_hash == chat)
                    .order_by(cases.c.created_at.desc())
                )
            ).all()
        return [
            CaseStatus(r.number, r.status, aware(r.status_changed_at) or datetime.now(UTC), r.category) for r in rows
        ]

    # ------------------------------------------------------------------ outbox
    async def enqueue_outbox(
        self, kind: str, payload: dict[str, Any], now: datetime | None = None, available_at: datetime | None = None
    ) -> int:
        """Queue a job outside a turn; ``available_at`` delays it (a discreet chat's clean-up)."""
        now = now or datetime.now(UTC)
        async with self.engine.begin() as conn:
            return await self._enqueue(conn, kind, payload, now, available_at)

    async def claim_outbox(
        self,
        kinds: tuple[str, ...],
        limit: int,
        now: datetime,
        lease: timedelta = timedelta(minutes=2),
        worker: str = "main",
    ) -> AsyncIterator[OutboxItem]:
        """Claim rows for delivery: each row goes to one claimer; a lease that expires is claimed again."""
        async with self.engine.begin() as conn:
            free = and_(
                outbox.c.done_at.is_(None),
                outbox.c.kind.in_(kinds),
                outbox.c.available_at <= now,
                or_(outbox.c.claimed_until.is_(None), outbox.c.claimed_until < now),
            )
            ids_query = select(outbox.c.id).where(free).order_by(outbox.c.id).limit(limit)
            if self.is_postgres:
                ids_query = ids_query.with_for_update(skip_locked=True)
            ids = list((await conn.execute(ids_query)).scalars())
            if not ids:
                return
            rows = (
                await conn.execute(
                    update(outbox)
                    .where(and_(outbox.c.id.in_(ids), free))
                    .values(claimed_until=now + lease, claimed_by=worker)
                    .returning(
                        outbox.c.id, outbox.c.kind, outbox.c.payload_enc, outbox.c.attempts, outbox.c.reporter_id
                    )
                )
            ).all()
            owners = {r.reporter_id for r in rows if r.reporter_id is not None}
            wrapped = dict((await conn.execute(SELECT_WRAPPED, {"ids": list(owners)})).tuples().all()) if owners else {}
            opened = [
                (r, open_payload(self.keyring, r.kind, r.payload_enc, r.reporter_id, wrapped.get(r.reporter_id)))
                for r in rows
            ]
            gone = [row.id for row, payload in opened if payload is None]
            if gone:  # her data was erased after the row was made: nothing left to deliver
                await conn.execute(
                    update(outbox).where(outbox.c.id.in_(gone)).values(done_at=now, payload_enc=DELIVERED)
                )
        for row, payload in sorted(opened, key=lambda r: r[0].id):
            if payload is not None:
                yield OutboxItem(row.id, row.kind, payload, row.attempts)

    async def complete_outbox(self, item_id: int) -> None:
        async with self.engine.begin() as conn:
            # delivered: the bookkeeping stays, the payload (a message, a chat id) goes
            await conn.execute(
                update(outbox).where(outbox.c.id == item_id).values(done_at=datetime.now(UTC), payload_enc=DELIVERED)
            )

    async def fail_outbox(self, item_id: int, error: str, retry_at: datetime) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                update(outbox)
                .where(outbox.c.id == item_id)
                .values(
                    attempts=outbox.c.attempts + 1, available_at=retry_at, claimed_until=None, last_error=error[:200]
                )
            )

    async def reporter_address(self, case_number: str) -> tuple[str, str] | None:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(cases.c.channel, cases.c.chat_id_enc, reporters.c.wrapped_key)
                    .join(reporters, reporters.c.id == cases.c.reporter_id)
                    .where(cases.c.number == case_number)
                )
            ).first()
        if row is None or row.chat_id_enc is None or row.wrapped_key is None or row.channel is None:
            return None
        key = self.keyring.unwrap(row.wrapped_key)
        return row.channel, key.decrypt(row.chat_id_enc).decode()

    async def case_fields(self, case_number: str) -> dict[str, Any] | None:
        """The decrypted answers of a case (None when unknown or erased)."""
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(cases.c.fields_enc, reporters.c.wrapped_key)
                    .join(reporters, reporters.c.id == cases.c.reporter_id)
                    .where(cases.c.number == case_number)
                )
            ).first()
        if row is None or row.fields_enc is None or row.wrapped_key is None:
            return None
        return dict(decrypt_json(self.keyring.unwrap(row.wrapped_key), row.fields_enc))

    # ------------------------------------------------------------------ attachments
    def _attachment_path(self, attachment_id: int) -> Path:
        base = Path(self.data_dir or "data") / "attachments"
        return base / f"{attachment_id}.bin"

    async def _attachment_key(self, attachment_id: int) -> tuple[Fernet, Any] | None:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(attachments.c.file_id_enc, attachments.c.path, reporters.c.wrapped_key)
                    .join(cases, cases.c.id == attachments.c.case_id)
                    .join(reporters, reporters.c.id == cases.c.reporter_id)
                    .where(attachments.c.id == attachment_id)
                )
            ).first()
        if row is None or row.wrapped_key is None:
            return None
        return self.keyring.unwrap(row.wrapped_key), row

    async def attachment_file_id(self, attachment_id: int) -> str | None:
        """The channel's id of an evidence file (None once erased)."""
        found = await self._attachment_key(attachment_id)
        if found is None or found[1].file_id_enc is None:
            return None
        return found[0].decrypt(found[1].file_id_enc).decode()

    async def save_attachment(self, attachment_id: int, data: bytes) -> None:
        """Keep an evidence file, encrypted with the reporter's key, under <data>/attachments/,
        fsynced; never for a case erased meanwhile (its file is removed again)."""
        found = await self._attachment_key(attachment_id)
        if found is None or found[1].file_id_enc is None:
            return
        path = self._attachment_path(attachment_id)
        await asyncio.to_thread(write_durably, path, found[0].encrypt(data))
        async with self.engine.begin() as conn:
            result = await conn.execute(
                update(attachments)
                .where(and_(attachments.c.id == attachment_id, attachments.c.file_id_enc.is_not(None)))
                .values(path=str(path), size=len(data))
            )
        if not result.rowcount:
            await asyncio.to_thread(remove_durably, [path])

    async def read_attachment(self, attachment_id: int) -> bytes | None:
        found = await self._attachment_key(attachment_id)
        if found is None or not found[1].path:
            return None
        sealed = await asyncio.to_thread(Path(found[1].path).read_bytes)
        return found[0].decrypt(sealed)

    async def prune_processed(self, older_than: datetime) -> int:
        async with self.engine.begin() as conn:
            result = await conn.execute(delete(processed).where(processed.c.at < older_than))
            return int(result.rowcount or 0)

    async def count(self, table: Any) -> int:
        async with self.engine.connect() as conn:
            return int((await conn.execute(select(func.count()).select_from(table))).scalar_one())

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


#: SQLSTATE classes of a database that is away or busy, not of a turn's data: connection
#: exception, transaction rollback (serialization, deadlock), insufficient resources, operator
#: intervention (shutdown, cannot connect now), system error (I/O)
OUTAGE_SQLSTATES = ("08", "40", "53", "57", "58")


def is_outage(exc: BaseException) -> bool:
    """Whether an error means the database is away or busy (wait and try again), rather than
    that this transaction's data or statements are wrong (trying again would fail the same way).
    The hot rows go to the driver as they are, so its errors come unwrapped as well as wrapped."""
    if isinstance(exc, DBAPIError):
        if exc.connection_invalidated:
            return True
        if isinstance(exc, IntegrityError | DataError | ProgrammingError):
            return False
        orig: BaseException | None = exc.orig
        # the asyncpg adapter wraps the driver's error once more
        cause = orig.__cause__ if orig is not None and orig.__cause__ is not None else orig
        if cause is not None and cause is not exc and is_outage(cause):
            return True
        return isinstance(exc, OperationalError | InterfaceError) and _sqlstate(cause) is None
    if isinstance(exc, sqlite3.OperationalError):
        return True  # locked, busy, disk I/O
    if isinstance(exc, sqlite3.Error):
        return False
    state = _sqlstate(exc)
    if state is not None:
        return state[:2] in OUTAGE_SQLSTATES
    if type(exc).__module__.startswith("asyncpg"):
        # client-side: a closed connection is an outage; a value it cannot encode is not
        return not isinstance(exc, ValueError)
    return isinstance(exc, OSError | TimeoutError)


def _sqlstate(exc: BaseException | None) -> str | None:
    state = getattr(exc, "sqlstate", None) or getattr(exc, "pgcode", None)
    return state if isinstance(state, str) and len(state) == 5 else None


async def _close_quietly(conn: AsyncConnection) -> None:
    """Give a writer's connection back; one that is broken is discarded by the pool."""
    try:
        await conn.close()
    except Exception:  # the database is gone: the pool invalidates it, nothing to keep
        log.warning("storage connection dropped")


def _settle(marks: list[_Mark], error: Exception) -> None:
    """Marks that could not be written: nobody waits for them, so say so (no ids: the count)."""
    if marks:
        log.warning("sent marks not written", extra={"count": len(marks), "error": type(error).__name__})


async def _drain_and_stop(queue: asyncio.Queue[Any], writer: asyncio.Task[None] | None) -> None:
    """Let a writer finish what was queued, then stop it."""
    if writer is None:
        return
    await queue.join()
    writer.cancel()
    try:
        await writer
    except asyncio.CancelledError:
        pass


#: where the last turn's replies live inside the encrypted state (ignored by ConversationState)
LAST_TURN = "_last_turn"


def last_turn(w: TurnWrite) -> dict[str, Any]:
    return {
        "key": w.update_key,
        "replies": [
            {
                "text": r.text,
                "options": [[o.id, o.label, o.data] for o in r.options],
                "contact": r.request_contact,
                "remove": r.remove_keyboard,
            }
            for r in w.replies
        ],
        "awaiting": [w.awaiting.node, w.awaiting.input] if w.awaiting else None,
        "closing_line": w.closing_line,
    }


def unsent_from(last: dict[str, Any], discreet: bool) -> UnsentTurn:
    replies = tuple(
        Reply(
            str(r["text"]),
            tuple(Option(str(i), str(label), str(data)) for i, label, data in r.get("options", [])),
            bool(r.get("contact", False)),
            bool(r.get("remove", False)),
        )
        for r in last.get("replies", [])
    )
    awaiting = last.get("awaiting")
    return UnsentTurn(
        replies,
        Awaiting(str(awaiting[0]), str(awaiting[1])) if awaiting else None,
        discreet,
        last.get("closing_line"),
    )


def values_country(case: FileCase) -> str | None:
    country = case.fields.get("country")
    return country if isinstance(country, str) else None


def code_hashes(keyring: KeyRing, effects: tuple[Any, ...]) -> dict[str, tuple[str, str]]:
    """Keyed hashes of the access and family codes a turn sets (microseconds: ADR 0004)."""
    hashes: dict[str, tuple[str, str]] = {}
    for effect in effects:
        if isinstance(effect, FileCase):
            hashes[effect.number] = (
                keyring.code_hash(codes.normalize_code(effect.access_code)),
                keyring.code_hash(codes.normalize_code(effect.family_code)),
            )
        elif isinstance(effect, NewFamilyCode):
            hashed = keyring.code_hash(codes.normalize_code(effect.code))
            hashes[f"family:{effect.case_number}"] = (hashed, hashed)
    return hashes


def stored_update_key(keyring: KeyRing, update_key: str) -> str:
    """An update key as stored: its keyed hash (SqlStore.stored_update_key)."""
    return keyring.blind_index(f"update:{update_key}")


def shown_codes(effects: tuple[Any, ...]) -> list[str]:
    """The codes a turn shows the reporter (kept only as keyed hashes elsewhere)."""
    found: list[str] = []
    for effect in effects:
        if isinstance(effect, FileCase):
            found += [effect.access_code, effect.family_code]
        elif isinstance(effect, NewFamilyCode):
            found.append(effect.code)
    return [c for c in found if c]


CODE_MASK = "••••-••••"


def mask_codes(last: dict[str, Any], shown: list[str]) -> dict[str, Any]:
    """A kept last turn with every code in its replies masked."""
    forms = sorted({f for c in shown for f in (c, codes.normalize_code(c))}, key=len, reverse=True)

    def masked(text: str) -> str:
        for form in forms:
            text = text.replace(form, CODE_MASK)
        return text

    return {
        **last,
        "replies": [
            {**r, "text": masked(r["text"]), "options": [[i, masked(label), masked(d)] for i, label, d in r["options"]]}
            for r in last["replies"]
        ],
    }
