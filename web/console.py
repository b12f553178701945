"""The mediator console's shared parts (rendering, CSRF, words), evidence and exports.

Server-rendered HTML (Jinja2, autoescaped), light on a slow office connection; the only scripts
are the console's own static files (CSP `script-src 'self'`). Every form carries a CSRF token;
every view and change goes to the audit log. Sign-in and accounts: web/auth.py, web/admin.py;
the gate every page is behind: web/guard.py; the queue and a case: web/inbox.py.
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

from app.runtime import Runtime
from storage import queue as queries
from storage.accounts import Account
from storage.case_view import CaseView, case_view
from storage.export import csv_text, xlsx_bytes
from storage.models import CASE_STATUSES
from web.evidence import serve_evidence
from web.guard import signed_in

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(directory=str(HERE / "templates"))
WORDS = {
    lang: {
        **yaml.safe_load((HERE / "locales" / f"{lang}.yaml").read_text(encoding="utf-8")),
        # sign-in, accounts and audit words (web/auth.py, web/admin.py)
        **yaml.safe_load((HERE / "locales" / f"security_{lang}.yaml").read_text(encoding="utf-8")),
    }
    for lang in ("id", "en")
}
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


# ---------------------------------------------------------------------- language
async def switch_language(request: Request) -> Response:
    await checked_form(request)
    request.session["lang"] = "en" if lang_of(request) == "id" else "id"
    return RedirectResponse(request.headers.get("referer") or "/", status_code=303)


# ---------------------------------------------------------------------- a case
async def _case_or_404(request: Request, account: Account) -> CaseView:
    view = await case_view(runtime_of(request).store, account, request.path_params["number"])
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


def console_routes() -> list[Route | Mount]:
    from web.admin import admin_routes
    from web.auth import auth_routes

    return [
        *auth_routes(),
        *admin_routes(),
        Route("/language", switch_language, methods=["POST"]),
        Route("/cases/{number}/attachments/{attachment_id:int}", attachment, methods=["GET"]),
        Route("/export.{kind:str}", export, methods=["GET"]),
        Mount("/static", StaticFiles(directory=str(HERE / "static")), name="static"),
    ]
