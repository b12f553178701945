"""Prometheus metrics (/metrics): turns, turn latency, send retries, errors, and, read from the
database at scrape time, open conversations and cases by status. No label carries personal data."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import cast

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from sqlalchemy import Table, func, select

REGISTRY = CollectorRegistry()
TURNS = Counter("pmi_turns_total", "Turns committed", ["channel"], registry=REGISTRY)
DUPLICATES = Counter("pmi_duplicate_updates_total", "Redelivered updates recognised", registry=REGISTRY)
TURN_SECONDS = Histogram(
    "pmi_turn_seconds",
    "One turn: lock, engine, commit",
    registry=REGISTRY,
    buckets=(0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
)
SEND_RETRIES = Counter("pmi_send_retries_total", "Sends Telegram asked to retry (429)", registry=REGISTRY)
ERRORS = Counter("pmi_errors_total", "Errors by kind", ["kind"], registry=REGISTRY)
OPEN_CONVERSATIONS = Gauge("pmi_open_conversations", "Conversations active in the last 24 hours", registry=REGISTRY)
CASES = Gauge("pmi_cases", "Cases by status", ["status"], registry=REGISTRY)


async def refresh_from_database(store: object) -> None:
    from storage.models import CASE_STATUSES, Case, Conversation
    from storage.sql_store import SqlStore

    assert isinstance(store, SqlStore)
    cases = cast(Table, Case.__table__)
    conversations = cast(Table, Conversation.__table__)
    since = datetime.now(UTC) - timedelta(hours=24)
    async with store.engine.connect() as conn:
        counts: dict[str, int] = dict(
            (await conn.execute(select(cases.c.status, func.count()).group_by(cases.c.status))).all()
        )
        open_now = (await conn.execute(select(func.count()).where(conversations.c.updated_at >= since))).scalar()
    for status in CASE_STATUSES:
        CASES.labels(status).set(counts.get(status, 0))
    OPEN_CONVERSATIONS.set(int(open_now or 0))


def exposition() -> bytes:
    return bytes(generate_latest(REGISTRY))
