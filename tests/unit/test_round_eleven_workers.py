"""Round eleven (issues 13 and 14, ADR 0029): whole conversations of workers abroad, typed on a
cheap phone as they type, and what each of them would have noticed."""

from __future__ import annotations

from tests.support.chat import text_of
from tests.unit.test_tell_it_once import answer_through, chat_after


def test_erasing_before_any_report_names_no_report_sent() -> None:
    said = text_of(chat_after().send("hapus"))
    assert "Laporan yang sudah terkirim tetap ditangani" not in said
    assert "Kalau Anda pernah mengirim laporan" in said and "pernah Anda kirim" in said
    assert "laporan itu tetap ditangani petugas.\n2." in said  # each choice on its own line
    chat = chat_after("gaji sy gk dibayar 3 bln di malaysia", "@setuju", "tidak", "ya")
    answer_through(chat, "more")
    chat.press("cukup")
    said = text_of(chat.send("hapus"))
    assert "Laporan yang sudah terkirim tetap ditangani petugas" in said  # one was sent from this chat
    assert "2. Tarik laporan. Laporan dihentikan" in said
