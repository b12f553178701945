"""Master key rotation an operator can follow while the bot runs (docs/SECURITY.md):

1. ``keys rotate``: a new master key goes first in the key file; every process re-reads the
   file before it wraps another data key (KeyRing._refresh), and this job rewraps every data
   key and every master-sealed outbox payload with the new key.
2. ``keys retire``: the older keys leave the key file, but only once nothing needs them; a
   row a slow process wrapped meanwhile is rewrapped while this job still holds the old keys,
   and if anything still needs them after that, they are put back and the job says so.

Every write is compare-and-swap (``WHERE value = what was read``): an erasure that replaced a
reporter's key while this job ran is never undone by writing her old key back, on SQLite or
PostgreSQL alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Table, and_, select, update

from storage.crypto import AEAD_V2, KeyRing
from storage.key_file import restore_keys, retire_old_keys
from storage.models import outbox, reporters
from storage.outbox_seal import DELIVERED
from storage.sa_async import AsyncConnection
from storage.sql_store import SqlStore

BATCH = 500


@dataclass(frozen=True)
class Rewrapped:
    data_keys: int = 0
    outbox_rows: int = 0
    #: rows that changed while being rewrapped (an erasure, a delivery): left as they now are
    skipped: int = 0


@dataclass(frozen=True)
class Column:
    """A column holding tokens under the master ring, and which of its rows to look at."""

    table: Table
    name: str

    def pending(self) -> Any:
        column = self.table.c[self.name]
        if self.table is outbox:
            return column != DELIVERED  # a delivered row holds nothing
        return column.is_not(None)


DATA_KEYS = Column(reporters, "wrapped_key")
OUTBOX_PAYLOADS = Column(outbox, "payload_enc")


async def read_batch(conn: AsyncConnection, col: Column, after: int) -> tuple[list[Any], int | None]:
    """The next rows after ``after`` (ids ascending). Outbox rows sealed with a reporter's key
    are left out: they follow her data key, which is rewrapped itself. Also the last id read
    (None: no more rows)."""
    t = col.table
    query = (
        select(t.c.id, t.c[col.name].label("token"))
        .where(and_(t.c.id > after, col.pending()))
        .order_by(t.c.id)
        .limit(BATCH)
    )
    rows = (await conn.execute(query)).all()
    return [r for r in rows if r.token[:1] != AEAD_V2], (rows[-1].id if rows else None)


async def write_batch(conn: AsyncConnection, col: Column, ring: KeyRing, rows: list[Any]) -> tuple[int, int]:
    """Rewrap the rows that need it, each only if it still holds what was read: (done, skipped)."""
    t = col.table
    done = skipped = 0
    for row in rows:
        if not ring.needs_old_key(row.token):
            continue
        result = await conn.execute(
            update(t)
            .where(and_(t.c.id == row.id, t.c[col.name] == row.token))
            .values({col.name: ring.rewrap(row.token)})
        )
        if result.rowcount:
            done += 1
        else:
            skipped += 1
    return done, skipped


async def _rewrap_column(store: SqlStore, col: Column, ring: KeyRing) -> tuple[int, int]:
    done = skipped = 0
    after = 0
    while True:
        async with store.engine.begin() as conn:
            rows, last = await read_batch(conn, col, after)
            if last is None:
                return done, skipped
            d, s = await write_batch(conn, col, ring, rows)
        done += d
        skipped += s
        after = last


async def rewrap_all(store: SqlStore, ring: KeyRing) -> Rewrapped:
    """Every data key and master-sealed outbox payload under the newest master key of ``ring``.
    Quick (the data itself is sealed with the data keys, untouched) and safe to run again."""
    keys, skipped_keys = await _rewrap_column(store, DATA_KEYS, ring)
    rows, skipped_rows = await _rewrap_column(store, OUTBOX_PAYLOADS, ring)
    return Rewrapped(keys, rows, skipped_keys + skipped_rows)


async def still_needing_old_keys(store: SqlStore, ring: KeyRing) -> int:
    """How many stored tokens open only with a master key other than the newest (or none)."""
    count = 0
    for col in (DATA_KEYS, OUTBOX_PAYLOADS):
        after = 0
        while True:
            async with store.engine.connect() as conn:
                rows, last = await read_batch(conn, col, after)
            if last is None:
                break
            count += sum(1 for r in rows if ring.needs_old_key(r.token))
            after = last
    return count


class KeysStillNeeded(Exception):
    """Rows still need an old master key: ``keys rotate`` first."""

    def __init__(self, count: int) -> None:
        super().__init__(f"{count} stored keys or messages still need an older master key")
        self.count = count


async def retire(store: SqlStore, ring: KeyRing, path: Path) -> int:
    """Drop every master key but the newest from the key file ``path``; how many were dropped.
    Refuses (KeysStillNeeded, file unchanged) while anything needs them."""
    needed = await still_needing_old_keys(store, ring)
    if needed:
        raise KeysStillNeeded(needed)
    if len(ring.masters) < 2:
        return 0
    retired = retire_old_keys(path)
    # a process that wrapped a key with an old master key just before it saw the new file: this
    # job still holds the old keys, so it can rewrap that row now
    await rewrap_all(store, ring)
    late = await still_needing_old_keys(store, ring)
    if late:
        restore_keys(path, retired)
        raise KeysStillNeeded(late)
    return len(retired)
