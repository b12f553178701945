"""What mediators do to a case: change its status, message the reporter, note, assign.

Every change is a case event (who, when, why) and, where the reporter agreed to notices, an
outbox row in the same transaction: the reporter hears of a change exactly when it committed.
Used by the CLI today and by the mediator console.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, insert, or_, select, update

from storage.crypto import decrypt_json, encrypt_json
from storage.models import CASE_STATUSES, cases, reporters
from storage.models import case_events as events
from storage.sa_async import AsyncConnection
from storage.sql_store import SqlStore

OPEN_STATUSES = ("baru", "diproses", "menunggu_info", "dirujuk")
CLOSED_STATUSES = ("selesai", "ditutup")


class CaseNotFound(LookupError):
    """No case with that number."""


class ReporterUnreachable(CaseNotFound):
    """The case goes on but the bot can no longer reach the reporter: she cleared the chat from
    her phone, withdrew the report or erased her data ("hapus"). A message would be dropped at
    delivery while the mediator believed it sent, so it is refused instead."""


class WithdrawnByReporter(ValueError):
    """The reporter withdrew the report, or erased her data: it stays closed."""


#: what the reporter did with "hapus" that leaves the case closed for good (storage/erasure.py)
ENDED_BY_REPORTER = ("withdrawn", "erased")


@dataclass(frozen=True)
class HeldMessage:
    event_id: int
    case_number: str
    text: str
    at: datetime
    #: a file sent with it (storage/reporter_files.py): attachment_id, name, mime
    file: dict[str, Any] | None = None


@dataclass(frozen=True)
class Actor:
    """Who acts: a mediator (by id) or the system (CLI, scheduled jobs)."""

    mediator_id: int | None = None

    @property
    def kind(self) -> str:
        return "mediator" if self.mediator_id is not None else "system"


async def _case(conn: AsyncConnection, number: str) -> Any:
    row = (
        await conn.execute(
            select(
                cases.c.id,
                cases.c.status,
                cases.c.notify_reporter,
                cases.c.discreet,
                cases.c.chat_id_enc,
                cases.c.reporter_action,
                cases.c.assignee_id,
                cases.c.reporter_id,
                reporters.c.wrapped_key,
            )
            .outerjoin(reporters, reporters.c.id == cases.c.reporter_id)
            .where(cases.c.number == number)
        )
    ).first()
    if row is None:
        raise CaseNotFound(number)
    return row


async def change_status(
    store: SqlStore, number: str, status: str, reason: str, now: datetime, actor: Actor = Actor()
) -> None:
    """Move a case to another stage; tell the reporter (if they agreed to notices)."""
    if status not in CASE_STATUSES:
        raise ValueError(f"unknown status {status!r}; one of {', '.join(CASE_STATUSES)}")
    async with store.engine.begin() as conn:
        row = await _case(conn, number)
        if row.reporter_action in ENDED_BY_REPORTER and status not in CLOSED_STATUSES:
            raise WithdrawnByReporter(f"{number}: the reporter withdrew this report; it cannot be reopened")
        moved = {"from": row.status, "to": status}
        await _insert_event(store, conn, row, "status", now, actor, {"reason": reason}, moved)
        await conn.execute(update(cases).where(cases.c.id == row.id).values(**_clock_for(status, now)))
        if row.notify_reporter and row.chat_id_enc is not None:
            await store._enqueue(
                conn,
                "reporter_notice",
                {"case_number": number, "status": status, "changed_at": now.isoformat()},
                now,
            )


def _clock_for(status: str, now: datetime) -> dict[str, Any]:
    """A new stage's effect on the response clock: closed or waiting for her, nothing is due."""
    values: dict[str, Any] = {"status": status, "status_changed_at": now, "updated_at": now}
    if status in CLOSED_STATUSES:
        values.update(due_at=None, resolved_at=now)
    elif status == "menunggu_info":
        values["due_at"] = None
    else:
        values["resolved_at"] = None
    return values


def check_reachable(row: Any, number: str) -> None:
    """Raise :class:`ReporterUnreachable` when the bot has no chat of hers to write to."""
    if row.wrapped_key is None or row.chat_id_enc is None:
        why = {"withdrawn": "withdrew the report", "chat_deleted": "cleared the chat from her phone"}
        done = why.get(str(row.reporter_action), "erased their data")
        raise ReporterUnreachable(f"{number}: the reporter {done}; the bot cannot reach them")


def is_held(row: Any) -> bool:
    """A reporter who said No to updates, or chose discreet mode, gets a mediator's message only
    when she next writes to the bot (the bot never writes first into such a chat)."""
    return bool(row.discreet) or not bool(row.notify_reporter)


async def message_reporter(store: SqlStore, number: str, text: str, now: datetime, actor: Actor = Actor()) -> bool:
    """A mediator's message to the reporter, relayed by the bot; it lands on the thread too.
    The mediator has answered: nothing is due until she writes again. Returns whether the message
    is held (see :func:`is_held`) rather than sent now."""
    async with store.engine.begin() as conn:
        row = await _case(conn, number)
        check_reachable(row, number)
        return await record_message_out(store, conn, row, number, text, now, actor)


async def record_message_out(
    store: SqlStore,
    conn: AsyncConnection,
    row: Any,
    number: str,
    text: str,
    now: datetime,
    actor: Actor,
    file: dict[str, Any] | None = None,
) -> bool:
    """The thread event of a message to the reporter (with the file it names, if any), the answer
    that stops the response clock, and its outbox row: the message now, or only the note that one
    waits for her. Returns whether it is held. ``row``: the case as :func:`_case` reads it."""
    held = is_held(row)
    body: dict[str, Any] = {"text": text} if file is None else {"text": text, "file": file}
    data: dict[str, Any] = {"held": True} if held else {}
    if file is not None:
        data["file"] = True
    await _insert_event(store, conn, row, "message_out", now, actor, body, data)
    await conn.execute(
        update(cases)
        .where(cases.c.id == row.id)
        .values(updated_at=now, due_at=None, first_response_at=func.coalesce(cases.c.first_response_at, now))
    )
    if held:
        # nothing reaches her phone now: the bot only notes that a message waits, and tells her
        # when she next writes (flows/engine.py, "mediator_message_held")
        await store._enqueue(conn, "reporter_notice", {"case_number": number, "event": "mediator_message_held"}, now)
    else:
        await store._enqueue(conn, "reporter_message", {"case_number": number, "text": text}, now)
    return held


async def held_messages(store: SqlStore, chat_hash: str) -> list[HeldMessage]:
    """Mediators' messages held for the reporter of this chat, oldest first (for the bot to show
    when she next writes; :func:`mark_released` once they are on their way)."""
    async with store.engine.connect() as conn:
        rows = (
            await conn.execute(
                select(
                    events.c.id, events.c.at, events.c.body_enc, events.c.data, cases.c.number, reporters.c.wrapped_key
                )
                .join(cases, cases.c.id == events.c.case_id)
                .join(reporters, reporters.c.id == cases.c.reporter_id)
                .where(and_(cases.c.chat_hash == chat_hash, events.c.kind == "message_out"))
                .order_by(events.c.at, events.c.id)
            )
        ).all()
    out = []
    for r in rows:
        data = r.data or {}
        if data.get("held") and not data.get("released_at") and r.body_enc and r.wrapped_key:
            body = decrypt_json(store.keyring.unwrap(r.wrapped_key), r.body_enc)
            file = body.get("file") if isinstance(body.get("file"), dict) else None
            out.append(HeldMessage(int(r.id), r.number, str(body.get("text", "")), r.at, file))
    return out


async def mark_released(store: SqlStore, event_ids: list[int], now: datetime) -> None:
    """Held messages handed to the reporter: the thread shows them delivered, with the time."""
    async with store.engine.begin() as conn:
        for event_id in event_ids:
            data = (await conn.execute(select(events.c.data).where(events.c.id == event_id))).scalar()
            if data is not None:
                await conn.execute(
                    update(events).where(events.c.id == event_id).values(data={**data, "released_at": now.isoformat()})
                )


async def still_handled_sweep(store: SqlStore, now: datetime, days: int) -> int:
    """Open cases with no change for ``days``: a short "still being handled" note, once per period."""
    quiet = now - timedelta(days=days)
    async with store.engine.begin() as conn:
        rows = (
            await conn.execute(
                select(cases.c.id, cases.c.number)
                .where(
                    and_(
                        cases.c.status.in_(OPEN_STATUSES),
                        cases.c.notify_reporter.is_(True),
                        cases.c.status_changed_at < quiet,
                        cases.c.updated_at < quiet,
                        or_(cases.c.last_notice_at.is_(None), cases.c.last_notice_at < quiet),
                    )
                )
                .limit(1000)
            )
        ).all()
        for row in rows:
            await store._enqueue(conn, "reporter_notice", {"case_number": row.number, "event": "still_handled"}, now)
            await conn.execute(update(cases).where(cases.c.id == row.id).values(last_notice_at=now))
    return len(rows)


async def _insert_event(
    store: SqlStore,
    conn: AsyncConnection,
    row: Any,
    kind: str,
    now: datetime,
    actor: Actor,
    body: dict[str, Any] | None,
    data: dict[str, Any],
) -> None:
    """One row of the case's thread; ``body`` sealed under the reporter's key (none once erased)."""
    sealed = encrypt_json(store.keyring.unwrap(row.wrapped_key), body) if body and row.wrapped_key else None
    await conn.execute(
        insert(events).values(
            case_id=row.id,
            at=now,
            actor_kind=actor.kind,
            mediator_id=actor.mediator_id,
            kind=kind,
            body_enc=sealed,
            data=data,
        )
    )


async def _event(
    store: SqlStore,
    conn: AsyncConnection,
    row: Any,
    kind: str,
    now: datetime,
    actor: Actor,
    body: dict[str, Any] | None,
    data: dict[str, Any],
) -> None:
    """A thread row that changes nothing else of the case but its last update."""
    await _insert_event(store, conn, row, kind, now, actor, body, data)
    await conn.execute(update(cases).where(cases.c.id == row.id).values(updated_at=now))


async def assign(
    store: SqlStore, number: str, mediator_id: int, now: datetime, actor: Actor = Actor(), taking: bool = False
) -> None:
    """Give the case to a mediator; a mediator taking a new case also starts handling it."""
    async with store.engine.begin() as conn:
        row = await _case(conn, number)
        await conn.execute(update(cases).where(cases.c.id == row.id).values(assignee_id=mediator_id))
        data = {"to": mediator_id, **({"from": row.assignee_id} if row.assignee_id else {})}
        await _event(store, conn, row, "take" if taking else "assign", now, actor, None, data)
    if taking and row.status == "baru":
        await change_status(store, number, "diproses", "diambil petugas", now, actor)


async def add_note(store: SqlStore, number: str, text: str, now: datetime, actor: Actor = Actor()) -> None:
    """An internal note: on the timeline for mediators, never shown to the reporter."""
    async with store.engine.begin() as conn:
        row = await _case(conn, number)
        await _event(store, conn, row, "note", now, actor, {"text": text}, {})


async def refer(store: SqlStore, number: str, to: str, note: str, now: datetime, actor: Actor = Actor()) -> None:
    """Refer the case (embassy, police, regional office, NGO): an event, and the stage 'dirujuk'."""
    async with store.engine.begin() as conn:
        row = await _case(conn, number)
        await _event(store, conn, row, "refer", now, actor, {"text": note}, {"to": to})
    await change_status(store, number, "dirujuk", f"dirujuk: {to}", now, actor)


async def transfer(
    store: SqlStore, number: str, office_id: int, reason: str, now: datetime, actor: Actor = Actor()
) -> None:
    """Move the case to another office: it leaves this office's queue, unassigned, and the new
    office is told (its queue shows it; the mediators' chat gets a notice)."""
    async with store.engine.begin() as conn:
        row = await _case(conn, number)
        old = (await conn.execute(select(cases.c.office_id).where(cases.c.id == row.id))).scalar()
        await _event(
            store,
            conn,
            row,
            "transfer",
            now,
            actor,
            {"text": reason} if reason else None,
            {"from": old, "to": office_id},
        )
        await conn.execute(update(cases).where(cases.c.id == row.id).values(office_id=office_id, assignee_id=None))
        await store._enqueue(
            conn, "mediator_notice", {"kind": "case_transferred", "case_number": number, "office_id": office_id}, now
        )


async def mark_read(store: SqlStore, case_id: int) -> None:
    """A mediator opened the thread: the reporter's messages are no longer unread."""
    async with store.engine.begin() as conn:
        await conn.execute(
            update(cases)
            .where(and_(cases.c.id == case_id, cases.c.unread_since.is_not(None)))
            .values(unread_since=None)
        )
