"""Understanding what people write: one message read once into proposed slot values.

``understand(text, today)`` normalises the message once (``normalize.read_text``), walks its
words once against every pattern of the lexicon (``lexicon/*.yaml``, compiled at import), and
hands the matches to one small reader per slot. Pure and deterministic: today is passed in, no
I/O after import, no randomness. The contract is ``flows/understand/types.py``.

``evidence`` has one entry per proposed slot, the person's own words: ``categories``,
``indicators``, ``wants`` and ``money`` join the words of each value with " / " in the order of
the values.
"""

from __future__ import annotations

from flows.understand.answers import read_answer, read_consent
from flows.understand.message import MAX_CHARS, understand
from flows.understand.normalize import normalize_chat
from flows.understand.types import Danger, Money, Understanding

__all__ = [
    "MAX_CHARS",
    "Danger",
    "Money",
    "Understanding",
    "normalize_chat",
    "read_answer",
    "read_consent",
    "understand",
]
