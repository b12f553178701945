"""Jobs on the whole store: retention and the list a breach notice needs (key rotation:
storage/rekey.py, re-exported here).

Each is safe to run again (idempotent) and from cron while the bot runs.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, or_, select, update

from storage.files import remove_durably
from storage.models import attachments, cases, outbox, reporters
from storage.models import case_events as events
from storage.rekey import rewrap_all
from storage.sql_store import SqlStore, aware

BATCH = 500
__all__ = ["anonymise_closed", "breach_report", "rewrap_all"]


async def anonymise_closed(store: SqlStore, now: datetime, after_days: int) -> int:
    """Closed cases older than the retention period keep only their statistics columns."""
    cutoff = now - timedelta(days=after_days)
    async with store.engine.begin() as conn:
        ids = list(
            (
                await conn.execute(
                    select(cases.c.id).where(
                        and_(
                            cases.c.status == "ditutup",
                            cases.c.status_changed_at < cutoff,
                            cases.c.anonymised_at.is_(None),
                        )
                    )
                )
            ).scalars()
        )
        if not ids:
            return 0
        await conn.execute(
            update(cases)
            .where(cases.c.id.in_(ids))
            .values(
                fields_enc=None,
                chat_id_enc=None,
                chat_hash=None,
                access_hash=None,
                family_hash=None,
                relation=None,
                notify_reporter=False,
                anonymised_at=now,
            )
        )
        await conn.execute(update(events).where(events.c.case_id.in_(ids)).values(body_enc=None))
        paths = [
            p
            for p in (await conn.execute(select(attachments.c.path).where(attachments.c.case_id.in_(ids)))).scalars()
            if p
        ]
        await conn.execute(
            update(attachments).where(attachments.c.case_id.in_(ids)).values(file_id_enc=None, path=None)
        )
        # what was still to be sent about them (a notice, a kept reply) goes with them
        await conn.execute(delete(outbox).where(outbox.c.case_id.in_(ids)))
    await asyncio.to_thread(remove_durably, paths)
    return len(ids)


@dataclass(frozen=True)
class Exposed:
    """One reporter whose personal data existed in the exposed window, and how to reach them."""

    reporter_id: int
    channel: str
    cases: tuple[str, ...]
    reachable: bool


async def breach_report(store: SqlStore, since: datetime) -> dict[str, Any]:
    """Whose data a breach since ``since`` could have touched: every reporter with personal data
    stored (not erased) and written or kept since then. Numbers only: the notice itself goes through
    the bot to those who can be reached. With the master key safe, the tables alone reveal nothing
    personal (it is encrypted); this list is for when the keys, or the server, were exposed."""
    async with store.engine.connect() as conn:
        rows = (
            await conn.execute(
                select(
                    reporters.c.id,
                    reporters.c.channel,
                    reporters.c.wrapped_key,
                    reporters.c.created_at,
                    cases.c.number,
                    cases.c.fields_enc,
                    cases.c.updated_at,
                )
                .outerjoin(cases, cases.c.reporter_id == reporters.c.id)
                .where(
                    and_(
                        reporters.c.wrapped_key.is_not(None),
                        or_(reporters.c.erased_at.is_(None), reporters.c.erased_at > since),
                    )
                )
                .order_by(reporters.c.id)
            )
        ).all()
    found: dict[int, dict[str, Any]] = {}
    for row in rows:
        entry = found.setdefault(row.id, {"channel": row.channel, "cases": [], "recent": False})
        if row.number and row.fields_enc is not None:
            entry["cases"].append(row.number)
        touched = max((d for d in (aware(row.created_at), aware(row.updated_at)) if d is not None), default=None)
        entry["recent"] = entry["recent"] or (touched is not None and touched >= since) or bool(entry["cases"])
    exposed = [Exposed(rid, e["channel"], tuple(e["cases"]), True) for rid, e in found.items() if e["recent"]]
    return {
        "since": since.isoformat(),
        "reporters": len(exposed),
        "cases": sorted(n for e in exposed for n in e.cases),
        "by_channel": {c: sum(1 for e in exposed if e.channel == c) for c in sorted({e.channel for e in exposed})},
        "note": "personal fields are encrypted per reporter; exposure of the master key or a running server "
        "exposes them all: notify these reporters and the authority within 3x24 hours (UU PDP)",
    }
