"""Durable turns with several worker processes on one database: 1,000 conversations in flight in
all, split between 1, 2 or 4 processes that share PostgreSQL (and, for comparison, one SQLite
file). Each process runs the real DialogService with its own group-commit writer; the figure is
all turns divided by the wall time from a common start to the last process's end."""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import tempfile
import time
from multiprocessing.synchronize import Barrier
from typing import Any

from cryptography.fernet import Fernet

from app.config import load_settings
from app.service import DialogService
from bench.durable import CHATS, conversation, pg_url
from bench.harness import Result, emit, median, percentile
from flows.dialog import load_dialog
from storage.crypto import KeyRing
from storage.factory import open_store

INDEX_KEY = "bench-workers"


async def _work(url: str, master: str, first: int, count: int, barrier: Barrier) -> dict[str, Any]:
    store = open_store(url, KeyRing([master], INDEX_KEY))
    await store.start()
    service = DialogService(load_dialog(load_settings().dialog), store)
    service.flood.soft = service.flood.hard = 10**9
    latencies: list[float] = []
    await asyncio.to_thread(barrier.wait)
    turns = sum(await asyncio.gather(*(conversation(service, f"w{first + c}", latencies) for c in range(count))))
    ended = time.time()
    figures = {
        "turns": turns,
        "ended": ended,
        "p50": median(latencies),
        "p99": percentile(latencies, 0.99),
        "transactions": store.transactions,
    }
    await store.close()
    return figures


def _process(url: str, master: str, first: int, count: int, barrier: Barrier, out: Any) -> None:
    out.put(asyncio.run(_work(url, master, first, count, barrier)))


async def _migrate(url: str, master: str) -> None:
    store = open_store(url, KeyRing([master], INDEX_KEY))
    await store.start()
    await store.close()


def measure(url: str, workers: int) -> dict[str, float | int | str]:
    master = Fernet.generate_key().decode()
    asyncio.run(_migrate(url, master))  # once, before the workers race to do it
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(workers + 1)
    out = ctx.Queue()
    share = CHATS // workers
    procs = [ctx.Process(target=_process, args=(url, master, w * share, share, barrier, out)) for w in range(workers)]
    for p in procs:
        p.start()
    barrier.wait()
    started = time.time()
    results = [out.get(timeout=900) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    seconds = max(r["ended"] for r in results) - started
    turns = sum(int(r["turns"]) for r in results)
    return {
        "turns": turns,
        "turns/s": round(turns / seconds),
        "p50 ms (median of the workers)": round(median([r["p50"] for r in results]) * 1000, 1),
        "p99 ms (worst worker)": round(max(r["p99"] for r in results) * 1000, 1),
        "transactions": sum(int(r["transactions"]) for r in results),
    }


def run() -> list[Result]:
    results = []
    for workers in (1, 2, 4):
        url = asyncio.run(pg_url())
        if url is None:
            results.append(Result(f"PostgreSQL, {workers} worker(s)", {"skipped": "no PostgreSQL server reachable"}))
            break
        results.append(
            Result(
                f"Durable turns, PostgreSQL, {workers} worker process(es), 1,000 conversations in flight in all",
                measure(url, workers),
            )
        )
    for workers in (1, 4):
        folder = tempfile.mkdtemp()
        results.append(
            Result(
                f"Durable turns, SQLite, {workers} worker process(es), 1,000 conversations in flight in all",
                measure(f"sqlite+aiosqlite:///{folder}/workers.db", workers),
                note="Several processes on one SQLite file take turns at its single write lock.",
            )
        )
    return results


if __name__ == "__main__":
    emit(run())
