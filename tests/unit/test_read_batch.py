"""Group reads (storage/read_batch.py): callers of one moment share a fetch and each gets its own
answer; a failed fetch fails only its own callers; a cancelled caller leaves the others be."""

from __future__ import annotations

import asyncio

import pytest

from storage.read_batch import ReadBatcher


class Table:
    """A fetch over a dict that records the batches it was asked and can be made to fail or wait."""

    def __init__(self, rows: dict[str, int]) -> None:
        self.rows = rows
        self.batches: list[list[str]] = []
        self.fail_next = False
        self.gate: asyncio.Event | None = None

    async def fetch(self, keys: list[str]) -> dict[str, int]:
        self.batches.append(list(keys))
        if self.gate is not None:
            await self.gate.wait()
        if self.fail_next:
            self.fail_next = False
            raise ConnectionError("database went away")
        return {k: self.rows[k] for k in keys if k in self.rows}


async def test_reads_asked_together_share_one_fetch_and_each_gets_its_own_value() -> None:
    table = Table({f"k{i}": i for i in range(100)})
    reads = ReadBatcher(table.fetch)
    got = await asyncio.gather(*(reads.get(f"k{i}") for i in range(100)), reads.get("absent"))
    assert got == [*range(100), None]
    assert len(table.batches) == 1


async def test_the_same_key_asked_twice_at_once_answers_both() -> None:
    table = Table({"a": 1})
    reads = ReadBatcher(table.fetch)
    assert await asyncio.gather(reads.get("a"), reads.get("a")) == [1, 1]
    assert table.batches == [["a"]]


async def test_reads_asked_while_a_fetch_runs_go_in_the_next_one() -> None:
    table = Table({"a": 1, "b": 2, "c": 3})
    table.gate = asyncio.Event()
    reads = ReadBatcher(table.fetch)
    first = asyncio.ensure_future(reads.get("a"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    later = [asyncio.ensure_future(reads.get(k)) for k in ("b", "c")]
    await asyncio.sleep(0)
    table.gate.set()
    assert [await first, *[await f for f in later]] == [1, 2, 3]
    assert table.batches == [["a"], ["b", "c"]]


async def test_a_large_crowd_is_fetched_in_chunks() -> None:
    table = Table({f"k{i}": i for i in range(1200)})
    reads = ReadBatcher(table.fetch, chunk=500)
    got = await asyncio.gather(*(reads.get(f"k{i}") for i in range(1200)))
    assert got == list(range(1200))
    assert [len(b) for b in table.batches] == [500, 500, 200]


async def test_a_failed_fetch_fails_its_callers_and_the_next_read_works() -> None:
    table = Table({"a": 1})
    table.fail_next = True
    reads = ReadBatcher(table.fetch)
    results = await asyncio.gather(reads.get("a"), reads.get("b"), return_exceptions=True)
    assert all(isinstance(r, ConnectionError) for r in results)
    assert await reads.get("a") == 1


async def test_a_cancelled_caller_does_not_stop_the_others() -> None:
    table = Table({"a": 1, "b": 2})
    table.gate = asyncio.Event()
    reads = ReadBatcher(table.fetch)
    gone = asyncio.ensure_future(reads.get("a"))
    stays = asyncio.ensure_future(reads.get("b"))
    await asyncio.sleep(0)
    gone.cancel()
    table.gate.set()
    assert await stays == 2
    with pytest.raises(asyncio.CancelledError):
        await gone


async def test_closing_waits_for_the_reads_in_flight() -> None:
    table = Table({"a": 1})
    table.gate = asyncio.Event()
    reads = ReadBatcher(table.fetch)
    pending = asyncio.ensure_future(reads.get("a"))
    await asyncio.sleep(0)
    asyncio.get_running_loop().call_later(0.01, table.gate.set)
    await reads.close()
    assert pending.done() and pending.result() == 1
