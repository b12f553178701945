"""The C heap's free pages given back to the system when a crowd of turns has ended (issue 18).

A crowd (hundreds of turns in flight at once) leaves the C allocator holding the memory its
turns used: objects above 512 bytes (coroutine frames, dict tables), SQLite's work in its
threads. glibc returns the top of its heap by itself but not the free pages inside it;
``malloc_trim(0)`` does (``madvise``). In ``bench.memory`` (100,000 conversations, 2,000 turns
in flight) that is ~5 MB, ~50 bytes of each conversation's share, for ~1 ms once per crowd.
Nothing else changes: the allocator reuses the same pages when the next crowd comes. Without
glibc (musl, macOS) there is no ``malloc_trim`` and nothing is done.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

#: turns in flight at once that make a crowd worth trimming after (a trickle frees little)
CROWD = 200


def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


_TRIM = _malloc_trim()


def give_back() -> None:
    """Return the C heap's free pages to the system (glibc only)."""
    if _TRIM is not None:
        _TRIM(0)


class Crowd:
    """Counts the turns in flight; when the last turn of a crowd ends, gives the heap back."""

    __slots__ = ("give_back", "in_flight", "peak")

    def __init__(self, give_back: Callable[[], None] = give_back) -> None:
        self.in_flight = 0
        self.peak = 0
        self.give_back = give_back

    def enter(self) -> None:
        self.in_flight += 1
        if self.in_flight > self.peak:
            self.peak = self.in_flight

    def leave(self) -> None:
        self.in_flight -= 1
        if not self.in_flight and self.peak >= CROWD:
            self.peak = 0
            self.give_back()
        elif not self.in_flight:
            self.peak = 0
