"""What every input parser returns, and the text normalisation they share."""

from __future__ import annotations

import re
import unicodedata
from typing import Any, NamedTuple

#: letters repeated three or more times are a typing habit ("tolooong", "iyaaa")
_REPEATS = re.compile(r"(.)\1{2,}")
_NOT_WORD = re.compile(r"[^\w\s+]", re.UNICODE)
_SPACES = re.compile(r"\s+")
#: invisible formatting characters (right-to-left marks, zero-width joiners, BOM)
_INVISIBLE = dict.fromkeys(c for c in range(0x2000, 0x2070) if unicodedata.category(chr(c)) == "Cf")
_INVISIBLE.update({0xFEFF: None, 0x200B: None, 0x00AD: None})


class Parsed(NamedTuple):
    """An answer understood (``ok``) or not. ``confirm``: a fuzzy match the bot should confirm
    ("Arab Saudi, benar?"); ``display``: the value in words; ``error``: a short machine code.
    (A named tuple: immutable and cheap to make, as ``flows.types.Option``.)"""

    ok: bool
    value: Any = None
    display: str | None = None
    confirm: bool = False
    error: str | None = None


NOT_FOUND = Parsed(False, error="not_found")


#: what survives normalisation of plain ASCII: letters, digits, '+' and single spaces
_ASCII_NOISE = re.compile(r"[^a-z0-9+ ]")


#: the last text normalised and its result: one message is normalised by the danger check, the
#: skip check and its parser in turn, all with the same string object
_last: tuple[str | None, str] = (None, "")


def normalize(text: str) -> str:
    """Casefold, drop emoji and punctuation noise, squeeze repeats and spaces, strip a leading '/'."""
    global _last
    last = _last
    if text is last[0]:
        return last[1]
    if text.isascii():
        # the common case, several times faster; gives what the general path below gives
        key = _ASCII_NOISE.sub(" ", text.lower().strip().lstrip("/"))
        if _REPEATS.search(key):
            key = _REPEATS.sub(r"\1\1", key)
        key = " ".join(key.split())
    else:
        key = normalize_any(text)
    _last = (text, key)
    return key


def normalize_any(text: str) -> str:
    """``normalize`` for any text (emoji, other scripts, invisible marks)."""
    text = text.translate(_INVISIBLE)
    text = unicodedata.normalize("NFKC", text).casefold().strip()
    text = text.lstrip("/")
    text = "".join(ch if unicodedata.category(ch)[0] in "LNZ" or ch in "+-'/." else " " for ch in text)
    text = _NOT_WORD.sub(" ", text)
    text = _REPEATS.sub(r"\1\1", text)
    return _SPACES.sub(" ", text).strip()


def words(text: str) -> list[str]:
    return normalize(text).split()
