"""What every channel needs to send: long texts split at a paragraph, a line or a word (never
inside a character; lengths counted in UTF-16 code units, as Telegram and WhatsApp count them),
and a limiter that waits, never drops, to stay under a global and a per-chat rate."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int) -> list[str]:
    # a character is at most two UTF-16 code units: nearly every reply fits without counting
    if 2 * len(text) <= limit or utf16_len(text) <= limit:
        return [text]
    parts: list[str] = []
    rest = text
    while utf16_len(rest) > limit:
        # the longest prefix that fits, in characters
        low, high = 0, len(rest)
        while low < high:
            mid = (low + high + 1) // 2
            if utf16_len(rest[:mid]) <= limit:
                low = mid
            else:
                high = mid - 1
        window = rest[:low]
        cut = max(window.rfind("\n\n"), -1)
        for sep in ("\n\n", "\n", " "):
            at = window.rfind(sep)
            if at > low // 2:
                cut = at
                break
        else:
            cut = low
        parts.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        parts.append(rest)
    return [p for p in parts if p]


class RateLimiter:
    """Waits (never drops) to stay under a global rate and a per-chat rate with a small burst."""

    def __init__(
        self,
        per_second: float = 30.0,
        per_chat: float = 1.0,
        chat_burst: int = 3,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.interval = 1.0 / per_second
        self.chat_interval = 1.0 / per_chat
        self.chat_burst = chat_burst
        self.clock = clock
        self._next_global = 0.0
        self._chat_tokens: dict[str, tuple[float, float]] = {}

    def reserve(self, chat_id: str) -> float:
        """Book a slot; return how long to wait before using it (token bucket per chat)."""
        now = self.clock()
        tokens, last = self._chat_tokens.get(chat_id, (float(self.chat_burst), now))
        tokens = min(float(self.chat_burst), tokens + (now - last) / self.chat_interval)
        if tokens >= 1:
            ready, tokens, last = now, tokens - 1, now
        else:
            ready = now + (1 - tokens) * self.chat_interval
            tokens, last = 0.0, ready
        self._chat_tokens[chat_id] = (tokens, last)
        start = max(ready, self._next_global)
        self._next_global = start + self.interval
        if len(self._chat_tokens) > 50_000:
            cutoff = now - 60
            self._chat_tokens = {k: v for k, v in self._chat_tokens.items() if v[1] > cutoff}
        return max(0.0, start - now)

    async def wait(self, chat_id: str) -> None:
        # no lock: booking a slot never awaits, so no other task can book between its steps
        delay = self.reserve(chat_id)
        if delay > 0:
            await asyncio.sleep(delay)
