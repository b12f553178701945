"""End to end through our WhatsApp Cloud API emulator (tests/whatsapp/emulator.py): the real
`run_bot.py serve` (SQLite) and 200 workers filing the long complaint at once by webhook, as
tests/whatsapp/test_load.py does with fewer. Turns per second, webhook latency, and the checks a
user would notice (every case once, every reply once)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.harness import Result, emit

USERS = 200


def run() -> list[Result]:
    from tests.whatsapp.load import load

    result = load(Path(tempfile.mkdtemp()), USERS)
    figures: dict[str, float | int | str] = {
        "users": USERS,
        "turns (webhook POSTs answered)": int(result["turns"]),
        "WhatsApp messages sent": int(result["replies"]),
        "seconds": round(result["seconds"], 1),
        "turns/s": round(result["turns"] / result["seconds"]),
        "messages sent/s": round(result["replies"] / result["seconds"]),
        "p50 webhook latency ms (turn committed, replies sent)": round(result["p50"] * 1000),
        "p99 webhook latency ms": round(result["p99"] * 1000),
        "webhook posts repeated after a dropped connection": int(result["webhook posts repeated"]),
        "every case stored once": "yes" if result["every case stored once"] else "NO",
        "no reply lost or doubled": "yes" if result["no reply lost or doubled"] else "NO",
    }
    return [
        Result(
            "End to end through the WhatsApp Cloud API emulator",
            figures,
            note="Loopback only: the emulator, the 200 users (one process, asyncio) and the bot share the "
            "machine's cores. A webhook POST is answered once its turn is committed and its replies sent "
            "to the emulator, so its latency is the whole loop. Each user sends 32 messages within the "
            "minute, so the flood gate slows the last few of each (by design). Meta's pacing limits are "
            "raised for the run.",
        )
    ]


if __name__ == "__main__":
    emit(run())
