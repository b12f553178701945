"""Outbox payloads under their reporter's key.

A row that concerns a reporter (a mediator's message to her, a notice of her case, a reply kept
for a retry, an evidence file to fetch) is sealed with her data key, bound to its kind and owner,
and says whose it is (``reporter_id``, ``case_id``): erasing her data deletes her rows, and a full
erasure's new key leaves any copy unreadable. Rows that concern nobody are sealed with the master
ring. A delivered row keeps its bookkeeping (kind, attempts, when) and loses its payload.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from cryptography.fernet import InvalidToken
from sqlalchemy import bindparam, select

from flows.types import ConversationKey
from storage.crypto import AEAD_V2, DataKey, KeyRing, dumps, loads, outbox_aad
from storage.errors import ConfigError
from storage.models import cases, reporters
from storage.models import conversations as conv
from storage.sa_async import AsyncConnection

#: a delivered row's payload: nothing
DELIVERED = b""

OWNER_OF_CASE = (
    select(cases.c.id, cases.c.reporter_id, reporters.c.wrapped_key)
    .outerjoin(reporters, reporters.c.id == cases.c.reporter_id)
    .where(cases.c.number == bindparam("number"))
)
OWNER_OF_CHAT = (
    select(conv.c.reporter_id, reporters.c.wrapped_key)
    .join(reporters, reporters.c.id == conv.c.reporter_id)
    .where(conv.c.chat_hash == bindparam("h"))
)


@dataclass(frozen=True, slots=True)
class Owner:
    """Whose an outbox row is: the reporter (and her key) and the case, where known."""

    reporter_id: int | None = None
    key: DataKey | None = None
    case_id: int | None = None


NOBODY = Owner()


def row_values(
    keyring: KeyRing, kind: str, payload: dict[str, Any], owner: Owner, now: datetime, available_at: datetime
) -> dict[str, Any]:
    """The columns of a new outbox row."""
    if owner.key is not None and owner.reporter_id is not None:
        sealed = owner.key.seal(dumps(payload), outbox_aad(kind, owner.reporter_id))
    else:
        sealed = keyring.seal(payload)
    return {
        "kind": kind,
        "payload_enc": sealed,
        "reporter_id": owner.reporter_id,
        "case_id": owner.case_id,
        "created_at": now,
        "available_at": available_at,
        "attempts": 0,
    }


async def find_owner(conn: AsyncConnection, keyring: KeyRing, payload: dict[str, Any], chat_hash: Any) -> Owner:
    """The owner of a row made outside a turn: by its case number, else by its chat."""
    row: Any = None
    case_id = None
    if payload.get("case_number"):
        row = (await conn.execute(OWNER_OF_CASE, {"number": str(payload["case_number"])})).first()
        case_id = row.id if row is not None else None
    elif payload.get("channel") and payload.get("chat_id"):
        key = ConversationKey(str(payload["channel"]), str(payload["chat_id"]))
        row = (await conn.execute(OWNER_OF_CHAT, {"h": chat_hash(key)})).first()
    if row is None or row.reporter_id is None or row.wrapped_key is None:
        return Owner(case_id=case_id)
    return Owner(row.reporter_id, keyring.unwrap(row.wrapped_key), case_id)


def open_payload(
    keyring: KeyRing, kind: str, token: bytes, reporter_id: int | None, wrapped: bytes | None
) -> dict[str, Any] | None:
    """A claimed row's payload; None when it can no longer be opened (its owner's data was
    erased after it was claimed: there is nothing left to deliver)."""
    if token[:1] != AEAD_V2:
        return cast(dict[str, Any], keyring.open(token))
    if reporter_id is None or wrapped is None:
        return None
    try:
        return cast(dict[str, Any], loads(keyring.unwrap(wrapped).open(token, outbox_aad(kind, reporter_id))))
    except (InvalidToken, ConfigError):
        return None


def reseal(token: bytes, kind: str, reporter_id: int, old: DataKey, new: DataKey) -> bytes:
    """A row kept through a full erasure (a discreet chat's clean-up), under the new key."""
    if token[:1] != AEAD_V2:
        return token  # sealed with the master ring: not hers to shred
    where = outbox_aad(kind, reporter_id)
    return new.seal(old.open(token, where), where)
