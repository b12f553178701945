"""Round ten, families and other languages (issues 13 and 14, ADR 0029): whole conversations
played as families at home who know little ("gk tau", "kayaknya di riyadh", "terakhir telp
lebaran"), workers who write English or Malay, and families checking a status with the codes
typed badly. Each test is what one of them typed, and what she should read or what is filed."""

from __future__ import annotations

from tests.support.chat import text_of
from tests.unit.test_tell_it_once import chat_after


def test_the_last_call_at_lebaran_is_the_last_contact_not_asked_again() -> None:
    chat = chat_after(
        "assalamualaikum, sy mamanya Sri, anak sy kerja di arab kayaknya di riyadh, terakhir telp lebaran kemarin, "
        "skrg gk bisa dihubungi",
        "@setuju",
        "gk tau",
    )
    assert "Terakhir berhubungan" in text_of(chat.turns[-1])
    chat.send("iya")
    assert chat.slots["last_contact"] == "2026-03-01"
    assert chat.node != "last_contact"
    assert "Kapan terakhir" not in text_of(chat.turns[-1])


def test_last_years_lebaran_is_last_year() -> None:
    chat = chat_after("suami sy di malaysia, terakhir kontak lebaran thn lalu, skrg hp nya mati", "@setuju", "gk")
    chat.send("iya")
    assert chat.slots["last_contact"].startswith("2025-03")
