"""A mediator sends the reporter a file, end to end: the real bot process on both Telegram
frameworks (through the emulator, which keeps the uploaded document) and the console chat.
The message that names the file comes first, then the file itself, byte for byte. (Held files,
for a reporter who asked for no updates, are tested in tests/storage/test_reporter_files.py.)"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_notices import cli, telegram_bot
from tests.e2e.test_telegram import replay
from tests.e2e.tgclient import User
from tests.support.console import live_console
from tests.support.transcript import load_script
from tests.transcripts.test_transcripts import ROOT, console_env

pytestmark = pytest.mark.e2e

#: a small real PDF: what a mediator sends (a letter from the embassy, a form)
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def case_number(text: str) -> str:
    found = re.search(r"Nomor laporan:? (\S+)", text)
    assert found, text
    return found.group(1)


@pytest.mark.parametrize("framework", ["ptb", "aiogram"])
def test_telegram_reporter_gets_the_file_after_the_message_that_names_it(tmp_path: Path, framework: str) -> None:
    letter = tmp_path / "surat_KBRI.pdf"
    letter.write_bytes(PDF)
    with telegram_bot(tmp_path, framework) as (base, env):
        user = User(base, 8101)
        replay(user, load_script("family_report_id"))
        number = case_number(next(m.text for m in user.messages() if "Nomor laporan" in m.text))
        cli(env, "cases", "send-file", number, str(letter), "--text", "Ini surat dari KBRI, mohon dibaca.")
        announced = user.wait_until("surat_KBRI.pdf", timeout=30)[-1].text
        assert "Ini surat dari KBRI, mohon dibaca." in announced and number in announced
        document = user.wait_until("[document]", timeout=30)[-1].text
        assert document == "[document] surat_KBRI.pdf"
        assert user.documents() == [("surat_KBRI.pdf", PDF)]


def test_an_unsafe_file_is_refused_with_a_reason_and_nothing_is_sent(tmp_path: Path) -> None:
    env = console_env(tmp_path)
    page = tmp_path / "surat.pdf"
    page.write_bytes(b"<html><script>alert(1)</script></html>")  # named .pdf, is a web page
    proc = subprocess.run(
        [sys.executable, str(ROOT / "run_bot.py"), "cases", "send-file", "PMI-XXXX", str(page)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert proc.returncode != 0
    assert "cannot be sent (type)" in proc.stderr


def test_console_reporter_sees_the_message_then_the_file(tmp_path: Path) -> None:
    env = console_env(tmp_path)
    letter = tmp_path / "daftar_shelter.pdf"
    letter.write_bytes(PDF)
    with live_console(env, tmp_path, "31") as chat:
        chat.play("family_report_id")
        number = case_number(chat.read_until("Nomor laporan")[-1]["text"])
        out = cli(env, "cases", "send-file", number, str(letter))
        assert "the bot sends it" in out  # the family report asked for updates
        seen = chat.read_until("daftar_shelter.pdf")
        assert "📎 daftar_shelter.pdf" in seen[-1]["text"] and number in seen[-1]["text"]
        lines = [chat.line() for _ in range(2)]  # the turn's end, then the file
        assert {"file": {"name": "daftar_shelter.pdf", "mime": "application/pdf", "bytes": len(PDF)}} in lines
