"""Out-of-fold category score on the tune part of the understanding set: the development figure
for the category (issue 13, ADR 0019's addendum).

The tune part scores 97–99 % in `make eval` because the trained category model has seen every
one of its messages; that says nothing about messages written otherwise. Here the tune part is
cut into five folds (stratified by the labelled primary, a fixed seed). For each fold the
category model (bench/train_category.py, same settings) and the learned order of several
categories (bench/train_category_order.py) are trained on the other four, put in the shipped
ones' place, and the whole reader (lexicon as it is, learned order, the model's say, its
alternatives) reads the fold's messages. Top-1 and top-2 are counted as `make eval` counts them
(bench/eval_score.py: top-2 is the primary among the first two of the ranking, proposed then
alternatives). The lexicon was written against these messages, so the figures still flatter it;
what they compare fairly is everything else (new training messages, model settings).

    python -m bench.crossval_category              # five-fold on the tune part
    python -m bench.crossval_category --misses biaya_berlebih   # and that category's misses
    python -m bench.crossval_category --batch new.yaml          # a new batch, out of the box
    python -m bench.crossval_category --misses all --top1 --language en   # English top-1 misses
    python -m bench.crossval_category --batch dev_d.yaml --half dev        # a blind batch's DEV half
    python -m bench.crossval_category --batch dev_d.yaml --half away --quiet   # AWAY: figures only

``--batch``: a YAML list of items in the sets' schema, scored with the shipped lexicon and
models as they are (none of them has seen it): a fresh batch's honest figure before it joins the
tune part. ``--half dev|away`` keeps one half of it (bench.crossval_danger.half_of, by the
SHA-256 of each text); the AWAY half is scored with ``--quiet`` (figures only, never read message
by message, never tuned on). Only the tune part is ever read from tests/data; the held-out part is not opened.
"""

from __future__ import annotations

import os

# each fold's model is put in place of the shipped one by assigning module attributes, which
# compiled modules would not see (they call each other directly): read with the Python source
os.environ["PMI_PURE_PYTHON"] = "1"

import argparse
import functools
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from bench import ngram_training, train_category, train_category_order
from bench.eval_score import UnderstandingScore, score_understanding
from bench.evalsets import understanding
from bench.understanding import TODAY
from flows.understand import category_model, category_order
from flows.understand.category_model import NONE
from flows.understand.normalize import read_text

FOLDS = 5
SEED = 0


def _label(item: dict[str, Any]) -> str:
    return (item["expect"].get("categories") or [NONE])[0]


def folds(items: list[dict[str, Any]], k: int = FOLDS) -> list[int]:
    """Each item's fold, stratified by its labelled primary (fixed seed: the same every run)."""
    from sklearn.model_selection import StratifiedKFold

    labels = [_label(i) for i in items]
    out = [0] * len(items)
    split = StratifiedKFold(n_splits=k, shuffle=True, random_state=SEED)
    for fold, (_, test) in enumerate(split.split(labels, labels)):
        for i in test:
            out[i] = fold
    return out


def _fold_probabilities(texts: list[str], labels: list[str]) -> Any:
    """The category model trained on ``texts``, as the runtime's ``probabilities(plain)``."""
    chars, words, model = train_category.fit(texts, labels)
    classes = [str(c) for c in model.classes_]

    @functools.lru_cache(maxsize=4096)
    def probabilities(plain: str) -> dict[str, float]:
        row = model.predict_proba(ngram_training.transform(chars, words, [plain.lower()]))[0]
        return dict(zip(classes, (float(p) for p in row), strict=True))

    return probabilities


def _fold_order(data: list[Any]) -> tuple[tuple[float, ...], float] | None:
    if not data:
        return None
    model = train_category_order.fit(data)
    return tuple(float(w) for w in model.coef_[0]), float(model.intercept_[0])


def _merge(into: UnderstandingScore, part: UnderstandingScore) -> None:
    for name in ("top1", "top2", "top2_proposed"):
        a, b = getattr(into, name), getattr(part, name)
        a.right += b.right
        a.total += b.total
    for table in ("top1_by_kind", "top1_by_language"):
        for key, ratio in getattr(part, table).items():
            mine = getattr(into, table).setdefault(key, type(ratio)())
            mine.right += ratio.right
            mine.total += ratio.total
    for code, (first, second) in part.by_category.items():
        mine = into.by_category.setdefault(code, (type(first)(), type(second)()))
        for a, b in zip(mine, (first, second), strict=True):
            a.right += b.right
            a.total += b.total


def _reader() -> Any:
    from flows.understand import understand

    return lambda text: understand(text, today=TODAY)


def cross_validate(items: list[dict[str, Any]]) -> tuple[UnderstandingScore, list[tuple[dict[str, Any], Any]]]:
    """The out-of-fold score, and each categorised item with what the reader made of it."""
    understand = _reader()
    fold_of = folds(items)
    plains = [read_text(i["text"]).plain() for i in items]
    labels = [_label(i) for i in items]
    order_rows = [train_category_order.examples([i]) for i in items]  # the lexicon's own order
    total = UnderstandingScore()
    read: list[tuple[dict[str, Any], Any]] = []
    shipped = (category_model._last_probabilities, category_order._weights)
    try:
        for fold in range(FOLDS):
            train = [k for k in range(len(items)) if fold_of[k] != fold]
            probabilities = _fold_probabilities([plains[k] for k in train], [labels[k] for k in train])
            order = _fold_order([row for k in train for row in order_rows[k]])
            category_model._last_probabilities = probabilities
            category_order._weights = lambda order=order: order  # type: ignore[assignment]
            test = [items[k] for k in range(len(items)) if fold_of[k] == fold]
            got: dict[str, Any] = {}

            def reading(text: str, got: dict[str, Any] = got) -> Any:
                got[text] = understand(text)
                return got[text]

            _merge(total, score_understanding(test, reading))
            read += [(i, got.get(i["text"])) for i in test if i["expect"].get("categories")]
    finally:
        category_model._last_probabilities, category_order._weights = shipped
    return total, read


def score_batch(items: list[dict[str, Any]]) -> tuple[UnderstandingScore, list[tuple[dict[str, Any], Any]]]:
    """A batch none of the shipped readers has seen, read by them as they are."""
    understand = _reader()
    got: dict[str, Any] = {}

    def reading(text: str) -> Any:
        got[text] = understand(text)
        return got[text]

    score = score_understanding(items, reading)
    return score, [(i, got.get(i["text"])) for i in items if i["expect"].get("categories")]


def _ranked(got: Any) -> list[str]:
    proposed = list(getattr(got, "categories", ()) or ())
    return proposed + [c for c in getattr(got, "alternatives", ()) or () if c not in proposed]


def report(
    score: UnderstandingScore,
    read: list[tuple[dict[str, Any], Any]],
    misses: str | None,
    *,
    top1: bool = False,
    language: str | None = None,
    quiet: bool = False,
) -> None:
    def pct(r: Any) -> str:
        return f"{r.right / r.total * 100:5.1f} % ({r.right}/{r.total})" if r.total else "-"

    print(f"top-1 {pct(score.top1)}   top-2 {pct(score.top2)}   top-2 among proposed {pct(score.top2_proposed)}")
    print("by kind:", ", ".join(f"{k} {pct(r)}" for k, r in sorted(score.top1_by_kind.items())))
    print("by language:", ", ".join(f"{k} {pct(r)}" for k, r in sorted(score.top1_by_language.items())))
    if quiet:
        return
    print(f"\n{'category':24} {'n':>4} {'top-1':>7} {'top-2':>7} {'top-2 missed':>12}")
    rows = sorted(score.by_category.items(), key=lambda kv: kv[1][1].right / kv[1][1].total)
    for code, (first, second) in rows:
        one, two = first.right / first.total * 100, second.right / second.total * 100
        print(f"{code:24} {first.total:4} {one:6.1f}% {two:6.1f}% {second.total - second.right:12}")
    first_wrong: Counter[tuple[str, str]] = Counter()
    second_wrong: Counter[tuple[str, str]] = Counter()
    for item, got in read:
        want = item["expect"]["categories"][0]
        ranked = _ranked(got)
        have = ranked[0] if ranked and getattr(got, "categories", None) else "(none)"
        if have != want:
            first_wrong[(want, have)] += 1
        if want not in ranked[:2]:
            second_wrong[(want, have)] += 1
    print("\nworst confusions, top-1 (labelled -> read first):")
    for (want, have), n in first_wrong.most_common(20):
        print(f"  {n:4}  {want} -> {have}")
    print("\nworst confusions, outside the top-2 (labelled -> read first):")
    for (want, have), n in second_wrong.most_common(20):
        print(f"  {n:4}  {want} -> {have}")
    if misses:
        which = "top-1" if top1 else "top-2"
        print(f"\n{misses}: {which} misses (id, labelled, read first three, text)")
        for item, got in read:
            want = item["expect"]["categories"][0]
            if misses not in (want, "all") or (language and item["expect"].get("language") != language):
                continue
            ranked = _ranked(got)
            missed = not (getattr(got, "categories", None) and ranked[0] == want) if top1 else want not in ranked[:2]
            if missed:
                print(f"  {item['id']} {want} {ranked[:3]} {item['text'][:200]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--misses", help="list this category's top-2 misses ('all': every category's)")
    parser.add_argument("--batch", type=Path, help="score a new batch (YAML) with the shipped readers")
    parser.add_argument("--top1", action="store_true", help="list top-1 misses instead of top-2 misses")
    parser.add_argument("--language", help="list only the misses of messages labelled in this language (id, en)")
    parser.add_argument("--half", choices=("dev", "away"), help="only this half of the batch (away: with --quiet)")
    parser.add_argument("--quiet", action="store_true", help="the overall figures only")
    args = parser.parse_args()
    quiet = args.quiet or args.half == "away"
    if args.batch:
        items = yaml.safe_load(args.batch.read_text(encoding="utf-8"))
        if args.half:
            from bench.crossval_danger import half_of

            items = [item for item in items if half_of(item["text"]) == args.half]
        score, read = score_batch(items)
    else:
        score, read = cross_validate(understanding("tune"))
    report(score, read, None if quiet else args.misses, top1=args.top1, language=args.language, quiet=quiet)


if __name__ == "__main__":
    main()
