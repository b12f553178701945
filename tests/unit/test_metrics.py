"""/metrics and /healthz answer, and count turns; no label or value carries personal data."""

from __future__ import annotations

from pathlib import Path

from starlette.testclient import TestClient

from tests.web.conftest import World, make_world
from web.app import create_app


def test_metrics_and_health(tmp_path: Path) -> None:
    world: World = make_world(tmp_path)
    with TestClient(create_app(world.settings), base_url="http://127.0.0.1", client=("127.0.0.1", 50000)) as client:
        assert client.get("/healthz").json() == {"ok": True}
        text = client.get("/metrics").text
    assert "pmi_turns_total" in text and "pmi_turn_seconds_bucket" in text
    assert 'pmi_cases{status="baru"} 1.0' in text and 'pmi_cases{status="diproses"} 1.0' in text
    assert "Siti" not in text and "JKT-2345" not in text


def test_the_bot_counts_without_prometheus_client_until_metrics_are_read() -> None:
    """prometheus_client is imported when /metrics is read, not by the turn's service (issue 18)."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from app import metrics, service\n"
        "assert 'prometheus_client' not in sys.modules, 'imported at start'\n"
        "metrics.TURNS.labels('telegram').inc()\n"
        "metrics.TURN_SECONDS.observe(0.004)\n"
        "text = metrics.exposition().decode()\n"
        "assert 'prometheus_client' in sys.modules\n"
        "assert 'pmi_turns_total{channel=\"telegram\"} 1.0' in text, text\n"
        "assert 'pmi_turn_seconds_bucket{le=\"0.005\"} 1.0' in text, text\n"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", probe], check=True, cwd=root)


def test_the_exposition_is_what_prometheus_client_writes() -> None:
    """Same samples, labels, order and format as prometheus_client's own Counter, Histogram and
    Gauge (the ``*_created`` times aside: each was made at its own moment)."""
    import re

    import prometheus_client as pc

    from app import metrics

    registry = pc.CollectorRegistry()
    families = {
        "counter": pc.Counter("t_turns_total", "Turns", ["channel"], registry=registry),
        "plain": pc.Counter("t_plain_total", "Plain", registry=registry),
        "histogram": pc.Histogram("t_seconds", "Seconds", registry=registry, buckets=(0.001, 0.01, 1, 5)),
        "gauge": pc.Gauge("t_open", "Open", registry=registry),
        "labelled": pc.Gauge("t_cases", "Cases", ["status"], registry=registry),
        "unused": pc.Gauge("t_unused", "Unused", ["status"], registry=registry),
    }
    ours = {
        "counter": metrics.Counter("t_turns", "Turns", ["channel"]),
        "plain": metrics.Counter("t_plain", "Plain"),
        "histogram": metrics.Histogram("t_seconds", "Seconds", buckets=(0.001, 0.01, 1, 5)),
        "gauge": metrics.Gauge("t_open", "Open"),
        "labelled": metrics.Gauge("t_cases", "Cases", ["status"]),
        "unused": metrics.Gauge("t_unused", "Unused", ["status"]),
    }
    try:
        for made in (families, ours):
            made["counter"].labels("telegram").inc()
            made["counter"].labels("whatsapp").inc(2)
            made["plain"].inc()
            for seconds in (0.0005, 0.001, 0.0011, 0.5, 5, 7):
                made["histogram"].observe(seconds)
            made["gauge"].set(3)
            made["labelled"].labels("baru").set(1)
        theirs = pc.generate_latest(registry).decode()
        text = metrics.exposition().decode()
        text = text[text.index("# HELP t_turns") :]
    finally:
        for family in ours.values():
            metrics._FAMILIES.remove(family)

    def timeless(exposition: str) -> str:
        return re.sub(r"(_created(\{[^}]*\})?) \S+", r"\1 T", exposition)

    assert timeless(text) == timeless(theirs)
