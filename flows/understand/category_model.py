"""A second opinion on the category, for a message the lexicon reads nothing in.

Fresh messages written in words the lexicon does not know ("bos tiba2 bilang besok gk usah kerja
lagi", "gajiku mung dibayar separo") are read as no category at all about half the time the
lexicon misses (ADR 0015). A small linear model over character n-grams of the message's plain
words (TF-IDF, logistic regression), trained at build time on the tune part of the evaluation set
(bench/train_category.py), then proposes the category it is fairly sure of. Its weights are a JSON
file in the repository; this module only multiplies and adds, in plain Python.

It never overrides the lexicon, never proposes ``lainnya`` (the engine's to choose), and stays
quiet on short messages and when it is not sure (``THRESHOLD``).
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path
from typing import Any

MODEL = Path(__file__).resolve().parent / "lexicon" / "category_model.json"
#: character n-grams of each word padded with a space, as scikit-learn's ``char_wb`` analyser
NGRAMS = (3, 5)
#: the class of messages that name no problem
NONE = "_none"
#: the least probability at which its guess is proposed (chosen on the tune part: ADR 0015)
THRESHOLD = 0.5
#: fewer words than this is an answer to a question (a name, a place), not a story
MIN_WORDS = 6
#: what it never proposes
_NEVER = frozenset({NONE, "lainnya"})

_loaded: dict[str, Any] = {}


def _model() -> dict[str, Any]:
    """The weights, read once on first use (the bot that never needs them never loads them)."""
    if not _loaded:
        with MODEL.open(encoding="utf-8") as handle:
            _loaded.update(json.load(handle))
    return _loaded


def char_ngrams(plain: str) -> list[str]:
    """The n-grams scikit-learn's ``char_wb`` analyser takes from ``plain`` (lower-case words)."""
    low, high = NGRAMS
    grams: list[str] = []
    for word in plain.split():
        padded = f" {word} "
        length = len(padded)
        for n in range(low, high + 1):
            offset = 0
            grams.append(padded[offset : offset + n])
            while offset + n < length:
                offset += 1
                grams.append(padded[offset : offset + n])
            if offset == 0:  # a word shorter than n is counted once
                break
    return grams


def probabilities(plain: str) -> dict[str, float]:
    """Each class's probability for a message given as the reader's plain words."""
    model = _model()
    features = model["features"]
    scores = list(model["intercept"])
    found: list[tuple[float, list[list[float]]]] = []
    norm = 0.0
    for gram, count in Counter(char_ngrams(plain.lower())).items():
        known = features.get(gram)
        if known is None:
            continue
        value = (1.0 + math.log(count)) * known[0]  # sublinear tf times idf
        norm += value * value
        found.append((value, known[1]))
    if norm:
        scale = 1.0 / math.sqrt(norm)
        for value, weights in found:
            for k, weight in weights:
                scores[int(k)] += value * scale * weight
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return {c: e / total for c, e in zip(model["classes"], exps, strict=True)}


def guess(plain: str) -> tuple[str, float] | None:
    """The category a message of at least ``MIN_WORDS`` words most likely tells of, with its
    probability, when that is at least ``THRESHOLD`` and not ``lainnya`` or no problem."""
    if len(plain.split()) < MIN_WORDS:
        return None
    ranked = probabilities(plain)
    best = max(ranked, key=ranked.__getitem__)
    if best in _NEVER or ranked[best] < THRESHOLD:
        return None
    return best, ranked[best]
