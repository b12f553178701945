"""A language asked for in words switches at once (only the bare command "bahasa" did)."""

from __future__ import annotations

import pytest

from flows.reading import language_asked
from tests.support.chat import Chat, text_of


@pytest.mark.parametrize(
    ("said", "lang"),
    [("sorry can i write english", "en"), ("english please", "en"), ("pake bahasa indonesia aja kak", "id"),
     ("bahasa indonesia", "id"), ("sy gk ngerti bahasa inggris", "id"), ("i dont understand indonesian", "en")],
)  # fmt: skip
def test_a_language_asked_for(said: str, lang: str) -> None:
    assert language_asked(said) == lang


@pytest.mark.parametrize("said", ["majikan sy orang inggris", "sy kerja di indonesia", "i am indonesian worker"])
def test_a_language_only_mentioned_is_not_asked_for(said: str) -> None:
    assert language_asked(said) is None


def test_the_question_she_is_at_is_asked_again_in_the_language_she_asked_for() -> None:
    chat = Chat()
    chat.send("halo")
    chat.press("lapor")
    said = text_of(chat.send("sorry can i write english"))
    assert "Do you agree?" in said and chat.node == "consent"
    chat.press("setuju")
    assert "misalnya majikan" in text_of(chat.send("pake bahasa indonesia aja kak"))
