"""Bad configuration is one line that says what to fix, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.config import ConfigError, load_settings, normalise_database_url

ROOT = Path(__file__).resolve().parents[2]


def run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL", "PMI_MASTER_KEYS")}
    full.update(env)
    return subprocess.run(
        [sys.executable, str(ROOT / "run_bot.py"), *args],
        capture_output=True,
        text=True,
        env=full,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("config", "env", "expected"),
    [
        ("telegram: {framework: pyrogram}\n", {}, "telegram.framework must be one of ptb, aiogram"),
        ("telegram: [1, 2\n", {}, "is not valid YAML"),
        ("web: {port: eighty}\n", {}, "'web.port' must be a whole number"),
        ("", {"DATABASE_URL": "mysql://x"}, "DATABASE_URL must be a postgresql:// or sqlite:/// URL"),
        ("", {"BOT_TOKEN": "nonsense"}, "BOT_TOKEN does not look like a Telegram token"),
        ("", {"PMI_KEY_FILE": "/nonexistent/keys.json"}, "the key file /nonexistent/keys.json is missing"),
    ],
)
def test_bad_configuration_is_one_clear_line(tmp_path: Path, config: str, env: dict[str, str], expected: str) -> None:
    path = tmp_path / "config.yaml"
    path.write_text(config)
    proc = run(["console", "--jsonl"], {"PMI_CONFIG": str(path), "PMI_DATA_DIR": str(tmp_path), **env})
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_broken_flow_names_file_and_node(tmp_path: Path) -> None:
    proc = run(["check"], {})
    assert proc.returncode == 0 and proc.stdout.startswith("ok: ")


def test_database_urls_are_normalised() -> None:
    assert normalise_database_url("postgres://u@h/db", ROOT) == "postgresql+asyncpg://u@h/db"
    assert normalise_database_url("sqlite:///data/x.db", ROOT) == f"sqlite+aiosqlite:///{ROOT}/data/x.db"
    with pytest.raises(ConfigError):
        normalise_database_url("oracle://x", ROOT)


def test_settings_come_from_config_and_secrets_from_the_environment(tmp_path: Path) -> None:
    settings = load_settings(env={"BOT_TOKEN": "123:abc", "PMI_DATA_DIR": str(tmp_path)})
    assert settings.telegram.token == "123:abc" and settings.telegram.framework in ("ptb", "aiogram")
    assert settings.database_url == f"sqlite+aiosqlite:///{tmp_path}/pmi.db"
    assert any(h.number == "+62 21 2924 4800" for h in settings.dialog.hotlines)


def test_pmi_flows_dir_serves_another_dialog() -> None:
    from app.runtime import load_checked_dialog

    root = Path(__file__).resolve().parents[2]
    own = load_checked_dialog(load_settings(env={"PMI_FLOWS_DIR": str(root / "bench" / "flows")}))
    assert "six" in own.flows and "complaint" not in own.flows
    assert "complaint" in load_checked_dialog(load_settings(env={})).flows
