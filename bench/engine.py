"""The engine alone: a complaint dialog of 30 turns, stepped in a loop (no storage, no network)."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from bench.harness import Result, emit, median
from bot.config import load_settings
from flows.dialog import load_dialog
from flows.engine import step
from flows.types import Inbound

SCRIPT = [
    "halo",
    "1",
    "setuju",
    "tidak",
    "1",
    "1",
    "1",
    "malaysia",
    "Kuala Lumpur",
    "1",
    "lewati",
    "lewati",
    "2",
    "Siti",
    "perempuan",
    "25",
    "jatim",
    "lewati",
    "lewati",
    "lewati",
    "Gaji tidak dibayar",
    "selesai",
    "lewati",
    "lewati",
    "2",
    "ya",
    "tidak",
    "lewati",
    "lewati",
    "lewati",
    "ya",
    "ya",
]


def run() -> list[Result]:
    dialog = load_dialog(load_settings().dialog)
    now = datetime.now(UTC)
    entropy = bytes(32)
    rounds = []
    filed = 0
    for _ in range(5):
        started = time.perf_counter()
        turns = 0
        for c in range(300):
            state = None
            for i, text in enumerate(SCRIPT):
                turn = step(dialog, state, Inbound("b", str(c), f"{c}:{i}", text=text), now, entropy)
                state = turn.state
                turns += 1
            filed += any(type(e).__name__ == "FileCase" for e in turn.effects)
        rounds.append(turns / (time.perf_counter() - started))
    rate = median(rounds)
    return [
        Result(
            "Engine alone (complaint flow, 32 turns each)",
            {
                "turns/s (median of 5 runs)": round(rate),
                "µs/turn": round(1e6 / rate, 1),
                "dialogs completed": filed,
                "target": "≥ 50,000 turns/s" + ("" if rate >= 50000 else " — NOT reached"),
            },
            note="Includes parsing (rapidfuzz, phonenumbers, pycountry), danger-word and language detection, and "
            "rendering every reply from the catalog (plain substitutions joined directly, messages that depend "
            "only on the dialog's codes remembered: docs/decisions/0003-engine-speed.md).",
        )
    ]


if __name__ == "__main__":
    emit(run())
