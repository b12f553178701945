"""Out-of-fold score of the danger reader on the tune parts: the rules as they are, and the
trained second opinion (bench/train_danger.py) trained five-fold, so that no message is read by
a model that saw it (ADR 0020). Only the tune parts are read; the held-out parts are not opened.

    python -m bench.crossval_danger            # the figures, the missed dangers, the false alarms
    python -m bench.crossval_danger --quiet    # the figures only
    python -m bench.crossval_danger --quiet --alarms 0.9,0.95   # other alarm thresholds too
    python -m bench.crossval_danger --quiet --vetoes 0,0.05     # other thresholds of the model's veto
    python -m bench.crossval_danger --fresh FILE.yaml   # also score a new batch (same schema as
                                                        # tests/data/danger) out of the box
    python -m bench.crossval_danger --fresh tests/data/danger/dev3.yaml --half away   # figures only

Each tune message of the danger and understanding sets falls in one of five folds by the
SHA-256 of its id; the model that reads a fold is trained on the other four with the shipped
settings. ``danger_model.reading`` is then answered from those out-of-fold probabilities while
``flows.understand.danger.detect`` runs as shipped (rules, vetoes, the model's alarm). With
``--dev-halves`` every fold's model also learns from the DEV halves of the blind batches
(``evalsets.DANGER_BLIND``; ``train_danger.DEV_HALVES``, measured and not kept: ADR 0020), never
from an AWAY half. A fresh batch is read by the model trained on the whole tune part (and those
DEV halves with --dev-halves: its DEV half is then read by a model that saw it), as it would be
once shipped.

Figures: recall on the danger set's dangerous messages (and on the understanding set's messages
labelled with a danger), look-alikes flagged, other harmless messages flagged (the danger set's
non-look-alikes and the understanding set's messages without danger).
"""

from __future__ import annotations

import os

# each fold's model is put in place of the shipped one by assigning module attributes, which
# compiled modules would not see (they call each other directly): read with the Python source
os.environ["PMI_PURE_PYTHON"] = "1"

import argparse
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from bench import evalsets, train_danger
from bench.evalsets import half_of
from bench.ngram_training import transform
from flows.understand import danger, danger_model
from flows.understand.normalize import read_text

FOLDS = 5


def fold_of(item_id: str) -> int:
    return int(hashlib.sha256(f"fold:{item_id}".encode()).hexdigest()[:8], 16) % FOLDS


def _items() -> list[tuple[str, str, str, str, bool]]:
    """(set, id, text, label, look-alike) for every tune message the model trains on."""
    out = []
    for item in evalsets.danger("tune"):
        out.append(("danger", item["id"], item["text"], str(item["expect"]["danger"]), bool(item.get("lookalike"))))
    for item in evalsets.understanding("tune"):
        said = item["expect"].get("danger") or {}
        out.append(("understanding", item["id"], item["text"], str(said.get("kind", "none")), False))
    return out


def _probabilities(model: Any, chars: Any, words: Any, plains: list[str]) -> list[dict[str, float]]:
    matrix = transform(chars, words, plains)
    rows = model.predict_proba(matrix)
    return [dict(zip(model.classes_, map(float, row), strict=True)) for row in rows]


def out_of_fold(items: list[tuple[str, str, str, str, bool]]) -> dict[str, dict[str, float]]:
    """Each message's plain words -> the class probabilities of the model that did not see it."""
    plains = [read_text(text).plain() for _, _, text, _, _ in items]
    folds = [fold_of(item_id) for _, item_id, _, _, _ in items]
    # with DEV_HALVES the blind batches' DEV halves are in every fold's training, as in the model's; a
    # DEV message whose plain words are a tune message's is left out (it would be scored by a
    # model that read it)
    extra_texts, extra_labels = train_danger.dev_examples(set(plains)) if train_danger.DEV_HALVES else ([], [])
    found: dict[str, dict[str, float]] = {}
    for k in range(FOLDS):
        train = [i for i, f in enumerate(folds) if f != k]
        test = [i for i, f in enumerate(folds) if f == k]
        chars, words, model = train_danger.fit(
            [plains[i] for i in train] + extra_texts, [items[i][3] for i in train] + extra_labels
        )
        for i, probs in zip(test, _probabilities(model, chars, words, [plains[i] for i in test]), strict=True):
            found[plains[i]] = probs
    return found


def _reading_from(table: dict[str, dict[str, float]]) -> Callable[[str], tuple[str, float]]:
    shipped = danger_model.reading

    def reading(plain: str) -> tuple[str, float]:
        probs = table.get(plain)
        if probs is None:
            return shipped(plain)  # a text the folds never saw (not expected)
        kind = "self_harm" if probs.get("self_harm", 0.0) > probs.get("danger", 0.0) else "danger"
        return kind, 1.0 - probs["none"]

    return reading


def score(
    items: list[tuple[str, str, str, str, bool]], *, quiet: bool = False, title: str = "tune, out of fold"
) -> dict[str, Any]:
    recall = [0, 0]
    u_recall = [0, 0]
    look = [0, 0]
    other = [0, 0]
    missed: list[str] = []
    alarms: list[str] = []
    for which, item_id, text, label, lookalike in items:
        got = danger.detect(text)
        if label != "none":
            box = recall if which == "danger" else u_recall
            box[0] += got is not None
            box[1] += 1
            if got is None:
                missed.append(f"  {item_id} [{label}] {text}")
        else:
            box = look if lookalike else other
            box[0] += got is not None
            box[1] += 1
            if got is not None:
                alarms.append(f"  {item_id} [{'look-alike' if lookalike else 'harmless'}] {text}  <- {got.words}")
    print(f"== {title}")
    print(f"danger set recall {recall[0]}/{recall[1]} ({100 * recall[0] / max(recall[1], 1):.1f} %)")
    if u_recall[1]:
        print(f"understanding set danger recall {u_recall[0]}/{u_recall[1]} ({100 * u_recall[0] / u_recall[1]:.1f} %)")
    print(f"look-alikes flagged {look[0]} of {look[1]}")
    print(f"other harmless flagged {other[0]} of {other[1]}")
    if not quiet:
        print(f"-- missed dangers ({len(missed)})", *missed, sep="\n")
        print(f"-- false alarms ({len(alarms)})", *alarms, sep="\n")
    return {"recall": recall, "u_recall": u_recall, "look": look, "other": other}


def fresh(path: Path, quiet: bool, half: str | None = None) -> None:
    """A new batch, read by the shipped rules and a model trained on the whole tune part."""
    batch = yaml.safe_load(path.read_text(encoding="utf-8"))
    if half:
        batch = [item for item in batch if half_of(item["text"]) == half]
    texts, labels = train_danger.examples()
    plains = [read_text(item["text"]).plain() for item in batch]
    if half == "away":
        # what this change added to the training, the DEV halves, holds none of them (a few
        # AWAY messages are also in the tune part, from before these batches were halved)
        learnt = set(texts) - set(train_danger.tune_examples()[0])
        leaked = sum(1 for plain in plains if plain in learnt)
        assert not leaked, "an AWAY message is in the model's training"
    chars, words, model = train_danger.fit(texts, labels)
    table = dict(zip(plains, _probabilities(model, chars, words, plains), strict=True))
    danger_model.reading = _reading_from(table)  # type: ignore[assignment]
    items = [("danger", i["id"], i["text"], str(i["expect"]["danger"]), bool(i.get("lookalike"))) for i in batch]
    score(items, quiet=quiet, title=f"fresh batch {path.name}{f' ({half} half)' if half else ''}, out of the box")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument("--fresh", type=Path, help="a new batch to score out of the box instead")
    parser.add_argument("--half", choices=("dev", "away"), help="only this half of the fresh batch (away: use --quiet)")
    parser.add_argument("--alarms", help="other alarm thresholds to compare, e.g. 0.9,0.95 (figures only)")
    parser.add_argument("--vetoes", help="other thresholds of the model's veto to compare, e.g. 0,0.05 (figures only)")
    parser.add_argument(
        "--dev-halves",
        action="store_true",
        help="the models also learn the DEV halves of the blind batches (evalsets.DANGER_BLIND)",
    )
    args = parser.parse_args()
    if args.dev_halves:
        train_danger.DEV_HALVES = True
    if args.fresh:
        fresh(args.fresh, args.quiet or args.half == "away", args.half)
        return
    items = _items()
    danger_model.reading = _reading_from(out_of_fold(items))  # type: ignore[assignment]
    score(items, quiet=args.quiet)
    shipped = danger_model.ALARM
    for alarm in (float(a) for a in (args.alarms or "").split(",") if a):
        danger_model.ALARM = alarm
        score(items, quiet=True, title=f"tune, out of fold, alarm at {alarm}")
    danger_model.ALARM = shipped
    shipped = danger_model.VETO
    for veto in (float(v) for v in (args.vetoes or "").split(",") if v):
        danger_model.VETO = veto
        score(items, quiet=True, title=f"tune, out of fold, veto below {veto}")
    danger_model.VETO = shipped


if __name__ == "__main__":
    main()
