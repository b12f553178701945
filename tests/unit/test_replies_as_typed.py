"""Replies typed as workers type them, at the steps where an exploratory run found them misread
(6 December): "udh itu aja" ending the story, "ga ada bukti" to the evidence question, "lanjut"
to "stop for now?"."""

from __future__ import annotations

import pytest

from flows.types import CaseMessage, FileCase, NotifyMediators
from tests.support.chat import Chat, text_of
from tests.unit.test_tell_it_once import MOTHER, WAGES, chat_after, file_wage_complaint, skip_to


def answer_until(chat: Chat, stops: set[str | None], answers: dict[str, str], other: str = "lewati") -> None:
    """Answers each question (``answers`` by node, else ``other``) until one of ``stops`` is
    asked or the conversation ends there."""
    for _ in range(60):
        if chat.node in stops:
            return
        chat.send(answers.get(chat.node or "", other))
    assert chat.node in stops, chat.node


def at_story() -> Chat:
    chat = Chat()
    chat.send("sy mau lapor")
    chat.press("setuju")
    chat.send("gk")
    assert chat.node == "story"
    return chat


def test_that_is_all_ends_the_story_and_is_not_kept_in_it() -> None:
    for done in ("udh itu aja", "udah", "udh kak"):
        chat = at_story()
        chat.send("majikan sy di riyadh gk bayar gaji udh 4 bln")
        chat.send(done)
        assert chat.node != "story", done
        assert chat.slots["story"] == "majikan sy di riyadh gk bayar gaji udh 4 bln", done
    chat = at_story()
    chat.send("majikan sy gk bayar gaji")
    chat.send("sudah 4 bulan")  # more of her story, not "done"
    assert chat.node == "story" and chat.slots["story"].endswith("sudah 4 bulan")


def test_no_evidence_said_as_typed_passes_the_evidence_question() -> None:
    for none in ("gk ada", "ga", "ga ada bukti"):
        chat = at_story()
        chat.send("majikan sy di riyadh gk bayar gaji udh 4 bln")
        chat.send("selesai")
        answer_until(chat, {"evidence"}, {"summary": "ya", "more": "lanjut", "understood": "ya"})
        chat.send(none)
        assert chat.node != "evidence", none


def test_go_on_to_stop_for_now_goes_on() -> None:
    chat = at_story()
    chat.send("majikan sy di riyadh gk bayar gaji udh 4 bln")
    asked = chat.node
    chat.send("batal")
    said = text_of(chat.send("lanjut"))
    assert "berhenti" not in said.lower() and chat.node == asked


def test_status_in_the_middle_of_a_report_is_no_dead_end() -> None:
    """ "status" at the city question asked a report number she did not have yet, and every way
    out ("blm punya nomor", "kembali", "menu", "batal" then "lanjut") led back to that question:
    the draft was out of reach. Each now returns to the report where she left it."""
    for way_out in ("blm punya nomor", "kembali", "lanjut", "batal", "i dont have number"):
        chat = Chat()
        chat.send("sy mau lapor paspor sy ditahan agensi di taiwan")
        chat.press("setuju")
        chat.send("tidak")
        chat.send("ya benar")
        asked = chat.node
        chat.send("status")
        chat.send(system={"lookup": "my_cases", "cases": []})  # the host finds no report of this chat
        assert chat.state is not None and chat.state.flow == "status" and chat.node == "number", way_out
        said = text_of(chat.send(way_out))
        assert chat.state.flow == "complaint" and chat.node == asked, way_out
        assert "lanjutkan" in said, way_out


def test_stop_during_the_extra_questions_keeps_what_she_answered_and_says_the_report_is_sent() -> None:
    """After filing, "stop" said "Nothing has been sent to the staff yet" and the extra answers
    given so far were lost."""
    from flows.types import FileCase, UpdateCase

    chat = at_story()
    chat.send("majikan sy di riyadh gk bayar gaji udh 4 bln")
    answer_until(chat, {"more", None}, {"understood": "ya", "summary": "ya", "more": "ya"})
    assert chat.effects(FileCase)
    if chat.node == "more":
        chat.send("lanjut")
    asked = chat.node
    chat.send("perempuan" if asked == "sex" else "lewati")
    said = text_of(chat.send("batal"))
    assert "Belum ada yang dikirim" not in said and chat.node is None
    assert chat.effects(UpdateCase), "what she answered after filing is added to the case"


def test_an_amount_is_not_an_age_and_hapus_laporan_opens_the_erase_choice() -> None:
    from flows.inputs.numbers import parse_number

    assert not parse_number("25jt", 10, 90).ok, "'25jt' to 'how old are you?' was stored as age 25"
    assert parse_number("umur 25", 10, 90).value == 25
    chat = Chat()
    said = text_of(chat.send("hapus laporan sy"))
    assert "Apa yang ingin Anda hapus?" in said, "it started a new report instead"


def test_setuju_sent_twice_does_not_turn_on_discreet_mode() -> None:
    """The second "setuju" landed on "might someone see your phone?" and read as Yes: discreet
    mode went on and the messages so far were deleted from her phone."""
    chat = Chat()
    chat.send("gaji sy gk dibayar 3 bulan di hongkong")
    chat.send("setuju")
    asked = chat.node
    said = text_of(chat.send("setuju"))
    assert chat.node == asked and chat.state is not None and not chat.state.discreet
    assert "HP Anda" in said, "the question is asked again"


def test_a_number_written_inside_a_sentence_answers_the_phone_question() -> None:
    """ "gk ada hp sendiri, pake hp temen 0178889900" was read as "no" and stored "-"; the
    number is the answer, and the sentence is kept with her story."""
    chat = Chat()
    chat.send("majikan gk bayar gaji sy 3 bln, sy di kuala lumpur")
    chat.press("setuju")
    chat.send("ga")
    answer_until(chat, {"phone"}, {"understood": "ya"}, other="Siti")
    chat.send("gk ada hp sendiri, pake hp temen 0178889900")
    assert chat.slots["phone"] == "+60178889900"
    assert "pake hp temen" in chat.slots["story"]


def at_name_question() -> Chat:
    chat = chat_after(WAGES, "@setuju", "gk", "iya")
    assert chat.node == "worker_name"
    return chat


def test_a_name_is_stored_without_the_words_she_led_up_to_it_with() -> None:
    typed = {
        "nama sy Yuli": "Yuli",
        "Nama saya: Siti Aminah": "Siti Aminah",
        "namaku rina kak": "rina",
        "sy Dewi ya bu": "Dewi",
        "nama lengkap saya adalah Sri Wahyuni": "Sri Wahyuni",
        "Aqila": "Aqila",
        "Ibu Siti": "Ibu Siti",
    }
    for said, name in typed.items():
        chat = at_name_question()
        chat.send(said)
        assert chat.slots["worker_name"] == name, said
    chat = at_name_question()
    answer_until(chat, {"employer_name"}, {})
    chat.send("majikan sy namanya Mr Ahmad al ghamdi")
    assert chat.slots["employer_name"] == "Mr Ahmad al ghamdi"


def test_a_number_typed_for_her_name_is_her_phone_and_the_name_is_asked_again() -> None:
    chat = at_name_question()
    said = text_of(chat.send("0812 3456 7890"))
    assert chat.node == "worker_name" and "worker_name" not in chat.slots
    assert chat.slots["phone"] == "+6281234567890"
    assert "nomor" in said.lower()
    chat.send("Yuli")
    assert chat.slots["worker_name"] == "Yuli"
    assert chat.node != "phone"  # the number was given: never asked for again
    # once her number is known, another number is still no name
    chat = at_name_question()
    chat.send("0812 3456 7890")
    said = text_of(chat.send("0813 1111 2222"))
    assert "bukan nama" in said and chat.node == "worker_name" and "worker_name" not in chat.slots


def test_a_mother_who_types_her_daughters_number_for_the_name_gives_the_daughters_number() -> None:
    chat = chat_after(*MOTHER[:4])
    assert chat.node == "worker_name"
    chat.send("+60 12-345 6789")
    assert chat.slots["worker_phone"] == "+60123456789" and "phone" not in chat.slots
    chat.send("nama anak sy Rina")
    assert chat.slots["worker_name"] == "Rina"


def at_money_owed() -> Chat:
    """The Riyadh wage complaint, filed, at "how much is unpaid?"."""
    chat = chat_after(WAGES, "@setuju", "gk", "iya")
    answer_until(chat, {"money_owed"}, {"summary": "ya", "more": "ya"})
    return chat


def test_riyal_said_by_a_worker_in_qatar_is_qatars_riyal_in_whichever_message() -> None:
    chat = chat_after("sy kerja di doha qatar", "@setuju", "gk", "majikan gk bayar gaji udh 3 bln, gajinya 1500 riyal")
    assert chat.slots["wage"] == {"amount": 1500, "currency": "QAR"}
    answer_until(chat, {"money_owed"}, {"understood": "ya", "summary": "ya", "more": "ya"})
    chat.send("4500 riyal")
    assert chat.slots["money_owed"] == {"amount": 4500, "currency": "QAR"}
    # in Riyadh a riyal is Saudi
    chat = at_money_owed()
    chat.send("4500 riyal")
    assert chat.slots["money_owed"] == {"amount": 4500, "currency": "SAR"}


def test_asking_after_a_report_in_a_sentence_checks_its_status_in_her_language() -> None:
    chat = chat_after("hello, i want to check my report status")
    assert chat.state is not None and chat.state.flow == "status" and chat.state.lang == "en"
    chat = chat_after("/start", "gimana laporan sy kak, udh seminggu")
    assert chat.state is not None and chat.state.flow == "status" and chat.state.lang == "id"
    # a problem told with the word "status" in it is a report
    chat = chat_after("status visa sy mati, majikan gk mau perpanjang")
    assert chat.state is not None and chat.state.flow == "complaint"


def test_asking_for_news_of_a_case_checks_its_status() -> None:
    for said, lang in (("any update on my case?", "en"), ("ada kabar laporan sy kak?", "id")):
        chat = chat_after(said)
        assert chat.state is not None and chat.state.flow == "status" and chat.state.lang == lang, said


def test_a_person_asked_for_in_her_own_words_is_called_in_her_language() -> None:
    for said, lang in (("talk to someone please", "en"), ("sy mau ngomong sm petugas dong", "id")):
        chat = chat_after(said)
        turn = chat.turns[-1]
        assert any(isinstance(e, NotifyMediators) and e.kind == "agent_request" for e in turn.effects), said
        assert chat.state is not None and chat.state.lang == lang, said
    # in the middle of a report: the person is called, and the question stays
    chat = chat_after(WAGES, "@setuju")
    asked = chat.node
    turn = chat.send("bisa bicara dgn org?")
    assert any(isinstance(e, NotifyMediators) and e.kind == "agent_request" for e in turn.effects)
    assert chat.node == asked and "bisa bicara" not in str(chat.slots)
    # at the name question: a person called, and no name filed
    chat = at_name_question()
    turn = chat.send("sy mau ngomong sama orang beneran aja bisa gk, bukan robot")
    assert any(isinstance(e, NotifyMediators) and e.kind == "agent_request" for e in turn.effects)
    assert chat.node == "worker_name" and "worker_name" not in chat.slots
    # people in her story are not a request
    for said in ("ada orang chat sy terus", "sy mau telpon orang tua sy", "majikan sy orangnya kasar"):
        chat = chat_after(WAGES, "@setuju")
        turn = chat.send(said)
        assert not any(isinstance(e, NotifyMediators) and e.kind == "agent_request" for e in turn.effects), said


def test_a_case_number_and_code_written_in_the_sentence_or_alone_are_not_asked_again() -> None:
    chat = chat_after("mau cek laporan EHA-3GVE kode PJVR-QKKG")
    assert chat.state is not None and chat.state.flow == "status"
    assert chat.slots["case_number"] == "EHA-3GVE" and chat.slots["access_code"] == "PJVR-QKKG"
    chat = chat_after("/start", "eha3gve")
    assert chat.state is not None and chat.state.flow == "status"
    assert chat.slots["case_number"] == "EHA-3GVE" and "access_code" not in chat.slots


def test_a_plea_or_a_sentence_at_the_name_question_is_no_name() -> None:
    for said in ("tolong dibantu ya kak", "gak tau, katanya sih anak majikan yg pegang", "majikan suka cek hp sy"):
        chat = at_name_question()
        chat.send(said)
        assert chat.node == "worker_name" and "worker_name" not in chat.slots, said
    chat = at_name_question()
    chat.send("kn udh sy blg td, Nur Hasanah")
    assert chat.slots["worker_name"] == "Nur Hasanah"
    chat = at_name_question()
    answer_until(chat, {"employer_name"}, {})
    chat.send("baba")  # what she calls him: a name all the same
    assert chat.slots["employer_name"] == "baba"


def test_safe_in_her_own_word_answers_are_you_safe_and_later_is_no_address() -> None:
    beaten = ("majikan mukul sy tiap hari, sy di riyadh", "@setuju")
    chat = chat_after(*beaten, "aman")
    assert chat.slots["safe_now"] is True and chat.node == "where_now"
    chat = chat_after(*beaten, "gk aman")
    assert chat.slots["safe_now"] is False and chat.state is not None and chat.state.discreet
    chat = chat_after(*beaten, "aman")
    for later in ("later", "nanti aja"):
        chat = chat_after(*beaten, "aman", later)
        assert chat.slots.get("where_now") is None and chat.node != "where_now", later


def test_the_problem_list_keeps_its_numbers_after_an_answer_it_did_not_take() -> None:
    chat = chat_after(
        "English",
        "agency in jakarta take 15 million rupiah from me and now in saudi the salary is less than promised",
        "ok",
        "no",
        "yes",
    )
    assert chat.node == "category_group"
    shown = [o.id for o in chat.turns[-1].replies[-1].options]
    for tried in ("1 and 3", "both 1 and 3 please"):
        turn = chat.send(tried)
        # (from the second miss a "talk to a person" button is added at the end)
        assert [o.id for o in turn.replies[-1].options][: len(shown)] == shown, tried
        assert tried not in chat.slots["story"]
    chat.send("3")
    assert chat.state is not None and not chat.state.urgent  # the third line as she saw it: money
    assert chat.node == "cat_uang"


def test_writing_for_her_sister_is_a_family_report() -> None:
    chat = chat_after(
        "Hello, I am writing for my sister. She works in a factory in Poland, the agency took her passport"
    )
    assert chat.state is not None and chat.state.flow == "family_report" and chat.state.lang == "en"
    assert chat.slots["relation"] == "saudara"
    # her own report that names her sister is still hers
    chat = chat_after("i work in riyadh, my sister also here, my employer not pay")
    assert chat.state is not None and chat.state.flow == "complaint"


def test_a_status_question_at_the_menu_needs_no_did_you_mean() -> None:
    chat = chat_after("/start", "I want to check my report status")
    assert chat.state is not None and chat.state.flow == "status" and chat.state.lang == "en"


def test_the_amount_owed_is_the_total_she_names_not_her_monthly_wage() -> None:
    chat = at_money_owed()
    chat.send("gaji sebulan 1500 real, jd total 4500")
    assert chat.slots["money_owed"] == {"amount": 4500, "currency": "SAR"}
    chat = at_money_owed()
    chat.send("sebulan 1500 real jd totalnya 7500")  # the total without its currency said again
    assert chat.slots["money_owed"] == {"amount": 7500, "currency": "SAR"}


def test_an_amount_in_words_is_the_whole_amount_in_the_currency_she_names() -> None:
    chat = at_money_owed()
    chat.send("seribu lima ratus riyal")
    assert chat.slots["money_owed"] == {"amount": 1500, "currency": "SAR"}
    chat = at_money_owed()
    chat.send("kira2 dua ribu lima ratus dolar")
    assert chat.slots["money_owed"] == {"amount": 2500, "currency": "USD"}
    chat = at_money_owed()
    chat.send("satu setengah juta")
    assert chat.slots["money_owed"] == {"amount": 1_500_000, "currency": "IDR"}


def test_months_of_wages_and_the_monthly_wage_are_what_is_owed_and_the_wage() -> None:
    chat = at_money_owed()
    chat.send("3 bulan gaji, sebulan 750 riyal")
    assert chat.slots["money_owed"] == {"amount": 2250, "currency": "SAR"}
    assert chat.slots["wage"] == {"amount": 750, "currency": "SAR"}


def test_money_the_agency_says_she_must_pay_is_no_money_owed_to_her() -> None:
    chat = chat_after("my contract finish august but agency not let me go, they say i must pay 60000 NT first")
    assert "money_owed" not in chat.slots
    assert chat.slots.get("fees_paid") == {"amount": 60000, "currency": "TWD"}


def test_a_province_with_its_regency_is_both() -> None:
    chat = chat_after(WAGES, "@setuju", "gk", "iya")
    answer_until(chat, {"province"}, {"summary": "ya", "more": "ya"})
    chat.send("NTB, lombok timur")
    assert chat.slots["province"] == "Nusa Tenggara Barat" and chat.slots["regency"] == "lombok timur"
    assert chat.node != "regency"


def test_after_switching_to_english_what_she_told_is_shown_in_english() -> None:
    chat = chat_after(WAGES, "@setuju", "gk", "iya", "bahasa")
    chat.press("en")
    answer_until(chat, {"summary"}, {})
    said = text_of(chat.turns[-1])
    assert "Myself (the worker)" in said and "Wages not paid" in said and "Saudi Arabia" in said
    assert "Saya sendiri" not in said and "Gaji tidak dibayar" not in said


def test_in_a_city_state_the_city_is_not_asked_but_where_exactly_is() -> None:
    chat = chat_after("sy kerja di hongkong, gaji dipotong agen tiap bulan", "@setuju", "gk", "ya")
    asked = []
    answer_until(chat, {"summary"}, {})
    asked = [t.state.node for t in chat.turns]
    assert "city" not in asked and chat.slots["city"] == "Hong Kong"
    chat = chat_after("majikan sy di singapura suka mukul sy", "@setuju", "aman")
    assert chat.node == "where_now" and "Anda di Singapura" in text_of(chat.turns[-1])


def test_her_name_typed_where_a_number_was_asked_is_her_name_and_emoji_is_no_name() -> None:
    urgent = ("majikan sy di singapura suka mukul sy, sy takut", "@setuju", "aman", "dkt orchard")
    chat = chat_after(*urgent)
    assert chat.node == "phone"
    said = text_of(chat.send("Sri Wahyuni"))
    assert chat.slots["worker_name"] == "Sri Wahyuni" and chat.node == "phone" and "tidak bisa kami baca" not in said
    chat = chat_after(*urgent, "Tidak")
    assert "worker_name" not in chat.slots  # "no" to the number, not a name
    chat = at_name_question()
    chat.send("😭😭🙏")
    assert chat.node == "worker_name" and "worker_name" not in chat.slots


def test_a_long_telling_where_a_name_was_asked_is_kept_with_her_story() -> None:
    chat = at_name_question()
    answer_until(chat, {"employer_name"}, {})
    long = "majikan sy orangnya kasar, suka teriak dan banting barang, " * 60
    said = text_of(chat.send(long))
    assert chat.node == "employer_name" and "employer_name" not in chat.slots
    assert long.strip() in chat.slots["story"] and "sudah kami catat" in said


def test_a_city_state_corrected_to_another_country_leaves_no_city_behind() -> None:
    chat = chat_after("sy kerja di singapura, gaji gk dibayar 3 bln", "@setuju", "gk", "ya")
    answer_until(chat, {"summary"}, {})
    assert chat.slots["city"] == "Singapura"
    chat.send("negaranya salah, harusnya malaysia")
    assert chat.slots["country"] == "MY" and not chat.slots.get("city")


def test_two_numbers_at_a_choice_ask_for_one_first_and_take_none() -> None:
    chat = chat_after("halo", "@lapor", "@setuju", "gk", "lewati", "sy")
    assert chat.node == "category_group"
    for tried in ("2 dan 5", "1,3", "no 1 sama 4"):
        said = text_of(chat.send(tried))
        assert "Pilih satu dulu" in said, tried
        assert chat.node == "category_group" and "category_group" not in chat.slots
    chat.send("1")
    assert chat.node == "cat_uang"


def test_one_of_several_problems_is_taken_off_at_the_summary_in_her_words() -> None:
    said = ("sy di riyadh, gaji gk dibayar 4 bln, paspor ditahan madam", "@setuju", "gk", "ya", "Siti")
    chat = chat_after(*said)
    skip_to(chat, "summary")
    assert chat.slots["_more_categories"] == ["penahanan_dokumen"]
    reply = text_of(chat.send("yg paspor salah"))
    assert "kami hapus" in reply and "Paspor atau dokumen ditahan" not in reply
    assert chat.slots["category"] == "gaji_tidak_dibayar" and not chat.slots["_more_categories"]
    # the main problem named: the other becomes the main one
    chat = chat_after(*said)
    skip_to(chat, "summary")
    chat.send("hapus yg gaji")
    assert chat.slots["category"] == "penahanan_dokumen" and not chat.slots["_more_categories"]
    assert chat.node == "summary"


def test_an_employer_named_with_everyday_words_is_taken_as_written() -> None:
    for said, name in (
        ("panti jompo Sakura no Sato", "panti jompo Sakura no Sato"),
        ("pabrik elektronik hong da", "pabrik elektronik hong da"),
        ("ama sy namanya chen a ma", "chen a ma"),
    ):
        chat = chat_after(WAGES, "@setuju", "gk", "iya")
        skip_to(chat, "employer_name")
        chat.send(said)
        assert chat.slots["employer_name"] == name and chat.node != "employer_name", said


def test_a_violent_problem_chosen_at_the_summary_is_shown_before_it_is_filed() -> None:
    chat = chat_after("sy di osaka, gaji dipotong buat asrama", "@setuju", "gk", "ya", "Siti")
    skip_to(chat, "summary")
    chat.send("2")
    chat.press("kekerasan")
    turn = chat.send("1")
    assert chat.node == "summary" and not chat.effects(FileCase)  # seen first, not filed behind her back
    assert "Kekerasan" in text_of(turn)
    chat.send("ya")
    filed = chat.effects(FileCase)
    assert len(filed) == 1 and filed[0].urgent


def test_moved_to_another_country_said_at_the_summary_changes_the_country() -> None:
    chat = chat_after("sy di kuwait city, kontrak udh habis tp gk dipulangin", "@setuju", "gk", "ya", "Siti")
    skip_to(chat, "summary")
    assert chat.slots["country"] == "KW"
    said = text_of(chat.send("eh kak sy lupa, sy udh dipindah ke saudi, skrg di dammam"))
    assert "Arab Saudi" in said and chat.slots["country"] == "SA" and chat.slots["city"] == "Dammam"
    assert "dipindah ke saudi" in chat.slots["story"]
    # where she was before is not where she is
    chat.send("dulu sy jg pernah di malaysia 2 thn")
    assert chat.slots["country"] == "SA"


def at_worker_phone() -> Chat:
    chat = chat_after(*MOTHER)
    for _ in range(10):
        if chat.node == "worker_phone":
            break
        chat.send("ya" if chat.node == "understood" else "lewati")
    assert chat.node == "worker_phone"
    return chat


def test_the_writer_s_own_number_at_the_worker_s_number_is_kept_as_hers() -> None:
    chat = at_worker_phone()
    said = text_of(chat.send("08.57.1234.9999 (hp sy)"))
    assert chat.slots["phone"] == "+6285712349999" and not chat.slots.get("worker_phone")
    assert chat.node == "worker_phone" and "nomor Anda" in said
    chat.send("yg tadi itu no hp sy pak, no tini gk ada")  # still no number of hers
    chat = at_worker_phone()
    chat.send("gk ada, nomornya udh mati")
    assert chat.node != "worker_phone" and chat.slots.get("worker_phone") is None
    assert "nomornya udh mati" in chat.slots["story"]


def test_a_sentence_with_a_number_at_a_choice_is_kept_with_her_story() -> None:
    chat = chat_after("halo", "@lapor", "@setuju", "gk", "lewati", "sy")
    said = "sy mau biaya rs nya dibayar majikan, katanya 20rb dolar hk"
    chat.send(said)
    assert said in (chat.slots.get("story") or "")


def test_lewat_calo_at_the_agency_question_is_the_way_she_went_not_skip() -> None:
    chat = chat_after(WAGES, "@setuju", "gk", "iya")
    skip_to(chat, "agency")
    chat.send("lewat calo")
    assert chat.slots["route"] == "calo" and chat.slots.get("agency") is None and chat.node != "agency"


def test_javanese_answers_to_the_choices() -> None:
    for node, said, value in (("sex", "lanang", "M"), ("sex", "wadon", "F"), ("wants", "pengen mulih", "pulang")):
        chat = Chat()
        file_wage_complaint(chat)
        chat.send("lanjut")
        skip_to(chat, node)
        chat.send(said)
        assert chat.slots[node] == value, said


def test_a_death_told_in_the_first_message_is_met_with_sorrow_first() -> None:
    chat = chat_after("assalamualaikum, sy mau lapor anak sy meninggal di malaysia kemarin, kata agen jatuh")
    assert text_of(chat.turns[-1]).startswith("Kami turut berduka cita.")
    chat = chat_after("my sister died in saudi, the agency says she was sick")
    assert text_of(chat.turns[-1]).startswith("We are so sorry for your loss.")
    # any other problem: the usual thanks
    chat = chat_after(WAGES)
    assert "berduka" not in text_of(chat.turns[-1]) and "Terima kasih" in text_of(chat.turns[-1])


def test_a_new_report_after_an_urgent_one_is_not_urgent_because_the_last_was() -> None:
    chat = chat_after("tolong sy dipukul majikan di riyadh", "@setuju")
    for _ in range(8):  # the urgent path's few questions, skipped, until the case is filed
        if chat.effects(FileCase):
            break
        chat.send("lewati")
    (urgent,) = chat.effects(FileCase)
    assert urgent.urgent and urgent.reporter_kind == "self"
    chat.send("cukup")
    said = text_of(chat.send("kak sy mau lapor masalah lain, agen sy di indonesia minta uang 5 juta lagi"))
    assert "tambahan untuk laporan" not in said, "a new report, said so"
    chat.press("setuju")
    assert chat.state is not None and not chat.state.urgent
    assert chat.node == "discreet", "the usual questions, not the urgent path's"


def test_a_case_named_and_asked_after_shows_its_status_from_a_first_message_or_a_question() -> None:
    # "kode" before the code is not part of it (it was read as KODE-EC38, and five tries locked the case)
    for said in ("mau cek laporan DFT-WJG9 kode EC38-NEWM", "sy bapaknya dewi mau tanya laporan no DFT WJG9 kode EC38 NEWM",
                 "hi any update for case DFT-WJG9? code EC38-NEWM"):  # fmt: skip
        chat = chat_after(said)
        assert chat.state is not None and chat.state.flow == "status", said
        assert chat.slots["case_number"] == "DFT-WJG9" and chat.slots["access_code"] == "EC38-NEWM", said
    # a case number beside problem words, asked after: its status, not a new report
    chat = chat_after("ada kabar soal jenazah kakak sy? DFT-WJG9")
    assert chat.state is not None and chat.state.flow == "status" and chat.slots["case_number"] == "DFT-WJG9"
    # at a question of a new report: the status, and her report kept aside, not filed as a name
    chat = chat_after(*MOTHER[:4])
    asked = chat.node
    chat.send("eh bentar pak, laporan sy yg soal Rina DFT-WJG9 gmn kabarnya?")
    chat.send(system={"lookup": "my_cases", "cases": []})
    assert chat.state is not None and chat.state.flow == "status" and chat.node == "code"
    assert "worker_name" not in chat.slots["_paused"]["slots"]
    chat.send("lanjut")
    assert chat.state.flow == "family_report" and chat.node == asked


def test_news_asked_after_filing_is_the_status_not_more_for_the_report() -> None:
    """ "ada kabar pak soal anak sy?" soon after filing got "is this more for your report?",
    and "bukan" started a duplicate report."""
    for said in ("ada kabar pak soal anak sy?", "any update? is my sister ok?"):
        chat = Chat()
        file_wage_complaint(chat)
        skip_to(chat, None)
        chat.send(said)
        assert chat.state is not None and chat.state.flow == "status" and chat.state.pending is None, said
    # lost contact told is a story, asked about as before
    chat = Chat()
    file_wage_complaint(chat)
    skip_to(chat, None)
    chat.send("adik sy jg udh 3 bln gk ada kabar")
    assert chat.state is not None and (chat.state.pending or {}).get("kind") == "follow_up"


def test_at_the_questions_after_filing_status_in_words_and_enough_are_heard() -> None:
    chat = Chat()
    file_wage_complaint(chat)
    chat.send("lanjut")
    assert chat.node == "sex"
    chat.send("gmn laporan sy?")
    assert chat.state is not None and chat.state.flow == "status"
    chat = Chat()
    file_wage_complaint(chat)
    chat.send("lanjut")
    said = text_of(chat.send("cukup"))
    assert chat.node is None and "sudah kami tambahkan" in said


def test_a_few_words_of_her_own_right_after_filing_are_asked_about_not_dropped() -> None:
    """ "Al Noor Workshop", "Ayu" right after an urgent filing went to the welcome menu and
    were lost; "makasih ya kak 🙏" got the whole menu."""
    for said in ("Al Noor Workshop", "Ayu"):
        chat = Chat()
        file_wage_complaint(chat)
        skip_to(chat, None)
        chat.send(said)
        assert chat.state is not None and (chat.state.pending or {}).get("kind") == "follow_up", said
    chat = Chat()
    file_wage_complaint(chat)
    skip_to(chat, None)
    said = text_of(chat.send("makasih ya kak 🙏"))
    assert said.startswith("Sama-sama") and "Selamat datang" not in said


def test_a_plain_answer_is_not_held_up_by_are_you_in_danger() -> None:
    """ "sy di kl" at the city question and "please call me 0812-3333-4444" at the phone
    question got "Apakah Anda ... sedang dalam bahaya?" (the trained second opinion)."""
    chat = chat_after("majikan gk bayar gaji sy 3 bln", "@setuju", "gk", "ya", "malaysia")
    assert chat.node == "city"
    chat.send("sy di kl")
    assert chat.slots["city"] == "Kuala Lumpur" and chat.state is not None and chat.state.pending is None
    skip_to(chat, "phone")
    chat.send("please call me 0812-3333-4444")
    assert chat.slots["phone"] == "+6281233334444" and chat.state.pending is None


def test_an_answer_to_another_question_at_the_name_question_is_no_name() -> None:
    """ "Nama pekerja: 7 bln", "Majikan: perempuan" were filed from answers typed out of turn."""
    for said in ("7 bln", "perempuan", "1500 riyal"):
        chat = chat_after(WAGES, "@setuju", "gk", "ya")
        assert chat.node == "worker_name"
        chat.send(said)
        assert chat.node == "worker_name" and "worker_name" not in chat.slots, said
    chat = chat_after(WAGES, "@setuju", "gk", "ya", "perempuan")
    assert chat.slots["sex"] == "F"  # what it answers is kept where it belongs
    chat.send("Siti")
    assert chat.slots["worker_name"] == "Siti"


def test_her_report_asked_after_days_later_shows_its_status() -> None:
    """A day after filing, "gmn kak, udh ada kabar blm?" started a new report."""
    for said in (
        "gmn kak, udh ada kabar blm?",
        "laporan sy udh diproses blm?",
        "any news?",
        "kak sy mau tanya laporan sy",
    ):
        chat = Chat()
        file_wage_complaint(chat)
        skip_to(chat, None)
        assert chat.state is not None
        chat.state.slots["_last_case"]["until"] = 0  # a day has passed
        chat.send(said)
        assert chat.state.flow == "status", said
    # lost contact told by a family is still a report
    chat = chat_after("anak sy udh 3 bln gk ada kabar")
    assert chat.state is not None and chat.state.flow == "family_report"


def test_a_reply_to_a_mediator_may_take_several_messages_and_the_window_closes() -> None:
    chat = Chat()
    file_wage_complaint(chat)
    chat.send("lanjut")
    asked = chat.node
    chat.send(system={"event": "mediator_message", "case_number": "K7Q-3XM9", "text": "Siapa nama majikan Anda?"})
    chat.send("namanya Abdullah kak")
    said = text_of(chat.send("Abdullah Al Harbi lengkapnya"))
    assert [m.text for m in chat.effects(CaseMessage)] == ["namanya Abdullah kak", "Abdullah Al Harbi lengkapnya"]
    assert "pilihan itu tidak ada" not in said
    chat.send("lanjut")
    assert chat.node == asked and chat.state is not None and chat.state.pending is None
    # outside a report: status words get the status; after a day her words are read afresh
    chat = Chat()
    file_wage_complaint(chat)
    skip_to(chat, None)
    chat.send(system={"event": "mediator_message", "case_number": "K7Q-3XM9", "text": "Kami sedang hubungi agensi."})
    chat.send("makasih kak")
    chat.send("kak gmn laporan sy")
    assert chat.state is not None and chat.state.flow == "status"
    chat = Chat()
    file_wage_complaint(chat)
    skip_to(chat, None)
    chat.send(system={"event": "mediator_message", "case_number": "K7Q-3XM9", "text": "Kami sedang hubungi agensi."})
    assert chat.state is not None
    chat.state.slots["_reply_until"] = 0  # a week later
    chat.send("kak sy mau lapor masalah lain, agen sy minta uang 10 juta buat pulang")
    assert len(chat.effects(CaseMessage)) == 0


def test_a_lost_access_code_is_told_what_to_do_once_not_asked_again() -> None:
    chat = chat_after("cek status")
    chat.send(system={"lookup": "my_cases", "cases": []})
    chat.send("YVH-3K4X")
    assert chat.node == "code"
    said = text_of(chat.send("kode sy hilang kak"))
    assert "tampil tanpa nomor dan kode" in said and chat.node is None
    turn = chat.press("petugas")
    assert any(isinstance(e, NotifyMediators) and e.kind == "agent_request" for e in turn.effects)


def test_a_greeting_on_coming_back_is_no_name() -> None:
    """At "Siapa nama majikan?", "halo kak" and "maaf kak baru bls" were filed as the employer."""
    for said in ("halo kak", "maaf kak baru bls", "kak??"):
        chat = chat_after(WAGES, "@setuju", "gk", "ya", "Siti", "lewati")
        assert chat.node == "employer_name"
        chat.send(said)
        assert chat.node == "employer_name" and "employer_name" not in chat.slots, said


def test_a_few_words_after_an_urgent_report_are_added_to_it_at_once() -> None:
    chat = chat_after("tolong sy dipukul majikan di riyadh", "@setuju")
    for _ in range(8):
        if chat.effects(FileCase):
            break
        chat.send("lewati")
    (filed,) = chat.effects(FileCase)
    chat.send("cukup")
    said = text_of(chat.send("sy takut kak"))
    assert chat.effects(CaseMessage)[-1] == CaseMessage(filed.number, "sy takut kak", urgent=True)
    assert "laporan baru" not in said.lower() and chat.state is not None and chat.state.pending is None


def test_status_asked_at_more_for_the_report_or_a_new_one_is_the_status() -> None:
    chat = Chat()
    (filed,) = [file_wage_complaint(chat)]
    skip_to(chat, None)
    chat.send("oh ya paspor sy jg diambil majikan")
    assert chat.state is not None and (chat.state.pending or {}).get("kind") == "follow_up"
    chat.send("kak gmn laporan sy")
    assert chat.state.flow == "status"
    assert chat.effects(CaseMessage)[-1] == CaseMessage(filed.number, "oh ya paspor sy jg diambil majikan")


def test_a_photo_sent_as_a_reply_to_a_mediator_goes_to_that_case() -> None:
    """It started a new report, and what she wrote next was stuck at its consent question."""
    from flows.types import Media

    chat = Chat()
    file_wage_complaint(chat)
    skip_to(chat, None)
    chat.send(system={"event": "mediator_message", "case_number": "K7Q-3XM9", "text": "Mohon kirim foto kontrak."})
    said = text_of(chat.send(media=Media("photo", "p-9", 90_000, "image/jpeg")))
    (reply,) = chat.effects(CaseMessage)
    assert reply.case_number == "K7Q-3XM9" and [m.file_id for m in reply.attachments] == ["p-9"]
    assert "sudah kami teruskan" in said and chat.node is None


def test_indonesian_as_the_embassy_s_adjective_asks_for_no_language() -> None:
    """ "indonesian embassy phone number singapore please" was read as "please use Indonesian"."""
    from flows.reading import language_asked

    assert language_asked("indonesian embassy phone number singapore please") is None
    assert language_asked("can i write indonesian please") == "id"
    assert language_asked("english please") == "en"


def test_submit_at_a_question_is_no_name_and_at_the_summary_sends_the_report() -> None:
    """ "submit" to "the employer's name?" was filed as the employer's name."""
    chat = chat_after("my employer not pay my salary 3 month, i am in riyadh", "@setuju", "no", "@ya")
    skip_to(chat, "employer_name")
    chat.send("submit")
    assert chat.node != "employer_name" and not chat.slots.get("employer_name")
    skip_to(chat, "summary")
    assert "Report number" in text_of(chat.send("submit"))


@pytest.mark.parametrize("said", ["tdk ada", "ga ada"])
def test_nobody_at_anyone_who_may_read_your_phone_is_a_no_not_a_skip(said: str) -> None:
    """A fisherman's wife answered "tdk ada" to "Apakah ada orang lain yang mungkin membaca HP
    Anda ...?": it was stored as skipped ("gk ada" was a No)."""
    chat = chat_after("suami sy di kapal taiwan, gajinya gk ditransfer 3 bln", "@setuju")
    assert chat.node == "discreet"
    chat.send(said)
    assert chat.slots["discreet_mode"] is False


def test_not_knowing_whether_to_go_on_after_filing_is_enough_for_now() -> None:
    """ "gk tau" to "Ada beberapa pertanyaan tambahan ... Mau lanjut sekarang?" was asked again:
    not knowing is "that's all for now", said as the button says it."""
    chat = Chat()
    file_wage_complaint(chat)
    assert chat.node == "more"
    said = text_of(chat.send("gk tau"))
    pressed = Chat()
    file_wage_complaint(pressed)
    assert chat.node is None and said == text_of(pressed.press("cukup"))
