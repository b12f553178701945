"""The Cloud API webhook: Meta's verification handshake (GET) and signed updates (POST).

GET answers ``hub.challenge`` when ``hub.mode`` is ``subscribe`` and ``hub.verify_token``
matches. A POST must carry ``X-Hub-Signature-256: sha256=<HMAC of the raw body with the app
secret>``: a wrong or missing one is 401 and nothing is read or stored. 200 comes only once
every message of the POST has its turn committed; a turn that could not be stored is 503, so
Meta sends the POST again, and the message ids already committed are recognised and answered
once only. A body over 1 MB is refused before it is read (413).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from bot.whatsapp.channel import WhatsAppChannel
from storage.api import StorageError

log = logging.getLogger("pmi.whatsapp.webhook")
PATH = "/whatsapp/webhook"
#: Meta's POSTs are a few kilobytes (media come by id, never inline)
MAX_BODY = 1024 * 1024


def signature_ok(app_secret: str, body: bytes, header: str) -> bool:
    expected = "sha256=" + hmac.new(app_secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode(), header.strip().encode())


async def read_capped(request: Request, cap: int = MAX_BODY) -> bytes | None:
    """The body, or None past ``cap`` bytes: a flood of large unsigned POSTs is not buffered."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > cap:
        return None
    chunks: list[bytes] = []
    total = 0
    async for chunk in request.stream():
        total += len(chunk)
        if total > cap:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def webhook_routes(channel: WhatsAppChannel) -> list[Route]:
    settings = channel.settings

    async def verify(request: Request) -> Response:
        params = request.query_params
        token = params.get("hub.verify_token", "")
        if params.get("hub.mode") == "subscribe" and hmac.compare_digest(
            token.encode(), settings.verify_token.encode()
        ):
            return PlainTextResponse(params.get("hub.challenge", ""))
        return PlainTextResponse("forbidden", status_code=403)

    async def receive(request: Request) -> Response:
        body = await read_capped(request)
        if body is None:
            return JSONResponse({"ok": False, "error": "too large"}, status_code=413)
        if not signature_ok(settings.app_secret, body, request.headers.get("x-hub-signature-256", "")):
            log.warning("webhook with a wrong signature refused", extra={"channel": "whatsapp"})
            return JSONResponse({"ok": False}, status_code=401)
        try:
            data = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError):
            return JSONResponse({"ok": False, "error": "not JSON"}, status_code=400)
        try:
            await channel.handle_body(data)
        except StorageError:
            log.warning("webhook not stored: asking Meta to deliver it again", extra={"channel": "whatsapp"})
            return JSONResponse({"ok": False}, status_code=503)
        except Exception as exc:  # a bug must not make Meta retry the same POST for days
            log.error("webhook failed", extra={"channel": "whatsapp", "error": type(exc).__name__})
            return JSONResponse({"ok": False}, status_code=200)
        return JSONResponse({"ok": True})

    return [Route(PATH, verify, methods=["GET"]), Route(PATH, receive, methods=["POST"])]
