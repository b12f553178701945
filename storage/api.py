"""The storage contract the dialog service relies on: one small interface, two backends
(SQLite and PostgreSQL through SQLAlchemy), one contract test suite over both.

A turn is made durable by :meth:`Store.commit_turn`: the new conversation state, the processed
update key and every effect (case, events, outbox rows, consent records) in one transaction.
Turns of different chats submitted at about the same time share a transaction (group commit);
the caller's ``await`` returns only once its own turn is durable.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from flows.types import Awaiting, ConversationKey, ConversationState, Effect, Reply


class StorageError(Exception):
    """Storage failed in a way the caller may retry later (database briefly down...)."""


class TurnRejected(Exception):
    """The database refused this turn's own data (a value too long or out of range, a bug): it
    failed alone, nothing of it was kept, and trying it again would fail the same way. Not a
    StorageError, so a channel does not ask for it again and again."""


class ConflictError(StorageError):
    """The conversation moved on since it was loaded (another process): reload and step again."""


class CaseNumberTaken(StorageError):
    """A generated case number already exists: step again with fresh entropy."""


#: not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__, five
#: times a plain one's, and one is made per turn (never changed after; docs/decisions/0014)
@dataclass(slots=True)
class StoredConversation:
    state: ConversationState
    version: int


#: not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__, five
#: times a plain one's, and one is made per turn (never changed after; docs/decisions/0014)
@dataclass(slots=True)
class TurnWrite:
    """Everything one turn makes durable. ``expected_version`` is ``None`` for a new conversation."""

    key: ConversationKey
    update_key: str
    expected_version: int | None
    state: ConversationState
    effects: tuple[Effect, ...]
    replies: tuple[Reply, ...]
    now: datetime
    #: the channel's user id (kept encrypted; used to reach the reporter for notices)
    user_id: str = ""
    #: what the bot waits for after this turn, and the discreet closing line: kept with the
    #: replies, so that a turn whose replies were never sent can send them on redelivery
    awaiting: Awaiting | None = None
    closing_line: str | None = None


@dataclass(frozen=True, slots=True)
class UnsentTurn:
    """A committed turn whose replies the channel never confirmed sending (the process died)."""

    replies: tuple[Reply, ...]
    awaiting: Awaiting | None
    discreet: bool
    closing_line: str | None


#: not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__, five
#: times a plain one's, and one is made per turn (never changed after; docs/decisions/0014)
@dataclass(slots=True)
class CommitResult:
    #: the update key was already processed: nothing was written; send nothing
    duplicate: bool
    version: int
    #: numbers of the cases this turn filed
    filed: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CaseStatus:
    """What a reporter or family may know of a case: the stage and its date, nothing else."""

    number: str
    status: str
    changed_at: datetime
    category: str


@dataclass(frozen=True, slots=True)
class StatusAnswer:
    """The answer to a status check. ``limited`` means too many tries: wait ``retry_after`` s."""

    found: CaseStatus | None
    limited: bool = False
    retry_after: int = 0


@dataclass(frozen=True, slots=True)
class OutboxItem:
    id: int
    kind: str
    payload: dict[str, Any] = field(default_factory=dict)
    attempts: int = 0


class Store(Protocol):
    async def start(self) -> None:
        """Run migrations, open pools, start the group-commit writer."""

    async def close(self) -> None:
        """Flush pending commits and close."""

    def chat_lock(self, key: ConversationKey) -> AbstractAsyncContextManager[None]:
        """Serialise one chat's turns (in process; across processes on PostgreSQL)."""

    async def load_conversation(self, key: ConversationKey) -> StoredConversation | None: ...

    async def was_processed(self, update_key: str) -> bool: ...

    async def commit_turn(self, write: TurnWrite) -> CommitResult:
        """Make the turn durable (group-committed). Raises ConflictError, CaseNumberTaken,
        StorageError."""

    async def mark_sent(self, key: ConversationKey, update_key: str) -> None:
        """Record that the replies of this chat's turn ``update_key`` went out. Returns at once:
        the mark is written with the next batch (a mark lost to a crash only means that a
        redelivery sends those replies again: at least once, never lost)."""

    async def drain(self) -> None:
        """Wait until every turn and mark queued so far is written (or failed)."""

    async def flush(self) -> None:
        """Wait until every turn and mark queued before this call is written (or failed)."""

    async def unsent_turn(self, key: ConversationKey, update_key: str) -> UnsentTurn | None:
        """The replies of turn ``update_key`` if it is the chat's last turn and they were never sent."""

    async def check_status(self, key: ConversationKey, number: str, code: str, now: datetime) -> StatusAnswer:
        """Rate-limited status check by number and access (or family) code."""

    async def cases_of_chat(self, key: ConversationKey) -> list[CaseStatus]: ...

    async def release_held(self, key: ConversationKey, now: datetime) -> list[dict[str, str]]:
        """Mediators' messages held for this chat by the reporter's choice, marked delivered."""
        ...

    def claim_outbox(
        self, kinds: tuple[str, ...], limit: int, now: datetime, *, worker: str = "main"
    ) -> AsyncIterator[OutboxItem]: ...

    async def release_outbox(self, worker: str) -> int:
        """Rows ``worker`` claimed and did not finish, claimable again at once."""
        ...
