"""Security headers on every response of the console (and the webhook, which returns JSON), and
who may read /metrics.

The only script is the console's own static file (live updates, web/static/inbox.js): the CSP
allows no inline or foreign script, forbids framing and foreign form targets.
Case data must not linger in caches, so nothing is stored (no-store), and no Referer leaks a case
number to another site. Behind TLS (WEB_HTTPS=1) HSTS keeps the browser on HTTPS.
"""

from __future__ import annotations

import ipaddress
import secrets

from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

HSTS = (b"strict-transport-security", b"max-age=31536000; includeSubDomains")

HEADERS = {
    b"content-security-policy": b"default-src 'self'; script-src 'self'; connect-src 'self'; style-src 'self'; "
    b"img-src 'self' data:; "
    b"frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'",
    b"x-frame-options": b"DENY",
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"no-referrer",
    b"cache-control": b"no-store",
    b"permissions-policy": b"camera=(), microphone=(), geolocation=()",
    b"cross-origin-opener-policy": b"same-origin",
}


class SecurityHeaders:
    def __init__(self, app: ASGIApp, https: bool = False) -> None:
        self.app = app
        self.headers = {**HEADERS, **({HSTS[0]: HSTS[1]} if https else {})}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.headers.items() if k not in present]
                message["headers"] = [*message.get("headers", []), *extra]
            await send(message)

        await self.app(scope, receive, with_headers)


def from_loopback(request: Request) -> bool:
    """A request made on this machine itself, not one a local reverse proxy passed on."""
    if any(h in request.headers for h in ("x-forwarded-for", "forwarded", "x-real-ip")):
        return False
    host = request.client.host if request.client else ""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def may_read_metrics(request: Request, token: str | None) -> bool:
    """With METRICS_TOKEN set, `Authorization: Bearer <token>` from anywhere; without it, loopback only."""
    if token:
        given = request.headers.get("authorization", "")
        return secrets.compare_digest(given.encode(), f"Bearer {token}".encode())
    return from_loopback(request)
