"""Round eight's leftovers (issue 13, ADR 0029): small misreads earlier rounds left, typed as
people type them."""

from __future__ import annotations

from tests.support.chat import text_of
from tests.unit.test_tell_it_once import answer_through, chat_after

#: a worker in Hong Kong, unpaid, up to her first question
HONG_KONG = ("sy kerja di hongkong, majikan gk bayar gaji 2 bln", "@setuju", "gk", "ya")


def test_a_time_word_after_her_name_is_not_part_of_it() -> None:
    for said in ("Wati kemarin", "wati kmrn kak", "Sri Wahyuni tadi"):
        chat = chat_after(*HONG_KONG)
        answer_through(chat, "worker_name")
        chat.send(said)
        assert chat.slots["worker_name"] in ("Wati", "wati", "Sri Wahyuni"), said
        assert chat.node != "worker_name"
