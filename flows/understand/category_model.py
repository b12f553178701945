"""A second opinion on the category, for a message the lexicon reads nothing in.

Fresh messages written in words the lexicon does not know ("bos tiba2 bilang besok gk usah kerja
lagi", "gajiku mung dibayar separo") are read as no category at all about half the time the
lexicon misses (ADR 0015). A small linear model over character n-grams of the message's plain
words (TF-IDF, logistic regression), trained at build time on the tune part of the evaluation set
(bench/train_category.py), then proposes the category it is fairly sure of. Its weights are a JSON
file in the repository, read by flows/understand/ngram_model.py in plain Python.

Alone (``guess``) it stays quiet on short messages and when it is not sure (``THRESHOLD``). It may
propose ``lainnya`` for a question the lexicon has no words for ("min sy PMI purna, uang sy di
tabungan bank di korea blm diambil, gmn cara nariknya dr indo"), as the lexicon does for "mau
tanya" (ADR 0019, addendum of 6 December: out of fold on the tune part, 18 more messages right).
Beside a lexicon reading (``weigh``, ADR 0017) it has a say in which problem comes first, the
lexicon's readings counting extra: on messages written after the lexicon was (tune part, a split
by time), the two together put the right problem first far more often than either alone.
"""

from __future__ import annotations

import functools

from flows.native import ROOT
from flows.understand.ngram_model import NGRAMS, NgramModel, char_ngrams

#: (from flows.native, never compiled: a compiled module's __file__ is mypyc's)
LEXICON_DIR = ROOT / "flows" / "understand" / "lexicon"
MODEL = LEXICON_DIR / "category_model.json"
#: the class of messages that name no problem
NONE = "_none"
#: the least probability at which its guess is proposed (chosen on the tune part: ADR 0015)
THRESHOLD = 0.5
#: a question about something else (``lainnya``) may be proposed from this probability, when the
#: model finds at most half as much belief in "no problem told" ("kalo mau jd PMI ke jepang hrs
#: bisa bahasa jepang level brp?" at 0.41; "makasih ya, nnti sy kabarin lg" stays quiet: 0.44
#: against 0.37). Chosen out of fold on the tune part (ADR 0019, addendum of 7 December, category8)
OTHER_THRESHOLD = 0.3
OTHER = "lainnya"
#: fewer words than this is an answer to a question (a name, a place), not a story
MIN_WORDS = 6
#: what it never proposes
_NEVER = frozenset({NONE})
#: what the lexicon's reading of a category adds to the model's probability, and what its putting
#: that category first adds again (chosen on the split by time, ADR 0017)
READ = 0.1
READ_FIRST = 0.1
#: the least probability at which a category the lexicon does not read may come first
NEW_FIRST = 0.3

_MODEL = NgramModel(MODEL)
__all__ = ["MODEL", "NGRAMS", "NONE", "char_ngrams", "guess", "probabilities", "weigh"]


def _model() -> dict[str, object]:
    """The shipped weights (read once, on first use)."""
    return _MODEL.weights()


#: the last message's probabilities are kept: ordering its problems and finding its alternatives
#: both ask
_last_probabilities = functools.lru_cache(maxsize=1)(_MODEL.probabilities)


def probabilities(plain: str) -> dict[str, float]:
    """Each class's probability for a message given as the reader's plain words (a copy: the
    kept one is not the caller's to change)."""
    return dict(_last_probabilities(plain))


def guess(plain: str) -> tuple[str, float] | None:
    """The category a message of at least ``MIN_WORDS`` words most likely tells of, with its
    probability, when that is at least ``THRESHOLD`` (a question about something else: at least
    ``OTHER_THRESHOLD``, and twice "no problem") and not no problem."""
    if len(plain.split()) < MIN_WORDS:
        return None
    ranked = probabilities(plain)
    best = max(ranked, key=ranked.__getitem__)
    if best in _NEVER:
        return None
    if ranked[best] < THRESHOLD and not (best == OTHER and _a_question_not_chat(ranked)):
        return None
    return best, ranked[best]


def _a_question_not_chat(ranked: dict[str, float]) -> bool:
    """A question the model reads as something else at ``OTHER_THRESHOLD``, clearly more than as a
    message that tells nothing (thanks, a greeting)."""
    other = ranked.get(OTHER, 0.0)
    return other >= OTHER_THRESHOLD and other >= 2 * ranked.get(NONE, 0.0)


def weigh(plain: str, read: tuple[str, ...]) -> tuple[str, ...]:
    """The lexicon's reading ``read`` (primary first) reordered: each category by the model's
    probability for the message plus what the lexicon's reading adds; a category the lexicon does
    not read may come first when the model gives it at least ``NEW_FIRST``. A message shorter than
    ``MIN_WORDS``, or one the model reads as naming no problem, keeps the lexicon's order."""
    if not read or len(plain.split()) < MIN_WORDS:
        return read
    ranked = probabilities(plain)
    if max(ranked, key=ranked.__getitem__) == NONE:
        return read  # it reads no problem here: it has no say in which
    score = {c: ranked.get(c, 0.0) + READ + READ_FIRST * (c == read[0]) for c in read}
    new = max((c for c in ranked if c != NONE and c not in score), key=ranked.__getitem__, default=None)
    order = sorted(read, key=lambda c: -score[c])
    if new is not None and ranked[new] >= NEW_FIRST and ranked[new] > score[order[0]]:
        return (new, *order)
    return tuple(order)
