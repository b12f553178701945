"""A delivery pass cut short by the database going away does not hold its rows for the whole lease.

The dispatcher claims a batch of rows (a lease of two minutes, so that a dead process's rows go to
another), then sends them one by one. If the database goes away in the middle, the rows it claimed
but could not mark done were held until the lease ran out: a mediator learnt of an urgent case two
minutes late. Now the dispatcher gives its own unfinished claims back on its next pass.
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime
from typing import Any, cast
from urllib.parse import urlsplit

from app.outbox import OutboxDispatcher
from app.service import DialogService
from storage.factory import open_store
from tests.e2e.tcpproxy import TcpProxy
from tests.support.db import make_keyring, sync_pg_url, temporary_pg_database


async def test_notices_claimed_when_the_database_went_away_go_out_soon_after_it_is_back() -> None:
    async with temporary_pg_database() as url:
        keyring = make_keyring()
        parts = urlsplit(sync_pg_url(url))
        proxy = TcpProxy(parts.hostname or "127.0.0.1", parts.port or 5432)
        port = proxy.start()
        store = open_store(f"postgresql+asyncpg://{parts.username}@127.0.0.1:{port}{parts.path}", keyring)
        await store.start()
        dispatcher: OutboxDispatcher | None = None
        running: asyncio.Task[None] | None = None
        try:
            for n in range(3):
                await store.enqueue_outbox("mediator_notice", {"case_number": f"URG-{n}"}, datetime.now(UTC))
            seen: list[str] = []

            async def notify(payload: dict[str, Any]) -> None:
                seen.append(str(payload["case_number"]))
                if len(seen) == 1:  # the first notice is out; the database goes before it is marked done
                    await asyncio.to_thread(proxy.cut)

            dispatcher = OutboxDispatcher(store, cast(DialogService, None), {}, notify, interval=0.2)
            running = asyncio.create_task(dispatcher.run())
            while not seen:
                await asyncio.sleep(0.05)
            await asyncio.sleep(1.5)
            assert set(seen) == {"URG-0"}, "nothing can be marked done while the database is away"
            await asyncio.to_thread(proxy.restore)
            back = time.monotonic()
            while set(seen) != {"URG-0", "URG-1", "URG-2"} and time.monotonic() - back < 20:
                await asyncio.sleep(0.1)
            waited = time.monotonic() - back
        finally:
            if dispatcher is not None and running is not None:
                dispatcher.stop()
                await asyncio.wait_for(running, 10)
            await store.close()
            proxy.close()
    assert set(seen) == {"URG-0", "URG-1", "URG-2"}, f"after 20 s only {sorted(set(seen))} (the lease is 2 min)"
    assert waited < 20
