"""Signing in and out, the second factor, and one's own account (password, TOTP).

Sign-in: the password (throttled per address and overall, backed off per account and source),
then, if the account has one, a TOTP code; an admin without one is led to set it up first. Only
then does the session carry the account, under a new id. A browser that signed in to an account
keeps a signed mark (``pmi_known``) so that failures from others at the same address (an office
router) never slow down its owner. ``next`` brings a signed-out link back to where it led.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from datetime import UTC, datetime
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from storage.accounts import (
    Account,
    AccountError,
    SignIn,
    authenticate,
    check_own_password,
    clear_failures,
    load_account,
    note_failure,
    set_password,
    set_totp_secret,
    source_key,
    totp_secret_sealed,
)
from storage.passwords import HashingBusy
from web import audit, sessions, totp
from web.console import checked_form, lang_of, render, runtime_of
from web.guard import safe_next, signed_in
from web.throttle import SignInThrottle

MARK = "pmi_known"
MARK_DAYS = 180
PENDING_SECONDS = 600  # time to install an authenticator app and scan the code
CODE_TRIES = 5


def now() -> datetime:
    return datetime.now(UTC)


def address_of(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _throttle(request: Request) -> SignInThrottle:
    state = request.app.state
    if not hasattr(state, "sign_in_throttle"):
        state.sign_in_throttle = SignInThrottle()
    return state.sign_in_throttle


def _used_codes(request: Request) -> totp.Used:
    state = request.app.state
    if not hasattr(state, "used_codes"):
        state.used_codes = {}
    return state.used_codes


def _mark_mac(request: Request, username: str, nonce: str) -> str:
    secret = str(request.app.state.mark_secret).encode()
    return hmac.new(secret, f"{username}|{nonce}".encode(), hashlib.sha256).hexdigest()[:32]


def browser_mark(request: Request, username: str) -> str | None:
    """The nonce of this browser's mark for ``username``, if it carries a genuine one."""
    value = request.cookies.get(MARK, "")
    for item in value.split("~")[:5]:
        nonce, _, mac = item.partition(".")
        if nonce and mac and hmac.compare_digest(mac, _mark_mac(request, username, nonce)):
            return nonce
    return None


def _set_mark(request: Request, response: Response, username: str) -> None:
    if browser_mark(request, username) is not None:
        return
    nonce = secrets.token_urlsafe(12)
    kept = [v for v in request.cookies.get(MARK, "").split("~") if v][:4]  # a shared computer: a few accounts
    response.set_cookie(
        MARK,
        "~".join([f"{nonce}.{_mark_mac(request, username, nonce)}", *kept]),
        max_age=MARK_DAYS * 86400,
        httponly=True,
        samesite="strict",
        secure=bool(request.app.state.https_only),
    )


def _source(request: Request, username: str) -> tuple[str, bool]:
    mark = browser_mark(request, username.strip().lower())
    return (f"browser:{mark}", True) if mark else (f"addr:{address_of(request)}", False)


def _login_form(request: Request, status: int = 200, **context: Any) -> Response:
    context.setdefault("next", safe_next(request.query_params.get("next")))
    context.setdefault("problem", None)
    context.setdefault("expired", request.query_params.get("expired") == "1")
    response = render(request, "login.html", None, **context)
    response.status_code = status
    return response


async def login_page(request: Request) -> Response:
    return _login_form(request)


async def login(request: Request) -> Response:
    try:
        form = await checked_form(request)
    except HTTPException:
        # the sign-in page stood open longer than its session lived: a fresh form, not a bare 403
        form = await request.form()
        return _login_form(request, 400, problem="stale", next=safe_next(str(form.get("next", ""))))
    engine = runtime_of(request).store.engine
    username = str(form.get("username", "")).strip().lower()[:80]
    target = safe_next(str(form.get("next", "")))
    source, known_browser = _source(request, username)
    address = address_of(request)
    if not _throttle(request).allow(address, known_browser):
        await audit.record(engine, None, "sign_in_throttled", username=username, address=address)
        return _login_form(request, 429, problem="throttled", next=target)
    try:
        result: SignIn = await authenticate(engine, username, str(form.get("password", "")), now(), source)
    except HashingBusy:
        return _login_form(request, 429, problem="busy", next=target)
    if result.account is None:
        _throttle(request).failed()
        reason = "waiting" if result.waited else "wrong"
        await audit.record(engine, None, "sign_in_failed", username=username, address=address, reason=reason)
        if result.locked_until is not None and not result.waited:
            minutes = max(1, round((result.locked_until - now()).total_seconds() / 60))
            await audit.record(engine, None, "lockout", username=username, address=address, minutes=minutes)
        problem = "locked" if result.locked_until is not None else "wrong"
        return _login_form(request, 401, problem=problem, next=target)
    account = result.account
    if account.has_totp or account.is_admin:
        request.session["pending"] = {
            "id": account.id,
            "next": target,
            "at": time.time(),
            "tries": 0,
            "source": source,
            "enrol": None if account.has_totp else totp.new_secret(),
        }
        return RedirectResponse("/login/code", status_code=303)
    return await complete(request, account, target, source)


async def complete(request: Request, account: Account, target: str, source: str) -> Response:
    """The account is who they say: a fresh session (new id, no fixation) carries it from now on."""
    engine = runtime_of(request).store.engine
    await clear_failures(engine, source_key(account.username, source))
    lang = lang_of(request)
    sessions.rotate(request)
    request.session.clear()
    request.session.update({"mediator": account.id, "lang": lang, "csrf": secrets.token_urlsafe(32)})
    await audit.record(engine, account.id, "sign_in", address=address_of(request))
    response = RedirectResponse(target, status_code=303)
    _set_mark(request, response, account.username)
    return response


def _pending(request: Request) -> dict[str, Any] | None:
    pending = request.session.get("pending")
    if not isinstance(pending, dict) or time.time() - float(pending.get("at", 0)) > PENDING_SECONDS:
        request.session.pop("pending", None)
        return None
    return pending


async def code_page(request: Request) -> Response:
    pending = _pending(request)
    if pending is None:
        return RedirectResponse("/login", status_code=303)
    account = await load_account(runtime_of(request).store.engine, int(pending["id"]))
    if account is None:
        return RedirectResponse("/login", status_code=303)
    return _code_form(request, account, pending)


def _code_form(request: Request, account: Account, pending: dict[str, Any], status: int = 200) -> Response:
    secret = pending.get("enrol")
    context: dict[str, Any] = {"enrol": bool(secret), "wrong": status != 200, "action": "/login/code"}
    if secret:
        context.update(qr=totp.qr_data_uri(secret, account.username), secret=totp.grouped(secret))
    response = render(request, "totp.html", None, **context)
    response.status_code = status
    return response


async def code(request: Request) -> Response:
    try:
        form = await checked_form(request)
    except HTTPException:
        return _login_form(request, 400, problem="stale")
    pending = _pending(request)
    runtime = runtime_of(request)
    engine = runtime.store.engine
    account = await load_account(engine, int(pending["id"])) if pending else None
    if pending is None or account is None:
        return RedirectResponse("/login", status_code=303)
    secret = pending.get("enrol")
    if not secret:
        sealed = await totp_secret_sealed(engine, account.id)
        secret = str(runtime.store.keyring.open(sealed)) if sealed else None
    if secret and totp.verify(secret, str(form.get("code", "")), account.id, _used_codes(request)):
        if pending.get("enrol"):
            await set_totp_secret(engine, account.id, runtime.store.keyring.seal(secret))
            await audit.record(engine, account.id, "totp_enrolled")
        return await complete(request, account, safe_next(pending.get("next")), str(pending["source"]))
    await audit.record(engine, account.id, "totp_failed", address=address_of(request))
    await note_failure(engine, source_key(account.username, str(pending["source"])), now())
    pending["tries"] = int(pending.get("tries", 0)) + 1
    if pending["tries"] >= CODE_TRIES:
        request.session.pop("pending", None)
        return _login_form(request, 401, problem="wrong")
    request.session["pending"] = dict(pending)
    return _code_form(request, account, pending, status=401)


async def logout(request: Request) -> Response:
    await checked_form(request)
    mediator = request.session.get("mediator")
    if isinstance(mediator, int):
        await audit.record(runtime_of(request).store.engine, mediator, "sign_out")
    sessions.end(request)
    return RedirectResponse("/login", status_code=303)


# ---------------------------------------------------------------------- one's own account
def _account_page(request: Request, account: Account, status: int = 200, **context: Any) -> Response:
    context.setdefault("problem", None)
    context.setdefault("done", request.query_params.get("done"))
    response = render(request, "account.html", account, **context)
    response.status_code = status
    return response


@signed_in
async def account_page(request: Request, account: Account) -> Response:
    return _account_page(request, account)


@signed_in
async def change_password(request: Request, account: Account) -> Response:
    form = await checked_form(request)
    engine = runtime_of(request).store.engine
    new = str(form.get("new", ""))
    if not await check_own_password(engine, account.id, str(form.get("current", ""))):
        return _account_page(request, account, 400, problem="pw_current")
    if new != str(form.get("repeat", "")):
        return _account_page(request, account, 400, problem="pw_repeat")
    try:
        await set_password(engine, account, new)
    except AccountError as exc:
        return _account_page(request, account, 400, problem=f"pw_{exc.code}")
    await sessions.revoke_all(engine, account.id)  # every other browser signs in again
    sessions.rotate(request)
    await audit.record(engine, account.id, "password_changed")
    return RedirectResponse("/account?done=password", status_code=303)


@signed_in
async def totp_setup(request: Request, account: Account) -> Response:
    secret = request.session.get("enrol") or totp.new_secret()
    request.session["enrol"] = secret
    response = render(
        request,
        "totp.html",
        account,
        enrol=True,
        wrong=False,
        action="/account/totp",
        qr=totp.qr_data_uri(secret, account.username),
        secret=totp.grouped(secret),
    )
    return response


@signed_in
async def totp_confirm(request: Request, account: Account) -> Response:
    form = await checked_form(request)
    runtime = runtime_of(request)
    secret = request.session.get("enrol")
    if not isinstance(secret, str) or not totp.verify(
        secret, str(form.get("code", "")), account.id, _used_codes(request)
    ):
        response = await totp_setup(request)
        response.status_code = 400
        return response
    await set_totp_secret(runtime.store.engine, account.id, runtime.store.keyring.seal(secret))
    request.session.pop("enrol", None)
    await audit.record(runtime.store.engine, account.id, "totp_enrolled")
    return RedirectResponse("/account?done=totp", status_code=303)


def auth_routes() -> list[Route]:
    return [
        Route("/login", login_page, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/login/code", code_page, methods=["GET"]),
        Route("/login/code", code, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/account", account_page, methods=["GET"]),
        Route("/account/password", change_password, methods=["POST"]),
        Route("/account/totp", totp_setup, methods=["GET"]),
        Route("/account/totp", totp_confirm, methods=["POST"]),
    ]
