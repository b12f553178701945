"""Round nine, families and English (issues 13 and 14, ADR 0029): whole conversations played
as families at home, workers who write English, and people who leave and come back. Each test
is what one of them typed, and what she should read or what should be filed."""

from __future__ import annotations

from flows.inputs.codes import parse_codes
from flows.types import CaseMessage, FileCase, UpdateCase
from tests.support.chat import Chat, text_of
from tests.unit.test_tell_it_once import answer_through, chat_after


def test_a_mother_who_names_her_daughter_is_not_asked_the_name_again() -> None:
    chat = chat_after(
        "assalamualaikum, sy mamanya Rina, anak sy kerja di taiwan udh 4 bln gk ada kabar", "@setuju", "tidak"
    )
    assert "Rina" in text_of(chat.turns[-1])
    chat.send("ya")
    assert chat.slots["worker_name"] == "Rina"
    assert chat.node != "worker_name"
    chat = chat_after("sy ibu dari Sri Wahyuni, dia di hongkong, udh 2 bln gk bisa dihubungi", "@setuju", "tidak", "ya")
    assert chat.slots["worker_name"] == "Sri Wahyuni" and chat.node != "worker_name"


def test_i_am_rinas_mother_is_a_family_report_with_her_name() -> None:
    chat = chat_after("hi, I am Rina's mother, she works in dubai, we cannot contact her 2 months", "@setuju", "no")
    said = text_of(chat.turns[-1])
    assert "Myself (the worker)" not in said
    assert "Parent" in said and "Rina" in said
    chat.send("yes")
    assert chat.slots["relation"] == "orang_tua" and chat.slots["worker_name"] == "Rina"
    chat = chat_after("this is Dewi's husband, she is in saudi, her madam not pay 5 months", "@setuju", "no", "yes")
    assert chat.slots["relation"] == "pasangan" and chat.slots["worker_name"] == "Dewi"


#: a Filipino-style English worker in Riyadh, up to her first question
RIYADH = (
    "hello madam, i am working here in riyadh, my boss not giving my salary 4 months already and i want go home",
    "@setuju",
    "no",
    "yes",
)


def test_continue_or_wala_at_a_question_she_may_skip_passes_it() -> None:
    for said in ("continue", "lanjut", "lanjut aja kak", "wala po", "wala"):
        chat = chat_after(*RIYADH)
        answer_through(chat, "employer_name")
        reply = text_of(chat.send(said))
        assert chat.slots.get("employer_name") is None, said
        assert chat.node != "employer_name", said
        assert "did not catch" not in reply, said
    chat = chat_after(*RIYADH)
    answer_through(chat, "employer_name")
    chat.send("Continental Group")
    assert chat.slots["employer_name"] == "Continental Group"


#: a worker in Hong Kong whose agent cuts her wage, up to her name
HONG_KONG = ("sy kerja di hongkong, gaji sy dipotong agen 3 bln", "@setuju", "tidak", "ya")


def test_going_on_said_in_a_sentence_brings_her_stopped_report_back() -> None:
    for said in ("kak sy mau lanjutin laporan yg td", "mau lanjut lapor yg kemarin kak", "continue my report please"):
        chat = chat_after(*HONG_KONG, "Wulan", "batal", "ya")
        assert chat.node is None
        reply = text_of(chat.send(said))
        assert "Setuju?" not in reply and "Terima kasih sudah bercerita" not in reply, said
        assert chat.node == "phone", said
        assert chat.slots["worker_name"] == "Wulan"
        assert said not in chat.slots["story"]


def test_going_on_in_a_sentence_after_the_chat_was_hidden_asks_her_question_again() -> None:
    chat = chat_after(*HONG_KONG, "Wulan", "berhenti dulu ya kak, majikan pulang")
    assert chat.state is not None and chat.state.discreet
    reply = text_of(chat.send("kak sy mau lanjutin laporan yg td"))
    assert "sudah kami catat" not in reply and "Nomor HP" in reply
    assert "lanjutin" not in chat.slots["story"]
    assert chat.node == "phone"


def test_an_erase_choice_named_by_its_place_is_taken() -> None:
    for said, asked in (("yg kedua", "Yakin menarik laporan?"), ("yang ke 3 aja", "Yakin menghapus semua data")):
        chat = chat_after(*HONG_KONG, "Wulan")
        answer_through(chat, "more")
        chat.send("cukup")
        chat.send("hapus")
        reply = text_of(chat.send(said))
        assert "pilihan itu tidak ada" not in reply, said
        assert asked in reply, said


def test_a_greeting_after_filing_is_not_asked_whether_it_adds_to_the_report() -> None:
    for said in ("halo kak", "assalamualaikum kak", "hi po", "good morning madam", "kak"):
        chat = chat_after(*HONG_KONG, "Wulan")
        answer_through(chat, "more")
        chat.send("cukup")
        reply = text_of(chat.send(said))
        assert "tambahan untuk laporan" not in reply, said
        assert "sudah kami terima" in reply, said
    chat = chat_after(*HONG_KONG, "Wulan")
    answer_through(chat, "more")
    chat.send("cukup")
    assert "tambahan untuk laporan" in text_of(chat.send("halo kak, paspor sy jg dipegang majikan"))


def test_no_to_news_because_her_phone_is_checked_answers_the_question() -> None:
    for said in ("jgn kak, hp sy suka dicek majikan", "gk usah kak majikan suka liat hp sy"):
        chat = chat_after(*HONG_KONG, "Wulan")
        answer_through(chat, "more")
        chat.send("lanjut")
        answer_through(chat, "notify")
        reply = text_of(chat.send(said))
        assert "belum terjawab" not in reply and "Boleh petugas mengirim kabar" not in reply, said
        assert chat.node is None, said
        assert chat.state is not None and chat.state.discreet, said
        held = [e for e in chat.effects(UpdateCase) if e.notify_reporter is False]
        assert held, said
        assert any("majikan" in m.text for m in chat.effects(CaseMessage)), said


def test_i_dont_know_at_the_workers_number_is_not_added_to_the_story() -> None:
    chat = chat_after(
        "hi, my sister is working in dubai as housemaid. we cannot contact her since 3 months, agency also not answer",
        "@setuju",
        "no",
        "yes",
        "Siti Nurhaliza",
    )
    assert chat.node == "worker_phone"
    chat.send("i dont know")
    assert chat.node == "phone"
    assert "dont know" not in chat.slots["story"]


def test_the_understood_list_has_no_empty_lines() -> None:
    chat = chat_after(
        "ibu sy kerja di arab saudi, udh 1 thn gk pulang2, kontrak udh habis tp gk boleh pulang sama majikan",
        "@setuju",
        "tidak",
    )
    said = text_of(chat.turns[-1])
    assert "Kontrak habis" in said
    assert "\n\n\n" not in said


def test_more_of_the_danger_typed_at_the_summary_does_not_send_it_unchecked() -> None:
    chat = chat_after(
        "anak sy kerja di malaysia, td dia telp nangis katanya dipukul majikan",
        "@setuju",
        "tidak",
        "Sari",
        "johor bahru",
        "gk tau",
        "081234567890",
    )
    assert chat.node == "summary"
    said = text_of(chat.send("dia nangis2 di telp, katanya sering dipukul pake sapu, hp nya jg diambil"))
    assert not chat.effects(FileCase)
    assert "Kami dengar" in said and "ringkasan" in said and chat.node == "summary"
    assert "sapu" in chat.slots["story"]
    chat.send("ya")
    assert chat.effects(FileCase)


def test_a_time_typed_at_the_summary_replaces_the_one_read_from_her_story() -> None:
    for story, said, now in (
        (("i work in singapore, my agency cut my salary 3 months already", "@setuju", "no", "yes"),
         "since i arrive last year", "1 year ago"),
        (("sy kerja di singapore, agen potong gaji sy udh 3 bln", "@setuju", "gk", "ya"), "sejak thn lalu",
         "1 tahun lalu"),
    ):  # fmt: skip
        chat = chat_after(*story)
        answer_through(chat, "summary")
        reply = text_of(chat.send(said))
        assert "did not understand" not in reply and "belum paham" not in reply, said
        assert chat.slots["since_display"] == now, said
        assert chat.node == "summary"


def test_a_father_who_says_she_called_yesterday_is_not_asked_when_he_last_heard_from_her() -> None:
    chat = chat_after(
        "assalamualaikum pak, sy bapaknya Wati, anak sy kerja di hongkong, kemarin dia telp katanya mau "
        "dipulangkan paksa sama agen, gaji 2 bln blm dikasih",
        "@setuju",
        "gk",
    )
    assert "Terakhir berhubungan" in text_of(chat.turns[-1])
    chat.send("ya")
    assert chat.slots["last_contact"] == "2026-12-02"
    answer_through(chat, "summary")
    assert "last_contact" not in chat.state.history  # type: ignore[union-attr]


def test_a_case_number_of_letters_typed_in_lower_case_beside_its_code_is_read() -> None:
    for said in ("status cxx uqyq 7c2p-dxfs", "status cxxuqyq kode 7c2pdxfs"):
        number, code = parse_codes(said)
        assert (number.value, code.value) == ("CXX-UQYQ", "7C2P-DXFS"), said
    number, code = parse_codes("status LY2VM25 kode 82zefmmt")
    assert (number.value, code.value) == ("LY2-VM25", "82ZE-FMMT")
    chat = Chat()
    chat.send("status cxx uqyq 7c2p-dxfs")
    chat.send(system={"lookup": "my_cases", "cases": []})
    assert chat.slots.get("case_number") == "CXX-UQYQ" and chat.slots.get("access_code") == "7C2P-DXFS"
    # words stay words: no number is read from a sentence of them
    assert parse_codes("gaji sy dipotong kode 7c2pdxfs")[0].ok is False


def test_writing_on_the_employers_phone_said_in_english_turns_the_chat_discreet() -> None:
    story = "hello po. i want go home already, my madam dont allow, contract finish last month"
    for said in ("this is madam phone", "im using my madam's phone", "only this one from madam"):
        chat = chat_after(story, "@setuju")
        assert chat.node == "discreet"
        chat.send(said)
        assert chat.slots["discreet_mode"] is True, said
    chat = chat_after(story, "@setuju", "no", "yes")
    answer_through(chat, "worker_name")
    chat.send("i dont have phone, only this one from madam")
    assert chat.state is not None and chat.state.discreet
    for harmless in ("my madam phone number is 91234567", "i got this phone from my sister"):
        chat = chat_after(story, "@setuju")
        chat.send(harmless)
        assert chat.slots.get("discreet_mode") is not True, harmless


#: a sister whose brother in Taiwan has not answered for three months, at her first question
TAIWAN_SISTER = ("adik sy kerja di taiwan udh 3 bln gk bisa dihubungi", "@setuju", "gk", "ya")


def test_lanjut_to_are_you_sure_you_want_to_cancel_it_keeps_her_report() -> None:
    for said in ("lanjut", "lanjut aja kak", "continue"):
        chat = chat_after(*TAIWAN_SISTER, "hapus", "2")
        assert "Yakin membatalkan" in text_of(chat.turns[-1])
        reply = text_of(chat.send(said))
        assert "tidak ada yang dihapus" in reply, said
        assert chat.node == "worker_name" and chat.slots["relation"] == "saudara", said
    chat = chat_after(*TAIWAN_SISTER, "hapus", "2")
    reply = text_of(chat.send("iya hapus aja"))
    assert "dibatalkan dan isinya dihapus" in reply and "Apa yang ingin Anda hapus" not in reply


def test_she_messaged_yesterday_is_when_the_family_last_heard_from_her() -> None:
    chat = chat_after(
        "good day. my wife Sulastri is working in muscat oman as housemaid, yesterday she message me her sponsor "
        "beat her and take her phone",
        "@setuju",
        "no",
    )
    assert chat.slots["last_contact"] == "2026-12-02"
    assert chat.slots["worker_name"] == "Sulastri"


def test_a_name_typed_at_the_country_question_is_kept_and_the_country_asked_again() -> None:
    for said in ("Mary Ann", "Siti Aminah"):
        chat = chat_after("hello po. i want go home already, my madam dont allow, contract finish last month", "@setuju",
                          "no", "yes")  # fmt: skip
        assert chat.node == "country"
        reply = text_of(chat.send(said))
        assert "do not know that country" not in reply, said
        assert chat.slots["worker_name"] == said and chat.node == "country", said
        chat.send("hong kong")
        assert chat.slots["country"] == "HK" and chat.node != "worker_name"
    for region in ("Timur Tengah", "Eropa"):
        chat = chat_after("sy mau pulang tp gk boleh sama majikan, kontrak udh habis", "@setuju", "gk", "ya")
        chat.send(region)
        assert not chat.slots.get("worker_name"), region
