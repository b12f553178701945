"""A sentence that says there is nothing to give ("blm ada majikan kan blm berangkat", "hp nya
jg dipegang majikan") answers an optional question: it was "belum terjawab" and asked again."""

from __future__ import annotations

from tests.support.chat import text_of
from tests.unit.test_tell_it_once import WAGES, answer_through, chat_after

FATHER = ("anak sy meninggal di dammam, majikan blm kasih kabar apa2", "@setuju")


def test_no_employer_yet_is_an_answer_to_the_employers_name() -> None:
    chat = chat_after(WAGES, "@setuju", "gk", "iya")
    answer_through(chat, "employer_name")
    said = text_of(chat.send("blm ada majikan kan blm berangkat"))
    assert "belum terjawab" not in said and chat.node != "employer_name"
    assert chat.slots["employer_name"] is None and "blm berangkat" in chat.slots["story"]


def test_a_phone_held_by_the_employer_is_an_answer_to_her_number() -> None:
    chat = chat_after(*FATHER)
    answer_through(chat, "worker_phone")
    said = text_of(chat.send("anak sy udh gk ada pak, hp nya jg dipegang majikan"))
    assert "belum terjawab" not in said and chat.node != "worker_phone"
    assert chat.slots["worker_phone"] is None and "dipegang majikan" in chat.slots["story"]
