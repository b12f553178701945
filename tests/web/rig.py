"""The one Chromium rig of the console's browser tests: Debian's Chromium under Playwright, and
the console served by the real `run_bot.py serve` on a free port for a test world."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from tests.e2e.tgclient import free_port
from tests.support.serve import serving
from tests.web.conftest import PASSWORD, World

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "docs" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def env_for(world: World) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("BOT_TOKEN", "DATABASE_URL", "PMI_MASTER_KEYS")}
    env.update(
        {
            "PMI_DATA_DIR": str(world.settings.data_dir),
            "PMI_KEY_FILE": str(world.settings.data_dir / "keys.json"),
            "PMI_CONFIG": str(world.settings.data_dir / "config.yaml"),
        }
    )
    return env


@contextmanager
def console(world: World, folder: Path) -> Iterator[str]:
    """`run_bot.py serve` for ``world``; yields its URL once /healthz answers."""
    with serving(env_for(world), folder, port=free_port()) as url:
        yield url


@contextmanager
def chromium() -> Iterator[Browser]:
    """One headless Chromium; each test opens its own pages (each a fresh context: no shared
    cookies). Module-scoped by the fixtures: sync Playwright holds its thread's event loop while
    it runs, which the rest of the suite's asyncio tests must not meet."""
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is needed: `make test` installs Debian's chromium")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            yield b
        finally:
            b.close()


def sign_in(page: Page, url: str, username: str) -> None:
    page.goto(f"{url}/login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button.primary")
    page.wait_for_url(f"{url}/")
