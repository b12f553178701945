"""Who is asking: the account of a signed-in session, and the gate every console page is behind.

A request without a live session is led to sign in and brought back afterwards (``next``), with a
word that the session had expired when it had; a form posted after expiry leads back to the page
it came from, where the browser still holds what was typed (static/drafts.js). A refusal of a
signed-in account (404 for another office's case, 403) is written to the audit log, so URL guessing
leaves a trail. An account with a temporary password, or an admin without a second factor, is led
to their own account page first.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from urllib.parse import quote

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from storage.accounts import Account, load_account
from web import audit, sessions

Handler = Callable[[Request], Awaitable[Response]]
#: where an account that must act first may still go
SETUP_PATHS = ("/account", "/logout", "/static/")


def safe_next(value: str | None) -> str:
    """Only a path on this site: never another host (``//evil``, ``/\\evil``, ``https:``)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value or len(value) > 300:
        return "/"
    if any(ord(ch) < 32 for ch in value) or value.startswith(("/login", "/logout")):
        return "/"
    return value


def login_url(path: str, expired: bool) -> str:
    return f"/login?next={quote(safe_next(path), safe='/?=&')}" + ("&expired=1" if expired else "")


async def current_account(request: Request) -> Account | None:
    mediator_id = request.session.get("mediator")
    if not isinstance(mediator_id, int):
        return None
    account = await load_account(request.app.state.runtime.store.engine, mediator_id)
    if account is None:  # deactivated meanwhile
        sessions.end(request)
    return account


def _back_to(request: Request) -> str:
    """Where to return after signing in: the page itself, or for a form, the page it was on."""
    path = request.url.path
    if request.method != "GET":
        path = path.rsplit("/", 1)[0] or "/"
    elif request.url.query:
        path = f"{path}?{request.url.query}"
    return path


def signed_in(handler: Callable[[Request, Account], Awaitable[Response]]) -> Handler:
    async def wrapped(request: Request) -> Response:
        account = await current_account(request)
        if account is None:
            if sessions.background(request.scope):  # a live update: no sign-in page inside the thread
                return Response("sign in again", status_code=401)
            return RedirectResponse(login_url(_back_to(request), sessions.expired(request)), status_code=303)
        if not request.url.path.startswith(SETUP_PATHS):
            if account.must_change_password:
                return RedirectResponse("/account", status_code=303)
            if account.is_admin and not account.has_totp:
                return RedirectResponse("/account/totp", status_code=303)
        try:
            return await handler(request, account)
        except HTTPException as exc:
            if exc.status_code in (403, 404):
                await audit.record(
                    request.app.state.runtime.store.engine,
                    account.id,
                    "denied",
                    path=request.url.path[:200],
                    method=request.method,
                    status=exc.status_code,
                )
            raise

    return wrapped
