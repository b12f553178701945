"""Who is with her now, in her answer to "can you write safely now?" (the urgent path).

"majikan di rumah", "madam lg liat", "ada orang" say she cannot write safely: a No (the chat goes
discreet); "lagi sendiri", "majikan lg tidur", "bos udh keluar" say she can: a Yes. Both were
"Maaf, mohon jawab Ya atau Tidak." to a woman in danger. Only this question reads it: the same
words in her story are a fact of her work, not an answer.
"""

from __future__ import annotations

import re

from flows.inputs.base import normalize

#: the people whose presence means her screen may be seen
_SOMEONE = frozenset({"majikan", "majikanku", "majikannya", "bos", "boss", "madam", "mam", "mem", "maam", "nyonya",
                      "tuan", "sir", "baba", "mama", "employer", "orang", "org", "someone", "somebody", "suami",
                      "suaminya", "anaknya", "agen", "agency", "dia", "yg", "yang", "nobody", "one"})  # fmt: skip
#: being here, close, looking: "majikan di rumah", "ada org", "madam lg liat"
_HERE = frozenset({"ada", "rumah", "dirumah", "sini", "disini", "dekat", "deket", "dkt", "samping", "sebelah",
                   "liat", "lihat", "ngeliat", "ngawasin", "mengawasi", "awasi", "diawasi", "nungguin", "home",
                   "here", "nearby", "watching", "around", "dtg", "datang", "dateng", "pulang", "kamar"})  # fmt: skip
#: gone or asleep: "majikan lg tidur", "bos udh keluar", "madam pergi"
_AWAY = frozenset({"keluar", "pergi", "tidur", "bobo", "kerja", "kantor", "jalan", "belanja", "out", "asleep",
                   "sleeping", "away", "left", "gone", "work"})  # fmt: skip
#: alone: "lagi sendiri", "sendirian", "alone"
_ALONE = frozenset({"sendiri", "sendirian", "sndiri", "alone"})
_NOT = frozenset({"tidak", "tdk", "gak", "ga", "gk", "nggak", "ngga", "enggak", "ndak", "belum", "blm", "not",
                  "no", "nobody", "tak"})  # fmt: skip
#: "kalau", "nanti": a supposition or a later time, not who is here now
_NOT_NOW = frozenset({"kalau", "kalo", "klo", "kl", "if", "nanti", "nnt", "ntar", "tunggu", "nunggu", "biasanya",
                      "usually", "suka", "sering"})  # fmt: skip
_WORDS = re.compile(r"[^\W\d_]+")


def free_to_write(text: str) -> bool | None:
    """True: she is alone or the one who watches is away; False: someone is with her or looking;
    None: her words say neither (read by the question's own yes and no)."""
    if len(text) > 160:
        return None
    words = _WORDS.findall(normalize(text))
    have = set(words)
    if not words or have & _NOT_NOW:
        return None
    if have & _ALONE and not have & _NOT:
        return True  # "lagi sendiri kak"
    if not have & _SOMEONE:
        return None
    away = _found(words, _AWAY)
    if away is not None:
        return not away  # "majikan lg tidur": away; "majikan blm pergi": still here
    here = _found(words, _HERE)
    if here is not None:
        return here  # "majikan di rumah", "ada org"; "majikan gk ada", "nobody home": nobody here
    return None


#: what may stand between a "not" and what it denies: "gk lagi ada", "not at home", "no one home"
_BETWEEN = frozenset({"di", "at", "lagi", "lg", "ada", "in", "one", "yg", "yang", "sedang", "is"})


def _found(words: list[str], kind: frozenset[str]) -> bool | None:
    """None when no word of ``kind`` is said; else whether the first one is denied, by a "not"
    right before it or one word before ("not now, madam at home" denies "now", not "home")."""
    for i, word in enumerate(words):
        if word in kind:
            return (i >= 1 and words[i - 1] in _NOT) or (i >= 2 and words[i - 2] in _NOT and words[i - 1] in _BETWEEN)
    return None
