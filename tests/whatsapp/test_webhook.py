"""The webhook of the real `run_bot.py serve`, as Meta uses it: the handshake, signatures,
replays, several entries and statuses in one POST, buttons old and forged, two numbers, media,
throttling, and the 24-hour window."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from tests.whatsapp.conftest import SECOND, Served, age_window, chat_hash, file_case
from tests.whatsapp.emulator import NUMBER, VERIFY_TOKEN, Phone, sign

pytestmark = pytest.mark.e2e


def test_the_verification_handshake(served: Served) -> None:
    url = f"{served.url}/whatsapp/webhook"
    ok = httpx.get(
        url, params={"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1158201444"}
    )
    assert (ok.status_code, ok.text) == (200, "1158201444")
    wrong = httpx.get(url, params={"hub.mode": "subscribe", "hub.verify_token": "guess", "hub.challenge": "1"})
    assert wrong.status_code == 403 and "1" not in wrong.text


def test_a_forged_or_missing_signature_is_refused_and_nothing_is_stored(served: Served) -> None:
    api = served.api
    body = api.envelope([(NUMBER, api.message("6285711110001", "text", {"body": "sy mau lapor"}))])
    raw = json.dumps(body).encode()
    before = served.count("conversations")
    forged = httpx.post(api.webhook_url, content=raw, headers={"X-Hub-Signature-256": sign("not-the-secret", raw)})
    missing = httpx.post(api.webhook_url, content=raw)
    tampered = httpx.post(
        api.webhook_url,
        content=raw.replace(b"sy mau lapor", b"sy mau hapus"),
        headers={"X-Hub-Signature-256": sign("test-app-secret", raw)},
    )
    huge = httpx.post(api.webhook_url, content=b"{" + b" " * (2 * 1024 * 1024) + b"}")
    assert [r.status_code for r in (forged, missing, tampered, huge)] == [401, 401, 401, 413]
    assert served.count("conversations") == before
    assert api.to("6285711110001") == []


def test_a_replayed_webhook_is_answered_once(served: Served) -> None:
    api = served.api
    phone = Phone(api, "6285711110002")
    body = api.envelope([(NUMBER, api.message(phone.wa_id, "text", {"body": "halo"}))])
    assert api.post(body).status_code == 200
    first = phone.settle()
    assert first and "Selamat datang" in first[0].text
    assert api.post(body).status_code == 200  # Meta retries when it did not see our 200 in time
    assert phone.settle() == [], "the same message id is answered once"


def test_several_entries_and_changes_with_statuses_in_one_post(served: Served) -> None:
    api = served.api
    a, b, c = (Phone(api, w) for w in ("6285711110003", "6285711110004", "6285711110005"))
    a.say("halo")
    earlier = a.settle()
    body = api.envelope(
        [
            (NUMBER, api.statuses([earlier[0].wamid], "delivered")),
            (NUMBER, api.message(b.wa_id, "text", {"body": "assalamualaikum"})),
            (
                NUMBER,
                {**api.message(c.wa_id, "text", {"body": "halo min"}), **api.statuses([earlier[0].wamid], "read")},
            ),
            ("999999999", api.message("6285711110006", "text", {"body": "another business's number"})),
        ],
        entries=2,
    )
    assert len(body["entry"]) == 2
    assert api.post(body).status_code == 200
    assert "Selamat datang" in b.settle()[0].text
    assert "Selamat datang" in c.settle()[0].text
    assert api.to("6285711110006") == [], "a number not ours is not answered"
    with served.db() as conn:
        status, body_enc = conn.execute(
            "SELECT status, body_enc FROM whatsapp_sent WHERE wamid = ?", (earlier[0].wamid,)
        ).fetchone()
    assert (status, body_enc) == ("read", None), "a delivered message's body is not kept"


def test_replies_leave_from_the_number_she_wrote_to(served: Served) -> None:
    phone = Phone(served.api, "6285711110007", number=SECOND)
    phone.say("halo")
    assert {s.phone_number_id for s in phone.settle()} == {SECOND}


def test_an_old_or_forged_button_gets_the_polite_answer(served: Served) -> None:
    phone = Phone(served.api, "6285711110008")
    phone.say("halo")
    menu = phone.settle()[-1]
    phone.press(next(c for c in menu.choices if c["id"].endswith(":lapor")))
    consent = phone.settle()[-1]
    phone.press(next(c for c in consent.choices if c["id"].endswith(":setuju")))
    phone.settle()
    phone.press(next(c for c in menu.choices if c["id"].endswith(":status")))  # a list row from long ago
    stale = phone.settle()
    assert stale[0].text.startswith("Pertanyaan itu sudah lewat")
    phone.press({"id": "999:lapor", "title": "Lapor masalah"})  # forged
    assert phone.settle()[0].text.startswith("Pertanyaan itu sudah lewat")


def test_throttled_sends_are_retried_and_nothing_is_lost_or_doubled(served: Served) -> None:
    api = served.api
    phone = Phone(api, "6285711110009")
    api.fail_next = [130429, 131056, 4, 80007]
    phone.say("halo")
    got = phone.settle()
    assert len(got) == 1 and "Selamat datang" in got[0].text
    assert len(api.refused) >= 4


def test_a_failed_receipt_is_sent_again_when_throttled_and_reported_otherwise(served: Served) -> None:
    api = served.api
    phone = Phone(api, "6285711110010")
    phone.say("halo")
    first = phone.settle()[0]
    api.post(api.envelope([(NUMBER, api.statuses([first.wamid], "failed", code=130429))]))
    again = phone.settle()
    assert [s.text for s in again] == [first.text], "throttled at delivery: sent again, once"
    api.post(api.envelope([(NUMBER, api.statuses([again[0].wamid], "failed", code=131026))]))
    assert phone.settle() == []
    metrics = httpx.get(f"{served.url}/metrics").text
    assert 'pmi_errors_total{kind="whatsapp_undelivered"} 1.0' in metrics, "an undeliverable message is reported"


def test_media_as_evidence_capped_and_encrypted(served: Served) -> None:
    phone = Phone(served.api, "6285711110011")
    phone.say("halo")
    for choice in ("lapor", "setuju"):
        phone.press(next(c for c in phone.settle()[-1].choices if c["id"].endswith(":" + choice)))
    phone.say("tidak")
    phone.settle()
    phone.say("sy mau lapor, udh 5 bln gk digaji majikan, sy kerja di malaysia")
    phone.settle()
    phone.say("selesai")
    last = phone.settle()
    # the few questions before filing, then "lanjut" to the extra ones, up to the evidence
    for _ in range(30):
        if "bukti" in last[-1].text.lower():
            break
        ids = [c["id"] for c in last[-1].choices]
        pick = next((i for i in ids if i.endswith((":ya", ":lanjut"))), None)
        if pick is not None:
            phone.press(next(c for c in last[-1].choices if c["id"] == pick))
        else:
            phone.say("Siti" if "nama anda" in last[-1].text.lower() else "lewati")
        last = phone.settle()
    assert "bukti" in last[-1].text.lower()
    big = phone.send_media("document", b"%PDF" + b"x" * (1024 * 1024 + 10), "application/pdf", filename="kontrak.pdf")
    assert "terlalu besar" in phone.settle()[0].text, "a file over the cap is refused kindly"
    photo = b"\xff\xd8 foto slip gaji yang asli"
    phone.send_media("image", photo, "image/jpeg")
    assert "Berkas sudah kami terima" in phone.settle()[0].text
    voice = b"OggS a voice note"
    phone.send_media("audio", voice, "audio/ogg; codecs=opus", voice=True)
    assert "Berkas sudah kami terima" in phone.settle()[0].text
    phone.say("selesai")
    last = phone.settle()
    for _ in range(20):
        if not last or (not last[-1].choices and "Terima kasih" in last[-1].text):
            break
        ids = [c["id"] for c in last[-1].choices]
        pick = next((i for i in ids if i.endswith((":ya", ":lewati"))), ids[0] if ids else None)
        if pick is None:
            phone.say("lewati")
        else:
            phone.press(next(c for c in last[-1].choices if c["id"] == pick))
        last = phone.settle()
    with served.db() as conn:
        rows = conn.execute(
            "SELECT a.id, a.kind FROM attachments a JOIN cases c ON c.id = a.case_id "
            "WHERE c.id = (SELECT max(id) FROM cases) ORDER BY a.id"
        ).fetchall()
    assert sorted(kind for _, kind in rows) == ["photo", "voice"], f"both kept as evidence, the big file not ({big})"
    # the outbox fetches the files through the media endpoint (within a few of its passes)
    paths = [served.data / "attachments" / f"{attachment_id}.bin" for attachment_id, _ in rows]
    for _ in range(100):
        if all(path.exists() for path in paths):
            break
        with served.api.changed:
            served.api.changed.wait(0.1)
    files = [path for path in paths if path.exists()]
    contents = b"".join(f.read_bytes() for f in files)
    assert len(files) == 2 and photo not in contents and voice not in contents, "kept encrypted at rest"


def test_a_mediators_message_after_25_hours_goes_as_a_template_first(served: Served) -> None:
    api = served.api
    phone = Phone(api, "6285711110012")
    number = file_case(served, phone)
    age_window(served, phone.wa_id, hours=25)
    served.cli("cases", "message", number, "Di mana paspor Anda sekarang?")
    template = phone.new(1, timeout=30)[0]
    assert template.kind == "template" and template.payload["template"]["name"] == "ada_kabar_laporan"
    assert "paspor" not in json.dumps(template.payload), "the template carries nothing of the case"
    assert phone.settle() == [], "the content waits for her answer"
    phone.send("button", {"payload": "pmi:read_held", "text": "Baca pesan"})
    content = phone.settle()
    assert any("Di mana paspor Anda sekarang?" in s.text for s in content)


def test_a_send_meta_refuses_for_the_window_falls_back_to_the_template(served: Served) -> None:
    api = served.api
    phone = Phone(api, "6285711110013")
    number = file_case(served, phone)
    age_window(served, phone.wa_id, hours=25, ours=False)  # our clock and Meta's disagree
    served.cli("cases", "status", number, "diproses", "--reason", "diambil petugas")
    template = phone.new(1, timeout=30)[0]
    assert template.kind == "template", (template, api.refused[-3:])
    assert any(to == phone.wa_id and p.get("type") != "template" for to, p in api.refused), (
        api.refused,
        served.log.read_text()[-1500:],
    )
    phone.say("ok")
    released = phone.settle()
    assert any(f"Kabar laporan {number}" in s.text for s in released), [s.text for s in released]


def test_discreet_mode_on_whatsapp_is_honest_and_news_comes_neutral(served: Served) -> None:
    api = served.api
    phone = Phone(api, "6285711110014")
    number = file_case(served, phone)
    phone.say("rahasia")
    said = " ".join(s.text for s in phone.settle())
    assert "tidak bisa menghapus" in said and "Pesan sementara" in said
    served.cli("cases", "message", number, "Kami sudah menghubungi KBRI")
    neutral = phone.new(1, timeout=30)[0]
    assert neutral.kind == "text" and "KBRI" not in neutral.text and "Ada kabar" in neutral.text
    assert chat_hash(served, phone.wa_id) not in neutral.text
    phone.say("ya")
    released = phone.settle()
    assert any("Kami sudah menghubungi KBRI" in s.text for s in released)
    # her "ya" only asked to read: it is no message to the case and no answer to the dialog
    assert not any("teruskan" in s.text for s in released), [s.text for s in released]
    with served.db() as conn:
        wrote = conn.execute(
            "SELECT count(*) FROM case_events e JOIN cases c ON c.id = e.case_id "
            "WHERE c.number = ? AND e.kind = 'message_in'",
            (number,),
        ).fetchone()[0]
    assert wrote == 0, "a mediator sees no 'ya' on the timeline"


def test_a_file_from_a_mediator_is_uploaded_and_sent_as_a_document_after_its_message(
    served: Served, tmp_path: Path
) -> None:
    api = served.api
    phone = Phone(api, "6285711110021")
    number = file_case(served, phone)
    letter = tmp_path / "surat_KBRI.pdf"
    letter.write_bytes(b"%PDF-1.4\n% surat\n%%EOF\n")
    served.cli("cases", "send-file", number, str(letter), "--text", "Ini suratnya")
    got = phone.new(2, timeout=30)
    assert "Ini suratnya" in got[0].text and "surat_KBRI.pdf" in got[0].text
    document = got[1].payload
    assert document["type"] == "document" and document["document"]["filename"] == "surat_KBRI.pdf"
    media_id = document["document"]["id"]
    assert (media_id, "surat_KBRI.pdf") in api.uploaded
    assert api.media[media_id][0] == letter.read_bytes()
