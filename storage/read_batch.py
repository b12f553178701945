"""Group reads: the lookups of one moment share one query, as the turns share one commit.

When a thousand conversations start at once (a crisis brings everyone in the same minute), each
first turn must read its chat's row: one pooled connection, statement and worker-thread trip per
chat cost more than the rest of the turn. Here the keys asked for while a query runs wait for
the next one, which fetches them all (``WHERE chat_hash IN (...)``). A lone read costs what it
did: it is sent on the next pass of the event loop.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

#: keys in one query (SQLite allows 32,766 parameters; PostgreSQL's plans stay simple well below)
CHUNK = 500


class ReadBatcher(Generic[K, V]):
    """``await get(key)``: the value ``fetch`` finds for it, or None.

    ``fetch(keys)`` returns what it found as a dict; a key it leaves out is absent. When it
    raises, every caller of that batch gets the error (the store's retry has already ridden
    out a short outage inside ``fetch``); the next batch starts afresh."""

    def __init__(self, fetch: Callable[[list[K]], Awaitable[dict[K, V]]], chunk: int = CHUNK) -> None:
        self._fetch = fetch
        self._chunk = chunk
        self._waiting: dict[K, list[asyncio.Future[V | None]]] = {}
        self._runner: asyncio.Task[None] | None = None

    async def get(self, key: K) -> V | None:
        future: asyncio.Future[V | None] = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(key, []).append(future)
        if self._runner is None:
            self._runner = asyncio.create_task(self._run(), name="group-read")
        return await future

    async def _run(self) -> None:
        batch: dict[K, list[asyncio.Future[V | None]]] = {}
        try:
            while self._waiting:
                keys = list(self._waiting)[: self._chunk]
                batch = {key: self._waiting.pop(key) for key in keys}
                try:
                    found = await self._fetch(keys)
                except Exception as exc:
                    for futures in batch.values():
                        for future in futures:
                            if not future.done():
                                future.set_exception(exc)
                    continue
                for key, futures in batch.items():
                    value = found.get(key)
                    for future in futures:
                        if not future.done():  # its caller may have been cancelled
                            future.set_result(value)
        except asyncio.CancelledError:  # shutting down: no caller is left waiting for ever
            for futures in [*batch.values(), *self._waiting.values()]:
                for future in futures:
                    future.cancel()
            self._waiting.clear()
            raise
        finally:
            self._runner = None

    async def close(self) -> None:
        """Wait for the reads in flight (their callers get their answers)."""
        runner = self._runner
        if runner is not None:
            await asyncio.gather(runner, return_exceptions=True)
