"""One case as a mediator opens it, in the web console and the Telegram mediators' group alike:
the case row, the reporter's fields decrypted, the timeline, files, other cases of the same worker
and the names of mediators it passed between. Outside one's office it is simply not found."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import and_, select

from flows.codes import format_number
from storage.accounts import Account
from storage.crypto import decrypt_json
from storage.models import attachments, cases, mediators, offices, reporters
from storage.models import case_events as events
from storage.models import case_search as searches
from storage.queue import visible
from storage.search_index import IDENTIFYING
from storage.sql_store import SqlStore, aware

#: who speaks in a thread entry: the worker, a mediator to her, a mediator to colleagues, the system
SIDES = {"message_in": "worker", "message_out": "reply", "note": "note"}


@dataclass
class CaseView:
    row: Any
    fields: dict[str, Any] | None
    timeline: list[dict[str, Any]] = field(default_factory=list)
    files: list[Any] = field(default_factory=list)
    #: other visible cases of the same worker (same phone, passport or full name): (number, status)
    duplicates: list[Any] = field(default_factory=list)
    #: mediators named in take / assign events (id → name), for "taken over from …"
    names: dict[int, str] = field(default_factory=dict)

    @property
    def reachable(self) -> bool:
        """Whether the bot can still write to her: her data is there and her chat is linked (not
        after "hapus": a cleared chat, a withdrawn report, an erasure)."""
        return self.fields is not None and self.row.chat_id_enc is not None

    @property
    def held(self) -> bool:
        """Whether a message to her waits until she writes (she said No to updates, or discreet)."""
        return bool(self.row.discreet) or not bool(self.row.notify_reporter)


async def case_view(store: SqlStore, account: Account, number: str) -> CaseView | None:
    async with store.engine.connect() as conn:
        row = (
            await conn.execute(
                select(
                    cases,
                    reporters.c.wrapped_key,
                    offices.c.code.label("office_code"),
                    offices.c.name.label("office_name"),
                    mediators.c.display_name.label("assignee_name"),
                )
                .outerjoin(reporters, reporters.c.id == cases.c.reporter_id)
                .outerjoin(offices, offices.c.id == cases.c.office_id)
                .outerjoin(mediators, mediators.c.id == cases.c.assignee_id)
                .where(and_(cases.c.number == format_number(number), visible(account)))
            )
        ).first()
        if row is None:
            return None
        key = store.keyring.unwrap(row.wrapped_key) if row.wrapped_key else None
        fields = decrypt_json(key, row.fields_enc) if key and row.fields_enc else None
        timeline = []
        for e in (
            await conn.execute(
                select(events, mediators.c.display_name.label("who"))
                .outerjoin(mediators, mediators.c.id == events.c.mediator_id)
                .where(events.c.case_id == row.id)
                .order_by(events.c.at, events.c.id)
            )
        ).all():
            body = decrypt_json(key, e.body_enc) if key and e.body_enc else {}
            data = e.data or {}
            timeline.append(
                {
                    "id": e.id,
                    "at": aware(e.at),
                    "kind": e.kind,
                    "side": SIDES.get(e.kind, "system"),
                    "who": e.who or e.actor_kind,
                    "body": body,
                    "data": data,
                    "held": bool(data.get("held")) and not data.get("released_at"),
                    "released_at": datetime.fromisoformat(data["released_at"]) if data.get("released_at") else None,
                }
            )
        files = list(
            (
                await conn.execute(
                    select(attachments).where(attachments.c.case_id == row.id).order_by(attachments.c.id)
                )
            ).all()
        )
        own = select(searches.c.digest).where(and_(searches.c.case_id == row.id, searches.c.kind.in_(IDENTIFYING)))
        duplicates = list(
            (
                await conn.execute(
                    select(cases.c.number, cases.c.status, cases.c.category, cases.c.created_at)
                    .where(
                        and_(
                            visible(account),
                            cases.c.id != row.id,
                            cases.c.id.in_(select(searches.c.case_id).where(searches.c.digest.in_(own))),
                        )
                    )
                    .order_by(cases.c.created_at)
                    .limit(20)
                )
            ).all()
        )
        named = {
            int(v)
            for e in timeline
            if e["kind"] in ("take", "assign")
            for v in (e["data"].get("to"), e["data"].get("from"))
            if v
        }
        names = {}
        if named:
            found = await conn.execute(
                select(mediators.c.id, mediators.c.display_name).where(mediators.c.id.in_(named))
            )
            names = {int(m.id): str(m.display_name) for m in found}
    return CaseView(row, fields, timeline, files, duplicates, names)
