"""A second opinion on the category, for a message the lexicon reads nothing in.

Fresh messages written in words the lexicon does not know ("bos tiba2 bilang besok gk usah kerja
lagi", "gajiku mung dibayar separo") are read as no category at all about half the time the
lexicon misses (ADR 0015). A small linear model over character n-grams of the message's plain
words (TF-IDF, logistic regression), trained at build time on the tune part of the evaluation set
(bench/train_category.py), then proposes the category it is fairly sure of. Its weights are a JSON
file in the repository, read by flows/understand/ngram_model.py in plain Python.

It never overrides the lexicon, never proposes ``lainnya`` (the engine's to choose), and stays
quiet on short messages and when it is not sure (``THRESHOLD``).
"""

from __future__ import annotations

from pathlib import Path

from flows.understand.ngram_model import NGRAMS, NgramModel, char_ngrams

MODEL = Path(__file__).resolve().parent / "lexicon" / "category_model.json"
#: the class of messages that name no problem
NONE = "_none"
#: the least probability at which its guess is proposed (chosen on the tune part: ADR 0015)
THRESHOLD = 0.5
#: fewer words than this is an answer to a question (a name, a place), not a story
MIN_WORDS = 6
#: what it never proposes
_NEVER = frozenset({NONE, "lainnya"})

_MODEL = NgramModel(MODEL)
__all__ = ["MODEL", "NGRAMS", "NONE", "char_ngrams", "guess", "probabilities"]


def _model() -> dict[str, object]:
    """The shipped weights (read once, on first use)."""
    return _MODEL.weights()


def probabilities(plain: str) -> dict[str, float]:
    """Each class's probability for a message given as the reader's plain words."""
    return _MODEL.probabilities(plain)


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
