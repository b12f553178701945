"""Flood control: one chat sending hundreds of messages a minute is slowed, then cut off for the
rest of the minute, while every other chat goes on at full speed.

Up to ``soft`` messages a minute pass at once; beyond that each waits a little longer (up to
``max_delay`` seconds) before its turn; beyond ``hard`` the excess is not processed and the chat
gets one kind notice per minute. A flood is a script or a stuck key, not a report: what a person
types at human speed always passes.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

WINDOW = 60.0


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
        #: deque, ~600 bytes)
        self._seen: OrderedDict[str, float | list[float]] = OrderedDict()
        self._notified: dict[str, float] = {}

    def check(self, chat: str) -> Verdict:
        now = self.clock()
        seen = self._seen.get(chat)
        if seen is None:
            self._seen[chat] = now
            count = 1
        else:
            self._seen.move_to_end(chat)
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
        # chats quiet for a whole window are forgotten (oldest first): memory follows the active chats
        while self._seen:
            oldest_chat, oldest = next(iter(self._seen.items()))
            if (oldest[-1] if isinstance(oldest, list) else oldest) > now - WINDOW:
                break
            self._seen.popitem(last=False)
            self._notified.pop(oldest_chat, None)
        if count > self.hard:
            last = self._notified.get(chat, -WINDOW)
            notify = now - last >= WINDOW
            if notify:
                self._notified[chat] = now
            return Verdict(drop=True, notify=notify)
        if count > self.soft:
            return Verdict(delay=min(self.max_delay, (count - self.soft) * 0.25))
        return PASS
