"""A second opinion on danger, for a message the rules read nothing in: reason to *ask*, never
to raise the alarm.

Fresh messages written in ways the rules do not know are missed about one time in six (ADR
0006). A small linear model over character n-grams of the message's plain words (TF-IDF,
logistic regression; flows/understand/ngram_model.py), trained at build time on the tune parts
of the danger and understanding sets (bench/train_danger.py), says when a message sounds like
danger. It is wrong too often to mark a case urgent on its own (a look-alike about a fish, a
film, a storm), so the engine only asks, once per report, whether anyone is in danger now
(flows/safety_check.py); her answer decides.
"""

from __future__ import annotations

from pathlib import Path

from flows.understand.ngram_model import NgramModel
from flows.understand.normalize import read_text

MODEL = Path(__file__).resolve().parent / "lexicon" / "danger_model.json"
#: the class of dangerous messages (danger or self-harm); the other is "none"
DANGER = "danger"
#: the least probability at which the bot asks (chosen on the tune part by cross-validation: ADR 0006)
THRESHOLD = 0.8
#: fewer words than this is an answer to a question (a name, a number), not a telling
MIN_WORDS = 3

_MODEL = NgramModel(MODEL)


def probability(plain: str) -> float:
    """How likely the message (the reader's plain words) tells of danger."""
    return _MODEL.probabilities(plain)[DANGER]


def sounds_dangerous(text: str) -> bool:
    """Worth asking whether she is safe: long enough to be a telling, and the model fairly sure."""
    if len(text.split()) < MIN_WORDS:
        return False  # most answers: a name, a number, a place
    plain = read_text(text).plain()
    return len(plain.split()) >= MIN_WORDS and probability(plain) >= THRESHOLD
