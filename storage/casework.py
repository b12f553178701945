"""What mediators do to a case: change its status, message the reporter, note, assign.

Every change is a case event (who, when, why) and, where the reporter agreed to notices, an
outbox row in the same transaction: the reporter hears of a change exactly when it committed.
Used by the CLI today and by the mediator console.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, and_, insert, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection

from storage.crypto import encrypt_json
from storage.models import CASE_STATUSES, Case, CaseEvent, Reporter
from storage.sql_store import SqlStore

cases = cast(Table, Case.__table__)
events = cast(Table, CaseEvent.__table__)
reporters = cast(Table, Reporter.__table__)
OPEN_STATUSES = ("baru", "diproses", "menunggu_info", "dirujuk")


class CaseNotFound(LookupError):
    """No case with that number."""


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
            select(cases.c.id, cases.c.status, cases.c.notify_reporter, cases.c.reporter_id, reporters.c.wrapped_key)
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
        body = encrypt_json(store.keyring.unwrap(row.wrapped_key), {"reason": reason}) if row.wrapped_key else None
        await conn.execute(
            insert(events).values(
                case_id=row.id,
                at=now,
                actor_kind=actor.kind,
                mediator_id=actor.mediator_id,
                kind="status",
                body_enc=body,
                data={"from": row.status, "to": status},
            )
        )
        await conn.execute(
            update(cases).where(cases.c.id == row.id).values(status=status, status_changed_at=now, updated_at=now)
        )
        if row.notify_reporter:
            await store._enqueue(
                conn,
                "reporter_notice",
                {"case_number": number, "status": status, "changed_at": now.isoformat()},
                now,
            )


async def message_reporter(store: SqlStore, number: str, text: str, now: datetime, actor: Actor = Actor()) -> None:
    """A mediator's message to the reporter, relayed by the bot; it lands on the timeline too.
    Sent even to discreet reporters: it answers their case, and the bot deletes as it goes."""
    async with store.engine.begin() as conn:
        row = await _case(conn, number)
        if row.wrapped_key is None:
            raise CaseNotFound(f"{number}: the reporter erased their data; they cannot be reached")
        await conn.execute(
            insert(events).values(
                case_id=row.id,
                at=now,
                actor_kind=actor.kind,
                mediator_id=actor.mediator_id,
                kind="message_out",
                body_enc=encrypt_json(store.keyring.unwrap(row.wrapped_key), {"text": text}),
                data={},
            )
        )
        await conn.execute(update(cases).where(cases.c.id == row.id).values(updated_at=now))
        await store._enqueue(conn, "reporter_message", {"case_number": number, "text": text}, now)


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
    await conn.execute(update(cases).where(cases.c.id == row.id).values(updated_at=now))


async def assign(
    store: SqlStore, number: str, mediator_id: int, now: datetime, actor: Actor = Actor(), taking: bool = False
) -> None:
    """Give the case to a mediator; a mediator taking a new case also starts handling it."""
    async with store.engine.begin() as conn:
        row = await _case(conn, number)
        await conn.execute(update(cases).where(cases.c.id == row.id).values(assignee_id=mediator_id))
        await _event(store, conn, row, "take" if taking else "assign", now, actor, None, {"to": mediator_id})
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
