"""The pure parts of the Telegram channel: update conversion, text splitting, the rate limiter."""

from __future__ import annotations

import pytest

from bot.telegram.convert import convert
from bot.telegram.send import RateLimiter, markup_for, split_text, utf16_len
from flows.types import Option, Reply

USER = {"id": 42, "is_bot": False, "first_name": "Siti"}
CHAT = {"id": 42, "type": "private", "first_name": "Siti"}


def message(**fields: object) -> dict:
    return {"update_id": 10, "message": {"message_id": 3, "date": 1, "chat": CHAT, "from": USER, **fields}}


def test_text() -> None:
    c = convert(message(text="halo"))
    assert c.inbounds[0].text == "halo" and c.inbounds[0].update_key == "telegram:42:3"
    assert c.inbounds[0].chat_id == "42" and c.inbounds[0].user_id == "42" and c.message_id == 3


def test_button_press_passes_data_through_even_when_forged() -> None:
    c = convert(
        {
            "update_id": 11,
            "callback_query": {
                "id": "cb1",
                "from": USER,
                "chat_instance": "x",
                "data": "999:hapus_semua",
                "message": {"message_id": 1, "chat": CHAT},
            },
        }
    )
    assert c.inbounds[0].choice == "999:hapus_semua" and c.callback_id == "cb1"
    assert c.inbounds[0].update_key == "telegram:cb:cb1"


def test_dedup_keys_name_the_message_not_the_update_id() -> None:
    """Telegram may start update ids again (a week without updates, a new bot): a new message
    under an old update id is a new key; the same message delivered again is the same key."""
    first = convert(message(text="halo"))
    restarted = {"update_id": 10, "message": {"message_id": 97, "date": 9, "chat": CHAT, "from": USER, "text": "sy"}}
    again = convert({**message(text="halo"), "update_id": 5000})
    assert convert(restarted).inbounds[0].update_key != first.inbounds[0].update_key
    assert again.inbounds[0].update_key == first.inbounds[0].update_key


def test_photo_takes_the_largest_size_and_keeps_the_caption() -> None:
    c = convert(
        message(
            photo=[{"file_id": "small", "file_size": 10}, {"file_id": "big", "file_size": 900}], caption="kontrak saya"
        )
    )
    assert [i.update_key for i in c.inbounds] == ["telegram:42:3:m", "telegram:42:3:t"]
    assert c.inbounds[0].media is not None and c.inbounds[0].media.file_id == "big"
    assert c.inbounds[1].text == "kontrak saya"


@pytest.mark.parametrize("kind", ["document", "voice", "audio", "video", "video_note", "sticker", "animation"])
def test_every_media_kind(kind: str) -> None:
    c = convert(message(**{kind: {"file_id": "f1", "file_size": 5, "mime_type": "x/y"}}))
    assert c.inbounds[0].media is not None and c.inbounds[0].media.kind == kind


def test_own_contact_is_a_phone_someone_elses_is_not() -> None:
    own = convert(message(contact={"phone_number": "+60123456789", "user_id": 42, "first_name": "S"}))
    other = convert(message(contact={"phone_number": "+60123456789", "user_id": 7, "first_name": "X"}))
    assert own.inbounds[0].contact_phone == "+60123456789"
    assert other.inbounds[0].contact_phone is None and other.inbounds[0].text is None


@pytest.mark.parametrize(
    ("update", "reason"),
    [
        ({"update_id": 1, "edited_message": {"text": "x"}}, "edited message"),
        ({"update_id": 1, "channel_post": {"text": "x"}}, "channel post"),
        (
            {
                "update_id": 1,
                "message": {"message_id": 1, "chat": {"id": -5, "type": "group"}, "from": USER, "text": "hi"},
            },
            "group message",
        ),
        ({"update_id": 1, "my_chat_member": {}}, "not a message"),
        ({"message": {}}, "malformed"),
        ("not even a dict", "malformed"),
        ({"update_id": "1"}, "malformed"),
        ({"update_id": 1, "message": {"text": "no chat"}}, "malformed"),
    ],
)
def test_ignored_on_purpose(update: object, reason: str) -> None:
    assert convert(update).ignored == reason


def test_split_respects_utf16_and_prefers_paragraphs() -> None:
    assert split_text("halo") == ["halo"]
    text = ("Paragraf satu. " * 150) + "\n\n" + ("Paragraf dua 🙏. " * 200)
    parts = split_text(text)
    assert all(utf16_len(p) <= 4096 for p in parts) and len(parts) >= 2
    assert parts[0].endswith("Paragraf satu.")
    assert "".join(p.replace(" ", "").replace("\n", "") for p in parts) == text.replace(" ", "").replace("\n", "")


def test_split_exactly_at_the_limit_and_emoji_at_the_boundary() -> None:
    assert split_text("a" * 4096) == ["a" * 4096]
    emoji = "🙏" * 2049  # 4,098 UTF-16 units
    parts = split_text(emoji)
    assert all(utf16_len(p) <= 4096 for p in parts) and "".join(parts) == emoji


def test_markup_buttons_and_contact_keyboard() -> None:
    reply = Reply("?", (Option("ya", "Ya", "3:ya"), Option("tidak", "Tidak", "3:tidak")))
    assert markup_for(reply) == {
        "inline_keyboard": [[{"text": "Ya", "callback_data": "3:ya"}, {"text": "Tidak", "callback_data": "3:tidak"}]]
    }
    contact = markup_for(Reply("HP?", (Option("lewati", "Lewati", "4:lewati"),), request_contact=True))
    assert contact is not None and contact["keyboard"][0][0]["request_contact"] is True


def test_rate_limiter_keeps_one_chat_near_one_a_second_and_all_under_thirty() -> None:
    now = [0.0]
    limiter = RateLimiter(per_second=30, per_chat=1, chat_burst=3, clock=lambda: now[0])
    waits = [limiter.reserve("a") for _ in range(6)]
    assert waits[:3] == [0.0, pytest.approx(1 / 30), pytest.approx(2 / 30)]  # a burst of three
    assert waits[3] == pytest.approx(1.0, abs=0.05) and waits[5] == pytest.approx(3.0, abs=0.05)
    now[0] = 100.0
    many = [limiter.reserve(str(i)) for i in range(60)]
    assert many[-1] == pytest.approx(59 / 30, abs=0.01), "60 chats at once: spread over two seconds"


def test_odd_file_fields_cannot_poison_the_filing_turn() -> None:
    """A 162-character MIME type (the column holds 100) or a size beyond 64 bits made the turn
    that files the case fail in the database, again on every try."""
    c = convert(message(document={"file_id": "d1", "mime_type": "application/" + "x" * 150, "file_size": 2**64}))
    media = c.inbounds[0].media
    assert media is not None and media.file_id == "d1"
    assert media.mime_type is not None and len(media.mime_type) == 100 and media.size is None
