"""The faster ways of reading (ADR 0023) give the very same numbers as the ways they replace:
langdetect's probabilities, and the models' TF-IDF norm, to the last bit, on the tune sets'
messages (never the held-out parts)."""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from typing import Any

import pytest
from langdetect import LangDetectException, detect_langs

from bench.evalsets import danger, understanding
from flows import language
from flows.understand import category_model, danger_model
from flows.understand.ngram_model import NgramModel, char_ngrams, table, word_ngrams
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
        g = model.number(gram)
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


#: a stored block per n-gram: its idf and (class, weight) pairs
Table = dict[str, tuple[float, list[tuple[int, float]]]]


def _summed(chars: Table, kept: dict[str, dict[int, float]], word: str) -> dict[int, float]:
    """A word's character n-grams' idf times weight, summed per class in the order met (``kept``:
    the words summed so far for this model; the tune sets say the same words often)."""
    known = kept.get(word)
    if known is None:
        known = kept[word] = {}
        for gram in char_ngrams(word):
            if gram in chars:
                idf, pairs = chars[gram]
                for row, weight in pairs:
                    known[row] = known.get(row, 0.0) + idf * weight
    return known


@functools.cache
def _tune_plains() -> list[tuple[str, str]]:
    """Every tune message and its plain words."""
    return [(text, read_text(text).plain()) for text in messages(every=1)]


def _read_plainly(
    stored: dict[str, Any], chars: Table, words: Table, kept: dict[str, dict[int, float]], plain: str
) -> dict[str, float]:
    """A model's probabilities for ``plain`` computed straight from its stored weights (``table``)
    with dicts, in the order of products and sums the runtime has used since ADR 0023: each
    word's character n-grams' weights summed per class, times how often the word is said; the
    norm over the whole message's n-grams; the word block by its n-grams' counts."""
    plain = plain.lower()
    n = len(stored["intercept"])
    sums = [0.0] * n
    for word, times in Counter(plain.split()).items():
        for row, value in _summed(chars, kept, word).items():
            sums[row] += times * value
    norm = 0.0
    for gram, count in Counter(char_ngrams(plain)).items():
        if gram in chars:
            norm += (count * chars[gram][0]) ** 2
    scale = 1.0 / math.sqrt(norm) if norm else 0.0
    scores = [b + scale * t for b, t in zip(stored["intercept"], sums, strict=True)]
    if words:
        low, high = stored["settings"]["words"]
        by_word = [0.0] * n
        norm = 0.0
        for gram, count in Counter(word_ngrams(plain, low, high)).items():
            if gram in words:
                idf, pairs = words[gram]
                tf = float(count)
                norm += (tf * idf) * (tf * idf)
                for row, weight in pairs:
                    by_word[row] += tf * (idf * weight)
        scale = 1.0 / math.sqrt(norm) if norm else 0.0
        scores = [s + scale * t for s, t in zip(scores, by_word, strict=True)]
    classes = stored["classes"]
    if n == 1:
        second = 1.0 / (1.0 + math.exp(-scores[0]))
        return {classes[0]: 1.0 - second, classes[1]: second}
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    return {c: e / sum(exps) for c, e in zip(classes, exps, strict=True)}


@pytest.mark.parametrize("model", [category_model._MODEL, danger_model._MODEL], ids=["category", "danger"])
def test_every_tune_message_reads_as_the_plain_sum_over_the_stored_weights(model: NgramModel) -> None:
    """The compact tables, the per-word sums and the counts shared by both models (ADR 0023,
    addendum) give every tune message the very probabilities the stored weights give read with
    dicts, to the last bit: no decision of either model moves."""
    stored = json.loads(model.path.read_text(encoding="utf-8"))
    chars, words = table(stored["features"]), table(stored.get("word_features", {}))
    kept: dict[str, dict[int, float]] = {}
    for text, plain in _tune_plains():
        assert model.probabilities(plain) == _read_plainly(stored, chars, words, kept, plain), text
