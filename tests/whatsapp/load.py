"""Many workers file at once through the Cloud API emulator and the real `run_bot.py serve`.

Each user sends the long complaint (tests/e2e/test_load.py's script) one message at a time, as
a person does: the next only once the webhook answered, which it does after the turn is
committed and its replies sent. Returns the figures and whether everything arrived exactly once;
tests/whatsapp/test_load.py checks it, bench/whatsapp.py prints it.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import httpx

from app.config import load_settings
from bot.whatsapp.render import reply_payloads
from flows.dialog import load_dialog
from flows.types import Option, Reply
from tests.e2e.test_load import SCRIPT
from tests.support.transcript import run_engine
from tests.transcripts.test_transcripts import NOW
from tests.whatsapp.conftest import serve
from tests.whatsapp.emulator import APP_SECRET, NUMBER, CloudApi, sign


def expected_counts() -> list[int]:
    """How many WhatsApp messages each step of the script brings (a reply may be several)."""
    counts = []
    for exchange in run_engine(load_dialog(load_settings().dialog), SCRIPT, NOW):
        replies = [Reply(t, tuple(Option(x, x, x) for x in labels)) for t, labels in exchange.replies]
        counts.append(sum(len(reply_payloads(r)) for r in replies))
    return counts


async def drive(api: CloudApi, users: int) -> dict[str, float]:
    latencies: list[float] = []
    retries: list[int] = []
    http = httpx.AsyncClient(timeout=120, limits=httpx.Limits(max_connections=100))

    async def user(n: int) -> None:
        wa_id = f"62857{n:07d}"
        for step in ["/start", *SCRIPT]:
            text = f"Pekerja {n}" if step == "NAME" else step
            raw = json.dumps(api.envelope([(NUMBER, api.message(wa_id, "text", {"body": text}))])).encode()
            sent = time.monotonic()
            for attempt in range(5):
                try:
                    response = await http.post(
                        api.webhook_url, content=raw, headers={"X-Hub-Signature-256": sign(APP_SECRET, raw)}
                    )
                except httpx.TransportError:
                    # a kept-alive connection the server just closed: Meta posts again, so do we
                    # (the message id is the same: it is answered once)
                    retries.append(attempt)
                    continue
                response.raise_for_status()
                break
            else:
                raise AssertionError("the webhook did not answer five times")
            latencies.append(time.monotonic() - sent)

    started = time.monotonic()
    try:
        await asyncio.gather(*(user(n) for n in range(users)))
    finally:
        await http.aclose()
    seconds = time.monotonic() - started
    latencies.sort()
    return {
        "seconds": seconds,
        "turns": float(len(latencies)),
        "webhook posts repeated": float(len(retries)),
        "p50": latencies[len(latencies) // 2],
        "p99": latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
    }


def load(tmp_path: Path, users: int) -> dict[str, Any]:
    """Figures, and what a user would notice: cases stored, replies lost or doubled."""
    counts = expected_counts()
    with serve(tmp_path) as served:
        figures = drive_sync(served.api, users)
        # a reply that met a slow or throttled API past its retries waits in the outbox for a later
        # try (never dropped): on a loaded machine it arrives after the last webhook answered
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with served.db() as conn:
                waiting = conn.execute(
                    "SELECT count(*) FROM outbox WHERE kind = 'reply_retry' AND done_at IS NULL"
                ).fetchone()[0]
            if not waiting:
                break
            time.sleep(0.5)
        figures["replies still waiting in the outbox"] = float(waiting)
        with served.db() as conn:
            names = [n for (n,) in conn.execute("SELECT count(*) FROM cases")]
        exported = json.loads(served.cli("cases", "export"))
        per_user = [len(served.api.to(f"62857{n:07d}")) for n in range(users)]
        refused = len(served.api.refused)
    stored = sorted(str(c.get("worker_name")) for c in exported)
    return {
        **figures,
        "replies": float(sum(per_user)),
        "cases": names[0],
        "every case stored once": stored == sorted(f"Pekerja {n}" for n in range(users)),
        "no reply lost or doubled": all(got == sum(counts) for got in per_user),
        "refused by the emulator": refused,
    }


def drive_sync(api: CloudApi, users: int) -> dict[str, float]:
    return asyncio.run(drive(api, users))
