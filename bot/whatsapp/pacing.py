"""Pacing per sending number. Meta limits each business number's throughput (messages a second
across its chats) and the pair rate to one user of that number: one deployment that serves
several numbers paces each on its own, so a busy number never slows a quiet one."""

from __future__ import annotations

from collections.abc import Callable

from bot.outgoing import RateLimiter


class PerNumber:
    """A RateLimiter per phone_number_id, made on first use by ``make``."""

    def __init__(self, make: Callable[[], RateLimiter]) -> None:
        self.make = make
        self._limiters: dict[str, RateLimiter] = {}

    def __call__(self, phone_number_id: str) -> RateLimiter:
        found = self._limiters.get(phone_number_id)
        if found is None:
            found = self._limiters[phone_number_id] = self.make()
        return found
