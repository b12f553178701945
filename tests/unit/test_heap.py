"""The C heap's free pages go back to the system when a crowd of turns has ended (app/heap.py),
and only then: a trickle of turns never pays for it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.heap import CROWD, Crowd

ROOT = Path(__file__).resolve().parents[2]


def test_the_heap_is_given_back_once_when_the_last_turn_of_a_crowd_ends() -> None:
    calls: list[int] = []
    crowd = Crowd(lambda: calls.append(crowd.in_flight))
    for _ in range(CROWD + 50):
        crowd.enter()
    for _ in range(CROWD + 49):
        crowd.leave()
    assert calls == [], "not while turns of the crowd are still in flight"
    crowd.leave()
    assert calls == [0]
    for _ in range(3 * CROWD):  # a trickle afterwards: one turn at a time
        crowd.enter()
        crowd.leave()
    assert calls == [0]


def test_a_trickle_of_turns_never_trims() -> None:
    calls: list[int] = []
    crowd = Crowd(lambda: calls.append(1))
    for _ in range(10):
        for _ in range(CROWD - 1):
            crowd.enter()
        for _ in range(CROWD - 1):
            crowd.leave()
    assert calls == []


PROBE = """
import sys
from app.heap import _TRIM, give_back

def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20

if _TRIM is None:
    sys.exit(3)
blocks = [bytearray(4000) for _ in range(20_000)]  # above pymalloc's 512 bytes: the C heap
kept = blocks[::10]
del blocks
before = rss()
give_back()
after = rss()
print(before, after)
assert before - after > 30, (before, after)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="malloc_trim is glibc's")
def test_freed_memory_inside_the_heap_goes_back_to_the_system() -> None:
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr[-2000:]
