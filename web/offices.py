"""Offices, for admins: each named in words (the queue, transfers, statistics and accounts show
the name, never a code) and new ones added. Routing by country stays in config.yaml."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import func, select, update
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from storage import queue as queries
from storage.accounts import Account, ensure_office
from storage.casework import OPEN_STATUSES
from storage.models import cases, offices
from storage.sa_async import AsyncEngine
from web.console import checked_form, now, runtime_of, signed_in
from web.inbox import page

CODE = re.compile(r"[a-z0-9][a-z0-9-]{1,38}")


async def offices_with_load(engine: AsyncEngine, at: Any) -> list[Any]:
    """Every office with its open and overdue cases."""
    open_ = cases.c.status.in_(OPEN_STATUSES)
    async with engine.connect() as conn:
        return list(
            (
                await conn.execute(
                    select(
                        offices.c.id,
                        offices.c.code,
                        offices.c.name,
                        func.count(cases.c.id).filter(open_).label("open"),
                        func.count(cases.c.id).filter(open_ & (cases.c.due_at < at)).label("overdue"),
                    )
                    .outerjoin(cases, cases.c.office_id == offices.c.id)
                    .group_by(offices.c.id, offices.c.code, offices.c.name)
                    .order_by(offices.c.name)
                )
            ).all()
        )


def _admin(account: Account) -> None:
    if not account.is_admin:
        raise HTTPException(404, "not found")


@signed_in
async def offices_page(request: Request, account: Account) -> Response:
    _admin(account)
    engine = runtime_of(request).store.engine
    rows = await offices_with_load(engine, now())
    return page(request, "offices.html", account, offices=rows, error=request.query_params.get("error", ""))


@signed_in
async def offices_save(request: Request, account: Account) -> Response:
    """Rename an office, or add one (code and name)."""
    _admin(account)
    form = await checked_form(request)
    engine = runtime_of(request).store.engine
    name = " ".join(str(form.get("name", "")).split())[:200]
    if not name:
        return RedirectResponse("/offices?error=name", status_code=303)
    office = str(form.get("office", ""))
    if office.isdigit():
        async with engine.begin() as conn:
            changed = await conn.execute(update(offices).where(offices.c.id == int(office)).values(name=name))
        if not changed.rowcount:
            raise HTTPException(404, "no such office")
        await queries.record(engine, account, "rename_office", None, now(), office=int(office))
    else:
        code = str(form.get("code", "")).strip().lower()
        if not CODE.fullmatch(code):
            return RedirectResponse("/offices?error=code", status_code=303)
        created = await ensure_office(engine, code, name)
        await queries.record(engine, account, "add_office", None, now(), office=created)
    return RedirectResponse("/offices", status_code=303)


def office_routes() -> list[Route]:
    return [
        Route("/offices", offices_page, methods=["GET"]),
        Route("/offices", offices_save, methods=["POST"]),
    ]
