"""The console as an inbox, over HTTP: views, search, the thread, held messages, taking a
colleague's case, transfer, deadlines and statistics in words (the browser tests cover the same
flows in Chromium, with live updates)."""

from __future__ import annotations

import asyncio
import csv
import io
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from app.config import load_settings
from tests.web.conftest import World, csrf_of, sign_in
from tests.web.inbox_world import REPLY, clear_chat, make_inbox_world
from web.app import create_app

#: codes that must never reach a mediator's screen as such
RAW = (
    "perdagangan_orang",
    "penahanan_dokumen",
    "gaji_tidak_dibayar",
    "discreet mode",
    "Menurut province",
    "menunggu_info",
)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The inbox world, built once (accounts' password hashes are slow by design); each test gets a copy."""
    folder = tmp_path_factory.mktemp("inbox-template")
    make_inbox_world(folder)
    return folder


@pytest.fixture
def inbox(template: Path, tmp_path: Path) -> Iterator[tuple[TestClient, World]]:
    folder = tmp_path / "world"
    shutil.copytree(template, folder)
    config = folder / "config.yaml"
    env = {"PMI_DATA_DIR": str(folder), "PMI_KEY_FILE": str(folder / "keys.json"), "PMI_CONFIG": str(config)}
    world = World(load_settings(env=env))
    with TestClient(create_app(world.settings), base_url="http://127.0.0.1") as c:
        yield c, world


def numbers(html: str) -> list[str]:
    return re.findall(r'class="number" href="/cases/([A-Z0-9-]+)"', html)


def visible_text(html: str) -> str:
    """What a reader sees: no tags, no attribute values (option values are codes by design)."""
    return re.sub(r"<[^>]*>", " ", html)


def test_a_reply_raises_pelapor_membalas_until_the_thread_is_opened(inbox: tuple[TestClient, World]) -> None:
    client, _world = inbox
    sign_in(client, "mila")
    queue = client.get("/").text
    row = queue[queue.index('data-number="JKT-2345"') :].split("</li>")[0]
    assert "pelapor membalas" in row
    case = client.get("/cases/JKT-2345").text
    thread = case[case.index('id="thread"') :]
    assert REPLY in thread and thread.index("Apakah paspor") < thread.index(REPLY), "question, then her answer"
    assert "side-worker" in thread and "side-reply" in thread
    after = client.get("/").text
    assert "pelapor membalas" not in after[after.index('data-number="JKT-2345"') :].split("</li>")[0]


def test_a_worker_under_18_is_marked_in_the_queue_and_on_the_case(inbox: tuple[TestClient, World]) -> None:
    """Placing a worker under 18 abroad is against the law (UU 18/2017) and a sign of child
    trafficking: the mediator sees it before opening the case."""
    client, _world = inbox
    sign_in(client, "mila")
    queue = client.get("/").text
    row_of = {n: queue[queue.index(f'data-number="{n}"') :].split("</li>")[0] for n in ("HLD-2345", "JKT-2345")}
    assert "Di bawah 18 tahun" in row_of["HLD-2345"]
    assert "Di bawah 18 tahun" not in row_of["JKT-2345"], "25 years old"
    assert "Di bawah 18 tahun" in client.get("/cases/HLD-2345").text
    assert "Di bawah 18 tahun" not in client.get("/cases/JKT-2345").text


def test_views_mine_unassigned_waiting_overdue_and_open_only(inbox: tuple[TestClient, World]) -> None:
    client, _world = inbox
    token = sign_in(client, "mila")
    assert set(numbers(client.get("/").text)) == {"JKT-2345", "HLD-2345"}
    assert numbers(client.get("/?view=mine").text) == []
    client.post("/cases/JKT-2345/take", data={"csrf": token})
    assert numbers(client.get("/?view=mine").text) == ["JKT-2345"]
    assert numbers(client.get("/?view=unassigned").text) == ["HLD-2345"]
    # JKT-2345: urgent, her reply of 23 Nov is owed an answer; long overdue by now
    assert numbers(client.get("/?view=waiting").text) == ["JKT-2345"]
    assert "JKT-2345" in numbers(client.get("/?view=overdue").text)
    client.post("/cases/HLD-2345/status", data={"csrf": token, "status": "selesai", "text": "sudah pulang"})
    assert "HLD-2345" not in numbers(client.get("/").text), "closed cases leave the default (open) queue"
    assert "HLD-2345" in numbers(client.get("/?state=closed").text)


def test_search_by_partial_number_phone_passport_and_name(inbox: tuple[TestClient, World]) -> None:
    client, _world = inbox
    sign_in(client, "mila")
    assert numbers(client.get("/?q=hld-2").text) == ["HLD-2345"]
    assert set(numbers(client.get("/?q=2345").text)) == {"JKT-2345", "HLD-2345"}, "a number's end; RYD is not hers"
    assert numbers(client.get("/?q=c 1234567").text) == ["HLD-2345"]
    assert set(numbers(client.get("/?q=+62 812 3456 7890").text)) == {"JKT-2345", "HLD-2345"}
    assert set(numbers(client.get("/?q=siti").text)) == {"JKT-2345", "HLD-2345"}
    assert numbers(client.get("/?q=dewi lestari").text) == [], "Dewi's case is another office's"


def test_the_case_page_in_words_with_duplicates_held_warning_and_own_words(inbox: tuple[TestClient, World]) -> None:
    client, _world = inbox
    sign_in(client, "mila")
    page = client.get("/cases/HLD-2345").text
    shown = visible_text(page)
    assert "Pelapor memilih tidak menerima kabar: pesan ditahan sampai ia menulis ke bot" in shown
    assert "Gaji tidak dibayar" in shown and "Ingin dipulangkan" in shown, "secondary categories in words"
    assert "MYR 1.500" in shown and "Malaysia" in shown
    assert '<span class="channel">test</span>' in page, "the channel the case came through (WhatsApp, Telegram)"
    assert 'class="own-words"' in page.split("Gaji per bulan")[1][:200], "wage came from her own words"
    duplicates = page[page.index('class="duplicates"') :].split("</ul>")[0]
    assert "JKT-2345" in duplicates and "RYD-2345" not in duplicates
    assert re.search(r"\d\d:\d\d WIB · \d\d:\d\d waktu Malaysia", shown), "WIB and her local time"
    for code in RAW:
        assert code not in shown, code


def test_after_she_clears_the_chat_the_case_page_says_the_bot_cannot_reach_her(
    inbox: tuple[TestClient, World],
) -> None:
    """A reply to a chat cleared from her phone was shown "sent" and dropped at delivery."""
    client, world = inbox
    token = sign_in(client, "mila")
    asyncio.run(clear_chat(world, "3"))
    page = client.get("/cases/HLD-2345").text
    assert "bot tidak bisa lagi mengirim pesan kepadanya" in visible_text(page)
    assert 'value="reply"' not in page and 'id="send-file"' not in page, "no reply box that cannot arrive"
    refused = client.post("/cases/HLD-2345/thread", data={"csrf": token, "mode": "reply", "text": "Halo"})
    assert refused.status_code == 409
    client.post("/cases/HLD-2345/thread", data={"csrf": token, "mode": "note", "text": "telepon nomornya"})
    assert "telepon nomornya" in client.get("/cases/HLD-2345/thread").text, "notes go on"


def test_a_withdrawn_report_cannot_be_reopened_from_the_console(inbox: tuple[TestClient, World]) -> None:
    client, world = inbox
    token = sign_in(client, "mila")
    asyncio.run(clear_chat(world, "3", "withdraw"))
    moved = client.post("/cases/HLD-2345/status", data={"csrf": token, "status": "diproses", "text": "buka lagi"})
    assert moved.status_code == 409
    referred = client.post("/cases/HLD-2345/refer", data={"csrf": token, "to": "kbri", "text": "x"})
    assert referred.status_code == 409


def test_a_message_to_a_reporter_who_said_no_is_held_and_a_note_stays_internal(
    inbox: tuple[TestClient, World],
) -> None:
    client, _world = inbox
    token = sign_in(client, "mila")
    sent = client.post(
        "/cases/HLD-2345/thread", data={"csrf": token, "mode": "reply", "text": "Mohon kirim foto kontrak"}
    )
    assert "pesan disimpan dan ditahan" in sent.text.lower()
    entry = sent.text[sent.text.index("Mohon kirim foto kontrak") :][:300]
    assert "ditahan sampai pelapor menulis" in entry
    client.post("/cases/HLD-2345/thread", data={"csrf": token, "mode": "note", "text": "cek data BP2MI dulu"})
    thread = client.get("/cases/HLD-2345/thread").text
    note = thread[: thread.index("cek data BP2MI dulu")].rsplit("<li", 1)[1]
    assert "side-note" in note and "internal" in thread


def test_a_canned_reply_is_filled_with_the_case_number_and_her_country_hotline(inbox: tuple[TestClient, World]) -> None:
    client, world = inbox
    token = sign_in(client, "mila")
    page = client.get("/cases/JKT-2345").text
    index = next(
        i for i, t in enumerate(re.findall(r'<option value="(\d)" data-text="([^"]*)"', page)) if "bahaya" in t[1]
    )
    client.post("/cases/JKT-2345/thread", data={"csrf": token, "mode": "reply", "canned": str(index), "text": ""})
    thread = client.get("/cases/JKT-2345/thread").text
    hotline = world.settings.dialog.hotlines_for("MY", "id")[0]
    assert f"{hotline.name} {hotline.number}" in thread and "JKT-2345" in thread


def test_taking_a_colleagues_case_asks_first_and_says_so(inbox: tuple[TestClient, World]) -> None:
    client, _world = inbox
    token = sign_in(client, "sari")
    client.post("/cases/JKT-2345/assign", data={"csrf": token, "mediator": _id_of(client, "Mila")})
    confirm = client.post("/cases/JKT-2345/take", data={"csrf": token})
    assert "Ambil alih laporan ini?" in confirm.text and "sedang ditangani Mila" in confirm.text
    assert "Mila" in client.get("/cases/JKT-2345").text.split('class="assignee">')[1][:20], "not taken yet"
    done = client.post("/cases/JKT-2345/take", data={"csrf": token, "confirm": "1"})
    assert "Anda mengambil alih laporan ini" in done.text
    assert "Sari" in done.text.split('class="assignee">')[1][:20]


def test_transfer_moves_the_case_to_another_office_named_in_a_list(inbox: tuple[TestClient, World]) -> None:
    client, _world = inbox
    token = sign_in(client, "mila")
    page = client.get("/cases/HLD-2345").text
    form = page[page.index('id="transfer"') :].split("</form>")[0]
    office = re.search(r'<option value="(\d+)">kbri-riyadh</option>', form)
    assert office, "offices are chosen by name from a list"
    moved = client.post("/cases/HLD-2345/transfer", data={"csrf": token, "office": office.group(1), "text": "wilayah"})
    assert "kantor tujuan sudah diberi tahu" in moved.text and "HLD-2345" not in numbers(moved.text)
    assert client.get("/cases/HLD-2345").status_code == 404
    client.post("/logout", data={"csrf": csrf_of(client.get("/").text)})
    sign_in(client, "rudi")
    assert "HLD-2345" in numbers(client.get("/?view=unassigned").text)


def test_statistics_by_date_range_with_response_times_per_office(inbox: tuple[TestClient, World]) -> None:
    client, _world = inbox
    sign_in(client, "adi")
    page = client.get("/stats?date_from=2026-11-01&date_to=2026-11-30").text
    per_office = page[page.index('id="per-office"') :].split("</table>")[0]
    assert re.search(r"<td>pusat</td><td>2</td><td>1</td><td>3 jam</td>", per_office), per_office
    secondary = page[page.index('id="count-secondary_category"') :].split("</table>")[0]
    assert "Gaji tidak dibayar" in secondary and "Ingin dipulangkan" in secondary
    assert "data:image/svg+xml;base64," in page, "charts drawn as images"
    assert "Menurut provinsi asal" in page
    for code in RAW:
        assert code not in visible_text(page), code
    empty = client.get("/stats?date_from=2025-01-01&date_to=2025-01-31").text
    assert "Tidak ada laporan" in empty


def _id_of(client: TestClient, name: str) -> str:
    page = client.get("/cases/JKT-2345").text
    found = re.search(rf'<option value="(\d+)">{name}</option>', page)
    assert found
    return found.group(1)


def test_the_inbox_reads_in_english_too(inbox: tuple[TestClient, World]) -> None:
    client, _world = inbox
    token = sign_in(client, "mila")
    client.post("/language", data={"csrf": token})
    queue = visible_text(client.get("/").text)
    assert "Waiting for me" in queue and "reporter replied" in queue and "Wages not paid" in queue
    case = visible_text(client.get("/cases/HLD-2345").text)
    assert "The reporter chose not to receive updates: messages are held until she writes to the bot." in case
    assert "Monthly wage" in case and "in her own words" in client.get("/cases/HLD-2345").text
    for code in (*RAW, "discreet_mode", "Menunggu"):
        assert code not in case and code not in queue, code


def test_an_admin_names_offices_and_adds_one_then_everyone_chooses_it_by_name(inbox: tuple[TestClient, World]) -> None:
    client, _world = inbox
    token = sign_in(client, "adi")
    page = client.get("/offices").text
    riyadh = re.search(r'name="office" value="(\d+)">\s*<input name="name" value="kbri-riyadh"', page)
    assert riyadh, "offices are listed with their names (the code is the name until one is given)"
    client.post("/offices", data={"csrf": token, "office": riyadh.group(1), "name": "KBRI Riyadh"})
    client.post("/offices", data={"csrf": token, "code": "kbri-kl", "name": "KBRI Kuala Lumpur"})
    bad = client.post("/offices", data={"csrf": token, "code": "KBRI KL!", "name": "x"})
    assert "huruf kecil, angka dan tanda minus" in bad.text
    listed = client.get("/offices").text
    assert 'value="KBRI Riyadh"' in listed and 'value="KBRI Kuala Lumpur"' in listed
    case = client.get("/cases/JKT-2345").text
    transfer = case[case.index('id="transfer"') :].split("</form>")[0]
    assert ">KBRI Riyadh</option>" in transfer and ">KBRI Kuala Lumpur</option>" in transfer
    client.post("/logout", data={"csrf": csrf_of(client.get("/").text)})
    sign_in(client, "mila")
    assert client.get("/offices").status_code == 404, "admins only"


def test_the_export_carries_each_cases_further_problems(inbox: tuple[TestClient, World]) -> None:
    client, _world = inbox
    sign_in(client, "sari")
    rows = list(csv.DictReader(io.StringIO(client.get("/export.csv").text)))
    held = next(r for r in rows if r["number"] == "HLD-2345")
    assert held["secondary_categories"] == "gaji_tidak_dibayar;ingin_pulang"
    assert next(r for r in rows if r["number"] == "JKT-2345")["secondary_categories"] == ""


PDF = b"%PDF-1.4\n% surat dari KBRI\n%%EOF\n"


def test_a_file_to_the_worker_is_sent_shown_on_the_thread_and_opened_only_as_a_download(
    inbox: tuple[TestClient, World],
) -> None:
    client, _world = inbox
    token = sign_in(client, "mila")
    files = {"file": ("surat KBRI.pdf", PDF, "application/pdf")}
    sent = client.post("/cases/JKT-2345/file", data={"csrf": token, "text": "Ini suratnya"}, files=files)
    assert "Berkas dikirim ke pelapor lewat bot." in sent.text
    entry = sent.text[sent.text.index("Ini suratnya") :][:600]
    link = re.search(r'href="(/cases/JKT-2345/sent-files/\d+)" download>surat KBRI.pdf</a>', entry)
    assert link, entry
    opened = client.get(link.group(1))
    assert opened.content == PDF
    assert opened.headers["content-disposition"].startswith("attachment;")
    assert opened.headers["content-type"] == "application/octet-stream"
    assert opened.headers["x-content-type-options"] == "nosniff"
    held = client.post("/cases/HLD-2345/file", data={"csrf": token}, files=files)
    assert "Berkas disimpan dan ditahan" in held.text


def test_a_file_that_is_not_a_document_or_has_no_csrf_is_refused(inbox: tuple[TestClient, World]) -> None:
    client, _world = inbox
    token = sign_in(client, "mila")
    page = {"file": ("surat.pdf", b"<html><script>alert(1)</script></html>", "application/pdf")}
    refused = client.post("/cases/JKT-2345/file", data={"csrf": token}, files=page)
    assert "Jenis berkas ini tidak bisa dikirim" in refused.text
    assert "sent-files" not in refused.text
    forged = client.post(
        "/cases/JKT-2345/file", data={"csrf": "wrong"}, files={"file": ("a.pdf", PDF, "application/pdf")}
    )
    assert forged.status_code == 403
    other_office = client.post("/cases/RYD-2345/file", data={"csrf": token}, files={"file": ("a.pdf", PDF, "x")})
    assert other_office.status_code == 404
    assert client.get("/cases/JKT-2345/sent-files/1").status_code == 404, "only a file sent on this case"
