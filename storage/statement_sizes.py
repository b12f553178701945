"""Statements of a few lengths only, so that SQLite keeps few of them prepared (issue 18).

The driver keeps each connection's last 128 prepared statements, and a statement with a list of
rows or values is a statement of its own for each length: a crowd of new chats left dozens of
them, up to ~0.3 KB of SQLite's memory a row each (an insert of 500 reporters ~1 MB), ~5-8 MB in
all after bench.memory's first 10,000 conversations, kept for as long as they stay cached.

``padded`` repeats the last value of an ``IN (...)`` list up to the next power of two: the same
rows are found. ``in_powers_of_two`` cuts the rows of an insert into chunks whose lengths are
powers of two, run one after the other in the same trip to SQLite's thread (a trip more for each
chunk cost the writer more than the statements: each waits behind the turns ready in the event
loop; storage/hot_rows.py ``insert_all_returning``). Either way a statement comes in at most ten
lengths."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

#: the longest chunk ``in_powers_of_two`` makes
LONGEST = 256


def padded(values: list[T]) -> list[T]:
    """``values``, its last one repeated up to the next power of two (an empty list as it is)."""
    count = len(values)
    size = 1 << (count - 1).bit_length() if count else 0
    return values + [values[-1]] * (size - count) if size > count else values


def in_powers_of_two(rows: Sequence[T], longest: int = LONGEST) -> Iterator[Sequence[T]]:
    """``rows`` in order, in chunks whose lengths are powers of two, longest first."""
    start = 0
    while start < len(rows):
        left = len(rows) - start
        size = min(longest, 1 << (left.bit_length() - 1))
        yield rows[start : start + size]
        start += size
