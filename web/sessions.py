"""Server-side console sessions: the cookie holds a random id and nothing else.

The session's data (CSRF token, language, who signed in) lives in ``web_sessions`` under the
SHA-256 of that id. So a sign-out deletes the row and every copy of the cookie stops working;
deactivating an account deletes its rows at once; and the limits are the server's: 30 minutes
without a request a person made (idle; live updates do not count) and 8 hours after sign-in
(absolute), whatever the browser sends.

Handlers use ``request.session`` as before (Starlette reads ``scope["session"]``). A sign-in calls
:func:`rotate` (a new id: no session fixation); a sign-out calls :func:`end`.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta
from http.cookies import SimpleCookie
from typing import Any

from sqlalchemy import delete, insert, select, update
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from storage.accounts import forget_old_failures
from storage.models import web_sessions as sessions
from storage.sa_async import AsyncEngine

COOKIE = "pmi_session"
IDLE = timedelta(minutes=30)
ABSOLUTE = timedelta(hours=8)
#: a request within this long of the last one does not rewrite the row just to move ``seen_at``
TOUCH_EVERY = timedelta(seconds=60)
#: paths that never use a session: no lookup for a style sheet, a health check or a webhook
NO_SESSION = ("/static/", "/healthz", "/metrics", "/telegram/webhook", "/whatsapp/webhook")
#: how often a process deletes expired sessions and day-old sign-in failures
SWEEP_EVERY = timedelta(minutes=10)


def now() -> datetime:
    return datetime.now(UTC)


def _hash(session_id: str) -> str:
    return hashlib.sha256(session_id.encode()).hexdigest()


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def background(scope: Scope) -> bool:
    """A request the page's script made by itself (live updates: `fetch`, `EventSource`), not one a
    person made by opening a page or sending a form. Browsers say which with Sec-Fetch-Mode. Such a
    request does not count as activity: a console left open on a desk still ends after 30 idle
    minutes, although its live updates keep asking."""
    for name, value in scope["headers"]:
        if name == b"sec-fetch-mode":
            return value not in (b"navigate", b"nested-navigate")
    return False


def rotate(request: Request) -> None:
    """Give the session a new id when the response goes out (at sign-in), ending the old one."""
    request.scope["session_rotate"] = True


def end(request: Request) -> None:
    """End the session: the row is deleted and the cookie cleared."""
    request.session.clear()
    request.scope["session_end"] = True


def expired(request: Request) -> bool:
    """The browser brought a session that has ended (expired, signed out, or revoked)."""
    return bool(request.scope.get("session_expired"))


async def revoke_all(engine: AsyncEngine, mediator_id: int) -> int:
    """End every session of an account (deactivation, password reset, role change)."""
    async with engine.begin() as conn:
        result = await conn.execute(delete(sessions).where(sessions.c.mediator_id == mediator_id))
    return int(result.rowcount or 0)


class ServerSessions:
    """ASGI middleware: loads the session before the app, stores it as the response starts."""

    def __init__(self, app: ASGIApp, https_only: bool = False) -> None:
        self.app = app
        self.secure = "; Secure" if https_only else ""
        self.last_sweep = datetime.min.replace(tzinfo=UTC)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(NO_SESSION):
            await self.app(scope, receive, send)
            return
        engine = scope["app"].state.runtime.store.engine
        at = now()
        session_id = self._cookie(scope)
        row = await self._load(engine, session_id, at) if session_id else None
        if session_id and row is None:
            scope["session_expired"] = True
        data: dict[str, Any] = dict(row.data) if row is not None else {}
        scope["session"] = data
        before = dict(data)

        async def send_with_session(message: Message) -> None:
            if message["type"] == "http.response.start":
                cookie = await self._store(engine, scope, session_id, row, before, at)
                if cookie is not None:
                    MutableHeaders(scope=message).append("set-cookie", cookie)
            await send(message)

        await self.app(scope, receive, send_with_session)
        if at - self.last_sweep > SWEEP_EVERY:
            self.last_sweep = at
            async with engine.begin() as conn:
                await conn.execute(delete(sessions).where(sessions.c.seen_at < at - IDLE))
            await forget_old_failures(engine, at)

    @staticmethod
    def _cookie(scope: Scope) -> str | None:
        for name, value in scope["headers"]:
            if name == b"cookie":
                jar: SimpleCookie = SimpleCookie()
                try:
                    jar.load(value.decode("latin-1"))
                except Exception:
                    return None
                if COOKIE in jar:
                    found = jar[COOKIE].value
                    return found if 20 <= len(found) <= 100 else None
        return None

    @staticmethod
    async def _load(engine: AsyncEngine, session_id: str, at: datetime) -> Any:
        async with engine.connect() as conn:
            row = (await conn.execute(select(sessions).where(sessions.c.id_hash == _hash(session_id)))).first()
        if row is None:
            return None
        if _aware(row.seen_at) < at - IDLE or _aware(row.created_at) < at - ABSOLUTE:
            async with engine.begin() as conn:
                await conn.execute(delete(sessions).where(sessions.c.id_hash == row.id_hash))
            return None
        return row

    async def _store(
        self, engine: AsyncEngine, scope: Scope, session_id: str | None, row: Any, before: dict[str, Any], at: datetime
    ) -> str | None:
        """Write what changed; the Set-Cookie header to send, if any."""
        data: dict[str, Any] = scope["session"]
        mediator = data.get("mediator") if isinstance(data.get("mediator"), int) else None
        ending = bool(scope.get("session_end")) or not data
        if row is not None and (ending or scope.get("session_rotate")):
            async with engine.begin() as conn:
                await conn.execute(delete(sessions).where(sessions.c.id_hash == row.id_hash))
            row = None
        if ending:
            return f"{COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict{self.secure}" if session_id else None
        if row is None:
            if not data:
                return None
            new_id = secrets.token_urlsafe(32)
            async with engine.begin() as conn:
                await conn.execute(
                    insert(sessions).values(
                        id_hash=_hash(new_id), mediator_id=mediator, data=data, created_at=at, seen_at=at
                    )
                )
            return f"{COOKIE}={new_id}; Path=/; HttpOnly; SameSite=Strict{self.secure}"
        touch = not background(scope) and at - _aware(row.seen_at) > TOUCH_EVERY
        if data != before or touch:
            seen = at if not background(scope) else _aware(row.seen_at)
            async with engine.begin() as conn:
                await conn.execute(
                    update(sessions)
                    .where(sessions.c.id_hash == row.id_hash)
                    .values(data=data, mediator_id=mediator, seen_at=seen)
                )
        return None
