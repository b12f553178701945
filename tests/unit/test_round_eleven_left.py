"""Round eleven, what explore24 found and left (explore25): families and other languages, typed
as they type on a phone; each test asserts what they would notice."""

from __future__ import annotations

from tests.support.chat import Chat, text_of
from tests.unit.test_tell_it_once import chat_after

LOST_DAUGHTER = "anak sy kerja di malaysia, sabah. udh 5 bln gk ada kabar"


def _listed(chat: Chat) -> str:
    return next(text_of(t) for t in reversed(chat.turns) if "Kami catat" in text_of(t))


def test_a_death_told_by_yesterdays_call_is_not_filed_today() -> None:
    chat = chat_after("kmrn majikannya telp katanya ibu sy meninggal td pagi di taiwan")
    assert chat.slots["died_on"] == "2026-12-02"  # the morning of the call, not today (3 December)
    chat = chat_after("ibu sy meninggal td pagi di taiwan")
    assert chat.slots["died_on"] == "2026-12-03"  # said today of today


def test_a_status_asked_in_tagalog_english_is_answered_in_english() -> None:
    chat = Chat()
    chat.send("update po sa report ko")
    said = text_of(chat.send(system={"lookup": "my_cases", "cases": []}))
    assert "Write your report number" in said and "Tulis nomor" not in said


def _at_the_phone_question() -> Chat:
    chat = chat_after("kulo kerja teng taiwan, gaji mboten dibayar 3 wulan", "@setuju")
    assert chat.node == "discreet"
    return chat


def test_javanese_yes_words_are_yes() -> None:
    for yes in ("nggih", "enggeh", "injih", "nggeh"):
        chat = _at_the_phone_question()
        said = text_of(chat.send(yes))
        assert "mohon jawab Ya atau Tidak" not in said, yes
        assert chat.slots["discreet_mode"] is True, yes


def test_opo_is_what_not_yes_and_the_question_is_explained() -> None:
    for what in ("opo?", "opo", "apa kak?"):
        chat = _at_the_phone_question()
        said = text_of(chat.send(what))
        assert "discreet_mode" not in chat.slots, what  # not read as Yes
        assert "Kami bertanya supaya majikan" in said and "mohon jawab Ya atau Tidak" not in said, what


def test_no_number_for_her_is_not_added_to_the_story() -> None:
    for none in ("gk punya no nya", "ga ada nomer hp nya kak"):
        chat = chat_after(LOST_DAUGHTER, "@setuju", "gk", "@ya", "Siti Aminah")
        assert chat.node == "worker_phone"
        chat.send(none)
        assert chat.node == "phone", none  # her own number asked next
        assert chat.slots["story"] == LOST_DAUGHTER, none


def test_a_state_is_not_listed_as_a_city() -> None:
    listed = _listed(chat_after(LOST_DAUGHTER, "@setuju", "gk"))
    assert "Kota Sabah" not in listed and "- Sabah" in listed
    listed = _listed(chat_after(LOST_DAUGHTER.replace("sabah", "kota kinabalu"), "@setuju", "gk"))
    assert "Kota Kota" not in listed and "- Kota Kinabalu" in listed
    listed = _listed(chat_after(LOST_DAUGHTER.replace("sabah", "tawau"), "@setuju", "gk"))
    assert "- Kota Tawau" in listed  # a city is still a city
