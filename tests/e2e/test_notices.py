"""Updates without asking, end to end: a mediator changes a case or writes to the reporter, and the
reporter's open chat shows it (console, and Telegram through the emulator); the answer lands on
the case's timeline."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.e2e.test_telegram import bot_env, replay
from tests.e2e.tgclient import User, emulator
from tests.support.console import live_console
from tests.support.transcript import load_script
from tests.transcripts.test_transcripts import ROOT, console_env

pytestmark = pytest.mark.e2e


def cli(env: dict[str, str], *args: str) -> str:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "run_bot.py"), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def timeline(data: Path) -> list[str]:
    db = sqlite3.connect(data / "pmi.db")
    try:
        return [r[0] for r in db.execute("SELECT kind FROM case_events ORDER BY id")]
    finally:
        db.close()


@contextmanager
def telegram_bot(tmp_path: Path, framework: str) -> Iterator[tuple[str, dict[str, str]]]:
    """The emulator and the bot polling it with ``framework``; yields the emulator's URL and the
    bot's environment (for the command line a mediator would use)."""
    with emulator() as base:
        env = bot_env(tmp_path, base, framework)
        bot = subprocess.Popen(
            [sys.executable, str(ROOT / "run_bot.py"), "run"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=(tmp_path / "process.log").open("a"),
        )
        try:
            yield base, env
        finally:
            bot.terminate()
            bot.wait(timeout=15)


def test_console_reporter_gets_the_status_change_and_the_mediators_message(tmp_path: Path) -> None:
    env = console_env(tmp_path)
    with live_console(env, tmp_path, "21") as chat:
        chat.play("family_report_id")
        filed = chat.read_until("Nomor laporan")
        number = re.search(r"Nomor laporan:? (\S+)", filed[-1]["text"]).group(1)  # type: ignore[union-attr]
        cli(env, "cases", "status", number, "diproses", "--reason", "diambil petugas")
        notice = chat.read_until(f"Kabar laporan {number}")[-1]["text"]
        assert "Sedang ditangani petugas" in notice
        cli(env, "cases", "message", number, "Kapan terakhir Rina menelepon?")
        relayed = chat.read_until("Pesan dari petugas")[-1]["text"]
        assert "Kapan terakhir Rina menelepon?" in relayed and number in relayed
        chat.say("Tanggal 3 Maret, dari nomor majikan.")
        assert number in chat.read_until("sudah kami teruskan")[-1]["text"]
    assert timeline(tmp_path) == ["filed", "status", "message_out", "message_in"]


def test_telegram_reporter_gets_notices_through_the_bot(tmp_path: Path) -> None:
    with telegram_bot(tmp_path, "ptb") as (base, env):
        user = User(base, 8001)
        replay(user, load_script("family_report_id"))
        done = next(m.text for m in user.messages() if "Nomor laporan" in m.text)
        number = re.search(r"Nomor laporan:? (\S+)", done).group(1)  # type: ignore[union-attr]
        cli(env, "cases", "status", number, "dirujuk", "--reason", "ke KBRI Riyadh")
        assert "Dirujuk ke instansi lain" in user.wait_until(f"Kabar laporan {number}")[-1].text
        cli(env, "cases", "message", number, "Apakah ada foto paspor Rina?")
        assert "Apakah ada foto paspor Rina?" in user.wait_until("Pesan dari petugas")[-1].text
        user.say("Ada, nanti saya kirim.")
        user.wait_until("sudah kami teruskan")
    assert timeline(tmp_path) == ["filed", "status", "message_out", "message_in"]


def test_console_her_answer_reaches_the_case_even_from_the_middle_of_another_flow(tmp_path: Path) -> None:
    """The reply race (issue 16): she had typed "menu" and then started a status check when the
    mediator's question arrives; her answer goes to the case, not into the menu or a new report."""
    env = console_env(tmp_path)
    with live_console(env, tmp_path, "22") as chat:
        chat.play("family_report_id")
        filed = chat.read_until("Nomor laporan")
        number = re.search(r"Nomor laporan:? (\S+)", filed[-1]["text"]).group(1)  # type: ignore[union-attr]
        chat.read_until("Terima kasih")
        chat.turn_end()
        chat.say("menu")
        assert chat.turn_end()[-1]["node"] == "welcome", "she is at the menu when the question comes"
        cli(env, "cases", "message", number, "Apakah paspor Rina masih dipegang majikan?")
        chat.read_until("Pesan dari petugas")
        chat.say("ya paspor msh dipegang majikan")
        answer = chat.read_until("sudah kami teruskan")[-1]["text"]
        assert number in answer
        chat.turn_end()
        chat.say("status")
        listed = chat.turn_end()
        assert listed[-1] == {"type": "await", "node": "mine_menu", "input": "choice"}, "mid status check"
        cli(env, "cases", "message", number, "Kapan kontrak Rina habis?")
        chat.read_until("Pesan dari petugas")
        chat.say("gk tau kak, kyknya desember")
        assert number in chat.read_until("sudah kami teruskan")[-1]["text"]
    assert timeline(tmp_path) == ["filed", "message_out", "message_in", "message_out", "message_in"]


@pytest.mark.parametrize("framework", ["ptb", "aiogram"])
def test_telegram_her_answer_reaches_the_case_even_from_the_middle_of_another_flow(
    tmp_path: Path, framework: str
) -> None:
    """The reply race through each framework (issue 16): at the menu, then in the middle of a new
    report's first question, the mediator's question comes; each answer goes to the case (it does
    not start a report or answer the other question), and the menu stays one button away."""
    with telegram_bot(tmp_path, framework) as (base, env):
        user = User(base, 8002)
        replay(user, load_script("family_report_id"))
        done = next(m.text for m in user.messages() if "Nomor laporan" in m.text)
        number = re.search(r"Nomor laporan:? (\S+)", done).group(1)  # type: ignore[union-attr]
        user.settle(quiet=0.5)
        user.say("menu")
        user.wait_until("Lapor masalah")
        cli(env, "cases", "message", number, "Apakah paspor Rina masih dipegang majikan?")
        user.wait_until("Pesan dari petugas")
        prompt = next(m for m in reversed(user.settle(quiet=0.5) or user.messages()) if m.buttons)
        assert "balasan" in prompt.text and prompt.button("lanjut"), "a button leads back to where she was"
        user.say("ya paspor msh dipegang majikan")
        assert number in user.wait_until("sudah kami teruskan")[-1].text
        user.settle(quiet=0.5)
        user.say("menu")
        menu = user.wait_until("Lapor masalah")[-1]
        user.press(menu.button("lapor"), menu.message_id)
        user.wait_until("Setuju")
        cli(env, "cases", "message", number, "Sejak kapan?")
        user.wait_until("Pesan dari petugas")
        user.say("sejak bulan maret kak")
        assert number in user.wait_until("sudah kami teruskan")[-1].text
    assert timeline(tmp_path) == ["filed", "message_out", "message_in", "message_out", "message_in"]
