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
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

WINDOW = 60.0
#: how often the chats quiet for a whole window are forgotten: each is kept up to a quarter of a
#: window longer than it counts, and a sweep walks the chats of the last minute and a quarter
#: (~15 ms for 100,000 on this machine, once every 15 s)
SWEEP = WINDOW / 4
#: message times are kept to the hundredth of a second (a message leaves the window up to 10 ms
#: sooner), so that the chats that wrote within one hundredth share one float object: a crowd of
#: chats with one message each is most of what the gate holds (~24 bytes a chat less, issue 18)
TICKS_PER_SECOND = 100


@dataclass(frozen=True)
class Verdict:
    delay: float = 0.0
    drop: bool = False
    notify: bool = False


#: what nearly every message gets: go on at once
PASS = Verdict()


class FloodGate:
    def __init__(
        self, soft: int = 30, hard: int = 120, max_delay: float = 5.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.soft = soft
        self.hard = hard
        self.max_delay = max_delay
        self.clock = clock
        #: each chat's message times in the window, oldest first: one time alone (a float), or a
        #: list once there are more. Most chats send one message a minute or fewer, and a crowd is
        #: many such chats: a list for each cost ~90 bytes more per chat than the time itself (a
        #: deque, ~600 bytes). A plain dict, swept every ``SWEEP`` seconds: an OrderedDict kept
        #: in the order chats last wrote (to forget the oldest at once) cost ~53 bytes more a chat
        self._seen: dict[str, float | list[float]] = {}
        self._notified: dict[str, float] = {}
        self._swept = clock()
        self._tick = -1.0

    def _now(self) -> float:
        """The clock to the hundredth of a second, as the same object while it reads the same."""
        tick = math.floor(self.clock() * TICKS_PER_SECOND) / TICKS_PER_SECOND
        if tick != self._tick:
            self._tick = tick
        return self._tick

    def check(self, chat: str) -> Verdict:
        now = self._now()
        seen = self._seen.get(chat)
        if seen is None:
            self._seen[chat] = now
            count = 1
        else:
            # a time older than the window no longer counts, swept or not
            times = seen if isinstance(seen, list) else [seen]
            expired = bisect_right(times, now - WINDOW)
            if expired:
                del times[:expired]
            if times:
                times.append(now)
                self._seen[chat] = times
            else:
                self._seen[chat] = now
            count = len(times) or 1
        if now - self._swept >= SWEEP:
            self._sweep(now)
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
        """Forget the chats quiet for a whole window: memory follows the active chats."""
        since = now - WINDOW
        self._seen = {
            chat: seen for chat, seen in self._seen.items() if (seen[-1] if isinstance(seen, list) else seen) > since
        }
        if self._notified:
            self._notified = {chat: at for chat, at in self._notified.items() if chat in self._seen}
        self._swept = now
