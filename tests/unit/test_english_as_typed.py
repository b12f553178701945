"""Answers as people who write English type them (found by `python -m bench.sweep --english`)."""

from __future__ import annotations

from flows.types import FileCase
from tests.support.chat import Chat, text_of

OPENING = "hi, my employer not pay my salary 3 month in riyadh"


def at_extra_questions(opening: str = OPENING) -> Chat:
    """Her report filed with every question skipped, and "go on" to the questions after it."""
    chat = Chat()
    chat.send(opening)
    chat.press("setuju")
    said = {"discreet": "no", "understood": "yes", "summary": "yes send", "more": "go on"}
    for _ in range(20):
        node = chat.node
        chat.send(said.get(str(node), "skip"))
        if node == "more":
            break
    assert chat.effects(FileCase)
    return chat


def test_nobody_to_may_someone_see_your_phone_is_a_no() -> None:
    """ "nobody" got "Sorry, please answer Yes or No." (asked again for 96 of 600 reporters)."""
    chat = Chat()
    chat.send(OPENING)
    chat.press("setuju")
    assert chat.node == "discreet"
    chat.send("nobody")
    assert chat.node != "discreet" and chat.state is not None and not chat.state.discreet


def test_girl_and_boy_answer_the_sex_question() -> None:
    for said, sex in (("girl", "F"), ("lady", "F"), ("boy", "M")):
        chat = at_extra_questions()
        for _ in range(8):
            if chat.node == "sex":
                break
            chat.send("skip")
        assert chat.node == "sex"
        chat.send(said)
        assert chat.slots.get("sex") == sex, said


def test_money_paid_to_the_agent_is_no_call_for_the_staff() -> None:
    """ "2000 dollar to agent" to "how much have you paid?" put her through to the staff ("one of
    our staff will contact you"): the recruitment agent, not the service's."""
    chat = at_extra_questions("hi maam, the agency in hong kong charge me too much fee, they cut my salary every month")
    for _ in range(8):
        if chat.node == "fees_paid":
            break
        chat.send("skip")
    assert chat.node == "fees_paid"
    said = text_of(chat.send("2000 dollar to agent"))
    assert "staff will contact you" not in said
    asked = text_of(Chat().send("i want to talk to an agent please"))
    assert "staff" in asked.lower()
