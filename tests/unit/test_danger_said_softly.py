"""Danger said softly (ADR 0006, 8 December, branch danger13): sexual abuse by euphemism
(flows/understand/danger_euphemism.py), each kind written as workers and families type, with the
everyday sense of the same words beside it, which must stay quiet."""

from __future__ import annotations

import pytest

from flows.understand.danger import detect

EUPHEMISMS = [
    # "done that" to her, with a sign of it
    "kak sy malu bgt, bos sy begituin sy wkt istrinya mudik",
    "aku dibegituin sm sopir majikan malem2, skrg aku takut",
    "tuan sering begituin aku pas nyonya arisan, aku jijik",
    # ruined, her virginity lost
    "anak tuan udh ngerusak aku kak, aku ga berani blg",
    "aku udh ga perawan lg krn bapak majikan",
    # groped, Javanese and Tagalog
    "bapak e majikan nggrayangi aku yen bengi",
    "hinihipuan ako ng amo kong lalaki pag wala si madam",
    # his hands, a massage asked with something improper
    "bos minta dipijetin trs tangannya kmn2, sy takut",
    "kakek minta sy pijitin yg aneh2 tiap malem",
    # her bath intruded on
    "waktu sy mandi anak tuan sengaja masuk, udh 2x",
]

EVERYDAY = [
    "jgn begituin aku dong kak, aku kan cuma nanya",
    "anak majikan ngerusak hp aku pas main",
    "aku masih perawan kok, blm nikah",
    "nenek minta sy pijitin kakinya tiap malem, pegel katanya",
    "pas sy mandi anak majikan umur 2 thn buka pintu, lucu",
    "sy hrs mandi dulu sblm masak, kata tuan biar bersih",
    "tas sy digrepe2 nyari kunci di kegelapan",
]


@pytest.mark.parametrize("text", EUPHEMISMS)
def test_sexual_abuse_told_by_euphemism_raises_the_alarm(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger", text


@pytest.mark.parametrize("text", EVERYDAY)
def test_the_same_words_in_their_everyday_sense_stay_quiet(text: str) -> None:
    assert detect(text) is None, text
