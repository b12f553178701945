"""Resident memory: the bot at idle (console mode, SQLite), and per open conversation with
100,000 conversations open (each has had its first turn; state lives in storage, the process
keeps only bounded caches).

Idle is the bot as it starts once deployed: on a database already at the newest migration
(made in a child process first), so Alembic is not loaded (storage/migrate.py). Until
2026-12-06 the database was new, migrated in the measured process: ``measure(new_database=True)``
measures that way still (ADR 0014 keeps both figures)."""

from __future__ import annotations

import asyncio
import gc
import sys
import tempfile

from app.config import load_settings
from app.service import DialogService
from bench.harness import ROOT, Result, emit, rss_mb
from flows.dialog import load_dialog
from flows.types import Inbound
from storage.crypto import KeyRing
from storage.factory import open_store

OPEN = 100_000


MIGRATE = """
import asyncio, sys
from storage.factory import make_engine
from storage.migrate import upgrade
async def main():
    engine = make_engine(sys.argv[1])
    await upgrade(engine)
    await engine.dispose()
asyncio.run(main())
"""


async def measure(*, new_database: bool = False) -> dict[str, float | int | str]:
    from cryptography.fernet import Fernet

    folder = tempfile.mkdtemp()
    url = f"sqlite+aiosqlite:///{folder}/m.db"
    if not new_database:
        child = await asyncio.create_subprocess_exec(sys.executable, "-c", MIGRATE, url, cwd=ROOT)
        if await child.wait():
            raise RuntimeError("the database could not be migrated")
    store = open_store(url, KeyRing([Fernet.generate_key().decode()], "m"))
    await store.start()
    service = DialogService(load_dialog(load_settings().dialog), store)
    service.flood.soft = service.flood.hard = 10**9
    await service.handle(Inbound("m", "warm", "warm", text="halo"))
    gc.collect()
    idle = rss_mb()
    batch = 2000
    for start in range(0, OPEN, batch):
        await asyncio.gather(
            *(service.handle(Inbound("m", f"c{i}", f"u{i}", text="halo")) for i in range(start, start + batch))
        )
    gc.collect()
    full = rss_mb()
    await store.close()
    per = (full - idle) * 1024 * 1024 / OPEN
    return {
        "resident MB at idle (engine, storage, flows loaded)": round(idle, 1),
        "database at idle": "new, migrated in this process" if new_database else "already migrated",
        "target idle (issue 18)": "≤ 60 MB" + ("" if idle <= 60 else " — NOT reached"),
        f"resident MB with {OPEN:,} conversations open": round(full, 1),
        "bytes per open conversation": round(per),
        "target per conversation (issue 18)": "≤ 300 B" + ("" if per <= 300 else " — NOT reached"),
    }


def run() -> list[Result]:
    return [
        Result(
            "Memory",
            asyncio.run(measure()),
            note="Conversation state lives in the database; the process keeps bounded caches (5,000 "
            "recent conversations and their unwrapped keys), so memory stops growing past that.",
        )
    ]


if __name__ == "__main__":
    emit(run())
