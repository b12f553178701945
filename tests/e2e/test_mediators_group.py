"""The mediators' Telegram group: a notice for each new case (number, category, country; no
names), a button to take it, and /antrian, /ambil, /status for the mediators listed in config."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.e2e.test_telegram import bot_env, replay
from tests.e2e.tgclient import TOKEN, User, emulator
from tests.support.transcript import load_script
from tests.transcripts.test_transcripts import ROOT

pytestmark = pytest.mark.e2e
GROUP = -100123
MEDIATOR = 555
STRANGER = 666


class Group:
    def __init__(self, base: str) -> None:
        self.http = httpx.Client(base_url=base, timeout=10)
        self.seen = 0

    def say(self, user: int, text: str) -> None:
        self.http.post(
            "/sendMessage",
            json={
                "botToken": TOKEN,
                "from": {"id": user, "is_bot": False, "first_name": "M"},
                "chat": {"id": GROUP, "type": "supergroup", "title": "Petugas"},
                "date": int(time.time()),
                "text": text,
            },
        ).raise_for_status()

    def press(self, user: int, data: str) -> None:
        self.http.post(
            "/sendCallback",
            json={
                "botToken": TOKEN,
                "from": {"id": user, "is_bot": False, "first_name": "M"},
                "data": data,
                "message": {"message_id": 1, "chat": {"id": GROUP, "type": "supergroup"}, "date": 1, "text": "."},
            },
        ).raise_for_status()

    def wait(self, count: int = 1, timeout: float = 15) -> list[dict]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            messages = self.http.post("/control/botMessages", json={"token": TOKEN, "chatId": GROUP}).json()["result"]
            if len(messages) >= self.seen + count:
                new = messages[self.seen :]
                self.seen = len(messages)
                return new
            time.sleep(0.05)
        raise AssertionError("no message in the mediators' group")


def test_notices_buttons_and_commands_in_the_mediators_group(tmp_path: Path) -> None:
    with emulator() as base:
        env = bot_env(tmp_path, base, "ptb")
        config = (tmp_path / "config.yaml").read_text()
        config = config.replace("mediators_chat_id: null", f"mediators_chat_id: {GROUP}")
        config = config.replace("mediators_allowed: []", f"mediators_allowed: [{MEDIATOR}]")
        (tmp_path / "config.yaml").write_text(config)
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "run_bot.py"),
                "mediator",
                "add",
                "wati",
                "--role",
                "mediator",
                "--office",
                "pusat",
                "--name",
                "Wati",
                "--password-stdin",
                "--telegram-id",
                str(MEDIATOR),
            ],
            input="kata-sandi-panjang-77\n",
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
        bot = subprocess.Popen(
            [sys.executable, str(ROOT / "run_bot.py"), "run"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=(tmp_path / "process.log").open("a"),
        )
        try:
            worker = User(base, 9001)
            script = load_script("complaint_id")
            assert script[-1] == "tidak", "the script's last answer is the question about news in the chat"
            script[-1] = "iya"  # she agrees to news in the chat (said No, they are held: test_inbox_storage)
            replay(worker, script)
            filed = next(m.text for m in worker.messages() if "Nomor laporan" in m.text)
            number = re.search(r"Nomor laporan:? (\S+)", filed).group(1)  # type: ignore[union-attr]
            group = Group(base)
            notice = group.wait(1)[0]
            assert notice["text"].startswith("🆕 Laporan baru") and number in notice["text"]
            assert "Gaji tidak dibayar" in notice["text"] and "Arab Saudi" in notice["text"]
            assert "Siti" not in notice["text"] and "5 bulan" not in notice["text"], "no names, no story"
            take = notice["reply_markup"]["inline_keyboard"][0][0]
            group.press(STRANGER, take["callback_data"])
            assert "belum terdaftar" in group.wait(1)[0]["text"]
            group.press(MEDIATOR, take["callback_data"])
            assert group.wait(1)[0]["text"] == f"Laporan {number} diambil oleh Wati."
            group.say(MEDIATOR, f"/status {number}")
            assert group.wait(1)[0]["text"] == f"Laporan {number}: Diproses · Wati"
            group.say(MEDIATOR, "/antrian")
            assert "Tidak ada laporan baru" in group.wait(1)[0]["text"]
            group.say(STRANGER, "/antrian")
            assert "belum terdaftar" in group.wait(1)[0]["text"]
            group.say(MEDIATOR, "selamat pagi semua")  # chatter is not for the bot
            notice_of_taking = worker.wait_until(f"Kabar laporan {number}")[-1].text
            assert "Sedang ditangani petugas" in notice_of_taking
            with pytest.raises(AssertionError):
                group.wait(1, timeout=1)
        finally:
            bot.terminate()
            bot.wait(timeout=15)
