"""The mediator console: sign-in, the queue, a case and what a mediator does with it.

Server-rendered HTML (Jinja2, autoescaped), no scripts: light on a slow office connection and
easy to keep safe (the CSP forbids every script). Every form carries a CSRF token; every view and
change goes to the audit log.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from bot.runtime import Runtime
from storage.accounts import Account, AccountError, authenticate, create_mediator, list_accounts, load_account
from storage.export import csv_text, xlsx_bytes
from storage.models import CASE_STATUSES, ROLES
from web import queries
from web.evidence import serve_evidence

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
WORDS = {lang: yaml.safe_load((HERE / "locales" / f"{lang}.yaml").read_text(encoding="utf-8")) for lang in ("id", "en")}
IDLE_MINUTES = 30
REFER_TO = ("kbri", "polisi", "bp3mi", "lsm")
EXPORT_FORMATS = ("csv", "xlsx")

Handler = Callable[[Request], Awaitable[Response]]


def now() -> datetime:
    return datetime.now(UTC)


def runtime_of(request: Request) -> Runtime:
    runtime = request.app.state.runtime
    assert isinstance(runtime, Runtime)
    return runtime


def lang_of(request: Request) -> str:
    lang = request.session.get("lang", "id")
    return lang if lang in WORDS else "id"


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return str(token)


async def checked_form(request: Request) -> FormData:
    form = await request.form()
    given = str(form.get("csrf", ""))
    expected = request.session.get("csrf", "")
    if not expected or not secrets.compare_digest(given, str(expected)):
        raise HTTPException(403, "CSRF token missing or wrong")
    return form


async def current_account(request: Request) -> Account | None:
    mediator_id = request.session.get("mediator")
    seen = request.session.get("seen", 0)
    if not isinstance(mediator_id, int):
        return None
    if now().timestamp() - float(seen) > IDLE_MINUTES * 60:
        request.session.clear()
        return None
    account = await load_account(runtime_of(request).store.engine, mediator_id)
    if account is None:
        request.session.clear()
        return None
    request.session["seen"] = int(now().timestamp())
    return account


def signed_in(handler: Callable[[Request, Account], Awaitable[Response]]) -> Handler:
    async def wrapped(request: Request) -> Response:
        account = await current_account(request)
        if account is None:
            if request.method == "GET" and not request.url.path.startswith(("/cases/", "/export", "/attachments")):
                return RedirectResponse("/login", status_code=303)
            return Response("sign in first", status_code=401)
        return await handler(request, account)

    return wrapped


def render(request: Request, name: str, account: Account | None, **context: Any) -> HTMLResponse:
    runtime = runtime_of(request)
    lang = lang_of(request)
    catalog = runtime.dialog.catalog

    def label(key: str) -> str:
        return catalog.render(lang, key) if catalog.has(key, lang) or catalog.has(key) else key.rsplit(".", 1)[-1]

    def field_label(flow_id: str, slot: str) -> str:
        """A field's name as the reporter was asked it ("Negara"), from the flow that filed the case."""
        flow = runtime.dialog.flows.get(flow_id)
        node = flow.labelled(slot) if flow is not None else None
        key = node.label if node is not None else None
        return label(key) if key else slot.replace("_", " ")

    return templates.TemplateResponse(
        request,
        name,
        {
            "w": WORDS[lang],
            "lang": lang,
            "account": account,
            "csrf": csrf_token(request),
            "label": label,
            "field_label": field_label,
            "statuses": CASE_STATUSES,
            **context,
        },
    )


# ---------------------------------------------------------------------- sign-in
async def login_page(request: Request) -> Response:
    return render(request, "login.html", None, failed=False)


async def login(request: Request) -> Response:
    form = await checked_form(request)
    account = await authenticate(
        runtime_of(request).store.engine, str(form.get("username", "")), str(form.get("password", "")), now()
    )
    if account is None:
        response = render(request, "login.html", None, failed=True)
        response.status_code = 401
        return response
    lang = lang_of(request)
    request.session.clear()  # a fresh session at sign-in: no fixation
    request.session.update(
        {"mediator": account.id, "seen": int(now().timestamp()), "lang": lang, "csrf": secrets.token_urlsafe(32)}
    )
    await queries.record(runtime_of(request).store.engine, account, "sign_in", None, now())
    return RedirectResponse("/", status_code=303)


async def logout(request: Request) -> Response:
    await checked_form(request)
    request.session.clear()
    return RedirectResponse("/login", status_code=303)


async def switch_language(request: Request) -> Response:
    await checked_form(request)
    request.session["lang"] = "en" if lang_of(request) == "id" else "id"
    return RedirectResponse(request.headers.get("referer") or "/", status_code=303)


# ---------------------------------------------------------------------- a case
async def _case_or_404(request: Request, account: Account) -> queries.CaseView:
    view = await queries.case_view(runtime_of(request).store, account, request.path_params["number"])
    if view is None:
        raise HTTPException(404, "no such case")
    return view


@signed_in
async def attachment(request: Request, account: Account) -> Response:
    view = await _case_or_404(request, account)
    wanted = int(request.path_params["attachment_id"])
    if wanted not in {f.id for f in view.files}:
        raise HTTPException(404, "no such file")
    store = runtime_of(request).store
    data = await store.read_attachment(wanted)
    if data is None:
        raise HTTPException(404, "not downloaded yet, or erased")
    await queries.record(store.engine, account, "view_attachment", view.row.id, now(), attachment=wanted)
    served = await asyncio.to_thread(serve_evidence, data, request.query_params.get("download") != "1")
    return Response(served.body, media_type=served.media_type, headers=served.headers(f"evidence-{wanted}"))


# ---------------------------------------------------------------------- exports
# (the queue, a case's thread and statistics: web/inbox.py)
@signed_in
async def export(request: Request, account: Account) -> Response:
    kind = request.path_params["kind"]
    if kind not in EXPORT_FORMATS:
        raise HTTPException(400, "export as csv or xlsx")
    runtime = runtime_of(request)
    f = queries.QueueFilter.from_query(request.query_params)
    personal = account.is_supervisor
    rows = await queries.export_rows(runtime.store, account, f, personal)
    await queries.record(runtime.store.engine, account, "export", None, now(), count=len(rows), personal=personal)
    columns = list(rows[0]) if rows else ["number", "status", "category", "country"]
    if kind == "csv":
        return Response(
            csv_text(rows, columns),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="cases.csv"'},
        )
    return Response(
        await asyncio.to_thread(xlsx_bytes, rows, columns),
        media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        headers={"Content-Disposition": 'attachment; filename="cases.xlsx"'},
    )


# ---------------------------------------------------------------------- accounts (admin)
@signed_in
async def accounts_page(request: Request, account: Account) -> Response:
    if not account.is_admin:
        raise HTTPException(404, "not found")
    people = await list_accounts(runtime_of(request).store.engine)
    return render(request, "accounts.html", account, people=people, roles=ROLES, error=None)


@signed_in
async def accounts_create(request: Request, account: Account) -> Response:
    if not account.is_admin:
        raise HTTPException(404, "not found")
    form = await checked_form(request)
    engine = runtime_of(request).store.engine
    try:
        await create_mediator(
            engine,
            str(form.get("username", "")),
            str(form.get("password", "")),
            str(form.get("role", "mediator")),
            str(form.get("office", "pusat")) or "pusat",
            now(),
            display_name=str(form.get("name", "")) or None,
        )
    except AccountError as exc:
        people = await list_accounts(engine)
        response = render(request, "accounts.html", account, people=people, roles=ROLES, error=str(exc))
        response.status_code = 400
        return response
    await queries.record(engine, account, "create_account", None, now())
    return RedirectResponse("/accounts", status_code=303)


def console_routes() -> list[Route | Mount]:
    return [
        Route("/login", login_page, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/language", switch_language, methods=["POST"]),
        Route("/cases/{number}/attachments/{attachment_id:int}", attachment, methods=["GET"]),
        Route("/export.{kind:str}", export, methods=["GET"]),
        Route("/accounts", accounts_page, methods=["GET"]),
        Route("/accounts", accounts_create, methods=["POST"]),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
