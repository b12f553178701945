"""Databases for tests: a SQLite file in tmp_path, or a temporary PostgreSQL database.

PostgreSQL comes from TEST_DATABASE_URL. Without it the PostgreSQL tests are skipped, except
under CI (the CI variable set), where they are required and fail loudly.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from app.config import normalise_database_url
from storage.crypto import KeyRing


def pg_url() -> str | None:
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI is set but TEST_DATABASE_URL is not: the PostgreSQL tests are required")
        return None
    return normalise_database_url(url, root=__import__("pathlib").Path("."))


def require_pg() -> str:
    url = pg_url()
    if url is None:
        pytest.skip("TEST_DATABASE_URL is not set (PostgreSQL tests are required under CI)")
    return url


@asynccontextmanager
async def temporary_pg_database() -> AsyncIterator[str]:
    """CREATE DATABASE pmi_t_<hex>; yield its URL; DROP it afterwards."""
    base = require_pg()
    name = f"pmi_t_{uuid.uuid4().hex[:12]}"
    admin = create_async_engine(base, isolation_level="AUTOCOMMIT")
    try:
        async with admin.connect() as conn:
            await conn.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        await admin.dispose()
        pytest.fail(f"PostgreSQL at TEST_DATABASE_URL is not usable: {type(exc).__name__}: {exc}")
    try:
        yield base.rsplit("/", 1)[0] + "/" + name
    finally:
        async with admin.connect() as conn:
            await conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        await admin.dispose()


def sync_pg_url(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://")


def make_keyring() -> KeyRing:
    return KeyRing([Fernet.generate_key().decode()], "index-key-for-tests")


def make_env_key() -> str:
    return Fernet.generate_key().decode()
