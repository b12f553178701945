"""The mediator console as an ASGI app, with /healthz and /metrics. `run_bot.py serve` serves it
with the channels' webhooks beside it (launch/server.py: with BOT_TOKEN the Telegram webhook and
the outbox, with WHATSAPP_TOKEN the WhatsApp webhook).

Each worker process builds its own runtime in the lifespan, unless one is handed in (the console
mode of `make run` shares its runtime with the web console); several workers share PostgreSQL.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
from collections.abc import AsyncIterator, Callable

from sqlalchemy import text
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from app import metrics
from app.config import Settings, load_settings
from app.runtime import Runtime, keyring_for, open_runtime
from web.console import console_routes
from web.inbox import inbox_routes
from web.offices import office_routes
from web.security import SecurityHeaders, may_read_metrics
from web.sessions import ServerSessions

log = logging.getLogger("pmi.web")

#: opens the channels on the app (their routes, the outbox) for as long as it runs
Channels = Callable[[Starlette, Runtime, Settings], contextlib.AbstractAsyncContextManager[None]]


def session_secret(settings: Settings) -> str:
    """WEB_SESSION_SECRET, or one derived from the index key: the same in every worker and restart.
    Sessions themselves are server-side (web/sessions.py); this signs the known-browser mark."""
    if settings.web_session_secret:
        return settings.web_session_secret
    keyring = keyring_for(settings, create=False)
    return hashlib.sha256(keyring.index_key + b"|web-session").hexdigest()


def create_app(
    settings: Settings | None = None, runtime: Runtime | None = None, channels: Channels | None = None
) -> Starlette:
    """The console. ``channels`` puts the channels' webhooks beside it for the life of the app
    (launch/server.py does, with the runtime this app opened); web/ never imports a channel."""
    settings = settings or load_settings()

    async def healthz(request: Request) -> JSONResponse:
        current = getattr(request.app.state, "runtime", None)
        if not isinstance(current, Runtime):
            return JSONResponse({"ok": False}, status_code=503)
        try:
            async with current.store.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
        except Exception:
            return JSONResponse({"ok": False, "database": "unreachable"}, status_code=503)
        return JSONResponse({"ok": True})

    async def metrics_page(request: Request) -> Response:
        if not may_read_metrics(request, settings.metrics_token):
            return Response("not found", status_code=404)
        current = getattr(request.app.state, "runtime", None)
        if isinstance(current, Runtime):
            try:
                await metrics.refresh_from_database(current.store)
            except Exception:
                metrics.ERRORS.labels("metrics").inc()
        return Response(metrics.exposition(), media_type="text/plain; version=0.0.4")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        own = runtime is None
        current = runtime if runtime is not None else await open_runtime(settings, create_keys=False)
        app.state.runtime = current
        try:
            if own and channels is not None:
                async with channels(app, current, settings):
                    yield
            else:
                yield
        finally:
            if own:
                await current.close()

    middleware = [
        Middleware(SecurityHeaders, https=settings.web_https_only),
        Middleware(ServerSessions, https_only=settings.web_https_only),
    ]
    app = Starlette(
        routes=[
            Route("/healthz", healthz),
            Route("/metrics", metrics_page),
            *inbox_routes(),
            *office_routes(),
            *console_routes(),
        ],
        middleware=middleware,
        lifespan=lifespan,
    )
    app.state.mark_secret = session_secret(settings)  # signs the "known browser" mark (web/auth.py)
    app.state.https_only = settings.web_https_only
    return app
