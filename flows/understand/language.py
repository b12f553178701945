"""Which language a message is in, without trusting a guess on a few words.

The plain words already say it most of the time: Indonesian and English function words are
counted (cheap: the words are read anyway). Only a long message that the counts leave open goes
to ``flows.language.detect_language`` (langdetect, ~9 ms). Fewer than ``MIN_WORDS`` words: None.
"""

from __future__ import annotations

from typing import Literal

from flows.language import detect_language
from flows.understand.normalize import Text

MIN_WORDS = 4
INDONESIAN = frozenset(
    "saya tidak yang dan di ke dari ini itu ada mau sudah belum gaji majikan tolong bisa dengan untuk kami kerja "
    "agen paspor pulang bulan tapi juga sama karena anak suami istri nya dia mereka minta sekarang masih".split()
)
ENGLISH = frozenset(
    "i my the and is are was not have has with to of for please me employer salary want help passport agency work "
    "we our she he her his they them it do did been months years since home".split()
)


def read_language(original: str, text: Text, hint: str = "id") -> Literal["id", "en"] | None:
    words = [w for w in text.words if w.isalpha()]
    if len(words) < MIN_WORDS:
        return None
    id_hits = sum(w in INDONESIAN for w in words)
    en_hits = sum(w in ENGLISH for w in words)
    if id_hits >= 2 and id_hits >= 3 * en_hits:
        return "id"
    if en_hits >= 2 and en_hits >= 3 * id_hits:
        return "en"
    found = detect_language(original)
    if found == "id":
        return "id"
    return "en" if found == "en" else None
