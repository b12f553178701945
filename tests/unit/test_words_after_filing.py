"""What she writes after filing or after looking at her report's status is never dropped: more
fragments while "more for your report, or a new one?" waits, a command then, a sentence at
"Ada lagi?" after the status; and "sy mau lapor lagi" is a new report."""

from __future__ import annotations

import pytest

from flows.types import CaseMessage, FileCase, Lookup, NewFamilyCode
from tests.support.chat import Chat, text_of
from tests.unit.test_tell_it_once import file_wage_complaint, skip_to

MINE = {"lookup": "my_cases", "cases": [{"number": "ABC-2345", "status": "baru", "category": "gaji_tidak_dibayar"}]}


def filed() -> Chat:
    chat = Chat()
    file_wage_complaint(chat)
    skip_to(chat, None)
    return chat


def added(chat: Chat) -> list[str]:
    return [e.text for e in chat.effects(CaseMessage)]


def test_fragments_while_the_follow_up_question_waits_are_kept_together() -> None:
    chat = filed()
    chat.send("oh iya paspor sy jg dipegang")
    assert "Sudah kami catat" in text_of(chat.send("majikan jg marah2 terus"))
    chat.press("tambah")
    assert added(chat) == ["oh iya paspor sy jg dipegang\n\nmajikan jg marah2 terus"]


def test_status_typed_while_the_follow_up_question_waits_adds_what_she_wrote() -> None:
    chat = filed()
    chat.send("eh salah, negaranya taiwan bukan hk")
    chat.send("status")
    assert added(chat) == ["eh salah, negaranya taiwan bukan hk"], "it vanished"


def test_sy_mau_lapor_lagi_after_filing_is_a_new_report() -> None:
    chat = filed()
    said = text_of(chat.send("sy mau lapor lagi"))
    assert "tambahan untuk laporan" not in said
    assert chat.node == "consent"


def test_a_new_report_asked_for_with_what_it_is_about_begins_with_those_words() -> None:
    chat = filed()
    said = text_of(chat.send("sy mau lapor lg, temen sy jg gk digaji"))
    assert "tambahan untuk laporan" not in said and chat.node == "consent"
    assert chat.slots["story"] == "sy mau lapor lg, temen sy jg gk digaji"
    assert chat.slots["category"] == "gaji_tidak_dibayar"


def test_a_sentence_at_ada_lagi_after_her_status_is_more_for_that_report() -> None:
    chat = Chat()
    chat.send("status")
    assert chat.effects(Lookup)
    chat.send(system=MINE)
    assert chat.node == "mine_menu"
    said = text_of(chat.send("iya masih kak majikan jg marah2"))
    assert "tambahan untuk laporan ABC-2345?" in said and "pilihan itu tidak ada" not in said
    chat.press("tambah")
    assert added(chat) == ["iya masih kak majikan jg marah2"]


def test_the_status_menu_still_takes_its_own_choices() -> None:
    chat = Chat()
    chat.send("status")
    chat.send(system=MINE)
    chat.send("selesai")
    assert chat.node is None and not added(chat)


def test_a_word_or_an_emoji_after_filing_gets_one_short_line_not_the_whole_menu() -> None:
    chat = filed()
    for said in ("ya", "😭", "p"):
        reply = text_of(chat.send(said))
        assert "sudah kami terima" in reply and "Lapor untuk keluarga" not in reply
    assert "Lapor untuk keluarga" in text_of(chat.send("menu"))


def test_selesai_after_answering_a_mediator_ends_the_reply_and_is_not_sent_to_the_staff() -> None:
    chat = filed()
    chat.send(system={"event": "mediator_message", "case_number": "K7Q-3XM9", "text": "Mohon kirim foto kontrak."})
    chat.send("kontraknya dipegang agen kak")
    said = text_of(chat.send("selesai"))
    assert added(chat) == ["kontraknya dipegang agen kak"], "'selesai' was forwarded to the mediator"
    assert "Sama-sama" in said and chat.state is not None and chat.state.reply_case is None


def test_news_asked_at_ada_lagi_shows_the_status_once() -> None:
    chat = Chat()
    chat.send("status")
    chat.send(system=MINE)
    turn = chat.send("kak gmn laporan sy ada kabar?")
    assert len([e for e in turn.effects if isinstance(e, Lookup)]) <= 1 and not added(chat)


def test_a_new_family_code_is_made_only_after_she_is_told_the_old_one_stops() -> None:
    chat = Chat()
    chat.send("status")
    chat.send(system=MINE)
    said = text_of(chat.press("kode"))
    assert "lama tidak akan berlaku" in said and not chat.effects(NewFamilyCode)
    chat.send("gk jadi deh")
    assert not chat.effects(NewFamilyCode), "the family keeps the code they have"
    chat = Chat()
    chat.send("status")
    chat.send(system=MINE)
    chat.press("kode")
    chat.send("iya")
    assert len(chat.effects(NewFamilyCode)) == 1


def test_her_case_number_typed_right_after_filing_is_a_status_check_never_a_note_with_her_code() -> None:
    from tests.unit.test_phone_checked import MALAYSIA_FILED
    from tests.unit.test_tell_it_once import chat_after

    for typed in ("A5S-J7A3", "A5S-J7A3 QA7A-KBA4"):
        chat = chat_after(*MALAYSIA_FILED, "@cukup")
        turn = chat.send(typed)
        assert any(isinstance(e, Lookup) for e in turn.effects), typed
        assert chat.state.pending is None and not chat.effects(CaseMessage), typed


def test_withdraw_said_as_a_command_right_after_filing_shows_what_each_erasure_means() -> None:
    from tests.unit.test_phone_checked import MALAYSIA_FILED
    from tests.unit.test_tell_it_once import chat_after

    chat = chat_after(*MALAYSIA_FILED, "@cukup")
    said = text_of(chat.send("batalkan laporan"))
    assert "Apa yang ingin Anda hapus?" in said and "Tarik laporan" in said


def test_why_asked_at_a_question_gets_the_question_with_its_reason_not_a_wrong_choice() -> None:
    from tests.unit.test_phone_checked import MALAYSIA_FILED
    from tests.unit.test_tell_it_once import chat_after

    chat = chat_after(*MALAYSIA_FILED, "lanjut")
    assert chat.node == "sex"
    for asked in ("kenapa tanya itu?", "?"):
        said = text_of(chat.send(asked))
        assert "pilihan itu tidak ada" not in said and "petugas perempuan" in said and chat.node == "sex"


@pytest.mark.parametrize("said", ["gk tau", "gk punya"])
def test_i_dont_know_or_i_dont_have_at_the_evidence_question_moves_on(said: str) -> None:
    from tests.unit.test_phone_checked import MALAYSIA_FILED
    from tests.unit.test_tell_it_once import chat_after

    chat = chat_after(*MALAYSIA_FILED, "lanjut")
    skip_to(chat, "evidence")
    chat.send(said)
    assert chat.node != "evidence"


def test_a_choice_typed_in_chat_shorthand_is_taken_without_did_you_mean() -> None:
    """ "rmh tangga" got "Maksud Anda Rumah tangga?", and "lwt PT" typed next as the route's
    answer made her a company worker."""
    from tests.unit.test_phone_checked import MALAYSIA_FILED
    from tests.unit.test_tell_it_once import chat_after

    chat = chat_after(*MALAYSIA_FILED, "lanjut")
    skip_to(chat, "employer_type")
    said = text_of(chat.send("rmh tangga"))
    assert "Maksud Anda" not in said and chat.slots["employer_type"] == "rumah_tangga"
    chat.send("lwt PT")
    assert chat.slots["employer_type"] == "rumah_tangga" and chat.slots["route"] == "procedural"


def test_words_typed_at_more_questions_reach_the_filed_case_even_when_she_stops() -> None:
    """ "agennya PT Sumber Rejeki" at "Mau lanjut sekarang?" got "pilihan itu tidak ada", and with
    "cukup" nothing reached the case (its answers were compared by their count only)."""
    from flows.types import UpdateCase
    from tests.unit.test_phone_checked import MALAYSIA_FILED
    from tests.unit.test_tell_it_once import chat_after

    chat = chat_after(*MALAYSIA_FILED[:-2], "lewati", "@ya")
    assert chat.node == "more"
    said = text_of(chat.send("agennya PT Sumber Rejeki"))
    assert "pilihan itu tidak ada" not in said and chat.node == "more"
    chat.press("cukup")
    (update,) = chat.effects(UpdateCase)
    assert "PT Sumber Rejeki" in update.fields["story"]


def test_batal_in_the_questions_after_filing_keeps_the_rest_for_lanjut() -> None:
    from flows.types import UpdateCase

    chat = Chat()
    file_wage_complaint(chat)
    chat.send("lanjut")
    chat.press("F")
    asked = chat.node
    stopped = text_of(chat.send("batal"))
    assert chat.node is None and "Ketik Lanjut kapan saja" in stopped
    assert chat.effects(UpdateCase)[-1].fields["sex"] == "F", "what she answered reached her case"
    back = text_of(chat.send("lanjut"))
    assert chat.node == asked and "lanjutkan" in back, back
    skip_to(chat, None)
    assert "Terima kasih. Semua jawaban Anda" in text_of(chat.turns[-1])
    assert len(chat.effects(FileCase)) == 1 and chat.effects(UpdateCase)[-1].fields["sex"] == "F"


@pytest.mark.parametrize("said", ["ok kak", "oke siap", "siap kak", "baik kak"])
def test_ok_at_ada_lagi_after_her_status_ends_it_and_is_no_message_for_the_report(said: str) -> None:
    """ "ok kak" to "Ada lagi?" was asked "Apakah pesan ini tambahan untuk laporan ...?"."""
    chat = Chat()
    chat.send("status")
    chat.send(system=MINE)
    reply = text_of(chat.send(said))
    assert "tambahan untuk laporan" not in reply and chat.node is None and not added(chat)


def test_ok_with_more_after_it_at_ada_lagi_is_still_more_for_the_report() -> None:
    chat = Chat()
    chat.send("status")
    chat.send(system=MINE)
    assert "tambahan untuk laporan ABC-2345?" in text_of(chat.send("ok kak tp kok lama ya"))


@pytest.mark.parametrize(
    "said", ["kode akses sy hilang, hp ganti", "kak sy lupa kode laporan sy", "i lost my access code"]
)
def test_a_lost_access_code_finds_her_reports_and_starts_no_new_one(said: str) -> None:
    """ "kode akses sy hilang, hp ganti" began a new report ("Terima kasih sudah bercerita", the
    consent); she wants the one she sent."""
    chat = Chat()
    reply = text_of(chat.send(said))
    assert "bercerita" not in reply and chat.node == "mine" and chat.effects(Lookup)
    assert "tanpa kode" in reply or "without a code" in reply
    chat.send(system=MINE)
    assert chat.node == "mine_menu"


def test_a_lost_phone_told_as_her_problem_is_still_a_report() -> None:
    chat = Chat()
    chat.send("kode akses sy hilang, hp ganti, tp majikan msh gk bayar gaji")
    assert chat.node == "consent"
