"""The rows a batch of turns writes for its chats: each chat's reporter and data key (from memory,
else looked up or made for the whole batch at once) and the conversation rows, inserted for new
chats and updated under their version for the rest. Part of SqlStore's group commit."""

from __future__ import annotations

from datetime import datetime
from typing import Any, cast

from storage.api import ConflictError, TurnWrite
from storage.crypto import DataKey, seal_state, state_aad
from storage.hot_rows import ConversationRow
from storage.sa_async import AsyncConnection
from storage.statement_sizes import padded
from storage.store_effects import EffectsMixin
from storage.store_helpers import LAST_TURN, last_turn
from storage.store_parts import (
    INSERT_CONVERSATION,
    INSERT_REPORTER,
    SELECT_CHATS,
    SELECT_REPORTERS,
    SET_WRAPPED_KEY,
    ChatInfo,
    _Pending,
)


class ChatRowsMixin(EffectsMixin):
    async def _chat_infos(self, conn: AsyncConnection, turns: list[_Pending]) -> list[ChatInfo]:
        """Each turn's chat: from memory, else looked up for the whole batch at once (a few
        statements however many chats are new, not a few per chat)."""
        chats = [p.chat for p in turns]
        infos = {chat: self._chats.get(chat) for chat in chats}
        unknown = {p.chat: p.write for p in turns if infos[p.chat] is None}
        if unknown:
            infos.update(await self._learn_chats(conn, unknown))
        return [cast(ChatInfo, infos[chat]) for chat in chats]

    async def _learn_chats(self, conn: AsyncConnection, unknown: dict[str, TurnWrite]) -> dict[str, ChatInfo]:
        learnt = {
            row.chat_hash: self._remember_chat(row.chat_hash, row.id, row.reporter_id, row.wrapped_key)
            for row in await conn.execute(SELECT_CHATS, {"hs": padded(list(unknown))})
        }
        fresh = {chat: w for chat, w in unknown.items() if chat not in learnt}
        if not fresh:
            return learnt
        users = {chat: self.user_hash(w.key.channel, w.user_id or w.key.chat_id) for chat, w in fresh.items()}
        reporters = await self._reporters(conn, fresh, users)
        for chat in fresh:
            reporter_id, key = reporters[users[chat]]
            learnt[chat] = self._keep_chat(chat, ChatInfo(None, reporter_id, key))
        return learnt

    async def _reporters(
        self, conn: AsyncConnection, fresh: dict[str, TurnWrite], users: dict[str, str]
    ) -> dict[str, tuple[int, DataKey]]:
        """user hash → (reporter id, data key) for the new chats: found, or made (one per user
        even when two new chats of one user share the batch)."""
        found = {
            r.user_hash: r for r in await conn.execute(SELECT_REPORTERS, {"us": padded(list(set(users.values())))})
        }
        known: dict[str, tuple[int, DataKey]] = {}
        made: dict[str, DataKey] = {}
        inserts = []
        for chat, w in fresh.items():
            user = users[chat]
            if user in known or user in made:
                continue
            row = found.get(user)
            if row is not None and row.wrapped_key is not None:
                known[user] = (row.id, self.keyring.unwrap(row.wrapped_key))
                continue
            key, wrapped = self.keyring.new_data_key()
            if row is not None:
                await conn.execute(SET_WRAPPED_KEY, {"rid": row.id, "w": wrapped})
                known[user] = (row.id, key)
                continue
            made[user] = key
            inserts.append(
                {
                    "channel": w.key.channel,
                    "user_hash": user,
                    "wrapped_key": wrapped,
                    "lang": w.state.lang,
                    "created_at": w.now,
                }
            )
        if inserts:
            for reporter_id, user in await self._rows.insert_all_returning(conn, INSERT_REPORTER, inserts):
                known[user] = (reporter_id, made[user])
        return known

    def _seal(self, chat: str, w: TurnWrite, key: DataKey) -> bytes:
        """A turn's state as its conversation row keeps it, with its replies (``LAST_TURN``)."""
        return seal_state(key, {**w.state.to_dict(), LAST_TURN: last_turn(w)}, state_aad(chat))

    async def _write_conversations(
        self, conn: AsyncConnection, live: list[_Pending], infos: list[ChatInfo], now: datetime
    ) -> None:
        """The batch's conversation rows: one insert for the new chats, one versioned update for
        the rest; any row whose version moved on fails the whole batch (ConflictError)."""
        inserts: list[dict[str, Any]] = []
        created: dict[str, ChatInfo] = {}
        updates: list[ConversationRow] = []
        for p, info in zip(live, infos, strict=True):
            w = p.write
            chat = p.chat
            sealed = p.sealed[1] if p.sealed is not None and p.sealed[0] is info.key else None
            state_enc = sealed if sealed is not None else self._seal(chat, w, info.key)
            if w.expected_version is not None:
                updates.append((chat, w.expected_version, state_enc, w.state.flow, w.state.node, w.now))
                continue
            if info.conversation_id is not None or chat in created:
                raise ConflictError("conversation exists")
            created[chat] = info
            inserts.append(
                {
                    "chat_hash": chat,
                    "channel": w.key.channel,
                    "chat_id_enc": info.key.encrypt(w.key.chat_id.encode()),
                    "reporter_id": info.reporter_id,
                    "state_enc": state_enc,
                    "version": 1,
                    "flow": w.state.flow,
                    "node": w.state.node,
                    "updated_at": w.now,
                }
            )
        if inserts:
            for conversation_id, chat in await self._rows.insert_all_returning(conn, INSERT_CONVERSATION, inserts):
                created[chat].conversation_id = conversation_id
        if updates and await self._rows.update_conversations(conn, updates) != len(updates):
            raise ConflictError("a conversation moved on")
