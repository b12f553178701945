"""The per-chat lock of the store: one turn of a chat at a time, and no entry left behind."""

from __future__ import annotations

import asyncio
from collections import deque

import pytest

from flows.types import ConversationKey
from storage.sql_store import ChatLock


async def test_turns_of_one_chat_run_one_at_a_time_and_other_chats_do_not_wait() -> None:
    locks: dict = {}
    key, other = ConversationKey("t", "1"), ConversationKey("t", "2")
    order: list[str] = []

    async def turn(k: ConversationKey, name: str) -> None:
        async with ChatLock(locks, k):
            order.append(f"{name}+")
            await asyncio.sleep(0.01)
            order.append(f"{name}-")

    await asyncio.gather(turn(key, "a"), turn(key, "b"), turn(other, "c"))
    assert order.index("a-") < order.index("b+")
    assert order.index("c+") < order.index("a-")
    assert locks == {}


async def test_a_cancelled_waiter_leaves_no_entry_and_does_not_block_the_chat() -> None:
    locks: dict = {}
    key = ConversationKey("t", "1")
    held = asyncio.Event()
    release = asyncio.Event()

    async def holder() -> None:
        async with ChatLock(locks, key):
            held.set()
            await release.wait()

    async def waiter() -> None:
        async with ChatLock(locks, key):
            pass

    first = asyncio.create_task(holder())
    await held.wait()
    second = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    second.cancel()
    with pytest.raises(asyncio.CancelledError):
        await second
    release.set()
    await first
    assert locks == {}
    async with ChatLock(locks, key):
        assert key in locks
    assert locks == {}


async def test_waiters_go_in_order_and_one_cancelled_after_its_turn_came_hands_it_on() -> None:
    locks: dict = {}
    key = ConversationKey("t", "1")
    order: list[str] = []
    release = asyncio.Event()
    waiting: list[asyncio.Task[None]] = []

    async def turn(name: str) -> None:
        async with ChatLock(locks, key):
            order.append(name)

    async def first() -> None:
        async with ChatLock(locks, key):
            order.append("a")
            await release.wait()
        # "b" was handed the lock just now and has not run: cancelled, it must hand it on
        waiting[0].cancel()

    holder = asyncio.create_task(first())
    await asyncio.sleep(0)
    waiting.extend(asyncio.create_task(turn(name)) for name in "bcd")
    await asyncio.sleep(0)
    release.set()
    await holder
    results = await asyncio.wait_for(asyncio.gather(*waiting, return_exceptions=True), 5)
    assert isinstance(results[0], asyncio.CancelledError)
    assert order == ["a", "c", "d"]
    assert locks == {}


async def test_a_turn_alone_makes_no_queue_a_second_one_does_and_both_run_in_order() -> None:
    """Issue 18: every turn in flight held an empty deque (~630 bytes); the queue of waiters is
    made only when a second turn of the chat comes while the first holds the lock."""
    locks: dict = {}
    key = ConversationKey("t", "1")
    order: list[str] = []
    async with ChatLock(locks, key):
        assert locks[key] == () and not isinstance(locks[key], deque)

    async def turn(name: str) -> None:
        async with ChatLock(locks, key):
            order.append(f"{name}+")
            await asyncio.sleep(0.01)
            order.append(f"{name}-")

    first = asyncio.ensure_future(turn("a"))
    await asyncio.sleep(0)
    assert locks[key] == ()
    await asyncio.gather(first, turn("b"), turn("c"))
    assert order == ["a+", "a-", "b+", "b-", "c+", "c-"] and locks == {}
