"""Questions people ask the service back ("ini gratis?", "brp lama kak?"): a short true answer,
then the question she was at; her question is never stored as an answer."""

from __future__ import annotations

import pytest

from bot.whatsapp.discreet import HonestDiscreet
from flows.questions import question_for_service
from tests.support.chat import Chat, real_dialog, text_of
from tests.unit.test_tell_it_once import MOTHER, WAGES, chat_after


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        ("ini gratis?", "cost"),
        ("lapor hrs bayar gk kak", "cost"),
        ("is it free?", "cost"),
        ("brp lama kak?", "how_long"),
        ("kapan sy dihubungi?", "how_long"),
        ("how long does it take?", "how_long"),
        ("siapa yg akan hubungi sy?", "who"),
        ("who will read this?", "who"),
        ("majikan bisa tau gk?", "privacy"),
        ("will my employer know?", "privacy"),
        ("ini rahasia kan?", "privacy"),
        ("ini aman ga kak?", "privacy"),
        ("is this safe?", "privacy"),
        ("data sy buat apa aja", "privacy"),
        ("what do you do with my data", "privacy"),
    ],
)
def test_a_question_to_the_service_in_her_words(said: str, topic: str) -> None:
    assert question_for_service(said) == topic


@pytest.mark.parametrize(
    "said",
    [
        "majikan sy gk bayar gaji, sy hrs bayar?",  # a story with a question in it
        "data sy dipake buat pinjol gmn?",  # her data misused: her story
        "udh bayar 40 juta ke pt",
        "gaji sy gk dibayar 5 bln",
        "sy udh lama gk gajian",
        "majikan gk tau sy lapor",  # said, not asked
        "rahasia",  # the discreet-mode command
        "ya",
        WAGES,
    ],
)
def test_a_story_or_an_answer_is_not_a_question_to_the_service(said: str) -> None:
    assert question_for_service(said) is None


def test_a_first_message_asking_if_it_is_free_is_answered_and_the_menu_follows() -> None:
    chat = Chat()
    said = text_of(chat.send("ini gratis?"))
    assert "Layanan ini gratis" in said and "Lapor masalah" in said


def test_a_question_at_a_question_is_answered_and_the_question_asked_again_with_nothing_stored() -> None:
    chat = chat_after(*MOTHER[:4])
    asked_at = chat.node
    said = text_of(chat.send("brp lama kak sampai dihubungi?"))
    assert "paling lambat 3 hari kerja" in said
    assert chat.node == asked_at, "the same question, asked again"
    assert "brp lama" not in str(chat.slots.get("worker_name"))
    assert text_of(chat.turns[-2]).strip().split("\n")[-1] in said


def test_after_filing_a_question_gets_its_answer_not_a_new_report() -> None:
    from tests.unit.test_tell_it_once import file_wage_complaint, skip_to

    chat = Chat()
    file_wage_complaint(chat)
    skip_to(chat, None)
    said = text_of(chat.send("majikan bisa tau gk kak?"))
    assert "Kami tidak mengirim apa pun kepada majikan" in said
    assert "Lapor masalah" not in said and chat.node is None


def test_on_whatsapp_the_privacy_answer_does_not_promise_deleting_messages() -> None:
    dialog = real_dialog()
    honest = HonestDiscreet(dialog.catalog, dialog.settings.discreet_closing_minutes)
    for lang in ("id", "en"):
        for key in ("common.faq_privacy", "common.faq_privacy_on"):
            told = honest(dialog.catalog.render(lang, key))
            assert "WhatsApp" in told, key
            assert "hapus dari HP Anda." not in told and "delete these messages from your phone" not in told


def test_is_this_safe_at_the_consent_is_answered_and_never_told_to_type_rahasia_when_it_is_on() -> None:
    """ "ini aman ga kak? majikan sy suka cek hp" at the consent got "Terima kasih, sudah kami
    catat"; told to type Rahasia with discreet mode already on, she would have turned it off."""
    chat = Chat()
    chat.send("sy mau lapor majikan sy di qatar gk bayar gaji")
    said = text_of(chat.send("ini aman ga kak? majikan sy suka cek hp"))
    assert chat.state is not None and chat.state.discreet and chat.node == "consent"
    assert "rahasia dan hanya dibaca petugas" in said and "Mode rahasia sudah aktif" in said
    assert "ketik Rahasia" not in said
    said = text_of(Chat().send("ini aman ga kak?"))
    assert "ketik Rahasia" in said  # not on: how to turn it on


def test_asking_for_a_person_promises_a_reply_only_where_a_report_lets_the_staff_write() -> None:
    """ "Bicara dengan petugas" before any report promised a contact nobody could make (the
    mediators' alert had no case to answer on); after filing it went out with no case number."""
    from flows.types import NotifyMediators
    from tests.unit.test_tell_it_once import file_wage_complaint, skip_to

    before = text_of(Chat().send("sy mau ngomong sm petugas dong"))
    assert "membalas lewat laporan" in before and "akan menghubungi Anda" not in before
    chat = Chat()
    file_wage_complaint(chat)
    skip_to(chat, None)
    said = text_of(chat.send("petugas"))
    number = chat.slots["_last_case"]["number"]
    assert f"untuk laporan {number}" in said
    alerts = [e for e in chat.effects(NotifyMediators) if e.kind == "agent_request"]
    assert alerts and alerts[-1].case_number == number


def test_a_wish_to_die_before_any_report_is_not_promised_a_call() -> None:
    said = text_of(Chat().send("sy pengen mati aja"))
    assert "setelah cerita Anda tersimpan" in said and "akan menghubungi Anda di sini" not in said


def test_a_question_while_answering_a_mediator_goes_to_the_mediator() -> None:
    from flows.types import CaseMessage
    from tests.unit.test_tell_it_once import file_wage_complaint, skip_to

    chat = Chat()
    file_wage_complaint(chat)
    skip_to(chat, None)
    chat.send(system={"event": "mediator_message", "case_number": "K7Q-3XM9", "text": "Kami hubungi agensi dulu."})
    chat.send("brp lama kak?")
    assert [e.text for e in chat.effects(CaseMessage)] == ["brp lama kak?"]
