"""The mediator console in a real headless Chromium (Debian's, driven by Playwright), and the
worker–mediator relay end to end: a message typed in the console reaches the worker's chat, and
her answer lands on the case's timeline."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from tests.support.transcript import load_script, to_jsonl
from tests.web.conftest import World, make_world
from tests.web.rig import ROOT, SHOTS, chromium, console, env_for, sign_in

pytestmark = pytest.mark.e2e


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, World]]:
    world = make_world(tmp_path)
    with console(world, tmp_path) as url:
        yield url, world


@pytest.fixture  # per test: each test's world is built with asyncio.run before Playwright starts its loop
def browser() -> Iterator[Browser]:
    with chromium() as b:
        yield b


def test_a_mediator_signs_in_takes_a_case_messages_and_changes_its_status(
    served: tuple[str, World], browser: Browser
) -> None:
    url, _world = served
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    sign_in(page, url, "mila")
    assert page.locator("ul.queue").inner_text().count("JKT-2345") == 1
    assert "RYD-2345" not in page.content()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "queue.png"), full_page=True)
    page.click("text=JKT-2345")
    page.wait_for_url(f"{url}/cases/JKT-2345")
    assert "Siti Aminah" in page.content() and "Gaji tidak dibayar lima bulan" in page.content()
    photo = page.locator("ul.files img")
    photo.wait_for()
    assert photo.evaluate("img => img.complete && img.naturalWidth") == 120, "the evidence photo is shown inline"
    page.click("#take")
    page.wait_for_load_state()
    assert "Mila" in page.locator(".meta").inner_text()
    page.fill("#composer-text", "Apakah paspor Anda masih dipegang majikan?")
    page.click("#send-thread")
    page.wait_for_load_state()
    page.select_option("form[action$='/status'] select", "menunggu_info")
    page.fill("form[action$='/status'] input[name=text]", "menunggu jawaban pekerja")
    page.click("#change-status")
    page.wait_for_load_state()
    timeline = page.locator("#thread").inner_text()
    assert "Apakah paspor Anda masih dipegang majikan?" in timeline
    assert "menunggu jawaban pekerja" in timeline
    assert "Menunggu info" in page.locator("h1").inner_text()
    page.screenshot(path=str(SHOTS / "case.png"), full_page=True)
    page.goto(f"{url}/stats")
    assert page.locator("img.chart").count() == 2, "responses per office and problems, drawn by pygal"


def test_the_relay_from_the_console_to_the_worker_and_back(
    tmp_path: Path, served: tuple[str, World], browser: Browser
) -> None:
    url, world = served
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "run_bot.py"), "console", "--jsonl", "--chat-id", "77"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=(tmp_path / "process.log").open("a"),
        text=True,
        env=env_for(world),
        cwd=ROOT,
    )
    assert proc.stdin is not None and proc.stdout is not None

    def read_until(fragment: str) -> str:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = proc.stdout.readline()  # type: ignore[union-attr]
            if not line:
                break
            text = json.loads(line).get("text", "")
            if fragment in text:
                return str(text)
        raise AssertionError(f"no {fragment!r} from the console")

    try:
        for item in load_script("family_report_id"):
            proc.stdin.write(json.dumps(to_jsonl(item)) + "\n")
        proc.stdin.flush()
        number = re.search(r"Nomor laporan:? (\S+)", read_until("Nomor laporan")).group(1)  # type: ignore[union-attr]
        page = browser.new_page()
        sign_in(page, url, "rudi")  # the case went to Saudi Arabia's office
        page.goto(f"{url}/cases/{number}")
        assert "Rina Wati" in page.content()
        page.fill("#composer-text", "Kami sudah menghubungi KBRI. Ada nomor majikan?")
        page.click("#send-thread")
        relayed = read_until("Pesan dari petugas")
        assert "Kami sudah menghubungi KBRI. Ada nomor majikan?" in relayed
        assert "rudi" not in relayed.lower(), "the worker never sees the mediator's account"
        proc.stdin.write(json.dumps({"text": "Ada, +966 50 765 4321"}) + "\n")
        proc.stdin.flush()
        read_until("sudah kami teruskan")
        page.reload()
        assert "Ada, +966 50 765 4321" in page.locator("#thread").inner_text()
    finally:
        proc.stdin.close()
        proc.wait(timeout=20)
