"""Mediator accounts and offices: creation, sign-in with a per-source back-off, and what an admin
changes (deactivate, temporary password, role, office, second factor).

Sign-in failures are counted per account *and source* (the address, or a browser that signed in to
this account before and carries its mark), with a back-off that doubles from one minute after the
fifth failure to at most 15 minutes. An attacker can slow down their own tries only: a colleague
at another address, or in her own browser behind the same office router, signs in as usual.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, select, update

from storage.models import ROLES, mediators, offices
from storage.models import sign_in_failures as failures_table
from storage.passwords import PasswordError, check_password_policy, hash_password, verify_password
from storage.sa_async import AsyncEngine

FREE_FAILURES = 4
FIRST_WAIT = timedelta(minutes=1)
LONGEST_WAIT = timedelta(minutes=15)
FORGET_AFTER = timedelta(hours=24)


class AccountError(ValueError):
    """A request about accounts that cannot be done; ``code`` names why, the message says it."""

    def __init__(self, message: str, code: str = "invalid") -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    role: str
    office_id: int | None
    office_code: str | None
    display_name: str
    office_name: str | None = None
    has_totp: bool = False
    must_change_password: bool = False
    active: bool = True

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_supervisor(self) -> bool:
        return self.role in ("supervisor", "admin")


@dataclass(frozen=True)
class SignIn:
    """What a sign-in attempt came to: ``account`` on success; ``locked_until`` while backing off
    (``waited``: refused without a check, as the back-off was still running)."""

    account: Account | None
    locked_until: datetime | None = None
    failures: int = 0
    waited: bool = False


def _account(row: Any) -> Account:
    return Account(
        row.id,
        row.username,
        row.role,
        row.office_id,
        row.office_code,
        row.display_name,
        row.office_name,
        row.totp_secret_enc is not None,
        bool(row.must_change_password),
        bool(row.active),
    )


def _with_office() -> Any:
    return select(mediators, offices.c.code.label("office_code"), offices.c.name.label("office_name")).outerjoin(
        offices, offices.c.id == mediators.c.office_id
    )


def _password_rules(password: str, username: str, *known: str) -> None:
    try:
        check_password_policy(password, username, *known)
    except PasswordError as exc:
        raise AccountError(str(exc), exc.code) from None


async def ensure_office(engine: AsyncEngine, code: str, name: str | None = None, kind: str = "regional") -> int:
    async with engine.begin() as conn:
        found = (await conn.execute(select(offices.c.id).where(offices.c.code == code))).scalar()
        if found is not None:
            return int(found)
        result = await conn.execute(
            insert(offices).values(code=code, name=name or code, kind=kind).returning(offices.c.id)
        )
        return int(result.scalar_one())


async def list_offices(engine: AsyncEngine) -> list[Any]:
    """Every office (id, code, name), by name: what an admin chooses from."""
    async with engine.connect() as conn:
        return list((await conn.execute(select(offices).order_by(offices.c.name))).all())


async def create_mediator(
    engine: AsyncEngine,
    username: str,
    password: str,
    role: str,
    office_code: str,
    now: datetime,
    display_name: str | None = None,
    office_name: str | None = None,
    telegram_user_id: int | None = None,
    must_change_password: bool = False,
) -> int:
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}", "role")
    username = username.strip().lower()
    if not username or len(username) > 80:
        raise AccountError("a username is 1 to 80 characters", "username_length")
    _password_rules(password, username, display_name or "")
    office_id = await ensure_office(engine, office_code, office_name)
    password_hash = await hash_password(password)
    async with engine.begin() as conn:
        if (await conn.execute(select(mediators.c.id).where(mediators.c.username == username))).scalar() is not None:
            raise AccountError(f"the username {username!r} is taken", "taken")
        result = await conn.execute(
            insert(mediators)
            .values(
                username=username,
                password_hash=password_hash,
                role=role,
                office_id=office_id,
                display_name=display_name or username,
                failed_logins=0,
                active=True,
                created_at=now,
                telegram_user_id=telegram_user_id,
                must_change_password=must_change_password,
            )
            .returning(mediators.c.id)
        )
        return int(result.scalar_one())


def source_key(username: str, source: str) -> str:
    """The back-off's key: one account from one source (``addr:<ip>`` or ``browser:<mark>``)."""
    return hashlib.sha256(f"{username.strip().lower()}|{source}".encode()).hexdigest()


def _aware(moment: datetime | None, like: datetime) -> datetime | None:
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=like.tzinfo)


async def _failure(conn: Any, key: str, now: datetime) -> tuple[int, datetime | None]:
    row = (await conn.execute(select(failures_table).where(failures_table.c.key == key))).first()
    count = 0 if row is None or _aware(row.last_at, now) < now - FORGET_AFTER else int(row.failures)  # type: ignore[operator]
    count += 1
    locked = None
    if count > FREE_FAILURES:
        locked = now + min(FIRST_WAIT * 2 ** (count - FREE_FAILURES - 1), LONGEST_WAIT)
    values = {"failures": count, "last_at": now, "locked_until": locked}
    if row is None:
        await conn.execute(insert(failures_table).values(key=key, **values))
    else:
        await conn.execute(update(failures_table).where(failures_table.c.key == key).values(**values))
    return count, locked


async def note_failure(engine: AsyncEngine, key: str, now: datetime) -> tuple[int, datetime | None]:
    """One more failure for this account+source (a wrong password or second-factor code)."""
    async with engine.begin() as conn:
        return await _failure(conn, key, now)


async def clear_failures(engine: AsyncEngine, key: str) -> None:
    """The sign-in went through (password and, if any, the code): the back-off starts again."""
    async with engine.begin() as conn:
        await conn.execute(delete(failures_table).where(failures_table.c.key == key))


async def forget_old_failures(engine: AsyncEngine, now: datetime) -> None:
    """Counts nobody added to for a day are forgotten anyway: delete them (a flood of made-up
    usernames would otherwise leave rows behind)."""
    async with engine.begin() as conn:
        await conn.execute(delete(failures_table).where(failures_table.c.last_at < now - FORGET_AFTER))


async def authenticate(
    engine: AsyncEngine, username: str, password: str, now: datetime, source: str = "addr:unknown"
) -> SignIn:
    """Check a password. While this account+source backs off, the password is not even checked
    (and the wait does not grow). An unknown username costs the same hashing as a known one.
    Success does not clear the failures: :func:`clear_failures` does, once any second factor
    passed too (or a known password would reset the count of wrong codes)."""
    username = username.strip().lower()[:80]
    key = source_key(username, source)
    async with engine.connect() as conn:
        row = (await conn.execute(_with_office().where(mediators.c.username == username))).first()
        back_off = (await conn.execute(select(failures_table).where(failures_table.c.key == key))).first()
    known = row is not None and bool(row.active)
    if back_off is not None:
        locked = _aware(back_off.locked_until, now)
        if locked is not None and locked > now:
            return SignIn(None, locked, int(back_off.failures), waited=True)
    good = await verify_password(row.password_hash if row is not None and known else None, password)
    if not good or row is None:
        count, until = await note_failure(engine, key, now)
        return SignIn(None, until, count)
    return SignIn(_account(row))


async def check_own_password(engine: AsyncEngine, mediator_id: int, password: str) -> bool:
    async with engine.connect() as conn:
        stored = (await conn.execute(select(mediators.c.password_hash).where(mediators.c.id == mediator_id))).scalar()
    return await verify_password(stored, password)


async def load_account(engine: AsyncEngine, mediator_id: int) -> Account | None:
    async with engine.connect() as conn:
        row = (await conn.execute(_with_office().where(mediators.c.id == mediator_id))).first()
    if row is None or not row.active:
        return None
    return _account(row)


async def list_accounts(
    engine: AsyncEngine, office_id: int | None = None, include_inactive: bool = False
) -> list[Account]:
    query = _with_office().order_by(mediators.c.username)
    if office_id is not None:
        query = query.where(mediators.c.office_id == office_id)
    async with engine.connect() as conn:
        rows = (await conn.execute(query)).all()
    return [_account(r) for r in rows if r.active or include_inactive]


async def _change(engine: AsyncEngine, mediator_id: int, **values: Any) -> None:
    async with engine.begin() as conn:
        result = await conn.execute(update(mediators).where(mediators.c.id == mediator_id).values(**values))
        if not result.rowcount:
            raise AccountError("no such account", "missing")


async def set_password(engine: AsyncEngine, account: Account, password: str, temporary: bool = False) -> None:
    """A new password (checked by the rules); ``temporary`` makes the next sign-in choose another."""
    _password_rules(password, account.username, account.display_name)
    await _change(engine, account.id, password_hash=await hash_password(password), must_change_password=temporary)


async def set_active(engine: AsyncEngine, mediator_id: int, active: bool) -> None:
    await _change(engine, mediator_id, active=active)


async def set_role_and_office(engine: AsyncEngine, mediator_id: int, role: str, office_id: int) -> None:
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}", "role")
    async with engine.connect() as conn:
        if (await conn.execute(select(offices.c.id).where(offices.c.id == office_id))).scalar() is None:
            raise AccountError("no such office", "office")
    await _change(engine, mediator_id, role=role, office_id=office_id)


async def set_totp_secret(engine: AsyncEngine, mediator_id: int, sealed: bytes | None) -> None:
    await _change(engine, mediator_id, totp_secret_enc=sealed)


async def totp_secret_sealed(engine: AsyncEngine, mediator_id: int) -> bytes | None:
    async with engine.connect() as conn:
        found = (await conn.execute(select(mediators.c.totp_secret_enc).where(mediators.c.id == mediator_id))).scalar()
    return bytes(found) if found is not None else None


async def any_account(engine: AsyncEngine, mediator_id: int) -> Account | None:
    """An account whether active or not (for the admin's page)."""
    async with engine.connect() as conn:
        row = (await conn.execute(_with_office().where(mediators.c.id == mediator_id))).first()
    return _account(row) if row is not None else None


async def reset_by_operator(engine: AsyncEngine, username: str, password: str, now: datetime) -> None:
    """The server's operator restores access (`run_bot.py mediator reset`): a new password, the
    second factor removed (an admin sets one up again at sign-in), every session of the account
    ended, the account active again, and a row in the audit log. For a lost phone, even the last admin's."""
    from storage.models import audit_log, web_sessions

    async with engine.connect() as conn:
        row = (await conn.execute(_with_office().where(mediators.c.username == username.strip().lower()))).first()
    if row is None:
        raise AccountError(f"no account {username!r}", "missing")
    account = _account(row)
    await set_password(engine, account, password)
    async with engine.begin() as conn:
        await conn.execute(
            update(mediators).where(mediators.c.id == account.id).values(totp_secret_enc=None, active=True)
        )
        await conn.execute(delete(web_sessions).where(web_sessions.c.mediator_id == account.id))
        await conn.execute(
            insert(audit_log).values(
                at=now,
                mediator_id=None,
                action="operator_reset",
                detail={"target": account.id, "username": account.username},
            )
        )
