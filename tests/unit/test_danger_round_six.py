"""Round six of played people (issue 14): danger at every turn and leaving safely, as a
frightened person meets it: what she reads, and what is filed."""

from __future__ import annotations

from flows.types import CaseMessage, FileCase, NotifyMediators
from tests.support.chat import Chat, text_of
from tests.unit.test_tell_it_once import chat_after

HONG_KONG_WAGES = "sy kerja di hongkong, majikan gk bayar gaji 3 bln"
#: her report told, confirmed and filed: the bot asks whether she will answer a few more
FILED_AT_MORE = (HONG_KONG_WAGES, "@setuju", "gk", "ya", "Siti", "lewati", "lewati", "gk tau", "ya")


def alerts(chat: Chat) -> list[NotifyMediators]:
    return [e for e in chat.effects(NotifyMediators) if e.kind == "danger_alert"]


def filed(chat: Chat) -> FileCase:
    cases = chat.effects(FileCase)
    assert len(cases) == 1, chat.node
    return cases[0]


def test_a_cry_in_the_questions_after_filing_promises_no_questions_and_says_her_report_is_marked() -> None:
    for after in ((), ("lanjut",)):
        chat = chat_after(*FILED_AT_MORE, *after)
        number = filed(chat).number
        said = text_of(chat.send("sy takut dia bawa pisau"))
        assert alerts(chat) and "999" in said
        assert "kami tanyakan beberapa hal" not in said, "her report is filed: no questions are promised"
        assert number in said and "darurat" in said, "she is told the message is on her report, marked urgent"
        assert [m.case_number for m in chat.effects(CaseMessage)] == [number]


def test_her_wish_to_die_after_filing_says_the_staff_can_write_to_her_here() -> None:
    chat = chat_after(*FILED_AT_MORE, "lanjut")
    said = text_of(chat.send("sy cape bgt, pengen mati aja"))
    assert "tidak sendirian" in said
    assert "setelah cerita Anda tersimpan" not in said, "her story is kept already"


def test_her_wish_to_die_in_sundanese_or_javanese_is_not_filed_as_a_death_or_going_home() -> None:
    for cry in (
        "abdi tos teu kuat, hoyong maot wae",
        "aku ra kuat meneh, pengen mati wae",
        "sy gk kuat lg, pengen mati aja",
    ):
        chat = chat_after(cry, "@setuju", "ya", "malaysia", "lewati", "lewati", "lewati", "lewati")
        case = filed(chat)
        assert case.urgent and case.category not in ("meninggal", "ingin_pulang"), (cry, case.category)
        assert case.fields.get("self_harm") is True


def test_a_problem_told_beside_her_wish_to_die_is_still_filed() -> None:
    chat = chat_after(
        "gaji gk dibayar 5 bln, sy gk kuat lg pengen mati aja",
        "@setuju",
        "ya",
        "malaysia",
        "lewati",
        "lewati",
        "lewati",
        "lewati",
    )
    assert filed(chat).category == "gaji_tidak_dibayar"
    chat = chat_after("pengen mati aja, mau pulang gk boleh")
    assert chat.slots.get("category") == "ingin_pulang"


def test_a_mother_told_of_her_daughters_danger_is_asked_about_her_phone_not_whether_she_is_safe() -> None:
    for said in (
        ("halo", "@keluarga", "@setuju", "anak sy dipukul majikannya di taiwan"),
        ("tolong bu anak sy mau dibunuh majikan di malaysia", "@setuju"),
    ):
        chat = chat_after(*said)
        asked = text_of(chat.turns[-1])
        assert alerts(chat) and "Apakah Anda sendiri" not in asked, said
        assert "membaca HP Anda" in asked
        chat.send("tidak")
        assert chat.state is not None and not chat.state.discreet, "her No is no reason to clear the chat"
        assert chat.node == "worker_name"


def test_a_family_member_threatened_herself_is_asked_whether_she_can_write_safely() -> None:
    chat = chat_after("halo", "@keluarga", "@setuju", "calo ngancam mau bunuh sy klo sy lapor")
    assert alerts(chat) and "menulis dengan aman" in text_of(chat.turns[-1])


def test_someone_in_danger_in_indonesia_is_given_the_police_first_a_mother_of_a_worker_abroad_is_not() -> None:
    for said in (
        ("sy udh dideportasi, skrg di kampung, calo dtg ke rumah bawa golok ngancam sy",),
        ("sy msh di penampungan PT di bekasi, mau ke taiwan, sy dikunci gk boleh keluar",),
        ("halo", "@keluarga", "@setuju", "calo ngancam mau bunuh sy klo sy lapor"),
    ):
        chat = chat_after(*said)
        lines = [line for line in text_of(chat.turns[-1]).splitlines() if line.startswith("- ")]
        assert alerts(chat) and lines[:2] == [
            "- Polisi (dari Indonesia) 110",
            "- Panggilan darurat (dari Indonesia) 112",
        ]
    for said in (
        ("halo", "@keluarga", "@setuju", "anak sy dipukul majikannya di taiwan"),
        ("tolong sy dipukul majikan",),
    ):
        chat = chat_after(*said)
        assert alerts(chat) and " 110" not in text_of(chat.turns[-1]) and " 112" not in text_of(chat.turns[-1])
    assert " 110" not in text_of(chat_after("halo", "nomor penting").turns[-1]), "the police only with a cry"


def test_numbers_in_english_say_the_united_arab_emirates() -> None:
    chat = chat_after("hello", "i work in dubai, my employer not pay my salary 3 month", "important numbers")
    said = text_of(chat.turns[-1])
    assert "Important numbers in the United Arab Emirates." in said, said
    said = text_of(chat_after("help me my employer beat me, i am in dubai").turns[-1])
    assert "(in the United Arab Emirates)" in said


def test_a_word_at_the_menu_gets_one_line_and_the_list_not_the_greeting_again() -> None:
    for word in ("lanjut", "ya", "petugas", "nomor penting"):
        chat = chat_after("halo")
        turn = chat.send(word)
        assert "Selamat datang" not in text_of(turn), word
        assert [o.id for o in turn.replies[-1].options][:2] == ["lapor", "keluarga"], "the menu's buttons stay"
        assert "1. Lapor masalah" in turn.replies[-1].text


def test_sy_mau_lapor_as_a_first_message_shows_one_set_of_buttons() -> None:
    for first in ("sy mau lapor", "i want to report"):
        turn = Chat().send(first)
        with_buttons = [r for r in turn.replies if r.options]
        assert len(with_buttons) == 1 and with_buttons[0].options[0].id == "setuju", first
        assert "Lapor masalah" not in text_of(turn) and "Report a problem" not in text_of(turn)
        assert "Rahasia dan gratis" in text_of(turn) or "confidential and free" in text_of(turn)


def test_no_answers_are_said_to_be_added_when_no_more_were_asked() -> None:
    discreet = chat_after(HONG_KONG_WAGES, "@setuju", "ya", "ya", "Siti", "lewati", "lewati", "gk tau", "ya")
    assert filed(discreet) and "Semua jawaban Anda" not in text_of(discreet.turns[-1])
    declined = chat_after(*FILED_AT_MORE, "cukup")
    assert "Semua jawaban Anda" not in text_of(declined.turns[-1])
    answered = chat_after(*FILED_AT_MORE, "lanjut")
    for _ in range(30):
        if answered.node is None:
            break
        answered.send("lewati")
    assert "Semua jawaban Anda sudah kami tambahkan" in text_of(answered.turns[-1])


def test_a_mother_told_of_danger_abroad_reads_the_mission_there_right_after_the_free_line() -> None:
    chat = chat_after(
        "assalamualaikum pak, anak sy yg di malaysia udh 3 bln gk ada kabar, hp nya gk aktif",
        "@setuju",
        "gk",
        "ya",
        "tolong anak sy mau dibunuh majikannya",
    )
    lines = [line for line in text_of(chat.turns[-1]).splitlines() if line.startswith("- ")]
    assert alerts(chat) and lines[:2] == [
        "- KP2MI (dari Indonesia, gratis) 0-800-1000",
        "- KBRI Kuala Lumpur (hotline) +60 17 668 8032",
    ], lines
    assert not any(line.endswith((" 999", " 110", " 112")) for line in lines), "no police she cannot call"


def test_sy_takut_alone_is_asked_about_never_met_with_the_menu_or_filed_as_her_name() -> None:
    for first in ("sy takut", "takut bgt kak", "i'm so scared"):
        chat = Chat()
        said = text_of(chat.send(first))
        assert "dalam bahaya sekarang" in said and "Selamat datang" not in said, first
        assert not alerts(chat), "asked, never an alarm by itself"
    chat = chat_after(HONG_KONG_WAGES, "@setuju", "gk", "ya")
    assert chat.node == "worker_name"
    assert "dalam bahaya sekarang" in text_of(chat.send("sy takut kak"))
    chat.press("aman")
    assert chat.node == "worker_name" and chat.slots.get("worker_name") is None, "'takut' is not her name"
    assert "sy takut kak" in chat.slots["story"], "her words are kept for the staff"


def test_sy_takut_after_refusing_consent_on_a_cry_is_asked_about_again() -> None:
    chat = chat_after("tolong sy dipukul majikan, sy di taiwan", "@tolak")
    said = text_of(chat.send("sy takut"))
    assert "dalam bahaya sekarang" in said and "Selamat datang" not in said
    chat.press("bahaya")
    assert len(alerts(chat)) == 2 and chat.node == "consent", "help again, and her consent asked once more"


def test_batal_after_filing_says_her_report_stands_and_how_to_withdraw_it() -> None:
    chat = chat_after(*FILED_AT_MORE, "cukup")
    said = text_of(chat.send("batal"))
    assert filed(chat).number in said and "Hapus" in said
    assert "Tidak ada laporan" not in said, "she had just sent one"
    said = text_of(chat_after("halo").send("batal"))
    assert "Tidak ada laporan yang sedang diisi" in said and "ke menu" not in said, "she is at the menu"


def test_refusing_consent_after_a_cry_is_not_told_to_write_tolong_if_in_danger() -> None:
    chat = chat_after("tolong sy dipukul majikan, sy di taiwan")
    said = text_of(chat.press("tolak"))
    assert "Kalau Anda dalam bahaya" not in said and 'Kalau perlu, tulis "tolong"' in said
    said = text_of(chat_after(HONG_KONG_WAGES).press("tolak"))
    assert "Kalau Anda dalam bahaya" in said
