"""The pieces of the SQL store that every part of it uses: its settings, the tables, the
prebuilt statements of the write path and the small records that travel through it."""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import (
    Boolean,
    DateTime,
    String,
    and_,
    bindparam,
    case,
    func,
    insert,
    literal_column,
    null,
    select,
    true,
    update,
)

from flows.types import (
    ConversationKey,
)
from storage.api import (
    CommitResult,
    TurnWrite,
)
from storage.crypto import (
    DataKey,
)
from storage.hot_rows import HotRows
from storage.models import attachments, case_search, cases, offices, outbox, reporters
from storage.models import case_events as events
from storage.models import consent_records as consents
from storage.models import conversations as conv
from storage.models import status_attempts as attempts
from storage.sa_async import AsyncConnection

log = logging.getLogger("pmi.storage")

#: the most turns one transaction carries (and, apart, the most marks that replies went out)
BATCH_MAX = 512
#: how many conversations the write-through cache keeps (their states, ids and data keys), the
#: most recently active first. A chat drops out only when this many other chats wrote since its
#: last message: at 5,000, more than 40 new chats a second for two minutes, against ~1,500
#: complaints in all of 2024 (docs/DEPLOY.md) and every benchmark's 1,000-2,000 chats. A chat
#: that dropped out is read again at its next turn, with the turns of the moment in one read
#: (~0.6 ms alone; no slower per turn with 1,000 in flight: ADR 0014). Each kept chat is ~1 KB;
#: 20,000 was ~210 bytes per open conversation at 100,000 open
CACHE_SIZE = 5_000
#: how many chats' blind indexes are kept: a turn asks for its chat's several times within
#: seconds (load, commit, sent mark), so the chats of the last few seconds are enough; kept for
#: as many chats as the caches above, they cost ~70 bytes per open conversation (a miss costs
#: one HMAC, a few microseconds). A ``storage.memo.Memo``: it holds between half and all of these
CHAT_HASHES = 4096
#: how many update keys' keyed hashes the store keeps: each turn's is needed again when its
#: replies are marked sent, a moment later (one HMAC fewer per turn)
UPDATE_HASHES = 4096
#: how long a database outage is ridden out before a turn fails with StorageError
OUTAGE_SECONDS = 15.0
#: an evidence file no row points to is removed once older than this (a write in flight is younger)
ORPHAN_AGE = timedelta(minutes=10)


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
#: a cry for help on a filed case: urgent, and due as urgent cases are
MARK_URGENT = (
    update(cases)
    .where(cases.c.id == bindparam("cid"))
    .values(
        urgent=true(),  # a literal, not a bind: the hot path binds only the row's own values
        # the sooner of the two: a deadline already nearer stays
        # (two names for one value: SQLite's compiled plan binds each name once)
        due_at=case((cases.c.due_at < bindparam("sooner"), cases.c.due_at), else_=bindparam("due")),
    )
)
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


@dataclass(slots=True)
class ChatInfo:
    """What the process knows of a chat: its ids and the reporter's (unwrapped) data key."""

    conversation_id: int | None
    reporter_id: int
    key: DataKey


@dataclass
class _Pending:
    write: TurnWrite
    future: asyncio.Future[CommitResult]
    #: the chat's blind index
    chat: str
    hashes: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: status-check tries this turn made: written in its transaction (see check_status)
    attempts: list[dict[str, Any]] = field(default_factory=list)
    #: the state as written, sealed when the turn was queued with the chat's key of then (the
    #: writer seals it again if the chat's key is no longer that one)
    sealed: tuple[DataKey, bytes] | None = None


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


#: a chat's lock entry: ``HELD`` while one turn holds it and none waits, then the queue of waiters
Waiters = deque[asyncio.Future[None]] | tuple[()]
HELD: tuple[()] = ()


class ChatLock:
    """The lock of one chat, made when a turn needs it and dropped with the last turn holding
    or awaiting it. An uncontended turn (the normal case: Telegram sends a chat's updates one
    at a time) costs a dictionary entry, no lock object; waiters are woken first come, first
    served, each handed the lock by the turn before it. The queue of waiters is made when a
    second turn comes while the first holds the lock: until then the entry is ``HELD``, one
    shared empty tuple (an empty deque is ~630 bytes, for each turn in flight; issue 18)."""

    __slots__ = ("_key", "_locks")

    def __init__(self, locks: dict[ConversationKey, Waiters], key: ConversationKey) -> None:
        self._locks = locks
        self._key = key

    async def __aenter__(self) -> None:
        waiters = self._locks.get(self._key)
        if waiters is None:
            self._locks[self._key] = HELD
            return
        if not isinstance(waiters, deque):
            waiters = self._locks[self._key] = deque()
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
