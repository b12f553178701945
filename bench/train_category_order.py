"""Train which of several categories comes first (flows/understand/category_order.py) on the tune
part of the understanding set, and write its weights to flows/understand/lexicon/category_order.json.

`make model` runs this after bench/train_category.py; the weights are committed. Only the tune part
is read: the held-out part scores it in `make eval`. Features are computed on the lexicon's own
order (``reorder=False``), for messages read as two or more categories; each reading is one
example, labelled by whether it is the labelled primary. C was chosen by five-fold
cross-validation on the tune part (ADR 0016).
"""

from __future__ import annotations

from typing import Any

from bench.evalsets import understanding
from flows.understand.categories import read_categories
from flows.understand.category_order import CANDIDATES, FEATURES, MODEL, features
from flows.understand.lexicon import LEXICON
from flows.understand.normalize import read_text
from flows.understand.scoring import by_slot, rank, unmasked
from flows.understand.types import CATEGORIES

#: inverse regularisation of the logistic regression (five-fold cross-validation, ADR 0016)
C = 3.0
DIGITS = 5


def examples(items: list[dict[str, Any]]) -> list[tuple[list[list[float]], list[str], str]]:
    """Per message read as several categories: each reading's features, the readings, the label."""
    out = []
    for item in items:
        primary = (item["expect"].get("categories") or [None])[0]
        if primary is None:
            continue
        read = read_text(item["text"])
        found = LEXICON.index.find(read.words)
        slots = by_slot(unmasked(found))
        matches = slots.get("category", [])
        masked = any(m.label.startswith("mask:") for m in found)
        values, _ = read_categories(read, matches, guess=not masked, reorder=False, denials=slots.get("denies", []))
        scored = {s.value: s for s in rank(matches)}
        if len(values) < 2 or any(v not in scored for v in values):
            continue
        readings = list(values[:CANDIDATES])
        rows = [features(k, scored[v], matches, read.words) for k, v in enumerate(readings)]
        out.append((rows, readings, primary))
    return out


def fit(data: list[tuple[list[list[float]], list[str], str]], c: float = C) -> Any:
    from sklearn.linear_model import LogisticRegression

    x = [row for rows, _, _ in data for row in rows]
    y = [int(v == primary) for _, readings, primary in data for v in readings]
    return LogisticRegression(C=c, max_iter=10_000).fit(x, y)


def train() -> dict[str, Any]:
    data = examples(understanding("tune"))
    model = fit(data)
    return {
        "about": "trained by bench/train_category_order.py on the tune part of tests/data/understanding; do not edit",
        "settings": {"C": C},
        "features": [*FEATURES, *(f"is:{c}" for c in CATEGORIES)],
        "messages": len(data),
        "coef": [round(float(w), DIGITS) for w in model.coef_[0]],
        "intercept": round(float(model.intercept_[0]), DIGITS),
    }


def main() -> None:
    import json

    model = train()
    MODEL.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"{MODEL.name}: {model['messages']} messages read as several categories, {len(model['coef'])} weights")


if __name__ == "__main__":
    main()
