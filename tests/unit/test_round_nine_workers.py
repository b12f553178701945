"""Round nine (issues 13 and 14, ADR 0029): whole conversations of workers abroad, typed on a
cheap phone as they type, and what each of them would have noticed."""

from __future__ import annotations

from flows.types import RecordConsent
from tests.support.chat import text_of
from tests.unit.test_tell_it_once import answer_through, chat_after

#: a worker in Jeddah, unpaid, through to the questions before filing
JEDDAH = ("sy mau lapor majikan gk bayar gaji 4 bln, di jeddah", "@setuju", "gk", "ya")


def test_the_employer_named_before_a_cry_is_kept_and_not_asked_again() -> None:
    chat = chat_after(*JEDDAH)
    answer_through(chat, "employer_name")
    said = text_of(chat.send("madam Noura, suaminya suka masuk kamar sy malem2 sy takut bgt"))
    assert "Keselamatan Anda" in said  # the cry is heard first
    assert "Noura" in str(chat.slots.get("employer_name"))
    asked = []
    for answer in ("ya", "di rumah majikan, al rawdah", "lanjut", "lewati", "lewati", "lewati", "lewati", "lewati"):
        asked.append(chat.node)
        chat.send(answer)
    assert "employer_name" not in asked


def test_her_name_before_a_cry_is_her_name() -> None:
    chat = chat_after(*JEDDAH)
    answer_through(chat, "worker_name")
    chat.send("Wulan, tolong kak sy dipukul majikan td malam")
    assert chat.slots.get("worker_name") == "Wulan"
    chat = chat_after(*JEDDAH)
    answer_through(chat, "worker_name")
    chat.send("tolong kak sy dipukul majikan td malam")  # a cry alone names nobody
    assert not chat.slots.get("worker_name")


def test_her_country_told_with_a_second_cry_gives_its_numbers_once() -> None:
    chat = chat_after("tolong")
    said = text_of(chat.send("sy abk kapal taiwan, gaji gk dibayar 8 bln, kapten suka pukul"))
    assert "Polisi Taiwan" in said
    assert said.count("KDEI Taipei (hotline)") == 1  # it came twice: the whole list, then three again
    assert "Nomor penting" not in said


def test_a_time_taken_back_in_the_next_message_is_changed() -> None:
    chat = chat_after("sy di hongkong, majikan gk bayar gaji udh 5 bln, paspor jg dipegang")
    said = text_of(chat.send("eh salah, 6 bln"))
    assert "6 bulan lalu" in said
    chat.send("ya")
    listed = text_of(chat.send("gk"))
    assert "Sejak 6 bulan lalu" in listed and "5 bulan" not in listed
    chat = chat_after("sy di hongkong, majikan gk bayar gaji udh 5 bln", "@setuju", "gk", "ya")
    answer_through(chat, "phone")
    said = text_of(chat.send("eh salah, bukan 5 bln tp 6 bln"))
    assert chat.slots["since_display"] == "6 bulan lalu"
    assert chat.node == "phone"


def test_a_time_in_a_story_that_says_salah_corrects_nothing() -> None:
    chat = chat_after("sy di hongkong, majikan gk bayar gaji udh 5 bln", "@setuju", "gk", "ya")
    answer_through(chat, "phone")
    chat.send("gaji sy salah hitung udh 3 bln")
    assert chat.slots["since_display"] == "5 bulan lalu"


def test_a_clause_that_says_not_is_no_employer_name() -> None:
    chat = chat_after("sy abk kapal taiwan, gaji gk dibayar 8 bln", "@setuju", "gk", "ya")
    answer_through(chat, "employer_name")
    chat.send("gk ada sinyal di laut, wa aja 0812 3456 7890")
    assert not chat.slots.get("employer_name")
    assert chat.slots.get("phone") == "+6281234567890"


def test_no_call_chat_here_at_the_phone_question_is_no_alarm_question() -> None:
    for said in ("gk usah telp, chat aja disini", "jgn telp ya kak, wa aja"):
        chat = chat_after(
            "sy di taipei jaga akong, agensi minta uang tiap bln 1800, gaji jg telat", "@setuju", "gk", "ya"
        )
        answer_through(chat, "phone")
        reply = text_of(chat.send(said))
        assert "dalam bahaya" not in reply, said
        assert chat.node != "phone" and not chat.slots.get("phone"), said


def test_her_name_and_number_in_one_answer_are_both_kept() -> None:
    hong_kong = ("sy di hk majikan gk bayar gaji 2 bln", "@setuju", "gk", "ya")
    for said, name, phone in (
        ("Siti Aminah 852 6123 4567", "Siti Aminah", "+85261234567"),
        ("Siti Aminah, wa 6123 4567", "Siti Aminah", "+85261234567"),
        ("Siti 6123 4567 tp jgn telp siang2 ya", "Siti", "+85261234567"),
    ):
        chat = chat_after(*hong_kong)
        answer_through(chat, "worker_name")
        reply = text_of(chat.send(said))
        assert chat.slots["worker_name"] == name, said
        assert chat.slots["phone"] == phone, said
        assert chat.node != "phone" and "Nomor HP atau WhatsApp" not in reply, said
    chat = chat_after(*hong_kong)
    answer_through(chat, "worker_name")
    chat.send("Siti 6123 4567 tp jgn telp siang2 ya")
    assert "jgn telp siang2" in chat.slots["story"]


def test_her_consent_before_a_cry_is_her_consent() -> None:
    chat = chat_after("sy di riyadh gaji gk dibayar 5 bln")
    said = text_of(chat.send("setuju, tp cepet ya kak majikan lg keluar, sy dikunci di rumah"))
    assert "Keselamatan Anda" in said
    assert "minta izin" not in said  # the whole consent text came again while she was locked in
    assert chat.slots["consent"] == "setuju" and len(chat.effects(RecordConsent)) == 1
    assert chat.node == "safe_now"
    chat = chat_after("sy di riyadh gaji gk dibayar 5 bln")
    chat.send("tidak setuju, sy dikunci di rumah")  # a refusal in a hurry is asked again
    assert "consent" not in chat.slots or chat.slots["consent"] is None


def test_her_number_before_a_cry_is_kept_for_the_staff() -> None:
    chat = chat_after(*JEDDAH)
    answer_through(chat, "phone")
    said = text_of(chat.send("+966 55 123 4567, tolong cepet kak sy dikunci di kamar"))
    assert "Keselamatan Anda" in said
    assert chat.slots["phone"] == "+966551234567"
    for _ in range(6):
        if chat.node in ("more", None):
            break
        assert chat.node != "phone"
        chat.send("ya" if chat.node == "safe_now" else "di rumah majikan")


def test_is_this_real_is_answered_not_kept_as_her_story() -> None:
    for said in (
        "ini siapa ya? bukan penipuan kan?",
        "ini resmi gk kak?",
        "bukan penipuan kan?",
        "ini beneran dari pemerintah?",
    ):
        chat = chat_after("sy mau lapor")
        reply = text_of(chat.send(said))
        assert "tidak pernah meminta uang" in reply, said
        assert "sudah kami catat" not in reply and not chat.slots.get("story"), said
        assert chat.node == "consent"
    chat = chat_after("i want to report", "@setuju")
    reply = text_of(chat.send("is this a scam?"))
    assert "never asks for money" in reply


def test_a_job_she_doubts_is_her_story_not_a_question_about_us() -> None:
    from flows.questions import question_for_service

    assert question_for_service("beneran gk kak majikan bisa dipenjara?") is None
    assert question_for_service("agen sy penipuan kan?") is None
    assert question_for_service("is my real name needed?") is None


def test_a_firm_typed_at_the_phone_question_is_not_her_name() -> None:
    chat = chat_after(
        "sy kerja di jepang jd kaigo, perusahaan tahan zairyu card sy, lembur gk dibayar", "@setuju", "gk"
    )
    answer_through(chat, "phone")
    reply = text_of(chat.send("PT Sakura Kaigo Service"))
    assert "Namanya sudah kami catat" not in reply
    assert chat.slots.get("worker_name") != "PT Sakura Kaigo Service"
    assert chat.slots.get("agency") == "PT Sakura Kaigo Service"


def test_a_time_typed_alone_at_the_summary_changes_since() -> None:
    chat = chat_after("sy abk kapal taiwan, gaji dipotong agensi udh 10 bln", "@setuju", "gk", "ya")
    answer_through(chat, "summary")
    reply = text_of(chat.send("dr lebaran kemarin"))
    assert "belum paham" not in reply
    assert "Sejak: Maret 2026" in reply and chat.node == "summary"
    reply = text_of(chat.send("gaji sy 500 dolar"))  # not a time alone: not read as the since line
    assert "Sejak: Maret 2026" in reply or chat.node != "since"


def test_the_employer_corrected_in_words_is_changed_not_filed_as_the_agency() -> None:
    chat = chat_after("sy sopir di riyadh, kafil gk bayar gaji 4 bln, iqama sy mati", "@setuju", "gk", "ya")
    answer_through(chat, "employer_name")
    chat.send("Abu Fahad")
    assert chat.node == "agency"
    reply = text_of(chat.send("eh salah, nama kafilnya Abu Faisal bukan Abu Fahad"))
    assert chat.slots["employer_name"] == "Abu Faisal"
    assert not chat.slots.get("agency") and chat.node == "agency"
    assert "Abu Faisal" in reply


def test_a_city_she_forgot_but_is_near_is_that_place_not_her_sentence() -> None:
    chat = chat_after("sy di saudi, udh 7 thn gk bisa pulang, gaji 2 thn terakhir gk dibayar", "@setuju", "gk", "ya")
    assert chat.node == "city"
    chat.send("sy lupa nama kota nya, pokoknya dkt mekah")
    assert chat.slots["city"] == "Makkah" and chat.node != "city"
    assert "dkt mekah" in chat.slots["story"]
    chat = chat_after("sy di saudi, udh 7 thn gk bisa pulang, gaji 2 thn terakhir gk dibayar", "@setuju", "gk", "ya")
    chat.send("sy lupa nama kotanya kak")
    assert not chat.slots.get("city") and chat.node != "city"


def test_lanjut_at_the_employers_name_goes_on() -> None:
    chat = chat_after(*JEDDAH)
    answer_through(chat, "employer_name")
    reply = text_of(chat.send("lanjut"))
    assert "belum menangkap" not in reply
    assert chat.node != "employer_name" and not chat.slots.get("employer_name")


def test_tears_at_a_question_get_a_kind_word_not_answer_yes_or_no() -> None:
    for tears in ("😭", "😢😢", "🥺"):
        chat = chat_after("sy di taiwan, gaji dipotong broker 1800 tiap bulan", "@setuju")
        assert chat.node == "discreet"
        reply = text_of(chat.send(tears))
        assert "mohon jawab Ya atau Tidak" not in reply and "kami bantu" in reply, tears
        assert chat.node == "discreet" and "discreet_mode" not in chat.slots
