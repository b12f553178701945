"""Flood control: one chat sending hundreds of messages a minute is slowed, then cut off for the
rest of the minute, while every other chat goes on at full speed.

Up to ``soft`` messages a minute pass at once; beyond that each waits a little longer (up to
``max_delay`` seconds) before its turn; beyond ``hard`` the excess is not processed and the chat
gets one kind notice per minute. A flood is a script or a stuck key, not a report: what a person
types at human speed always passes.
"""

from __future__ import annotations

import math
import time
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass

WINDOW = 60.0
#: how often the chats quiet for a whole window are forgotten: each is kept up to a quarter of a
#: window longer than it counts. A sweep drops the quarters of a minute ago whole and walks only
#: the chats with more than one message (it walked every chat of the last minute and a quarter:
#: ~15 ms for 100,000 on this machine)
SWEEP = WINDOW / 4
#: message times are kept to the hundredth of a second (a message leaves the window up to 10 ms
#: sooner): a whole number of hundredths fits a slot of a flat array, and the chats of a list that
#: wrote within one hundredth share one float object (issue 18)
TICKS_PER_SECOND = 100
#: a slot of a ``_Quarter`` never used, and one left by a chat that wrote again (``hash()`` never
#: returns -1, and a hash of 0 is stored as 1)
_EMPTY = 0
_LEFT = -1
#: a quarter's table is made larger when more than two thirds of its slots are taken
_SMALLEST = 64
#: a quarter holds times up to this many hundredths after it began (its slots are 16 bits; it
#: takes new chats for a quarter of a minute, 1,500: a clock that jumps begins a new one)
_LONGEST = 1 << 16


@dataclass(frozen=True)
class Verdict:
    delay: float = 0.0
    drop: bool = False
    notify: bool = False


#: what nearly every message gets: go on at once
PASS = Verdict()


class _Quarter:
    """The chats whose one message in the window came in one quarter of a minute: each chat's
    key as its 64-bit hash and the message's time in hundredths of a second after the quarter
    began, in two flat arrays (open addressing). 10 bytes a slot, ~25 a chat, where a dict of the
    key's text to its time held ~100 (issue 18). Two chats whose keys have the same 64-bit hash (about one chance in
    10**19 for two given chats) would share a count: one message more for each, which the gate's
    limits (30 and 120 a minute) do not notice."""

    __slots__ = ("began", "filled", "hashes", "live", "newest", "ticks")

    def __init__(self, began: int, size: int = _SMALLEST) -> None:
        self.began = began  # in hundredths of a second
        self.hashes = array("q", bytes(8 * size))
        self.ticks = array("H", bytes(2 * size))  # hundredths after ``began``: a quarter is 1,500
        self.filled = 0  # slots not empty: chats here and chats that left
        self.live = 0
        self.newest = -1  # the latest time stored here, in hundredths

    def take(self, key: int) -> int | None:
        """The time stored for ``key``, which leaves the table; None when it is not here."""
        hashes = self.hashes
        mask = len(hashes) - 1
        i = key & mask
        while True:
            found = hashes[i]
            if found == key:
                hashes[i] = _LEFT
                self.live -= 1
                return self.began + self.ticks[i]
            if found == _EMPTY:
                return None
            i = (i + 1) & mask

    def fits(self, tick: int) -> bool:
        return 0 <= tick - self.began < _LONGEST

    def put(self, key: int, tick: int) -> None:
        """Store a chat that is in no quarter (``take`` found it nowhere), at a time that ``fits``."""
        if 3 * (self.filled + 1) > 2 * len(self.hashes):
            self._rebuild()
        hashes = self.hashes
        mask = len(hashes) - 1
        i = key & mask
        while True:
            found = hashes[i]
            if found == _EMPTY:
                self.filled += 1
                break
            if found == _LEFT:
                break
            i = (i + 1) & mask
        hashes[i] = key
        self.ticks[i] = tick - self.began
        self.live += 1
        if tick > self.newest:
            self.newest = tick

    def _rebuild(self) -> None:
        """The chats still here, in a table with at most half of its slots taken."""
        size = _SMALLEST
        while size < 2 * (self.live + 1):
            size *= 2
        kept = list(self)
        self.hashes = array("q", bytes(8 * size))
        self.ticks = array("H", bytes(2 * size))
        self.filled = self.live = 0
        for k, t in kept:
            self.put(k, t)

    def __len__(self) -> int:
        return self.live

    def __iter__(self) -> Iterator[tuple[int, int]]:
        began = self.began
        return ((k, began + t) for k, t in zip(self.hashes, self.ticks, strict=True) if k != _EMPTY and k != _LEFT)


def _hash(chat: str) -> int:
    return hash(chat) or 1


class FloodGate:
    def __init__(
        self, soft: int = 30, hard: int = 120, max_delay: float = 5.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.soft = soft
        self.hard = hard
        self.max_delay = max_delay
        self.clock = clock
        #: the chats with one message in the window, in the quarter of a minute it came: most chats
        #: send one message a minute or fewer, and a crowd is many such chats. Newest last; a new
        #: quarter is begun every ``SWEEP`` seconds, and one whose every time has left the window
        #: is dropped whole (issue 18: a dict of the chat's text to its time, swept, held ~100
        #: bytes a chat, an OrderedDict in the order chats last wrote ~53 more)
        self._quarters: list[_Quarter] = []
        #: the chats with more than one message in the window: their times, oldest first (rare:
        #: a person types a few messages a minute; a flood is one of these)
        self._many: dict[str, list[float]] = {}
        self._notified: dict[str, float] = {}
        self._swept = -math.inf  # the first check begins the first quarter
        self._tick = -1.0
        self._ticks = -1

    def _now(self) -> float:
        """The clock to the hundredth of a second, as the same object while it reads the same."""
        ticks = math.floor(self.clock() * TICKS_PER_SECOND)
        if ticks != self._ticks:
            self._ticks = ticks
            self._tick = ticks / TICKS_PER_SECOND
        return self._tick

    def check(self, chat: str) -> Verdict:
        now = self._now()
        if now - self._swept >= SWEEP:
            self._sweep(now)
        times = self._many.get(chat)
        if times is None:
            key = _hash(chat)
            for quarter in self._quarters:
                tick = quarter.take(key)
                if tick is not None:
                    then = tick / TICKS_PER_SECOND
                    # a time older than the window no longer counts, forgotten or not
                    times = [then] if then > now - WINDOW else None
                    break
            if times is None:
                self._store(key)
                return self._verdict(chat, now, 1)
            times.append(now)
            self._many[chat] = times
            return self._verdict(chat, now, 2)
        expired = bisect_right(times, now - WINDOW)
        if expired:
            del times[:expired]
        if not times:
            del self._many[chat]
            self._store(_hash(chat))
            return self._verdict(chat, now, 1)
        times.append(now)
        return self._verdict(chat, now, len(times))

    def _store(self, key: int) -> None:
        """A chat's one message in the window, now, in the newest quarter."""
        newest = self._quarters[-1]
        if not newest.fits(self._ticks):  # the clock went back, or jumped (a test's clock)
            newest = _Quarter(self._ticks)
            self._quarters.append(newest)
        newest.put(key, self._ticks)

    def _verdict(self, chat: str, now: float, count: int) -> Verdict:
        if count > self.hard:
            last = self._notified.get(chat, -WINDOW)
            notify = now - last >= WINDOW
            if notify:
                self._notified[chat] = now
            return Verdict(drop=True, notify=notify)
        if count > self.soft:
            return Verdict(delay=min(self.max_delay, (count - self.soft) * 0.25))
        return PASS

    def _sweep(self, now: float) -> None:
        """Forget the chats quiet for a whole window: memory follows the active chats. A new
        quarter begins; the quarters whose latest time has left the window go whole."""
        since = now - WINDOW
        self._quarters = [q for q in self._quarters if q.newest / TICKS_PER_SECOND > since and len(q)]
        self._quarters.append(_Quarter(self._ticks))
        self._many = {chat: times for chat, times in self._many.items() if times[-1] > since}
        if self._notified:
            self._notified = {chat: at for chat, at in self._notified.items() if chat in self._many}
        self._swept = now

    def remembered(self) -> int:
        """How many chats the gate remembers."""
        return sum(len(q) for q in self._quarters) + len(self._many)

    def times(self, chat: str) -> list[float]:
        """The times the gate holds for a chat, oldest first (those of the window, and any older
        not yet forgotten)."""
        found = self._many.get(chat)
        if found is not None:
            return list(found)
        key = _hash(chat)
        return [t / TICKS_PER_SECOND for q in self._quarters for k, t in q if k == key]
