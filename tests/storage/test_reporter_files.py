"""Files a mediator sends the reporter, on SQLite and PostgreSQL: checked by their bytes, kept
encrypted, announced then sent in that order, held for a reporter who asked for no updates until
she asks to read, and gone with an erasure."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from flows.types import ConversationKey, EraseReporterData
from storage.casework import CaseNotFound
from storage.reporter_files import FileRefused, checked, safe_name, send_file_to_reporter, sent_file
from storage.sql_store import SqlStore
from tests.storage.test_contract import NOW, file_case, state, write
from tests.storage.test_erasure import store as both_databases

store = both_databases  # the SQLite and PostgreSQL fixture of the erasure tests

PDF = b"%PDF-1.4\n% a letter from the embassy\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
LATER = NOW + timedelta(days=1)


async def rows(store: SqlStore, kinds: tuple[str, ...] = ("reporter_message", "reporter_file", "reporter_notice")):
    return [(i.kind, i.payload) async for i in store.claim_outbox(kinds, 100, NOW + timedelta(days=99))]


def test_a_file_is_judged_by_its_bytes_not_its_name() -> None:
    assert checked("surat.pdf", PDF, 1000).mime == "application/pdf"
    assert checked("foto paspor.PNG", PNG, 1000).name == "foto paspor.PNG"
    assert checked("scan", PNG, 1000).name == "scan.png", "the name tells the phone what it opens"
    for name, data, reason in (
        ("surat.pdf", b"<html><script>alert(1)</script>", "type"),
        ("gambar.svg", b"<svg onload=alert(1)>", "type"),
        ("setup.exe", b"MZ\x90\x00", "type"),
        ("arsip.zip", b"PK\x03\x04rest", "type"),  # a zip that does not say it is an Office file
        ("kosong.pdf", b"", "empty"),
        ("besar.pdf", PDF + b"x" * 1000, "too_large"),
    ):
        with pytest.raises(FileRefused) as refused:
            checked(name, data, 1000)
        assert refused.value.reason == reason, name
    assert checked("form.docx", b"PK\x03\x04rest", 1000).mime.endswith("wordprocessingml.document")


def test_a_file_name_cannot_carry_a_path_or_markup() -> None:
    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\Users\\x\\surat.pdf") == "surat.pdf"
    assert "<" not in safe_name("<img src=x onerror=alert(1)>.pdf")
    assert len(safe_name("a" * 300 + ".pdf")) <= 80 and safe_name("a" * 300 + ".pdf").endswith(".pdf")


async def test_the_file_is_kept_encrypted_and_sent_after_the_message_that_names_it(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, state(None), (file_case("FIL-2222"),)))
    held = await send_file_to_reporter(store, "FIL-2222", checked("surat.pdf", PDF, 10**6), "Mohon dibaca.", NOW)
    assert held is False
    sent = await rows(store)
    assert [kind for kind, _ in sent] == ["reporter_message", "reporter_file"]
    assert sent[0][1]["text"] == "Mohon dibaca.\n\n📎 surat.pdf"
    attachment_id = sent[1][1]["attachment_id"]
    assert sent[1][1] == {
        "case_number": "FIL-2222",
        "attachment_id": attachment_id,
        "name": "surat.pdf",
        "mime": "application/pdf",
    }
    on_disk = list(Path(store.data_dir or "").rglob("*.bin"))
    assert len(on_disk) == 1 and b"embassy" not in on_disk[0].read_bytes(), "encrypted at rest"
    assert await store.read_attachment(attachment_id) == PDF
    assert await sent_file(store, attachment_id) == ("application/pdf", PDF)


async def test_a_reporter_who_asked_for_no_updates_gets_the_file_only_when_she_asks(store: SqlStore) -> None:
    quiet = replace(file_case("QUI-2222"), notify_reporter=False)
    await store.commit_turn(write("1", "u1", None, state(None), (quiet,)))
    assert await send_file_to_reporter(store, "QUI-2222", checked("daftar.pdf", PDF, 10**6), "", NOW) is True
    assert [kind for kind, _ in await rows(store)] == ["reporter_notice"], "nothing of it reaches her phone yet"
    released = await store.release_held(ConversationKey("test", "1"), LATER)
    assert released == [{"case_number": "QUI-2222", "text": "📎 daftar.pdf"}]
    files = await rows(store, ("reporter_file",))
    assert [payload["name"] for _, payload in files] == ["daftar.pdf"]
    assert await store.release_held(ConversationKey("test", "1"), LATER) == [], "released once"


async def test_erasure_takes_the_file_and_its_delivery_with_it(store: SqlStore) -> None:
    await store.commit_turn(write("1", "u1", None, state("q2"), (file_case("ERA-2222"),)))
    await send_file_to_reporter(store, "ERA-2222", checked("surat.pdf", PDF, 10**6), "", NOW)
    attachment_id = (await store.claim_outbox(("reporter_file",), 1, NOW).__anext__()).payload["attachment_id"]
    await store.commit_turn(write("1", "u2", 1, state(None), (EraseReporterData("all"),)))
    assert await store.read_attachment(attachment_id) is None
    assert list(Path(store.data_dir or "").rglob("*.bin")) == []
    assert await rows(store) == []
    with pytest.raises(CaseNotFound):
        await send_file_to_reporter(store, "ERA-2222", checked("lagi.pdf", PDF, 10**6), "", NOW)
