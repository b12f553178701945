"""The console as an inbox: the queue's views and search, a case's conversation thread (her
messages, replies to her, internal notes), taking, transferring, statistics, and live updates.

Live updates are server-sent events (``/events``): the stream names the cases whose thread grew,
and web/static/inbox.js fetches the server-rendered fragment again. No inline script: the CSP
allows only the console's own static script.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, select
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Route

from storage import casework, reporter_files
from storage import queue as queries
from storage.accounts import Account
from storage.case_view import CaseView, case_view
from storage.casework import Actor
from storage.deadlines import WIB
from storage.models import CASE_STATUSES
from storage.models import case_events as events
from web.canned import canned_replies
from web.charts import bar_chart
from web.console import REFER_TO, WORDS, checked_form, lang_of, now, render, runtime_of, signed_in
from web.evidence import Served
from web.labels import Labels
from web.stats_queries import StatsRange, statistics

#: how often the event stream looks for new thread entries, and how long one stream lasts: the
#: browser reconnects (checking the session again), and a restarting server waits at most this long
POLL_SECONDS = 2.0
STREAM_SECONDS = 55


def labels_for(request: Request) -> Labels:
    lang = lang_of(request)
    return Labels(runtime_of(request).dialog.catalog, lang, WORDS[lang])


def page(request: Request, name: str, account: Account, **context: Any) -> HTMLResponse:
    return render(request, name, account, L=labels_for(request), **context)


# ---------------------------------------------------------------------- queue
@signed_in
async def queue_page(request: Request, account: Account) -> Response:
    runtime = runtime_of(request)
    engine = runtime.store.engine
    f = queries.QueueFilter.from_query(request.query_params)
    at = now()
    rows, next_cursor = await queries.queue(engine, account, f, runtime.store.keyring, at)
    context = {"rows": rows, "f": f, "next_cursor": next_cursor, "now": at}
    if request.query_params.get("fragment") == "rows":
        return page(request, "queue_rows.html", account, **context)
    await queries.record(engine, account, "view_queue", None, at, view=f.view, searched=bool(f.q))
    return page(
        request,
        "queue.html",
        account,
        counts=await queries.view_counts(engine, account, at),
        people=await queries.office_mediators(engine, account.office_id),
        offices=await queries.offices_list(engine) if account.is_admin else [],
        **context,
    )


# ---------------------------------------------------------------------- a case
async def _case_or_404(request: Request, account: Account) -> CaseView:
    view = await case_view(runtime_of(request).store, account, request.path_params["number"])
    if view is None:
        raise HTTPException(404, "no such case")
    return view


def _hotline(request: Request, country: str | None, lang: str) -> str:
    lines = runtime_of(request).settings.dialog.hotlines_for(country, lang)
    return f"{lines[0].name} {lines[0].number}" if lines else "-"


@signed_in
async def case_page(request: Request, account: Account) -> Response:
    view = await _case_or_404(request, account)
    runtime = runtime_of(request)
    store = runtime.store
    r = view.row
    if r.unread_since is not None:
        await casework.mark_read(store, r.id)
    await queries.record(store.engine, account, "view_case", r.id, now())
    canned = canned_replies(r.office_code, r.language, r.number, _hotline(request, r.country, r.language))
    return page(
        request,
        "case.html",
        account,
        view=view,
        people=await queries.office_mediators(store.engine, r.office_id),
        offices=await queries.offices_list(store.engine),
        refer_to=REFER_TO,
        canned=canned,
        notice=request.query_params.get("notice", ""),
        now=now(),
    )


@signed_in
async def thread_fragment(request: Request, account: Account) -> Response:
    """The thread alone, for live updates: having it on screen is having opened it."""
    view = await _case_or_404(request, account)
    if view.row.unread_since is not None:
        await casework.mark_read(runtime_of(request).store, view.row.id)
    return page(request, "thread.html", account, view=view)


def _back(number: str, notice: str = "") -> RedirectResponse:
    return RedirectResponse(f"/cases/{number}" + (f"?notice={notice}" if notice else ""), status_code=303)


@signed_in
async def take(request: Request, account: Account) -> Response:
    form = await checked_form(request)
    view = await _case_or_404(request, account)
    r = view.row
    colleague = r.assignee_id is not None and r.assignee_id != account.id
    if colleague and form.get("confirm") != "1":
        return page(request, "take_confirm.html", account, view=view)
    store = runtime_of(request).store
    at = now()
    await casework.assign(store, r.number, account.id, at, Actor(account.id), taking=True)
    await queries.record(store.engine, account, "take", r.id, at, from_colleague=colleague)
    return _back(r.number, "took_over" if colleague else "taken")


@signed_in
async def transfer(request: Request, account: Account) -> Response:
    form = await checked_form(request)
    view = await _case_or_404(request, account)
    store = runtime_of(request).store
    target = str(form.get("office", ""))
    known = {o.id: o for o in await queries.offices_list(store.engine)}
    if not target.isdigit() or int(target) not in known or int(target) == view.row.office_id:
        raise HTTPException(400, "choose another office from the list")
    at = now()
    reason = str(form.get("text", "")).strip()[:1000]
    await casework.transfer(store, view.row.number, int(target), reason, at, Actor(account.id))
    await queries.record(store.engine, account, "transfer", view.row.id, at, to=int(target))
    if account.is_admin or account.office_id == int(target):
        return _back(view.row.number, "transferred")
    # the case has left this office's queue: back to the queue, with the notice there
    return RedirectResponse("/?notice=transferred", status_code=303)


@signed_in
async def post_to_thread(request: Request, account: Account) -> Response:
    """One box, two uses: a reply to the worker (through the bot) or an internal note."""
    form = await checked_form(request)
    view = await _case_or_404(request, account)
    store = runtime_of(request).store
    r = view.row
    text = str(form.get("text", "")).strip()[:4000]
    pick = str(form.get("canned", ""))
    if not text and pick.isdigit():
        canned = canned_replies(r.office_code, r.language, r.number, _hotline(request, r.country, r.language))
        text = canned[int(pick)].text if int(pick) < len(canned) else ""
    if not text:
        raise HTTPException(400, "an empty message")
    at = now()
    actor = Actor(account.id)
    if form.get("mode") == "note":
        await casework.add_note(store, r.number, text, at, actor)
        kind, notice = "note", "noted"
    else:
        if not view.reachable:
            raise HTTPException(409, "the bot can no longer reach the reporter (hapus): add a note instead")
        held = await casework.message_reporter(store, r.number, text, at, actor)
        kind, notice = "message", ("held" if held else "sent")
    await queries.record(store.engine, account, kind, r.id, at)
    return _back(r.number, notice)


@signed_in
async def send_file(request: Request, account: Account) -> Response:
    """A file to the worker (a letter, a form): kept encrypted with her data, sent by the bot
    after a short message that names it, held as a message is when she asked for no updates."""
    form = await checked_form(request)
    view = await _case_or_404(request, account)
    r = view.row
    if not view.reachable:
        raise HTTPException(409, "the bot can no longer reach the reporter (hapus)")
    upload = form.get("file")
    if upload is None or isinstance(upload, str):
        return _back(r.number, "file_empty")
    runtime = runtime_of(request)
    cap = runtime.dialog.settings.max_attachment_bytes
    data = await upload.read(cap + 1)
    try:
        file = reporter_files.checked(str(upload.filename or ""), data, cap)
    except reporter_files.FileRefused as refused:
        return _back(r.number, f"file_{refused.reason}")
    caption = str(form.get("text", "")).strip()[:1000]
    at = now()
    held = await reporter_files.send_file_to_reporter(runtime.store, r.number, file, caption, at, Actor(account.id))
    await queries.record(runtime.store.engine, account, "file_sent", r.id, at)
    return _back(r.number, "file_held" if held else "file_sent")


@signed_in
async def sent_file(request: Request, account: Account) -> Response:
    """A file sent to the worker, for the mediators to open again: always as an attachment."""
    view = await _case_or_404(request, account)
    attachment_id = int(request.path_params["attachment_id"])
    entry = next(
        (e for e in view.timeline if (e["body"].get("file") or {}).get("attachment_id") == attachment_id),
        None,
    )
    found = await reporter_files.sent_file(runtime_of(request).store, attachment_id) if entry else None
    if entry is None or found is None:
        raise HTTPException(404)
    await queries.record(runtime_of(request).store.engine, account, "view_sent_file", view.row.id, now())
    served = Served(found[1], "application/octet-stream", inline=False)
    name = str(entry["body"]["file"].get("name") or "berkas").replace('"', "")
    return Response(served.body, media_type=served.media_type, headers=served.headers(name))


async def _unless_withdrawn(change: Any) -> None:
    """A report the reporter withdrew (or erased) stays closed: a clear refusal, not an error page."""
    try:
        await change
    except casework.WithdrawnByReporter:
        raise HTTPException(409, "the reporter withdrew this report: it stays closed") from None


def _action(kind: str) -> Any:
    @signed_in
    async def act(request: Request, account: Account) -> Response:
        form = await checked_form(request)
        view = await _case_or_404(request, account)
        store = runtime_of(request).store
        number = view.row.number
        actor = Actor(account.id)
        at = now()
        text = str(form.get("text", "")).strip()[:4000]
        if kind == "assign":
            if not account.is_supervisor:
                raise HTTPException(403, "only a supervisor assigns cases")
            target = str(form.get("mediator", ""))
            people = {p.id for p in await queries.office_mediators(store.engine, view.row.office_id)}
            if not target.isdigit() or int(target) not in people:
                raise HTTPException(400, "choose a mediator of this office")
            await casework.assign(store, number, int(target), at, actor)
        elif kind == "status":
            status = str(form.get("status", ""))
            if status not in CASE_STATUSES or not text:
                raise HTTPException(400, "a status and a reason are needed")
            await _unless_withdrawn(casework.change_status(store, number, status, text, at, actor))
        elif kind == "note":
            if not text:
                raise HTTPException(400, "an empty note")
            await casework.add_note(store, number, text, at, actor)
        elif kind == "refer":
            target = str(form.get("to", ""))
            if target not in REFER_TO:
                raise HTTPException(400, "refer to whom?")
            await _unless_withdrawn(casework.refer(store, number, target, text, at, actor))
        elif kind == "message":
            if not text:
                raise HTTPException(400, "an empty message")
            if not view.reachable:
                raise HTTPException(409, "the bot can no longer reach the reporter (hapus)")
            await casework.message_reporter(store, number, text, at, actor)
        await queries.record(store.engine, account, kind, view.row.id, at)
        return _back(number)

    return act


# ---------------------------------------------------------------------- statistics
@signed_in
async def stats_page(request: Request, account: Account) -> Response:
    runtime = runtime_of(request)
    engine = runtime.store.engine
    r = StatsRange.from_query(request.query_params, now().astimezone(WIB).date())
    data = await statistics(engine, account, r, now())
    await queries.record(engine, account, "view_stats", None, now())
    L = labels_for(request)
    charts = {
        "office_times": bar_chart(
            L.words["stats_office_times"],
            [o["name"] or o["code"] or "-" for o in data.offices],
            {
                L.words["first_response"]: [_hours(o["first_response"]) for o in data.offices],
                L.words["resolution"]: [_hours(o["resolution"]) for o in data.offices],
            },
            L.words["hours"],
        ),
        "category": bar_chart(
            L.words["by_category"],
            [L.category(k) for k, _ in data.counts["category"][:12]],
            {L.words["total"]: [float(n) for _, n in data.counts["category"][:12]]},
        ),
    }
    return page(
        request,
        "stats.html",
        account,
        data=data,
        r=r,
        charts=charts,
        offices=await queries.offices_list(engine) if account.is_admin else [],
    )


def _hours(seconds: float | None) -> float | None:
    return round(float(seconds) / 3600, 1) if seconds is not None else None


# ---------------------------------------------------------------------- live updates
async def _changes(request: Request, account: Account, number: str | None) -> AsyncIterator[str]:
    engine = runtime_of(request).store.engine
    resumed = request.headers.get("last-event-id", "")
    if resumed.isdigit():
        last = int(resumed)  # a reconnection: carry on from the last entry this page was told of
    else:
        async with engine.connect() as conn:
            last = int((await conn.execute(select(func.max(events.c.id)))).scalar() or 0)
    yield f"id: {last}\nretry: 3000\n\n"
    ends = datetime.now().timestamp() + STREAM_SECONDS
    quiet = 0.0
    while datetime.now().timestamp() < ends:
        await asyncio.sleep(POLL_SECONDS)
        condition = [events.c.id > last, queries.visible(account)]
        if number:
            condition.append(queries.cases.c.number == number)
        async with engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(events.c.id, events.c.kind, queries.cases.c.number)
                    .join(queries.cases, queries.cases.c.id == events.c.case_id)
                    .where(and_(*condition))
                    .order_by(events.c.id)
                    .limit(200)
                )
            ).all()
        if rows:
            # only past what was seen: an id taken by a transaction still open is not skipped
            last = max(last, int(rows[-1].id))
            changed = sorted({row.number for row in rows})
            kinds = sorted({row.kind for row in rows})
            yield f"id: {last}\nevent: change\ndata: {json.dumps({'cases': changed, 'kinds': kinds})}\n\n"
            quiet = 0.0
        else:
            quiet += POLL_SECONDS
            if quiet >= 15:
                yield ": still here\n\n"
                quiet = 0.0


@signed_in
async def event_stream(request: Request, account: Account) -> Response:
    number = request.query_params.get("case") or None
    if number is not None and await case_view(runtime_of(request).store, account, number) is None:
        raise HTTPException(404, "no such case")
    return StreamingResponse(
        _changes(request, account, number),
        media_type="text/event-stream",
        headers={"X-Accel-Buffering": "no"},
    )


def inbox_routes() -> list[Route]:
    return [
        Route("/", queue_page, methods=["GET"]),
        Route("/cases/{number}", case_page, methods=["GET"]),
        Route("/cases/{number}/thread", thread_fragment, methods=["GET"]),
        Route("/cases/{number}/thread", post_to_thread, methods=["POST"]),
        Route("/cases/{number}/take", take, methods=["POST"]),
        Route("/cases/{number}/transfer", transfer, methods=["POST"]),
        Route("/cases/{number}/file", send_file, methods=["POST"]),
        Route("/cases/{number}/sent-files/{attachment_id:int}", sent_file, methods=["GET"]),
        *[
            Route(f"/cases/{{number}}/{kind}", _action(kind), methods=["POST"])
            for kind in ("assign", "status", "note", "refer", "message")
        ],
        Route("/stats", stats_page, methods=["GET"]),
        Route("/events", event_stream, methods=["GET"]),
    ]
