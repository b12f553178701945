"""Mediator accounts and offices: argon2 password hashes, lock-out after repeated failures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import cast

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Table, insert, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.models import ROLES, Mediator, Office

offices = cast(Table, Office.__table__)
mediators = cast(Table, Mediator.__table__)
HASHER = PasswordHasher()
MAX_FAILURES = 5
LOCK_FOR = timedelta(minutes=15)
MIN_PASSWORD = 12


class AccountError(ValueError):
    """A request about accounts that cannot be done; the message says why."""


@dataclass(frozen=True)
class Account:
    id: int
    username: str
    role: str
    office_id: int | None
    office_code: str | None
    display_name: str

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def is_supervisor(self) -> bool:
        return self.role in ("supervisor", "admin")


def check_password_policy(password: str, username: str) -> None:
    """Long enough to resist guessing, and not the username: the rules NIST 800-63B keeps."""
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password needs at least {MIN_PASSWORD} characters")
    if username.lower() in password.lower():
        raise AccountError("the password must not contain the username")
    if len(set(password)) < 5:
        raise AccountError("the password is too repetitive")


async def ensure_office(engine: AsyncEngine, code: str, name: str | None = None, kind: str = "regional") -> int:
    async with engine.begin() as conn:
        found = (await conn.execute(select(offices.c.id).where(offices.c.code == code))).scalar()
        if found is not None:
            return int(found)
        result = await conn.execute(
            insert(offices).values(code=code, name=name or code, kind=kind).returning(offices.c.id)
        )
        return int(result.scalar_one())


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
) -> int:
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    username = username.strip().lower()
    if not username or len(username) > 80:
        raise AccountError("a username is 1 to 80 characters")
    check_password_policy(password, username)
    office_id = await ensure_office(engine, office_code, office_name)
    async with engine.begin() as conn:
        if (await conn.execute(select(mediators.c.id).where(mediators.c.username == username))).scalar() is not None:
            raise AccountError(f"the username {username!r} is taken")
        result = await conn.execute(
            insert(mediators)
            .values(
                username=username,
                password_hash=HASHER.hash(password),
                role=role,
                office_id=office_id,
                display_name=display_name or username,
                failed_logins=0,
                active=True,
                created_at=now,
                telegram_user_id=telegram_user_id,
            )
            .returning(mediators.c.id)
        )
        return int(result.scalar_one())


async def authenticate(engine: AsyncEngine, username: str, password: str, now: datetime) -> Account | None:
    """The account, or None. Five failures lock the account for 15 minutes (even with the right
    password), and an unknown username costs the same hashing as a known one."""
    username = username.strip().lower()
    async with engine.begin() as conn:
        row = (
            await conn.execute(
                select(mediators, offices.c.code.label("office_code"))
                .outerjoin(offices, offices.c.id == mediators.c.office_id)
                .where(mediators.c.username == username)
            )
        ).first()
        if row is None or not row.active:
            _burn(password)
            return None
        locked = row.locked_until
        if locked is not None and (locked if locked.tzinfo else locked.replace(tzinfo=now.tzinfo)) > now:
            _burn(password)
            return None
        try:
            HASHER.verify(row.password_hash, password)
        except (VerificationError, InvalidHashError):
            failures = row.failed_logins + 1
            values: dict[str, object] = {"failed_logins": failures}
            if failures >= MAX_FAILURES:
                values = {"failed_logins": 0, "locked_until": now + LOCK_FOR}
            await conn.execute(update(mediators).where(mediators.c.id == row.id).values(**values))
            return None
        await conn.execute(update(mediators).where(mediators.c.id == row.id).values(failed_logins=0, locked_until=None))
        return Account(row.id, row.username, row.role, row.office_id, row.office_code, row.display_name)


async def load_account(engine: AsyncEngine, mediator_id: int) -> Account | None:
    async with engine.connect() as conn:
        row = (
            await conn.execute(
                select(mediators, offices.c.code.label("office_code"))
                .outerjoin(offices, offices.c.id == mediators.c.office_id)
                .where(mediators.c.id == mediator_id)
            )
        ).first()
    if row is None or not row.active:
        return None
    return Account(row.id, row.username, row.role, row.office_id, row.office_code, row.display_name)


async def list_accounts(engine: AsyncEngine, office_id: int | None = None) -> list[Account]:
    query = (
        select(mediators, offices.c.code.label("office_code"))
        .outerjoin(offices, offices.c.id == mediators.c.office_id)
        .order_by(mediators.c.username)
    )
    if office_id is not None:
        query = query.where(mediators.c.office_id == office_id)
    async with engine.connect() as conn:
        rows = (await conn.execute(query)).all()
    return [Account(r.id, r.username, r.role, r.office_id, r.office_code, r.display_name) for r in rows if r.active]


def _burn(password: str) -> None:
    try:
        HASHER.verify(_DUMMY, password)
    except (VerificationError, InvalidHashError):
        pass


_DUMMY = HASHER.hash("not-a-real-password-for-timing")
