"""Prometheus metrics (/metrics): turns, turn latency, send retries, errors, and, read from the
database at scrape time, open conversations and cases by status. No label carries personal data.

The metrics count in plain Python objects; ``prometheus_client`` is imported only when /metrics
is read (``exposition``), which writes the very samples its ``Counter``, ``Histogram`` and
``Gauge`` would (``*_total`` and ``*_created``, cumulative ``*_bucket``, ``*_count``, ``*_sum``).
A bot that nobody scrapes (polling, the console) never loads it: ~1.5 MB resident and ~40
modules besides what the bot imports anyway (issue 18's idle memory)."""

from __future__ import annotations

import os
import threading
import time
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from prometheus_client.metrics_core import Metric

#: as prometheus_client decides whether to write ``*_created`` series
_CREATED = os.environ.get("PROMETHEUS_DISABLE_CREATED_SERIES", "False").lower() not in ("true", "1", "t")


class _Family:
    """A metric and its labelled children (``labels``); without label names it is its own child."""

    kind = ""

    def __init__(self, name: str, documentation: str, labelnames: Sequence[str] = ()) -> None:
        self.name = name
        self.documentation = documentation
        self.labelnames = tuple(labelnames)
        self._lock = threading.Lock()
        self._children: dict[tuple[str, ...], Any] = {}
        if not self.labelnames:
            self._children[()] = self._new_child()
        _FAMILIES.append(self)

    def _new_child(self) -> Any:
        raise NotImplementedError

    def labels(self, *values: str) -> Any:
        if len(values) != len(self.labelnames):
            raise ValueError(f"{self.name} takes labels {self.labelnames}")
        key = tuple(str(v) for v in values)
        child = self._children.get(key)
        if child is None:
            with self._lock:
                child = self._children.setdefault(key, self._new_child())
        return child

    def _only(self) -> Any:
        if self.labelnames:
            raise ValueError(f"{self.name} has labels: use .labels(...)")
        return self._children[()]

    def _samples(self, child: Any) -> Iterator[tuple[str, dict[str, str], float]]:
        raise NotImplementedError

    def collect(self) -> Metric:
        from prometheus_client.metrics_core import Metric

        metric = Metric(self.name, self.documentation, self.kind)
        for key, child in list(self._children.items()):
            labels = dict(zip(self.labelnames, key, strict=True))
            for suffix, extra, value in self._samples(child):
                metric.add_sample(self.name + suffix, {**labels, **extra}, value)
        return metric


class _CounterValue:
    __slots__ = ("_lock", "created", "value")

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.value = 0.0
        self.created = time.time()

    def inc(self, amount: float = 1.0) -> None:
        if amount < 0:
            raise ValueError("a counter can only go up")
        with self._lock:
            self.value += amount


class Counter(_Family):
    kind = "counter"

    def _new_child(self) -> _CounterValue:
        return _CounterValue()

    def inc(self, amount: float = 1.0) -> None:
        self._only().inc(amount)

    def _samples(self, child: _CounterValue) -> Iterator[tuple[str, dict[str, str], float]]:
        yield "_total", {}, child.value
        if _CREATED:
            yield "_created", {}, child.created


class _GaugeValue:
    __slots__ = ("value",)

    def __init__(self) -> None:
        self.value = 0.0

    def set(self, value: float) -> None:
        self.value = float(value)


class Gauge(_Family):
    kind = "gauge"

    def _new_child(self) -> _GaugeValue:
        return _GaugeValue()

    def set(self, value: float) -> None:
        self._only().set(value)

    def _samples(self, child: _GaugeValue) -> Iterator[tuple[str, dict[str, str], float]]:
        yield "", {}, child.value


class _HistogramValue:
    __slots__ = ("_bounds", "_lock", "counts", "created", "sum")

    def __init__(self, bounds: tuple[float, ...]) -> None:
        self._bounds = bounds
        self._lock = threading.Lock()
        self.counts = [0.0] * len(bounds)
        self.sum = 0.0
        self.created = time.time()

    def observe(self, amount: float) -> None:
        # the first bucket whose bound is at least the amount, as prometheus_client counts
        i = bisect_left(self._bounds, amount)
        with self._lock:
            self.sum += amount
            self.counts[min(i, len(self.counts) - 1)] += 1


class Histogram(_Family):
    kind = "histogram"

    def __init__(self, name: str, documentation: str, buckets: Sequence[float], labelnames: Sequence[str] = ()) -> None:
        bounds = [float(b) for b in buckets]
        if bounds[-1] != float("inf"):
            bounds.append(float("inf"))
        self.bounds = tuple(bounds)
        super().__init__(name, documentation, labelnames)

    def _new_child(self) -> _HistogramValue:
        return _HistogramValue(self.bounds)

    def observe(self, amount: float) -> None:
        self._only().observe(amount)

    def _samples(self, child: _HistogramValue) -> Iterator[tuple[str, dict[str, str], float]]:
        from prometheus_client.utils import floatToGoString

        total = 0.0
        for bound, count in zip(self.bounds, child.counts, strict=True):
            total += count
            yield "_bucket", {"le": floatToGoString(bound)}, total
        yield "_count", {}, total
        if self.bounds[0] >= 0:
            yield "_sum", {}, child.sum
        if _CREATED:
            yield "_created", {}, child.created


#: every metric, in the order /metrics lists them
_FAMILIES: list[_Family] = []

TURNS = Counter("pmi_turns", "Turns committed", ["channel"])
DUPLICATES = Counter("pmi_duplicate_updates", "Redelivered updates recognised")
TURN_SECONDS = Histogram(
    "pmi_turn_seconds",
    "One turn: lock, engine, commit",
    buckets=(0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
SEND_RETRIES = Counter("pmi_send_retries", "Sends Telegram asked to retry (429)")
ERRORS = Counter("pmi_errors", "Errors by kind", ["kind"])
OPEN_CONVERSATIONS = Gauge("pmi_open_conversations", "Conversations active in the last 24 hours")
CASES = Gauge("pmi_cases", "Cases by status", ["status"])


async def refresh_from_database(store: object) -> None:
    from sqlalchemy import func, select

    from storage.models import CASE_STATUSES, cases, conversations
    from storage.sql_store import SqlStore

    assert isinstance(store, SqlStore)
    since = datetime.now(UTC) - timedelta(hours=24)
    async with store.engine.connect() as conn:
        counts: dict[str, int] = dict(
            (await conn.execute(select(cases.c.status, func.count()).group_by(cases.c.status))).all()
        )
        open_now = (await conn.execute(select(func.count()).where(conversations.c.updated_at >= since))).scalar()
    for status in CASE_STATUSES:
        CASES.labels(status).set(counts.get(status, 0))
    OPEN_CONVERSATIONS.set(int(open_now or 0))


class _Collector:
    def collect(self) -> list[Metric]:
        return [family.collect() for family in _FAMILIES]


def exposition() -> bytes:
    """The text format 0.0.4, as prometheus_client writes its own metrics."""
    from prometheus_client import CollectorRegistry, generate_latest

    registry = CollectorRegistry(auto_describe=False)
    registry.register(_Collector())
    return bytes(generate_latest(registry))
