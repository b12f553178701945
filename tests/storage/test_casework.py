"""Mediator actions on a case, status-check brute force, and notices to the reporter."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from flows.types import ConversationKey, EraseReporterData
from storage.casework import (
    CaseNotFound,
    ReporterUnreachable,
    WithdrawnByReporter,
    change_status,
    message_reporter,
    still_handled_sweep,
)
from storage.factory import open_store
from storage.models import case_events
from storage.sql_store import SqlStore
from tests.storage.test_contract import NOW, ask, file_case, state, write
from tests.support.db import make_keyring


@pytest.fixture
async def store(tmp_path: Path) -> AsyncIterator[SqlStore]:
    s = open_store(f"sqlite+aiosqlite:///{tmp_path}/t.db", make_keyring())
    await s.start()
    yield s
    await s.close()


async def notices(store: SqlStore) -> list[dict]:
    return [
        i.payload
        async for i in store.claim_outbox(("reporter_notice", "reporter_message"), 100, NOW + timedelta(days=99))
    ]


async def test_a_status_change_is_on_the_timeline_and_told_to_the_reporter(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(file_case("AAA-2222"),)))
    await change_status(store, "AAA-2222", "diproses", "diambil petugas Jakarta", NOW)
    sent = await notices(store)
    assert sent == [{"case_number": "AAA-2222", "status": "diproses", "changed_at": NOW.isoformat()}]
    async with store.engine.connect() as conn:
        events = (await conn.execute(select(case_events))).all()
    assert [e.kind for e in events] == ["filed", "status"] and events[1].data == {"from": "baru", "to": "diproses"}
    status = await ask(store, ConversationKey("test", "x"), "AAA-2222", "AB3D-7KQP", NOW)
    assert status.found is not None and status.found.status == "diproses"


async def test_a_discreet_report_gets_no_status_notices(store: SqlStore) -> None:
    case = replace(file_case("DDD-2222"), discreet=True, notify_reporter=False)
    await store.commit_turn(write("1", "u1", None, effects=(case,)))
    await change_status(store, "DDD-2222", "dirujuk", "ke KBRI Riyadh", NOW)
    assert await notices(store) == []


async def test_a_mediator_message_goes_to_the_reporter(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(file_case("MMM-2222"),)))
    await message_reporter(store, "MMM-2222", "Di mana paspor Anda sekarang?", NOW)
    assert await notices(store) == [{"case_number": "MMM-2222", "text": "Di mana paspor Anda sekarang?"}]
    with pytest.raises(CaseNotFound):
        await message_reporter(store, "NOP-E222", "x", NOW)
    with pytest.raises(ValueError):
        await change_status(store, "MMM-2222", "hilang", "x", NOW)


async def test_still_handled_note_after_fourteen_quiet_days_once_per_period(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(file_case("QQQ-2222"),)))
    assert await still_handled_sweep(store, NOW + timedelta(days=10), 14) == 0
    assert await still_handled_sweep(store, NOW + timedelta(days=15), 14) == 1
    assert await still_handled_sweep(store, NOW + timedelta(days=16), 14) == 0, "not again the next day"
    assert await still_handled_sweep(store, NOW + timedelta(days=30), 14) == 1
    await change_status(store, "QQQ-2222", "selesai", "gaji dibayar", NOW + timedelta(days=31))
    assert await still_handled_sweep(store, NOW + timedelta(days=60), 14) == 0, "closed cases get none"


async def test_brute_force_is_limited_per_chat_and_reveals_nothing(store: SqlStore) -> None:
    for i, number in enumerate(("AAA-2222", "BBB-3333", "CCC-4444")):
        await store.commit_turn(write(str(i), f"u{i}", None, effects=(file_case(number),)))
    attacker = ConversationKey("test", "attacker")
    answers = [await ask(store, attacker, f"{c}{c}{c}-{c}{c}{c}{c}", "ZZZZ-ZZZZ") for c in "ABCDEFGHJK"]
    assert all(a.found is None for a in answers)
    assert [a.limited for a in answers] == [False] * 5 + [True] * 5, "five tries, then a wait"
    refused = {(a.found, a.retry_after) for a in answers[:5]}
    assert len(refused) == 1, "a real number with a wrong code looks exactly like a made-up one"
    # guessing one case's code from many chats: the case locks, whoever asks
    for i in range(5):
        await ask(store, ConversationKey("test", f"g{i}"), "BBB-3333", f"WRNG-{i}222", NOW)
    owner_try = await ask(store, ConversationKey("test", "owner"), "BBB-3333", "AB3D-7KQP", NOW)
    assert owner_try.limited and owner_try.found is None
    later = await ask(store, ConversationKey("test", "owner"), "BBB-3333", "AB3D-7KQP", NOW + timedelta(minutes=16))
    assert later.found is not None and later.found.number == "BBB-3333"
    other = await ask(store, ConversationKey("test", "owner"), "CCC-4444", "AB3D-7KQP", NOW + timedelta(minutes=16))
    assert other.found is not None and other.found.number == "CCC-4444", "another case is not affected"


async def test_after_hapus_a_mediator_is_told_the_bot_cannot_reach_her_and_a_withdrawal_stays_closed(
    store: SqlStore,
) -> None:
    """A message to a chat cleared from her phone, or a withdrawn report, was accepted as sent and
    then dropped at delivery; a withdrawn report could be reopened from the CLI."""
    await store.commit_turn(write("1", "u1", None, effects=(file_case("CCC-2222"),)))
    await store.commit_turn(write("1", "u2", 1, state(None), (EraseReporterData("chat"),)))
    with pytest.raises(ReporterUnreachable, match="cleared the chat"):
        await message_reporter(store, "CCC-2222", "Apa kabar?", NOW)
    await change_status(store, "CCC-2222", "diproses", "diperiksa", NOW)  # the case itself goes on
    assert await notices(store) == [], "no notice into a chat she cleared"

    await store.commit_turn(write("2", "w1", None, effects=(file_case("WWW-2222"),)))
    await store.commit_turn(write("2", "w2", 1, state(None), (EraseReporterData("withdraw", "WWW-2222"),)))
    with pytest.raises(ReporterUnreachable, match="withdrew"):
        await message_reporter(store, "WWW-2222", "Apa kabar?", NOW)
    with pytest.raises(WithdrawnByReporter):
        await change_status(store, "WWW-2222", "diproses", "dibuka lagi", NOW)
    await change_status(store, "WWW-2222", "selesai", "arsip", NOW)  # closing stays possible
