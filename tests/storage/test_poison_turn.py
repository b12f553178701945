"""One turn whose data the database refuses fails alone; the rest of its batch commits.

Any DBAPIError used to count as an outage: the batch was retried for ``outage_seconds`` and then
every turn in it (up to 512) failed. The poison here is real bad data: on PostgreSQL a MIME type
of 162 characters for a String(100) column (a DataError), on SQLite (which does not enforce
lengths) a file size beyond 64 bits.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

import pytest

from flows.types import Media
from storage.api import TurnRejected
from storage.models import cases
from storage.sql_store import SqlStore
from tests.storage.test_contract import file_case, state, store, write

__all__ = ["store"]

SECRET_NAME = "Siti Racun"


def poison_media(store: SqlStore) -> Media:
    mime = "application/vnd." + "x" * 146  # 162 characters
    size = 1234 if store.is_postgres else 2**64
    return Media("document", "tg-file-poison", size, mime, "kontrak.pdf")


async def test_a_poison_turn_in_a_batch_of_200_fails_alone(store: SqlStore, caplog: pytest.LogCaptureFixture) -> None:
    store.outage_seconds = 30  # long enough that riding it out would show
    poison = replace(file_case("PSN-2345", worker_name=SECRET_NAME), attachments=(poison_media(store),))
    writes = [
        write(
            str(i), f"u{i}", None, state("q2", name=f"Siti {i}"), (file_case(f"AB{i:03d}-KQ7P"),) if i % 20 == 0 else ()
        )
        for i in range(200)
    ]
    writes[137] = write("88123456", "u-poison", None, state("q2", name=SECRET_NAME), (poison,))
    loop = asyncio.get_running_loop()
    started = loop.time()
    with caplog.at_level(logging.INFO):
        results = await asyncio.gather(*(store.commit_turn(w) for w in writes), return_exceptions=True)
    seconds = loop.time() - started
    failed = [i for i, r in enumerate(results) if isinstance(r, BaseException)]
    assert failed == [137], [type(results[i]).__name__ for i in failed][:5]
    assert isinstance(results[137], TurnRejected)
    assert seconds < 10, f"the bad turn was not taken for an outage ({seconds:.1f} s)"
    assert await store.count(cases) == 10, "every other turn's case was filed"
    for i in (0, 136, 138, 199):
        assert await store.was_processed(f"u{i}")
    assert not await store.was_processed("u-poison"), "nothing of the bad turn is kept"
    rejected = [r for r in caplog.records if "turn rejected" in r.getMessage()]
    assert len(rejected) == 1 and rejected[0].levelno == logging.ERROR
    logged = "\n".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    for personal in (SECRET_NAME, "88123456", "tg-file-poison", "kontrak.pdf", "xxxxxxxx"):
        assert personal not in logged, f"{personal!r} in the logs"
