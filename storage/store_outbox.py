"""The durable outbox: enqueue, claim (one owner at a time), complete, fail with a retry time;
and what a send needs to know of a case (the reporter's address, its fields)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    and_,
    or_,
    select,
    update,
)

from storage.api import (
    OutboxItem,
)
from storage.crypto import (
    decrypt_json,
)
from storage.outbox_seal import DELIVERED, NOBODY, Owner, find_owner, open_payload, row_values
from storage.sa_async import AsyncConnection
from storage.store_base import StoreBase
from storage.store_parts import (
    INSERT_OUTBOX,
    INSERT_OUTBOX_ROWS,
    SELECT_WRAPPED,
    _Deferred,
    cases,
    outbox,
    reporters,
)


class OutboxMixin(StoreBase):
    # ------------------------------------------------------------------ outbox
    async def enqueue_outbox(
        self, kind: str, payload: dict[str, Any], now: datetime | None = None, available_at: datetime | None = None
    ) -> int:
        """Queue a job outside a turn; ``available_at`` delays it (a discreet chat's clean-up)."""
        now = now or datetime.now(UTC)
        async with self.engine.begin() as conn:
            return await self._enqueue(conn, kind, payload, now, available_at)

    async def claim_outbox(
        self,
        kinds: tuple[str, ...],
        limit: int,
        now: datetime,
        lease: timedelta = timedelta(minutes=2),
        *,
        worker: str = "main",
    ) -> AsyncIterator[OutboxItem]:
        """Claim rows for delivery: each row goes to one claimer; a lease that expires is claimed again."""
        async with self.engine.begin() as conn:
            free = and_(
                outbox.c.done_at.is_(None),
                outbox.c.kind.in_(kinds),
                outbox.c.available_at <= now,
                or_(outbox.c.claimed_until.is_(None), outbox.c.claimed_until < now),
            )
            ids_query = select(outbox.c.id).where(free).order_by(outbox.c.id).limit(limit)
            if self.is_postgres:
                ids_query = ids_query.with_for_update(skip_locked=True)
            ids = list((await conn.execute(ids_query)).scalars())
            if not ids:
                return
            rows = (
                await conn.execute(
                    update(outbox)
                    .where(and_(outbox.c.id.in_(ids), free))
                    .values(claimed_until=now + lease, claimed_by=worker)
                    .returning(
                        outbox.c.id, outbox.c.kind, outbox.c.payload_enc, outbox.c.attempts, outbox.c.reporter_id
                    )
                )
            ).all()
            owners = {r.reporter_id for r in rows if r.reporter_id is not None}
            keys = (await conn.execute(SELECT_WRAPPED, {"ids": list(owners)})).all() if owners else []
            wrapped = {owner: key for owner, key in keys}
            opened = [
                (r, open_payload(self.keyring, r.kind, r.payload_enc, r.reporter_id, wrapped.get(r.reporter_id)))
                for r in rows
            ]
            gone = [row.id for row, payload in opened if payload is None]
            if gone:  # her data was erased after the row was made: nothing left to deliver
                await conn.execute(
                    update(outbox).where(outbox.c.id.in_(gone)).values(done_at=now, payload_enc=DELIVERED)
                )
        for row, payload in sorted(opened, key=lambda r: r[0].id):
            if payload is not None:
                yield OutboxItem(row.id, row.kind, payload, row.attempts)

    async def release_outbox(self, worker: str) -> int:
        """Give back the rows ``worker`` claimed and did not finish, so that a pass cut short (the
        database went away mid-pass) delays them by one pass, not by the whole lease."""
        async with self.engine.begin() as conn:
            result = await conn.execute(
                update(outbox)
                .where(
                    and_(outbox.c.claimed_by == worker, outbox.c.done_at.is_(None), outbox.c.claimed_until.is_not(None))
                )
                .values(claimed_until=None)
            )
        return int(result.rowcount or 0)

    async def complete_outbox(self, item_id: int) -> None:
        async with self.engine.begin() as conn:
            # delivered: the bookkeeping stays, the payload (a message, a chat id) goes
            await conn.execute(
                update(outbox).where(outbox.c.id == item_id).values(done_at=datetime.now(UTC), payload_enc=DELIVERED)
            )

    async def fail_outbox(self, item_id: int, error: str, retry_at: datetime) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                update(outbox)
                .where(outbox.c.id == item_id)
                .values(
                    attempts=outbox.c.attempts + 1, available_at=retry_at, claimed_until=None, last_error=error[:200]
                )
            )

    async def reporter_address(self, case_number: str) -> tuple[str, str] | None:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(cases.c.channel, cases.c.chat_id_enc, reporters.c.wrapped_key)
                    .join(reporters, reporters.c.id == cases.c.reporter_id)
                    .where(cases.c.number == case_number)
                )
            ).first()
        if row is None or row.chat_id_enc is None or row.wrapped_key is None or row.channel is None:
            return None
        key = self.keyring.unwrap(row.wrapped_key)
        return row.channel, key.decrypt(row.chat_id_enc).decode()

    async def case_fields(self, case_number: str) -> dict[str, Any] | None:
        """The decrypted answers of a case (None when unknown or erased)."""
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(cases.c.fields_enc, reporters.c.wrapped_key)
                    .join(reporters, reporters.c.id == cases.c.reporter_id)
                    .where(cases.c.number == case_number)
                )
            ).first()
        if row is None or row.fields_enc is None or row.wrapped_key is None:
            return None
        return dict(decrypt_json(self.keyring.unwrap(row.wrapped_key), row.fields_enc))

    def _enqueue_later(
        self, later: _Deferred, kind: str, payload: dict[str, Any], now: datetime, owner: Owner = NOBODY
    ) -> None:
        """An outbox row of a turn, written with the batch's other rows (its id is not needed),
        sealed with the reporter's key (storage/outbox_seal.py)."""
        later.add(INSERT_OUTBOX_ROWS, row_values(self.keyring, kind, payload, owner, now, now))

    async def _enqueue(
        self,
        conn: AsyncConnection,
        kind: str,
        payload: dict[str, Any],
        now: datetime,
        available_at: datetime | None = None,
    ) -> int:
        """An outbox row outside a turn: its owner is found by its case number or its chat."""
        owner = await find_owner(conn, self.keyring, payload, self.chat_hash)
        values = row_values(self.keyring, kind, payload, owner, now, available_at or now)
        result = await conn.execute(INSERT_OUTBOX, values)
        return int(result.scalar_one())
