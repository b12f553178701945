"""Round ten, families and other languages (issues 13 and 14, ADR 0029): whole conversations
played as families at home who know little ("gk tau", "kayaknya di riyadh", "terakhir telp
lebaran"), workers who write English or Malay, and families checking a status with the codes
typed badly. Each test is what one of them typed, and what she should read or what is filed."""

from __future__ import annotations

from flows.types import Lookup
from tests.support.chat import Chat, text_of
from tests.unit.test_tell_it_once import answer_through, chat_after


def test_the_last_call_at_lebaran_is_the_last_contact_not_asked_again() -> None:
    chat = chat_after(
        "assalamualaikum, sy mamanya Sri, anak sy kerja di arab kayaknya di riyadh, terakhir telp lebaran kemarin, "
        "skrg gk bisa dihubungi",
        "@setuju",
        "gk tau",
    )
    assert "Terakhir berhubungan" in text_of(chat.turns[-1])
    chat.send("iya")
    assert chat.slots["last_contact"] == "2026-03-01"
    assert chat.node != "last_contact"
    assert "Kapan terakhir" not in text_of(chat.turns[-1])


def test_last_years_lebaran_is_last_year() -> None:
    chat = chat_after("suami sy di malaysia, terakhir kontak lebaran thn lalu, skrg hp nya mati", "@setuju", "gk")
    chat.send("iya")
    assert chat.slots["last_contact"].startswith("2025-03")


#: a wife whose husband on a Sabah plantation cannot be reached, up to the worker's number
SABAH = (
    "kak sy mau lapor, suami sy kerja di malaysia di kebun sawit, hp nya mati udh 3 bln",
    "@setuju",
    "gk",
    "iya bener",
    "Slamet",
    "sabah",
)


def test_the_agencys_number_is_not_filed_as_the_workers_or_her_own() -> None:
    chat = chat_after(*SABAH)
    assert chat.node == "worker_phone"
    reply = text_of(chat.send("0812 9999 8888 ini no agen yg berangkatin"))
    assert "nomor agen atau majikan" in reply
    assert chat.node == "worker_phone" and not chat.slots.get("worker_phone")
    assert "no agen yg berangkatin" in chat.slots["story"]  # for the staff
    assert chat.slots["category"] == "putus_komunikasi"  # "yg berangkatin" is no failed departure
    chat.send("gk tau")
    chat.send("ini nomor agensinya 0812 345 6789")
    assert chat.node == "phone" and not chat.slots.get("phone")
    summary = text_of(chat.send("0857 1111 2222"))
    assert "Nomor pekerja: -" in summary and "+62 857-1111-2222" in summary
    assert "Gagal berangkat" not in summary


def test_the_workers_own_number_with_her_agency_named_is_hers() -> None:
    chat = chat_after(*SABAH)
    chat.send("hp nya 0812 9999 8888, dia kerja di PT Sawit Makmur")
    assert chat.slots["worker_phone"] == "+6281299998888"


def test_the_employers_number_in_a_husbands_story_is_not_his_own() -> None:
    chat = chat_after("istri sy di hongkong gk bisa dihubungi, no majikannya 852 6111 2222", "@setuju", "gk")
    assert "+852 6111 2222" not in text_of(chat.turns[-1])
    assert not chat.slots.get("phone")


def test_a_son_who_names_his_mother_with_bu_is_not_asked_her_name() -> None:
    chat = chat_after(
        "sy anaknya bu Karsih, ibu sy kerja di jeddah udh 8 thn, skrg sakit2an mau pulang tp majikan gk ngizinin",
        "@setuju",
        "gk",
    )
    assert "Karsih" in text_of(chat.turns[-1])
    chat.send("iya")
    assert chat.slots["relation"] == "anak" and chat.slots["worker_name"] == "Karsih"
    assert chat.node != "worker_name"
    chat = chat_after("sy istrinya mas Joko, suami sy kerja di korea, udh 2 bln gk ada kabar", "@setuju", "gk", "iya")
    assert chat.slots["worker_name"] == "Joko"


def _status_asked(opening: str = "cek status") -> Chat:
    chat = Chat()
    chat.send(opening)
    chat.send(system={"lookup": "my_cases", "cases": []})
    assert chat.node == "number"
    return chat


def test_the_number_and_the_code_typed_together_at_the_number_question_are_both_read() -> None:
    for typed in ("bgn ju7g ckrm qede", "BGN-JU7G CKRM-QEDE", "bgn ju7g kode ckrm qede"):
        chat = _status_asked()
        turn = chat.send(typed)
        lookups = [e for e in turn.effects if isinstance(e, Lookup)]
        assert lookups and lookups[0].args == {"number": "BGN-JU7G", "code": "CKRM-QEDE"}, typed
        assert "Tulis kode akses" not in text_of(turn), typed
    chat = _status_asked()
    chat.send("bgn ju7g")
    assert chat.node == "code"


def test_a_lost_report_number_is_told_what_to_do_not_asked_again() -> None:
    chat = _status_asked()
    said = text_of(chat.send("lupa nomornya kak"))
    assert "7 huruf dan angka" not in said
    assert "tanpa nomor dan kode" in said and "Ketik Status" in said
    assert "kami bantu" not in said  # the staff reply through a report: no help promised here
    assert chat.node is None
    chat = _status_asked("check status")
    said = text_of(chat.send("i forgot it"))
    assert "without its number or code" in said  # in her language


def test_the_status_questions_promise_no_help_the_staff_cannot_give() -> None:
    chat = _status_asked()
    said = text_of(chat.send("xx"))
    assert "petugas bisa membantu" not in said and "tulis saja Lupa" in said


def test_a_familys_doubt_after_the_agencys_name_is_not_part_of_it() -> None:
    for typed, name in (("PT bintang jaya kalo gk salah", "PT bintang jaya"), ("pt maju i think", "PT maju")):
        chat = chat_after(*SABAH)
        answer_through(chat, "agency")
        chat.send(typed)
        assert chat.slots["agency"] == name, typed


def test_no_photo_in_english_is_nothing_to_send() -> None:
    for typed in ("no photo", "i dont have any document", "none po"):
        chat = chat_after(
            "hi, my sister is working in singapore as maid, her phone cannot reach since 2 weeks", "@setuju", "no"
        )
        answer_through(chat, "evidence")
        said = text_of(chat.send(typed))
        assert chat.node != "evidence", typed
        assert "Send a photo" not in said, typed
