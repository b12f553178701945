"""Sign-in throttling in each process: per address, and overall.

This bounds how fast anyone can try passwords: a flood from one address is refused after
``PER_ADDRESS`` attempts in ``WINDOW``; when failures from everywhere together pass ``OVERALL``
(a spread-out attack), only browsers that signed in before (they carry the mark) are let through
until it calms down. The per-account back-off that follows repeated failures is kept in the
database (storage/accounts.py), so it holds across restarts and workers; these counters are per
process, so N workers allow N times as many (say so in the deployment's sizing).
"""

from __future__ import annotations

import time
from collections import OrderedDict, deque
from dataclasses import dataclass, field

WINDOW = 300.0
PER_ADDRESS = 20
OVERALL = 300
MAX_ADDRESSES = 10_000


@dataclass
class SignInThrottle:
    per_address: int = PER_ADDRESS
    overall: int = OVERALL
    window: float = WINDOW
    _by_address: OrderedDict[str, deque[float]] = field(default_factory=OrderedDict)
    _failures: deque[float] = field(default_factory=deque)

    def _trim(self, times: deque[float], now: float) -> None:
        while times and times[0] <= now - self.window:
            times.popleft()

    def allow(self, address: str, known_browser: bool, now: float | None = None) -> bool:
        """Whether this attempt may go on to the password check; counts it."""
        now = time.monotonic() if now is None else now
        times = self._by_address.get(address)
        if times is None:
            times = self._by_address[address] = deque()
            while len(self._by_address) > MAX_ADDRESSES:
                self._by_address.popitem(last=False)
        self._by_address.move_to_end(address)
        self._trim(times, now)
        if len(times) >= self.per_address and not known_browser:
            return False
        times.append(now)
        self._trim(self._failures, now)
        return known_browser or len(self._failures) < self.overall

    def failed(self, now: float | None = None) -> None:
        self._failures.append(time.monotonic() if now is None else now)
