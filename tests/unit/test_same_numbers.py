"""The faster ways of reading (ADR 0023) give the very same numbers as the ways they replace:
langdetect's probabilities, and the models' TF-IDF norm, to the last bit, on the tune sets'
messages (never the held-out parts)."""

from __future__ import annotations

import math
from collections import Counter

import pytest
from langdetect import LangDetectException, detect_langs

from bench.evalsets import danger, understanding
from flows import language
from flows.understand import category_model, danger_model
from flows.understand.ngram_model import NgramModel, char_ngrams
from flows.understand.normalize import read_text

EXTRA = [
    "selamat malam",
    "assalamualaikum",
    "PT Sawit Jaya Sdn Bhd",
    "!!! 123",
    "😭😭😭😭😭😭😭😭😭😭😭😭",
    "gk gk gk gk gk",
]


def messages(every: int) -> list[str]:
    texts = [str(i["text"]) for i in understanding("tune")] + [str(i["text"]) for i in danger("tune")]
    return texts[::every] + EXTRA


def _langdetect(text: str) -> object:
    try:
        return [(g.lang, g.prob) for g in detect_langs(text)]
    except LangDetectException as e:
        return str(e)


def _ours(text: str) -> object:
    try:
        return [(g.lang, g.prob) for g in language._detect_langs(text)]
    except LangDetectException as e:
        return str(e)


def test_language_detection_gives_langdetects_own_probabilities() -> None:
    language._seeded()
    for text in messages(every=40):
        assert _ours(text[:1000]) == _langdetect(text[:1000]), text


def _norm_counted_anew(model: NgramModel, plain: str) -> float:
    """The squared norm as it was computed before ADR 0023: the message's n-grams counted whole."""
    model.weights()
    norm = 0.0
    for gram, count in Counter(char_ngrams(plain)).items():
        g = model._index.get(gram)
        if g is not None:
            norm += (count * model._idf[g]) ** 2
    return norm


@pytest.mark.parametrize("model", [category_model._MODEL, danger_model._MODEL], ids=["category", "danger"])
def test_the_norm_from_each_words_kept_reading_is_the_norm_of_the_whole_message(model: NgramModel) -> None:
    model.weights()
    for text in messages(every=7):
        plain = read_text(text).plain().lower()
        sums = [0.0] * 30
        assert model._sums_by_word(plain, sums) == _norm_counted_anew(model, plain), text
    assert not math.isnan(sum(sums))
