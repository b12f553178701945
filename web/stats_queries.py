"""Statistics for a date range: counts (secondary categories too), and per office the time to a
first response and to resolution, and what is overdue per office and per mediator.

Counted in SQL (no personal field is read); durations are averaged by the database, in seconds,
with each dialect's own date arithmetic.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, literal_column, select

from storage.accounts import Account
from storage.casework import OPEN_STATUSES
from storage.models import cases, mediators, offices
from storage.queue import visible
from storage.sa_async import AsyncEngine

DEFAULT_DAYS = 90


@dataclass
class StatsRange:
    date_from: date
    date_to: date
    office: int | None = None

    @classmethod
    def from_query(cls, params: Any, today: date) -> StatsRange:
        def day(name: str, default: date) -> date:
            try:
                return date.fromisoformat(str(params.get(name, "")))
            except ValueError:
                return default

        office = str(params.get("office", ""))
        start = day("date_from", today - timedelta(days=DEFAULT_DAYS))
        end = day("date_to", today)
        return cls(min(start, end), max(start, end), int(office) if office.isdigit() else None)

    def bounds(self) -> tuple[datetime, datetime]:
        return (
            datetime(self.date_from.year, self.date_from.month, self.date_from.day),
            datetime(self.date_to.year, self.date_to.month, self.date_to.day) + timedelta(days=1),
        )


@dataclass
class Statistics:
    counts: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    #: per office: name, cases, answered, mean seconds to first response, resolved, mean seconds to resolution, overdue
    offices: list[dict[str, Any]] = field(default_factory=list)
    #: per mediator: name, office, open cases, overdue
    mediators: list[dict[str, Any]] = field(default_factory=list)


def _seconds(engine: AsyncEngine, later: Any, earlier: Any) -> Any:
    if engine.dialect.name == "postgresql":
        return func.extract("epoch", later - earlier)
    return (func.julianday(later) - func.julianday(earlier)) * 86400.0


def _scope(account: Account, r: StatsRange) -> Any:
    start, end = r.bounds()
    conditions = [visible(account), cases.c.created_at >= start, cases.c.created_at < end]
    if r.office is not None and account.is_admin:
        conditions.append(cases.c.office_id == r.office)
    return and_(*conditions)


async def statistics(engine: AsyncEngine, account: Account, r: StatsRange, now: datetime | None = None) -> Statistics:
    now = now or datetime.now(UTC)
    scope = _scope(account, r)
    out = Statistics()
    month = func.substr(func.cast(cases.c.created_at, type_=cases.c.number.type), 1, 7)
    async with engine.connect() as conn:
        for name, column in (
            ("category", cases.c.category),
            ("country", cases.c.country),
            ("province", cases.c.province),
            ("sex", cases.c.sex),
            ("status", cases.c.status),
            ("month", month),
        ):
            rows = (
                await conn.execute(
                    select(column.label("k"), func.count().label("n"))
                    .where(scope)
                    .group_by(column)
                    .order_by(func.count().desc() if name != "month" else column)
                )
            ).all()
            out.counts[name] = [(str(row.k) if row.k is not None else "-", int(row.n)) for row in rows]
        if engine.dialect.name == "postgresql":
            each = (
                func.json_array_elements_text(cases.c.secondary_categories)
                .table_valued("value")
                .render_derived(name="secondary")
            )
        else:
            each = func.json_each(cases.c.secondary_categories).table_valued("value").alias("secondary")
        value: Any = each.c.value
        rows = (
            await conn.execute(
                select(value.label("k"), func.count().label("n"))
                .select_from(cases)
                .join(each, literal_column("1") == literal_column("1"))
                .where(scope)
                .group_by(value)
                .order_by(func.count().desc())
            )
        ).all()
        out.counts["secondary_category"] = [(str(row.k), int(row.n)) for row in rows]

        first = _seconds(engine, cases.c.first_response_at, cases.c.created_at)
        resolved = _seconds(engine, cases.c.resolved_at, cases.c.created_at)
        overdue = and_(cases.c.status.in_(OPEN_STATUSES), cases.c.due_at < now)
        for row in (
            await conn.execute(
                select(
                    offices.c.name,
                    offices.c.code,
                    func.count().label("cases"),
                    func.count(cases.c.first_response_at).label("answered"),
                    func.avg(first).label("first_response"),
                    func.count(cases.c.resolved_at).label("resolved"),
                    func.avg(resolved).label("resolution"),
                    func.count(case((overdue, 1))).label("overdue"),
                )
                .select_from(cases)
                .outerjoin(offices, offices.c.id == cases.c.office_id)
                .where(scope)
                .group_by(offices.c.name, offices.c.code)
                .order_by(offices.c.name)
            )
        ).all():
            out.offices.append(dict(row._mapping))
        for row in (
            await conn.execute(
                select(
                    mediators.c.display_name.label("name"),
                    offices.c.name.label("office"),
                    func.count().label("open"),
                    func.count(case((cases.c.due_at < now, 1))).label("overdue"),
                )
                .select_from(cases)
                .join(mediators, mediators.c.id == cases.c.assignee_id)
                .outerjoin(offices, offices.c.id == mediators.c.office_id)
                .where(and_(visible(account), cases.c.status.in_(OPEN_STATUSES)))
                .group_by(mediators.c.display_name, offices.c.name)
                .order_by(func.count(case((cases.c.due_at < now, 1))).desc(), mediators.c.display_name)
            )
        ).all():
            out.mediators.append(dict(row._mapping))
    return out
