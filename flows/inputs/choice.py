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
    ordinal = _ordinal(key)
    if ordinal is not None and 1 <= ordinal <= len(options):
        # "yg kedua", "the first one": the option at that place (it was "pilihan itu tidak ada")
        return Parsed(True, options[ordinal - 1][0], options[ordinal - 1][1])
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


#: an option named by its place ("yg kedua", "the second one", "yang ke 3")
_ORDINALS = {"pertama": 1, "kesatu": 1, "first": 1, "1st": 1, "kedua": 2, "second": 2, "2nd": 2, "ketiga": 3,
             "third": 3, "3rd": 3, "keempat": 4, "fourth": 4, "4th": 4, "kelima": 5, "fifth": 5, "5th": 5}  # fmt: skip
#: the words around it that change nothing
_AROUND_ORDINAL = frozenset({"yg", "yang", "the", "one", "no", "nomor", "pilihan", "opsi", "option", "aja",
                             "saja", "ja", "kak", "ka", "mbak", "pak", "bu", "ya", "deh", "please", "pls", "po",
                             "sy", "pilih"})  # fmt: skip


def _ordinal(key: str) -> int | None:
    """The place an answer of a few words names ("yg kedua aja kak", "yang ke 2"), else None."""
    words = key.replace("ke-", "ke ").split()
    if not 1 <= len(words) <= 6:
        return None
    found: list[int] = []
    for k, word in enumerate(words):
        if word in _ORDINALS:
            found.append(_ORDINALS[word])
        elif word == "ke" and k + 1 < len(words) and words[k + 1].isdigit():
            found.append(int(words[k + 1]))
        elif word.isdigit() and k > 0 and words[k - 1] == "ke":
            continue
        elif word not in _AROUND_ORDINAL:
            return None
    return found[0] if len(found) == 1 else None
