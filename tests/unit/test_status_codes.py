"""Asking the status: a case number and an access code are read by their shape, so "gk ada",
"lupa" or a question is answered kindly and never spent as one of the five tries."""

from __future__ import annotations

import pytest

from flows.codes import access_code, case_number
from flows.inputs import parse_code
from tests.support.chat import Chat, text_of


@pytest.mark.parametrize(
    ("typed", "symbols", "read"),
    [
        ("k7q 3xm9", 7, "K7Q-3XM9"),
        ("nomornya K7Q-3XM9", 7, "K7Q-3XM9"),
        ("E3M-ZX6Z", 7, "E3M-ZX6Z"),
        ("qtbzmhk", 7, "QTB-ZMHK"),  # all letters, typed alone in the code's own letters
        ("sae wxjt", 7, "SAE-WXJT"),  # all letters, lower case, in two parts (one number in eight)
        ("jlg-aucy", 7, "JLG-AUCY"),
        ("wxyz pqrs", 8, "WXYZ-PQRS"),
        ("ab3d 7kqp", 8, "AB3D-7KQP"),
        ("kodenya ab3d7kqp ya", 8, "AB3D-7KQP"),
    ],
)
def test_a_code_is_read_in_its_canonical_form_however_it_is_typed(typed: str, symbols: int, read: str) -> None:
    assert parse_code(typed, symbols).value == read


@pytest.mark.parametrize(
    "typed", ["gk ada", "lupa", "nomornya", "status laporan sy gmn", "K7Q-3XM9", "1234", "sekarang"]
)
def test_what_is_no_access_code_is_not_read_as_one(typed: str) -> None:
    assert not parse_code(typed, 8).ok


@pytest.mark.parametrize("typed", ["gak tahu", "blm tahu", "tdk tahu", "gak ada"])
def test_words_of_the_right_length_are_no_case_number(typed: str) -> None:
    assert not parse_code(typed, 7).ok


def test_every_issued_number_and_code_is_read_back_typed_in_lower_case_with_a_space() -> None:
    """The reporter copies "SAE-WXJT" as "sae wxjt": every number the bot issues must be read,
    digits or not (a flaky transcript found the all-letter ones refused)."""
    for seed in range(20_000):
        entropy = seed.to_bytes(4, "big") * 2
        number, code = case_number(entropy), access_code(entropy)
        assert parse_code(number.lower().replace("-", " "), 7).value == number
        assert parse_code(code.lower().replace("-", " "), 8).value == code


def test_no_number_at_the_number_question_is_answered_kindly_and_costs_no_try() -> None:
    chat = Chat()
    chat.send("cek status")
    chat.send(system={"lookup": "my_cases", "cases": []})  # the host finds no report of this chat
    assert chat.node == "number"
    said = text_of(chat.send("gk ada"))
    assert chat.node == "number" and "7 huruf dan angka" in said and "K7Q-3XM9" in said
    # "lupa": where her reports show without a number, once, not the same question again
    chat.send("lupa")
    assert chat.node is None and "tanpa nomor dan kode" in text_of(chat.turns[-1])
    chat.send("cek status")
    chat.send(system={"lookup": "my_cases", "cases": []})
    chat.send("nomornya k7q 3xm9")
    assert chat.node == "code" and chat.slots["case_number"] == "K7Q-3XM9"
    said = text_of(chat.send("status laporan sy gmn"))
    assert chat.node == "code" and "8 huruf dan angka" in said and "terlalu panjang" not in said


def test_a_word_said_twice_in_a_sentence_is_no_case_number() -> None:
    """ "pengen tau kabarnya aja, syukur2 bisa pulang" to a family's "what do you hope for?" showed
    her the status screen: "syukur2" was read as case number SYU-KUR2."""
    from flows.inputs.codes import parse_code
    from tests.unit.test_tell_it_once import answer_through, chat_after

    assert not parse_code("pengen tau kabarnya aja, syukur2 bisa pulang", 7).ok
    assert parse_code("laporan uxqzx4a gmn", 7).value == "UXQ-ZX4A", "a real number in a sentence still is one"
    chat = chat_after("anak sy di malaysia udh 3 bln gk ada kabar", "@setuju")
    answer_through(chat, "wants")
    chat.send("pengen tau kabarnya aja, syukur2 bisa pulang")
    assert chat.state.flow == "family_report" and chat.slots.get("wants") in ("cari_kabar", "pulang")


@pytest.mark.parametrize(
    "first", ["gaji 1500 sar blm dibayar", "gaji 4630 hkd blm dibayar 2 bln", "gaji 1800 myr dipotong trs",
              "gaji 2345 myr blm dibayar 3 bln"],
)  # fmt: skip
def test_a_wage_and_its_currency_begin_a_report_not_a_status_check(first: str) -> None:
    """ "gaji 1500 sar" was read as access code GAJI-1500 and case number 150-0SAR: her story
    was dropped for a status check that failed (and cost a try)."""
    chat = Chat()
    chat.send(first)
    assert chat.state.flow == "complaint" and chat.node == "consent"
    assert chat.slots["story"] == first and "case_number" not in chat.slots


def test_a_status_looked_up_by_code_promises_news_to_the_reporters_chat_not_this_one() -> None:
    """Her sister checks with the number and the family code: news goes to the chat the report
    came from; "you will get news in this chat" was a promise nobody keeps."""
    chat = Chat()
    chat.send("ada kabar adik sy gk")
    chat.send(system={"lookup": "my_cases", "cases": []})
    chat.send("A5S-J7A3")
    chat.send("YA9S-KFA5")
    found = {"number": "A5S-J7A3", "status": "diproses", "changed_at": "2026-12-02T08:00:00+00:00"}
    said = text_of(chat.send(system={"lookup": "status", "found": found}))
    assert "di obrolan tempat laporan dibuat" in said and "Anda akan mendapat kabar di obrolan ini" not in said


def test_her_own_reports_listed_in_her_chat_still_promise_news_here() -> None:
    chat = Chat()
    chat.send("status")
    case = {"number": "A5S-J7A3", "status": "diproses", "changed_at": "2026-12-02T08:00:00+00:00"}
    said = text_of(chat.send(system={"lookup": "my_cases", "cases": [case]}))
    assert "di obrolan ini" in said
