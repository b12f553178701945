"""A sentence that says there is nothing to give ("blm ada majikan kan blm berangkat", "hp nya
jg dipegang majikan") answers an optional question: it was "belum terjawab" and asked again."""

from __future__ import annotations

from tests.support.chat import Chat, text_of
from tests.unit.test_tell_it_once import WAGES

FATHER = ("anak sy meninggal di dammam, majikan blm kasih kabar apa2", "@setuju")


def reach(chat: Chat, said: tuple[str, ...], node: str) -> None:
    for message in said:
        chat.press(message[1:]) if message.startswith("@") else chat.send(message)
    for _ in range(25):
        if chat.node == node:
            return
        chat.send("ya" if chat.node in ("summary", "understood", "more") else "lewati")
    assert chat.node == node


def test_no_employer_yet_is_an_answer_to_the_employers_name() -> None:
    chat = Chat()
    reach(chat, (WAGES, "@setuju", "gk", "iya"), "employer_name")
    said = text_of(chat.send("blm ada majikan kan blm berangkat"))
    assert "belum terjawab" not in said and chat.node != "employer_name"
    assert chat.slots["employer_name"] is None and "blm berangkat" in chat.slots["story"]


def test_a_phone_held_by_the_employer_is_an_answer_to_her_number() -> None:
    chat = Chat()
    reach(chat, FATHER, "worker_phone")
    said = text_of(chat.send("anak sy udh gk ada pak, hp nya jg dipegang majikan"))
    assert "belum terjawab" not in said and chat.node != "worker_phone"
    assert chat.slots["worker_phone"] is None and "dipegang majikan" in chat.slots["story"]
