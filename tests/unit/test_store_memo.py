"""The store's keyed hashes are remembered in a bounded memo (storage/memo.py, issue 18): the same
hash as computed afresh, the recent ones without a second HMAC, and far less memory per chat than
``functools.lru_cache`` kept."""

from __future__ import annotations

import tracemalloc

from cryptography.fernet import Fernet

from flows.types import ConversationKey
from storage.crypto import KeyRing
from storage.memo import Memo

KEYRING = KeyRing([Fernet.generate_key().decode()], "memo-test")


def blind(key: ConversationKey) -> str:
    return KEYRING.blind_index(f"chat:{key.channel}:{key.chat_id}")


def test_the_memo_gives_the_hash_computed_afresh_and_computes_a_recent_one_once() -> None:
    calls: list[ConversationKey] = []

    def counted(key: ConversationKey) -> str:
        calls.append(key)
        return blind(key)

    memo = Memo(counted, 100)
    chats = [ConversationKey("telegram", str(7_000_000_000 + i)) for i in range(1000)]
    for chat in chats:
        # load, commit and sent mark of one turn: one HMAC
        assert memo(chat) == memo(ConversationKey(chat.channel, chat.chat_id)) == memo(chat) == blind(chat)
    assert len(calls) == 1000
    assert 50 <= len(memo) <= 100, "bounded: between half and all of its size"
    recent = chats[-50:]
    assert [memo(c) for c in recent] == [blind(c) for c in recent] and len(calls) == 1000, "the last 50 kept"
    assert memo(chats[0]) == blind(chats[0]) and len(calls) == 1001, "an old one is computed again"


def test_a_crowd_of_chats_costs_the_memo_little() -> None:
    chats = [ConversationKey("telegram", str(7_000_000_000 + i)) for i in range(20_000)]
    tracemalloc.start()
    try:
        memo = Memo(blind, 4096)
        for chat in chats:
            memo(chat)
        held, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # lru_cache(4096): ~290 bytes an entry, 1.2 MB (its recency list's nodes, the wrapped arguments)
    assert held / len(memo) < 200 and held < 700_000, (held, len(memo))
