"""'hapus' on Telegram, on both frameworks against the Bot API emulator: after the erasure and a
restart of the bot process the chat answers at once and a new report starts (the erasure turn's
state was sealed with the key it destroyed: after a restart the chat answered nothing)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.e2e.test_telegram import FRAMEWORKS, bot_env
from tests.e2e.tgclient import User, emulator
from tests.support.processes import stop
from tests.transcripts.test_transcripts import ROOT

pytestmark = pytest.mark.e2e
WELCOME = "Selamat datang di layanan pengaduan"


@contextmanager
def bot_process(env: dict[str, str], log: Path) -> Iterator[None]:
    with log.open("w") as handle:
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "run_bot.py"), "run"],
            cwd=ROOT,
            env=env,
            stdout=handle,
            stderr=subprocess.STDOUT,
        )
    try:
        yield
    finally:
        stop(proc)
    assert "Traceback" not in log.read_text(), log.read_text()[-3000:]


@pytest.mark.parametrize("framework", FRAMEWORKS)
def test_after_hapus_and_a_restart_the_chat_answers_and_a_new_report_starts(framework: str, tmp_path: Path) -> None:
    with emulator() as base:
        env = bot_env(tmp_path, base, framework)
        user = User(base, 7301)
        with bot_process(env, tmp_path / "first.log"):
            user.say("/start")
            # a loaded machine takes a while to import aiogram; a late message may follow the welcome
            welcome = user.wait_until(WELCOME, timeout=90)[-1]
            user.press(welcome.button("lapor"), welcome.message_id)
            user.wait_until("Setuju?")
            user.say("hapus")
            user.wait_until("Apa yang ingin Anda hapus?")
            user.say("3")
            user.wait_until("tidak bisa dibatalkan")
            user.say("ya")
            user.wait_until("Semua data Anda kami hapus")
            user.settle()
        with bot_process(env, tmp_path / "second.log"):
            user.say("halo")
            # a loaded machine takes a while to import aiogram; a late message may follow the welcome
            welcome = user.wait_until(WELCOME, timeout=90)[-1]
            user.press(welcome.button("lapor"), welcome.message_id)
            user.wait_until("Setuju?")
