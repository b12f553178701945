"""Open the store a database URL names: SQLite (WAL, under data/) or PostgreSQL (asyncpg)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event

from storage.crypto import KeyRing
from storage.deadlines import Deadlines
from storage.sa_async import AsyncEngine, create_async_engine
from storage.sql_store import SqlStore, StatusLimits


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed report survives a power cut too (NORMAL in WAL mode may lose the last
    # commits). With group commit the fsync is paid once per batch, not once per turn.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # a deleted or overwritten row (an erased report, a rewritten state) is zeroed in the file,
    # not left in a free page for a copy of the file to show
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def make_engine(url: str) -> AsyncEngine:
    if url.startswith("sqlite"):
        path = url.split(":///", 1)[1] if ":///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        engine = create_async_engine(url, connect_args={"timeout": 10})
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    return create_async_engine(url, pool_size=10, max_overflow=10, pool_pre_ping=True)


def open_store(url: str, keyring: KeyRing, settings: Any = None) -> SqlStore:
    if settings is None:
        return SqlStore(make_engine(url), keyring)
    limits = StatusLimits(settings.status_max_tries, timedelta(minutes=settings.status_window_minutes))
    return SqlStore(
        make_engine(url),
        keyring,
        limits=limits,
        data_dir=str(settings.data_dir),
        outage_seconds=settings.storage_outage_seconds,
        routing=settings.routing,
        deadlines=deadlines_of(settings),
    )


def deadlines_of(settings: Any) -> Deadlines:
    """``dialog.reply_days`` (what the reporter is promised) and ``web.urgent_reply_hours``."""
    web = settings.raw.get("web") or {}
    return Deadlines(settings.dialog.reply_days, int(web.get("urgent_reply_hours", 24)))
