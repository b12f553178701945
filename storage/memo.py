"""A bounded memo of a pure function, for the store's keyed hashes (issue 18).

``functools.lru_cache`` keeps, beside each key and value, a node of its recency list and (for a
key that is not a plain ``str`` or ``int``) a wrapper of the call's arguments: ~430 bytes an entry
for a chat's blind index, ~3.5 MB for the store's two caches of 4,096, all of it kept through a
crowd. Here two plain dicts take turns: a value is looked up in the young one, then in the old one
(and moved to the young); when the young one is full it becomes the old one and a new one begins,
so the memo holds between ``size`` / 2 and ``size`` of the values used last, at ~200 bytes an
entry (the key, the value and a dict slot)."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class Memo(Generic[K, V]):
    __slots__ = ("_fn", "_half", "_old", "_young")

    def __init__(self, fn: Callable[[K], V], size: int) -> None:
        self._fn = fn
        self._half = max(1, size // 2)
        self._young: dict[K, V] = {}
        self._old: dict[K, V] = {}

    def __call__(self, key: K) -> V:
        young = self._young
        if key in young:
            return young[key]
        old = self._old
        if key in old:
            value = old[key]
        else:
            value = self._fn(key)
        if len(young) >= self._half:
            self._old = young
            self._young = young = {}
        young[key] = value
        return value

    def __len__(self) -> int:
        return len(self._young) + len(self._old)
