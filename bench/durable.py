"""Full durable turns in process: engine + storage, replies "sent" only after their commit
(the network is stubbed). 1,000 conversations in flight, each a 32-turn complaint, on SQLite and
on PostgreSQL (when TEST_DATABASE_URL or a local server is there). Also p99 latency at a steady
500 turns/s offered."""

from __future__ import annotations

import asyncio
import os
import tempfile
import time
import uuid

from app.config import load_settings, normalise_database_url
from app.runtime import settle_heap
from app.service import DialogService
from bench.engine import SCRIPT
from bench.harness import Result, emit, median, percentile
from flows.dialog import load_dialog
from flows.types import Inbound
from storage.crypto import KeyRing
from storage.factory import open_store

CHATS = 1000
PG_DEFAULT = "postgresql://postgres@127.0.0.1:5432/test"


async def conversation(service: DialogService, chat: str, latencies: list[float]) -> int:
    for i, text in enumerate(SCRIPT):
        started = time.perf_counter()
        inbound = Inbound("bench", chat, f"{chat}:{i}", chat, text=text)
        delivery = await service.handle(inbound)
        assert delivery is not None
        await service.delivered(inbound)  # the replies "went out": that is recorded too
        latencies.append(time.perf_counter() - started)
    return len(SCRIPT)


async def flat_out(url: str) -> dict[str, float | int | str]:
    from cryptography.fernet import Fernet

    store = open_store(url, KeyRing([Fernet.generate_key().decode()], "bench"))
    await store.start()
    service = DialogService(load_dialog(load_settings().dialog), store)
    service.flood.soft = service.flood.hard = 10**9
    settle_heap()  # as open_runtime does at start-up
    latencies: list[float] = []
    started = time.perf_counter()
    turns = sum(await asyncio.gather(*(conversation(service, f"c{c}", latencies) for c in range(CHATS))))
    seconds = time.perf_counter() - started
    figures: dict[str, float | int | str] = {
        "turns": turns,
        "turns/s": round(turns / seconds),
        "p50 ms": round(median(latencies) * 1000, 1),
        "p99 ms": round(percentile(latencies, 0.99) * 1000, 1),
        "transactions": store.transactions,
        "turns per transaction": round(store.turns_committed / max(store.transactions, 1), 1),
    }
    await store.close()
    return figures


async def steady(url: str, rate: float = 500.0, seconds: float = 6.0) -> float:
    """p99 turn latency when turns arrive at ``rate`` per second (spread over many chats)."""
    from cryptography.fernet import Fernet

    store = open_store(url, KeyRing([Fernet.generate_key().decode()], "bench"))
    await store.start()
    service = DialogService(load_dialog(load_settings().dialog), store)
    # the conversations are already in flight: their first turn is not measured
    await asyncio.gather(*(service.handle(Inbound("bench", f"s{c}", f"w{c}", text="halo")) for c in range(1000)))
    settle_heap()  # as open_runtime does at start-up
    latencies: list[float] = []
    tasks = []
    total = int(rate * seconds)
    start = time.perf_counter()
    for n in range(total):
        target = start + n / rate
        delay = target - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        # a person answers every few seconds: 1,000 chats take turns, each a turn every 2 s
        chat, step = n % 1000, 1 + (n // 1000) % (len(SCRIPT) - 1)

        async def one(chat: int = chat, step: int = step, n: int = n) -> None:
            t0 = time.perf_counter()
            inbound = Inbound("bench", f"s{chat}", f"s{n}", text=SCRIPT[step])
            await service.handle(inbound)
            await service.delivered(inbound)
            latencies.append(time.perf_counter() - t0)

        tasks.append(asyncio.create_task(one()))
    await asyncio.gather(*tasks)
    await store.close()
    return percentile(latencies, 0.99)


async def pg_url() -> str | None:
    import asyncpg

    base = os.environ.get("TEST_DATABASE_URL", PG_DEFAULT)
    name = f"pmi_bench_{uuid.uuid4().hex[:8]}"
    try:
        conn = await asyncpg.connect(base.replace("+asyncpg", ""), timeout=3)
    except (OSError, asyncpg.PostgresError):
        return None
    await conn.execute(f'CREATE DATABASE "{name}"')
    await conn.close()
    return normalise_database_url(base.rsplit("/", 1)[0] + "/" + name, root=__import__("pathlib").Path("."))


def run() -> list[Result]:
    results = []
    folder = tempfile.mkdtemp()
    sqlite = f"sqlite+aiosqlite:///{folder}/bench.db"
    figures = asyncio.run(flat_out(sqlite))
    figures["target"] = "≥ 4,000 turns/s" + ("" if int(figures["turns/s"]) >= 4000 else " — NOT reached")
    results.append(
        Result(
            "Durable turns, SQLite, 1,000 conversations in flight",
            figures,
            note="Group commit: turns of different chats share one transaction. On SQLite a batch whose turns "
            "only move known conversations on (most) is one call to the database's thread, commit included "
            "(docs/decisions/0014-production-path.md).",
        )
    )
    p99 = asyncio.run(steady(f"sqlite+aiosqlite:///{folder}/steady.db"))
    results.append(
        Result(
            "Latency at 500 turns/s offered, SQLite",
            {"p99 ms": round(p99 * 1000, 1), "target": "< 20 ms" + ("" if p99 < 0.020 else " — NOT reached")},
        )
    )
    url = asyncio.run(pg_url())
    if url is None:
        results.append(Result("Durable turns, PostgreSQL", {"skipped": "no PostgreSQL server reachable"}))
    else:
        figures = asyncio.run(flat_out(url))
        figures["target"] = "≥ 2,000 turns/s" + ("" if int(figures["turns/s"]) >= 2000 else " — NOT reached")
        results.append(Result("Durable turns, PostgreSQL, 1,000 conversations in flight, one process", figures))
    return results


if __name__ == "__main__":
    emit(run())
