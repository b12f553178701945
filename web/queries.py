"""What the mediator console reads: the queue (keyset-paged), one case, statistics, exports.

Every query takes the account: a mediator or supervisor sees only their office's cases, an admin
all. A case outside one's office is simply not found (404), so URL guessing learns nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Select, Table, and_, func, insert, or_, select
from sqlalchemy.ext.asyncio import AsyncEngine

from flows.codes import format_number
from storage.accounts import Account
from storage.crypto import decrypt_json
from storage.models import Attachment, AuditLog, Case, CaseEvent, Mediator, Office, Reporter
from storage.sql_store import SqlStore, aware

cases = cast(Table, Case.__table__)
events = cast(Table, CaseEvent.__table__)
reporters = cast(Table, Reporter.__table__)
mediators = cast(Table, Mediator.__table__)
offices = cast(Table, Office.__table__)
attachments = cast(Table, Attachment.__table__)
audit = cast(Table, AuditLog.__table__)
PAGE = 50
FILTERS = ("status", "category", "country", "office", "assignee", "sex", "reporter_kind")


@dataclass
class QueueFilter:
    status: str = ""
    category: str = ""
    country: str = ""
    office: str = ""
    assignee: str = ""
    sex: str = ""
    reporter_kind: str = ""
    date_from: str = ""
    date_to: str = ""
    number: str = ""
    after: str = ""

    @classmethod
    def from_query(cls, params: Any) -> QueueFilter:
        return cls(**{k: str(params.get(k, "")).strip()[:40] for k in cls.__dataclass_fields__})

    def query_string(self, **override: str) -> str:
        from urllib.parse import urlencode

        values = {k: getattr(self, k) for k in self.__dataclass_fields__} | override
        return urlencode({k: v for k, v in values.items() if v})


def visible(account: Account) -> Any:
    """The cases an account may see."""
    if account.is_admin:
        return cases.c.id.is_not(None)
    return cases.c.office_id == account.office_id


def _filtered(account: Account, f: QueueFilter) -> Select[Any]:
    conditions = [visible(account)]
    if f.status:
        conditions.append(cases.c.status == f.status)
    if f.category:
        conditions.append(cases.c.category == f.category)
    if f.country:
        conditions.append(cases.c.country == f.country.upper())
    if f.sex:
        conditions.append(cases.c.sex == f.sex)
    if f.reporter_kind:
        conditions.append(cases.c.reporter_kind == f.reporter_kind)
    if f.assignee == "none":
        conditions.append(cases.c.assignee_id.is_(None))
    elif f.assignee.isdigit():
        conditions.append(cases.c.assignee_id == int(f.assignee))
    if f.office.isdigit() and account.is_admin:
        conditions.append(cases.c.office_id == int(f.office))
    for value, op in ((f.date_from, "ge"), (f.date_to, "lt")):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            continue
        moment = datetime(day.year, day.month, day.day) + (timedelta(days=1) if op == "lt" else timedelta())
        conditions.append(cases.c.created_at >= moment if op == "ge" else cases.c.created_at < moment)
    if f.number:
        conditions.append(cases.c.number == format_number(f.number))
    return (
        select(
            cases.c.id,
            cases.c.number,
            cases.c.status,
            cases.c.category,
            cases.c.country,
            cases.c.urgent,
            cases.c.sex,
            cases.c.reporter_kind,
            cases.c.created_at,
            cases.c.office_id,
            offices.c.code.label("office_code"),
            mediators.c.display_name.label("assignee_name"),
        )
        .outerjoin(offices, offices.c.id == cases.c.office_id)
        .outerjoin(mediators, mediators.c.id == cases.c.assignee_id)
        .where(and_(*conditions))
    )


def _cursor(row: Any) -> str:
    created = aware(row.created_at)
    assert created is not None
    return f"{int(bool(row.urgent))}_{created.isoformat()}_{row.id}"


def _after(cursor: str) -> Any:
    """Keyset paging: urgent first, then oldest; a page starts after the previous page's last row,
    so page 1,000 costs what page 1 does, even with a million cases."""
    try:
        urgent, created, ident = cursor.split("_")
        when = datetime.fromisoformat(created).replace(tzinfo=None)
        u, i = bool(int(urgent)), int(ident)
    except ValueError:
        return None
    same_urgency = and_(
        cases.c.urgent == u,
        or_(cases.c.created_at > when, and_(cases.c.created_at == when, cases.c.id > i)),
    )
    return or_(cases.c.urgent.is_(False), same_urgency) if u else same_urgency


async def queue(engine: AsyncEngine, account: Account, f: QueueFilter) -> tuple[list[Any], str | None]:
    query = _filtered(account, f)
    if f.after:
        condition = _after(f.after)
        if condition is not None:
            query = query.where(condition)
    query = query.order_by(cases.c.urgent.desc(), cases.c.created_at, cases.c.id).limit(PAGE + 1)
    async with engine.connect() as conn:
        rows = list((await conn.execute(query)).all())
    more = len(rows) > PAGE
    rows = rows[:PAGE]
    return rows, (_cursor(rows[-1]) if more and rows else None)


async def export_rows(store: SqlStore, account: Account, f: QueueFilter, personal: bool) -> list[dict[str, Any]]:
    query = (
        _filtered(account, f)
        .add_columns(
            cases.c.province,
            cases.c.age,
            cases.c.route,
            cases.c.indicators,
            cases.c.language,
            cases.c.fields_enc,
            reporters.c.wrapped_key,
        )
        .outerjoin(reporters, reporters.c.id == cases.c.reporter_id)
        .order_by(cases.c.created_at, cases.c.id)
    )
    out = []
    async with store.engine.connect() as conn:
        for row in (await conn.execute(query)).all():
            record: dict[str, Any] = {
                "number": row.number,
                "status": row.status,
                "category": row.category,
                "country": row.country,
                "province": row.province,
                "sex": row.sex,
                "age": row.age,
                "reporter_kind": row.reporter_kind,
                "route": row.route,
                "urgent": bool(row.urgent),
                "indicators": ";".join(row.indicators or []),
                "language": row.language,
                "office": row.office_code,
                "created_at": aware(row.created_at),
            }
            if personal and row.fields_enc is not None and row.wrapped_key is not None:
                fields = decrypt_json(store.keyring.unwrap(row.wrapped_key), row.fields_enc)
                for key in (
                    "worker_name",
                    "phone",
                    "city",
                    "regency",
                    "employer_name",
                    "agency",
                    "passport",
                    "story",
                    "worker_phone",
                    "relation",
                    "last_contact",
                ):
                    record[key] = fields.get(key)
            out.append(record)
    return out


@dataclass
class CaseView:
    row: Any
    fields: dict[str, Any] | None
    timeline: list[dict[str, Any]] = field(default_factory=list)
    files: list[Any] = field(default_factory=list)


async def case_view(store: SqlStore, account: Account, number: str) -> CaseView | None:
    async with store.engine.connect() as conn:
        row = (
            await conn.execute(
                select(
                    cases,
                    reporters.c.wrapped_key,
                    offices.c.code.label("office_code"),
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
            timeline.append(
                {"at": aware(e.at), "kind": e.kind, "who": e.who or e.actor_kind, "body": body, "data": e.data or {}}
            )
        files = list(
            (
                await conn.execute(
                    select(attachments).where(attachments.c.case_id == row.id).order_by(attachments.c.id)
                )
            ).all()
        )
    return CaseView(row, fields, timeline, files)


async def office_mediators(engine: AsyncEngine, office_id: int | None) -> list[Any]:
    async with engine.connect() as conn:
        return list(
            (
                await conn.execute(
                    select(mediators.c.id, mediators.c.display_name)
                    .where(and_(mediators.c.office_id == office_id, mediators.c.active.is_(True)))
                    .order_by(mediators.c.display_name)
                )
            ).all()
        )


async def statistics(engine: AsyncEngine, account: Account) -> dict[str, list[tuple[str, int]]]:
    month = func.substr(func.cast(cases.c.created_at, type_=cases.c.number.type), 1, 7)
    out: dict[str, list[tuple[str, int]]] = {}
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
                    .where(visible(account))
                    .group_by(column)
                    .order_by(func.count().desc() if name != "month" else column)
                )
            ).all()
            out[name] = [(str(r.k) if r.k is not None else "-", int(r.n)) for r in rows]
    return out


async def record(
    engine: AsyncEngine, account: Account, action: str, case_id: int | None, now: datetime, **detail: Any
) -> None:
    """The audit log: who did what, when (no personal data in the detail)."""
    async with engine.begin() as conn:
        await conn.execute(
            insert(audit).values(at=now, mediator_id=account.id, action=action, case_id=case_id, detail=detail)
        )
