"""Talk about the conversation itself: "kan td udh sy bilang 24", "di pesan suara td udh sy
ceritain", "i already told you". She points back at what she has told; the words tell nothing
new. The danger model has seen "sudah", "tadi" and "saya" in many wishes to die and read such
messages as self-harm at 0.94-0.997 (an alarm and a crisis line for a mother giving her
daughter's age), so it is not asked about them; the rules still read every word."""

from __future__ import annotations

#: verbs of telling, as typed ("bilang", "ceritain", "jelasin", "told")
TELLING = frozenset(
    {"bilang", "bilangin", "blg", "cerita", "ceritain", "ceritakan", "critain", "crita", "jelasin", "jelaskan",
     "jelasken", "sebut", "sebutin", "sebutkan", "tulis", "nulis", "tulisin", "ngomong", "omong", "kasitau",
     "kasitahu", "kirim", "ngirim", "told", "said", "wrote", "mentioned", "sent", "explained", "tell"}
)  # fmt: skip
#: what says it was before ("td", "udh", "kan", "already")
BEFORE = frozenset(
    {"tadi", "td", "tdi", "sudah", "udah", "udh", "sdh", "dah", "uda", "kan", "already", "before", "earlier",
     "barusan", "kemarin", "kmrn"}
)  # fmt: skip
#: longer than this, a message may tell something new beside pointing back
MOST_WORDS = 8


def points_back(words: list[str]) -> bool:
    """A short message with a verb of telling and a word of before: what she already said."""
    return len(words) <= MOST_WORDS and not TELLING.isdisjoint(words) and not BEFORE.isdisjoint(words)
