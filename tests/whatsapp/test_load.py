"""A bounded load through the emulator (loopback): workers file the long complaint at once
through the real `run_bot.py serve`. Every case is stored once; every user gets exactly the
replies the engine gives, none lost, none twice. No timing is asserted: `make bench` runs the
same with 200 users and prints the figures (bench/whatsapp.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.whatsapp.load import load

pytestmark = pytest.mark.e2e
#: bounded for the suite's time (two shared cores); the benchmark runs 200
USERS = 20


def test_many_workers_file_at_once_and_nothing_is_lost_or_doubled(tmp_path: Path) -> None:
    result = load(tmp_path, USERS)
    assert result["cases"] == USERS
    assert result["every case stored once"], result
    assert result["no reply lost or doubled"], result
    assert result["refused by the emulator"] == 0, "nothing sent outside WhatsApp's limits"
