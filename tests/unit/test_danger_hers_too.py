"""After the news, "sy jg ngalamin": the danger she then tells is hers, not the news's (the news
veto and the stranger's-case sense took back her own blow)."""

from __future__ import annotations

import pytest

from flows.understand.danger import detect


@pytest.mark.parametrize(
    "text",
    [
        "di berita rame kekerasan pmi, sy jg ngalamin, tiap hari ditampar",
        "nonton berita td, sy juga ngalamin kak, majikan sering mukul",
        "liat berita tkw dipukul, sy jg sama kak tiap hari dipukul",
    ],
)
def test_her_own_danger_told_after_the_news_raises_the_alarm(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger" and not found.third_person


@pytest.mark.parametrize(
    "text",
    [
        "di berita rame kekerasan pmi, ngeri ya, katanya tiap hari ditampar",
        "sy jg nonton berita itu, tkw dipukul majikan",
        "nonton berita td, tkw dipukul majikan, sy jg sedih",
        "berita di tv soal tki dipukul itu bukan aq",
    ],
)
def test_the_news_alone_or_watched_too_is_still_no_alarm(text: str) -> None:
    assert detect(text) is None
