"""Train the danger second opinion (flows/understand/danger_model.py) on the tune parts of the
danger and understanding sets, and write its weights to flows/understand/lexicon/danger_model.json.

`make model` runs this with bench/train_category.py; the weights are committed, so nothing is
trained or downloaded at install or run time. Only the tune parts are read: the held-out parts
score it in `make eval` (tests/unit/test_danger_model.py retrains and compares). Settings were
chosen by five-fold cross-validation on the tune parts (ADR 0006), not on the held-out score.
"""

from __future__ import annotations

import math
from typing import Any

from bench.evalsets import danger, understanding
from flows.understand.danger_model import DANGER, MODEL
from flows.understand.ngram_model import NGRAMS, export, write
from flows.understand.normalize import read_text

#: inverse regularisation of the logistic regression
C = 10.0
#: an n-gram seen in fewer messages than this is left out
MIN_DF = 2
#: weights smaller than this are dropped from the file
PRUNE = 0.02
DIGITS = 4


def examples() -> tuple[list[str], list[str]]:
    """The tune parts' messages as the reader's plain words, each ``danger`` (danger or
    self-harm) or ``none``: the danger set's look-alikes, and the understanding set's everyday
    complaints, teach it what is not."""
    texts, labels = [], []
    for item in danger("tune"):
        texts.append(read_text(item["text"]).plain())
        labels.append(DANGER if item["expect"]["danger"] != "none" else "none")
    for item in understanding("tune"):
        said = item["expect"].get("danger") or {}
        texts.append(read_text(item["text"]).plain())
        labels.append(DANGER if said.get("kind", "none") != "none" else "none")
    return texts, labels


def train() -> dict[str, Any]:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    texts, labels = examples()
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAMS, sublinear_tf=True, min_df=MIN_DF)
    matrix = vectorizer.fit_transform(texts)
    model = LogisticRegression(C=C, max_iter=10_000, class_weight="balanced").fit(matrix, labels)
    return {
        "about": (
            "trained by bench/train_danger.py on the tune parts of tests/data/danger and "
            "tests/data/understanding; do not edit"
        ),
        "settings": {"C": C, "min_df": MIN_DF, "ngrams": list(NGRAMS), "prune": PRUNE, "class_weight": "balanced"},
        "messages": len(texts),
        **export(vectorizer, model, prune=PRUNE, digits=DIGITS),
    }


def main() -> None:
    model = train()
    write(model, MODEL)
    size = MODEL.stat().st_size
    print(f"{MODEL.name}: {model['messages']} messages, {len(model['features'])} n-grams, {math.ceil(size / 1024)} KB")


if __name__ == "__main__":
    main()
