"""People type their story straight through the consent question, in short fragments: a
fragment is never a refusal (a refusal throws the report away) nor an agreement."""

from __future__ import annotations

import pytest

from flows.types import RecordConsent
from flows.understand.answers import read_consent
from tests.support.chat import Chat, text_of


@pytest.mark.parametrize(
    "fragment",
    [
        "majikan gk mau bayar",
        "sy gk bisa pulang",
        "jenazahnya blm bisa pulang",
        "saya tidak mau kerja lagi",
        "i want go home",
        "i want help",
    ],
)
def test_a_fragment_of_her_story_is_neither_consent_nor_refusal(fragment: str) -> None:
    assert read_consent(fragment) is None


@pytest.mark.parametrize(
    ("said", "agrees"),
    [("gk setuju", False), ("tidak, terima kasih", False), ("no thanks", False), ("tolak", False), ("ga", False),
     ("iya", True), ("ok deh kak", True), ("ya sy setuju", True), ("i agree", True), ("boleh", True)],
)  # fmt: skip
def test_short_answers_still_agree_or_refuse(said: str, agrees: bool) -> None:
    assert read_consent(said) is agrees


def test_a_father_typing_through_the_consent_question_loses_nothing() -> None:
    chat = Chat()
    chat.send("pak sy mau tanya")
    chat.send("anak sy perempuan meninggal di taiwan minggu lalu")
    said = text_of(chat.send("jenazahnya blm bisa pulang"))
    assert "tidak menyimpan" not in said and chat.node == "consent"
    chat.press("setuju")
    assert chat.effects(RecordConsent)
    assert "jenazahnya blm bisa pulang" in chat.slots["story"]
    assert chat.slots["category"] == "meninggal", "the death, not 'other' for 'mau tanya'"
    assert "ingin_pulang" not in (chat.slots.get("_more_categories") or []), "her body home is the death case"
    assert chat.slots["country"] == "TW"


def test_i_want_go_home_at_consent_is_asked_again_not_taken_as_agreement() -> None:
    chat = Chat()
    chat.send("hello")
    chat.press("lapor")
    chat.send("i want go home")
    assert chat.node == "consent" and not chat.effects(RecordConsent)


def test_fragments_at_consent_are_kept_and_thanked_in_one_short_line() -> None:
    chat = Chat()
    chat.send("majikan gk mau bayar")
    first = text_of(chat.turns[-1])
    for piece in ("udh 4 bln", "sy di jeddah"):
        turn = chat.send(piece)
        said = text_of(turn)
        assert "sudah kami catat" in said and chat.node == "consent"
        assert len(said) < len(first) / 2, "the whole consent text is not sent again for every piece"
    assert "udh 4 bln" in chat.slots["story"] and "sy di jeddah" in chat.slots["story"]
    chat.send("ok")
    assert chat.effects(RecordConsent)[-1].given is True


@pytest.mark.parametrize(
    ("story", "asked"),
    [("majikan gk mau bayar", "maksudnya apa kak"), ("majikan gk mau bayar", "sy gk ngerti"),
     ("my employer does not pay my salary", "what does it mean")],
)  # fmt: skip
def test_asking_what_the_consent_means_shows_the_full_notice(story: str, asked: str) -> None:
    chat = Chat()
    chat.send(story)
    said = text_of(chat.send(asked))
    assert "Siapa yang membaca" in said or "Who reads" in said
    assert chat.node == "consent" and not chat.effects(RecordConsent)


@pytest.mark.parametrize(
    ("story", "refuse", "agree"),
    [("majikan gk bayar gaji sy 5 bln di riyadh", "gk setuju", "eh maaf sy setuju deh"),
     ("my employer did not pay me 3 months", "i disagree", "ok i agree")],
)  # fmt: skip
def test_changing_her_mind_after_refusing_is_told_and_starts_the_report_again(
    story: str, refuse: str, agree: str
) -> None:
    chat = Chat()
    chat.send(story)
    refused = text_of(chat.send(refuse))
    assert "ketik Setuju" in refused or "type I agree" in refused
    assert chat.slots.get("story") is None, "nothing kept after a refusal"
    chat.send(agree)
    # the word she was told to type is her consent (round eleven: it asked "Setuju?" again)
    assert chat.node == "discreet"
    assert [e.given for e in chat.effects(RecordConsent)] == [False, True]


def test_i_dont_know_at_consent_shows_the_notice_instead_of_being_kept_as_her_story() -> None:
    chat = Chat()
    chat.send("sy mau lapor")
    said = text_of(chat.send("gk tau"))
    assert "Hak Anda" in said and chat.node == "consent" and not chat.slots.get("story")


def test_i_dont_know_at_the_story_gets_one_hint_then_the_questions_go_on() -> None:
    chat = Chat()
    chat.send("sy mau lapor")
    chat.press("setuju")
    chat.send("gk")
    assert chat.node == "story"
    hint = text_of(chat.send("gk tau"))
    assert "misalnya gaji belum dibayar" in hint and chat.node == "story"
    chat.send("gk tau")
    assert chat.node != "story" and chat.slots["story"] is None
