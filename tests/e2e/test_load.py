"""A bounded load test through the emulator (loopback only): 200 users file a complaint at once.

Every case must be stored exactly once and every reply arrive exactly once, in order. The figures
are printed (run with -s to see them); speed targets live in bench/, not in assertions.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.config import load_settings
from flows.dialog import load_dialog
from tests.e2e.test_telegram import Bot, bot_env
from tests.e2e.tgclient import TOKEN, emulator
from tests.support.transcript import run_engine
from tests.transcripts.test_transcripts import NOW, ROOT

pytestmark = pytest.mark.e2e
USERS = 200
# a worker who skips what she may: menu, consent, herself, "something else", country, ..., her name, ...,
# her story, then skips the rest and confirms the summary
SCRIPT = ["1", "setuju", "tidak", "sy mau lapor, gaji saya tidak dibayar majikan sudah 3 bulan, sy kerja di malaysia",
          "selesai", "ya", "lewati", "NAME", *["lewati"] * 5, "ya"]  # fmt: skip


def test_two_hundred_users_file_at_once(tmp_path: Path) -> None:
    figures, cases = load(tmp_path)
    names = sorted(c["worker_name"] for c in cases)
    assert names == sorted(f"Pekerja {i}" for i in range(USERS)), "every case stored exactly once"
    print(
        f"\nload: {USERS} users, {figures['turns']} turns, {figures['messages']} replies in {figures['seconds']:.1f} s "
        f"({figures['turns'] / figures['seconds']:.0f} turns/s); reply latency p50 {figures['p50'] * 1000:.0f} ms, "
        f"p99 {figures['p99'] * 1000:.0f} ms"
    )


def load(tmp_path: Path, framework: str = "ptb") -> tuple[dict[str, float], list[dict]]:
    """Start the emulator and the real bot, let USERS users file at once; the figures and the
    stored cases. bench/e2e.py reports the same run."""
    expected = run_engine(load_dialog(load_settings().dialog), SCRIPT, NOW)
    counts = [len(e.replies) for e in expected]
    assert any("Nomor laporan" in text for text, _ in expected[-1].replies)
    with emulator() as base:
        env = bot_env(tmp_path, base, framework, per_chat=1000, overall=100000)
        proc = subprocess.Popen(
            [sys.executable, str(ROOT / "run_bot.py"), "run"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=(tmp_path / "bot.log").open("w"),
            text=True,
        )
        try:
            figures = asyncio.run(drive(base, counts))
        finally:
            proc.terminate()
            proc.wait(timeout=30)
        bot = Bot(base, env, proc, tmp_path / "bot.log")
        return figures, bot.export()


async def drive(base: str, counts: list[int]) -> dict[str, float]:
    http = httpx.AsyncClient(base_url=base, timeout=30, limits=httpx.Limits(max_connections=50))
    seen: dict[int, list[dict]] = {}
    latencies: list[float] = []
    done = asyncio.Event()
    arrived = asyncio.Condition()

    async def poll() -> None:
        while not done.is_set():
            answer = (await http.post("/control/botMessages", json={"token": TOKEN})).json()
            grouped: dict[int, list[dict]] = {}
            for m in answer["result"]:
                grouped.setdefault(m["chat_id"], []).append(m)
            async with arrived:
                seen.clear()
                seen.update(grouped)
                arrived.notify_all()
            await asyncio.sleep(0.1)

    async def user(uid: int) -> None:
        chat = 900000 + uid
        total = 0
        for step, count in zip(["/start", *SCRIPT], counts, strict=True):
            text = f"Pekerja {uid - 1}" if step == "NAME" else step
            body = {
                "botToken": TOKEN,
                "from": {"id": chat, "is_bot": False, "first_name": "U"},
                "chat": {"id": chat, "type": "private", "first_name": "U"},
                "date": int(time.time()),
                "text": text,
            }
            sent = time.monotonic()
            (await http.post("/sendMessage", json=body)).raise_for_status()
            total += count
            deadline = sent + 120
            async with arrived:
                while len(seen.get(chat, [])) < total:
                    if time.monotonic() > deadline:
                        raise AssertionError(f"user {uid}: waited too long after {text!r}")
                    await asyncio.wait_for(arrived.wait(), 130)
            latencies.append(time.monotonic() - sent)

    poller = asyncio.create_task(poll())
    started = time.monotonic()
    await asyncio.gather(*(user(i + 1) for i in range(USERS)))
    seconds = time.monotonic() - started
    await asyncio.sleep(1.0)  # late duplicates would show up now
    done.set()
    await poller
    final = (await http.post("/control/botMessages", json={"token": TOKEN})).json()["result"]
    await http.aclose()
    per_chat: dict[int, int] = {}
    for m in final:
        per_chat[m["chat_id"]] = per_chat.get(m["chat_id"], 0) + 1
    assert set(per_chat.values()) == {sum(counts)}, "no reply lost or duplicated"
    latencies.sort()
    return {
        "turns": USERS * len(counts),
        "messages": len(final),
        "seconds": seconds,
        "p50": latencies[len(latencies) // 2],
        "p99": latencies[int(len(latencies) * 0.99)],
    }
