"""Which of several problems told at once comes first: a small learned re-ranking.

A story that tells several problems ("gaji 8 bln gk dikasih, paspor sm majikan, sering dipukul,
jd sy kabur") is read as several categories; the one put first becomes the case's primary code.
The lexicon ranks them by the weight of their words and where they are said. Across the tune
part's stories, which problem a careful mediator puts first also follows where in the message each
is said (the first words or the last sentence), how often, and the category itself (the problem
she runs from is usually named before the running). A linear model over those few features,
trained at build time on the tune part (bench/train_category_order.py, ADR 0016), scores each of
the first ``CANDIDATES`` readings, and the best one is put first; the rest keep their order.
Its weights are a small JSON file; nothing is trained or downloaded at run time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import cache

from flows.native import ROOT
from flows.understand.matcher import Match
from flows.understand.normalize import BREAK
from flows.understand.scoring import Scored
from flows.understand.types import CATEGORIES

#: (from flows.native, never compiled: a compiled module's __file__ is mypyc's)
LEXICON_DIR = ROOT / "flows" / "understand" / "lexicon"
MODEL = LEXICON_DIR / "category_order.json"
#: how many of the lexicon's readings may be put first
CANDIDATES = 4
#: the features of one reading, in the order of the weights (then one per category)
FEATURES = ("first_now", "rank", "score", "best_weight", "first_at", "last_at", "in_last_sentence", "matches")
_INDEX = {category: k for k, category in enumerate(CATEGORIES)}


def last_sentence(words: Sequence[str]) -> int:
    """Where the last sentence begins (the last break before the final word), 0 for one sentence."""
    return max((k for k, w in enumerate(words) if w == BREAK and k < len(words) - 1), default=0)


def features(
    rank: int, scored: Scored, matches: Sequence[Match], words: Sequence[str], last_break: int | None = None
) -> list[float]:
    """One reading's features: where it stands now, how strongly and where it is said.
    ``last_break``: ``last_sentence(words)``, when the caller has it already."""
    n = max(1, len(words))
    mine = [m for m in matches if m.label == f"category:{scored.value}"]
    if last_break is None:
        last_break = last_sentence(words)
    row = [
        1.0 if rank == 0 else 0.0,
        float(rank),
        scored.score,
        scored.best.weight,
        scored.first / n,
        max((m.start for m in mine), default=0) / n,
        1.0 if any(m.start > last_break for m in mine) else 0.0,
        float(len(mine)),
    ]
    one_hot = [0.0] * len(CATEGORIES)
    one_hot[_INDEX[scored.value]] = 1.0
    return row + one_hot


@cache
def _weights() -> tuple[tuple[float, ...], float] | None:
    if not MODEL.exists():
        return None
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    return tuple(model["coef"]), float(model["intercept"])


def first_of(chosen: Sequence[Scored], matches: Sequence[Match], words: Sequence[str]) -> int:
    """The index, among the first ``CANDIDATES`` of ``chosen``, of the reading to put first."""
    weights = _weights()
    if weights is None or len(chosen) < 2:
        return 0
    coef, intercept = weights
    best, best_logit = 0, -math.inf
    last_break = last_sentence(words)
    for k, scored in enumerate(chosen[:CANDIDATES]):
        row = features(k, scored, matches, words, last_break)
        logit = intercept + sum(c * x for c, x in zip(coef, row, strict=True))
        if logit > best_logit:
            best, best_logit = k, logit
    return best
