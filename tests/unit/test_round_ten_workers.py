"""Round ten (issues 13 and 14, ADR 0029): whole conversations of workers abroad, typed on a
cheap phone as they type, and what each of them would have noticed."""

from __future__ import annotations

from tests.support.chat import text_of
from tests.unit.test_tell_it_once import answer_through, chat_after


def test_where_she_is_alone_is_not_thanked_as_a_story_and_the_story_is_asked() -> None:
    chat = chat_after("halo kak")
    said = text_of(chat.send("sy di malaysia kak"))
    assert "sudah bercerita" not in said and "tidak perlu mengulanginya" not in said
    assert chat.node == "consent"
    chat.press("setuju")
    asked = text_of(chat.send("tidak"))
    assert chat.node == "story" and "Ceritakan apa yang terjadi" in asked
    chat.send("majikan gk kasih libur udh 6 bln")
    chat.send("selesai")
    assert chat.slots["country"] == "MY"
    assert "sy di malaysia kak" in chat.slots["story"] and "gk kasih libur" in chat.slots["story"]


def test_her_story_typed_at_the_consent_is_not_asked_for_again() -> None:
    chat = chat_after("sy di hk", "majikan mau putus kontrak sy, dikasih waktu 14 hari", "@setuju")
    chat.send("tidak")
    assert chat.node == "understood"  # told at the consent: not "Ceritakan apa yang terjadi" again


def test_a_question_of_her_rights_is_told_the_staff_answer_it() -> None:
    for asked in ("klo kontrak habis boleh pindah majikan gk?", "apa sy bisa pindah agensi?"):
        chat = chat_after()
        said = text_of(chat.send(asked))
        assert "dijawab oleh petugas" in said and "sudah bercerita" not in said, asked
        assert chat.node == "consent" and asked in chat.slots["story"]
    said = text_of(chat_after().send("majikan sy gk bayar gaji 3 bln, sy hrs gmn?"))
    assert "sudah bercerita" in said  # her problem told: her story, thanked as before


def test_why_she_is_asked_is_answered_and_never_filed_as_the_answer() -> None:
    chat = chat_after("gaji sy gk dibayar 3 bln di malaysia", "@setuju", "tidak", "ya")
    assert chat.node == "city"
    said = text_of(chat.send("buat apa kak?"))
    assert "Supaya petugas bisa menolong" in said and chat.node == "city" and "city" not in chat.slots
    chat.send("kl")
    said = text_of(chat.send("knp hrs nama?"))
    assert "Supaya petugas bisa menolong" in said and chat.node == "worker_name"
    chat = chat_after("sy di jeddah majikan suka pukul sy", "@setuju", "aman kak")
    assert chat.node == "where_now"
    chat.send("knp hrs kasih alamat kak?")
    assert chat.node == "where_now" and "where_now" not in chat.slots  # it was the place a rescuer goes to


def test_a_question_about_her_money_is_no_why() -> None:
    chat = chat_after("gaji sy gk dibayar 3 bln di malaysia", "@setuju", "tidak", "ya")
    answer_through(chat, "agency")
    said = text_of(chat.send("knp hrs kasih uang 10 juta ke pt"))
    assert "Supaya petugas bisa menolong" not in said


def test_a_short_given_name_at_the_city_question_is_her_name() -> None:
    chat = chat_after("sy kerja di taiwan, gaji sy dipotong agensi terus udh 5 bln", "@setuju", "tidak", "ya")
    assert chat.node == "city"
    said = text_of(chat.send("Eni"))
    assert chat.slots.get("worker_name") == "Eni" and "city" not in chat.slots
    assert "Namanya sudah kami catat" in said and chat.node == "city"


def test_a_time_typed_at_the_city_question_is_the_time_not_the_city() -> None:
    chat = chat_after("sy di malaysia gaji gk dibayar", "@setuju", "gk", "ya")
    assert chat.node == "city"
    said = text_of(chat.send("5 bln kak"))
    assert "Waktunya sudah kami catat" in said and "city" not in chat.slots and chat.node == "city"
    assert chat.slots["since_display"] == "5 bulan lalu"


def test_a_time_typed_after_choosing_the_city_line_is_what_the_summary_says() -> None:
    chat = chat_after("sy di kl gaji gk dibayar 4 bln", "@setuju", "gk", "ya", "Nining")
    answer_through(chat, "summary")
    chat.send("5")  # "5. Kota": she meant the time
    chat.send("5 bln kak")
    said = text_of(chat.send("kl"))
    assert "Sejak: 5 bulan lalu" in said and "Kota: kl" in said  # it said "Waktunya sudah kami catat", and 4


def test_malay_x_is_a_no() -> None:
    chat = chat_after("sy di malaysia, majikan x bayar gaji 3 bulan", "@setuju")
    assert chat.node == "discreet"
    said = text_of(chat.send("x"))
    assert "mohon jawab Ya atau Tidak" not in said and chat.slots["discreet_mode"] is False
