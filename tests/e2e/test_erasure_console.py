"""'hapus' through the console process (run_bot.py console --jsonl), on SQLite and PostgreSQL:
the chat answers at once and after a restart, a new report files, and nothing of the erased
report can be read from the database, its log, the evidence folder or the outbox, even with
the key file at hand. Also the data folder's modes and SQLite's secure_delete."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from storage.factory import make_engine
from storage.key_file import load_keyring
from storage.sql_store import SqlStore
from tests.storage.test_erasure import readable
from tests.support.db import temporary_pg_database
from tests.support.transcript import load_script, to_jsonl
from tests.transcripts import test_transcripts as transcripts

OPENING = "assalamualaikum, sy mau lapor majikan sy gk bayar gaji udh 5 bln, sy kerja di riyadh"
ERASED = ("Siti Aminah", "6281234567890", "sy mau lapor majikan sy gk bayar", "foto paspor Siti")
#: the second report, after the erasure: another person's words (the same problem, told otherwise)
SECOND = {
    "Siti Aminah": "Rina Wati",
    "0812 3456 7890": "0813 1111 2222",
    OPENING: "slmt siang, gaji sy tdk dibayar majikan sdh 5 bulan. sy di riyadh",
}


@pytest.fixture(params=["sqlite", "postgres"])
async def database(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[str]:
    """The console processes' database: DATABASE_URL for PostgreSQL, the data folder's file for SQLite."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path}/pmi.db"
        return
    async with temporary_pg_database() as url:
        env = transcripts.console_env
        monkeypatch.setattr(transcripts, "console_env", lambda path: {**env(path), "DATABASE_URL": url})
        yield url


def report(tmp_path: Path, words: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """The complaint script, with a real evidence file the console's outbox reads."""
    name = (words or {}).get("Siti Aminah", "Siti Aminah")
    photo = tmp_path / f"foto {name}.jpg"
    photo.write_bytes(f"foto paspor {name}".encode())
    lines = []
    for item in load_script("complaint_id"):
        if isinstance(item, str) and words:
            item = words.get(item, item)
        line = to_jsonl(item)
        if "media" in line:
            line["media"] = {"kind": "photo", "file_id": f"console:{photo}", "size": 23}
        lines.append(line)
    return lines


def texts(out: list[dict[str, Any]]) -> str:
    return "\n".join(o.get("text", "") for o in out if o.get("type") == "message")


NUMBER = re.compile(r"Nomor laporan[^A-Z0-9]*([A-Z0-9]{3}-[A-Z0-9]{4})")


async def what_is_left(url: str, tmp_path: Path, numbers: list[str]) -> tuple[str, list[dict[str, Any] | None]]:
    """What the files and tables give with the key file loaded, and each case's fields."""
    keys = load_keyring({"PMI_KEY_FILE": str(tmp_path / "keys.json")})
    store = SqlStore(make_engine(url), keys, data_dir=str(tmp_path))
    try:
        files = [p for p in tmp_path.rglob("*") if p.is_file() and not p.name.startswith("foto") and p.suffix != ".log"]
        return await readable(store, files), [await store.case_fields(n) for n in numbers]
    finally:
        await store.engine.dispose()


@pytest.mark.e2e
async def test_hapus_then_a_restart_then_a_new_report(database: str, tmp_path: Path) -> None:
    erase_all = [{"text": "hapus"}, {"text": "3"}, {"text": "ya"}]
    first = transcripts.run_console(tmp_path, [*report(tmp_path), *erase_all], chat="7")
    assert "Semua data Anda kami hapus" in texts(first)
    # a new process: the chat answers, afresh (it raised InvalidToken here and answered nothing),
    # and files a new report
    second = transcripts.run_console(tmp_path, report(tmp_path, SECOND), chat="7")
    first_question = next(o for o in second[1:] if o["type"] == "await")
    assert first_question == {"type": "await", "node": "welcome", "input": "choice"}
    numbers = [m.group(1) for out in (first, second) for m in [NUMBER.search(texts(out))] if m]
    assert len(numbers) == 2
    left, fields = await what_is_left(database, tmp_path, numbers)
    assert fields[0] is None and (fields[1] or {}).get("worker_name") == "Rina Wati"
    for secret in ERASED:
        assert secret not in left, f"{secret!r} still readable after 'hapus'"
    assert "Rina Wati" in left and "foto paspor Rina" in left, "the search reads what is there"


def test_the_data_folder_is_private_and_sqlite_zeroes_what_it_deletes(tmp_path: Path) -> None:
    transcripts.run_console(tmp_path, [{"text": "halo"}], chat="1")
    assert stat.S_IMODE(os.stat(tmp_path).st_mode) == 0o700
    for name in ("keys.json", "pmi.db"):
        assert stat.S_IMODE(os.stat(tmp_path / name).st_mode) == 0o600, name
    import asyncio

    async def secure_delete() -> int:
        engine = make_engine(f"sqlite+aiosqlite:///{tmp_path}/pmi.db")
        try:
            async with engine.connect() as conn:
                return int((await conn.execute(text("PRAGMA secure_delete"))).scalar_one())
        finally:
            await engine.dispose()

    assert asyncio.run(secure_delete()) == 1
