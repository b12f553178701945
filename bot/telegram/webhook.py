"""Webhook mode: Telegram POSTs each update; we answer 200 only once its turn is committed.

A wrong or missing secret header is 401 and nothing is stored. A turn that could not be stored
(the database is down) is 503, so Telegram delivers the update again later; the dedup of update
keys makes the redelivery of an already committed update a no-op that sends nothing twice. A turn
that was committed but whose replies Telegram could not take (a network error, a timeout, a 5xx,
for longer than a few seconds of retries) is 503 too: the redelivery does not run the turn again,
it sends the turn's stored replies. Bodies over 1 MiB or nested deeper than 32 levels are 400.
"""

from __future__ import annotations

import hmac
import logging

from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from app.safe_json import MAX_BYTES, BadJSON, loads_limited
from bot.telegram.channel import TelegramChannel
from bot.telegram.client import SendUnavailable
from storage.api import StorageError

log = logging.getLogger("pmi.telegram.webhook")
PATH = "/telegram/webhook"


def webhook_routes(channel: TelegramChannel, secret: str) -> list[Route]:
    async def receive(request: Request) -> JSONResponse:
        given = request.headers.get("x-telegram-bot-api-secret-token", "")
        if not hmac.compare_digest(given.encode(), secret.encode()):
            return JSONResponse({"ok": False}, status_code=401)
        body = await read_limited(request, MAX_BYTES)
        if body is None:
            return JSONResponse({"ok": False, "error": f"too large: at most {MAX_BYTES} bytes"}, status_code=400)
        try:
            data = loads_limited(body)
        except BadJSON as exc:
            log.warning("webhook body refused", extra={"reason": str(exc)})
            return JSONResponse({"ok": False, "error": str(exc)}, status_code=400)
        if not isinstance(data, dict):
            return JSONResponse({"ok": False, "error": "not an update"}, status_code=400)
        try:
            await channel.handle_update(data)
        except StorageError:
            log.warning("update not stored: asking Telegram to redeliver", extra={"update": data.get("update_id")})
            return JSONResponse({"ok": False}, status_code=503)
        except SendUnavailable:
            # committed, but its replies could not go out: the redelivery sends the stored replies
            log.warning("replies not sent: asking Telegram to redeliver", extra={"update": data.get("update_id")})
            return JSONResponse({"ok": False}, status_code=503)
        except Exception as exc:  # a bug must not make Telegram retry the same update forever
            log.error("update failed", extra={"update": data.get("update_id"), "error": type(exc).__name__})
            return JSONResponse({"ok": False}, status_code=200)
        return JSONResponse({"ok": True})

    return [Route(PATH, receive, methods=["POST"])]


async def read_limited(request: Request, limit: int) -> bytes | None:
    """The body, or None once it passes ``limit`` bytes (read no further: a huge body costs
    the server at most ``limit`` bytes of memory)."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)
