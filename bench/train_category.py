"""Train the category fallback (flows/understand/category_model.py) on the tune part of the
understanding set, and write its weights to flows/understand/lexicon/category_model.json.

`make model` runs this; the weights are committed, so nothing is trained or downloaded at install
or run time, and the bot does not need scikit-learn (a development dependency). Only the tune
part is read: the held-out part scores the model in `make eval` and is never trained on
(tests/unit/test_category_model.py retrains and compares). Settings are fixed here, chosen on the
tune part (ADR 0015); they are not adjusted to the held-out score.
"""

from __future__ import annotations

import math
from typing import Any

from bench import ngram_training
from bench.evalsets import understanding
from bench.ngram_training import MIN_DF, WORDS
from flows.understand.category_model import MODEL, NGRAMS, NONE
from flows.understand.ngram_model import export, table, write
from flows.understand.normalize import read_text

#: inverse regularisation of the logistic regression
C = 20.0
#: weights smaller than this are dropped from the file (they move no decision; the file and the
#: sum per message get smaller)
PRUNE = 0.15
DIGITS = 4
#: plain term counts, not 1 + log: a word then weighs the same in every message, and the runtime
#: sums each word once (flows/understand/ngram_model.py; ADR 0017: no loss on the split by time)
SUBLINEAR_TF = False
# words beside the characters (bench/ngram_training.py; ADR 0019: on the tune part, five-fold,
# the reader's top-1 rose from 3,962 to 4,009 of 4,611)


def examples() -> tuple[list[str], list[str]]:
    """The tune part's messages as the reader's plain words, and each one's primary category
    (``_none`` for a message that names no problem: a place, a name, a greeting)."""
    texts, labels = [], []
    for item in understanding("tune"):
        texts.append(read_text(item["text"]).plain())
        labels.append((item["expect"].get("categories") or [NONE])[0])
    return texts, labels


def fit(texts: list[str], labels: list[str]) -> tuple[Any, Any, Any]:
    """The characters' vectorizer, the words' vectorizer and the logistic regression over both."""
    return ngram_training.fit(texts, labels, c=C, sublinear_tf=SUBLINEAR_TF)


def train() -> dict[str, Any]:
    """The model as the runtime reads it: classes, intercepts, and per n-gram its idf and the
    classes it weighs for."""
    texts, labels = examples()
    chars, words, model = fit(texts, labels)
    exported = export(chars, model, prune=PRUNE, digits=DIGITS, words=words)
    return {
        "about": "trained by bench/train_category.py on the tune part of tests/data/understanding; do not edit",
        "settings": {
            "C": C,
            "min_df": MIN_DF,
            "ngrams": list(NGRAMS),
            "prune": PRUNE,
            "sublinear_tf": SUBLINEAR_TF,
            "words": list(WORDS),
        },
        "messages": len(texts),
        **exported,
    }


def main() -> None:
    model = train()
    write(model, MODEL)
    size = MODEL.stat().st_size
    print(
        f"{MODEL.name}: {model['messages']} messages, {len(model['classes'])} classes, "
        f"{len(table(model['features']))} n-grams, {len(table(model['word_features']))} word n-grams, "
        f"{math.ceil(size / 1024)} KB"
    )


if __name__ == "__main__":
    main()
