"""The mediators' queue with a million cases on SQLite: page 1, a page deep in the queue (keyset
paging), an office's queue, the inbox views (Mine, Unassigned, Waiting for me, Overdue, open only
by default) and search (part of a number, a phone or a name through the blind indexes), each the
median of several runs. The cases carry no personal fields: the queue never reads them; search
reads only the HMAC index (three digests a case here: phone, full name and the number's end)."""

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
from storage.queue import QueueFilter, queue
from storage.search_index import case_digests

CASES = 1_000_000
OFFICES = 20
CATEGORIES = ("gaji", "dokumen", "kekerasan", "pulang", "biaya", "hilang_kontak", "tppo", "lainnya")
COUNTRIES = ("MY", "SA", "HK", "TW", "SG", "AE", "KR", "JP")
STATUSES = ("baru", "diproses", "menunggu_info", "dirujuk", "selesai", "ditutup")
MEDIATORS_PER_OFFICE = 2
START = datetime(2024, 1, 1)
#: "now" for the deadline views: the last cases (filed in the last three days) are not yet due
NOW = START + timedelta(minutes=CASES)
KEYRING = KeyRing([Fernet.generate_key().decode()], "bench")


def number_of(i: int) -> str:
    # the top 35 bits make the number; an odd multiplier modulo 2**35 spreads them as random
    # numbers are spread (every symbol varies, the last four too) and keeps them unique
    return case_number((((i * 0x9E3779B1) % (1 << 35)) << 29).to_bytes(8, "big"))


def letters(i: int) -> str:
    """A name-like word for a number (names are indexed as letters only)."""
    out = ""
    while True:
        i, rest = divmod(i, 26)
        out += "abcdefghijklmnopqrstuvwxyz"[rest]
        if not i:
            return out


def fill(path: Path) -> float:
    """Bulk-insert the cases with plain sqlite3 (the schema comes from the migrations): about a
    third taken by one of two mediators per office, deadlines three days after filing for open
    cases not waiting for the worker, a few unread replies, two search digests per case."""
    rng = random.Random(7)
    started = time.perf_counter()
    db = sqlite3.connect(path)
    db.executemany(
        "INSERT INTO offices (id, code, name, kind) VALUES (?, ?, ?, 'regional')",
        [(o, f"OFF{o}", f"Office {o}") for o in range(1, OFFICES + 1)],
    )
    db.executemany(
        "INSERT INTO mediators (id, username, password_hash, role, office_id, display_name, is_woman,"
        " sexual_violence_trained, failed_logins, active, created_at) VALUES (?,?,'x','mediator',?,?,0,0,0,1,?)",
        [
            (m, f"m{m}", (m - 1) // MEDIATORS_PER_OFFICE + 1, f"Mediator {m}", START.isoformat(sep=" "))
            for m in range(1, OFFICES * MEDIATORS_PER_OFFICE + 1)
        ],
    )

    def rows(begin: int, end: int) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
        out: list[tuple[object, ...]] = []
        digests: list[tuple[object, ...]] = []
        for i in range(begin, end):
            moment = START + timedelta(seconds=i * 60)
            created = moment.isoformat(sep=" ")
            status = rng.choice(STATUSES)
            office = rng.randint(1, OFFICES)
            assignee = (office - 1) * MEDIATORS_PER_OFFICE + rng.randint(1, MEDIATORS_PER_OFFICE)
            waiting = status in ("menunggu_info", "selesai", "ditutup")
            due = None if waiting else (moment + timedelta(days=3)).isoformat(sep=" ")
            out.append(
                (
                    i + 1,
                    number_of(i),
                    "complaint",
                    rng.choice(CATEGORIES),
                    rng.random() < 0.05,
                    status,
                    rng.choice(COUNTRIES),
                    rng.choice(("F", "M", "unknown")),
                    rng.choice(("self", "family", "organisation")),
                    office,
                    assignee if rng.random() < 0.35 else None,
                    due,
                    created if rng.random() < 0.02 else None,
                    created,
                    created,
                    created,
                )
            )
            fields = {"phone": f"+62 812 {i:08d}", "worker_name": f"Pekerja {letters(i)}"}
            indexed = case_digests(KEYRING, fields, number_of(i))
            digests.extend((i + 1, kind, d) for kind, d in indexed if kind != "name_word")
        return out, digests

    for begin in range(0, CASES, 100_000):
        batch, digests = rows(begin, min(begin + 100_000, CASES))
        db.executemany(
            "INSERT INTO cases (id, number, flow, category, urgent, status, country, sex, reporter_kind,"
            " office_id, assignee_id, due_at, unread_since, created_at, updated_at, status_changed_at, language,"
            " indicators, discreet, notify_reporter, secondary_categories, from_words)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,'id','[]',0,1,'[]','[]')",
            batch,
        )
        db.executemany("INSERT INTO case_search (case_id, kind, digest) VALUES (?,?,?)", digests)
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
        rows, cursor = await queue(engine, account, f, KEYRING, NOW)  # type: ignore[arg-type]
        times.append(time.perf_counter() - started)
        count = len(rows)
    return median(times) * 1000, cursor, count


async def measure(path: Path) -> dict[str, float | int | str]:
    store = open_store(f"sqlite+aiosqlite:///{path}", KEYRING)
    await store.start()
    await store.close()
    fill_seconds = fill(path)
    store = open_store(f"sqlite+aiosqlite:///{path}", KEYRING)
    await store.start()
    admin = Account(1, "admin", "admin", None, None, "Admin")
    figures: dict[str, float | int | str] = {"cases": CASES, "seconds to insert them": round(fill_seconds, 1)}
    target = CASES * 2 // 3 + 7  # the case searched for, deep in the table
    with sqlite3.connect(path) as db:
        office = int(db.execute("SELECT office_id FROM cases WHERE number = ?", (number_of(target),)).fetchone()[0])
    # a mediator of the office the searched case is in (a mediator searches their own office)
    mediator = Account((office - 1) * MEDIATORS_PER_OFFICE + 1, "mediator", "mediator", office, f"OFF{office}", "M")

    first_ms, cursor, count = await timed(store.engine, admin, QueueFilter())
    figures["page 1, open cases (admin), ms"] = round(first_ms, 2)
    # walk 200 pages in, then time the next page: keyset paging costs the same anywhere
    for _ in range(200):
        _rows, cursor = await queue(store.engine, admin, QueueFilter(after=cursor or ""), KEYRING, NOW)
    deep_ms, _cursor, deep_count = await timed(store.engine, admin, QueueFilter(after=cursor or ""))
    figures["page 201, open cases (admin), ms"] = round(deep_ms, 2)
    all_ms, _c, _n = await timed(store.engine, admin, QueueFilter(state="all"))
    figures["page 1, every case, closed too (admin), ms"] = round(all_ms, 2)
    checks: dict[str, int] = {}
    for label, account, f in (
        ("one office's queue (mediator)", mediator, QueueFilter()),
        ("Mine", mediator, QueueFilter(view="mine")),
        ("Unassigned (mediator's office)", mediator, QueueFilter(view="unassigned")),
        ("Waiting for me", mediator, QueueFilter(view="waiting")),
        ("Overdue (mediator's office)", mediator, QueueFilter(view="overdue")),
        ("Overdue (admin, all offices)", admin, QueueFilter(view="overdue")),
        ("status = baru", admin, QueueFilter(status="baru")),
        ("office + country + category + sex", mediator, QueueFilter(country="MY", category="gaji", sex="F")),
    ):
        ms, _c, n = await timed(store.engine, account, f)
        figures[f"page 1, {label}, ms"] = round(ms, 2)
        checks[label] = n
    for label, account, f in (
        ("a whole case number (admin)", admin, QueueFilter(q=number_of(target))),
        ("the start of a case number (mediator)", mediator, QueueFilter(q=number_of(target)[:5], state="all")),
        ("the start of a case number (admin)", admin, QueueFilter(q=number_of(target)[:5], state="all")),
        ("the end of a case number (admin)", admin, QueueFilter(q=number_of(target)[-4:], state="all")),
        ("a phone, as typed (admin)", admin, QueueFilter(q=f"0812-{target:08d}", state="all")),
        ("a full name (admin)", admin, QueueFilter(q=f"pekerja {letters(target).upper()}", state="all")),
    ):
        ms, _c, n = await timed(store.engine, account, f)
        figures[f"search by {label}, ms"] = round(ms, 2)
        checks[label] = n
    assert count == deep_count == 50, (count, deep_count)
    assert checks["a phone, as typed (admin)"] == 1 and checks["a full name (admin)"] == 1, checks
    assert all(checks[v] == 50 for v in ("Mine", "Unassigned (mediator's office)", "Overdue (admin, all offices)")), (
        checks
    )
    await store.close()
    return figures


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as tmp:
        figures = asyncio.run(measure(Path(tmp) / "queue.db"))
    return [
        Result(
            "Mediators' queue with a million cases, SQLite",
            figures,
            note="Keyset paging (urgent first, then oldest): a page deep in the queue costs what page 1 does. "
            "The inbox views and search, open cases only by default; the target is 20 ms for each.",
        )
    ]


if __name__ == "__main__":
    emit(run())
