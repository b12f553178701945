"""The three erasures a reporter can ask for with "hapus" (flows/types.py EraseReporterData):

- ``chat``: this chat is unlinked from the cases it filed (``status`` on the phone lists
  nothing, no notice reaches it) and the conversation starts afresh. The cases go on; the
  mediators see "pelapor menghapus chat dari HP" (``reporter_action = chat_deleted``).
- ``withdraw``: the case named (or every case of this chat) is closed as withdrawn by the
  reporter (``withdrawn``): its personal fields, codes, evidence files and pending messages go,
  its age and dates are coarsened, and the chat is unlinked. Her other cases go on.
- ``all``: crypto-shred. Her data key is replaced (every copy sealed with it, a backup's too,
  is unreadable once the master keys rotate past that backup: docs/SECURITY.md); every case of
  hers is closed as erased (``erased``) and unlinked from her, her evidence files and outbox
  rows are removed, and only the statistics columns remain, coarsened.

Each runs inside the turn's transaction; files are removed after it commits (the paths are
returned), and a crash in between leaves only orphans that the next start removes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, delete, insert, or_, select, update

from flows import codes
from flows.types import EraseReporterData
from storage.crypto import DataKey
from storage.models import attachments, case_search, cases, outbox, reporters
from storage.models import case_events as events
from storage.models import conversations as conv
from storage.models import processed_updates as processed
from storage.models import status_attempts as attempts
from storage.models import whatsapp_chats as wa_chats
from storage.models import whatsapp_sent as wa_sent
from storage.outbox_seal import reseal
from storage.sa_async import AsyncConnection

#: what the mediators see on the case, by the reporter's choice
REPORTER_ACTION = {"chat": "chat_deleted", "withdraw": "withdrawn", "all": "erased"}
#: outbox rows addressed to the reporter's chat (a discreet chat's clean-up is kept: it protects her)
TO_REPORTER = ("reporter_message", "reporter_notice", "reporter_file", "reply_retry")
KEPT_THROUGH_ERASURE = "discreet_cleanup"
ERASED_NOTE = "personal fields destroyed on the reporter's request"
AGE_BAND = 5


def day_of(moment: datetime) -> datetime:
    """A time coarsened to its day: it no longer points at one message."""
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def age_band(age: int | None) -> int | None:
    """An exact age coarsened to the start of its five-year band (27 → 25)."""
    return None if age is None else age - age % AGE_BAND


@dataclass
class Erasure:
    """What one erasure needs from the turn, and what it leaves to do after the commit."""

    effect: EraseReporterData
    reporter_id: int
    chat: str
    status_scope: str
    now: datetime
    old_key: DataKey
    #: ``all`` only: the reporter's new data key and its wrapped form
    new_key: DataKey | None = None
    new_wrapped: bytes | None = None
    #: how releases before update keys were hashed stored this chat's ("telegram:<chat id>:")
    legacy_update_prefix: str = ""
    #: evidence files to remove once the transaction committed
    files: list[str] = field(default_factory=list)


async def erase(conn: AsyncConnection, e: Erasure) -> None:
    mode = e.effect.mode
    rows = list((await conn.execute(_targets(e))).all())
    ids = [r.id for r in rows]
    if mode == "all":
        assert e.new_wrapped is not None
        await conn.execute(
            update(reporters)
            .where(reporters.c.id == e.reporter_id)
            .values(wrapped_key=e.new_wrapped, erased_at=e.now, consent_withdrawn_at=e.now)
        )
    if mode == "chat":
        if ids:
            await conn.execute(
                update(cases)
                .where(cases.c.id.in_(ids))
                .values(
                    chat_hash=None,
                    chat_id_enc=None,
                    notify_reporter=False,
                    reporter_action=REPORTER_ACTION[mode],
                    reporter_action_at=day_of(e.now),
                    updated_at=e.now,
                )
            )
            await _events(conn, ids, e, "chat_deleted", {})
            await conn.execute(delete(outbox).where(and_(outbox.c.case_id.in_(ids), outbox.c.kind.in_(TO_REPORTER))))
        await _delete_kept_replies(conn, e)
    elif ids or mode == "all":
        await _close_and_strip(conn, rows, e)
        await _outbox(conn, ids, e)
    if mode == "all":
        await conn.execute(
            update(conv)
            .where(and_(conv.c.reporter_id == e.reporter_id, conv.c.chat_hash != e.chat))
            .values(state_enc=None, chat_id_enc=None)
        )
    await conn.execute(delete(attempts).where(attempts.c.scope_hash == e.status_scope))
    await _forget_updates(conn, e)


async def _forget_updates(conn: AsyncConnection, e: Erasure) -> None:
    """Update keys stored in clear by older releases name the chat: they go; the chat's
    last-sent mark starts afresh."""
    chats = conv.c.reporter_id == e.reporter_id if e.effect.mode == "all" else conv.c.chat_hash == e.chat
    await conn.execute(update(conv).where(chats).values(sent_key=None))
    if e.legacy_update_prefix:
        await conn.execute(
            delete(processed).where(processed.c.update_key.startswith(e.legacy_update_prefix, autoescape=True))
        )
    await _forget_whatsapp(conn, e)


def _targets(e: Erasure) -> Any:
    query = select(cases.c.id, cases.c.status, cases.c.age, cases.c.created_at)
    mode = e.effect.mode
    if mode == "all":
        return query.where(or_(cases.c.reporter_id == e.reporter_id, cases.c.chat_hash == e.chat))
    if mode == "withdraw" and e.effect.case_number:
        mine = or_(cases.c.reporter_id == e.reporter_id, cases.c.chat_hash == e.chat)
        return query.where(and_(cases.c.number == codes.format_number(e.effect.case_number), mine))
    return query.where(cases.c.chat_hash == e.chat)


async def _close_and_strip(conn: AsyncConnection, rows: list[Any], e: Erasure) -> None:
    """Withdrawn or erased: closed, personal fields, codes and evidence gone, numbers coarsened."""
    if not rows:
        return
    ids = [r.id for r in rows]
    action = REPORTER_ACTION[e.effect.mode]
    for r in rows:
        values: dict[str, Any] = {
            "fields_enc": None,
            "chat_id_enc": None,
            "chat_hash": None,
            "access_hash": None,
            "family_hash": None,
            "relation": None,
            "notify_reporter": False,
            "unread_since": None,
            "due_at": None,
            "status": "ditutup",
            "status_changed_at": day_of(e.now),
            "updated_at": day_of(e.now),
            "reporter_action": action,
            "reporter_action_at": day_of(e.now),
            "age": age_band(r.age),
            "created_at": day_of(r.created_at),
        }
        if e.effect.mode == "all":
            values["reporter_id"] = None  # nothing links the case to her account any more
        await conn.execute(update(cases).where(cases.c.id == r.id).values(**values))
    await conn.execute(update(events).where(events.c.case_id.in_(ids)).values(body_enc=None))
    await conn.execute(delete(case_search).where(case_search.c.case_id.in_(ids)))
    for r in rows:
        await conn.execute(
            update(events)
            .where(and_(events.c.case_id == r.id, events.c.kind == "filed"))
            .values(at=day_of(r.created_at))
        )
    e.files.extend(
        p for p in (await conn.execute(select(attachments.c.path).where(attachments.c.case_id.in_(ids)))).scalars() if p
    )
    for r in rows:
        await conn.execute(
            update(attachments)
            .where(attachments.c.case_id == r.id)
            .values(file_id_enc=None, path=None, created_at=day_of(r.created_at))
        )
    for r in rows:
        if r.status != "ditutup":
            await _events(conn, [r.id], e, "status", {"from": r.status, "to": "ditutup", "by": "reporter"})
    await _events(conn, ids, e, action, {"note": ERASED_NOTE})


async def _outbox(conn: AsyncConnection, ids: list[int], e: Erasure) -> None:
    if ids:
        await conn.execute(delete(outbox).where(outbox.c.case_id.in_(ids)))
    mine = outbox.c.reporter_id == e.reporter_id
    if e.effect.mode == "withdraw":
        await _delete_kept_replies(conn, e)
        return
    kept = and_(mine, outbox.c.kind == KEPT_THROUGH_ERASURE, outbox.c.done_at.is_(None))
    assert e.new_key is not None
    for row in (await conn.execute(select(outbox.c.id, outbox.c.payload_enc).where(kept))).all():
        sealed = reseal(row.payload_enc, KEPT_THROUGH_ERASURE, e.reporter_id, e.old_key, e.new_key)
        await conn.execute(update(outbox).where(outbox.c.id == row.id).values(payload_enc=sealed))
    await conn.execute(delete(outbox).where(and_(mine, outbox.c.kind != KEPT_THROUGH_ERASURE)))
    await conn.execute(delete(outbox).where(and_(mine, outbox.c.done_at.is_not(None))))


async def _delete_kept_replies(conn: AsyncConnection, e: Erasure) -> None:
    """Replies kept for a later try to her chat (they may show what she reported)."""
    await conn.execute(
        delete(outbox).where(and_(outbox.c.reporter_id == e.reporter_id, outbox.c.kind == "reply_retry"))
    )


async def _forget_whatsapp(conn: AsyncConnection, e: Erasure) -> None:
    """What the WhatsApp channel keeps for her chats (bot/whatsapp/state.py): news held for the
    24-hour window and the bodies of messages not yet delivered. Her window stays (a time)."""
    mine = select(conv.c.chat_hash).where(conv.c.reporter_id == e.reporter_id)
    await conn.execute(update(wa_chats).where(wa_chats.c.chat_hash.in_(mine)).values(held_enc=None))
    await conn.execute(update(wa_sent).where(wa_sent.c.chat_hash.in_(mine)).values(body_enc=None))


async def _events(conn: AsyncConnection, ids: list[int], e: Erasure, kind: str, data: dict[str, Any]) -> None:
    if ids:
        await conn.execute(
            insert(events),
            [{"case_id": i, "at": day_of(e.now), "actor_kind": "reporter", "kind": kind, "data": data} for i in ids],
        )
