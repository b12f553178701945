"""Laughter in a message ("wkwk", "hahaha", "lol", 😂): what several danger rules read as a joke."""

from __future__ import annotations

from itertools import pairwise

#: laughing emoji (tears of joy, rolling on the floor)
_LAUGHING_EMOJI = ("\U0001f602", "\U0001f923")
_LAUGHTER = ("wkwk", "awokwok", "hahah", "hehe", "xixixi")


def laughing(words: list[str], raw: str) -> bool:
    """ "wkwk", "hahaha", "lol", 😂: a message said laughing."""
    if any(face in raw for face in _LAUGHING_EMOJI):
        return True
    if any(w.startswith(_LAUGHTER) or w in ("lol", "lmao", "haha") for w in words):
        return True
    return any(a == b and a in ("ha", "he", "hi", "wk") for a, b in pairwise(words))  # "ha ha"
