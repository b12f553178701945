"""A cry laughed off: "tolong wkwk", a threat told with laughter, said as a joke between friends.
Read after a rule has fired (flows/understand/danger.py)."""

from __future__ import annotations

from flows.understand.danger_laughter import laughing
from flows.understand.danger_over import CRY_OR_FEAR, FEARED
from flows.understand.danger_words import WEAPONS

#: the words a bare cry starts with: "HELP 😂", "somebody help me ... lol"
_CRY_START = frozenset({"tolong", "tlg", "tolongin", "help", "somebody", "someone", "please", "pls", "plz"})


def a_cry_laughed(words: list[str], raw: str, spans: list[tuple[int, int]]) -> bool:
    """Only a cry was read, and the message laughs with no fear in it: "HELP 😂 the kids painted
    the wall", "somebody help me, i lost my octopus card lol" (not "tolong wkwk sy takut")."""
    if not spans or not laughing(words, raw) or FEARED.intersection(words):
        return False
    return all(words[a] in _CRY_START and "call" not in words[a:b] for a, b in spans)


def laughed_off(words: list[str], raw: str) -> bool:
    """Told laughing ("wkwk", "haha", 😂) with no cry for help and no fear in it: a joke, a film, a
    child's game ("dibuang ke laut kl masakan keasinan 😂"). Every laughing message of the tune
    part is harmless. Self-harm is not taken back by this (its phrases weigh laughter themselves)."""
    if MARKED.intersection(words) or WEAPONS.intersection(words):
        return False  # "wkwk biasa lah kena gampar ... sampe gigi sy copot": laughing at a wound
    fond = _FOND.intersection(words) or any(face in raw for face in _FOND_FACES)
    return (laughing(words, raw) or bool(fond)) and not CRY_OR_FEAR.intersection(words)


#: told fondly, of a child's play: "anak majikan suka mukul2 aku pake boneka, lucu bgt 🥰"
_FOND = frozenset({"lucu", "gemes", "gemesin", "ngegemesin", "cute", "adorable"})

_FOND_FACES = ("\U0001f970", "\U0001f60d", "\U0001f917")  # 🥰 😍 🤗

#: what a blow leaves, or how often it comes, that laughter does not take back
MARKED = frozenset({"copot", "patah", "biru", "berdarah", "memar", "lebam", "bengkak", "luka", "jahit", "dijahit",
                     "bleeding", "bruised", "broken", "tiap", "setiap", "sering", "mulai"})  # fmt: skip
