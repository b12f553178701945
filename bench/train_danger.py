"""Train the danger second opinion (flows/understand/danger_model.py) on the tune parts of the
danger and understanding sets, and write its weights to flows/understand/lexicon/danger_model.json.
With ``DEV_HALVES`` (off: measured and not kept, ADR 0020, branch danger11) it would also learn
the DEV halves of the danger set's blind batches (``evalsets.DANGER_BLIND``).

`make model` runs this with bench/train_category.py; the weights are committed, so nothing is
trained or downloaded at install or run time. Only the tune parts (and the DEV halves, when
asked) are read (never an AWAY half: those score it with ``crossval_danger --fresh FILE --half away --quiet``,
ADR 0020, branch danger11); the held-out parts score it in `make eval`
(tests/unit/test_danger_model.py retrains and compares). Settings were chosen
by five-fold cross-validation on the tune parts (ADR 0006), not on the held-out score.
"""

from __future__ import annotations

import math
from typing import Any

from bench import ngram_training
from bench.evalsets import danger, danger_dev_halves, half_of, understanding
from bench.ngram_training import MIN_DF, WORDS
from flows.understand.danger_model import MODEL, NONE
from flows.understand.ngram_model import NGRAMS, export, table, write
from flows.understand.normalize import read_text

#: inverse regularisation of the logistic regression
C = 10.0
#: weights smaller than this are dropped from the file
PRUNE = 0.02
DIGITS = 4
# words beside the characters (bench/ngram_training.py) and three classes (danger, self-harm,
# none) instead of two: on the tune parts, five-fold, more dangerous messages above the same
# threshold for as many harmless ones, and which of the two it is (ADR 0020)
#: plain term counts, as the category model: each word's n-grams then weigh the same in every
#: message and the runtime sums each word once (ADR 0020: out of fold, no loss)
SUBLINEAR_TF = False
#: also learn the DEV halves of dev3..dev8. Out of fold on the tune parts it flagged one more
#: look-alike (13 -> 14; two the model alone raised: "sy gk boleh bawa tamu ke rumah majikan,
#: wajar kan"), and at the alarm that keeps them at 13 (0.95) the AWAY halves lost a danger
#: (486 -> 485 of 573): not kept (ADR 0020, branch danger11). `crossval_danger --dev-halves`
#: measures it again
DEV_HALVES = False


def examples() -> tuple[list[str], list[str]]:
    """The tune parts' messages as the reader's plain words, each ``danger``, ``self_harm`` or
    ``none``: the danger set's look-alikes, and the understanding set's everyday complaints, teach
    it what is not; then, with ``DEV_HALVES``, the blind batches' DEV halves (`dev_examples`)."""
    texts, labels = tune_examples()
    if not DEV_HALVES:
        return texts, labels
    extra_texts, extra_labels = dev_examples(set(texts))
    return texts + extra_texts, labels + extra_labels


def tune_examples() -> tuple[list[str], list[str]]:
    """The tune parts alone (what the five folds of bench/crossval_danger.py split)."""
    texts, labels = [], []
    for item in danger("tune"):
        texts.append(read_text(item["text"]).plain())
        labels.append(str(item["expect"]["danger"]))
    for item in understanding("tune"):
        said = item["expect"].get("danger") or {}
        texts.append(read_text(item["text"]).plain())
        labels.append(str(said.get("kind", NONE)))
    return texts, labels


def dev_examples(seen: set[str]) -> tuple[list[str], list[str]]:
    """The DEV halves of the danger set's blind batches, labelled as the batches label them,
    leaving out a message whose plain words are already in ``seen`` (the tune parts: out of fold,
    a copy would let a fold's model read the tune message it scores). Never an AWAY half."""
    texts, labels, seen = [], [], set(seen)
    for item in danger_dev_halves():
        assert half_of(item["text"]) == "dev", "an AWAY half must never be learnt from"
        plain = read_text(item["text"]).plain()
        if plain in seen:
            continue
        seen.add(plain)
        texts.append(plain)
        labels.append(str(item["expect"]["danger"]))
    return texts, labels


def fit(texts: list[str], labels: list[str]) -> tuple[Any, Any, Any]:
    """The characters' vectorizer, the words' vectorizer and the logistic regression over both."""
    return ngram_training.fit(texts, labels, c=C, sublinear_tf=SUBLINEAR_TF, class_weight="balanced")


def train() -> dict[str, Any]:
    texts, labels = examples()
    chars, words, model = fit(texts, labels)
    return {
        "about": (
            "trained by bench/train_danger.py on the tune parts of tests/data/danger and "
            "tests/data/understanding and the DEV halves of tests/data/danger/dev3..dev8; do not edit"
        ),
        "settings": {
            "C": C,
            "min_df": MIN_DF,
            "ngrams": list(NGRAMS),
            "prune": PRUNE,
            "class_weight": "balanced",
            "sublinear_tf": SUBLINEAR_TF,
            "words": list(WORDS),
        },
        "messages": len(texts),
        **export(chars, model, prune=PRUNE, digits=DIGITS, words=words),
    }


def main() -> None:
    model = train()
    write(model, MODEL)
    size = MODEL.stat().st_size
    grams, words = (len(table(model[block])) for block in ("features", "word_features"))
    kilobytes = math.ceil(size / 1024)
    print(f"{MODEL.name}: {model['messages']} messages, {grams} n-grams, {words} word n-grams, {kilobytes} KB")


if __name__ == "__main__":
    main()
