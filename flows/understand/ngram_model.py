"""A small linear text model read in plain Python: TF-IDF over character n-grams, then logistic
regression, as scikit-learn trained it at build time (bench/train_category.py,
bench/train_danger.py). The weights are a JSON file in the repository; nothing is trained or
downloaded at install or run time, and the bot does not need scikit-learn.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path
from typing import Any

#: character n-grams of each word padded with a space, as scikit-learn's ``char_wb`` analyser
NGRAMS = (3, 5)


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


class NgramModel:
    """One model's weights, read from ``path`` on first use (a bot that never asks never loads
    them). A two-class model stores one row of weights, as scikit-learn does."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._weights: dict[str, Any] = {}

    def weights(self) -> dict[str, Any]:
        if not self._weights:
            with self.path.open(encoding="utf-8") as handle:
                self._weights.update(json.load(handle))
        return self._weights

    def probabilities(self, plain: str) -> dict[str, float]:
        """Each class's probability for a message given as the reader's plain words."""
        model = self.weights()
        features = model["features"]
        classes = model["classes"]
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
        if len(scores) == 1:  # two classes: one score, for the second class
            second = 1.0 / (1.0 + math.exp(-scores[0]))
            return {classes[0]: 1.0 - second, classes[1]: second}
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(classes, exps, strict=True)}


def export(vectorizer: Any, model: Any, *, prune: float, digits: int) -> dict[str, Any]:
    """A trained scikit-learn vectorizer and logistic regression as the runtime reads them:
    classes, intercepts, and per n-gram its idf and the (row, weight) pairs at least ``prune``."""
    classes = [str(c) for c in model.classes_]
    rows = model.coef_.shape[0]
    features: dict[str, list[Any]] = {}
    for gram, column in sorted(vectorizer.vocabulary_.items()):
        weights = [
            [k, round(float(model.coef_[k][column]), digits)]
            for k in range(rows)
            if abs(model.coef_[k][column]) >= prune
        ]
        if weights:
            features[gram] = [round(float(vectorizer.idf_[column]), digits), weights]
    return {
        "classes": classes,
        "intercept": [round(float(b), digits) for b in model.intercept_],
        "features": features,
    }


def write(model: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")
