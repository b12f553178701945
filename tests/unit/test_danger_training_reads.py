"""What the danger model learns from (ADR 0020, branch danger11): the tune parts, and with
``train_danger.DEV_HALVES`` (measured, not kept) the DEV halves of the danger set's blind
batches; never an AWAY half (those score it, read by nobody) and never a held-out file; and out
of fold, no tune message is scored by a model that learnt it. Failures print counts only: a
held-out or AWAY text must not reach a test log."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bench import crossval_danger, evalsets, train_danger
from bench.evalsets import half_of
from flows.understand.normalize import read_text


def _opened_while(monkeypatch: pytest.MonkeyPatch, run: Any) -> tuple[list[Path], Any]:
    """``run()``'s answer and every evaluation file it opened."""
    opened: list[Path] = []
    load = evalsets._load

    def recording(path: Path) -> list[dict[str, Any]]:
        opened.append(path)
        return load(path)

    monkeypatch.setattr(evalsets, "_load", recording)
    return opened, run()


def _away_plains() -> set[str]:
    """The AWAY halves' plain words, but those also in a tune part (some were, before the
    batches were halved)."""
    tune = set(train_danger.tune_examples()[0])
    away = {
        read_text(item["text"]).plain()
        for path in evalsets.DANGER_BLIND
        for item in evalsets._load(path)
        if half_of(item["text"]) == "away"
    }
    return away - tune


def test_as_shipped_training_opens_only_the_tune_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    opened, (texts, labels) = _opened_while(monkeypatch, train_danger.examples)
    assert set(opened) == {evalsets.DANGER / "tune.yaml", evalsets.UNDERSTANDING / "tune.yaml"}
    assert len(texts) == len(labels)


def test_with_the_dev_halves_training_opens_no_held_out_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(train_danger, "DEV_HALVES", True)
    opened, (texts, labels) = _opened_while(monkeypatch, train_danger.examples)
    assert not [p for p in opened if "heldout" in p.name]
    allowed = {evalsets.DANGER / "tune.yaml", evalsets.UNDERSTANDING / "tune.yaml", *evalsets.DANGER_BLIND}
    assert set(opened) == allowed
    assert len(texts) == len(labels)


def test_training_never_learns_an_away_half(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(train_danger, "DEV_HALVES", True)
    texts, _ = train_danger.examples()
    learnt = set(texts)
    leaked = sum(1 for plain in _away_plains() if plain in learnt)
    assert leaked == 0
    # and the DEV halves are there, labelled as their batches label them
    dev = evalsets.danger_dev_halves()
    assert dev and all(half_of(item["text"]) == "dev" for item in dev)
    assert sum(1 for item in dev if read_text(item["text"]).plain() in learnt) == len(dev)


def test_out_of_fold_each_model_learns_neither_its_fold_nor_an_away_half(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each fold's model is handed the other folds and the DEV halves (recorded, not fitted)."""
    seen: list[list[str]] = []

    def recording_fit(texts: list[str], labels: list[str]) -> tuple[None, None, None]:
        assert len(texts) == len(labels)
        seen.append(list(texts))
        return None, None, None

    def uniform(model: Any, chars: Any, words: Any, plains: list[str]) -> list[dict[str, float]]:
        return [{"danger": 0.0, "self_harm": 0.0, "none": 1.0} for _ in plains]

    monkeypatch.setattr(train_danger, "DEV_HALVES", True)
    monkeypatch.setattr(train_danger, "fit", recording_fit)
    monkeypatch.setattr(crossval_danger, "_probabilities", uniform)
    items = crossval_danger._items()
    crossval_danger.out_of_fold(items)
    assert len(seen) == crossval_danger.FOLDS
    away = _away_plains()
    dev = {read_text(item["text"]).plain() for item in evalsets.danger_dev_halves()}
    plains = [(crossval_danger.fold_of(item_id), read_text(text).plain()) for _, item_id, text, _, _ in items]
    tune = {plain for _, plain in plains}
    for k, learnt_list in enumerate(seen):
        # what a fold's model learns beside the other folds (a few tune texts are in two folds
        # under two ids, as before this change) holds nothing of the fold it scores
        others = {plain for fold, plain in plains if fold != k}
        added = set(learnt_list) - others
        scored = {plain for fold, plain in plains if fold == k}
        assert len(scored & added) == 0, f"fold {k} learnt messages it scores"
        assert sum(1 for plain in away if plain in added) == 0, f"fold {k} learnt an AWAY message"
        assert len(dev - tune - added) == 0, f"fold {k} did not learn the DEV halves"
