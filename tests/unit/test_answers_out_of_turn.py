"""Answers typed out of turn on the urgent path: nothing she writes is lost or filed in the wrong
place (a rescuer reads "where exactly" and calls "phone")."""

from __future__ import annotations

import pytest

from flows.types import FileCase
from tests.support.chat import Chat, text_of
from tests.unit.test_tell_it_once import chat_after

URGENT = ("majikan garang pukul saya", "saya tak boleh keluar", "@setuju", "tak", "kat kuala lumpur")


def urgent_chat() -> Chat:
    chat = chat_after(*URGENT)
    assert "Malaysia, benar?" in text_of(chat.turns[-1])
    return chat


def test_going_on_at_did_you_mean_keeps_the_country_and_her_words() -> None:
    chat = urgent_chat()
    chat.send("rumah majikan di cheras")
    assert chat.slots["country"] == "MY"
    assert "rumah majikan di cheras" in chat.slots["story"], "her words were read as the country and lost"


def test_another_country_named_at_did_you_mean_is_her_answer() -> None:
    chat = urgent_chat()
    chat.send("bukan, sy di singapura")
    assert chat.slots["country"] == "SG"


def test_a_phone_number_at_where_exactly_is_her_number_and_the_place_is_asked_again() -> None:
    chat = urgent_chat()
    chat.send("ya")
    assert chat.node == "where_now"
    said = text_of(chat.send("+60 12 888 1234"))
    assert "sudah kami catat" in said and chat.node == "where_now"
    assert chat.slots.get("where_now") is None and chat.slots["phone"].replace(" ", "").endswith("128881234")
    chat.send("rumah majikan di cheras, dkt masjid")
    filed = chat.effects(FileCase)[0].fields  # filed at once: the urgent path asks these three only
    assert filed["where_now"] == "rumah majikan di cheras, dkt masjid" and filed["phone"]


def test_more_of_her_story_at_kami_catat_is_kept_and_lewati_keeps_what_was_read() -> None:
    """At "Kami catat ... Benar?" fragments were refused up to eight times and lost."""
    chat = Chat()
    for said in ("sy mau lapor majikan gk bayar gaji udh 5 bln di saudi", "@setuju", "gk"):
        chat.press(said[1:]) if said.startswith("@") else chat.send(said)
    assert chat.node == "understood"
    said = text_of(chat.send("majikan sy galak"))
    assert "sudah kami catat" in said and "majikan sy galak" in chat.slots["story"]
    chat.send("lewati")
    assert chat.node != "understood" and chat.slots["category"] == "gaji_tidak_dibayar"


def test_how_long_it_has_been_is_not_a_yes_to_can_you_write_safely() -> None:
    """ "udh 4 bln" (how long) was read as Yes to "can you write safely now?"."""
    from flows.understand.answers import read_answer

    assert read_answer("udh 4 bln") is None and read_answer("sudah 3 tahun") is None
    assert read_answer("ya udh 4 bln") == "yes" and read_answer("udah") == "yes"
    chat = Chat()
    chat.send("majikan pukul sy")
    chat.press("setuju")
    chat.send("udh 4 bln")
    assert chat.node == "safe_now" and "safe_now" not in chat.slots


def test_a_place_typed_at_the_name_question_is_no_name_and_is_kept_as_the_place() -> None:
    """ "sabah", "taiwan" were filed as the worker's name; a town is said to be noted."""
    from tests.unit.test_tell_it_once import MOTHER, chat_after

    chat = chat_after(*MOTHER[:4])
    assert chat.node == "worker_name"
    said = text_of(chat.send("sabah"))
    assert "Tempatnya sudah kami catat" in said and chat.node == "worker_name"
    assert chat.slots.get("city") == "Sabah" and "worker_name" not in chat.slots
    chat.send("taiwan")
    assert chat.node == "worker_name"
    chat.send("Indah")
    assert chat.slots["worker_name"] == "Indah", "a name close to a country's (India) is a name"


def test_sebentar_at_the_city_question_is_a_moment_asked_for_not_a_city() -> None:
    from tests.unit.test_tell_it_once import MOTHER, chat_after

    chat = chat_after(*MOTHER[:5])
    asked = chat.node
    said = text_of(chat.send("sebentar ya kak"))
    assert "kami tunggu" in said and chat.node == asked and chat.slots.get("city") is None
    chat.send("kuala lumpur")
    assert chat.slots["city"] == "Kuala Lumpur"


def test_a_place_told_where_yes_or_no_was_asked_is_thanked_for_not_called_a_wrong_answer() -> None:
    chat = chat_after("assalamualaikum sy mau lapor majikan gk bayar gaji 5 bln", "ya")
    assert chat.node == "discreet"
    said = text_of(chat.send("sy di riyadh"))
    assert "sudah kami catat" in said and "mohon jawab Ya atau Tidak" not in said
    assert chat.node == "discreet" and chat.slots["city"] == "Riyadh" and chat.slots["country"] == "SA"


def test_nonsense_where_yes_or_no_was_asked_is_still_asked_again_plainly() -> None:
    chat = chat_after("assalamualaikum sy mau lapor majikan gk bayar gaji 5 bln", "ya")
    said = text_of(chat.send("apa ya wkwk"))
    assert "sudah kami catat" not in said and chat.node == "discreet"


@pytest.mark.parametrize("said", ["nama sy Painem", "jenengku Painem"])
def test_her_name_told_where_she_was_asked_where_she_is_is_her_name_not_the_place(said: str) -> None:
    chat = chat_after("paspor sy ditahan majikan, gk boleh keluar rumah, sy di taiwan", "1", "tidak")
    assert chat.node == "city"
    said_back = text_of(chat.send(said))
    assert "sudah kami catat" in said_back and chat.node == "city" and "city" not in chat.slots
    assert chat.slots["worker_name"] == "Painem"
    chat.send("taichung, jalan wenxin no 5")
    assert chat.slots["city"] == "taichung, jalan wenxin no 5"


@pytest.mark.parametrize("said, name", [("Siti Aminah", "Siti Aminah"), ("sri wahyuni kak", "sri wahyuni")])
def test_her_name_alone_at_the_city_question_is_her_name_and_the_city_is_asked_again(said: str, name: str) -> None:
    """ "Siti Aminah" typed at "Di kota mana?" (the question she expected was her name) was filed
    as the city, and her name asked after it."""
    chat = chat_after("gaji sy blm dibayar 3 bulan di malaysia", "@setuju", "tidak", "@ya")
    assert chat.node == "city"
    said_back = text_of(chat.send(said))
    assert "sudah kami catat" in said_back and chat.node == "city" and "city" not in chat.slots
    assert chat.slots["worker_name"] == name
    chat.send("kajang")
    assert chat.slots["city"] == "Kajang" and chat.node != "worker_name"


@pytest.mark.parametrize("place", ["Sri Aman", "Kajang", "Seri Kembangan"])
def test_a_town_at_the_city_question_is_still_the_city(place: str) -> None:
    chat = chat_after("gaji sy blm dibayar 3 bulan di malaysia", "@setuju", "tidak", "@ya")
    chat.send(place)
    assert chat.slots["city"] == place and "worker_name" not in chat.slots


def test_her_number_with_when_not_to_call_at_kami_catat_is_kept_and_so_is_the_when() -> None:
    """ "0123456789 tp jgn telp siang2" at "Kami catat ... Benar?": the number was lost (asked
    again later) and "jgn telp" was read as lost contact; the staff need both the number and when
    not to call."""
    chat = chat_after("gaji sy blm dibayar 3 bulan di kajang malaysia", "@setuju", "tidak")
    assert chat.node == "understood"
    said = text_of(chat.send("0123456789 tp jgn telp siang2"))
    assert "sudah kami catat" in said and "Putus komunikasi" not in said and chat.node == "understood"
    assert chat.slots["phone"] == "+60123456789" and "jgn telp siang2" in chat.slots["story"]
    assert "putus_komunikasi" not in (chat.slots.get("_more_categories") or [])
    asked = text_of(chat.send("ya"))
    assert "Nomor HP" not in asked


def test_the_agency_typed_at_her_name_is_the_agency_and_her_name_is_still_asked() -> None:
    """ "lwt PT Maju Jaya" answered to "Siapa nama Anda?" (she answered out of order) was filed as
    her name, and the agency question came later all the same."""
    chat = chat_after("paspor sy ditahan majikan di singapore", "@setuju", "gk", "@ya")
    assert chat.node == "worker_name"
    said = text_of(chat.send("lwt PT Maju Jaya"))
    assert "sudah kami catat" in said and chat.node == "worker_name" and "worker_name" not in chat.slots
    assert chat.slots["agency"] == "PT Maju Jaya"
    chat.send("Yuni")
    assert chat.slots["worker_name"] == "Yuni"
    from tests.unit.test_tell_it_once import skip_to

    skip_to(chat, "summary")
    assert chat.slots["agency"] == "PT Maju Jaya"


def test_how_long_typed_at_the_phone_question_is_thanked_for_not_called_an_unreadable_number() -> None:
    chat = chat_after("paspor sy ditahan majikan di singapore", "@setuju", "gk", "@ya", "Yuni")
    assert chat.node == "phone"
    said = text_of(chat.send("udh 3 bln"))
    assert "tidak bisa kami baca" not in said and "sudah kami catat" in said and chat.node == "phone"
    assert chat.slots["since"] == "2026-09-03"


@pytest.mark.parametrize("said", ["ntar", "ntar dulu ya kak", "bentar ya"])
def test_ntar_at_a_yes_or_no_question_is_a_moment_asked_for_not_a_wrong_answer(said: str) -> None:
    """ "ntar" to "may someone see your phone?" got "Maaf, mohon jawab Ya atau Tidak"."""
    chat = chat_after("bu sy dipecat majikan tanpa alasan, gaji terakhir blm dibayar, sy di penang", "iya bu")
    assert chat.node == "discreet"
    reply = text_of(chat.send(said))
    assert "kami tunggu" in reply and "mohon jawab" not in reply and chat.node == "discreet"
    chat.send("ya kak")
    assert chat.slots["discreet_mode"] is True


def test_nanti_aja_at_an_optional_question_still_skips_it() -> None:
    chat = chat_after("bu sy dipecat majikan tanpa alasan, gaji terakhir blm dibayar, sy di penang", "iya bu", "tdk")
    chat.press("ya")
    assert chat.node == "worker_name"
    chat.send("nanti aja")
    assert chat.node == "phone" and not chat.slots.get("worker_name")


def test_no_hp_with_her_number_at_a_yes_or_no_question_is_her_number_not_a_no() -> None:
    """ "no hp sy 0551234567" to "may someone see your phone?": the "no" ("nomor") was read as
    No, the chat stayed visible on her phone, and the number was lost."""
    chat = chat_after("majikan sy gk bayar gaji udh 5 bln, sy di riyadh", "@setuju")
    assert chat.node == "discreet"
    chat.send("no hp sy 0551234567")
    assert chat.node == "discreet" and "discreet_mode" not in chat.slots
    assert chat.slots["phone"] == "+966551234567"
    chat.send("no")
    assert chat.slots["discreet_mode"] is False


def test_the_way_she_went_typed_at_the_city_question_is_kept_as_her_agency_not_her_city() -> None:
    """ "PT ga ada, lwt BP2MI G to G" where she was asked her city: it was filed as the city a
    mediator would look in, and "which PT or agent?" was asked again later."""
    chat = Chat()
    chat.send(
        "annyeong, sy kerja di pabrik korea lwt eps, sajangnim gk mau tanda tangan pindah kerja, gaji telat 2 bln"
    )
    chat.press("setuju")
    chat.send("ga")
    chat.send("bener")
    assert chat.node == "city"
    said = text_of(chat.send("PT ga ada, lwt BP2MI G to G"))
    assert chat.node == "city" and "sudah kami catat" in said
    assert chat.slots.get("city") is None and chat.slots["agency"] == "PT ga ada, lwt BP2MI G to G"
    chat.send("ansan")
    assert chat.slots["city"] == "Ansan"
    asked = []
    while chat.node not in ("summary", None):
        asked.append(chat.node)
        chat.send("lewati")
    assert "agency" not in asked


def test_a_town_typed_at_the_name_question_is_kept_as_her_city() -> None:
    """ "tawau" where her name was asked, after a story that named only the state: the town is
    kept beside the state and her name asked again (it was "Maaf, kami belum menangkap namanya."
    and the town was lost). "masuk lwt jalan tikus" is the way in without papers."""
    chat = Chat()
    chat.send("sy kerja ladang sawit di sabah, masuk lwt jalan tikus nunukan, gk ada permit, tauke tahan IC")
    chat.press("setuju")
    chat.send("tak")
    assert chat.slots["route"] == "non_procedural"
    chat.send("betul")
    assert chat.node == "worker_name"
    said = text_of(chat.send("tawau"))
    assert "belum menangkap" not in said and "Tempatnya sudah kami catat" in said
    assert chat.node == "worker_name" and chat.slots["city"] == "Tawau, Sabah"
    chat.send("Rudi")
    assert chat.slots["worker_name"] == "Rudi"


def test_skip_at_a_question_that_must_be_answered_says_so_kindly() -> None:
    """ "lewati" to "who is reporting?" (it cannot be passed over) was "Maaf, pilihan itu tidak
    ada." each time she tried; she is told it is needed, and her answer in words still counts."""
    chat = Chat()
    chat.send("halo")
    chat.press("lapor")
    chat.press("setuju")
    chat.send("gk")
    chat.send("lewati")  # the story may be passed over
    assert chat.node == "reporter_kind"
    said = text_of(chat.send("lewati"))
    assert "perlu dijawab" in said and "tidak ada" not in said and chat.node == "reporter_kind"
    chat.send("sy sendiri")
    assert chat.slots["reporter_kind"] == "self"
