"""A second opinion on danger, for a message the rules read nothing in.

Fresh messages written in ways the rules do not know are missed about one time in six (ADR
0006). A small linear model over character and word n-grams of the message's plain words
(TF-IDF, logistic regression; flows/understand/ngram_model.py), trained at build time on the
tune parts of the danger and understanding sets (bench/train_danger.py), says how likely a
message tells of danger or of harming herself. Fairly sure (``THRESHOLD``), it makes the engine
ask, once per report, whether anyone is in danger now (flows/safety_check.py); her answer
decides. Very sure (``ALARM``), it raises the alarm as a rule would (flows/understand/danger.py,
ADR 0020): at that level it was wrong on fewer harmless messages than the rules are. All but
sure of none (``VETO``), it takes back a rule's hit of danger: the rules' look-alike vetoes were
written from the tune part and miss fresh look-alikes about four times as often (ADR 0020).
"""

from __future__ import annotations

import functools
from typing import Literal

from flows.native import ROOT
from flows.understand.ngram_model import NgramModel
from flows.understand.normalize import read_text
from flows.understand.said_before import points_back

#: (from flows.native, never compiled: a compiled module's __file__ is mypyc's)
LEXICON_DIR = ROOT / "flows" / "understand" / "lexicon"
MODEL = LEXICON_DIR / "danger_model.json"
#: the class of messages that tell of no danger; the others are "danger" and "self_harm"
NONE = "none"
#: the least probability at which the bot asks (chosen on the tune part by cross-validation: ADR 0006)
THRESHOLD = 0.8
#: the least probability at which it raises the alarm itself (chosen on the tune parts by
#: cross-validation: ADR 0020)
ALARM = 0.93
#: the least probability at which it raises the alarm where the rules judged a word of danger and
#: read nothing (danger_judged): out of fold on the tune parts 0.93 added no look-alike, but one
#: blind batch's AWAY half had one more at 0.93 and none at 0.94 or 0.95 (ADR 0006, danger12)
ALARM_JUDGED = 0.95
#: the most probability at which it takes back a rule's hit of danger (not of self-harm): a
#: word of danger said in a message the model is all but sure tells of none ("ada kasus
#: penyiksaan pmi di berita, gmn cara lapornya?"); chosen out of fold on the tune parts (ADR 0020)
VETO = 0.005
#: the most probability at which it takes back a bare cry ("tolong", "help me", "darurat"), the
#: rules' weakest word: out of fold on the tune parts 0.02 to 0.2 lose no danger of either set
#: and 0.3 loses one; taken halfway (ADR 0020, 7 December)
VETO_CRY = 0.1
#: fewer words than this is an answer to a question (a name, a number), not a telling
MIN_WORDS = 3

_MODEL = NgramModel(MODEL)


#: each class's probability, the last message's kept: the danger reader's alarm and the safety
#: question ask of the same message in one turn (read only here, never changed)
_probabilities = functools.lru_cache(maxsize=1)(_MODEL.probabilities)


def probability(plain: str) -> float:
    """How likely the message (the reader's plain words) tells of danger or self-harm."""
    return 1.0 - _probabilities(plain)[NONE]


def reading(plain: str) -> tuple[Literal["danger", "self_harm"], float]:
    """Which of the two it more likely tells of (``danger`` or ``self_harm``), and how likely
    it tells of either."""
    found = _probabilities(plain)
    kind: Literal["danger", "self_harm"] = (
        "self_harm" if found.get("self_harm", 0.0) > found.get("danger", 0.0) else "danger"
    )
    return kind, 1.0 - found[NONE]


#: the words of a street address: "jalan mawar no 5", "jl. sudirman", "blok c", "street" (not a
#: floor: "standing at the window 15 floor" is a height)
_STREET = frozenset({"jalan", "jl", "jln", "street", "road", "rd", "lorong", "blok", "block"})


def an_address(words: list[str]) -> bool:
    """An address told with a house or floor number and nothing else alarming in few words: the
    model's n-grams of "tinggal ... no 5" are not a cry (a rule still reads one said with it)."""
    return len(words) <= 14 and bool(_STREET.intersection(words)) and any(w[:1].isdigit() for w in words)


def sounds_dangerous(text: str) -> bool:
    """Worth asking whether she is safe: long enough to be a telling, and the model fairly sure."""
    if len(text.split()) < MIN_WORDS:
        return False  # most answers: a name, a number, a place
    plain = read_text(text).plain()
    words = plain.split()
    if points_back(words) or points_back(text.lower().split()):
        return False  # "kan td udh sy bilang 24": what she told before (said_before.py)
    if an_address(words):
        return False  # "majikan tinggal di jalan mawar no 5": where, not a cry
    return len(words) >= MIN_WORDS and probability(plain) >= THRESHOLD
