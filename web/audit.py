"""The audit log: writing a row for everything done in the console, and the admins' page.

Rows name the account (or, for a failed sign-in, the username typed and the address), the action,
the case if any, and a small detail; never a reporter's words. The page filters by who, what and
when, newest first, 50 rows a page (keyset by id, so an old page costs what the first does).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, insert, select

from storage.deadlines import WIB
from storage.models import audit_log as audit
from storage.models import cases, mediators
from storage.sa_async import AsyncEngine

PAGE = 50


async def record(
    engine: AsyncEngine, mediator_id: int | None, action: str, case_id: int | None = None, **detail: Any
) -> None:
    async with engine.begin() as conn:
        await conn.execute(
            insert(audit).values(
                at=datetime.now(UTC), mediator_id=mediator_id, action=action[:40], case_id=case_id, detail=detail
            )
        )


@dataclass
class AuditFilter:
    who: str = ""
    action: str = ""
    day_from: str = ""
    day_to: str = ""
    before: str = ""

    @classmethod
    def from_query(cls, params: Any) -> AuditFilter:
        return cls(**{k: str(params.get(k, "")).strip()[:40] for k in cls.__dataclass_fields__})

    def query_string(self, **override: str) -> str:
        from urllib.parse import urlencode

        values = {k: getattr(self, k) for k in self.__dataclass_fields__} | override
        return urlencode({k: v for k, v in values.items() if v})


def _day(value: str) -> datetime | None:
    try:
        day = date.fromisoformat(value)
    except ValueError:
        return None
    return datetime(day.year, day.month, day.day, tzinfo=WIB)  # the days a mediator in Jakarta means


async def page(engine: AsyncEngine, f: AuditFilter) -> tuple[list[Any], str | None]:
    conditions = []
    if f.who.isdigit():
        conditions.append(audit.c.mediator_id == int(f.who))
    if f.action:
        conditions.append(audit.c.action == f.action)
    start, end = _day(f.day_from), _day(f.day_to)
    if start is not None:
        conditions.append(audit.c.at >= start)
    if end is not None:
        conditions.append(audit.c.at < end + timedelta(days=1))
    if f.before.isdigit():
        conditions.append(audit.c.id < int(f.before))
    query = (
        select(
            audit.c.id,
            audit.c.at,
            audit.c.action,
            audit.c.detail,
            mediators.c.username,
            mediators.c.display_name,
            cases.c.number,
        )
        .outerjoin(mediators, mediators.c.id == audit.c.mediator_id)
        .outerjoin(cases, cases.c.id == audit.c.case_id)
        .where(and_(True, *conditions))
        .order_by(audit.c.id.desc())
        .limit(PAGE + 1)
    )
    async with engine.connect() as conn:
        rows = list((await conn.execute(query)).all())
    more = len(rows) > PAGE
    rows = rows[:PAGE]
    return rows, (str(rows[-1].id) if more and rows else None)


async def actions_seen(engine: AsyncEngine) -> list[str]:
    async with engine.connect() as conn:
        return [
            str(a) for a in (await conn.execute(select(audit.c.action).distinct().order_by(audit.c.action))).scalars()
        ]
