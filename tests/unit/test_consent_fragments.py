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
