"""Erasure ("hapus"), on SQLite and PostgreSQL: the chat keeps working across a restart, and
nothing of an erased reporter can be read back, even with the master keys loaded."""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.fernet import InvalidToken
from sqlalchemy import select

from flows.types import ConversationKey, EraseReporterData, Reply
from storage.api import TurnWrite
from storage.casework import message_reporter
from storage.crypto import DataKey, decrypt_json, outbox_aad, state_aad
from storage.factory import make_engine
from storage.models import (
    attachments,
    case_events,
    cases,
    conversations,
    metadata,
    outbox,
    processed_updates,
    reporters,
)
from storage.sql_store import SqlStore, aware
from tests.storage.test_contract import NOW, file_case, state, write
from tests.support.db import make_keyring, temporary_pg_database

CHAT = ConversationKey("test", "1")


@pytest.fixture(params=["sqlite", "postgres"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[SqlStore]:
    keyring = make_keyring()
    if request.param == "sqlite":
        s = SqlStore(make_engine(f"sqlite+aiosqlite:///{tmp_path}/t.db"), keyring, data_dir=str(tmp_path / "data"))
        await s.start()
        yield s
        await s.close()
    else:
        async with temporary_pg_database() as url:
            s = SqlStore(make_engine(url), keyring, data_dir=str(tmp_path / "data"))
            await s.start()
            yield s
            await s.close()


async def restarted(store: SqlStore) -> SqlStore:
    """Another process on the same database and keys: nothing in memory."""
    url = store.engine.url.render_as_string(hide_password=False)
    other = SqlStore(make_engine(url), store.keyring, data_dir=store.data_dir)
    await other.start()
    return other


async def test_after_hapus_the_chat_works_at_once_and_after_a_restart(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, state("q2"), (file_case(),)))
    await store.commit_turn(write("1", "u2", 1, state(None), (EraseReporterData("all"),)))
    other = await restarted(store)
    try:
        loaded = await other.load_conversation(CHAT)
        assert loaded is not None and loaded.state.node is None, "a fresh conversation, readable after the restart"
        result = await other.commit_turn(write("1", "u3", loaded.version, state("q1", again=True)))
        assert not result.duplicate
        await other.commit_turn(write("1", "u4", result.version, state("q2"), (file_case("NEW-2345"),)))
        assert (await other.case_fields("NEW-2345") or {})["worker_name"] == "Siti Aminah"
    finally:
        await other.close()


# ------------------------------------------------------------------------------ what is left


SECRETS = ("Siti Aminah", "6281234567890", "Gaji tidak dibayar lima", "AB3D-7KQP", "AB3D7KQP", "tg-file-1")
FERNET_TOKEN = re.compile(rb"gAAAAA[A-Za-z0-9_\-]+=*")


async def readable(store: SqlStore, files: list[Path]) -> str:
    """Everything that can be read with the master keys loaded: every column of every table as
    stored, every encrypted value opened with every data key the database still holds (and the
    master ring), every file's bytes and every Fernet token found in them opened too."""
    keys: list[Any] = [store.keyring.master]
    out: list[str] = []
    async with store.engine.connect() as conn:
        for wrapped in (await conn.execute(select(reporters.c.wrapped_key))).scalars():
            if wrapped:
                keys.append(store.keyring.unwrap(wrapped))
        chats = list((await conn.execute(select(conversations.c.chat_hash))).scalars())
        rows = list((await conn.execute(select(outbox.c.kind, outbox.c.reporter_id))).all())
        places = [state_aad(c) for c in chats] + [outbox_aad(k, r) for k, r in rows if r is not None]
        for table in metadata.sorted_tables:
            for row in (await conn.execute(select(table))).all():
                for value in row:
                    out.append(repr(value))
                    if isinstance(value, bytes) and value:
                        out.extend(opened(value, keys, places))
    tokens = []
    for path in files:
        data = path.read_bytes()
        out.append(data.decode("utf-8", "replace"))
        tokens += [t for found in FERNET_TOKEN.findall(data) for t in fernet_prefixes(found)]
    for token in tokens:  # an old wrapped data key left in a free page or the log would open the rest
        try:
            keys.append(DataKey(store.keyring.master.decrypt(token)))
        except (InvalidToken, ValueError):
            pass
    for token in tokens:
        out.extend(opened(token, keys, []))
    return "\n".join(out)


def fernet_prefixes(found: bytes) -> list[bytes]:
    """The Fernet tokens a run of base64 in a raw file may start with: the run goes on into the
    next column's bytes, and a token is 57 + 16k bytes, base64-encoded."""
    lengths = (4 * -(-(57 + 16 * k) // 3) for k in range(1, len(found) // 16 + 1))
    return [found[:n] for n in lengths if n <= len(found)]


def opened(token: bytes, keys: list[Any], places: list[str]) -> list[str]:
    found = []
    for key in keys:
        for where in [None, *places] if isinstance(key, DataKey) else [None]:
            try:
                plain = key.open(token, where) if token[:1] in (b"\x01", b"\x02") else key.decrypt(token)
            except Exception:
                continue
            found.append(plain.decode("utf-8", "replace"))
    return found


def files_of(store: SqlStore, tmp_path: Path) -> list[Path]:
    found = [p for p in Path(store.data_dir or "").rglob("*") if p.is_file()]
    return found + [p for p in tmp_path.glob("t.db*") if p.is_file()]


async def filed_with_everything(store: SqlStore, chat: str = "1") -> None:
    """A case with evidence on disk, a mediator's message and a kept reply in the outbox, and
    the filing's replies (with the access code) kept for a redelivery."""
    key = ConversationKey("test", chat)
    reply = Reply("Nomor laporan ABC-DEFG, kode akses AB3D-7KQP. Simpan baik-baik.")
    await store.commit_turn(
        TurnWrite(key, f"f{chat}", None, state("done", worker_name="Siti Aminah"), (file_case(),), (reply,), NOW, chat)
    )
    async with store.engine.connect() as conn:
        attachment = (await conn.execute(select(attachments.c.id))).scalar_one()
    await store.save_attachment(attachment, b"foto paspor Siti Aminah")
    await message_reporter(store, "ABC-DEFG", "Bu Siti Aminah, paspor di mana?", NOW)
    await store.enqueue_outbox(
        "reply_retry", {"channel": "test", "chat_id": chat, "replies": [{"text": reply.text}]}, NOW
    )


async def test_full_erasure_leaves_nothing_readable_even_with_the_master_keys(store: SqlStore, tmp_path: Path) -> None:
    await filed_with_everything(store)
    before = await readable(store, files_of(store, tmp_path))
    assert all(s in before for s in SECRETS[:4]), "the search finds them while they are there"
    assert list((Path(store.data_dir or "") / "attachments").glob("*.bin")), "the evidence file is on disk"
    await store.commit_turn(write("1", "e1", 1, state(None), (EraseReporterData("all"),)))
    left = await readable(store, files_of(store, tmp_path))
    for secret in SECRETS:
        assert secret not in left, f"{secret!r} still readable after a full erasure"
    assert not list((Path(store.data_dir or "") / "attachments").glob("*")), "evidence files removed"
    assert await store.cases_of_chat(CHAT) == [], "status on her phone lists nothing"
    async with store.engine.connect() as conn:
        case = (await conn.execute(select(cases))).one()
        kinds = [r.kind for r in (await conn.execute(select(case_events))).all()]
        outbox_rows = (await conn.execute(select(outbox))).all()
    assert case.reporter_action == "erased" and case.status == "ditutup" and case.reporter_id is None
    assert case.category == "gaji_tidak_dibayar" and case.country == "SA", "statistics stay"
    assert case.age == 25 and aware(case.created_at) == NOW.replace(hour=0), "age band and day only"
    assert "erased" in kinds
    assert [r.kind for r in outbox_rows] == [], "her outbox rows are gone"


async def test_erase_chat_only_unlinks_the_phone_and_the_case_goes_on(store: SqlStore) -> None:
    await filed_with_everything(store)
    await store.commit_turn(write("1", "e1", 1, state(None), (EraseReporterData("chat"),)))
    assert await store.cases_of_chat(CHAT) == [], "status on her phone lists nothing"
    assert (await store.case_fields("ABC-DEFG") or {})["worker_name"] == "Siti Aminah", "the case goes on"
    assert await store.reporter_address("ABC-DEFG") is None, "nothing more reaches that chat"
    async with store.engine.connect() as conn:
        case = (await conn.execute(select(cases))).one()
        kinds = [r.kind for r in (await conn.execute(select(outbox))).all()]
    assert case.reporter_action == "chat_deleted" and case.status == "baru"
    assert sorted(kinds) == ["attachment_fetch", "mediator_notice"], "messages to her chat dropped, the team's kept"
    other = await restarted(store)
    try:
        loaded = await other.load_conversation(CHAT)
        assert loaded is not None and loaded.state.node is None
    finally:
        await other.close()


async def test_withdrawing_one_report_closes_it_and_leaves_her_other_report(store: SqlStore, tmp_path: Path) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(file_case("AAA-2222"),)))
    await store.commit_turn(write("1", "u2", 1, effects=(file_case("BBB-3333", age=27, story="Paspor ditahan agen"),)))
    assert "Paspor ditahan agen" in await readable(store, files_of(store, tmp_path))
    await store.commit_turn(write("1", "u3", 2, state(None), (EraseReporterData("withdraw", "bbb 3333"),)))
    assert "Paspor ditahan agen" not in await readable(store, files_of(store, tmp_path))
    assert [c.number for c in await store.cases_of_chat(CHAT)] == ["AAA-2222"]
    assert await store.case_fields("BBB-3333") is None
    assert (await store.case_fields("AAA-2222") or {})["worker_name"] == "Siti Aminah"
    async with store.engine.connect() as conn:
        rows = {r.number: r for r in (await conn.execute(select(cases))).all()}
    gone = rows["BBB-3333"]
    assert gone.status == "ditutup" and gone.reporter_action == "withdrawn" and gone.age == 25
    assert rows["AAA-2222"].status == "baru" and rows["AAA-2222"].reporter_action is None
    assert (await store.check_status(ConversationKey("test", "x"), "BBB-3333", "AB3D-7KQP", NOW)).found is None


async def test_a_code_is_kept_for_a_redelivery_only_until_its_reply_went_out(store: SqlStore) -> None:
    await filed_with_everything(store)
    unsent = await store.unsent_turn(CHAT, "f1")
    assert unsent is not None and "AB3D-7KQP" in unsent.replies[0].text, "a crash before sending loses no code"
    await store.mark_sent(CHAT, "f1")
    await store.drain()
    async with store.engine.connect() as conn:
        token = (await conn.execute(select(conversations.c.state_enc))).scalar_one()
        wrapped = (await conn.execute(select(reporters.c.wrapped_key))).scalar_one()
    kept = decrypt_json(store.keyring.unwrap(wrapped), token, state_aad(store.chat_hash(CHAT)))
    assert "AB3D-7KQP" not in json.dumps(kept) and "ABC-DEFG" in json.dumps(kept), "the code masked, the rest kept"


async def test_outbox_rows_are_sealed_with_her_key_and_emptied_once_delivered(store: SqlStore) -> None:
    await filed_with_everything(store)
    async with store.engine.connect() as conn:
        sealed = (await conn.execute(select(outbox.c.payload_enc))).scalars().all()
    for token in sealed:
        with pytest.raises(InvalidToken):
            store.keyring.open(token)  # the master ring alone opens none of them
    items = [i async for i in store.claim_outbox(("reporter_message", "reply_retry"), 10, NOW + timedelta(days=1))]
    assert sorted(i.kind for i in items) == ["reply_retry", "reporter_message"]
    for item in items:
        await store.complete_outbox(item.id)
    async with store.engine.connect() as conn:
        done = (await conn.execute(select(outbox).where(outbox.c.done_at.is_not(None)))).all()
    assert len(done) == 2 and all(r.payload_enc == b"" for r in done), "a delivered row keeps no message"


async def test_no_table_names_the_chat_in_clear_and_an_older_releases_keys_go_with_an_erasure(
    store: SqlStore,
) -> None:
    """Update keys name the chat ("telegram:<chat id>:<message id>"): stored hashed, or every
    chat's blind index would sit next to its Telegram id (conversations.sent_key)."""
    key = ConversationKey("telegram", "987654321")
    await store.commit_turn(TurnWrite(key, "telegram:987654321:41", None, state(), (), (), NOW, "987654321"))
    await store.mark_sent(key, "telegram:987654321:41")
    await store.drain()
    assert await store.was_processed("telegram:987654321:41")
    assert await store.unsent_turn(key, "telegram:987654321:41") is None, "its replies went out"
    async with store.engine.begin() as conn:
        dump = await every_row(conn)
        # a key an older release stored in clear
        await conn.execute(processed_updates.insert().values(update_key="telegram:987654321:40", at=NOW))
    assert "987654321" not in dump
    await store.commit_turn(
        TurnWrite(key, "telegram:987654321:42", 1, state(None), (EraseReporterData("all"),), (), NOW, "987654321")
    )
    async with store.engine.connect() as conn:
        dump = await every_row(conn)
    assert "987654321" not in dump


async def every_row(conn: Any) -> str:
    return "".join([repr((await conn.execute(select(t))).all()) for t in metadata.sorted_tables])


async def test_an_evidence_download_finishing_after_the_erasure_keeps_nothing(store: SqlStore, tmp_path: Path) -> None:
    await store.commit_turn(write("1", "u1", None, effects=(file_case(),)))
    fetches = [i async for i in store.claim_outbox(("attachment_fetch",), 10, NOW + timedelta(days=1))]
    assert len(fetches) == 1, "the download was claimed before she erased"
    await store.commit_turn(write("1", "u2", 1, state(None), (EraseReporterData("all"),)))
    await store.save_attachment(int(fetches[0].payload["attachment_id"]), b"foto paspor Siti Aminah")
    folder = Path(store.data_dir or "") / "attachments"
    assert not folder.exists() or not list(folder.iterdir()), "no file written back"


async def test_a_file_an_interrupted_erasure_left_is_removed_at_the_next_start(store: SqlStore) -> None:
    folder = Path(store.data_dir or "") / "attachments"
    folder.mkdir(parents=True, exist_ok=True)
    orphan, fresh = folder / "77.bin", folder / "78.bin"
    orphan.write_bytes(b"sealed bytes no row points to")
    fresh.write_bytes(b"a download being written right now")
    old = time.time() - 3600
    os.utime(orphan, (old, old))
    other = await restarted(store)
    await other.close()
    assert not orphan.exists() and fresh.exists(), "the old orphan goes, a write in flight stays"
