"""Asking the status: a case number and an access code are read by their shape, so "gk ada",
"lupa" or a question is answered kindly and never spent as one of the five tries."""

from __future__ import annotations

import pytest

from flows.inputs import parse_code
from tests.support.chat import Chat, text_of


@pytest.mark.parametrize(
    ("typed", "symbols", "read"),
    [
        ("k7q 3xm9", 7, "K7Q-3XM9"),
        ("nomornya K7Q-3XM9", 7, "K7Q-3XM9"),
        ("E3M-ZX6Z", 7, "E3M-ZX6Z"),
        ("qtbzmhk", 7, "QTB-ZMHK"),  # all letters, typed alone in the code's own letters
        ("ab3d 7kqp", 8, "AB3D-7KQP"),
        ("kodenya ab3d7kqp ya", 8, "AB3D-7KQP"),
    ],
)
def test_a_code_is_read_in_its_canonical_form_however_it_is_typed(typed: str, symbols: int, read: str) -> None:
    assert parse_code(typed, symbols).value == read


@pytest.mark.parametrize("typed", ["gk ada", "lupa", "nomornya", "status laporan sy gmn", "K7Q-3XM9", "1234"])
def test_what_is_no_access_code_is_not_read_as_one(typed: str) -> None:
    assert not parse_code(typed, 8).ok


def test_no_number_at_the_number_question_is_answered_kindly_and_costs_no_try() -> None:
    chat = Chat()
    chat.send("cek status")
    chat.send(system={"lookup": "my_cases", "cases": []})  # the host finds no report of this chat
    assert chat.node == "number"
    said = text_of(chat.send("gk ada"))
    assert chat.node == "number" and "7 huruf dan angka" in said and "K7Q-3XM9" in said
    chat.send("lupa")
    assert chat.node == "number" and "petugas" in text_of(chat.turns[-1]).lower()
    chat.send("nomornya k7q 3xm9")
    assert chat.node == "code" and chat.slots["case_number"] == "K7Q-3XM9"
    said = text_of(chat.send("status laporan sy gmn"))
    assert chat.node == "code" and "8 huruf dan angka" in said and "terlalu panjang" not in said
