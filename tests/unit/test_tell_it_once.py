"""Tell it once (issue 13): the first message is kept and read, what it says is said back once and
never asked again, chat Indonesian and negation are understood, several problems make one case."""

from __future__ import annotations

import pytest

from flows.types import CaseMessage, FileCase, RecordConsent, UpdateCase
from tests.support.chat import Chat, text_of

WAGES = "assalamualaikum, sy mau lapor majikan sy gk bayar gaji udh 5 bln, sy kerja di riyadh"


def file_wage_complaint(chat: Chat) -> FileCase:
    chat.send(WAGES)
    chat.press("setuju")
    chat.send("gk")
    chat.send("iya")
    for answer in ("Siti", "lewati", "lewati", "gk tau", "ya"):
        chat.send(answer)
    filed = chat.effects(FileCase)
    assert len(filed) == 1, chat.node
    return filed[0]


def skip_to(chat: Chat, node: str | None) -> None:
    """Skips the optional questions until ``node`` is asked (None: until the report ends)."""
    for _ in range(30):
        if chat.node == node:
            return
        chat.send("lewati")
    assert chat.node == node


def answer_through(chat: Chat, node: str) -> None:
    """Like ``skip_to``, with Yes to the understood list, the summary and "more questions?"."""
    for _ in range(30):
        if chat.node == node:
            return
        chat.send("ya" if chat.node in ("summary", "understood", "more") else "lewati")
    assert chat.node == node


def chat_after(*said: str) -> Chat:
    """A conversation after ``said``, typed as she types; "@id" presses that button."""
    chat = Chat()
    for message in said:
        if message.startswith("@"):
            chat.press(message[1:])
        else:
            chat.send(message)
    return chat


#: a story told, then "something is wrong", "all of it", and "sy" to who is reporting
TAIWAN_SAID_WRONG = (
    "sy kerja di taiwan, majikan gk ksh libur, kerja dr subuh smp malam, sy mau pindah majikan",
    "@setuju",
    "gk",
    "salah",
    "semua",
    "sy",
)
#: a wage cut told at the story question
CUT_WAGE = (
    "sy mau lapor",
    "@setuju",
    "gk",
    "majikan sy suka marah2 dan potong gaji sy tiap bln 500 ringgit, sy di johor bahru",
)
#: a mother whose daughter is out of reach, up to the daughter's number
MOTHER = (
    "assalamualaikum pak, anak sy yg di malaysia udh 3 bln gk ada kabar, hp nya gk aktif",
    "@setuju",
    "gk",
    "ya",
    "Rina",
    "kuala lumpur",
)


def test_the_first_message_is_the_story_and_is_never_asked_again() -> None:
    chat = Chat()
    first = chat.send(WAGES)
    assert "tidak perlu mengulanginya" in text_of(first) and chat.node == "consent"
    chat.press("setuju")
    chat.send("gk")
    said = chat.turns[-1].replies[-1].text
    assert "Kami catat" in said and "Gaji tidak dibayar" in said and "Arab Saudi" in said
    chat = Chat()
    case = file_wage_complaint(chat)
    assert case.category == "gaji_tidak_dibayar" and case.fields["country"] == "SA"
    assert case.fields["city"].lower() == "riyadh"
    assert case.fields["story"] == WAGES
    assert {"category", "country"} <= set(case.from_words), "mediators see which values came from her words"
    # the money owed is optional: asked after filing, with the other questions that help
    chat.send("lanjut")
    chat.send("perempuan")
    chat.send("7500 riyal")
    assert chat.slots["money_owed"] == {"amount": 7500, "currency": "SAR"}
    asked = [t.awaiting.node for t in chat.turns if t.awaiting]
    assert "worker_name" in asked, "the questions still needed are asked"
    assert "category_group" not in asked and "country" not in asked and "city" not in asked


def test_a_wage_complaint_told_in_one_message_is_filed_within_twelve_answers() -> None:
    chat = Chat()
    file_wage_complaint(chat)
    assert chat.answers <= 12, chat.answers


def told_wages_then_said_wrong() -> tuple[Chat, str]:
    chat = Chat()
    chat.send(WAGES)
    chat.press("setuju")
    chat.send("gk")
    return chat, text_of(chat.send("ada yg salah"))


def test_something_wrong_asks_which_line_and_keeps_the_rest() -> None:
    chat, said = told_wages_then_said_wrong()
    assert "Yang mana yang salah?" in said
    assert "2. Gaji tidak dibayar" in said and "4. Arab Saudi" in said and "5. Kota Riyadh" in said
    assert chat.node == "understood", "nothing is forgotten before she says which"
    said = text_of(chat.send("4"))
    assert "kami tanyakan lagi" in said and chat.node == "country"
    assert "country" not in chat.slots
    assert chat.slots["category"] == "gaji_tidak_dibayar" and chat.slots["city"] == "Riyadh"
    assert chat.slots["story"] == WAGES, "her story is kept, only the value she named goes"


def test_the_wrong_line_can_be_named_in_her_words_or_by_several_numbers() -> None:
    chat, _ = told_wages_then_said_wrong()
    chat.send("negaranya")
    assert chat.node == "country" and "country" not in chat.slots and chat.slots["city"] == "Riyadh"
    chat, _ = told_wages_then_said_wrong()
    chat.send("kota nya salah")
    assert chat.node == "city" and "city" not in chat.slots and chat.slots["country"] == "SA"
    chat, _ = told_wages_then_said_wrong()
    chat.send("1 dan 3")
    assert "reporter_kind" not in chat.slots and "since" not in chat.slots
    assert chat.slots["category"] == "gaji_tidak_dibayar" and chat.slots["country"] == "SA"
    assert chat.node == "reporter_kind"
    chat = Chat()
    chat.send("hello, my employer has not paid my salary for 4 months, i work in dubai")
    chat.send("I agree")
    chat.send("no")
    assert "Which one is wrong?" in text_of(chat.send("something is wrong"))
    chat.send("the city")
    assert chat.node == "city" and chat.slots["country"] == "AE" and chat.slots["category"] == "gaji_tidak_dibayar"


def test_a_wrong_problem_is_asked_without_offering_it_first_again() -> None:
    chat, _ = told_wages_then_said_wrong()
    said = text_of(chat.send("2"))
    assert "category" not in chat.slots and chat.slots["country"] == "SA"
    assert chat.node == "category_group" and "Gaji tidak dibayar" not in said.split("Masalahnya")[-1].split("1.")[0]


def test_all_of_it_wrong_forgets_what_was_read_and_asks_one_by_one() -> None:
    chat, _ = told_wages_then_said_wrong()
    said = text_of(chat.send("semuanya salah"))
    assert "satu per satu" in said
    assert "category" not in chat.slots and "country" not in chat.slots
    assert chat.slots["story"] == WAGES, "her story is kept, only the values read from it go"


def test_an_answer_to_which_that_is_not_understood_gets_one_kind_line_and_the_list_again() -> None:
    chat, _ = told_wages_then_said_wrong()
    turn = chat.send("hmm??")
    assert len(turn.replies) == 2
    assert "Semuanya salah" in turn.replies[0].text and "Yang mana yang salah?" in turn.replies[1].text
    assert chat.node == "understood" and chat.slots["category"] == "gaji_tidak_dibayar"
    chat.send("udah bener kok")
    assert chat.node == "worker_name" and chat.slots["country"] == "SA", "nothing was wrong after all"


def test_negated_consent_is_a_refusal_never_an_agreement() -> None:
    for refusal in ("gk setuju", "tidak setuju", "ngga mau", "disagree", "I don't agree"):
        chat = Chat()
        chat.send("halo")
        chat.press("lapor")
        chat.send(refusal)
        consent = chat.effects(RecordConsent)
        assert consent and consent[-1].given is False, refusal
        assert chat.node is None, f"{refusal!r} ends the report"
    chat = Chat()
    chat.send("halo")
    chat.press("lapor")
    chat.send("sy setuju")
    assert chat.effects(RecordConsent)[-1].given is True


def test_dont_know_is_unknown_never_no() -> None:
    chat = Chat()
    file_wage_complaint(chat)
    chat.send("lanjut")
    skip_to(chat, "sc_documents")
    chat.send("gk tau")
    assert chat.slots["sc_documents"] is None and chat.slots["sc_documents_display"] == "Tidak tahu"
    chat.send("ngga tau")
    assert chat.slots["sc_movement"] is None


def test_dont_know_to_a_name_a_number_or_a_choice_is_not_known_never_an_answer() -> None:
    chat = Chat()
    chat.send(WAGES)
    chat.press("setuju")
    chat.send("gk")
    chat.send("iya")
    chat.send("gk tau")
    assert chat.slots["worker_name"] is None and chat.slots["worker_name_display"] == "Tidak tahu"
    chat.send("gk ingat")
    assert chat.node != "phone" and chat.slots["phone"] is None, "no 'nomor itu tidak bisa kami baca'"
    chat.send("lupa namanya")
    assert chat.slots["employer_name"] is None
    chat.send("Siti Nurhaliza")  # a name is still a name
    assert chat.slots["agency"] == "Siti Nurhaliza"
    chat.send("ya")
    assert chat.effects(FileCase)
    chat.send("lanjut")
    skip_to(chat, "route")
    chat.send("blm tau")
    assert chat.slots["route"] == "unknown", "the question's own 'Tidak tahu', with no 'did you mean' between"
    assert chat.node != "route"


def test_several_problems_make_one_case_with_secondary_categories() -> None:
    chat = Chat()
    chat.send("gaji sy gk dibayar 4 bln, paspor sy ditahan majikan, sy mau pulang aja. sy di malaysia")
    chat.press("setuju")
    chat.send("tidak")
    chat.send("ya")
    for _ in range(12):
        if chat.node == "summary":
            break
        chat.send("lewati")
    chat.send("ya")
    case = chat.effects(FileCase)[0]
    told = {case.category, *case.secondary_categories}
    assert {"gaji_tidak_dibayar", "penahanan_dokumen", "ingin_pulang"} <= told
    assert "retention_of_documents" in case.indicators


def test_an_english_first_message_switches_to_english_at_once() -> None:
    chat = Chat()
    turn = chat.send("Hello, my employer in Hong Kong has not paid my salary for 3 months")
    assert chat.state is not None and chat.state.lang == "en"
    assert "Thank you for telling us" in text_of(turn)


def test_the_welcome_offers_english_as_a_button() -> None:
    chat = Chat()
    turn = chat.send("halo")
    assert "English" in [o.label for o in turn.replies[-1].options]
    turn = chat.press("bahasa")
    assert chat.state is not None and chat.state.lang == "en"
    assert "Welcome" in text_of(turn)
    # and back: the English welcome offers Indonesian, not English again
    assert "Bahasa Indonesia" in [o.label for o in turn.replies[-1].options]
    turn = chat.press("bahasa")
    assert chat.state.lang == "id" and "Selamat datang" in text_of(turn)


def test_everyday_words_choose_options() -> None:
    chat = Chat()
    chat.send("halo")
    chat.press("keluarga")
    chat.press("setuju")
    chat.send("tidak")
    chat.send("anak sy hilang kontak")
    chat.send("selesai")
    if chat.node == "understood":
        chat.send("ya")
    if chat.node == "relation":
        chat.send("sy mamanya")
    assert chat.slots["relation"] == "orang_tua"


def test_a_family_that_does_not_know_the_country_can_go_on() -> None:
    chat = Chat()
    chat.send("sy ibunya, anak sy sudah 1 thn gk ada kabar")
    chat.press("setuju")
    chat.send("tidak")
    chat.send("ya")
    for _ in range(30):
        if chat.node == "country":
            break
        chat.send("Rina" if chat.node == "worker_name" else "lewati")
    chat.send("gk tau")
    assert chat.node != "country" and chat.slots["country"] is None


def test_answers_after_filing_are_added_to_the_case() -> None:
    chat = Chat()
    case = file_wage_complaint(chat)
    chat.send("lanjut")
    chat.send("resmi lwt PT")
    assert chat.slots["route"] == "procedural", "'resmi lwt PT' is the official route"
    for _ in range(40):
        if chat.node is None:
            break
        chat.send("lewati")
    updates = chat.effects(UpdateCase)
    assert len(updates) == 1 and updates[0].case_number == case.number
    assert updates[0].fields["route"] == "procedural"


def test_the_counter_says_how_many_questions_are_really_left() -> None:
    chat = Chat()
    chat.send(WAGES)
    chat.press("setuju")
    chat.send("gk")
    chat.send("ya")
    counters = []
    for _ in range(30):
        if chat.node == "summary":
            break
        text = chat.turns[-1].replies[-1].text
        assert text.startswith("Pertanyaan "), text[:40]
        counters.append(text.split("\n")[0])
        chat.send("lewati")
    total = len(counters)
    assert counters == [f"Pertanyaan {n} dari {total}" for n in range(1, total + 1)]


def test_more_questions_are_declined_or_taken_in_plain_words() -> None:
    for words, more in (("ga usah", False), ("nanti aja", False), ("udh cukup", False), ("not now", False),
                        ("boleh kak", True), ("iya", True), ("gas", True)):  # fmt: skip
        chat = Chat()
        file_wage_complaint(chat)
        chat.send(words)
        assert chat.node == ("sex" if more else None), (words, chat.node)


def test_words_at_the_consent_question_get_a_kind_ask_for_permission_not_a_wrong_choice() -> None:
    chat = Chat()
    chat.send("tolong sy dipukul majikan, sy di hongkong")
    assert chat.node == "consent"
    turn = chat.send("sy aman skrg di kamar mandi")
    said = text_of(turn)
    assert "boleh kami simpan cerita Anda" in said and "pilihan itu tidak ada" not in said
    assert len(turn.replies) == 1 and chat.node == "consent"
    chat.send("1")
    assert chat.effects(RecordConsent)[-1].given is True


def test_declining_an_optional_question_is_no_answer_never_a_refused_number_or_a_stored_word() -> None:
    chat = Chat()
    chat.send("sy di taiwan, ARC sy ditahan agensi, gaji blm dibayar 3 bln")
    chat.press("setuju")
    chat.send("gk")
    chat.send("ya")
    chat.send("gk tau")  # the city
    before = chat.node
    said = text_of(chat.send("ok"))  # to "Siapa nama Anda?": not a name
    assert chat.node == before and chat.slots.get("worker_name") is None
    assert "belum menangkap" in said and "Lewati" in said
    chat.send("Siti")
    chat.send("gk usah")  # the phone: she would rather not
    assert chat.node != "phone" and chat.slots["phone"] is None, "no 'nomor itu tidak bisa kami baca'"
    chat.send("gk ada")  # the employer's name
    assert chat.slots["employer_name"] is None
    chat.send("no thanks")  # the agency, in English
    assert chat.slots["agency"] is None and chat.node == "summary"


def test_the_summary_lists_every_problem_and_a_no_asks_which_part_to_change() -> None:
    chat = Chat()
    chat.send("sy di taiwan, ARC sy ditahan agensi, gaji blm dibayar 3 bln")
    chat.press("setuju")
    chat.send("gk")
    said_back = text_of(chat.turns[-1])
    assert said_back.count("ditahan") == 1 and "dipegang orang lain" not in said_back, "said once, not twice"
    chat.send("ya")
    for answer in ("lewati", "Siti", "lewati", "lewati", "lewati"):
        chat.send(answer)
    assert chat.node == "summary"
    summary = text_of(chat.turns[-1])
    assert "Gaji tidak dibayar, Paspor atau dokumen ditahan" in summary
    for wrong in ("gk", "ada yg salah"):
        said = text_of(chat.send(wrong))
        assert "Bagian mana yang perlu diubah" in said and chat.node == "summary", wrong
    chat.send("6")
    assert chat.node == "worker_name"
    chat.send("Siti Aminah")
    chat.send("ya")
    case = chat.effects(FileCase)[0]
    assert case.fields["worker_name"] == "Siti Aminah"
    assert case.category == "gaji_tidak_dibayar" and "penahanan_dokumen" in case.secondary_categories


def test_a_place_added_instead_of_yes_is_noted_and_said_back() -> None:
    chat = Chat()
    chat.send("I work in Taiwan, my agency took my ARC and I have not been paid 3 months")
    chat.press("setuju")
    chat.send("no")
    said = text_of(chat.send("in Taichung, a factory"))
    assert chat.node == "understood" and "Taichung" in said and "Sorry" not in said
    chat.send("yes")
    assert chat.slots["city"] == "Taichung" and chat.node != "city"


def test_an_english_greeting_is_welcomed_in_english_and_halo_in_indonesian() -> None:
    for greeting in ("hello", "Good morning!", "hello sir"):
        chat = Chat()
        turn = chat.send(greeting)
        assert chat.state.lang == "en" and "Welcome" in text_of(turn), greeting
        assert "Bahasa Indonesia" in [o.label for o in turn.replies[-1].options]
    for greeting in ("halo", "hai", "hi", "assalamualaikum"):
        chat = Chat()
        turn = chat.send(greeting)
        assert chat.state.lang == "id" and "Selamat datang" in text_of(turn), greeting


def test_the_problem_can_be_corrected_from_the_summary_and_what_she_told_is_offered_first() -> None:
    """Number 2 at the summary ("Masalah") once asked the country instead: the problem question
    is passed over while a problem is known. It is asked now, the problems her words told first,
    one tap away, and the answer goes back to the summary."""
    chat = Chat()
    chat.send("sy di taiwan, ARC sy ditahan agensi, gaji blm dibayar 3 bln")
    chat.press("setuju")
    chat.send("gk")
    chat.send("ya")
    for answer in ("lewati", "Siti", "lewati", "lewati", "lewati"):
        chat.send(answer)
    assert chat.node == "summary"
    asked = text_of(chat.send("2"))
    assert chat.node == "category_group", "the problem is asked, not the country"
    assert "1. Gaji tidak dibayar\n2. Paspor atau dokumen ditahan\n3. Gaji dan uang" in asked
    summary = text_of(chat.send("paspor atau dokumen ditahan"))
    assert chat.node == "summary" and "2. Masalah: Paspor atau dokumen ditahan" in summary
    chat.send("ya")
    assert chat.effects(FileCase)[0].category == "penahanan_dokumen"


def test_after_saying_the_understood_problem_is_wrong_it_is_one_tap_away() -> None:
    chat = chat_after(*TAIWAN_SAID_WRONG)
    asked = text_of(chat.turns[-1])
    assert chat.node == "category_group" and "dugaan kami" in asked
    offered = [o.id for o in chat.turns[-1].replies[-1].options]
    assert offered[0] == "saran_pekerjaan_tidak_sesuai" and "uang" in offered and "lainnya" in offered
    chat.send("1")
    assert chat.slots["category"] == "pekerjaan_tidak_sesuai" and chat.node == "country"


def test_a_group_still_leads_to_its_list_when_problems_are_offered_first() -> None:
    chat = chat_after(*TAIWAN_SAID_WRONG)
    chat.send("gaji dan uang")
    assert chat.node == "cat_uang"
    chat.send("gaji tidak dibayar")
    assert chat.slots["category"] == "gaji_tidak_dibayar" and chat.node == "country"


def test_trafficking_offered_and_taken_is_danger_like_trafficking_chosen_from_the_list() -> None:
    chat = chat_after("halo", "1", "setuju", "gk", "sy mau tanya soal kontrak", "selesai", "salah", "sy")
    assert chat.node == "category_group" and chat.state is not None and not chat.state.urgent
    chat.state.slots["_suggested_categories"] = ["perdagangan_orang"]  # as a story read so would
    said = text_of(chat.send("1"))
    assert chat.slots["category"] == "perdagangan_orang" and chat.state.urgent
    assert "Keselamatan Anda yang paling penting" in said and "KP2MI" in said


def test_a_family_that_does_not_know_the_workers_number_says_so_with_a_reason() -> None:
    """ "gk tau nomornya, hpnya mati" to the worker's number was refused as a number it could not
    read, again and again; she does not know it, and the report goes on."""
    for why in ("gk tau nomornya, hpnya mati", "tidak tahu nomor hp nya krn hp nya hilang", "lupa, udh lama gk telp"):
        chat = chat_after(*MOTHER)
        assert chat.node == "worker_phone"
        said = text_of(chat.send(why))
        assert chat.node == "phone" and chat.slots["worker_phone"] is None, why
        assert "tidak bisa kami baca" not in said, why


def test_her_number_said_with_nya_at_the_workers_number_is_the_workers_only() -> None:
    """ "no wa nya +886 ..." filled the worker's number and the writer's own, so the writer's own
    question was never asked: a mediator would call the worker's phone taking it for the mother's."""
    for said in ("no wa nya +886 912 345 678", "wa nya 0812 3456 7890"):
        chat = chat_after(*MOTHER)
        assert chat.node == "worker_phone"
        chat.send(said)
        assert chat.slots["worker_phone"] and "phone" not in chat.slots, said
        assert chat.node == "phone", said


def test_a_first_message_that_names_what_she_wants_is_not_asked_twice() -> None:
    """ "sy mau lapor" as the very first message got the menu, and she had to say it again."""
    chat = Chat()
    said = text_of(chat.send("sy mau lapor"))
    assert "Selamat datang" in said and chat.node == "consent"
    chat = Chat()
    chat.send("mau cek status laporan sy")
    assert chat.state is not None and chat.state.flow == "status"
    for unclear in ("halo", "sy mau lapor utk keluarga", "nomor"):
        chat = Chat()
        chat.send(unclear)
        assert chat.node == "welcome", unclear  # nothing named, or two things: the menu decides


def test_money_cut_from_her_wage_is_said_back_with_what_it_is() -> None:
    """ "- 500 MYR" alone was said back: what the sum is must be said with it."""
    chat = chat_after(*CUT_WAGE)
    said = text_of(chat.send("selesai"))
    assert "- Dipotong 500 MYR" in said and "\n- 500 MYR" not in said


def test_since_when_answered_without_a_date_is_kept_in_her_words() -> None:
    """ "dr awal kerja" to "since when?" was refused as a date that could not be read."""
    for said, shown in (("dr awal kerja", "Sejak: dr awal kerja"), ("dr bulan puasa", "Sejak: Februari 2026")):
        chat = chat_after(*CUT_WAGE, "selesai", "iya bener", "Wati", "gk usah", "puan lim", "lwt PT Maju Jaya resmi")
        assert chat.node == "since"
        summary = text_of(chat.send(said))
        assert chat.node == "summary" and shown in summary, said


def _filed_and_done() -> tuple[Chat, str]:
    chat = Chat()
    case = file_wage_complaint(chat)
    while chat.node is not None:
        chat.send("cukup" if chat.node == "more" else "lewati")
    return chat, case.number


def test_a_message_soon_after_filing_is_asked_about_not_made_a_second_case() -> None:
    """ "oh iya paspor sy jg dipegang majikan" after the report was sent started a new report
    with a new consent; it is asked first: more for that report, or a new one."""
    chat, number = _filed_and_done()
    said = text_of(chat.send("makasih"))  # nothing to add: a warm line, nothing asked
    assert said.startswith("Sama-sama") and chat.state is not None and chat.state.pending is None
    said = text_of(chat.send("oh iya paspor sy jg dipegang majikan"))
    assert number in said and chat.state.pending is not None
    said = text_of(chat.send("ya"))
    assert "sudah kami tambahkan" in said
    assert chat.effects(CaseMessage)[-1] == CaseMessage(number, "oh iya paspor sy jg dipegang majikan")
    chat.send("majikan sy yg baru jg gk bayar gaji 2 bln")
    chat.press("baru")
    assert chat.node == "consent" and chat.slots["story"] == "majikan sy yg baru jg gk bayar gaji 2 bln"


def test_a_day_after_filing_a_new_story_is_a_new_report_at_once() -> None:
    chat, _ = _filed_and_done()
    assert chat.state is not None
    chat.state.slots["_last_case"]["until"] = 0  # the day has passed
    chat.send("majikan sy yg baru jg gk bayar gaji 2 bln")
    assert chat.node == "consent" and not chat.effects(CaseMessage)


def test_thanks_after_filing_get_a_warm_line_not_a_question_nor_the_menu() -> None:
    chat, _ = _filed_and_done()
    said = text_of(chat.send("terima kasih banyak ya kak"))
    assert said.startswith("Sama-sama") and "Selamat datang" not in said
    assert chat.state is not None and chat.state.pending is None


def test_a_family_is_offered_first_the_other_problem_its_words_told() -> None:
    """The family's problem question lists six problems; a passport held is not one of them.
    When the problem read first is wrong, the other one read is offered on top, one tap away."""
    chat = Chat()
    chat.send("assalamualaikum, anak sy di malaysia paspornya ditahan majikan dan gk digaji 4 bln")
    chat.send("setuju")
    chat.send("gk")
    chat.send("salah")
    turn = chat.send("2")  # the line "Gaji tidak dibayar"
    assert chat.node == "category" and "dugaan kami" in text_of(turn)
    assert turn.replies[-1].options[0].id == "saran_penahanan_dokumen"
    chat.send("1")
    assert chat.slots["category"] == "penahanan_dokumen" and chat.node == "worker_name"
    assert chat.slots["country"] == "MY", "what was not said wrong is kept"


def test_a_company_given_as_the_employers_name_is_not_also_taken_as_the_agency() -> None:
    """ "PT Cahaya Abadi" answered to "siapa nama majikan" once also filled the agency, and the
    summary said the same company twice; the agency question is still asked."""
    chat = chat_after("min aq kerja di kilang plastik di johor, bos potong gaji tiap bln 300 ringgit", "@setuju")
    chat.send("ga")
    chat.send("iya")
    skip_to(chat, "employer_name")
    asked = text_of(chat.send("PT Cahaya Abadi"))
    assert chat.slots["employer_name"] == "PT Cahaya Abadi"
    assert chat.slots.get("agency") is None
    assert chat.node == "agency" and "PT atau agen" in asked
    chat.send("lwt PT Maju Jaya")
    assert chat.slots["agency"] == "PT Maju Jaya"


def test_what_she_types_at_the_summary_is_added_or_gets_one_kind_line() -> None:
    """At the summary she typed "agen nya PT Maju Jaya" or "hmm gmn ya": the same summary came
    back without a word, as if she had not written. What it tells is added (and shown); what
    tells nothing gets one short line."""
    chat = Chat()
    chat.send(WAGES)
    chat.press("setuju")
    chat.send("gk")
    chat.send("iya")
    for answer in ("Siti", "lewati", "lewati", "gk tau"):
        chat.send(answer)
    assert chat.node == "summary"
    said = text_of(chat.send("oh iya, sy dulu berangkat lwt PT Maju Jaya"))
    assert said.startswith("Sudah kami catat.") and "PT Maju Jaya" in said
    assert chat.slots["agency"] == "PT Maju Jaya" and chat.node == "summary"
    said = text_of(chat.send("hmm gmn ya"))
    assert said.startswith("Maaf, kami belum paham.") and "ringkasan" in said and chat.node == "summary"
    chat.send("ya")
    assert chat.effects(FileCase)[0].fields["agency"] == "PT Maju Jaya"


def test_an_amount_told_beside_a_wage_cut_is_what_was_cut_and_an_agencys_charge_is_a_fee() -> None:
    """ "gaji sy dipotong terus, kmrn 500 ringgit" was said back as "Uang yang belum dibayar";
    "my agency charge me 18000 HKD" as money owed, and the fee was not read as a problem."""
    chat = Chat()
    chat.send("gaji sy dipotong terus sm majikan, kmrn 500 ringgit, sy di johor")
    assert chat.slots["money_deducted"] == {"amount": 500, "currency": "MYR"}
    assert "money_owed" not in chat.slots
    chat = Chat()
    chat.send("my agency charge me 18000 HKD and take half my salary every month, i am helper in sha tin")
    assert chat.slots["fees_paid"] == {"amount": 18000, "currency": "HKD"}
    assert "biaya_berlebih" in [chat.slots["category"], *chat.slots.get("_more_categories", [])]


def test_a_city_answered_in_a_word_or_two_is_kept_as_the_place_is_written() -> None:
    """ "taichung" to the city question was shown back as "Kota: taichung"; "di kl" as "di kl"."""
    chat = chat_after(*MOTHER)
    assert chat.slots["city"] == "Kuala Lumpur"
    chat = chat_after(*MOTHER[:-1], "di kl")
    assert chat.slots["city"] == "Kuala Lumpur"
    chat = chat_after(*MOTHER[:-1], "kuala lumpur, taman tun dr ismail, dekat masjid")
    assert chat.slots["city"] == "kuala lumpur, taman tun dr ismail, dekat masjid", "every detail kept"


def at_summary() -> Chat:
    chat = chat_after(WAGES, "@setuju", "gk", "iya", "Siti", "lewati", "lewati", "lewati")
    assert chat.node == "summary"
    return chat


def test_a_line_of_the_summary_is_corrected_in_her_own_words() -> None:
    typed = {
        "nama salah, namanya Rina Marlina": ("worker_name", "Rina Marlina"),
        "bukan 5 bln tp 3 bln": ("since_display", "3 bulan lalu"),
        "negaranya salah, harusnya oman": ("country", "OM"),
        "kota nya bukan riyadh tp jeddah": ("city", "Jeddah"),
    }
    for said, (slot, value) in typed.items():
        chat = at_summary()
        chat.send(said)
        assert chat.slots[slot] == value, said
        assert chat.node == "summary", said  # the summary again, to check
    chat = at_summary()
    assert "kota" in text_of(chat.send("no 5 salah")).lower() and chat.node == "city"
    chat.send("dammam")
    assert chat.slots["city"] == "Dammam" and chat.node == "summary"


def test_nothing_to_change_at_the_summary_sends_it_and_a_bare_no_asks_which_line() -> None:
    """ "gk ada" to "Kalau sudah benar, tekan Ya ... Mau mengubah?" asked "Bagian mana yang perlu
    diubah?": she had said there was nothing to change."""
    for said in ("gk ada", "ga ada yg salah kak", "tidak ada yang perlu diubah", "nothing to change"):
        chat = at_summary()
        chat.send(said)
        assert chat.effects(FileCase), said
    for said in ("gk", "gk ada yg bener"):
        chat = at_summary()
        chat.send(said)
        assert not chat.effects(FileCase) and chat.node == "summary", said


def test_nothing_wrong_at_the_understood_list_keeps_it() -> None:
    """ "gk ada yg salah" to "Kami catat ... Benar?" asked "Yang mana yang salah?"."""
    for said in ("gk ada yg salah", "ga ada yang salah kak", "nothing wrong"):
        chat = chat_after(WAGES, "@setuju", "gk")
        assert chat.node == "understood"
        chat.send(said)
        assert chat.node != "understood" and chat.slots.get("category") == "gaji_tidak_dibayar", said
    chat = chat_after(WAGES, "@setuju", "gk")
    assert "yang salah" in text_of(chat.send("gk")).lower()  # a bare No still asks which line


def test_only_a_question_to_come_is_not_thanked_for_a_story() -> None:
    """ "sy mau tanya" opened a report with "Terima kasih sudah bercerita ... tidak perlu
    mengulanginya" before she had told anything."""
    for said in ("sy mau tanya", "halo min mau tanya"):
        chat = Chat()
        reply = text_of(chat.send(said))
        assert "sudah bercerita" not in reply and chat.node == "welcome", said
        chat.send("majikan gk kasih libur udh 6 bln")
        assert chat.node == "consent" and chat.slots["story"].startswith(said)
    chat = Chat()
    assert "sudah bercerita" in text_of(chat.send("mau tanya, gaji sy gk dibayar 3 bln"))


def test_something_told_at_the_summary_is_added_to_her_story_not_refused() -> None:
    chat = at_summary()
    said = text_of(chat.send("oh iya lupa, agen jg minta uang 3000 riyal ke sy, trs makan jg kurang"))
    assert "belum paham" not in said and chat.node == "summary"
    assert chat.slots["story"].endswith("trs makan jg kurang")


def test_no_day_off_given_is_not_unpaid_wages() -> None:
    chat = chat_after("sy di singapura, majikan skrg ga kasih libur dan hp sy disita", "@setuju", "gk")
    assert chat.slots["category"] == "pekerjaan_tidak_sesuai"
    assert "gaji_tidak_dibayar" not in (chat.slots.get("_more_categories") or [])
    assert chat_after("majikan gk kasih gaji udh 3 bln").slots["category"] == "gaji_tidak_dibayar"


# --- a name and a number told in the first message are not asked again -------------------------

SRI = (
    "assalamualaikum kak, nama sy Sri Wahyuni dr Cilacap, sy kerja di hongkong, majikan gk bayar gaji "
    "udh 3 bln. no wa sy +852 6123 4567"
)


def test_her_name_and_number_in_the_first_message_are_said_back_and_not_asked() -> None:
    chat = chat_after(SRI, "@setuju", "gk")
    said = text_of(chat.turns[-1])
    assert "Sri Wahyuni" in said and "+852 6123 4567" in said
    assert "Cilacap" not in said.split("Sri Wahyuni")[1].split("\n")[0]  # where she is from is not her name
    chat.send("iya")
    asked = []
    for _ in range(12):
        if chat.node == "summary":
            chat.send("ya")
            break
        asked.append(chat.node)
        chat.send("lewati")
    assert "worker_name" not in asked and "phone" not in asked, asked
    case = chat.effects(FileCase)[0]
    assert case.fields["worker_name"] == "Sri Wahyuni"
    assert case.fields["phone"] == "+85261234567"


def test_a_family_gives_the_workers_name_and_both_numbers_in_one_message() -> None:
    chat = chat_after(
        "assalamualaikum, sy ibunya. anak sy namanya Rina Marlina kerja di malaysia udh 3 bln gk ada kabar. "
        "hp anak sy 0812 3456 7890 gk aktif. klo ada info hubungi sy di 0813-9876-5432",
        "@setuju",
        "gk",
    )
    slots = chat.state.slots
    assert chat.state.flow == "family_report"
    assert slots["worker_name"] == "Rina Marlina"
    assert slots["worker_phone"] == "+6281234567890"
    assert slots["phone"] == "+6281398765432"


def test_numbers_that_are_not_hers_are_not_taken_as_her_phone() -> None:
    chat = chat_after(
        "sy di arab gaji gk dibayar 4 bln, no agen sy 0812 3456 7890 gk bisa dihubungi, no rek sy 1234567890",
        "@setuju",
        "gk",
    )
    assert "phone" not in chat.state.slots
    # a friend's name in her own complaint is not her name
    chat = chat_after("halo", "@lapor", "@setuju", "gk")
    assert chat.state.flow == "complaint"
    chat.send("sy gk digaji 3 bln di taiwan. nama teman sy Ani, dia jg sama")
    assert "worker_name" not in chat.state.slots


def test_a_name_said_at_another_question_fills_the_name_once() -> None:
    """ "nama saya Yuli, saya di Jeddah" at the country question: the country is read, and her
    name is not asked later."""
    chat = chat_after("majikan sy gk bayar gaji 5 bln", "@setuju", "gk", "iya")
    skip_to(chat, "country")
    chat.send("nama saya Yuli Astuti, sy di jeddah")
    assert chat.state.slots.get("country") == "SA"
    assert chat.state.slots.get("worker_name") == "Yuli Astuti"


def test_a_sentence_at_the_passport_number_is_kept_and_not_filed_as_the_number() -> None:
    chat = Chat()
    file_wage_complaint(chat)
    chat.send("lanjut")
    skip_to(chat, "passport")
    chat.send("paspor dipegang majikan kak")
    assert chat.node != "passport" and chat.slots.get("passport") is None
    assert "paspor dipegang majikan kak" in chat.slots["story"]
    assert chat.slots.get("sc_documents") is True  # what she said of it is read: held by the employer


def test_no_day_off_said_with_a_no_word_is_a_yes_to_the_hours_question() -> None:
    chat = Chat()
    file_wage_complaint(chat)
    chat.send("lanjut")
    skip_to(chat, "sc_hours")
    chat.send("gk ada libur")
    assert chat.slots["sc_hours"] is True
    chat = Chat()
    file_wage_complaint(chat)
    chat.send("lanjut")
    skip_to(chat, "sc_hours")
    chat.send("gk")
    assert chat.slots["sc_hours"] is False


def test_the_summary_is_sent_with_the_prompt_s_own_verb() -> None:
    for said in ("kirim", "kirim aja kak", "send it"):
        chat = chat_after(WAGES, "@setuju", "gk", "ya")
        skip_to(chat, "summary")
        chat.send(said)
        assert chat.effects(FileCase), said
    # a sentence with "kirim" in it is not the send
    chat = chat_after(WAGES, "@setuju", "gk", "ya")
    skip_to(chat, "summary")
    chat.send("nanti sy kirim foto kontraknya")
    assert not chat.effects(FileCase)
    # "lewati" where nothing is asked: told plainly that Ya sends it
    said = text_of(chat.send("lewati"))
    assert "Laporan belum terkirim. Tekan Ya untuk mengirim." in said and not chat.effects(FileCase)


def test_a_sentence_beginning_with_gk_at_kami_catat_is_kept_not_a_no() -> None:
    opening = ("sy ditahan di depot imigrasi semenyih, gaji 4 bln gk dibayar", "@setuju", "gk")
    chat = chat_after(*opening, "gk ada hp, ini pinjem hp kawan")
    assert chat.node == "understood" and "Yang mana yang salah" not in text_of(chat.turns[-1])
    assert "pinjem hp kawan" in chat.slots["story"]
    assert "sc_debt" not in chat.slots, "a borrowed phone is no debt"
    # a sentence that says a line is wrong and gives the right value changes that line
    # (round nine: it asked which line, though she had said it)
    chat = chat_after(*opening, "gk, bukan 4 bln tp 6 bln")
    said = text_of(chat.turns[-1])
    assert "Sejak 6 bulan lalu" in said and "4 bulan" not in said
    assert chat.node == "understood"
    # "gk ada" to "which one is wrong?": none of them, on with the questions
    chat = chat_after(*opening, "salah", "gk ada")
    assert chat.node != "understood" and chat.slots["city"] == "Semenyih"


def test_not_sure_and_then_a_place_keeps_the_place() -> None:
    """ "gk tau, di sabah" at the city question was filed as "Tidak tahu", and Sabah was lost."""
    chat = chat_after(*MOTHER[:5])
    assert chat.node == "city"
    chat.send("gk tau, di sabah")
    assert chat.slots["city"] == "Sabah"
    chat = chat_after(*MOTHER[:5])
    chat.send("gk tau")
    assert chat.slots["city"] is None


def test_a_filipina_friend_in_hong_kong_reports_for_her_indonesian_friend_named_once() -> None:
    chat = chat_after(
        "Hello po, im Filipina helper here in Hong Kong. My friend Indonesian helper Yanti her employer not "
        "giving her food and no day off, she message me last night she wants to die already. Pls help her"
    )
    slots = chat.state.slots
    assert chat.state.flow == "family_report", "the writer tells of her friend: she is not the worker"
    assert slots["country"] == "HK", "Filipina is who the writer is, not where"
    assert slots["worker_name"] == "Yanti"


def test_a_workers_name_said_in_the_first_message_is_not_asked_again() -> None:
    for first, name in (
        ("istri sy Siti Aminah meninggal di saudi kemarin, tolong bantu pulangkan jenazahnya", "Siti Aminah"),
        ("Hi, my cousin Ratna works in Singapore, her employer has not paid her for 3 months", "Ratna"),
        ("Sy paralegal SBMI, mau lapor. Pekerja a.n. Warsini ditahan polisi di Abu Dhabi sejak 2 minggu", "Warsini"),
    ):
        chat = chat_after(first, "@setuju", "gk")
        assert chat.state.slots.get("worker_name") == name, first
        said = text_of(chat.turns[-1])
        assert name in said, first


def test_an_employers_name_with_mei_in_it_is_no_month_and_an_agencys_name_is_kept_whole() -> None:
    chat = chat_after("majikan sy gk bayar gaji, sy kerja di singapura", "@setuju", "gk", "ya")
    skip_to(chat, "employer_name")
    chat.send("me, Tan Mei Ling")
    assert "Tan Mei Ling" in chat.slots["employer_name"]
    assert chat.slots.get("since") is None, "Mei in a name is not May"
    skip_to(chat, "agency")
    chat.send("Best Maid Agency Pte Ltd")
    assert chat.slots["agency"] == "Best Maid Agency Pte Ltd"


def test_an_uncle_and_a_javanese_husband_report_as_family() -> None:
    chat = chat_after(
        "assalamualaikum, sy pamannya. keponakan sy kerja di malaysia udh 3 bln gk ada kabar", "@setuju", "gk"
    )
    assert chat.state.flow == "family_report" and chat.state.slots["relation"] == "saudara"
    assert "Saudara" in text_of(chat.turns[-1])
    chat = chat_after("bojo kulo ditangkep polisi malaysia, paspore dicekel majikan", "@setuju", "gk")
    assert chat.state.flow == "family_report" and chat.state.slots["relation"] == "pasangan"
    assert "Paspor atau dokumen ditahan" in text_of(chat.turns[-1])


def test_a_ransom_is_no_fee_paid_and_a_body_brought_home_is_not_the_worker_going_home() -> None:
    chat = chat_after(
        "adik sy di kamboja disuruh scam, perusahaannya minta tebusan 30jt biar bisa pulang", "@setuju", "gk"
    )
    assert chat.state.slots.get("fees_paid") is None, "a ransom demanded is not a fee she paid to go"
    chat = chat_after("ibu sy meninggal di malaysia kemarin, mau tanya biaya pulangin jenazahnya", "@setuju", "gk")
    assert chat.state.slots["wants"] == "jenazah"
    said = text_of(chat.turns[-1])
    assert "Pemulangan jenazah" in said and "Pulang ke Indonesia" not in said


def test_dollars_in_hong_kong_are_hong_kong_dollars_and_the_contract_amount_is_the_wage() -> None:
    chat = chat_after(
        "sy di hongkong kerja 8 bln, gaji sy cuma dibayar 3000 dolar pdhl kontrak 4990, agency jg potong 7 bln",
        "@setuju",
        "gk",
    )
    said = text_of(chat.turns[-1])
    assert "Gaji sebulan 4.990 HKD" in said and "USD" not in said
    assert "Dipotong 4.990" not in said and chat.state.slots.get("money_deducted") is None


def test_not_enough_food_is_no_violence_and_a_knife_told_later_adds_violence() -> None:
    chat = chat_after("sy di kuching, majikan suka marah2 dan gk kasih makan cukup", "@setuju", "gk")
    assert chat.state.slots.get("category") != "kekerasan"
    assert "kekerasan" not in (chat.state.slots.get("_more_categories") or [])
    chat = chat_after("sy di abu dhabi, gaji 3 bln gk dibayar, mau pulang", "@setuju", "gk", "ya")
    skip_to(chat, "employer_name")
    chat.send("madam aisha... kak tolong dia dtg bawa pisau marah2 sy dikunci di kamar")
    assert chat.state.slots["category"] == "gaji_tidak_dibayar"
    assert "kekerasan" in chat.state.slots["_more_categories"]


def test_a_familys_time_of_another_problem_is_not_when_they_last_heard_from_her() -> None:
    chat = chat_after("sy ibunya, anak sy di hongkong gk digaji 4 bln, tiap hari masih wa sy", "@setuju", "gk")
    said = text_of(chat.turns[-1])
    assert chat.state.slots["category"] == "gaji_tidak_dibayar" and "Putus komunikasi" not in said
    assert chat.state.slots.get("last_contact") is None and "Terakhir berhubungan" not in said
    chat = chat_after(*MOTHER[:3])  # "udh 3 bln gk ada kabar": said of lost contact, it is
    assert "Terakhir berhubungan 3 bulan lalu" in text_of(chat.turns[-1])


def test_months_of_wages_beside_lost_contact_are_not_when_they_last_heard_from_her() -> None:
    """ "the agency took 3 months of her salary and she cant call us": three months of wages; the
    summary said "Last in touch: 3 months ago" and the family was never asked when they last
    heard from her. A time said of lost contact still is."""
    for opening in (
        "hi, my sister works in dubai as a maid, the agency took 3 months of her salary and she cant call us",
        "adik sy di dubai gaji 3 bln gk dibayar dan skrg gk bisa dihubungi",
    ):
        chat = chat_after(opening, "@setuju", "gk")
        assert chat.state.slots.get("last_contact") is None, opening
        assert "3 months ago" not in text_of(chat.turns[-1]) and "3 bulan lalu" not in text_of(chat.turns[-1])
    chat = chat_after("anak sy udh 3 bln gk ada kabar, gajinya jg blm dibayar", "@setuju", "gk")
    assert "Terakhir berhubungan 3 bulan lalu" in text_of(chat.turns[-1])


def test_a_country_corrected_after_filing_changes_the_filed_case() -> None:
    chat = Chat()
    file_wage_complaint(chat)
    said = text_of(chat.send("eh salah, bukan saudi tp kuwait"))
    assert "sudah kami ubah di laporan" in said and "Kuwait" in said
    updated = chat.effects(UpdateCase)
    assert updated and updated[-1].fields["country"] == "KW"
    assert "city" not in updated[-1].fields, "riyadh is no city of Kuwait"
    assert chat.node == "more", "the question she was at is still open"
    chat = Chat()
    file_wage_complaint(chat)
    chat.send("majikan sy salah paham trs marah2 ke sy")
    assert not chat.effects(UpdateCase), "a misunderstanding told is no correction"


def test_a_country_corrected_in_words_before_filing_is_changed_with_her_money_in_its_currency() -> None:
    chat = chat_after(
        "sy mau lapor, sy di hongkong, majikan potong gaji sy tiap bulan 2000 dolar buat agen", "iya", "gk"
    )
    assert chat.node == "understood" and chat.slots["money_deducted"]["currency"] == "HKD"
    said = text_of(chat.send("eh salah, bukan hongkong tp taiwan. sy di taipei"))
    assert "sudah kami ubah" in said and "belum terjawab" not in said and "- Taiwan" in said
    assert chat.slots["country"] == "TW" and chat.slots["city"] == "Taipei"
    assert chat.slots["money_deducted"] == {"amount": 2000, "currency": "TWD"}
    assert chat.node == "understood", "the list is shown again, changed, for her yes"


def test_a_problem_she_took_off_is_not_read_back_from_a_later_answer() -> None:
    chat = chat_after(
        "majikan pertama sy meninggal, skrg majikan kedua jahat, gaji dipotong agen 7 bln, paspor dipegang agen, sy di hongkong",
        "iya",
        "gk",
        "ada yg salah",
    )
    assert "4. Meninggal dunia di luar negeri" in text_of(chat.turns[-1])
    chat.send("4")
    problems = [chat.slots.get("category"), *(chat.slots.get("_more_categories") or [])]
    assert "meninggal" not in problems
    skip_to(chat, "employer_name")
    chat.send("majikan yg skrg Mrs Wong, yg pertama udh meninggal namanya Mr Lee")
    problems = [chat.slots.get("category"), *(chat.slots.get("_more_categories") or [])]
    assert "meninggal" not in problems, "the death she took off came back with the first employer's name"


def test_an_age_said_beside_another_answer_is_not_asked_again() -> None:
    chat = Chat()
    file_wage_complaint(chat)
    chat.send("lanjut")  # more questions
    assert chat.node == "sex"
    chat.send("perempuan, umurnya 24")
    assert chat.slots["sex"] == "F" and chat.slots["age"] == 24
    asked = []
    for _ in range(12):
        if chat.node is None:
            break
        asked.append(chat.node)
        chat.send("lewati")
    assert "age" not in asked and "province" in asked, asked


def test_years_of_work_are_not_an_age() -> None:
    chat = Chat()
    file_wage_complaint(chat)
    chat.send("lanjut")
    chat.send("perempuan, kerja udh 3 thn")
    assert "age" not in chat.slots


def test_a_father_reporting_a_death_is_not_asked_when_he_last_heard_from_her_nor_for_photos_of_wounds() -> None:
    chat = chat_after("pak anak sy meninggal di taiwan kemarin, kata agen jatuh dari lantai 5", "@setuju", "gk", "ya")
    asked = []
    for _ in range(30):
        if chat.node is None:
            break
        asked.append(chat.node)
        said = text_of(chat.send("ya" if chat.node in ("summary", "more") else "lewati"))
        assert "luka" not in said and "terakhir kali Anda berhubungan" not in said, chat.node
    assert "last_contact" not in asked and "evidence" in asked and chat.effects(FileCase)
    assert chat.effects(FileCase)[0].category == "meninggal"


def test_the_day_she_died_said_in_the_first_message_is_filed_and_not_asked() -> None:
    chat = chat_after("adik sy meninggal di taiwan tgl 2 november, kami blm dpt kabar dr agensi", "@setuju", "gk")
    assert "Meninggal pada 2 November 2026" in text_of(chat.turns[-1])
    chat.send("ya")
    asked = []
    for _ in range(30):
        if chat.node is None:
            break
        asked.append(chat.node)
        chat.send("ya" if chat.node in ("summary", "more") else "lewati")
    assert "died_on" not in asked
    assert chat.effects(FileCase)[0].fields["died_on"] == "2026-11-02"


def test_a_family_reporting_a_death_is_asked_the_day_when_they_did_not_say_it() -> None:
    chat = chat_after("adik sy meninggal di taiwan, kami blm dpt kabar dr agensi", "@setuju", "gk", "ya")
    answer_through(chat, "died_on")
    chat.send("2 mgg lalu")
    assert chat.slots["died_on"] == "2026-11-19"
    assert chat.node != "died_on"


def test_a_mother_who_lost_contact_is_still_asked_when_she_last_heard_from_her_daughter() -> None:
    chat = chat_after("anak sy yg di malaysia gk ada kabar, hp nya gk aktif", "@setuju", "gk", "ya")
    answer_through(chat, "last_contact")


@pytest.mark.parametrize(
    ("typed", "day"),
    [("2 mgg lalu", "2026-11-19"), ("udh 3 hari", "2026-11-30"), ("awal november", "2026-11-01"),
     ("3 bln yg lalu", "2026-09-03"), ("sktr 2 minggu lalu", "2026-11-19")],
)  # fmt: skip
def test_when_she_last_heard_is_read_as_a_mother_types_it(typed: str, day: str) -> None:
    chat = chat_after("anak sy yg di malaysia gk ada kabar, hp nya gk aktif", "@setuju", "gk", "ya")
    answer_through(chat, "last_contact")
    said = text_of(chat.send(typed))
    assert chat.slots["last_contact"] == day and "tidak bisa kami baca" not in said


def test_a_short_complaint_at_the_menu_starts_the_story_of_the_report_it_leads_to() -> None:
    chat = chat_after("majikan jahat", "sy d saudi")
    assert chat.node == "consent"
    assert chat.slots["story"].startswith("majikan jahat"), "her first words were lost"
    chat.send("paspor ditahan")
    assert "majikan jahat" in chat.slots["story"] and "paspor ditahan" in chat.slots["story"]


def test_words_at_the_menu_an_hour_ago_are_not_added_to_a_new_report(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import timedelta

    from tests.support import chat as chat_module

    chat = chat_after("majikan galak")
    monkeypatch.setattr(chat_module, "NOW", chat_module.NOW + timedelta(hours=2))
    chat.send("gaji sy gk dibayar 3 bln")
    assert chat.slots["story"] == "gaji sy gk dibayar 3 bln"


HONG_KONG_TO_PHONE = ("gaji sy 3 bln gk dibayar di hongkong", "1", "tidak", "ya", "Sari")


def test_a_number_corrected_in_words_replaces_the_number_and_is_no_employer_name() -> None:
    chat = chat_after(*HONG_KONG_TO_PHONE, "0812 3456 7890")
    assert chat.node == "employer_name"
    said = text_of(chat.send("eh salah nomornya 0812 3456 7891"))
    assert "+62 812-3456-7891" in said and chat.node == "employer_name"
    assert chat.slots["phone"] == "+6281234567891" and not chat.slots.get("employer_name")


def test_her_name_corrected_in_words_at_the_next_question() -> None:
    chat = chat_after(*HONG_KONG_TO_PHONE)
    assert chat.node == "phone"
    chat.send("eh salah, nama sy Sarah bukan Sari")
    assert chat.slots["worker_name"] == "Sarah" and chat.node == "phone"


def test_a_local_number_told_at_the_summary_is_read_in_her_country() -> None:
    chat = chat_after(*HONG_KONG_TO_PHONE)
    skip_to(chat, "summary")
    said = text_of(chat.send("nomor hp sy 85291234567"))
    assert chat.slots["phone"] == "+85291234567" and "+852 9123 4567" in said


@pytest.mark.parametrize("said", ["bukan riyadh, sy di dammam", "eh salah, bukan riyadh. di dammam"])
def test_the_old_place_named_first_then_the_right_one_is_changed_where_it_was_said_back(said: str) -> None:
    chat = chat_after("gaji sy 3 bln gk dibayar di riyadh", "1", "tidak")
    assert chat.node == "understood"
    reply = text_of(chat.send(said))
    assert chat.slots["city"] == "Dammam" and "Kota Dammam" in reply and chat.node == "understood"


FISHERMAN = ("assalamualaikum, adik saya kerja di kapal ikan dekat Fiji, sudah 2 bulan tidak ada kabar", "1", "tidak",
             "ya", "Budi Santoso")  # fmt: skip


def test_a_fisherman_at_sea_is_asked_the_ships_country_and_no_city() -> None:
    chat = chat_after(*FISHERMAN)
    assert chat.node == "country" and "Kapalnya dari negara mana?" in text_of(chat.turns[-1])
    chat.send("di laut, kapalnya dekat fiji")
    assert chat.node != "country", "asked again"
    assert chat.slots["country"] is None and "dekat Fiji" in chat.slots["country_display"]
    skip_to(chat, "summary")
    assert "city" not in chat.slots


def test_a_ships_flag_told_at_the_ships_country_is_the_country() -> None:
    chat = chat_after(*FISHERMAN)
    chat.send("kapal taiwan")
    assert chat.slots["country"] == "TW"


KL_PASSPORT = ("paspor sy ditahan majikan di kuala lumpur", "1", "tidak", "ya")


def test_several_answers_in_one_message_are_each_kept_and_not_asked_again() -> None:
    chat = chat_after(*KL_PASSPORT, "nama sy Lestari, no hp 0857 1122 3344, majikan namanya Mr Tan, agen PT Bunga Mas")
    slots = chat.slots
    assert (slots["worker_name"], slots["phone"]) == ("Lestari", "+6285711223344")
    assert (slots["employer_name"], slots["agency"]) == ("Mr Tan", "PT Bunga Mas")
    assert chat.node == "since"


def test_an_agency_given_as_the_employers_name_is_not_also_the_agency() -> None:
    chat = chat_after(*KL_PASSPORT, "Lestari", "lewati")
    assert chat.node == "employer_name"
    chat.send("PT Cahaya Abadi")
    assert chat.slots["employer_name"] == "PT Cahaya Abadi" and "agency" not in chat.slots


@pytest.mark.parametrize(
    ("node", "said"), [("employer_name", "kan sdh sy tulis tadi"), ("phone", "kan udh sy bilang td")]
)
def test_pointing_back_at_what_she_told_is_answered_kindly(node: str, said: str) -> None:
    chat = chat_after(*KL_PASSPORT, "Lestari")
    skip_to(chat, node)
    reply = text_of(chat.send(said))
    assert "belum menemukannya" in reply and chat.node == node


def test_a_city_answer_that_also_names_her_and_her_employer_keeps_each_in_its_place() -> None:
    chat = chat_after("sy kerja di malaysia, majikan tdk bayar gaji 4 bulan", "@setuju", "@tidak", "@ya")
    assert chat.node == "city"
    chat.send("kuala lumpur, nama sy siti aminah, majikan puan lim")
    assert chat.slots["city"] == "Kuala Lumpur" and chat.slots["worker_name"] == "siti aminah"
    assert chat.slots["employer_name"] == "puan lim"


def test_an_amount_corrected_in_words_after_filing_replaces_the_amount() -> None:
    from tests.unit.test_phone_checked import MALAYSIA_FILED

    chat = chat_after(*MALAYSIA_FILED, "lanjut", "perempuan", "1500 ringgit blm dibayar")
    said = text_of(chat.send("eh salah, bkn 1500 tp 2500 ringgit"))
    assert chat.slots["money_owed"]["amount"] == 2500 and "2.500 MYR" in said
    assert chat.effects(UpdateCase)[-1].fields.get("money_owed", {}).get("amount") == 2500


@pytest.mark.parametrize(
    ("said", "shown"), [("timur tengah", "timur tengah"), ("di luar negeri, gk tau negara mana", "luar negeri")]
)
def test_a_family_that_knows_only_the_region_is_not_refused_and_its_words_are_kept(said: str, shown: str) -> None:
    chat = chat_after("sy mau lapor adik sy, sdh 6 bulan gk ada kabar", "@setuju", "@tidak", "@ya", "Sri Wahyuni")
    assert chat.node == "country"
    reply = text_of(chat.send(said))
    assert "tidak kami kenal" not in reply and chat.node != "country"
    assert chat.slots["country"] is None and shown in chat.slots["country_display"]


def test_a_language_asked_for_inside_an_answer_switches_and_the_answer_is_taken() -> None:
    chat = chat_after("My employer in Hong Kong has not paid my salary for 3 months", "@setuju", "no", "yes")
    assert chat.node == "worker_name" and chat.state.lang == "en"
    said = text_of(chat.send("maaf sy pake bhs indonesia aja ya, nama sy Ani"))
    assert chat.state.lang == "id" and chat.slots["worker_name"] == "Ani" and "Pertanyaan" in said


@pytest.mark.parametrize(
    ("typed", "name"),
    [("gk tau namanya, pokoknya orang arab", None), ("gk tau", None), ("gk tau nama lengkapnya, Mrs Wong", "Mrs Wong")],
)
def test_not_knowing_the_employers_name_is_no_name(typed: str, name: str | None) -> None:
    """ "gk tau namanya" was filed as the employer's name."""
    chat = chat_after("sy di abu dhabi gaji gk dibayar", "@setuju", "gk", "ya")
    answer_through(chat, "employer_name")
    chat.send(typed)
    assert chat.node != "employer_name" and chat.slots["employer_name"] == name
    if "arab" in typed:
        assert "pokoknya orang arab" in chat.slots["story"]


def test_a_local_number_told_with_her_name_is_read_in_her_country_and_not_asked_again() -> None:
    """ "hp 0174445566" is a Malaysian mobile, no Indonesian number: it was not read at all, and
    the phone question followed."""
    chat = chat_after("sy di kuala lumpur gaji gk dibayar 3 bln", "@setuju", "gk", "ya")
    answer_through(chat, "worker_name")
    chat.send("nama sy Yuyun, hp 0174445566 tp jgn telp siang2")
    assert chat.slots["worker_name"] == "Yuyun" and chat.slots["phone"] == "+60174445566"
    assert chat.node != "phone"


@pytest.mark.parametrize(
    ("typed", "slot", "value"),
    [
        ("Sri", "worker_name", "Sri"),
        ("Rina Marlina", "worker_name", "Rina Marlina"),
        ("0812 3456 7890", "phone", "+6281234567890"),
    ],
)
def test_a_name_or_number_typed_at_the_understood_list_is_kept_and_not_asked_again(
    typed: str, slot: str, value: str
) -> None:
    """It was refused ("mohon jawab Ya") and then asked again."""
    chat = chat_after("sy di jeddah gaji gk dibayar 3 bln", "@setuju", "gk")
    assert chat.node == "understood"
    said = text_of(chat.send(typed))
    assert "mohon jawab" not in said and chat.node == "understood" and chat.slots[slot] == value
    asked = []
    chat.send("ya")
    for _ in range(30):
        if chat.node is None:
            break
        asked.append(chat.node)
        chat.send("ya" if chat.node in ("summary", "more") else "lewati")
    assert slot not in asked


def test_a_question_that_may_be_skipped_is_not_asked_a_fourth_time() -> None:
    """ "ok", "ok", "ok" at the route question looped seven times."""
    chat = Chat()
    file_wage_complaint(chat)
    chat.send("lanjut")
    start = chat.node
    assert start is not None
    for _ in range(2):
        chat.send("ok")
        assert chat.node == start
    said = text_of(chat.send("ok"))
    assert "kita lewati saja" in said and chat.node != start
    assert chat.slots.get(chat.dialog.flows["complaint"].nodes[start].slot) is None


def test_the_consent_is_never_passed_over() -> None:
    chat = Chat()
    chat.send("gaji sy gk dibayar di dubai")
    for _ in range(4):
        chat.send("asdfg")
    assert chat.node == "consent" and "consent" not in chat.slots


@pytest.mark.parametrize("mobile", ["0551234567", "0531234567", "0561234567"])
def test_a_saudi_mobile_told_in_a_sentence_is_saudi(mobile: str) -> None:
    """ "nomor sy 0551234567" in Riyadh was filed as +62 551 ... (a number staff would call in vain)."""
    chat = chat_after("sy di riyadh, majikan gk bayar gaji", "@setuju", "tidak")
    chat.send(f"nomor sy {mobile}")
    assert chat.slots["phone"] == "+966" + mobile[1:]


def test_not_me_my_sister_at_the_understood_list_makes_it_a_familys_report() -> None:
    """ "Saya sendiri (pekerja)" stayed beside "Saudara", and the case was filed as hers."""
    chat = chat_after("sy di malaysia gaji gk dibayar 4 bln", "@setuju", "tidak")
    assert chat.node == "understood" and chat.slots["reporter_kind"] == "self"
    said = text_of(chat.send("eh maaf bukan sy, ini adik sy yg kerja, sy kakaknya di jawa"))
    assert chat.slots["reporter_kind"] == "family" and chat.slots["relation"] == "saudara"
    assert "Saya sendiri" not in said and chat.node == "understood"
    chat.send("ya")
    assert "pekerja" in text_of(chat.turns[-1]), "asked the worker's name, not hers"


def test_a_yes_with_more_of_her_story_keeps_what_it_adds() -> None:
    """ "ya bener, sy mau pulang aja" at "Kami catat ... Benar?": the list is right, and that she
    wants to go home is on her report (only the yes was read; the rest was dropped)."""
    chat = chat_after("majikan sy di dubai gk bayar gaji 4 bln, paspor ditahan", "@setuju", "@tidak")
    assert chat.node == "understood"
    chat.send("ya bener, sy mau pulang aja")
    assert chat.node != "understood"
    assert chat.slots.get("wants") == "pulang"
    assert "sy mau pulang aja" in chat.slots["story"]


def test_a_plain_yes_at_the_understood_list_adds_nothing_to_her_story() -> None:
    chat = chat_after("majikan sy di dubai gk bayar gaji 4 bln, paspor ditahan", "@setuju", "@tidak")
    story = chat.slots["story"]
    chat.send("iya benar kak")
    assert chat.node != "understood"
    assert chat.slots["story"] == story


@pytest.mark.parametrize(
    ("first", "said", "name"),
    [
        ("hi, my employer in dubai not pay my salary for 4 months", "sponsor name is Khalid", "Khalid"),
        ("my kafeel in riyadh not pay me 3 month", "kafeel name is Saad Al Otaibi", "Saad Al Otaibi"),
        ("majikan sy di dubai gk bayar gaji 4 bln", "nama majikan sy Fahad", "Fahad"),
    ],
)
def test_the_employers_name_told_at_the_understood_list_is_said_back(first: str, said: str, name: str) -> None:
    """Her employer's name, in the words of the Gulf ("sponsor", "kafeel") too, is kept and shown in
    the list she checks (it was kept unseen, or in English not read at all)."""
    chat = chat_after(first, "@setuju", "@tidak")
    turn = chat.send(said)
    assert chat.slots.get("employer_name") == name
    assert name in text_of(turn)


#: a sister reports lost contact in English and does not know the city when asked
SISTER_LOST = (
    "hello, my sister work in malaysia as maid, we lost contact since september, her phone not active",
    "@setuju",
    "no",
    "yes correct",
)


def test_her_name_without_is_is_the_name_alone() -> None:
    """ "her name Sumiati" at the worker's name: the staff look for "Sumiati", not the sentence."""
    chat = chat_after(*SISTER_LOST)
    assert chat.node == "worker_name"
    chat.send("her name Sumiati")
    assert chat.slots["worker_name"] == "Sumiati"


def test_a_city_told_after_dont_know_to_the_city_is_filed() -> None:
    """ "dont know" to the city, then "i dont know the address, she work in kuala lumpur i think"
    at the next question: the city is Kuala Lumpur (it stayed unknown, only kept in her words)."""
    chat = chat_after(*SISTER_LOST, "Sumiati")
    assert chat.node == "city"
    chat.send("dont know")
    assert chat.slots["city"] is None
    chat.send("i dont know the address, she work in kuala lumpur i think")
    assert chat.slots["city"] == "Kuala Lumpur"
    assert chat.node == "phone"


def test_the_agency_named_as_such_at_the_employers_question_is_the_agency_and_not_asked_again() -> None:
    """ "agensi sy PT Sinar Jaya" to "Siapa nama majikan?" was filed as the employer's name, and
    "Berangkat lewat PT atau agen apa?" was asked next, as if she had not said it."""
    chat = chat_after("min aq kerja di kilang plastik di johor, bos potong gaji tiap bln 300 ringgit", "@setuju")
    chat.send("ga")
    chat.send("iya")
    skip_to(chat, "employer_name")
    said = text_of(chat.send("agensi sy PT Sinar Jaya"))
    assert "agennya sudah kami catat" in said and chat.node == "employer_name"
    assert chat.slots["agency"] == "PT Sinar Jaya" and not chat.slots.get("employer_name")
    asked = text_of(chat.send("gk tau"))
    assert "PT atau agen" not in asked and chat.node != "agency"
    assert chat.slots["agency"] == "PT Sinar Jaya"


def test_the_employers_name_after_majikan_namanya_is_the_name_alone() -> None:
    """ "majikan namanya Mr Tan, agen PT Bunga Mas": the summary said "Majikan: majikan namanya Mr Tan"."""
    chat = chat_after(*KL_PASSPORT, "Lestari", "lewati")
    assert chat.node == "employer_name"
    chat.send("majikan namanya Mr Tan, agen PT Bunga Mas")
    assert chat.slots["employer_name"] == "Mr Tan" and chat.slots["agency"] == "PT Bunga Mas"


@pytest.mark.parametrize("said", ["no hp sy 0551234567 lupa td", "0551234567"])
def test_her_number_typed_at_the_summary_is_added_read_in_her_country(said: str) -> None:
    """ "no hp sy 0551234567 lupa td" at the summary in Riyadh: "no" was read as No ("Bagian mana
    yang perlu diubah?") and the bare number as nothing; the report went without her number."""
    chat = chat_after("majikan sy gk bayar gaji udh 5 bln, sy di riyadh", "@setuju", "gk", "@ya", "Siti")
    skip_to(chat, "summary")
    reply = text_of(chat.send(said))
    assert reply.startswith("Sudah kami catat.") and "Bagian mana" not in reply and chat.node == "summary"
    assert chat.slots["phone"] == "+966551234567"
    chat.send("ya")
    assert chat.effects(FileCase)[0].fields["phone"] == "+966551234567"
