"""What an admin does with accounts, and the audit page.

Accounts: create (offices chosen by name from a list), change role or office, deactivate (every
session of the account ends at once) or reactivate, reset a password (a temporary one, shown once,
that must be changed at the next sign-in; sessions end), and remove a lost second factor. Each
change is in the audit log with what changed, never a password.
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Route

from storage.accounts import (
    Account,
    AccountError,
    any_account,
    create_mediator,
    list_accounts,
    list_offices,
    set_active,
    set_password,
    set_role_and_office,
    set_totp_secret,
)
from storage.deadlines import WIB
from storage.models import ROLES
from web import audit, sessions
from web.console import checked_form, render, runtime_of
from web.guard import signed_in

#: what the audit page offers to filter by (other actions are still shown)
ACTIONS = (
    "sign_in",
    "sign_in_failed",
    "sign_in_throttled",
    "lockout",
    "totp_failed",
    "sign_out",
    "denied",
    "view_queue",
    "view_case",
    "view_attachment",
    "export",
    "take",
    "assign",
    "status",
    "note",
    "message",
    "file_sent",
    "view_sent_file",
    "refer",
    "create_account",
    "change_account",
    "deactivate_account",
    "reactivate_account",
    "reset_password",
    "reset_totp",
    "password_changed",
    "totp_enrolled",
    "view_accounts",
    "view_audit",
    "operator_reset",
)


def _admin(account: Account) -> None:
    if not account.is_admin:
        raise HTTPException(404, "not found")


async def _page(request: Request, account: Account, status: int = 200, **context: Any) -> Response:
    engine = runtime_of(request).store.engine
    context.setdefault("problem", None)
    context.setdefault("temporary", None)
    people = await list_accounts(engine, include_inactive=True)
    offices = await list_offices(engine)
    response = render(request, "accounts.html", account, people=people, roles=ROLES, offices=offices, **context)
    response.status_code = status
    return response


@signed_in
async def accounts_page(request: Request, account: Account) -> Response:
    _admin(account)
    await audit.record(runtime_of(request).store.engine, account.id, "view_accounts")
    return await _page(request, account)


def _office_code(offices: list[Any], chosen: str) -> tuple[int, str]:
    for office in offices:
        if office.code == chosen:
            return int(office.id), str(office.code)
    raise AccountError("choose an office from the list", "office")


@signed_in
async def accounts_create(request: Request, account: Account) -> Response:
    _admin(account)
    form = await checked_form(request)
    engine = runtime_of(request).store.engine
    name = str(form.get("name", "")).strip()[:200]
    role = str(form.get("role", "mediator"))
    try:
        _office_id, office = _office_code(await list_offices(engine), str(form.get("office", "")))
        created = await create_mediator(
            engine,
            str(form.get("username", "")),
            str(form.get("password", "")),
            role,
            office,
            datetime.now(UTC),
            display_name=name or None,
            must_change_password=True,
        )
    except AccountError as exc:
        return await _page(request, account, 400, problem=exc.code)
    username = str(form.get("username", "")).strip().lower()
    await audit.record(
        engine, account.id, "create_account", target=created, username=username, name=name, role=role, office=office
    )
    return RedirectResponse("/accounts", status_code=303)


@signed_in
async def account_change(request: Request, account: Account) -> Response:
    """One account's role and office, active or not, a temporary password, or its second factor."""
    _admin(account)
    form = await checked_form(request)
    engine = runtime_of(request).store.engine
    target = await any_account(engine, int(request.path_params["mediator_id"]))
    if target is None:
        raise HTTPException(404, "no such account")
    what = str(form.get("do", ""))
    if target.id == account.id and what in ("deactivate", "role", "reset_totp"):
        return await _page(request, account, 400, problem="self")
    try:
        if what == "role":
            office_id, office = _office_code(await list_offices(engine), str(form.get("office", "")))
            role = str(form.get("role", ""))
            await set_role_and_office(engine, target.id, role, office_id)
            await sessions.revoke_all(engine, target.id)  # what they may see changed: sign in again
            await audit.record(
                engine,
                account.id,
                "change_account",
                target=target.id,
                username=target.username,
                role=f"{target.role} -> {role}",
                office=f"{target.office_code} -> {office}",
            )
        elif what in ("deactivate", "reactivate"):
            await set_active(engine, target.id, what == "reactivate")
            ended = await sessions.revoke_all(engine, target.id)
            await audit.record(
                engine, account.id, f"{what}_account", target=target.id, username=target.username, sessions=ended
            )
        elif what == "reset_password":
            temporary = "-".join(secrets.token_urlsafe(4) for _ in range(4))
            await set_password(engine, target, temporary, temporary=True)
            await sessions.revoke_all(engine, target.id)
            await audit.record(engine, account.id, "reset_password", target=target.id, username=target.username)
            return await _page(request, account, temporary=(target.username, temporary))
        elif what == "reset_totp":
            await set_totp_secret(engine, target.id, None)
            await sessions.revoke_all(engine, target.id)
            await audit.record(engine, account.id, "reset_totp", target=target.id, username=target.username)
        else:
            raise HTTPException(400, "what should change?")
    except AccountError as exc:
        return await _page(request, account, 400, problem=exc.code)
    return RedirectResponse("/accounts", status_code=303)


@signed_in
async def audit_page(request: Request, account: Account) -> Response:
    _admin(account)
    engine = runtime_of(request).store.engine
    f = audit.AuditFilter.from_query(request.query_params)
    rows, older = await audit.page(engine, f)
    people = await list_accounts(engine, include_inactive=True)
    await audit.record(engine, account.id, "view_audit")

    def when(at: datetime) -> str:
        moment = at if at.tzinfo else at.replace(tzinfo=UTC)
        return f"{moment.astimezone(WIB):%Y-%m-%d %H:%M:%S} WIB"

    return render(
        request, "audit.html", account, rows=rows, f=f, older=older, people=people, actions=ACTIONS, when=when
    )


def admin_routes() -> list[Route]:
    return [
        Route("/accounts", accounts_page, methods=["GET"]),
        Route("/accounts", accounts_create, methods=["POST"]),
        Route("/accounts/{mediator_id:int}", account_change, methods=["POST"]),
        Route("/audit", audit_page, methods=["GET"]),
    ]
