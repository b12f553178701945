"""The served app: the web console with the channels' webhooks beside it (`run_bot.py serve`).

With BOT_TOKEN the Telegram webhook and the outbox; with WhatsApp settings the WhatsApp webhook,
sharing that outbox. The console itself (web/) knows nothing of the channels.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from starlette.applications import Starlette

from app.config import ConfigError, Settings, load_settings
from app.logs import setup_logging
from app.runtime import Runtime
from web.app import create_app


@contextlib.asynccontextmanager
async def channels(app: Starlette, runtime: Runtime, settings: Settings) -> AsyncIterator[None]:
    """Mount the configured channels' webhooks and run the outbox while the app runs."""
    tasks: list[asyncio.Task[None]] = []
    client = None
    dispatcher = None
    if settings.telegram.token:
        from bot.telegram.client import make_client
        from bot.telegram.run import build_channel, build_dispatcher
        from bot.telegram.webhook import webhook_routes

        secret = settings.telegram.webhook_secret
        if not secret:
            raise ConfigError("webhook mode needs WEBHOOK_SECRET (any long random text, also given to set-webhook)")
        client = make_client(settings.telegram)
        await client.start()
        channel = build_channel(runtime, client)
        app.router.routes[0:0] = webhook_routes(channel, secret)
        dispatcher = build_dispatcher(runtime, channel)
        tasks.append(asyncio.create_task(dispatcher.run(), name="outbox"))
    from bot.whatsapp import run as wa_run

    whatsapp = None
    wa_settings = wa_run.settings_for(runtime)
    if wa_settings is not None:
        from bot.whatsapp.webhook import webhook_routes as whatsapp_routes

        whatsapp = wa_run.build_channel(runtime, wa_settings)
        await whatsapp.start()
        app.router.routes[0:0] = whatsapp_routes(whatsapp)
        if dispatcher is None:
            dispatcher = wa_run.build_dispatcher(runtime, whatsapp)
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


def create_server(settings: Settings | None = None, runtime: Runtime | None = None) -> Starlette:
    """The console and, when it opens its own runtime, the channels beside it."""
    return create_app(settings, runtime, channels=channels)


def app_factory() -> Starlette:
    """For uvicorn workers (`uvicorn --factory launch.server:app_factory`)."""
    setup_logging()
    return create_server(load_settings())
