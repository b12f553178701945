"""The inbox in a real headless Chromium, at desktop and phone width: the thread, live updates
(server-sent events, no reload), the reply/note switch and canned replies, held messages, taking
a colleague's case, transfer, statistics; nothing wider than a 375 px phone. One served console
and one browser for the module."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page

from tests.web.conftest import World
from tests.web.inbox_world import REPLY, add_reply, make_inbox_world
from tests.web.rig import SHOTS, chromium, console, sign_in

pytestmark = pytest.mark.e2e
DESKTOP = {"width": 1280, "height": 860}
PHONE = {"width": 375, "height": 740}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, World]]:
    tmp_path = tmp_path_factory.mktemp("inbox")
    world = make_inbox_world(tmp_path)
    with console(world, tmp_path) as url:
        yield url, world


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as b:
        yield b


def worker_writes(world: World, number: str, chat: str, text: str, update: str, version: int) -> None:
    """The worker's message stored as the bot stores it (its own loop: Playwright holds this thread's)."""
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, add_reply(world, number, chat, text, update, version)).result()


def fits(page: Page) -> None:
    """Nothing on the page is wider than the screen (no sideways scrolling on a phone)."""
    width = page.evaluate("() => document.documentElement.scrollWidth")
    assert width <= page.viewport_size["width"], f"{page.url} is {width}px wide"  # type: ignore[index]


def test_a_reply_arrives_live_in_the_thread_and_the_mediator_answers_with_a_canned_reply(
    served: tuple[str, World], browser: Browser
) -> None:
    url, world = served
    page = browser.new_page(viewport=DESKTOP)
    sign_in(page, url, "mila")
    row = page.locator('li[data-number="JKT-2345"]')
    assert "pelapor membalas" in row.inner_text()
    row.locator("a.number").click()
    page.wait_for_url(f"{url}/cases/JKT-2345")
    thread = page.locator("#thread")
    assert REPLY in thread.inner_text()
    page.locator(".live-mark").first.wait_for(state="visible")

    worker_writes(world, "JKT-2345", "1", "majikan jg blm bayar gaji 5 bln", "u-live", 2)
    thread.get_by_text("majikan jg blm bayar gaji 5 bln").wait_for()  # no reload: the event stream
    assert page.locator(".side-worker").count() == 2

    page.select_option("#canned", label="Nomor bantuan di negara Anda")
    hotline = world.settings.dialog.hotlines_for("MY", "id")[0]
    assert hotline.number in page.input_value("#composer-text") and "JKT-2345" in page.input_value("#composer-text")
    page.click("#send-thread")
    page.wait_for_url(f"{url}/cases/JKT-2345?notice=sent")
    assert "dikirim lewat bot" in page.locator(".side-reply").last.inner_text()

    page.check("input[name=mode][value=note]")
    page.fill("#composer-text", "sdh telp KBRI KL, tunggu kabar")
    page.click("#send-thread")
    page.wait_for_url(f"{url}/cases/JKT-2345?notice=noted")
    note = page.locator(".side-note").last
    assert "sdh telp KBRI KL" in note.inner_text() and "internal" in note.inner_text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "inbox-case.png"), full_page=False)
    page.close()


def test_the_queue_updates_live_and_a_held_message_is_said_before_sending_on_a_phone(
    served: tuple[str, World], browser: Browser
) -> None:
    url, world = served
    page = browser.new_page(viewport=PHONE)
    sign_in(page, url, "mila")
    fits(page)
    held_row = page.locator('li[data-number="HLD-2345"]')
    assert "pelapor membalas" not in held_row.inner_text()
    page.locator(".live-mark").first.wait_for(state="visible")
    worker_writes(world, "HLD-2345", "3", "sy udh di penampungan", "u-queue", 1)
    held_row.locator(".badge.replied").wait_for()  # the queue refreshed itself
    page.screenshot(path=str(SHOTS / "queue-phone.png"), full_page=False)

    held_row.locator("a.number").click()
    page.wait_for_url(f"{url}/cases/HLD-2345")
    fits(page)
    warning = page.locator("#held-warning")
    assert "Pelapor memilih tidak menerima kabar: pesan ditahan sampai ia menulis ke bot" in warning.inner_text()
    assert "Gaji tidak dibayar" in page.locator(".meta").inner_text(), "secondary problems in words"
    page.fill("#composer-text", "Mohon kirim foto kontrak kalau aman")
    page.click("#send-thread")
    page.wait_for_url(f"{url}/cases/HLD-2345?notice=held")
    assert "ditahan sampai pelapor menulis" in page.locator(".side-reply").last.inner_text()
    page.screenshot(path=str(SHOTS / "case-phone.png"), full_page=False)
    page.close()


def test_taking_a_colleagues_case_transfer_and_statistics_at_both_widths(
    served: tuple[str, World], browser: Browser
) -> None:
    url, _world = served
    for viewport in (PHONE, DESKTOP):
        page = browser.new_page(viewport=viewport)
        sign_in(page, url, "sari")
        page.goto(f"{url}/stats?date_from=2026-11-01&date_to=2026-11-30")
        fits(page)
        chart = page.locator("img.chart").first
        chart.wait_for()
        assert chart.evaluate("img => img.complete && img.naturalWidth > 0")
        assert "pusat" in page.locator("#per-office").inner_text()
        page.close()

    page = browser.new_page(viewport=PHONE)
    sign_in(page, url, "sari")
    page.goto(f"{url}/cases/JKT-2345")
    page.click("#take")  # nobody had it: taken at once
    page.wait_for_url(f"{url}/cases/JKT-2345?notice=taken")
    assert "Sari" in page.locator(".assignee").inner_text()
    fits(page)
    page.close()

    mila = browser.new_page(viewport=DESKTOP)
    sign_in(mila, url, "mila")
    mila.goto(f"{url}/cases/JKT-2345")
    mila.click("#take")
    mila.wait_for_url(f"{url}/cases/JKT-2345/take")
    assert "sedang ditangani Sari" in mila.locator("#take-warning").inner_text()
    mila.click("#take-confirm")
    mila.wait_for_url(f"{url}/cases/JKT-2345?notice=took_over")
    assert "Anda mengambil alih" in mila.locator(".notice").inner_text()
    mila.select_option("#transfer select[name=office]", label="kbri-riyadh")
    mila.fill("#transfer input[name=text]", "pekerja pindah ke Riyadh")
    mila.click("#transfer button")
    mila.wait_for_url(f"{url}/?notice=transferred")
    assert "kantor tujuan sudah diberi tahu" in mila.locator(".notice").inner_text()
    assert mila.locator('li[data-number="JKT-2345"]').count() == 0
    mila.close()


def test_live_updates_stop_quietly_when_the_session_ends(served: tuple[str, World], browser: Browser) -> None:
    url, world = served
    context = browser.new_context(viewport=DESKTOP)
    page = context.new_page()
    sign_in(page, url, "mila")
    page.locator(".live-mark").first.wait_for(state="visible")
    other = context.new_page()  # the same browser signs out in another tab
    other.goto(f"{url}/")
    other.click("header form[action='/logout'] button")
    other.wait_for_url(f"{url}/login*")
    worker_writes(world, "HLD-2345", "3", "halo? ada yg baca?", "u-after", 2)
    page.locator(".live-mark").first.wait_for(state="hidden")  # the update found the session gone
    assert page.locator("#queue-rows input[type=password]").count() == 0, "no sign-in form inside the queue"
    assert page.locator('li[data-number="HLD-2345"]').count() == 1, "what was on screen stays"
    context.close()


def test_a_mediator_sends_the_worker_a_file_from_the_case_page(
    served: tuple[str, World], browser: Browser, tmp_path: Path
) -> None:
    url, _world = served
    letter = tmp_path / "surat_KBRI.pdf"
    letter.write_bytes(b"%PDF-1.4\n% surat\n%%EOF\n")
    for viewport, shot in ((DESKTOP, "send-file.png"), (PHONE, "send-file-phone.png")):
        page = browser.new_page(viewport=viewport)
        sign_in(page, url, "mila")
        page.goto(f"{url}/cases/HLD-2345")  # she said No to updates: the file waits for her
        page.set_input_files("#file-input", str(letter))
        page.fill("#file-caption", "Surat dari KBRI, mohon dibaca")
        page.click("#send-file-button")
        page.wait_for_url(f"{url}/cases/HLD-2345?notice=file_held")
        assert "Berkas disimpan dan ditahan" in page.locator(".notice").inner_text()
        sent = page.locator(".side-reply").last
        assert "Surat dari KBRI" in sent.inner_text() and "surat_KBRI.pdf" in sent.locator(".file a").inner_text()
        assert "is-held" in (sent.get_attribute("class") or "")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= viewport["width"], "the form fits the screen"
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.locator("#send-file").scroll_into_view_if_needed()
        page.screenshot(path=str(SHOTS / shot), full_page=False)
        page.close()
