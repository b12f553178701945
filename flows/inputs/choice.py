"""Choosing an option: by its number, its label, its id, or a word close to it (rapidfuzz)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from flows.inputs.base import NOT_FOUND, Parsed, normalize
from flows.inputs.numbers import parse_number

_NUMBER_PREFIX = re.compile(r"^(?:nomor|nomer|no|pilihan|pilih|opsi|option|number|angka)\s*\.?\s*")
#: a fuzzy score at or above this is taken; between WEAK and this it is confirmed first
STRONG = 88
WEAK = 72
#: the best must beat the runner-up by this much, or the answer is ambiguous
MARGIN = 8


@lru_cache(maxsize=4096)
def _strip_label(label: str) -> str:
    """A label or option id, normalised. Kept: they are the dialog's own words, never user text,
    and each answer to a choice compares against all of them."""
    return normalize(label)


def parse_choice(text: str, options: Sequence[tuple[str, str]], lang: str = "id") -> Parsed:
    """``options`` are (id, label) in display order. A number picks by position."""
    key = normalize(text)
    if not key or not options:
        return NOT_FOUND
    numeric = _NUMBER_PREFIX.sub("", key).rstrip(".")
    if numeric.isdigit():
        index = int(numeric)
        if 1 <= index <= len(options):
            return Parsed(True, options[index - 1][0], options[index - 1][1])
        return Parsed(False, error="out_of_range")
    if len(numeric.split()) <= 3 and not any(ch.isdigit() for ch in numeric):
        number = parse_number(numeric, 1, len(options))
        if number.ok:
            option = options[int(number.value) - 1]
            return Parsed(True, option[0], option[1])
    for option_id, label in options:
        if key == _strip_label(option_id) or key == _strip_label(label):
            return Parsed(True, option_id, label)
    if len(key) < 3:
        return NOT_FOUND
    # a long sentence is not a typo of a short label: only compare answers of similar length
    labels = {
        i: lab
        for i, (_, label) in enumerate(options)
        if len(key) <= 2 * len(lab := _strip_label(label)) + 4 and len(key.split()) <= len(lab.split()) + 2
    }
    if not labels:
        return NOT_FOUND
    from rapidfuzz import fuzz, process  # at the first fuzzy match: not at idle (issue 18)

    ranked = process.extract(key, labels, scorer=fuzz.WRatio, limit=2)
    if not ranked:
        return NOT_FOUND
    _label, best_score, best_index = ranked[0]
    runner = ranked[1][1] if len(ranked) > 1 else 0.0
    if best_score < WEAK or best_score - runner < MARGIN:
        return NOT_FOUND
    option_id, label = options[int(best_index)]
    return Parsed(True, option_id, label, confirm=best_score < STRONG)
