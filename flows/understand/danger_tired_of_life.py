"""Self-harm said softly (ADR 0006, 8 December, branch danger13), in two families the rules did
not read: her life refused in Tagalog ("ayoko na mabuhay", "wala na akong ganang mabuhay",
"gusto ko na lang mamatay", "magpapakamatay na ako"), and her death supposed with nobody to
miss her ("kalo sy mati jg gk ada yg nyari", "klo aku gk ada siapa yg sedih ya").

Not the greeting "Mabuhay!" or "mabuhay ang bagong kasal", not a fear of dying ("takot akong
mamatay": the danger rules' business), not who would do her work if she were away ("kalo sy gk
ada di rumah, gk ada yg jagain anak").

Registered after the older rules of each word (``danger_rules._reach``).
"""

from __future__ import annotations

from flows.understand.danger_context import Hit, third_before
from flows.understand.danger_words import FIRST, NEGATORS

# ------------------------------------------------------------------ Tagalog: her life refused

#: to live, to die, to kill oneself
LIVE_OR_DIE = frozenset({"mabuhay", "mamatay", "magpakamatay", "magpapakamatay", "nagpakamatay"})
#: refusing: "ayoko na", "ayaw ko nang", "wala na akong gana", "hindi ko na gusto"
_REFUSE = frozenset({"ayoko", "ayaw", "wala", "walang", "ganang", "gana", "pagod"})
#: wanting: "gusto ko na lang", "sana", "mas mabuti pang"
_WANT = frozenset({"gusto", "gustong", "sana", "mabuti", "mas", "nais"})
_TAGALOG_ME = frozenset({"ako", "ko", "akong", "na", "nang", "ng", "lang", "lamang", "pa", "pang", "po"})
#: a greeting or a toast: "mabuhay ang bagong kasal", "mabuhay po kayo"
_HAIL = frozenset({"ang", "kayo", "tayo", "pilipinas", "philippines"})
#: someone else's life or death: "ang halaman", "ang aso"
_AFRAID = frozenset({"takot", "natatakot", "baka"})


def life_refused_tagalog(words: list[str], i: int, raw: str) -> Hit | None:
    """ "ayoko na mabuhay", "wala na akong ganang mabuhay", "gusto ko na lang mamatay",
    "magpapakamatay na ako"."""
    word = words[i]
    before = words[max(0, i - 5) : i]
    if _AFRAID.intersection(before) or (words[i + 1 : i + 2] and words[i + 1] in _HAIL and word == "mabuhay"):
        return None
    if word in ("magpakamatay", "magpapakamatay"):
        near = words[max(0, i - 3) : i + 4]
        if not {"ako", "ko", "akong"}.intersection(near) or "?" in raw:
            return None
        return Hit("self_harm", i, i + 1, third_before(words, i))
    if word == "nagpakamatay":
        return None  # told of someone, past: the news or a friend
    wanted = _WANT if word == "mamatay" else _REFUSE
    if not wanted.intersection(before) or not _TAGALOG_ME.intersection(before + words[i + 1 : i + 3]):
        return None
    return Hit("self_harm", max(0, i - 3), i + 1, third_before(words, i))


# ------------------------------------------------------------------ nobody to miss her

#: who would miss her: "gk ada yg nyari", "siapa yg sedih", "nobody would care"
MISSED = frozenset({"nyari", "nyariin", "peduli", "perduli", "sedih", "nangis", "nangisin", "kehilangan", "care",
                    "miss", "notice", "ngerasa", "nyadar"})  # fmt: skip
_GONE = frozenset({"mati", "meninggal", "mampus", "die", "died", "dead", "modar"})
_IF = frozenset({"kalo", "kalau", "klo", "kl", "kalu", "if", "seandainya", "misal", "jika"})
_NOBODY = frozenset({"siapa", "nobody", "noone"})


def nobody_to_miss_her(words: list[str], i: int, raw: str) -> Hit | None:
    """ "kalo sy mati jg gk ada yg nyari", "klo aku gk ada siapa yg sedih ya", "if i die nobody
    will notice": her death supposed and nobody to miss her."""
    before = words[max(0, i - 10) : i]
    if "," in before[-3:]:
        before = before[: len(before) - 3 + before[-3:].index(",")]
    nobody = _NOBODY.intersection(words[max(0, i - 4) : i]) or any(
        words[k] in NEGATORS and words[k + 1 : k + 2] == ["ada"] for k in range(max(0, i - 4), i)
    )
    if not nobody:
        return None
    for k, word in enumerate(before):
        if word in _IF and FIRST.intersection(before[k + 1 : k + 3]) | ({"i"} & set(before[k + 1 : k + 2])):
            rest = before[k + 1 : k + 6]
            gone = _GONE.intersection(rest) or any(
                rest[m] in NEGATORS and rest[m + 1 : m + 2] == ["ada"] and FIRST.intersection(rest[:m])
                for m in range(len(rest))
            )
            if gone and not {"rumah", "di", "kerja", "masak"}.intersection(rest):
                return Hit("self_harm", max(0, i - 8), i + 1, False)
    return None
