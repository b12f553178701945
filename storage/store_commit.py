"""The group-commit write path of SqlStore: every turn submitted while the previous transaction
was running is applied in the next one (a handful of executemany statements), each caller's
``await`` returning once its own turn is durable; the marks that replies went out ride in the same
transactions. A batch that fails is retried item by item, so one bad turn never sinks the others.
"""

from __future__ import annotations

import asyncio
from typing import Any

from sqlalchemy import (
    select,
    text,
)
from sqlalchemy.exc import IntegrityError

from flows.types import (
    ConversationKey,
    EraseReporterData,
    FileCase,
    NewFamilyCode,
)
from storage.api import (
    CaseNumberTaken,
    CommitResult,
    ConflictError,
    StorageError,
    StoredConversation,
    TurnRejected,
    TurnWrite,
    UnsentTurn,
)
from storage.crypto import (
    decrypt_json,
    seal_state,
    state_aad,
)
from storage.hot_rows import ConversationRow
from storage.sa_async import AsyncConnection
from storage.store_chats import ChatRowsMixin
from storage.store_helpers import (
    LAST_TURN,
    _close_quietly,
    _settle,
    code_hashes,
    last_turn,
    mask_codes,
    shown_codes,
    unsent_from,
)
from storage.store_parts import (
    BATCH_MAX,
    CACHE_SIZE,
    INSERT_ATTEMPT,
    MASK_SENT_STATE,
    _Barrier,
    _Deferred,
    _Mark,
    _Pending,
    conv,
    log,
    reporters,
)


class CommitMixin(ChatRowsMixin):
    async def commit_turn(self, write: TurnWrite) -> CommitResult:
        # the chat's blind index once per turn: the writer needs it four times
        pending = _Pending(write, asyncio.get_running_loop().create_future(), self.chat_hash(write.key))
        if write.effects and any(isinstance(e, FileCase | NewFamilyCode) for e in write.effects):
            pending.hashes = code_hashes(self.keyring, write.effects)
        if self._attempts:
            pending.attempts = self._attempts.pop(pending.chat, [])
        info = self._chats.get(pending.chat)
        if info is not None and write.expected_version is not None:
            # sealed now, while the writer waits on the database, rather than inside the
            # transaction every waiting turn waits on
            pending.sealed = (info.key, self._seal(pending.chat, write, info.key))
        if self._writer is None:
            raise StorageError("the store is not started")
        self._queue.put_nowait(pending)
        return await pending.future

    async def _write_loop(self) -> None:
        while True:
            items = [await self._queue.get()]
            # up to BATCH_MAX turns and BATCH_MAX sent marks: a mark (one small update) is counted
            # apart, so a batch carries as many turns as its limit says. Counted together, every
            # batch under load held 256 turns and their 256 marks: twice the transactions, each
            # with its fsync the turns behind it wait on (docs/decisions/0014-production-path.md)
            queued_marks = int(isinstance(items[0], _Mark))
            queued_turns = 1 - queued_marks
            while not self._queue.empty() and queued_turns < BATCH_MAX and queued_marks < BATCH_MAX:
                item = self._queue.get_nowait()
                items.append(item)
                if isinstance(item, _Mark):
                    queued_marks += 1
                else:
                    queued_turns += 1
            turns = [i for i in items if isinstance(i, _Pending)]
            marks = [i for i in items if isinstance(i, _Mark)]
            try:
                if turns or marks:
                    await self._commit_batch(turns, marks)
            except Exception as exc:  # the writer must never die: fail the callers instead
                for turn in turns:
                    if not turn.future.done():
                        turn.future.set_exception(StorageError(type(exc).__name__))
                _settle(marks, exc)
            finally:
                for item in items:
                    if isinstance(item, _Barrier) and not item.future.done():
                        item.future.set_result(None)
                    self._queue.task_done()

    # ------------------------------------------------------------------ sent marks
    async def mark_sent(self, key: ConversationKey, update_key: str) -> None:
        """Queued, not awaited: waiting for the mark's commit held every chat for a second
        transaction per turn, and nothing needs it durable sooner (see Store.mark_sent)."""
        if self._writer is None:
            raise StorageError("the store is not started")
        self._queue.put_nowait(_Mark(self.chat_hash(key), update_key))

    async def drain(self) -> None:
        await self._queue.join()

    async def flush(self) -> None:
        """Wait until every turn and mark queued before this call is written (or failed). Unlike
        ``drain`` it does not wait for what is queued after it, so it returns under load too."""
        if self._writer is None:
            raise StorageError("the store is not started")
        barrier = _Barrier(asyncio.get_running_loop().create_future())
        self._queue.put_nowait(barrier)
        await barrier.future

    async def unsent_turn(self, key: ConversationKey, update_key: str) -> UnsentTurn | None:
        async def read() -> Any:
            async with self.engine.connect() as conn:
                query = (
                    select(conv.c.state_enc, conv.c.sent_key, reporters.c.wrapped_key)
                    .join(reporters, reporters.c.id == conv.c.reporter_id)
                    .where(conv.c.chat_hash == self.chat_hash(key))
                )
                return (await conn.execute(query)).first()

        row = await self._retry(read)
        sent = row.sent_key if row is not None else None
        if (
            row is None
            or row.state_enc is None
            or row.wrapped_key is None
            or sent
            in (
                self.stored_update_key(update_key),
                update_key,
            )
        ):
            return None
        data = decrypt_json(self.keyring.unwrap(row.wrapped_key), row.state_enc, state_aad(self.chat_hash(key)))
        last = data.get(LAST_TURN)
        if not isinstance(last, dict) or last.get("key") != update_key:
            return None  # the chat moved on since: those replies are not the current ones
        return unsent_from(last, bool(data.get("discreet", False)))

    async def _commit_batch(self, batch: list[_Pending], marks: list[_Mark]) -> None:
        """The batch in one transaction; if it fails for any reason but an outage, each turn
        alone, so that one turn the database refuses (a version conflict, a duplicate case
        number, data it cannot store) fails alone and the others commit."""
        if len(batch) > 1 or (batch and marks):
            try:
                results = await self._retry(lambda: self._apply(batch, marks))
            except (ConflictError, CaseNumberTaken):
                results = None
            except StorageError as exc:  # an outage that outlasted the patience: every turn waits for it
                for item in batch:
                    item.future.set_exception(exc)
                _settle(marks, exc)
                return
            except Exception as exc:
                log.info("batch split to isolate a turn", extra={"turns": len(batch), "error": type(exc).__name__})
                results = None
            if results is not None:
                self._resolve(batch, results)
                return
        if marks:  # the marks alone, then the turns one at a time: isolate the one that cannot commit
            try:
                await self._retry(lambda: self._apply([], marks))
            except Exception as exc:
                _settle(marks, exc)
        for n, item in enumerate(batch):
            try:
                result = await self._retry(lambda item=item: self._apply([item], []))
            except IntegrityError as exc:
                error: Exception = (
                    CaseNumberTaken()
                    if "cases" in str(exc.orig) or "number" in str(exc.orig)
                    else ConflictError("conversation changed")
                )
                self._forget(item.write.key)
                item.future.set_exception(error)
            except (ConflictError, CaseNumberTaken, StorageError) as exc:
                self._forget(item.write.key)
                item.future.set_exception(exc)
            except Exception as exc:
                self._forget(item.write.key)
                if not await self._reachable():  # not this turn's data after all: the database went
                    down = StorageError(type(exc).__name__)
                    for rest in batch[n:]:
                        rest.future.set_exception(down)
                    return
                # no personal data: the error's class and the channel, never its message (it
                # quotes the values) nor the chat
                log.error(
                    "turn rejected: the database refused its data",
                    extra={"error": type(exc).__name__, "channel": item.write.key.channel},
                )
                item.future.set_exception(TurnRejected(type(exc).__name__))
            else:
                self._resolve([item], result)

    async def _reachable(self) -> bool:
        """Whether the database answers at all (tells a turn's bad data from an outage)."""
        try:
            async with asyncio.timeout(5):
                async with self.engine.connect() as conn:
                    await conn.execute(text("SELECT 1"))
        except Exception:
            return False
        return True

    def _resolve(self, batch: list[_Pending], results: list[CommitResult]) -> None:
        for item, result in zip(batch, results, strict=True):
            if not result.duplicate:
                chat = item.chat
                if item.write.effects and any(isinstance(e, EraseReporterData) for e in item.write.effects):
                    self._chats.pop(chat, None)
                if item.hashes:
                    self._remember_codes(chat, item.write, result.version)
                self._cache_put(chat, StoredConversation(item.write.state, result.version))
            if not item.future.done():
                item.future.set_result(result)

    def _remember_codes(self, chat: str, w: TurnWrite, version: int) -> None:
        """This turn showed an access or family code: once its replies are sent, the copy kept
        for a redelivery (the state's last turn) is sealed again with the code masked."""
        info = self._chats.get(chat)
        shown = shown_codes(w.effects)
        if info is None or not shown:
            return
        masked = {**w.state.to_dict(), LAST_TURN: mask_codes(last_turn(w), shown)}
        self._masks[chat] = (w.update_key, version, seal_state(info.key, masked, state_aad(chat)))
        self._masks.move_to_end(chat)
        if len(self._masks) > CACHE_SIZE:
            self._masks.popitem(last=False)

    async def _mask_sent_codes(self, conn: AsyncConnection, sent: dict[str, str]) -> None:
        """The kept replies of sent turns that showed a code, masked (unless the chat moved on)."""
        if not self._masks:
            return
        rows: list[dict[str, Any]] = []
        for chat, update_key in sent.items():
            kept = self._masks.get(chat)
            if kept is not None and kept[0] == update_key:
                rows.append({"h": chat, "v": kept[1], "s": kept[2]})
        if rows:
            await conn.execute(MASK_SENT_STATE, rows)
            for row in rows:
                self._masks.pop(str(row["h"]), None)

    def _forget(self, key: ConversationKey) -> None:
        chat = self.chat_hash(key)
        self._cache.pop(chat, None)
        self._chats.pop(chat, None)

    async def _apply(self, batch: list[_Pending], marks: list[_Mark]) -> list[CommitResult]:
        """One transaction for the whole batch. Raises on any conflict: the caller splits it."""
        try:
            return await self._apply_once(batch, marks)
        except BaseException:
            for p in batch:  # ids learnt inside a rolled-back transaction are not real
                self._chats.pop(p.chat, None)
            self._offices.clear()
            raise

    async def _apply_once(self, batch: list[_Pending], marks: list[_Mark]) -> list[CommitResult]:
        keys = [self.stored_update_key(p.write.update_key) for p in batch]
        if len(set(keys)) != len(keys):
            raise ConflictError("the same update twice in one batch")
        plain = await self._apply_plain(batch, marks, keys)
        if plain is not None:
            return plain
        deferred = _Deferred()
        async with self._write_transaction() as conn:
            if marks:
                # a mark is for a turn committed before it was queued: last one per chat wins
                latest = {m.chat: m.update_key for m in marks}
                sent = [(chat, self.stored_update_key(key)) for chat, key in latest.items()]
                await self._rows.set_sent_keys(conn, sent)
                await self._mask_sent_codes(conn, latest)
            new = (
                await self._rows.insert_processed(conn, [(k, p.write.now) for k, p in zip(keys, batch, strict=True)])
                if batch
                else set()
            )
            live = [p for k, p in zip(keys, batch, strict=True) if k in new]
            if live:
                now = batch[0].write.now
                infos = await self._chat_infos(conn, live)
                await self._write_conversations(conn, live, infos, now)
                case_ids = await self._insert_cases(conn, live, infos)
                for p, info in zip(live, infos, strict=True):
                    if p.write.effects:
                        await self._apply_effects(conn, p, info, deferred, case_ids)
                    for attempt in p.attempts:
                        deferred.add(INSERT_ATTEMPT, attempt)
                await deferred.flush(conn, self._rows)
            if batch:
                self.transactions += 1
                self.turns_committed += len(live)
        if deferred.erased:
            await self._after_erasure(deferred.files)
        results = []
        for k, p in zip(keys, batch, strict=True):
            if k not in new:
                results.append(CommitResult(duplicate=True, version=p.write.expected_version or 0))
            else:
                effects = p.write.effects
                filed = tuple(e.number for e in effects if isinstance(e, FileCase)) if effects else ()
                results.append(CommitResult(False, (p.write.expected_version or 0) + 1, filed))
        return results

    async def _apply_plain(
        self, batch: list[_Pending], marks: list[_Mark], keys: list[str]
    ) -> list[CommitResult] | None:
        """Most batches: every turn goes on a conversation of a chat this process knows and has
        nothing to write but its state (no case, no event, no new chat): the whole transaction in
        one call to the database (``HotRows.commit_plain``). None: not such a batch, or a turn in
        it is a redelivery or lost a race, or the database has no such call; nothing was
        written, and ``_apply_once`` takes the long way, which tells which."""
        if self.is_postgres:
            return None  # asyncpg pipelines the long way's statements already
        updates: list[ConversationRow] = []
        for p in batch:
            w = p.write
            info = self._chats.get(p.chat)
            if w.expected_version is None or info is None or w.effects or p.attempts or p.hashes:
                return None
            sealed = p.sealed[1] if p.sealed is not None and p.sealed[0] is info.key else None
            state_enc = sealed if sealed is not None else self._seal(p.chat, w, info.key)
            updates.append((p.chat, w.expected_version, state_enc, w.state.flow, w.state.node, w.now))
        # a mark is for a turn committed before it was queued: last one per chat wins
        latest = {m.chat: m.update_key for m in marks}
        sent = [(chat, self.stored_update_key(key)) for chat, key in latest.items()]
        masks = []
        for chat, update_key in latest.items() if self._masks else ():
            kept = self._masks.get(chat)
            if kept is not None and kept[0] == update_key:
                masks.append((chat, kept[1], kept[2]))
        processed = [(k, p.write.now) for k, p in zip(keys, batch, strict=True)]
        conn = self._writer_conn or await self.engine.connect()
        self._writer_conn = None
        try:
            done = await self._rows.commit_plain(conn, sent, masks, processed, updates)
        except BaseException:
            await _close_quietly(conn)
            raise
        self._writer_conn = conn
        if not done:
            return None
        for chat, _version, _state in masks:
            self._masks.pop(chat, None)
        if batch:
            self.transactions += 1
            self.turns_committed += len(batch)
        return [CommitResult(False, (p.write.expected_version or 0) + 1, ()) for p in batch]
