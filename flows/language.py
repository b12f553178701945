"""Which language a free text is in: Indonesian (Malay counts as Indonesian) or English.

langdetect is probabilistic; it is seeded so the same text always gives the same answer, and a
text too short to judge gives ``None`` rather than a guess.
"""

from __future__ import annotations

from functools import lru_cache

MIN_LETTERS = 12
MIN_PROBABILITY = 0.80
AS_INDONESIAN = frozenset({"id", "ms", "jw", "su", "tl"})


@lru_cache(maxsize=1)
def _seeded() -> bool:
    # langdetect is imported when a text first needs it (most are settled by the words below):
    # the idle bot does without it (~1 MB, issue 18)
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0
    return True


#: everyday words that settle the question without the statistical model (which costs ~9 ms)
INDONESIAN = frozenset(
    "saya aku tidak gak nggak yang dan di ke dari ini itu ada mau sudah belum gaji majikan "
    "tolong bisa dengan untuk kami kerja agen paspor pulang bulan tapi juga".split()
)
ENGLISH = frozenset(
    "i my the and is are was not have has with to of for please me employer salary want "
    "help passport agency work".split()
)


#: a greeting only English says (not "halo", "hai", "hi", which Indonesians write too): the
#: welcome comes in English, with "Bahasa Indonesia" as a button
ENGLISH_GREETINGS = frozenset(
    {"hello", "hello there", "hi there", "hey there", "good morning", "good afternoon", "good evening", "good day",
     "hello sir", "hello madam", "hello maam", "hello mam", "hello good morning", "hi good morning", "greetings",
     "good morning sir", "good morning madam", "good evening sir", "hello everyone", "morning"}
)  # fmt: skip


def detect_language(text: str) -> str | None:
    words = text.split(None, 3)
    if len(words) <= 3 and " ".join(w.strip(".,!?;:()\"'").lower() for w in words) in ENGLISH_GREETINGS:
        return "en"  # a greeting is three words at most: a long message is not split whole
    if len(text) < MIN_LETTERS:
        return None
    letters = sum(ch.isalpha() for ch in text)
    if letters < MIN_LETTERS:
        return None
    words = [w.strip(".,!?;:()\"'").lower() for w in text[:400].split()]
    id_hits = sum(w in INDONESIAN for w in words)
    en_hits = sum(w in ENGLISH for w in words)
    if id_hits >= 2 and en_hits == 0:
        return "id"
    if en_hits >= 2 and id_hits == 0:
        return "en"
    _seeded()
    from langdetect import LangDetectException, detect_langs

    try:
        guesses = detect_langs(text[:1000])
    except LangDetectException:
        return None
    best = guesses[0]
    if best.prob < MIN_PROBABILITY:
        return None
    if best.lang in AS_INDONESIAN:
        return "id"
    if best.lang == "en":
        return "en"
    return None
