"""The webhook path end to end over real HTTP on loopback, side by side (issue 18, part 2).

- ours: `run_bot.py serve`, which answers Telegram's POST with 200 only after the turn is
  committed (SQLite, group commit) and its replies were handed to the Bot API;
- python-telegram-bot's own webhook server (`Application.run_webhook`) with the in-memory
  ConversationHandler of bench/baselines.py, which answers 200 as soon as the update is queued
  (processing happens after the answer; a crash loses what was queued).

Both run the same six-question dialog (bench/flows, PMI_FLOWS_DIR for ours) and send their
replies to the same local Bot API emulator (tests/e2e/emulator). The load generator is bounded:
CONVERSATIONS conversations, IN_FLIGHT at a time, each conversation's updates in order, each
POST timed from send to answer. Run: `python -m bench.webhook` (part of `make bench`).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench.baselines import FLOWS_DIR, answers
from bench.harness import Result, emit, percentile

ROOT = Path(__file__).resolve().parent.parent
CONVERSATIONS = 300
IN_FLIGHT = 50
SECRET = "a-long-random-secret-for-the-bench"
PATH = "/telegram/webhook"


def update(c: int, i: int, text: str) -> dict[str, Any]:
    chat = 700_000 + c
    message: dict[str, Any] = {
        "message_id": i + 1,
        "date": int(time.time()),
        "text": text,
        "chat": {"id": chat, "type": "private", "first_name": "Siti"},
        "from": {"id": chat, "is_bot": False, "first_name": "Siti"},
    }
    if text.startswith("/"):
        # as Telegram sends a command: without this entity python-telegram-bot's CommandHandler
        # never matched "/start", so until 2026-12-06 its server here answered every update
        # without starting a single conversation or sending a single reply
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text)}]
    return {"update_id": c * 10 + i + 1, "message": message}


async def replies_sent(api: str, expected: int, started: float, patience: float = 600.0) -> float | None:
    """Seconds from ``started`` until the emulator has taken ``expected`` sendMessage calls."""
    async with httpx.AsyncClient(base_url=api, timeout=30) as http:
        while time.perf_counter() - started < patience:
            control = (await http.post("/control/botMessages", json={"token": "-"})).json()
            if int(control.get("sent", 0)) >= expected:
                return time.perf_counter() - started
            await asyncio.sleep(0.05)
    return None


async def drive(url: str, api: str) -> dict[str, Any]:
    """Post every conversation's updates in order, IN_FLIGHT conversations at a time."""
    latencies: list[float] = []
    failed = resent = 0
    gate = asyncio.Semaphore(IN_FLIGHT)
    limits = httpx.Limits(max_connections=IN_FLIGHT, max_keepalive_connections=IN_FLIGHT)
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as http:

        async def conversation(c: int) -> None:
            nonlocal failed, resent
            async with gate:
                for i, text in enumerate(answers(c)):
                    started = time.perf_counter()
                    for attempt in range(3):
                        try:
                            response = await http.post(PATH, json=update(c, i, text), headers=headers)
                            break
                        except (httpx.ReadError, httpx.RemoteProtocolError):
                            # the server closed a kept-alive connection as it was reused (its idle
                            # timeout, under load): Telegram delivers such an update again, so do we
                            if attempt == 2:
                                raise
                            resent += 1
                    latencies.append(time.perf_counter() - started)
                    failed += response.status_code != 200

        started = time.perf_counter()
        await asyncio.gather(*(conversation(c) for c in range(CONVERSATIONS)))
        seconds = time.perf_counter() - started
    # python-telegram-bot answers before it processes: the updates/s above stop the clock at
    # the last answer, not when the last reply went out. Wait for the replies to reach the Bot
    # API too (every update gets at least one), and give that rate beside it
    replied = await replies_sent(api, len(latencies), started)
    return {
        "updates/s until every reply reached the Bot API": round(len(latencies) / replied) if replied else "not all",
        "updates": len(latencies),
        "seconds": round(seconds, 2),
        "updates/s": round(len(latencies) / seconds),
        "p50 ms": round(percentile(latencies, 0.5) * 1000, 1),
        "p99 ms": round(percentile(latencies, 0.99) * 1000, 1),
        "not 200": failed,
        "sent again (connection closed while reused)": resent,
    }


def wait_up(url: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    for _ in range(600):
        if proc.poll() is not None:
            raise RuntimeError(log.read_text()[-2000:])
        try:
            httpx.post(f"{url}{PATH}", json={}, timeout=1)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise RuntimeError("the server did not come up: " + log.read_text()[-2000:])


def serve(cmd: list[str], env: dict[str, str], port: int, folder: Path, api: str) -> dict[str, Any]:
    log = folder / "server.log"
    with log.open("w") as handle:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_up(url, proc, log)
        return asyncio.run(drive(url, api))
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()


def ours(base: str, folder: Path) -> dict[str, Any]:
    from tests.e2e.test_telegram import bot_env
    from tests.e2e.tgclient import free_port

    env = bot_env(folder, base, "ptb", per_chat=10**6, overall=10**6)
    env.update(WEBHOOK_SECRET=SECRET, PMI_FLOWS_DIR=str(FLOWS_DIR))
    port = free_port()
    return serve([sys.executable, str(ROOT / "run_bot.py"), "serve", "--port", str(port)], env, port, folder, base)


def ptb(base: str, folder: Path) -> dict[str, Any]:
    from tests.e2e.tgclient import free_port

    port = free_port()
    env = {**os.environ, "BENCH_API": base}
    return serve([sys.executable, "-m", "bench.webhook", "ptb-server", str(port)], env, port, folder, base)


def ptb_server(port: int) -> None:
    """python-telegram-bot's webhook server with the ConversationHandler, as its examples run it."""
    from telegram import Update
    from telegram.ext import Application

    from bench.baselines import TOKEN, ptb_conversation

    base = os.environ["BENCH_API"]
    application = Application.builder().token(TOKEN).base_url(f"{base}/bot").base_file_url(f"{base}/file/bot").build()
    application.add_handler(ptb_conversation(False))
    application.run_webhook(
        listen="127.0.0.1",
        port=port,
        url_path=PATH.lstrip("/"),
        secret_token=SECRET,
        webhook_url=f"http://127.0.0.1:{port}{PATH}",
        allowed_updates=Update.ALL_TYPES,
    )


def run() -> list[Result]:
    from tests.e2e.tgclient import emulator

    rows: dict[str, dict[str, Any]] = {}
    for name, measure in (("ours, run_bot.py serve", ours), ("python-telegram-bot run_webhook", ptb)):
        with emulator() as base, tempfile.TemporaryDirectory() as folder:
            rows[name] = measure(base, Path(folder))
    figures: dict[str, Any] = {}
    for name, got in rows.items():
        figures |= {f"{name} — {k}": v for k, v in got.items()}
    a, b = rows["ours, run_bot.py serve"]["updates/s"], rows["python-telegram-bot run_webhook"]["updates/s"]
    figures["ours ÷ python-telegram-bot (updates/s)"] = f"{a / b:.2f}×" if b else "not measured"
    done = "updates/s until every reply reached the Bot API"
    a, b = rows["ours, run_bot.py serve"][done], rows["python-telegram-bot run_webhook"][done]
    if isinstance(a, int | float) and isinstance(b, int | float) and b:
        figures["ours ÷ python-telegram-bot (updates/s until every reply reached the Bot API)"] = f"{a / b:.2f}×"
    note = (
        f"{CONVERSATIONS} conversations × 7 updates (/start and six answers), {IN_FLIGHT} in flight, each "
        "conversation's updates in order, real HTTP on loopback; both send their replies to the local Bot API "
        "emulator. Ours answers 200 only after the turn is committed and its replies handed to the Bot API; "
        "python-telegram-bot's server answers as soon as the update is queued, so its latency does not "
        "include the turn, and a crash loses what was queued; its updates/s stop the clock at the last answer, "
        "while replies may still be going out: 'until every reply reached the Bot API' stops it when the "
        "emulator has taken one sendMessage per update (ours sends before it answers, so both figures are close)."
    )
    return [Result("Webhook path over HTTP on loopback, six-question dialog", figures, note=note)]


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "ptb-server":
        ptb_server(int(sys.argv[2]))
    else:
        emit(run())
