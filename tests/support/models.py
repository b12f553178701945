"""What the tests of both trained models (category, danger) ask of the shipped weights."""

from __future__ import annotations

from typing import Any


def assert_shipped_is_trained(fresh: dict[str, Any], shipped: dict[str, Any]) -> None:
    """The weights in the repository are what training on the tune part gives now: the same
    classes, messages and n-grams, and every weight within rounding."""
    assert fresh["classes"] == shipped["classes"]
    assert fresh["messages"] == shipped["messages"]
    for block in ("features", "word_features"):
        assert set(fresh.get(block, {})) == set(shipped.get(block, {}))
        drift = max(
            (
                abs(a[1] - b[1])
                for gram, (_, weights) in fresh.get(block, {}).items()
                for a, b in zip(weights, shipped[block][gram][1], strict=True)
            ),
            default=0.0,
        )
        assert drift < 1e-3
