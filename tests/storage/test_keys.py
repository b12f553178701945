"""Master key rotation while the bot runs, on SQLite and PostgreSQL: every process wraps with the
newest key, ``keys rotate`` rewraps everything with compare-and-swap, ``keys retire`` refuses
while an old key is needed, and afterwards a process with only the new key reads everything."""

from __future__ import annotations

import asyncio
import json
import os
import stat
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from app.config import ConfigError
from flows.types import ConversationKey, EraseReporterData
from storage.factory import make_engine
from storage.key_file import derived_index_key, load_keyring, rotate_key_file
from storage.models import outbox
from storage.rekey import DATA_KEYS, KeysStillNeeded, read_batch, retire, rewrap_all, write_batch
from storage.sql_store import SqlStore
from tests.storage.test_contract import NOW, file_case, state, write
from tests.support.db import temporary_pg_database
from tests.transcripts.test_transcripts import ROOT


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "keys.json"
    path.write_text(json.dumps({"master_keys": [Fernet.generate_key().decode()], "index_key": "idx"}))
    return path


@pytest.fixture(params=["sqlite", "postgres"])
async def url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path}/t.db"
    else:
        async with temporary_pg_database() as pg:
            yield pg


async def process(url: str, key_file: Path) -> SqlStore:
    """A process of the bot (or of the keys command): its own engine and key ring."""
    store = SqlStore(make_engine(url), load_keyring({"PMI_KEY_FILE": str(key_file)}))
    await store.start()
    return store


async def pending_payloads(store: SqlStore) -> list[dict]:
    kinds = ("mediator_notice", "attachment_fetch")
    return [i.payload async for i in store.claim_outbox(kinds, 10_000, NOW)]


async def keys_command(command: str, url: str, key_file: Path) -> str:
    """``run_bot.py keys COMMAND`` as an operator runs it, beside the running bot."""
    env = {k: v for k, v in os.environ.items() if k not in ("PMI_MASTER_KEYS", "PMI_INDEX_KEY", "BOT_TOKEN")}
    env.update({"DATABASE_URL": url, "PMI_KEY_FILE": str(key_file), "PMI_DATA_DIR": str(key_file.parent)})
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        str(ROOT / "run_bot.py"),
        "keys",
        command,
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await proc.communicate()
    assert proc.returncode == 0, err.decode()[-2000:]
    return out.decode()


async def test_rotate_and_retire_under_load_then_only_the_new_key_reads_everything(url: str, key_file: Path) -> None:
    bot = await process(url, key_file)
    stop = asyncio.Event()
    filed: list[str] = []

    async def load() -> None:  # new reporters (new data keys) and outbox rows all along
        i = 0
        while not stop.is_set() or i < 6:
            number = f"L{i:03}-2345"
            await bot.commit_turn(write(f"c{i}", f"u{i}", None, effects=(file_case(number),)))
            await bot.enqueue_outbox("mediator_notice", {"kind": "daily", "count": i}, NOW)
            filed.append(number)
            i += 1
            await asyncio.sleep(0.01)  # a steady trickle of turns, not a flood that starves the commands

    running = asyncio.create_task(load())
    try:
        assert "rewrapped" in await keys_command("rotate", url, key_file)
        during = len(filed)
        assert "older master keys removed" in await keys_command("retire", url, key_file)
    finally:
        stop.set()
        await running
        await bot.close()
    assert during >= 3 and len(filed) > during, "the bot kept filing while the keys changed"
    assert len(json.loads(key_file.read_text())["master_keys"]) == 1
    fresh = await process(url, key_file)  # only the new master key from here on
    try:
        for number in filed:
            assert (await fresh.case_fields(number) or {}).get("worker_name") == "Siti Aminah", number
        payloads = await pending_payloads(fresh)
        assert await fresh.count(outbox) == len(payloads) == 3 * len(filed), "every queued row opens"
        loaded = await fresh.load_conversation(ConversationKey("test", "c0"))
        assert loaded is not None
    finally:
        await fresh.close()


async def test_an_erasure_during_a_rewrap_is_not_undone(url: str, key_file: Path) -> None:
    bot = await process(url, key_file)
    try:
        await bot.commit_turn(write("1", "u1", None, effects=(file_case(),)))
        ring = rotate_key_file(key_file)
        async with bot.engine.connect() as conn:
            stale, _ = await read_batch(conn, DATA_KEYS, 0)  # the rewrap read her key ...
        await bot.commit_turn(write("1", "u2", 1, state(None), (EraseReporterData("all"),)))  # ... she erased ...
        async with bot.engine.begin() as conn:
            done, skipped = await write_batch(conn, DATA_KEYS, ring, stale)  # ... then it wrote
        assert (done, skipped) == (0, 1)
    finally:
        await bot.close()
    fresh = await process(url, key_file)
    try:
        assert await fresh.case_fields("ABC-DEFG") is None, "her old key did not come back"
        loaded = await fresh.load_conversation(ConversationKey("test", "1"))
        assert loaded is not None and loaded.state.node is None, "and her chat still opens under the new one"
    finally:
        await fresh.close()


async def test_retire_refuses_while_an_old_key_is_needed(tmp_path: Path, key_file: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path}/r.db"
    bot = await process(url, key_file)
    try:
        await bot.commit_turn(write("1", "u1", None, effects=(file_case(),)))
        before = key_file.read_bytes()
        ring = rotate_key_file(key_file)  # a new key, nothing rewrapped yet
        with pytest.raises(KeysStillNeeded) as refused:
            await retire(bot, ring, key_file)
        assert refused.value.count == 1
        assert len(json.loads(key_file.read_text())["master_keys"]) == 2, "the key file is unchanged"
        # a process started before the rotation notices the new file before it wraps a new key
        await bot.commit_turn(write("2", "u2", None, state("q1")))
        assert (await rewrap_all(bot, ring)).data_keys == 1, "only the one from before the rotation"
        assert await retire(bot, ring, key_file) == 1
        assert json.loads(key_file.read_text())["master_keys"] != json.loads(before)["master_keys"]
        assert stat.S_IMODE(os.stat(key_file).st_mode) == 0o600
        assert [p.name for p in key_file.parent.iterdir() if p.name.endswith(".tmp")] == []
    finally:
        await bot.close()


def test_master_keys_from_the_environment_without_an_index_key_are_refused() -> None:
    master = Fernet.generate_key().decode()
    with pytest.raises(ConfigError, match="PMI_INDEX_KEY"):
        load_keyring({"PMI_MASTER_KEYS": master})
    legacy = derived_index_key([master])
    ring = load_keyring({"PMI_MASTER_KEYS": master, "PMI_INDEX_KEY": legacy})
    assert ring.index_key == legacy.encode(), "setting the derived value keeps every existing index"


async def test_keys_index_key_prints_what_older_releases_derived(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from argparse import Namespace

    from launch.cli_admin import cmd_keys

    master = Fernet.generate_key().decode()
    monkeypatch.setenv("PMI_MASTER_KEYS", f"{Fernet.generate_key().decode()},{master}")
    monkeypatch.delenv("PMI_INDEX_KEY", raising=False)
    assert await cmd_keys(Namespace(keys_command="index-key")) == 0
    assert capsys.readouterr().out.strip() == derived_index_key([master]), "from the oldest key, as before"
