"""A wish to stop or to erase said in her own sentence is asked about, as the command would be;
it was kept as more of her story ("sudah kami catat") while she tried to leave."""

from __future__ import annotations

import pytest

from flows.leaving_words import leaving_in_words, never_mind
from flows.types import EraseReporterData, FileCase
from tests.support.chat import Chat, text_of
from tests.unit.test_tell_it_once import file_wage_complaint, skip_to

STORY = "majikan gk bayar gaji sy 3 bln"


def in_report() -> Chat:
    chat = Chat()
    chat.send(STORY)
    chat.press("setuju")
    return chat


def test_a_stop_in_her_words_asks_first_and_keeps_the_draft() -> None:
    chat = in_report()
    said = text_of(chat.send("udh sy mau brenti dulu aja, batal"))
    assert "Mau berhenti dulu" in said and "sudah kami catat" not in said
    chat.send("iya")
    assert chat.node is None and not chat.effects(FileCase)
    assert "kita lanjutkan" in text_of(chat.send("lanjut")) and chat.slots["story"] == STORY


def test_an_erasure_in_her_words_shows_what_each_choice_means() -> None:
    chat = in_report()
    said = text_of(chat.send("hapus aja semua sy takut"))
    assert "Apa yang ingin Anda hapus?" in said and STORY == chat.slots["story"]


def test_taking_the_report_back_in_words_after_filing_and_a_choice_said_as_she_says_it() -> None:
    chat = Chat()
    file_wage_complaint(chat)
    skip_to(chat, None)
    assert "Apa yang ingin Anda hapus?" in text_of(chat.send("laporannya dicabut aja"))
    assert "Yakin menarik laporan?" in text_of(chat.send("tarik laporan"))
    chat.send("ya")
    assert [e.mode for e in chat.effects(EraseReporterData)] == ["withdraw"]
    chat = Chat()
    file_wage_complaint(chat)
    skip_to(chat, None)
    chat.send("hapus")
    assert "Yakin menghapus semua data Anda?" in text_of(chat.send("yg no 3"))


@pytest.mark.parametrize(
    "told",
    ["majikan mau batalin kontrak sy", "sy mau berhenti kerja", "jangan dihapus ya kak", "sy mau pulang aja",
     "sy udh berhenti dr majikan", "gk jadi batal", "hapus foto td aja", "keberangkatan sy dibatalin terus"],
)  # fmt: skip
def test_a_story_that_says_stop_or_erase_of_something_else_is_no_command(told: str) -> None:
    assert leaving_in_words(told) is None


@pytest.mark.parametrize("said", ["sy takut, gk jadi", "gk jadi lapor deh", "gk jd kak, takut ketahuan"])
def test_never_mind_in_her_words_asks_whether_to_stop_and_is_no_skipped_answer(said: str) -> None:
    chat = in_report()
    chat.send("gk")  # nobody sees her phone
    chat.send("ya")  # what was understood is right
    asked = chat.node
    reply = text_of(chat.send(said))
    assert "Mau berhenti dulu" in reply and asked not in chat.slots


@pytest.mark.parametrize("said", ["tidak jadi batal", "berangkat gk jadi", "gk jadi dibayar"])
def test_a_not_happened_is_no_wish_to_stop(said: str) -> None:
    assert not never_mind(said) and leaving_in_words(said) is None


def test_erasing_for_fear_of_the_employer_after_filing_shows_the_erase_choices() -> None:
    """ "kak hapus aja laporan sy, takut majikan tau" was asked about as more for her report:
    the employer named was whom she fears, read as "something else" to erase."""
    assert leaving_in_words("kak hapus aja laporan sy, takut majikan tau") == "erase"
    assert leaving_in_words("sy mau hapus foto majikan") is None
    chat = Chat()
    file_wage_complaint(chat)
    skip_to(chat, None)
    said = text_of(chat.send("kak hapus aja laporan sy, takut majikan tau"))
    assert "Hapus obrolan ini dari HP saja" in said and "tambahan untuk laporan" not in said


def test_batal_before_she_agreed_promises_to_keep_nothing() -> None:
    from tests.unit.test_tell_it_once import chat_after

    for said in (("sy di hongkong gaji 3 bln gk dibayar majikan", "batal"), ("halo", "@lapor", "berhenti")):
        chat = chat_after(*said)
        reply = text_of(chat.turns[-1])
        assert "Belum ada yang kami simpan" in reply and "7 hari" not in reply, said
        assert chat.node is None and not chat.slots.get("_draft") and "story" not in chat.slots
    # after she agreed, her answers are kept for "lanjut" as before
    chat = chat_after("sy di hongkong gaji 3 bln gk dibayar majikan", "@setuju", "batal")
    assert "Kami simpan 7 hari" in text_of(chat.turns[-1])


def test_pengen_udahan_aja_with_nothing_to_stop_is_asked_about_not_told_no_report_is_open() -> None:
    from tests.unit.test_tell_it_once import chat_after

    chat = chat_after("pengen udahan aja")
    said = text_of(chat.turns[-1])
    assert "Tidak ada laporan yang sedang diisi" not in said
    assert "sedang dalam bahaya sekarang?" in said, "asked whether she is in danger"
    # in a report it still asks whether to stop, and keeps her answers
    chat = chat_after("sy di hongkong gaji 3 bln gk dibayar majikan", "@setuju", "gk", "ya", "pengen udahan aja")
    assert "Mau berhenti dulu?" in text_of(chat.turns[-1])


def test_lanjut_at_a_yes_no_question_goes_on_and_is_no_yes() -> None:
    from tests.unit.test_tell_it_once import chat_after

    chat = chat_after("sy di hongkong gaji 3 bln gk dibayar majikan", "@setuju")
    assert chat.node == "discreet"
    turn = chat.send("lanjut")
    assert chat.node == "understood" and chat.state is not None and not chat.state.discreet, "no discreet mode"
    assert "🔒" not in text_of(turn)
    chat = chat_after("sy di hongkong gaji 3 bln gk dibayar majikan", "@setuju", "ya lanjut")
    assert chat.state is not None and chat.state.discreet, "a yes said with it is still a yes"
    chat = chat_after("sy di hongkong gaji 3 bln gk dibayar majikan", "@setuju", "terus")
    assert chat.node == "discreet", "'terus' may mean 'all the time': not passed over as 'go on'"
