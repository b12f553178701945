"""Key rotation without downtime, retention, the breach list, and flood control."""

from __future__ import annotations

import asyncio
import json
import tracemalloc
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from app.flood import FloodGate
from flows.types import ConversationKey
from storage.casework import change_status
from storage.factory import open_store
from storage.key_file import load_keyring, rotate_key_file
from storage.maintenance import anonymise_closed, breach_report, rewrap_all
from storage.sql_store import SqlStore
from tests.storage.test_contract import NOW, file_case, state, write


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "keys.json"
    path.write_text(json.dumps({"master_keys": [Fernet.generate_key().decode()], "index_key": "idx"}))
    return path


@pytest.fixture
async def store(tmp_path: Path, key_file: Path) -> AsyncIterator[SqlStore]:
    s = open_store(f"sqlite+aiosqlite:///{tmp_path}/t.db", load_keyring({"PMI_KEY_FILE": str(key_file)}))
    await s.start()
    yield s
    await s.close()


async def test_rotation_rewraps_every_key_and_a_running_process_keeps_working(
    store: SqlStore, key_file: Path, tmp_path: Path
) -> None:
    for i in range(3):
        await store.commit_turn(write(str(i), f"u{i}", None, effects=(file_case(f"RO{i}-2345"),)))
    old_master = json.loads(key_file.read_text())["master_keys"][0]
    ring = rotate_key_file(key_file)
    assert (await rewrap_all(store, ring)).data_keys == 3
    keys = json.loads(key_file.read_text())["master_keys"]
    assert len(keys) == 2 and keys[1] == old_master
    # a process started before the rotation (old ring, cold cache) re-reads the key file
    running = open_store(f"sqlite+aiosqlite:///{tmp_path}/t.db", load_keyring({"PMI_KEY_FILE": str(key_file)}))
    running.keyring.masters = running.keyring.masters[1:]
    running.keyring._raw = running.keyring._raw[1:]
    from cryptography.fernet import MultiFernet

    running.keyring.master = MultiFernet(running.keyring.masters)
    assert (await running.case_fields("RO1-2345") or {})["worker_name"] == "Siti Aminah"
    await running.engine.dispose()
    # once rewrapped, the old master key can go: the data stays readable with the new one alone
    key_file.write_text(json.dumps({"master_keys": keys[:1], "index_key": "idx"}))
    fresh = open_store(f"sqlite+aiosqlite:///{tmp_path}/t.db", load_keyring({"PMI_KEY_FILE": str(key_file)}))
    assert (await fresh.case_fields("RO2-2345") or {})["story"] == "Gaji tidak dibayar lima bulan"
    await fresh.engine.dispose()


async def test_retention_anonymises_only_old_closed_cases_and_is_idempotent(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(file_case("OLD-2345"),)))
    await store.commit_turn(write("2", "u2", None, effects=(file_case("NEW-2345"),)))
    await change_status(store, "OLD-2345", "ditutup", "selesai", NOW - timedelta(days=800))
    await change_status(store, "NEW-2345", "ditutup", "selesai", NOW - timedelta(days=10))
    assert await anonymise_closed(store, NOW, 730) == 1
    assert await anonymise_closed(store, NOW, 730) == 0
    assert await store.case_fields("OLD-2345") is None
    assert await store.case_fields("NEW-2345") is not None
    status = await store.check_status(ConversationKey("t", "9"), "OLD-2345", "AB3D-7KQP", NOW)
    assert status.found is None, "an anonymised case has no code any more"


async def test_breach_report_lists_whose_data_is_stored(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(file_case("BRE-2345"),)))
    await store.commit_turn(write("2", "u2", None, state("q1")))
    report = await breach_report(store, NOW - timedelta(days=1))
    assert report["reporters"] == 2 and report["cases"] == ["BRE-2345"] and report["by_channel"] == {"test": 2}
    assert "Siti" not in json.dumps(report)


def test_flood_gate_slows_then_cuts_one_chat_and_never_another() -> None:
    now = [0.0]
    gate = FloodGate(soft=30, hard=120, clock=lambda: now[0])
    verdicts = [gate.check("flood") for _ in range(130)]
    assert all(v.delay == 0 and not v.drop for v in verdicts[:30])
    assert 0 < verdicts[40].delay <= 5.0
    assert verdicts[125].drop and sum(v.notify for v in verdicts) == 1, "one notice, not one per message"
    assert gate.check("someone-else") == type(verdicts[0])(), "another chat is untouched"
    now[0] = 61.0
    assert not gate.check("flood").drop, "the next minute starts afresh"


def test_the_flood_window_slides_each_message_leaves_it_a_minute_after_it_came() -> None:
    now = [0.0]
    gate = FloodGate(soft=30, hard=60, clock=lambda: now[0])
    for i in range(60):  # one a second for a minute: at the hard limit, nothing dropped
        now[0] = float(i)
        assert not gate.check("busy").drop
    now[0] = 59.5
    assert gate.check("busy").drop, "the 61st message within a minute is over the limit"
    now[0] = 61.0  # seconds 0 and 1 have left the window; the dropped one still counts: one place
    assert not gate.check("busy").drop
    assert gate.check("busy").drop, "only as many as left the window"


def test_the_flood_window_is_a_minute_to_the_hundredth_of_a_second() -> None:
    now = [100.001]
    gate = FloodGate(soft=30, hard=60, clock=lambda: now[0])
    for i in range(1000):
        now[0] = 100.001 + i * 0.000_005  # 1,000 chats within 5 ms
        gate.check(f"crowd-{i}")
    assert gate.times("crowd-1") == [100.0] and gate.remembered() == 1000
    now[0] = 159.999
    assert gate.check("crowd-1") == type(gate.check("x"))(), "still inside the window: one more message"
    assert gate.times("crowd-1") == [100.0, 159.99]
    now[0] = 160.011
    gate.check("crowd-2")
    assert gate.times("crowd-2") == [160.01], "its first message has left the window"


def test_a_crowd_of_chats_with_one_message_each_costs_the_flood_gate_little() -> None:
    """Issue 18 (memory per open chat): 100,000 chats writing once within half a minute, as
    bench.memory's crowd, cost the gate under 40 bytes each (a dict of the chat's text to its
    time cost ~107), and each still counts: its second message is its second."""
    now = [0.0]
    gate = FloodGate(soft=1, hard=2, clock=lambda: now[0])
    chats = [f"telegram:{7_000_000_000 + i}" for i in range(100_000)]
    tracemalloc.start()
    try:
        for i, chat in enumerate(chats):
            now[0] = i * 0.0003
            gate.check(chat)
        held, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held / len(chats) < 40, held / len(chats)
    assert gate.remembered() == 100_000
    assert gate.check(chats[5]).delay > 0 and gate.check(chats[5]).drop, "the second and third of the minute"
    assert gate.check(chats[6]).delay > 0 and not gate.check("telegram:1").delay, "each chat its own count"


def test_the_flood_gate_counts_each_chats_minute_exactly_whatever_the_traffic() -> None:
    """Against the plainest gate (every chat's times to the hundredth, counted over the last
    minute): the same verdict for every message of random traffic, crowds and quiet spells, a
    clock that stands still and one that jumps by minutes."""
    import random

    from app.flood import TICKS_PER_SECOND, WINDOW

    for seed in range(6):
        rnd = random.Random(seed)
        now = [1000.0 + rnd.random()]
        gate = FloodGate(soft=5, hard=12, clock=lambda: now[0])
        plain: dict[str, list[float]] = {}
        chats = [f"t:{i}" for i in range(rnd.choice([3, 30, 300]))]
        steps = (0.0, 0.001, 0.01, 0.3, 2.0, 7.0, 30.0, 0.0, 0.01, 0.3, 2.0, 1000.0)
        for _ in range(8000):
            now[0] += rnd.choice(steps) * rnd.random()
            chat = rnd.choice(chats)
            at = int(now[0] * TICKS_PER_SECOND) / TICKS_PER_SECOND
            times = plain[chat] = [t for t in plain.get(chat, []) if t > at - WINDOW] + [at]
            count = len(times)
            verdict = gate.check(chat)
            assert verdict.drop == (count > 12), (seed, chat, count)
            assert verdict.delay == (min(5.0, (count - 5) * 0.25) if 5 < count <= 12 else 0.0)


def test_the_flood_gate_forgets_a_chat_quiet_for_a_minute() -> None:
    """Memory follows the chats of the last minute: a quiet chat is forgotten within a quarter
    of a minute more (the gate is swept, not kept in order), and counts afresh if it comes back."""
    from app.flood import SWEEP, WINDOW

    now = [0.0]
    gate = FloodGate(soft=30, hard=60, clock=lambda: now[0])
    for i in range(1000):
        gate.check(f"crowd-{i}")
    for _ in range(70):
        gate.check("flood")  # past the hard limit: notified once
    assert gate.remembered() == 1001 and set(gate._notified) == {"flood"}
    now[0] = WINDOW - 1
    gate.check("late")
    assert gate.remembered() == 1002, "nobody is forgotten within the minute"
    now[0] = WINDOW + SWEEP + 0.5
    assert gate.check("crowd-1") == type(gate.check("x"))(), "a chat back after a minute counts afresh"
    assert gate.remembered() == 3 and not gate._notified
    assert [gate.times(c) for c in ("late", "crowd-1", "x", "crowd-2")] == [[WINDOW - 1], [now[0]], [now[0]], []]
    assert not gate.check("flood").drop, "the flood's minute is over"


async def test_a_flooding_chat_does_not_slow_another(tmp_path: Path) -> None:
    from app.service import DialogService
    from flows.types import Inbound
    from tests.support.db import make_keyring
    from tests.support.mini import mini_dialog

    s = open_store(f"sqlite+aiosqlite:///{tmp_path}/f.db", make_keyring())
    await s.start()
    service = DialogService(mini_dialog(tmp_path / "mini"), s, flood=FloodGate(soft=5, hard=20))
    flood = [asyncio.create_task(service.handle(Inbound("t", "A", f"a{i}", text="x"))) for i in range(60)]
    await asyncio.sleep(0.05)
    other = await asyncio.wait_for(service.handle(Inbound("t", "B", "b1", text="halo")), timeout=5)
    assert other is not None and other.replies, "chat B is answered while A floods"
    assert not all(t.done() for t in flood), "A is being slowed"
    results = await asyncio.gather(*flood)
    dropped = [r for r in results if r is None]
    assert len(dropped) >= 39, "past the hard limit the excess is not processed"
    await s.close()
