"""Round eight's leftovers (issue 13, ADR 0029): small misreads earlier rounds left, typed as
people type them."""

from __future__ import annotations

from tests.support.chat import Chat, text_of
from tests.unit.test_tell_it_once import answer_through, chat_after

#: a worker in Hong Kong, unpaid, up to her first question
HONG_KONG = ("sy kerja di hongkong, majikan gk bayar gaji 2 bln", "@setuju", "gk", "ya")


def test_a_time_word_after_her_name_is_not_part_of_it() -> None:
    for said in ("Wati kemarin", "wati kmrn kak", "Sri Wahyuni tadi"):
        chat = chat_after(*HONG_KONG)
        answer_through(chat, "worker_name")
        chat.send(said)
        assert chat.slots["worker_name"] in ("Wati", "wati", "Sri Wahyuni"), said
        assert chat.node != "worker_name"


def test_yes_at_the_phone_question_is_asked_kindly_for_the_number() -> None:
    chat = chat_after(*HONG_KONG)
    answer_through(chat, "worker_name")
    chat.send("Wati")
    assert chat.node == "phone"
    said = text_of(chat.send("iya kak"))
    assert "tidak bisa kami baca" not in said
    assert "tulis nomornya" in said
    assert chat.node == "phone"
    chat.send("0812 3456 7890")
    assert chat.node != "phone"
    chat = chat_after("i work in hong kong, employer not pay my salary 2 month", "@setuju", "no", "yes")
    answer_through(chat, "phone")
    said = text_of(chat.send("yes"))
    assert "cannot read" not in said and "write the number" in said
    for have in ("punya", "ada kak"):
        chat = chat_after(*HONG_KONG)
        answer_through(chat, "phone")
        said = text_of(chat.send(have))
        assert "tulis nomornya" in said and chat.node == "phone", have


def test_tagalog_hindi_po_is_no_and_opo_po_is_yes() -> None:
    for said, hides in (("hindi po", False), ("Hindi po.", False), ("opo mam", True), ("opo po", True)):
        chat = chat_after("i work in hong kong, employer not pay my salary 2 month", "@setuju")
        assert chat.node == "discreet"
        text = text_of(chat.send(said))
        assert "please answer Yes or No" not in text, said
        assert chat.slots["discreet_mode"] is hides, said
    chat = chat_after("sy kerja di hongkong, majikan gk bayar gaji 2 bln", "@setuju")
    chat.send("opo")  # Javanese "what?": no yes
    assert chat.node == "discreet" and "discreet_mode" not in chat.slots


def test_a_code_typed_a_letter_at_a_time_is_read_at_the_status_check() -> None:
    chat = Chat()
    chat.send("status")
    chat.send(system={"lookup": "my_cases", "cases": []})
    assert chat.node == "number"
    chat.send("L Y 2 V M 2 5")
    assert chat.node == "code"
    assert chat.slots["case_number"] == "LY2-VM25"
    chat.send("8 2 z e f m m t")
    assert chat.slots["access_code"] == "82ZE-FMMT"


def test_a_work_visa_at_the_route_question_is_the_official_route() -> None:
    for story, said in (
        ("sy kerja di hongkong, majikan gk bayar gaji 2 bln", "visa kerja"),
        ("sy kerja di hongkong, majikan gk bayar gaji 2 bln", "pake visa kerja kak"),
        ("i work in hong kong, employer not pay my salary 2 month", "work visa"),
    ):
        chat = chat_after(story, "@setuju", "gk" if "sy" in story else "no", "ya" if "sy" in story else "yes")
        answer_through(chat, "route")
        text = text_of(chat.send(said))
        assert chat.slots["route"] == "procedural", said
        assert "pilihan itu tidak ada" not in text and chat.node != "route", said
    chat = chat_after(*HONG_KONG)
    answer_through(chat, "route")
    chat.send("visa turis")
    assert chat.slots["route"] == "non_procedural"


def test_arabic_ana_opening_her_story_is_the_worker_herself() -> None:
    chat = chat_after("ana sopir di riyadh, kafil gk bayar gaji 3 bulan", "@setuju", "gk", "ya")
    assert chat.slots["reporter_kind"] == "self"
    assert chat.node == "worker_name"
    # "Ana" with its capital may be a daughter's name: still asked who reports
    chat = chat_after("Ana kerja di riyadh, gaji gk dibayar 3 bulan", "@setuju", "gk", "ya")
    assert "reporter_kind" not in chat.slots
