"""A scan of one message's words, done once and kept for the other rules that ask of the same
message: the danger reader's rules each receive the very same word list, so the list itself
(its identity, not its contents) tells the message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class PerMessage(Generic[T]):
    """``scan(words)``, remembered for the last message only (no growth, nothing kept)."""

    def __init__(self, scan: Callable[[list[str]], T]) -> None:
        self._scan = scan
        self._words: list[str] | None = None
        self._found: T | None = None

    def __call__(self, words: list[str]) -> T:
        if self._words is not words or self._found is None:
            self._found = self._scan(words)
            self._words = words
        return self._found
