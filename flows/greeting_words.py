"""A greeting and nothing else: "halo kak", "assalamualaikum kak", "hi po", "good morning madam".

Just after filing, a message that tells something is asked about ("more for your report, or a
new one?"); a greeting tells nothing, and "Apakah pesan ini tambahan untuk laporan ...?" to
"halo kak" is a question she cannot answer. Such a message gets the short line of a report on
file instead, as "p" and "tolong dibantu ya kak" do."""

from __future__ import annotations

from flows.inputs import normalize

#: the greeting itself (one is needed)
_GREETING = frozenset({"halo", "hallo", "helo", "hai", "hi", "hello", "hey", "assalamualaikum",
                       "asalamualaikum", "assalamu", "alaikum", "salam", "pagi", "siang", "sore", "malam",
                       "selamat", "good", "morning", "afternoon", "evening", "permisi", "punten", "kak", "kakak",
                       "ka", "min", "admin"})  # fmt: skip
#: the words of address or courtesy around it
_AROUND = frozenset({"mbak", "mba", "pak", "bu", "ibu", "bapak", "madam", "mam", "maam", "ma'am", "sir", "po", "ya",
                     "wr", "wb", "warahmatullahi", "wabarakatuh", "dear", "all", "semua", "lagi", "again"})  # fmt: skip
#: longer than this, a message says more than hello
_MOST_WORDS = 6


def only_a_greeting(text: str) -> bool:
    """True for a greeting with words of address only ("halo kak", "hi po", "kak")."""
    words = normalize(text.replace("'", "")).split()
    return (
        0 < len(words) <= _MOST_WORDS
        and not _GREETING.isdisjoint(words)
        and all(w in _GREETING or w in _AROUND for w in words)
    )
