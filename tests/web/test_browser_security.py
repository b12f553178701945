"""Signing in and staying safe in a real headless Chromium (issue 16, parts 1, 6 and 7): an admin
with her second factor reads the audit log, a deactivated colleague's open session ends, a link
opened signed out comes back after sign-in, and a note typed before the session expired is still
there. One server and one browser for the module; desktop and phone (375 px) widths."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pyotp
import pytest
from playwright.sync_api import Browser, Page

from tests.web.conftest import ADMIN_TOTP, PASSWORD, World, make_world
from tests.web.rig import SHOTS, chromium, console

pytestmark = pytest.mark.e2e
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, World]]:
    folder = tmp_path_factory.mktemp("console")
    world = make_world(folder)
    with console(world, folder) as url:
        yield url, world


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with chromium() as b:
        yield b


def fill_sign_in(page: Page, username: str, password: str = PASSWORD) -> None:
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button.primary")
    page.wait_for_load_state()


def enter_code(page: Page, until: str, secret: str = ADMIN_TOTP) -> None:
    """Her app's code; a code is accepted once, so signing in again within the same 30 seconds
    takes the next one (the server accepts the period before and after)."""
    for shift in (0, 1, -1):
        page.fill("input[name=code]", pyotp.TOTP(secret).at(time.time() + 30 * shift))
        page.click("#verify")
        page.wait_for_load_state()
        if page.url == until:
            return
    raise AssertionError("no code was accepted")


def test_an_admin_signs_in_with_her_code_and_reads_the_audit_log(served: tuple[str, World], browser: Browser) -> None:
    url, _world = served
    phone = browser.new_context(viewport=PHONE)
    page = phone.new_page()
    page.goto(f"{url}/login")
    fill_sign_in(page, "adi")
    assert page.url == f"{url}/login/code"
    page.fill("input[name=code]", "123456")
    page.click("#verify")
    assert "Kode salah" in page.locator(".error").inner_text()
    page.fill("input[name=code]", pyotp.TOTP(ADMIN_TOTP).now())
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / "sign-in-code-phone.png"))
    page.click("#verify")
    page.wait_for_url(f"{url}/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375 + 1, "no sideways scrolling on a phone"
    phone.close()

    desk = browser.new_context(viewport=DESKTOP)
    page = desk.new_page()
    page.goto(f"{url}/cases/RYD-2345")  # a link opened signed out: sign in, then back to the case
    assert page.url.startswith(f"{url}/login?next=/cases/RYD-2345")
    fill_sign_in(page, "rudi")
    assert page.url == f"{url}/cases/RYD-2345" and "Dewi Lestari" in page.content()
    page.goto(f"{url}/cases/JKT-2345")  # another office's case: not found, and written down
    desk.close()

    admin = browser.new_context(viewport=DESKTOP)
    page = admin.new_page()
    page.goto(f"{url}/login")
    fill_sign_in(page, "adi")
    enter_code(page, f"{url}/")
    page.click("text=Log audit")
    page.select_option("select[name=action]", "denied")
    page.click("form.filters button")
    rows = page.locator("table.audit tbody tr")
    assert rows.count() == 1 and "Rudi" in rows.inner_text() and "/cases/JKT-2345" in rows.inner_text()
    page.select_option("select[name=action]", "")
    page.click("form.filters button")
    text = page.locator("table.audit").inner_text()
    assert "Kode dua langkah salah" in text and "Masuk" in text and "Lihat laporan" in text
    page.screenshot(path=str(SHOTS / "audit.png"), full_page=True)
    admin.close()


def test_a_deactivated_colleague_is_signed_out_at_once(served: tuple[str, World], browser: Browser) -> None:
    url, _world = served
    mila = browser.new_context(viewport=DESKTOP)
    her = mila.new_page()
    her.goto(f"{url}/login")
    fill_sign_in(her, "mila")
    assert her.url == f"{url}/"

    admin = browser.new_context(viewport=DESKTOP)
    page = admin.new_page()
    page.goto(f"{url}/login")
    fill_sign_in(page, "adi")
    enter_code(page, f"{url}/")
    page.goto(f"{url}/accounts")
    page.click("#account-mila button[value=deactivate]")
    page.wait_for_load_state()
    assert "Nonaktif" in page.locator("#account-mila").inner_text()
    page.screenshot(path=str(SHOTS / "accounts.png"), full_page=True)
    admin.close()

    her.reload()
    assert her.url.startswith(f"{url}/login"), "her open session ended with the account"
    fill_sign_in(her, "mila")
    assert "salah" in her.locator(".error").inner_text()
    mila.close()


def test_a_note_typed_before_the_session_expired_is_kept(served: tuple[str, World], browser: Browser) -> None:
    url, world = served
    phone = browser.new_context(viewport=PHONE)
    page = phone.new_page()
    page.goto(f"{url}/login")
    fill_sign_in(page, "sari")
    page.goto(f"{url}/account/totp")  # a supervisor may add a second factor too
    secret = page.inner_text("#totp-key").replace(" ", "")
    assert page.locator("img.qr").evaluate("img => img.complete && img.naturalWidth") > 0, "the QR code is drawn"
    page.screenshot(path=str(SHOTS / "totp-setup-phone.png"))
    enter_code(page, f"{url}/account?done=totp", secret)
    page.goto(f"{url}/cases/JKT-2345")
    note = "udh telp agensi, mrk blg gaji dibayar minggu dpn. cek lagi senin"
    page.check("input[name=mode][value=note]")
    page.fill("#composer-text", note)
    with sqlite3.connect(world.settings.data_dir / "pmi.db") as db:  # she went for lunch: 31 minutes
        db.execute("UPDATE web_sessions SET seen_at = ?", (datetime.now(UTC) - timedelta(minutes=31),))
    db.close()
    page.click("#send-thread")
    page.wait_for_load_state()
    assert "/login?next=/cases/JKT-2345" in page.url and page.locator("#expired").is_visible()
    page.screenshot(path=str(SHOTS / "session-expired-phone.png"))
    fill_sign_in(page, "sari")
    enter_code(page, f"{url}/cases/JKT-2345", secret)
    assert page.input_value("#composer-text") == note, "what she typed is still in the box"
    page.check("input[name=mode][value=note]")
    page.click("#send-thread")
    page.wait_for_load_state()
    assert note in page.locator("#thread").inner_text()
    page.reload()
    assert page.input_value("#composer-text") == "", "a sent note is not offered again"
    phone.close()
