"""What mediators read, in the web console and the Telegram mediators' group alike: the queue
(keyset-paged), one case, statistics, exports. Storage answers it, so no channel imports the web.

Every query takes the account: a mediator or supervisor sees only their office's cases, an admin
all. A case outside one's office is simply not found (404), so URL guessing learns nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, and_, func, insert, or_, select

from flows.codes import format_number
from storage.accounts import Account
from storage.casework import CLOSED_STATUSES
from storage.crypto import KeyRing, decrypt_json
from storage.models import audit_log as audit
from storage.models import case_search as searches
from storage.models import cases, mediators, offices, reporters
from storage.sa_async import AsyncEngine
from storage.search_index import query_digests
from storage.sql_store import SqlStore, aware

PAGE = 50
FILTERS = ("status", "category", "country", "office", "assignee", "sex", "reporter_kind")
VIEWS = ("all", "mine", "unassigned", "waiting", "overdue")
#: the views ordered by deadline (soonest first) rather than urgent-then-oldest
BY_DEADLINE = ("waiting", "overdue")


@dataclass
class QueueFilter:
    view: str = "all"
    #: open (the default), closed or all
    state: str = ""
    status: str = ""
    category: str = ""
    country: str = ""
    office: str = ""
    assignee: str = ""
    sex: str = ""
    reporter_kind: str = ""
    date_from: str = ""
    date_to: str = ""
    #: a case number (or part of one), a phone, a passport number or a name
    q: str = ""
    number: str = ""
    after: str = ""

    @classmethod
    def from_query(cls, params: Any) -> QueueFilter:
        f = cls(**{k: str(params.get(k, "")).strip()[:80] for k in cls.__dataclass_fields__})
        if f.view not in VIEWS:
            f.view = "all"
        if f.number and not f.q:
            f.q = f.number
        f.number = ""
        return f

    def query_string(self, **override: str) -> str:
        from urllib.parse import urlencode

        values = {k: getattr(self, k) for k in self.__dataclass_fields__} | override
        return urlencode({k: v for k, v in values.items() if v and not (k == "view" and v == "all")})


def visible(account: Account) -> Any:
    """The cases an account may see."""
    if account.is_admin:
        return cases.c.id.is_not(None)
    return cases.c.office_id == account.office_id


def _number_part(typed: str) -> str | None:
    """A case number or a piece of one ("k7q", "3XM9", "K7Q-3XM"), upper-cased; else None."""
    text = typed.strip().upper().replace(" ", "")
    return text if 3 <= len(text) <= 9 and re.fullmatch(r"[0-9A-Z-]+", text) else None


#: cases a number's start may match, at most (a mediator types more when there are more)
SEARCH_CAP = 500


def search_condition(keyring: KeyRing | None, typed: str) -> Any:
    """Cases whose number is or starts with the text, or ends with its four symbols, or whose
    phone, passport or name match: each an index lookup (the unique index of numbers, or the
    HMAC digests of storage/search_index.py), never a scan or a decryption."""
    options = []
    whole = format_number(typed)
    part = _number_part(typed)
    if re.fullmatch(r"[0-9A-Z]{3}-[0-9A-Z]{4}", whole):
        options.append(cases.c.number == whole)
    elif part:
        start = f"{part[:3]}-{part[3:]}" if len(part) > 3 and "-" not in part else part
        # the numbers that start so, from the unique index, as a list of ids (without it SQLite
        # may walk a whole office's cases, not knowing how narrow the range is)
        numbers = cases.alias("numbers")
        starting = select(numbers.c.id).where(and_(numbers.c.number >= start, numbers.c.number < start + "~"))
        options.append(cases.c.id.in_(starting.limit(SEARCH_CAP)))
    if keyring is not None:
        digests = query_digests(keyring, typed)
        if digests:
            options.append(cases.c.id.in_(select(searches.c.case_id).where(searches.c.digest.in_(digests))))
    return or_(*options) if options else cases.c.id.is_(None)


def _filtered(
    account: Account,
    f: QueueFilter,
    keyring: KeyRing | None = None,
    at: datetime | None = None,
) -> Select[Any]:
    conditions = [visible(account)]
    if f.status:
        conditions.append(cases.c.status == f.status)
    elif f.state == "closed":
        conditions.append(cases.c.status.in_(CLOSED_STATUSES))
    elif f.state != "all":
        # "not closed" rather than "in the open stages": no index serves it, so SQLite keeps the
        # queue's own index order (office, urgent, age) instead of sorting every open case by status
        conditions.append(cases.c.status.not_in(CLOSED_STATUSES))
    if f.category:
        conditions.append(cases.c.category == f.category)
    if f.country:
        conditions.append(cases.c.country == f.country.upper())
    if f.sex:
        conditions.append(cases.c.sex == f.sex)
    if f.reporter_kind:
        conditions.append(cases.c.reporter_kind == f.reporter_kind)
    if f.view in ("mine", "waiting"):
        conditions.append(cases.c.assignee_id == account.id)
    if f.view == "unassigned" or f.assignee == "none":
        conditions.append(cases.c.assignee_id.is_(None))
    elif f.assignee.isdigit():
        conditions.append(cases.c.assignee_id == int(f.assignee))
    if f.view == "waiting":
        conditions.append(cases.c.due_at.is_not(None))
    if f.view == "overdue":
        conditions.append(cases.c.due_at < (at or datetime.now(UTC)))
    if f.office.isdigit() and account.is_admin:
        conditions.append(cases.c.office_id == int(f.office))
    for value, op in ((f.date_from, "ge"), (f.date_to, "lt")):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            continue
        moment = datetime(day.year, day.month, day.day) + (timedelta(days=1) if op == "lt" else timedelta())
        conditions.append(cases.c.created_at >= moment if op == "ge" else cases.c.created_at < moment)
    if f.q:
        conditions.append(search_condition(keyring, f.q))
    return (
        select(
            cases.c.id,
            cases.c.number,
            cases.c.status,
            cases.c.category,
            cases.c.secondary_categories,
            cases.c.country,
            cases.c.urgent,
            cases.c.sex,
            cases.c.age,
            cases.c.reporter_kind,
            cases.c.created_at,
            cases.c.office_id,
            cases.c.assignee_id,
            cases.c.unread_since,
            cases.c.due_at,
            offices.c.code.label("office_code"),
            offices.c.name.label("office_name"),
            mediators.c.display_name.label("assignee_name"),
        )
        .outerjoin(offices, offices.c.id == cases.c.office_id)
        .outerjoin(mediators, mediators.c.id == cases.c.assignee_id)
        .where(and_(*conditions))
    )


def _cursor(row: Any, by_deadline: bool) -> str:
    if by_deadline:
        due = aware(row.due_at)
        assert due is not None
        return f"d_{due.isoformat()}_{row.id}"
    created = aware(row.created_at)
    assert created is not None
    return f"{int(bool(row.urgent))}_{created.isoformat()}_{row.id}"


def _after(cursor: str) -> Any:
    """Keyset paging: urgent first, then oldest (or the soonest deadline first); a page starts
    after the previous page's last row, so page 1,000 costs what page 1 does, even with a million
    cases."""
    try:
        urgent, moment, ident = cursor.split("_")
        when = datetime.fromisoformat(moment).astimezone(UTC).replace(tzinfo=None)
        i = int(ident)
        if urgent == "d":
            return or_(cases.c.due_at > when, and_(cases.c.due_at == when, cases.c.id > i))
        u = bool(int(urgent))
    except ValueError:
        return None
    same_urgency = and_(
        cases.c.urgent == u,
        or_(cases.c.created_at > when, and_(cases.c.created_at == when, cases.c.id > i)),
    )
    return or_(cases.c.urgent.is_(False), same_urgency) if u else same_urgency


def plan_order(f: QueueFilter) -> tuple[Any, ...]:
    """A view's order: the soonest deadline first, or urgent first, then the oldest."""
    if f.view in BY_DEADLINE:
        return (cases.c.due_at, cases.c.id)
    return (cases.c.urgent.desc(), cases.c.created_at, cases.c.id)


async def queue(
    engine: AsyncEngine, account: Account, f: QueueFilter, keyring: KeyRing | None = None, at: datetime | None = None
) -> tuple[list[Any], str | None]:
    by_deadline = f.view in BY_DEADLINE
    order = plan_order(f)
    after = _after(f.after) if f.after else None
    query = _filtered(account, f, keyring, at)
    if after is not None:
        query = query.where(after)
    async with engine.connect() as conn:
        rows = list((await conn.execute(query.order_by(*order).limit(PAGE + 1))).all())
    more = len(rows) > PAGE
    rows = rows[:PAGE]
    return rows, (_cursor(rows[-1], by_deadline) if more and rows else None)


#: counts on the view tabs stop here ("99+"): a count is then at most this many index steps
COUNT_CAP = 100


async def view_counts(engine: AsyncEngine, account: Account, at: datetime) -> dict[str, int]:
    """How many of my open cases are in Mine and Waiting for me, each counted up to COUNT_CAP."""
    mine = and_(cases.c.assignee_id == account.id, cases.c.status.not_in(CLOSED_STATUSES))
    out = {}
    async with engine.connect() as conn:
        for name, condition in (("mine", mine), ("waiting", and_(mine, cases.c.due_at.is_not(None)))):
            capped = select(cases.c.id).where(condition).limit(COUNT_CAP).subquery()
            out[name] = int((await conn.execute(select(func.count()).select_from(capped))).scalar_one())
    return out


async def offices_list(engine: AsyncEngine) -> list[Any]:
    async with engine.connect() as conn:
        return list(
            (await conn.execute(select(offices.c.id, offices.c.code, offices.c.name).order_by(offices.c.name))).all()
        )


async def export_rows(store: SqlStore, account: Account, f: QueueFilter, personal: bool) -> list[dict[str, Any]]:
    query = (
        _filtered(account, f, store.keyring)
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
                "secondary_categories": ";".join(row.secondary_categories or []),
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
                    "where_now",
                    "regency",
                    "employer_name",
                    "agency",
                    "passport",
                    "story",
                    "worker_phone",
                    "relation",
                    "last_contact",
                    "died_on",
                ):
                    record[key] = fields.get(key)
            out.append(record)
    return out


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


async def record(
    engine: AsyncEngine, account: Account, action: str, case_id: int | None, now: datetime, **detail: Any
) -> None:
    """The audit log: who did what, when (no personal data in the detail)."""
    async with engine.begin() as conn:
        await conn.execute(
            insert(audit).values(at=now, mediator_id=account.id, action=action, case_id=case_id, detail=detail)
        )
