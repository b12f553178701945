"""The statements every turn runs (and a filing's inserts), each in its database's cheapest form.

A turn writes its update key, its conversation row and, after the send, its sent mark. Through
SQLAlchemy Core each row of an executemany costs a parameter dict and a pass over the bind
processors; at thousands of turns a second that was a tenth of the process. So these rows go
to the driver as they are: on SQLite one multi-row insert and two executemany updates with
tuples, each one trip to aiosqlite's thread (through Core a statement is three or four: cursor,
execute, fetch, close); on PostgreSQL one statement each, the batch passed as arrays and
unnested by the server. They run inside the caller's transaction, on its connection. Every
other statement stays in Core.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy import DateTime, text
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import IntegrityError

from storage.sa_async import AsyncConnection
from storage.statement_sizes import LONGEST, in_powers_of_two, padded

#: chat hash, expected version, sealed state, flow, node, updated at
ConversationRow = tuple[str, int, bytes, str, str | None, datetime]

#: rows per multi-row insert on SQLite: two variables a row, far below SQLite's limit (each chunk
#: is padded to a power of two: storage/statement_sizes.py)
SQLITE_CHUNK = 512
#: variables one statement may carry (SQLite's limit is 32,766 since 3.32; stay well below)
SQLITE_VARIABLES = 10_000


class HotRows(Protocol):
    async def insert_processed(self, conn: AsyncConnection, rows: list[tuple[str, datetime]]) -> set[str]:
        """Record the update keys; returns the keys that were new (the others are redeliveries)."""

    async def update_conversations(self, conn: AsyncConnection, rows: list[ConversationRow]) -> int:
        """Versioned updates (``WHERE version = expected``); returns how many rows changed."""

    async def set_sent_keys(self, conn: AsyncConnection, rows: list[tuple[str, str]]) -> None:
        """(chat hash, update key) of turns whose replies went out."""

    async def commit_plain(
        self,
        conn: AsyncConnection,
        sent: list[tuple[str, str]],
        masks: list[tuple[str, int, bytes]],
        processed: list[tuple[str, datetime]],
        updates: list[ConversationRow],
    ) -> bool | None:
        """A plain batch (every turn goes on a conversation, with nothing else to write) as one
        transaction, outside Core's: the sent marks, the masked states (chat hash, version,
        sealed state), the update keys and the versioned updates, then the commit. False, with
        nothing written, when any update key was already recorded or any version moved on (the
        caller takes the long way, which tells which); None where the database has no such path
        (the caller takes the long way)."""

    async def executemany(self, conn: AsyncConnection, statement: Any, rows: list[dict[str, Any]]) -> None:
        """A Core statement over many parameter sets (all with the same keys)."""

    async def insert_returning(self, conn: AsyncConnection, statement: Any, row: dict[str, Any]) -> Any:
        """A Core ``INSERT ... RETURNING`` of one row; returns the first returned value. A unique
        key already taken raises ``RowTaken`` on either database."""

    async def insert_many_returning(
        self, conn: AsyncConnection, statement: Any, rows: list[dict[str, Any]]
    ) -> list[tuple[Any, ...]]:
        """A Core ``INSERT ... RETURNING`` of many rows (all with the same keys) in one statement;
        the returned rows in no particular order. ``RowTaken`` as above."""

    async def insert_all_returning(
        self, conn: AsyncConnection, statement: Any, rows: list[dict[str, Any]]
    ) -> list[tuple[Any, ...]]:
        """A Core ``INSERT ... RETURNING`` of many rows (all with the same keys), as Core's own
        executemany would run it (its errors too: a unique key taken is ``IntegrityError``); the
        returned rows in no particular order. On SQLite in statements of a few lengths, all in one
        trip to the database's thread (storage/statement_sizes.py)."""


class RowTaken(Exception):
    """An insert hit a unique key that is taken (a case number, say)."""


SQLITE_UPDATE_CONVERSATIONS = (
    "UPDATE conversations SET version = ?, state_enc = ?, flow = ?, node = ?, updated_at = ?"
    " WHERE chat_hash = ? AND version = ?"
)
SQLITE_SET_SENT_KEYS = "UPDATE conversations SET sent_key = ? WHERE chat_hash = ?"
#: storage.store_parts.MASK_SENT_STATE as the driver takes it
SQLITE_MASK_STATE = "UPDATE conversations SET state_enc = ? WHERE chat_hash = ? AND version = ?"


@lru_cache(maxsize=SQLITE_CHUNK)
def sqlite_insert_processed(count: int) -> str:
    """The insert of ``count`` update keys (only placeholders are joined in: no value ever is)."""
    values = ", ".join(["(?, ?)"] * count)
    return f"INSERT INTO processed_updates (update_key, at) VALUES {values} ON CONFLICT DO NOTHING RETURNING update_key"  # noqa: S608


class SqliteRows:
    def __init__(self, dialect: Dialect) -> None:
        self._dialect = dialect
        # the same text SQLAlchemy's DateTime writes, so Core reads and compares it as before
        processor = DateTime(timezone=True).dialect_impl(dialect).bind_processor(dialect)
        self._when: Callable[[Any], Any] = sqlite_when(processor) if processor else (lambda value: value)
        self._plans: dict[tuple[Any, tuple[str, ...]], tuple[str, list[tuple[str, Any]]]] = {}

    async def executemany(self, conn: AsyncConnection, statement: Any, rows: list[dict[str, Any]]) -> None:
        """Compiled once by Core (the SQL and each value's bind processor, so the stored values
        are Core's own), then run in one trip to aiosqlite's thread."""
        sql, binds = self._plan_of(statement, tuple(rows[0]))
        await (await _aiosqlite(conn)).executemany(sql, [_values(binds, row) for row in rows])

    async def insert_returning(self, conn: AsyncConnection, statement: Any, row: dict[str, Any]) -> Any:
        """One trip to aiosqlite's thread, where Core takes three or four (cursor, execute,
        fetch, close): a filing is inside the group commit, so every trip there holds up the batch."""
        sql, params = self._bound(statement, row)
        try:
            found = await (await _aiosqlite(conn)).execute_fetchall(sql, params)
        except sqlite3.IntegrityError:
            raise RowTaken from None
        return next(iter(found))[0]

    async def insert_many_returning(
        self, conn: AsyncConnection, statement: Any, rows: list[dict[str, Any]]
    ) -> list[tuple[Any, ...]]:
        """One multi-row insert a chunk: the single-row statement Core compiled, its VALUES
        group repeated (only placeholders are joined in: no value ever is)."""
        sql, binds = self._plan_of(statement, tuple(rows[0]))
        head, group, tail = _values_group(sql)
        driver = await _aiosqlite(conn)
        width = max(len(binds), 1)
        chunk = max(1, SQLITE_VARIABLES // width)
        found: list[tuple[Any, ...]] = []
        for start in range(0, len(rows), chunk):
            part = rows[start : start + chunk]
            params = tuple(value for row in part for value in _values(binds, row))
            sql_part = head + ", ".join([group] * len(part)) + tail
            try:
                found.extend(tuple(r) for r in await driver.execute_fetchall(sql_part, params))
            except sqlite3.IntegrityError:
                raise RowTaken from None
        return found

    async def insert_all_returning(
        self, conn: AsyncConnection, statement: Any, rows: list[dict[str, Any]]
    ) -> list[tuple[Any, ...]]:
        """The rows in chunks of power-of-two lengths, each one multi-row statement (the
        single-row statement Core compiled, its VALUES group repeated: only placeholders are
        joined in), all of them in ONE trip to aiosqlite's thread. Core's executemany renders
        the rows as one statement of their own length ("insertmanyvalues"): each length a
        prepared statement the driver keeps, up to ~0.8 KB of SQLite's memory a row (issue 18)."""
        sql, binds = self._plan_of(statement, tuple(rows[0]))
        head, group, tail = _values_group(sql)
        width = max(len(binds), 1)
        longest = min(LONGEST, 1 << ((SQLITE_VARIABLES // width).bit_length() - 1))
        parts = [
            (head + ", ".join([group] * len(part)) + tail, tuple(v for row in part for v in _values(binds, row)))
            for part in in_powers_of_two(rows, longest)
        ]

        def run(db: sqlite3.Connection) -> list[tuple[Any, ...]]:
            found: list[tuple[Any, ...]] = []
            for part_sql, params in parts:
                found.extend(tuple(r) for r in db.execute(part_sql, params).fetchall())
            return found

        try:
            return list(await _in_thread(await _aiosqlite(conn), run))
        except sqlite3.IntegrityError as exc:
            # as Core raises it, so the writer tells a taken key as it did (store_commit.py)
            raise IntegrityError(sql, None, exc) from None

    def _bound(self, statement: Any, row: dict[str, Any]) -> tuple[str, tuple[Any, ...]]:
        sql, binds = self._plan_of(statement, tuple(row))
        return sql, _values(binds, row)

    def _plan_of(self, statement: Any, keys: tuple[str, ...]) -> tuple[str, list[tuple[str, Any]]]:
        plan = self._plans.get((statement, keys))
        if plan is None:
            plan = self._plans[(statement, keys)] = self._plan(statement, keys)
        return plan

    def _plan(self, statement: Any, keys: tuple[str, ...]) -> tuple[str, list[tuple[str, Any]]]:
        compiled = statement.compile(dialect=self._dialect, column_keys=list(keys))
        binds = []
        for name in compiled.positiontup or ():
            kind = compiled.binds[name].type
            process = kind.dialect_impl(self._dialect).bind_processor(self._dialect)
            if process is not None and isinstance(kind, DateTime):
                process = sqlite_when(process)
            binds.append((name, process))
        return str(compiled), binds

    async def insert_processed(self, conn: AsyncConnection, rows: list[tuple[str, datetime]]) -> set[str]:
        driver = await _aiosqlite(conn)
        new: set[str] = set()
        when = self._when
        for start in range(0, len(rows), SQLITE_CHUNK):
            # repeats of the last key insert nothing and return nothing (ON CONFLICT DO NOTHING)
            chunk = padded(rows[start : start + SQLITE_CHUNK])
            params = tuple(value for key, at in chunk for value in (key, when(at)))
            new.update(row[0] for row in await driver.execute_fetchall(sqlite_insert_processed(len(chunk)), params))
        return new

    async def update_conversations(self, conn: AsyncConnection, rows: list[ConversationRow]) -> int:
        when = self._when
        cursor = await (await _aiosqlite(conn)).executemany(
            SQLITE_UPDATE_CONVERSATIONS, [(v + 1, s, f, n, when(t), h, v) for h, v, s, f, n, t in rows]
        )
        return int(cursor.rowcount)

    async def set_sent_keys(self, conn: AsyncConnection, rows: list[tuple[str, str]]) -> None:
        await (await _aiosqlite(conn)).executemany(SQLITE_SET_SENT_KEYS, [(key, chat) for chat, key in rows])

    async def commit_plain(
        self,
        conn: AsyncConnection,
        sent: list[tuple[str, str]],
        masks: list[tuple[str, int, bytes]],
        processed: list[tuple[str, datetime]],
        updates: list[ConversationRow],
    ) -> bool | None:
        """The whole transaction in ONE trip to aiosqlite's thread, commit included, where the
        long way takes four or more. A trip's answer waits in the event loop's queue behind every
        turn that is ready (hundreds at a crowd's peak), and every waiting turn waits on the
        writer: the database sat idle while the turns of the last commit ran, then the loop sat
        idle while the database wrote (docs/decisions/0014-production-path.md). The same
        statements in the same order as the long way, on the same connection."""
        when = self._when
        marks = [(key, chat) for chat, key in sent]
        masked = [(state, chat, version) for chat, version, state in masks]
        inserts = []
        for start in range(0, len(processed), SQLITE_CHUNK):
            # repeats of the last key insert nothing: the count of rows inserted is unchanged
            chunk = padded(processed[start : start + SQLITE_CHUNK])
            # no RETURNING: only whether every key was new matters here, which the count of rows
            # inserted tells in one step of the statement (each row returned is a step of its own,
            # and the thread takes the GIL back after each step, waiting on the busy event loop)
            sql = sqlite_insert_processed(len(chunk)).removesuffix(" RETURNING update_key")
            inserts.append((sql, tuple(v for key, at in chunk for v in (key, when(at)))))
        rows = [(v + 1, s, f, n, when(t), h, v) for h, v, s, f, n, t in updates]

        def run(db: sqlite3.Connection) -> bool:
            try:
                if marks:
                    db.executemany(SQLITE_SET_SENT_KEYS, marks)
                if masked:
                    db.executemany(SQLITE_MASK_STATE, masked)
                new = 0
                for sql, params in inserts:
                    new += db.execute(sql, params).rowcount
                changed = db.executemany(SQLITE_UPDATE_CONVERSATIONS, rows).rowcount if rows else 0
                if new != len(processed) or changed != len(rows):
                    db.rollback()
                    return False
                db.commit()
                return True
            except BaseException:
                db.rollback()
                raise

        return bool(await _in_thread(await _aiosqlite(conn), run))


def sqlite_when(core: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """SQLAlchemy's SQLite DateTime processor (``core``) for a datetime in one C call: the same
    text, 'YYYY-MM-DD HH:MM:SS.ffffff' with the zone dropped, which it builds from seven fields
    through a dict (a tenth of the writer's time at thousands of turns a second). Anything but a
    datetime goes to ``core``."""

    def when(value: Any) -> Any:
        if type(value) is datetime:
            return value.isoformat(" ", "microseconds")[:26]
        return core(value)

    return when


def _values(binds: list[tuple[str, Any]], row: dict[str, Any]) -> tuple[Any, ...]:
    """A row's parameters in the statement's order, each through its bind processor (as Core)."""
    return tuple(row[name] if process is None else process(row[name]) for name, process in binds)


def _values_group(sql: str) -> tuple[str, str, str]:
    """``INSERT ... VALUES (?, ?) RETURNING ...`` as its head, its one VALUES group and its tail."""
    start = sql.index(" VALUES (") + len(" VALUES ")
    end = sql.index(")", start) + 1
    return sql[:start], sql[start:end], sql[end:]


async def _aiosqlite(conn: AsyncConnection) -> Any:
    """The aiosqlite connection under ``conn``: same sqlite3 connection, same transaction."""
    return (await conn.get_raw_connection()).driver_connection


async def _in_thread(driver: Any, run: Callable[[sqlite3.Connection], Any]) -> Any:
    """``run(the sqlite3 connection)`` on aiosqlite's own thread, as each of aiosqlite's methods
    runs its one sqlite3 call (``Connection._execute`` and ``_conn``: private in aiosqlite 0.22,
    pinned in requirements.txt; a release that renames them fails every storage test at once)."""
    return await driver._execute(run, driver._conn)


PG_INSERT_PROCESSED = text(
    "INSERT INTO processed_updates (update_key, at)"
    " SELECT u.k, u.t FROM unnest(CAST(:k AS VARCHAR[]), CAST(:t AS TIMESTAMPTZ[])) AS u(k, t)"
    " ON CONFLICT DO NOTHING RETURNING update_key"
)
PG_UPDATE_CONVERSATIONS = text(
    "UPDATE conversations AS c"
    " SET version = u.v + 1, state_enc = u.s, flow = u.f, node = u.n, updated_at = u.t"
    " FROM unnest(CAST(:h AS VARCHAR[]), CAST(:v AS INTEGER[]), CAST(:s AS BYTEA[]),"
    " CAST(:f AS VARCHAR[]), CAST(:n AS VARCHAR[]), CAST(:t AS TIMESTAMPTZ[])) AS u(h, v, s, f, n, t)"
    " WHERE c.chat_hash = u.h AND c.version = u.v"
    " RETURNING c.id"
)
PG_SET_SENT_KEYS = text(
    "UPDATE conversations AS c SET sent_key = u.k"
    " FROM unnest(CAST(:h AS VARCHAR[]), CAST(:k AS VARCHAR[])) AS u(h, k)"
    " WHERE c.chat_hash = u.h"
)


class PostgresRows:
    """Rows sorted by chat hash, so two writers lock shared rows in the same order."""

    async def insert_processed(self, conn: AsyncConnection, rows: list[tuple[str, datetime]]) -> set[str]:
        keys, times = columns(rows, 2)
        return set((await conn.execute(PG_INSERT_PROCESSED, {"k": keys, "t": times})).scalars())

    async def update_conversations(self, conn: AsyncConnection, rows: list[ConversationRow]) -> int:
        params = dict(zip("hvsfnt", columns(sorted(rows, key=lambda r: r[0]), 6), strict=True))
        return len((await conn.execute(PG_UPDATE_CONVERSATIONS, params)).all())

    async def set_sent_keys(self, conn: AsyncConnection, rows: list[tuple[str, str]]) -> None:
        chats, keys = columns(sorted(rows), 2)
        await conn.execute(PG_SET_SENT_KEYS, {"h": chats, "k": keys})

    async def commit_plain(
        self,
        conn: AsyncConnection,
        sent: list[tuple[str, str]],
        masks: list[tuple[str, int, bytes]],
        processed: list[tuple[str, datetime]],
        updates: list[ConversationRow],
    ) -> bool | None:
        return None  # asyncpg pipelines the statements of the long way already

    async def executemany(self, conn: AsyncConnection, statement: Any, rows: list[dict[str, Any]]) -> None:
        await conn.execute(statement, rows)  # asyncpg pipelines an executemany: one round trip

    async def insert_returning(self, conn: AsyncConnection, statement: Any, row: dict[str, Any]) -> Any:
        try:
            return (await conn.execute(statement, row)).scalar_one()
        except IntegrityError:
            raise RowTaken from None

    async def insert_many_returning(
        self, conn: AsyncConnection, statement: Any, rows: list[dict[str, Any]]
    ) -> list[tuple[Any, ...]]:
        try:  # Core's "insertmanyvalues": one statement for the rows
            return [tuple(r) for r in await conn.execute(statement, rows)]
        except IntegrityError:
            raise RowTaken from None

    async def insert_all_returning(
        self, conn: AsyncConnection, statement: Any, rows: list[dict[str, Any]]
    ) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in await conn.execute(statement, rows)]  # Core's, one statement


def columns(rows: list[Any], width: int) -> list[list[Any]]:
    """Rows to columns (the arrays PostgreSQL unnests back into rows)."""
    if not rows:
        return [[] for _ in range(width)]
    return [list(column) for column in zip(*rows, strict=True)]


def hot_rows(dialect: Dialect) -> HotRows:
    return PostgresRows() if dialect.name == "postgresql" else SqliteRows(dialect)
