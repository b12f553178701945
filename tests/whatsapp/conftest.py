"""The real channel process (`run_bot.py serve`) talking HTTP to the Cloud API emulator."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.e2e.tgclient import free_port
from tests.support.serve import serving
from tests.transcripts.test_transcripts import ROOT
from tests.whatsapp.emulator import APP_SECRET, NUMBER, TOKEN, VERIFY_TOKEN, CloudApi, Phone, running

#: a second number of the same deployment (routing by phone_number_id)
SECOND = "1234567899"


@dataclass
class Served:
    api: CloudApi
    url: str
    env: dict[str, str]
    data: Path
    log: Path

    def db(self) -> sqlite3.Connection:
        return sqlite3.connect(self.data / "pmi.db")

    def count(self, table: str) -> int:
        with self.db() as conn:
            return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def cli(self, *args: str) -> str:
        proc = subprocess.run(
            [sys.executable, str(ROOT / "run_bot.py"), *args],
            capture_output=True,
            text=True,
            env=self.env,
            cwd=ROOT,
            timeout=60,
            check=False,
        )
        assert proc.returncode == 0, proc.stderr
        return proc.stdout


def serve_env(tmp_path: Path, api_url: str, max_mb: int = 20) -> dict[str, str]:
    """Meta's limits are not the emulator's: pacing is raised and back-off shortened so the tests
    run fast (the limiter and back-off are tested on their own)."""
    config = (ROOT / "config.yaml").read_text()
    config = config.replace("send_per_user_per_second: 0.17", "send_per_user_per_second: 100")
    config = config.replace("send_rate_per_second: 80", "send_rate_per_second: 1000")
    config = config.replace(
        "send_retries: 5             # a throttled",
        "retry_base_seconds: 0.05\n  send_retries: 5             # a throttled",
    )
    config = config.replace("max_attachment_mb: 20", f"max_attachment_mb: {max_mb}")
    (tmp_path / "config.yaml").write_text(config)
    env = {
        k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "PMI_MASTER_KEYS", "PMI_KEY_FILE", "BOT_TOKEN")
    }
    env.update(
        {
            "PMI_DATA_DIR": str(tmp_path),
            "PMI_CONFIG": str(tmp_path / "config.yaml"),
            "WHATSAPP_TOKEN": TOKEN,
            "WHATSAPP_APP_SECRET": APP_SECRET,
            "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
            "WHATSAPP_PHONE_NUMBER_ID": f"{NUMBER},{SECOND}",
            "WHATSAPP_API_BASE_URL": api_url,
        }
    )
    return env


@contextmanager
def serve(tmp_path: Path, max_mb: int = 20) -> Iterator[Served]:
    """The emulator, then `run_bot.py serve` on SQLite in tmp_path, its webhook given to Meta."""
    with running() as api:
        env = serve_env(tmp_path, api.base_url, max_mb)
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        api.webhook_url = f"{url}/whatsapp/webhook"
        log = tmp_path / "serve.log"
        # a new database is migrated at start-up: ~7 s on a busy 2-core machine from the Python source
        with serving(env, tmp_path, port=port, patience=60):
            yield Served(api, url, env, tmp_path, log)
        assert "Traceback" not in log.read_text(), log.read_text()[-3000:]


@pytest.fixture(scope="session")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """One bot process for these tests (each talks from phones of its own): starting one
    costs seconds, and the suite's time is shared. Evidence is capped at 1 MB here."""
    with serve(tmp_path_factory.mktemp("whatsapp"), max_mb=1) as running_bot:
        yield running_bot


def file_case(served: Served, phone: Phone) -> str:
    """A family member files a report through WhatsApp; returns its case number."""
    from tests.support.transcript import load_script
    from tests.whatsapp.test_transcripts_whatsapp import replay

    replay(phone, load_script("family_report_id"))
    with served.db() as conn:
        numbers = [n for (n,) in conn.execute("SELECT number FROM cases ORDER BY id")]
    return numbers[-1]


def chat_hash(served: Served, wa_id: str, number: str = NUMBER) -> str:
    from storage.key_file import load_keyring

    keyring = load_keyring({"PMI_KEY_FILE": str(served.data / "keys.json")})
    return keyring.blind_index(f"chat:whatsapp:{number}:{wa_id}")


def age_window(served: Served, wa_id: str, hours: float, *, ours: bool = True) -> None:
    """Her last message was ``hours`` ago: at Meta (the emulator) and, with ``ours``, in our records."""
    from datetime import UTC, datetime, timedelta

    import sqlalchemy as sa

    from bot.whatsapp.state import chats

    with served.api.changed:
        served.api.last_inbound[wa_id] = served.api.now() - hours * 3600
    if ours:
        engine = sa.create_engine(f"sqlite:///{served.data / 'pmi.db'}")
        with engine.begin() as conn:
            conn.execute(
                sa.update(chats)
                .where(chats.c.chat_hash == chat_hash(served, wa_id))
                .values(last_inbound_at=datetime.now(UTC) - timedelta(hours=hours))
            )
        engine.dispose()
