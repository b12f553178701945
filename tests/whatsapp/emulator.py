"""A small WhatsApp Cloud API emulator: the Graph API endpoints the channel calls, and Meta's
side of the webhook (signed POSTs, several entries and changes in one, statuses with messages).

Payloads follow Meta's documented shapes as courier's (handlers/meta/testdata/wac/*.json) and
pywa's (tests/data/updates/*.json) fixtures have them: ``object``, ``entry[].changes[].value``
with ``metadata.phone_number_id``, ``contacts``, ``messages`` and ``statuses``. It enforces what
the channel must respect: the bearer token, the 24-hour window (131047 for free-form messages to
someone whose last message is older), the limits of interactive messages (3 buttons of 20
characters, 10 rows of 24, bodies of 1,024 and texts of 4,096), and it fails sends on request
(throttling codes). It runs in a thread of the test process, on loopback.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx
import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

TOKEN = "EAAG-test-token"
APP_SECRET = "test-app-secret"
VERIFY_TOKEN = "test-verify-token"
NUMBER = "1234567890"
WINDOW = 24 * 3600


def sign(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def error(code: int, status: int = 400, message: str = "error") -> JSONResponse:
    return JSONResponse({"error": {"message": message, "type": "OAuthException", "code": code}}, status_code=status)


def limits_broken(payload: dict[str, Any]) -> str | None:
    """What Meta would refuse in an outgoing message (code 131009 / 100), or None."""
    kind = payload.get("type")
    if kind == "text":
        body = payload.get("text", {}).get("body", "")
        return None if 0 < len(body) <= 4096 else "text body length"
    if kind == "interactive":
        inter = payload["interactive"]
        if not 0 < len(inter.get("body", {}).get("text", "")) <= 1024:
            return "interactive body length"
        action = inter.get("action", {})
        if inter.get("type") == "button":
            buttons = action.get("buttons", [])
            titles = [b["reply"]["title"] for b in buttons]
            if not 1 <= len(buttons) <= 3 or any(len(t) > 20 for t in titles) or len(set(titles)) != len(titles):
                return "buttons"
            return None
        rows = [r for s in action.get("sections", []) for r in s.get("rows", [])]
        if not 1 <= len(rows) <= 10 or any(len(r["title"]) > 24 or len(r.get("description", "")) > 72 for r in rows):
            return "list rows"
        return None if 0 < len(action.get("button", "")) <= 20 else "list button"
    if kind == "template":
        return None if payload.get("template", {}).get("name") else "template name"
    if kind == "document":
        document = payload.get("document", {})
        return None if document.get("id") and document.get("filename") else "document id and filename"
    return f"unknown type {kind}"


@dataclass
class Sent:
    wamid: str
    phone_number_id: str
    to: str
    payload: dict[str, Any]

    @property
    def kind(self) -> str:
        return str(self.payload["type"])

    @property
    def text(self) -> str:
        if self.kind == "text":
            return str(self.payload["text"]["body"])
        if self.kind == "interactive":
            return str(self.payload["interactive"]["body"]["text"])
        return ""

    @property
    def choices(self) -> list[dict[str, str]]:
        """Buttons or list rows: ``{id, title, description?}``."""
        if self.kind != "interactive":
            return []
        action = self.payload["interactive"]["action"]
        if "buttons" in action:
            return [dict(b["reply"]) for b in action["buttons"]]
        return [dict(r) for s in action["sections"] for r in s["rows"]]


@dataclass
class CloudApi:
    """The emulator's state; every method is safe to call from the test thread."""

    webhook_url: str = ""
    base_url: str = ""
    offset: float = 0.0
    sent: list[Sent] = field(default_factory=list)
    read: list[str] = field(default_factory=list)
    media: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    #: files the bot uploaded: (media id, file name)
    uploaded: list[tuple[str, str]] = field(default_factory=list)
    last_inbound: dict[str, float] = field(default_factory=dict)
    #: error codes the next sends answer with, one each
    fail_next: list[int] = field(default_factory=list)
    refused: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    changed: threading.Condition = field(default_factory=threading.Condition)
    ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def now(self) -> float:
        return time.time() + self.offset

    # ---------------------------------------------------------------- Graph API side
    def app(self) -> Starlette:
        async def messages(request: Request) -> Response:
            if request.headers.get("authorization") != f"Bearer {TOKEN}":
                return error(190, 401, "Invalid OAuth access token")
            number = request.path_params["number"]
            payload = await request.json()
            if payload.get("status") == "read":
                with self.changed:
                    self.read.append(str(payload.get("message_id")))
                    self.changed.notify_all()
                return JSONResponse({"success": True})
            to = str(payload.get("to", ""))
            with self.changed:
                if self.fail_next:
                    code = self.fail_next.pop(0)
                    self.refused.append((to, payload))
                    return error(code, 429 if code in (4, 80007, 130429, 131056) else 400)
                if payload.get("type") != "template" and self.now() - self.last_inbound.get(to, -1e12) > WINDOW:
                    self.refused.append((to, payload))
                    return error(131047, 400, "Re-engagement message")
                broken = limits_broken(payload)
                if broken:
                    self.refused.append((to, payload))
                    return error(131009, 400, f"Parameter value is not valid: {broken}")
                wamid = f"wamid.EMU{next(self.ids):08d}"
                self.sent.append(Sent(wamid, number, to, payload))
                self.changed.notify_all()
            return JSONResponse(
                {"messaging_product": "whatsapp", "contacts": [{"input": to, "wa_id": to}], "messages": [{"id": wamid}]}
            )

        async def media_info(request: Request) -> Response:
            if request.headers.get("authorization") != f"Bearer {TOKEN}":
                return error(190, 401)
            media_id = request.path_params["media_id"]
            if media_id not in self.media:
                return error(100, 404, "Unsupported get request")
            data, mime = self.media[media_id]
            return JSONResponse(
                {
                    "messaging_product": "whatsapp",
                    "url": f"{self.base_url}/download/{media_id}",
                    "mime_type": mime,
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "file_size": len(data),
                    "id": media_id,
                }
            )

        async def upload(request: Request) -> Response:
            """Media upload (POST /{phone_number_id}/media, multipart), as the Cloud API takes it."""
            if request.headers.get("authorization") != f"Bearer {TOKEN}":
                return error(190, 401)
            form = await request.form()
            file = form.get("file")
            if form.get("messaging_product") != "whatsapp" or file is None or isinstance(file, str):
                return error(100, 400, "Invalid parameter")
            data = await file.read()
            with self.changed:
                media_id = self.add_media(data, str(form.get("type") or file.content_type or ""))
                self.uploaded.append((media_id, str(file.filename or "")))
            return JSONResponse({"id": media_id})

        async def download(request: Request) -> Response:
            if request.headers.get("authorization") != f"Bearer {TOKEN}":
                return Response(status_code=401)
            data, mime = self.media[request.path_params["media_id"]]
            return Response(data, media_type=mime)

        return Starlette(
            routes=[
                Route("/download/{media_id}", download),
                Route("/{number}/messages", messages, methods=["POST"]),
                Route("/{number}/media", upload, methods=["POST"]),
                Route("/{media_id}", media_info),
            ]
        )

    # ---------------------------------------------------------------- Meta's webhook side
    def envelope(self, changes: list[tuple[str, dict[str, Any]]], entries: int = 1) -> dict[str, Any]:
        """``changes``: (phone_number_id, value without metadata); spread over ``entries``."""
        built = [
            {
                "value": {
                    "messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": "+62 811 0000 000", "phone_number_id": number},
                    **value,
                },
                "field": "messages",
            }
            for number, value in changes
        ]
        per = max(1, -(-len(built) // entries))
        return {
            "object": "whatsapp_business_account",
            "entry": [{"id": "8856996819413533", "changes": built[i : i + per]} for i in range(0, len(built), per)],
        }

    def message(self, wa_id: str, kind: str, content: Any) -> dict[str, Any]:
        """One inbound message value; her window opens now (as Meta's would)."""
        with self.changed:
            self.last_inbound[wa_id] = self.now()
        return {
            "contacts": [{"profile": {"name": "Pekerja"}, "wa_id": wa_id}],
            "messages": [
                {
                    "from": wa_id,
                    "id": f"wamid.IN{next(self.ids):08d}",
                    "timestamp": str(int(self.now())),
                    "type": kind,
                    kind: content,
                }
            ],
        }

    def statuses(self, wamids: list[str], status: str, code: int | None = None) -> dict[str, Any]:
        items = []
        for wamid in wamids:
            to = next((s.to for s in self.sent if s.wamid == wamid), "")
            item: dict[str, Any] = {
                "id": wamid,
                "recipient_id": to,
                "status": status,
                "timestamp": str(int(self.now())),
            }
            if code is not None:
                item["errors"] = [{"code": code, "title": "failed"}]
            items.append(item)
        return {"statuses": items}

    def post(self, body: dict[str, Any], secret: str = APP_SECRET) -> httpx.Response:
        raw = json.dumps(body).encode()
        headers = {"Content-Type": "application/json", "X-Hub-Signature-256": sign(secret, raw)}
        return httpx.post(self.webhook_url, content=raw, headers=headers, timeout=60)

    def add_media(self, data: bytes, mime: str) -> str:
        media_id = f"{next(self.ids) + 900000000000000}"
        self.media[media_id] = (data, mime)
        return media_id

    def to(self, wa_id: str) -> list[Sent]:
        with self.changed:
            return [s for s in self.sent if s.to == wa_id]

    def wait_for(self, wa_id: str, count: int, timeout: float = 20.0) -> list[Sent]:
        """The first ``count`` messages sent to ``wa_id`` (waits on a condition, never polls)."""
        deadline = time.monotonic() + timeout
        with self.changed:
            while len(got := [s for s in self.sent if s.to == wa_id]) < count:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"{len(got)} of {count} messages after {timeout}s: {[s.text for s in got]}")
                self.changed.wait(left)
            return got


@dataclass
class Phone:
    """A worker's phone on WhatsApp: what she sends, what she has received."""

    api: CloudApi
    wa_id: str
    number: str = NUMBER
    seen: int = 0

    def send(self, kind: str, content: Any) -> httpx.Response:
        response = self.api.post(self.api.envelope([(self.number, self.api.message(self.wa_id, kind, content))]))
        assert response.status_code == 200, response.text
        return response

    def say(self, text: str) -> httpx.Response:
        return self.send("text", {"body": text})

    def press(self, choice: dict[str, str]) -> httpx.Response:
        kind = "list_reply" if "description" in choice or len(choice.get("title", "")) > 20 else "button_reply"
        return self.send("interactive", {"type": kind, kind: {"id": choice["id"], "title": choice["title"]}})

    def send_media(self, kind: str, data: bytes, mime: str, caption: str | None = None, **extra: Any) -> str:
        media_id = self.api.add_media(data, mime)
        content: dict[str, Any] = {"id": media_id, "mime_type": mime, "sha256": hashlib.sha256(data).hexdigest()}
        if caption:
            content["caption"] = caption
        self.send(kind, {**content, **extra})
        return media_id

    def new(self, count: int, timeout: float = 20.0) -> list[Sent]:
        """The next ``count`` messages she receives."""
        got = self.api.wait_for(self.wa_id, self.seen + count, timeout)[self.seen : self.seen + count]
        self.seen += count
        return got

    def settle(self) -> list[Sent]:
        """Anything received beyond what was read (the webhook answered, so replies are in)."""
        rest = self.api.to(self.wa_id)[self.seen :]
        self.seen += len(rest)
        return rest


@contextmanager
def running(webhook_url: str = "") -> Iterator[CloudApi]:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    api = CloudApi(webhook_url=webhook_url, base_url=f"http://127.0.0.1:{port}")
    server = uvicorn.Server(uvicorn.Config(api.app(), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        if not thread.is_alive():
            raise RuntimeError("the emulator did not start")
        time.sleep(0.01)
    try:
        yield api
    finally:
        server.should_exit = True
        thread.join(timeout=10)
