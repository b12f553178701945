"""A reporter's "hapus" inside the turn that asked for it (the three erasures: storage/erasure.py),
and what follows once it committed: her evidence files removed, SQLite's log truncated."""

from __future__ import annotations

import asyncio
import sqlite3

from sqlalchemy import update
from sqlalchemy.exc import OperationalError

from flows.types import EraseReporterData
from storage.api import TurnWrite
from storage.crypto import seal_state, state_aad
from storage.erasure import Erasure, erase
from storage.files import remove_durably
from storage.sa_async import AsyncConnection
from storage.store_helpers import LAST_TURN, last_turn
from storage.store_outbox import OutboxMixin
from storage.store_parts import ChatInfo, _Deferred, conv, log


class ErasingMixin(OutboxMixin):
    async def _erase(
        self, conn: AsyncConnection, w: TurnWrite, info: ChatInfo, effect: EraseReporterData, later: _Deferred
    ) -> None:
        """The reporter's "hapus" (storage/erasure.py). A full erasure replaces her data key: this
        chat goes on under the new one from this very turn."""
        chat = self.chat_hash(w.key)
        e = Erasure(
            effect,
            info.reporter_id,
            chat,
            self._status_scope(w.key),
            w.now,
            info.key,
            legacy_update_prefix=f"{w.key.channel}:{w.key.chat_id}:",
        )
        if effect.mode == "all":
            e.new_key, e.new_wrapped = self.keyring.new_data_key()
        await erase(conn, e)
        later.files.extend(e.files)
        later.erased = True
        if e.new_key is None:
            return
        # the turn's state was sealed with the old key a moment ago: seal it again with the new one,
        # or the chat cannot be read by any other process, or this one once its cache lets go
        await conn.execute(
            update(conv)
            .where(conv.c.chat_hash == chat)
            .values(
                chat_id_enc=e.new_key.encrypt(w.key.chat_id.encode()),
                state_enc=seal_state(e.new_key, {**w.state.to_dict(), LAST_TURN: last_turn(w)}, state_aad(chat)),
            )
        )
        info.key = e.new_key

    async def _after_erasure(self, files: list[str]) -> None:
        """Once an erasure committed: its evidence files go (folder fsynced), and on SQLite the
        write-ahead log is checkpointed and truncated, so the pages that held her rows before
        (zeroed in the database file by secure_delete) do not linger in the log either. Best
        effort: a busy reader lets the checkpoint finish later; it never fails the turn."""
        if files:
            await asyncio.to_thread(remove_durably, files)
        if self.is_postgres:
            return
        try:
            async with self.engine.connect() as conn:
                await conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        except (OperationalError, sqlite3.OperationalError):
            log.warning("checkpoint after an erasure postponed")
