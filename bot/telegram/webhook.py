"""Webhook mode: Telegram POSTs each update; we answer 200 only once its turn is committed.

A wrong or missing secret header is 401 and nothing is stored. A turn that could not be stored
(the database is down) is 503, so Telegram delivers the update again later; the dedup of update
keys makes the redelivery of an already committed update a no-op that sends nothing twice.
"""

from __future__ import annotations

import hmac
import json
import logging

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from bot.telegram.channel import TelegramChannel
from storage.api import StorageError

log = logging.getLogger("pmi.telegram.webhook")
PATH = "/telegram/webhook"


def webhook_routes(channel: TelegramChannel, secret: str) -> list[Route]:
    async def receive(request: Request) -> JSONResponse:
        given = request.headers.get("x-telegram-bot-api-secret-token", "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            return JSONResponse({"ok": False}, status_code=401)
        try:
            data = json.loads(await request.body())
        except (json.JSONDecodeError, UnicodeDecodeError):
            return JSONResponse({"ok": False, "error": "not JSON"}, status_code=400)
        if not isinstance(data, dict):
            return JSONResponse({"ok": False, "error": "not an update"}, status_code=400)
        try:
            await channel.handle_update(data)
        except StorageError:
            log.warning("update not stored: asking Telegram to redeliver", extra={"update": data.get("update_id")})
            return JSONResponse({"ok": False}, status_code=503)
        except Exception as exc:  # a bug must not make Telegram retry the same update forever
            log.error("update failed", extra={"update": data.get("update_id"), "error": type(exc).__name__})
            return JSONResponse({"ok": False}, status_code=200)
        return JSONResponse({"ok": True})

    return [Route(PATH, receive, methods=["POST"])]
