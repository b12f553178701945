"""The labelled evaluation sets in tests/data: where they are, how they are read, and the rule
that put each item in the tuning or the held-out part.

The rule is fixed and blind to content: an item is held out when the first hex digit of the
SHA-256 of its id is odd. It was chosen before any reader was measured, so nobody can move an
item between parts to flatter a score; tests/unit/test_evaluation_sets.py checks that every
item sits where the rule puts it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any, Literal

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
UNDERSTANDING = DATA / "understanding"
DANGER = DATA / "danger"
NEGATION = DATA / "negation.yaml"

Part = Literal["tune", "heldout"]
PARTS: tuple[Part, ...] = ("tune", "heldout")


def part_of(item_id: str) -> Part:
    """The part an item belongs to, from its id alone."""
    digit = int(hashlib.sha256(item_id.encode("utf-8")).hexdigest()[0], 16)
    return "heldout" if digit % 2 else "tune"


#: libyaml's loader when PyYAML was built with it (ten times faster on these sets), the same
#: safe subset of YAML either way
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        items = yaml.load(handle, Loader=_LOADER)
    if not isinstance(items, list):
        raise ValueError(f"{path.name}: expected a list of items")
    return items


def understanding(part: Part) -> list[dict[str, Any]]:
    """Messages with the slots a careful mediator would fill (``expect``)."""
    return _load(UNDERSTANDING / f"{part}.yaml")


def danger(part: Part) -> list[dict[str, Any]]:
    """Messages labelled danger / self_harm / none, look-alikes marked ``lookalike: true``."""
    return _load(DANGER / f"{part}.yaml")


def negation() -> list[dict[str, Any]]:
    """Short answers with the answer kind (and consent) they must be read as: a test list."""
    return _load(NEGATION)


#: the blind batches of the danger set whose DEV halves the danger model may learn from (ADR
#: 0020, 7 December, branch danger11). Named one by one: a batch written later is scored out of
#: the box first (both halves), and only then, by adding it here, learnt from
DANGER_BLIND = tuple(DANGER / f"dev{n}.yaml" for n in range(3, 11))


def half_of(text: str) -> str:
    """``dev`` or ``away``: a blind batch is halved by the SHA-256 of each text, so the half kept
    away (scored with --quiet, never read message by message, never tuned on) is fixed before
    any reader is measured."""
    return "away" if int(hashlib.sha256(f"half:{text}".encode()).hexdigest()[:8], 16) % 2 else "dev"


def danger_dev_halves() -> list[dict[str, Any]]:
    """The DEV halves of the danger set's blind batches, labelled as the batches label them. The
    AWAY halves are dropped as each file is read and never returned; no held-out file is opened."""
    out = []
    for path in DANGER_BLIND:
        assert "heldout" not in path.name, path.name
        for item in _load(path):
            if half_of(item["text"]) != "dev":
                continue  # the AWAY half: scored with --quiet only, never learnt from
            out.append(item)
    assert all(half_of(item["text"]) == "dev" for item in out)
    return out
