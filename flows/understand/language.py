"""Which language a message is in, without trusting a guess on a few words.

The lexicon's own words say it most of the time: a word used only by ``lexicon/id.yaml`` counts
for Indonesian, one used only by ``lexicon/en.yaml`` for English ("sy", "gaji", "udh" / "my",
"salary"); places, numbers and words both share ("ok", "no") count for neither, so "ok" or
"Dubai" alone give None. Only a long message that the counts leave open goes to
``flows.language.detect_language`` (langdetect, ~9 ms, never trusted on a few words).
"""

from __future__ import annotations

from typing import Literal

from flows.language import detect_language
from flows.understand.lexicon import LEXICON
from flows.understand.normalize import Text

#: a message of this many words or more that the lexicon's words leave open goes to langdetect
MIN_WORDS_TO_GUESS = 8


def read_language(original: str, text: Text, hint: str = "id") -> Literal["id", "en"] | None:
    """ "id", "en", or None when the words do not say it (a place, a number, "ok")."""
    words = LEXICON.language_words
    indonesian = sum(w in words["id"] for w in text.words)
    english = sum(w in words["en"] for w in text.words)
    if indonesian and indonesian >= 2 * english:
        return "id"
    if english and english >= 2 * indonesian:
        return "en"
    if indonesian and english and hint in ("id", "en"):
        return "id" if hint == "id" else "en"  # mixed words: stay in the conversation's language
    if sum(w.isalpha() for w in text.words) < MIN_WORDS_TO_GUESS:
        return None
    found = detect_language(original)
    if found == "id":
        return "id"
    return "en" if found == "en" else None
