"""The mediators' queue with a million cases on SQLite: page 1, a page deep in the queue (keyset
paging), an office's queue and filtered views, each the median of several runs. The cases carry
no personal fields: the queue never reads them."""

from __future__ import annotations

import asyncio
import random
import sqlite3
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from cryptography.fernet import Fernet

from bench.harness import Result, emit, median
from flows.codes import case_number
from storage.accounts import Account
from storage.crypto import KeyRing
from storage.factory import open_store
from web.queries import QueueFilter, queue

CASES = 1_000_000
OFFICES = 20
CATEGORIES = ("gaji", "dokumen", "kekerasan", "pulang", "biaya", "hilang_kontak", "tppo", "lainnya")
COUNTRIES = ("MY", "SA", "HK", "TW", "SG", "AE", "KR", "JP")
STATUSES = ("baru", "diproses", "menunggu_info", "dirujuk", "selesai", "ditutup")


def number_of(i: int) -> str:
    return case_number((i << 29).to_bytes(8, "big"))  # the top 35 bits make the number


def fill(path: Path) -> float:
    """Bulk-insert the cases with plain sqlite3 (the schema comes from the migrations)."""
    rng = random.Random(7)
    start = datetime(2024, 1, 1)
    started = time.perf_counter()
    db = sqlite3.connect(path)
    db.executemany(
        "INSERT INTO offices (id, code, name, kind) VALUES (?, ?, ?, 'regional')",
        [(o, f"OFF{o}", f"Office {o}") for o in range(1, OFFICES + 1)],
    )

    def rows(begin: int, end: int) -> list[tuple[object, ...]]:
        out: list[tuple[object, ...]] = []
        for i in range(begin, end):
            created = (start + timedelta(seconds=i * 60)).isoformat(sep=" ")
            out.append(
                (
                    i + 1,
                    number_of(i),
                    "complaint",
                    rng.choice(CATEGORIES),
                    rng.random() < 0.05,
                    rng.choice(STATUSES),
                    rng.choice(COUNTRIES),
                    rng.choice(("F", "M", "unknown")),
                    rng.choice(("self", "family", "organisation")),
                    rng.randint(1, OFFICES),
                    created,
                    created,
                    created,
                )
            )
        return out

    for begin in range(0, CASES, 100_000):
        db.executemany(
            "INSERT INTO cases (id, number, flow, category, urgent, status, country, sex, reporter_kind,"
            " office_id, created_at, updated_at, status_changed_at, language, indicators, discreet,"
            " notify_reporter) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,'id','[]',0,1)",
            rows(begin, min(begin + 100_000, CASES)),
        )
    db.commit()
    db.execute("ANALYZE")
    db.close()
    return time.perf_counter() - started


async def timed(engine: object, account: Account, f: QueueFilter, runs: int = 7) -> tuple[float, str | None, int]:
    times = []
    cursor: str | None = None
    count = 0
    for _ in range(runs):
        started = time.perf_counter()
        rows, cursor = await queue(engine, account, f)  # type: ignore[arg-type]
        times.append(time.perf_counter() - started)
        count = len(rows)
    return median(times) * 1000, cursor, count


async def measure(path: Path) -> dict[str, float | int | str]:
    store = open_store(f"sqlite+aiosqlite:///{path}", KeyRing([Fernet.generate_key().decode()], "bench"))
    await store.start()
    await store.close()
    fill_seconds = fill(path)
    store = open_store(f"sqlite+aiosqlite:///{path}", KeyRing([Fernet.generate_key().decode()], "bench"))
    await store.start()
    admin = Account(1, "admin", "admin", None, None, "Admin")
    mediator = Account(2, "mediator", "mediator", 3, "OFF3", "Mediator")
    figures: dict[str, float | int | str] = {"cases": CASES, "seconds to insert them": round(fill_seconds, 1)}

    first_ms, cursor, count = await timed(store.engine, admin, QueueFilter())
    figures["page 1, all cases (admin), ms"] = round(first_ms, 2)
    # walk 200 pages in, then time the next page: keyset paging costs the same anywhere
    for _ in range(200):
        _rows, cursor = await queue(store.engine, admin, QueueFilter(after=cursor or ""))
    deep_ms, _cursor, deep_count = await timed(store.engine, admin, QueueFilter(after=cursor or ""))
    figures["page 201, all cases (admin), ms"] = round(deep_ms, 2)
    office_ms, _c, _n = await timed(store.engine, mediator, QueueFilter())
    figures["page 1, one office's queue (mediator), ms"] = round(office_ms, 2)
    status_ms, _c, _n = await timed(store.engine, admin, QueueFilter(status="baru"))
    figures["page 1, status = baru, ms"] = round(status_ms, 2)
    mixed_ms, _c, _n = await timed(store.engine, mediator, QueueFilter(country="MY", category="gaji", sex="F"))
    figures["page 1, office + country + category + sex, ms"] = round(mixed_ms, 2)
    number_ms, _c, found = await timed(store.engine, admin, QueueFilter(number=number_of(654_321)))
    figures["search by case number, ms"] = round(number_ms, 2)
    assert count == deep_count == 50 and found == 1
    await store.close()
    return figures


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        figures = asyncio.run(measure(Path(tmp) / "queue.db"))
    return [
        Result(
            "Mediators' queue with a million cases, SQLite",
            figures,
            note="Keyset paging (urgent first, then oldest): a page deep in the queue costs what page 1 does.",
        )
    ]


if __name__ == "__main__":
    emit(run())
