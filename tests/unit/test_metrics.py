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
