"""Functions of the SQL store that need no store: what counts as an outage, the record of a
turn's last replies (to send them again after a crash), and the codes masked once shown."""

from __future__ import annotations

import asyncio
import sqlite3
from typing import Any

from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, InterfaceError, OperationalError, ProgrammingError

from flows import codes
from flows.types import (
    Awaiting,
    FileCase,
    NewFamilyCode,
    Option,
    Reply,
)
from storage.api import (
    TurnWrite,
    UnsentTurn,
)
from storage.crypto import (
    KeyRing,
)
from storage.sa_async import AsyncConnection
from storage.store_parts import (
    _Mark,
    log,
)

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
