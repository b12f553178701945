"""End to end through the Telegram Bot API emulator (npm telegram-test-api, `make emulator`): the real
bot process (run_bot.py, SQLite, long polling) and 200 simulated users filing the long complaint at
once, as tests/e2e/test_load.py does (its run is reused here). Replies per second and reply latency,
with each framework the bot can run on."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.harness import Result, emit

FRAMEWORKS = ("ptb", "aiogram")


def measure(framework: str) -> dict[str, float | int | str]:
    from tests.e2e.test_load import USERS, load

    figures, cases = load(Path(tempfile.mkdtemp()), framework)
    stored = sorted(str(c["worker_name"]) for c in cases)
    return {
        "users": USERS,
        "turns (messages sent by the users)": int(figures["turns"]),
        "replies received": int(figures["messages"]),
        "seconds": round(figures["seconds"], 1),
        "replies/s": round(figures["messages"] / figures["seconds"]),
        "turns/s": round(figures["turns"] / figures["seconds"]),
        "p50 reply latency ms": round(figures["p50"] * 1000),
        "p99 reply latency ms": round(figures["p99"] * 1000),
        "every case stored once": "yes" if stored == sorted(f"Pekerja {i}" for i in range(USERS)) else "NO",
    }


def run() -> list[Result]:
    results = []
    for framework in FRAMEWORKS:
        name = f"End to end through the Bot API emulator, {framework}"
        try:
            figures = measure(framework)
        except RuntimeError as exc:  # the emulator is not installed or did not start
            figures = {"not measured": str(exc)}
        results.append(
            Result(
                name,
                figures,
                note="Loopback only: the emulator (Node), the bot process and the users share the machine's "
                "cores. Latency is from a user's message to the last of its replies arriving; the users see "
                "replies by polling the emulator every 0.1 s (each poll fetches every bot message so far), so "
                "latencies are high by up to 100 ms and the emulator and the polling take much of the CPU: "
                "these figures bound the whole loop, not the bot. Sending limits are raised for the run "
                "(Telegram's own would cap one chat at about one reply a second).",
            )
        )
    return results


if __name__ == "__main__":
    emit(run())
