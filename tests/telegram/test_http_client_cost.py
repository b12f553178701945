"""The HTTP client under python-telegram-bot does not search the disk at every request.

httpcore asks ``import sniffio`` several times a request (which async library is running).
Without the package each ask was a failed import that walked sys.path: ~120 µs, ~0.4 ms a
request, a fifth of the webhook server's CPU (docs/decisions/0014-production-path.md).
"""

from __future__ import annotations

import asyncio
import importlib.abc
import sys
from typing import Any


class Counting(importlib.abc.MetaPathFinder):
    def __init__(self) -> None:
        self.asked: list[str] = []

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> None:
        self.asked.append(fullname)
        return None


def test_httpcore_asks_the_import_system_nothing_per_request() -> None:
    from httpcore._synchronization import current_async_library

    async def ask() -> list[str]:
        current_async_library()  # the first ask may import
        counting = Counting()
        sys.meta_path.insert(0, counting)
        try:
            for _ in range(5):
                assert current_async_library() == "asyncio"
        finally:
            sys.meta_path.remove(counting)
        return counting.asked

    assert asyncio.run(ask()) == []
