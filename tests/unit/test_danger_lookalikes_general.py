"""Look-alikes of danger read by what makes them harmless in general, not by the words of one
message (issue 14, ADR 0020): a cost that "strangles", a head "about to burst", a card or an
account locked by a bank, "help" with a form she does not understand, the law asked about before
running away, a curfew's hour, a finger caught in a door, a cry over a phone dropped or a
dish burnt, the emergency number asked, an animal feared; and the model's word against a rule
in a message it is all but sure tells of no danger. Beside each, the same words with her danger
are still read."""

from __future__ import annotations

import pytest

from flows.understand.danger import detect

HARMLESS = [
    "cicilan pinjol mencekik bgt bulan ini",
    "harga tiket pulang lebaran mencekik leher",
    "kepala sy rasanya mau pecah mikirin cicilan",
    "kepala mo pecah ngitung utang",
    "rekening sy keblokir, dikunci bank krn salah pin 3x",
    "sim card hp sy terkunci, minta kode puk dmn",
    "help sy gk ngerti cara isi formnya",
    "kalo sy kabur dr majikan krn gaji telat, sy jadi ilegal gk?",
    "if i run away from my employer will i go to jail?",
    "asrama tutup pukul 9 malem, gk boleh keluar lewat itu",
    "jari sy kejepit pintu lemari, bengkak dikit",
    "kasus penganiayaan tkw di berita td, lapornya kemana ya kalo kejadian",
    "tolong!!! hp sy jatuh ke ember cucian 😭",
    "emergency, the soup burnt and guests coming at 7",
    "nomor darurat kbri brp ya kak",
    "i am scared of my employer dog, it bark every night",
    "sy takut bgt sm kecoa terbang 😭 tolong",
]

STILL_DANGER = [
    "majikan mencekik leher sy smp sesak",
    "gara2 utang sy dicekik majikan",
    "kepala sy pecah dipukul pake botol",
    "sy dikunci majikan di kamar",
    "help sy takut bgt",
    "sy udh kabur dr majikan krn dipukul, skrg jadi ilegal gk?",
    "if i run away my employer will kill me",
    "sy gk boleh keluar rumah sama sekali",
    "tangan sy dijepit pintu sm majikan smp bengkak",
    "td majikan nganiaya sy, cara lapornya gmn",
    "sy dianiaya di rumah majikan, tolong jgn sampe masuk berita",
    "tolong!!! hp sy dibanting majikan",
    "help me, my employer broke my phone",
    "tolong!!! sy jatuh di kamar mandi gk bisa bangun",
    "darurat! sy butuh nomor polisi, majikan mukul sy",
    "i am scared of my employer, he drink every night",
    "sy takut bgt sm majikan 😭 tolong",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_a_harmless_look_alike_raises_no_alarm(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize("text", STILL_DANGER)
def test_the_same_words_with_her_danger_still_raise_it(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger"


def test_the_model_takes_back_a_rule_where_it_is_all_but_sure_there_is_no_danger() -> None:
    """A show about workers tortured, then a question: a rule reads "disiksa", no pattern of
    ``danger_lookalikes`` knows "acara di tv", the model reads no danger."""
    assert detect("td nonton acara di tv ttg tki disiksa, sedih. cara cek agensi resmi gmn ya") is None
    # her own: the model does not take it back
    assert detect("td sy disiksa majikan, sedih. cara lapor ke kbri gmn ya") is not None


def test_a_past_long_over_is_not_a_danger_now() -> None:
    assert (
        detect("dulu thn 2018 sy pernah dipukul majikan lama, udh lama bgt, skrg cuma mau tanya cara klaim bpjs")
        is None
    )
    # "udh lama" before what goes on is how long it lasts: still danger
    assert detect("dulu majikan baik, skrg sy udh lama dikurung di kamar") is not None
    assert detect("dulu sy pernah dipukul, udh lama sy disiksa terus sm majikan") is not None
