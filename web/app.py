"""The ASGI app served by `run_bot.py serve` (and beside the console by `make run`): the mediator
console, /healthz, and, with BOT_TOKEN, the Telegram webhook and the outbox; with WHATSAPP_TOKEN,
the WhatsApp webhook beside it (bot/whatsapp/).

Each worker process builds its own runtime in the lifespan, unless one is handed in (the console
mode of `make run` shares its runtime with the web console); several workers share PostgreSQL.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
from collections.abc import AsyncIterator

from sqlalchemy import text
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from bot import metrics
from bot.config import ConfigError, Settings, load_settings
from bot.logs import setup_logging
from bot.runtime import Runtime, keyring_for, open_runtime
from web.console import console_routes
from web.inbox import inbox_routes
from web.offices import office_routes
from web.security import SecurityHeaders, may_read_metrics
from web.sessions import ServerSessions

log = logging.getLogger("pmi.web")


def session_secret(settings: Settings) -> str:
    """WEB_SESSION_SECRET, or one derived from the index key: the same in every worker and restart.
    Sessions themselves are server-side (web/sessions.py); this signs the known-browser mark."""
    if settings.web_session_secret:
        return settings.web_session_secret
    keyring = keyring_for(settings, create=False)
    return hashlib.sha256(keyring.index_key + b"|web-session").hexdigest()


def create_app(settings: Settings | None = None, runtime: Runtime | None = None) -> Starlette:
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
        tasks: list[asyncio.Task[None]] = []
        client = None
        dispatcher = None
        if own and settings.telegram.token:
            from bot.telegram.client import make_client
            from bot.telegram.run import build_channel, build_dispatcher
            from bot.telegram.webhook import webhook_routes

            secret = settings.telegram.webhook_secret
            if not secret:
                raise ConfigError("webhook mode needs WEBHOOK_SECRET (any long random text, also given to set-webhook)")
            client = make_client(settings.telegram)
            await client.start()
            channel = build_channel(current, client)
            app.router.routes[0:0] = webhook_routes(channel, secret)
            dispatcher = build_dispatcher(current, channel)
            tasks.append(asyncio.create_task(dispatcher.run(), name="outbox"))
        whatsapp = None
        if own:
            from bot.whatsapp import run as wa_run

            wa_settings = wa_run.settings_for(current)
            if wa_settings is not None:
                from bot.whatsapp.webhook import webhook_routes as whatsapp_routes

                whatsapp = wa_run.build_channel(current, wa_settings)
                await whatsapp.start()
                app.router.routes[0:0] = whatsapp_routes(whatsapp)
                if dispatcher is None:
                    dispatcher = wa_run.build_dispatcher(current, whatsapp)
                    tasks.append(asyncio.create_task(dispatcher.run(), name="outbox"))
                else:
                    wa_run.attach(dispatcher, whatsapp)
        try:
            yield
        finally:
            if dispatcher is not None:
                dispatcher.stop()
            for task in tasks:
                await task
            if client is not None:
                await client.close()
            if whatsapp is not None:
                await whatsapp.close()
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


def app_factory() -> Starlette:
    """For uvicorn workers (`uvicorn --factory web.app:app_factory`)."""
    setup_logging()
    return create_app()
