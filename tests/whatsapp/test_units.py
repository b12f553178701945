"""The pure parts of the WhatsApp channel, and the emulator itself: shaping replies to WhatsApp's
limits, reading Meta's webhook JSON (shapes from courier's and pywa's fixtures), settings, and
the emulator's checks (signatures, token, window, limits) that the end-to-end tests rely on."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest

from app.config import ConfigError
from bot.whatsapp.config import load_whatsapp_settings
from bot.whatsapp.convert import READ_HELD, convert
from bot.whatsapp.render import reply_payloads, template_payload
from bot.whatsapp.webhook import signature_ok
from flows.types import Option, Reply
from tests.unit.test_config import run
from tests.whatsapp.emulator import APP_SECRET, NUMBER, TOKEN, CloudApi, limits_broken, running, sign

NUMBERS = frozenset({NUMBER})


def options(*labels: str) -> tuple[Option, ...]:
    return tuple(Option(f"o{i}", label, f"3:o{i}") for i, label in enumerate(labels))


# ---------------------------------------------------------------- rendering
def test_up_to_three_options_are_reply_buttons_with_the_option_data_as_id() -> None:
    [payload] = reply_payloads(Reply("Apakah Anda sendiri pekerjanya?", options("Ya", "Tidak", "Lewati")))
    action = payload["interactive"]["action"]
    assert payload["interactive"]["type"] == "button"
    assert [(b["reply"]["id"], b["reply"]["title"]) for b in action["buttons"]] == [
        ("3:o0", "Ya"),
        ("3:o1", "Tidak"),
        ("3:o2", "Lewati"),
    ]
    assert limits_broken(payload) is None


def test_a_long_button_label_is_shortened_and_said_in_full_in_the_body() -> None:
    label = "Keluar dari majikan atau agen sekarang"
    [payload] = reply_payloads(Reply("Apa yang Anda harapkan?", options(label, "Lainnya")))
    titles = [b["reply"]["title"] for b in payload["interactive"]["action"]["buttons"]]
    assert len(titles[0]) == 20 and titles[0].endswith("…")
    assert label in payload["interactive"]["body"]["text"]
    assert limits_broken(payload) is None


def test_four_to_ten_options_are_a_list_with_full_labels_in_the_rows() -> None:
    labels = ("Gaji tidak dibayar", "Paspor atau dokumen ditahan oleh majikan", "Kekerasan", "Ingin pulang")
    [payload] = reply_payloads(Reply("Masalahnya tentang apa?", options(*labels)))
    rows = payload["interactive"]["action"]["sections"][0]["rows"]
    assert payload["interactive"]["type"] == "list" and len(rows) == 4
    assert rows[1]["title"].endswith("…") and len(rows[1]["title"]) == 24
    assert rows[1]["description"] == labels[1]
    assert "description" not in rows[0]
    assert limits_broken(payload) is None


def test_more_than_ten_options_are_numbered_text() -> None:
    labels = tuple(f"Provinsi {n}" for n in range(1, 13))
    text = "Dari provinsi mana?\n" + "\n".join(f"{n}. {label}" for n, label in enumerate(labels, 1))
    payloads = reply_payloads(Reply(text, options(*labels)))
    assert [p["type"] for p in payloads] == ["text"]
    assert "12. Provinsi 12" in payloads[0]["text"]["body"]


def test_long_texts_are_split_and_the_buttons_ride_on_the_last_part() -> None:
    story = ("Saya bekerja tanpa libur dan gaji tidak dibayar. " * 200).strip()
    texts = reply_payloads(Reply(story))
    assert len(texts) == 3 and all(limits_broken(p) is None for p in texts)
    assert " ".join(p["text"]["body"] for p in texts).split() == story.split(), "nothing lost in the cut"
    with_buttons = reply_payloads(Reply(story[:1500], options("Ya", "Tidak")))
    assert [p["type"] for p in with_buttons] == ["text", "interactive"]
    assert all(limits_broken(p) is None for p in with_buttons)


def test_titles_made_alike_by_shortening_are_numbered() -> None:
    a, b = "Bantuan hukum untuk kasus gaji", "Bantuan hukum untuk kasus paspor"
    [payload] = reply_payloads(Reply("Pilih", options(a, b)))
    titles = [x["reply"]["title"] for x in payload["interactive"]["action"]["buttons"]]
    assert len(set(titles)) == 2 and titles[0].startswith("1.")
    assert limits_broken(payload) is None


def test_the_template_carries_no_case_content() -> None:
    payload = template_payload("ada_kabar_laporan", "id", button=True)
    assert payload["template"]["name"] == "ada_kabar_laporan"
    assert payload["template"]["components"][0]["parameters"][0]["payload"] == READ_HELD


# ---------------------------------------------------------------- reading webhooks
def envelope(*values: dict, number: str = NUMBER) -> dict:
    return CloudApi().envelope([(number, v) for v in values])


def message(kind: str, content: object, wa_id: str = "6285700009999", mid: str = "wamid.A1") -> dict:
    return {
        "contacts": [{"profile": {"name": "Kerry Fisher"}, "wa_id": wa_id}],
        "messages": [{"from": wa_id, "id": mid, "timestamp": "1454119029", "type": kind, kind: content}],
    }


def test_text_buttons_and_list_rows() -> None:
    text = convert(envelope(message("text", {"body": "sy mau lapor"})), NUMBERS).incoming[0]
    assert text.chat_id == f"{NUMBER}:6285700009999" and text.inbounds[0].text == "sy mau lapor"
    assert text.inbounds[0].update_key == "whatsapp:wamid.A1" and text.inbounds[0].user_id == "6285700009999"
    for kind in ("button_reply", "list_reply"):
        body = envelope(message("interactive", {"type": kind, kind: {"id": "4:lapor", "title": "Lapor"}}))
        assert convert(body, NUMBERS).incoming[0].inbounds[0].choice == "4:lapor"


def test_media_kinds_and_a_caption_after_the_file() -> None:
    image = {"id": "id_image", "mime_type": "image/jpeg", "sha256": "29ed", "caption": "ini kontrak saya"}
    inbounds = convert(envelope(message("image", image)), NUMBERS).incoming[0].inbounds
    assert [i.update_key for i in inbounds] == ["whatsapp:wamid.A1:m", "whatsapp:wamid.A1:t"]
    assert inbounds[0].media is not None and inbounds[0].media.kind == "photo"
    assert inbounds[1].text == "ini kontrak saya"
    voice = convert(envelope(message("audio", {"id": "v1", "mime_type": "audio/ogg", "voice": True})), NUMBERS)
    assert voice.incoming[0].inbounds[0].media.kind == "voice"  # type: ignore[union-attr]
    doc = {"id": "d1", "mime_type": "application/pdf", "filename": "kontrak.pdf"}
    media = convert(envelope(message("document", doc)), NUMBERS).incoming[0].inbounds[0].media
    assert media is not None and (media.kind, media.file_name) == ("document", "kontrak.pdf")


def test_her_own_contact_is_her_phone_anothers_is_not() -> None:
    own = [{"name": {"formatted_name": "Saya"}, "phones": [{"phone": "+62 857 0000 9999", "wa_id": "6285700009999"}]}]
    other = [{"name": {"formatted_name": "Agen"}, "phones": [{"phone": "+62 811 111", "wa_id": "62811111"}]}]
    assert convert(envelope(message("contacts", own)), NUMBERS).incoming[0].inbounds[0].contact_phone == (
        "+62 857 0000 9999"
    )
    assert convert(envelope(message("contacts", other)), NUMBERS).incoming[0].inbounds[0].contact_phone is None


def test_what_is_not_for_the_dialog_is_skipped_and_nothing_raises() -> None:
    reaction = message("reaction", {"message_id": "wamid.X", "emoji": "👍"})
    group = message("text", {"body": "halo"})
    group["messages"][0]["group_id"] = "120363"
    converted = convert(envelope(reaction, group), NUMBERS)
    assert converted.incoming == () and converted.ignored == 2
    assert convert(envelope(message("text", {"body": "halo"}), number="555"), NUMBERS).incoming == ()
    for junk in (None, [], {"object": "page"}, {"object": "whatsapp_business_account", "entry": [{"changes": [7]}]}):
        assert convert(junk, NUMBERS).incoming == ()
    template_press = message("button", {"payload": READ_HELD, "text": "Baca pesan"})
    assert convert(envelope(template_press), NUMBERS).incoming[0].read_held


def test_statuses_with_their_error_codes() -> None:
    value = {
        "statuses": [
            {"id": "wamid.S1", "recipient_id": "5678", "status": "delivered", "timestamp": "1"},
            {"id": "wamid.S2", "status": "failed", "errors": [{"code": 131047, "title": "Re-engagement"}]},
        ]
    }
    statuses = convert(envelope(value), NUMBERS).statuses
    assert [(s.message_id, s.status, s.error_codes) for s in statuses] == [
        ("wamid.S1", "delivered", ()),
        ("wamid.S2", "failed", (131047,)),
    ]


# ---------------------------------------------------------------- settings
def test_settings_half_given_say_what_is_missing_and_hide_the_secrets() -> None:
    assert load_whatsapp_settings({}, {}) is None
    with pytest.raises(ConfigError, match="WHATSAPP_APP_SECRET"):
        load_whatsapp_settings({}, {"WHATSAPP_TOKEN": "t"})
    env = {
        "WHATSAPP_TOKEN": "secret-token",
        "WHATSAPP_APP_SECRET": "app-secret-0123",
        "WHATSAPP_VERIFY_TOKEN": "verify-me-please",
        "WHATSAPP_PHONE_NUMBER_ID": "111, 222",
    }
    settings = load_whatsapp_settings({"whatsapp": {"templates": {"id": {"name": "ada_kabar"}}}}, env)
    assert settings is not None and settings.phone_number_ids == ("111", "222")
    assert settings.template_for("en") == ("ada_kabar", "id")
    assert "secret-token" not in repr(settings) and "app-secret" not in repr(settings)


#: a whole, plausible WhatsApp configuration; each test below spoils one part of it
VALID = {
    "WHATSAPP_TOKEN": "secret-token",
    "WHATSAPP_APP_SECRET": "app-secret-0123",
    "WHATSAPP_VERIFY_TOKEN": "verify-me-please",
    "WHATSAPP_PHONE_NUMBER_ID": "111",
}


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ({"WHATSAPP_PHONE_NUMBER_ID": "+62 812 3456 7890"}, "numeric id"),
        ({"WHATSAPP_API_BASE_URL": "http://graph.example.com/v21.0"}, "must be https://"),
        ({"WHATSAPP_APP_SECRET": "short"}, "App Secret"),
        ({"WHATSAPP_VERIFY_TOKEN": "abc"}, "long random text"),
    ],
)
def test_check_says_in_one_line_what_is_wrong_with_the_whatsapp_settings(
    change: dict[str, str], says: str, tmp_path: Path
) -> None:
    """`run_bot.py check` (and `serve`) stop a deployment that would fail at Meta's first call."""
    env = {**VALID, **change}
    with pytest.raises(ConfigError, match=says):
        load_whatsapp_settings({}, env)
    proc = run(["check"], {**env, "PMI_DATA_DIR": str(tmp_path)})
    assert proc.returncode == 2 and says in proc.stderr and "Traceback" not in proc.stderr


def test_check_names_the_channels_it_would_serve(tmp_path: Path) -> None:
    proc = run(["check"], {**VALID, "WHATSAPP_PHONE_NUMBER_ID": "111,222", "PMI_DATA_DIR": str(tmp_path)})
    assert proc.returncode == 0 and "whatsapp (2 number(s))" in proc.stdout, proc.stderr


# ---------------------------------------------------------------- the emulator
def test_the_emulator_signs_as_the_channel_checks() -> None:
    raw = json.dumps(envelope(message("text", {"body": "halo"}))).encode()
    assert signature_ok(APP_SECRET, raw, sign(APP_SECRET, raw))
    assert not signature_ok(APP_SECRET, raw, sign("other", raw))
    assert not signature_ok(APP_SECRET, raw + b" ", sign(APP_SECRET, raw))
    assert not signature_ok(APP_SECRET, raw, "")


def test_the_emulator_enforces_token_window_limits_and_serves_media() -> None:
    with running() as api:
        auth = {"Authorization": f"Bearer {TOKEN}"}
        text = {"messaging_product": "whatsapp", "to": "628570001", "type": "text", "text": {"body": "halo"}}
        url = f"{api.base_url}/{NUMBER}/messages"
        assert httpx.post(url, json=text).status_code == 401
        closed = httpx.post(url, json=text, headers=auth)
        assert closed.json()["error"]["code"] == 131047, "nobody wrote: only a template may go"
        template = {**text, "type": "template", "template": {"name": "ada_kabar_laporan", "language": {"code": "id"}}}
        assert httpx.post(url, json=template, headers=auth).json()["messages"][0]["id"].startswith("wamid.")
        api.message("628570001", "text", {"body": "halo"})  # she writes: the window opens
        assert httpx.post(url, json=text, headers=auth).status_code == 200
        four = {
            **text,
            "type": "interactive",
            "interactive": {
                "type": "button",
                "body": {"text": "x"},
                "action": {"buttons": [{"type": "reply", "reply": {"id": str(i), "title": str(i)}} for i in range(4)]},
            },
        }
        assert httpx.post(url, json=four, headers=auth).json()["error"]["code"] == 131009
        api.fail_next = [130429]
        assert httpx.post(url, json=text, headers=auth).json()["error"]["code"] == 130429
        media_id = api.add_media(b"\xff\xd8 bytes", "image/jpeg")
        info = httpx.get(f"{api.base_url}/{media_id}", headers=auth).json()
        assert info["file_size"] == 8 and httpx.get(info["url"], headers=auth).content == b"\xff\xd8 bytes"
        assert httpx.get(info["url"]).status_code == 401
        assert [s.kind for s in api.to("628570001")] == ["template", "text"]


def test_each_number_is_paced_on_its_own_and_one_number_keeps_to_its_throughput() -> None:
    from bot.outgoing import RateLimiter
    from bot.whatsapp.pacing import PerNumber

    now = [100.0]
    per_number = PerNumber(lambda: RateLimiter(per_second=2, per_chat=100, chat_burst=100, clock=lambda: now[0]))
    busy = [per_number("111").reserve(f"62811{i}") for i in range(4)]
    assert busy == [0.0, 0.5, 1.0, 1.5], "2 messages a second across the number's chats"
    assert per_number("222").reserve("628119") == 0.0, "another number is not held up by the busy one"
    assert per_number("111") is per_number("111")
