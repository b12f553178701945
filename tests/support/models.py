"""What the tests of both trained models (category, danger) ask of the shipped weights."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from flows.understand.ngram_model import table


def assert_shipped_is_trained(fresh: dict[str, Any], shipped: dict[str, Any]) -> None:
    """The weights in the repository are what training on the tune part gives now: the same
    classes, messages and n-grams, and every weight within rounding."""
    assert fresh["classes"] == shipped["classes"]
    assert fresh["messages"] == shipped["messages"]
    for block in ("features", "word_features"):
        ours, theirs = table(fresh.get(block, {})), table(shipped.get(block, {}))
        assert set(ours) == set(theirs)
        drift = max(
            (
                abs(a[1] - b[1])
                for gram, (_, weights) in ours.items()
                for a, b in zip(weights, theirs[gram][1], strict=True)
            ),
            default=0.0,
        )
        assert drift < 1e-3


def train_with(training: ModuleType, fitted: Any, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """``training.train()`` as `make model` runs it, its fit the one a test already did (each
    training takes seconds; the tests of one model share one)."""
    monkeypatch.setattr(training, "fit", lambda texts, labels: fitted)
    result: dict[str, Any] = training.train()
    return result
