"""Danger that is over: a past told as past ("dulu ... skrg udh di rumah", a childhood, a year gone), a
quarrel settled, thanks sent from home for help back then, safe at a shelter now. Read after a
rule has fired (flows/understand/danger.py): what takes a hit back."""

from __future__ import annotations

from flows.understand.danger_words import NEGATORS

#: a past that is over: "dulu th 2019 sy pernah dikurung majikan, tp udh pulang, skrg di tempat yg baik"
_PAST = frozenset({"dulu", "dulunya", "dahulu", "ago", "lalu", "last", "previous", "sebelumnya", "kemarin", "kemaren",
                   "kmrn", "yesterday", "pernah"})  # fmt: skip

_NOW = frozenset({"skrg", "sekarang", "now", "kini"})

_FINE = frozenset({"baik", "aman", "safe", "good", "fine", "bahagia", "happy", "baru", "new", "rumah",
                   "indonesia", "kampung", "pulang", "home", "beda", "sembuh", "membaik", "better", "konseling",
                   "sehat", "healthy", "terapi", "leader", "sukses", "berhasil", "senang", "enak", "relawan",
                   "nyaman"})  # fmt: skip

#: "but already": "tp udh diperiksa dokter, aman"
_BUT = frozenset({"tp", "tapi", "but", "namun", "tpi"})

_ALREADY = frozenset({"udh", "udah", "sudah", "sdh", "dah", "already", "skrg", "sekarang", "now", "saiki", "wes",
                      "wis"})  # fmt: skip

#: safe or healed; not "gpp" (it's nothing), which is how a beaten woman plays it down ("tp udh gpp kok")
_SAFE_NOW = frozenset({"aman", "safe", "sembuh", "membaik", "slamet", "selamat"})

#: said to be safe: "tp anak sy aman kok"
_SAFE = frozenset({"aman", "safe"})


def _safe_now(words: list[str], end: int) -> bool:
    """ "kepala kebentur tp udh diperiksa dokter, aman": after the hit, "but already ... safe"."""
    after = words[end:]
    for k, word in enumerate(after):
        if word in _BUT and _ALREADY.intersection(after[k + 1 : k + 4]):
            rest = after[k + 1 : k + 10]
            return bool(_SAFE_NOW.intersection(rest)) and not NEGATORS.intersection(rest)
        if word in _BUT and _SAFE.intersection(after[k + 1 : k + 5]):
            # "tp anak sy aman kok": said to be safe, right after
            return not NEGATORS.intersection(after[k + 1 : k + 5])
    return False


_SETTLED = frozenset({"finished", "finish", "settled", "selesai", "beres", "sembuh", "recovered", "healed"})


def _fine_after(said: list[str]) -> bool:
    """A word of being fine in what is said after "now", not denied ("skrg tidak baik juga") and in
    the same clause as "now" or the next."""
    clauses = 0
    for k, word in enumerate(said):
        if word == ",":
            clauses += 1
            if clauses > 1:
                return False
        if word in _FINE:
            if word in _HOME_AGAIN and STILL.intersection(said[max(0, k - 3) : k]):
                continue  # "skrg sy masih di rumah itu": still in that house, not home again
            return not NEGATORS.intersection(said[max(0, k - 3) : k])
    return False


#: still, as it was, or goes on: "skrg sy masih di rumah itu dan dia makin marah", "waktu kecil sy dijual,
#: sampe skrg msh di sini" (danger_lookalikes.py defined it twice before it was split, and the second
#: set, this one, was the one read by both)
STILL = frozenset({"skrg", "sekarang", "masih", "msh", "now", "still", "sampai", "sampe", "until", "lagi", "lg"})

#: thanks, and when it was: "makasih udh bantu waktu sy dikurung majikan bulan lalu"
_THANKS = frozenset({"makasih", "terimakasih", "trimakasih", "trims", "thanks", "thank", "matur", "nuhun",
                     "alhamdulillah"})  # fmt: skip

_BACK_THEN = frozenset({"waktu", "wkt", "pas", "dulu", "when"})

_HOME_AGAIN = frozenset({"pulang", "rumah", "home", "kampung", "indonesia", "indo"})

#: "waktu kecil", "when i was small": long ago, as a child (not "sejak kecil", since then)
_CHILDHOOD_AT = frozenset({"waktu", "wkt", "pas", "masa", "jaman", "zaman"})

_SMALL = frozenset({"kecil", "kcl", "sd", "bocah"})

_YOUNG = frozenset({"small", "child", "kid", "young", "little"})


def _in_childhood(words: list[str], end: int) -> bool:
    """ "sy dipukul kakak sy waktu kecil, skrg kami akur": it happened in her childhood, said right
    after the last thing told."""
    after = words[end : end + 6]
    for k, word in enumerate(after[:-1]):
        if word == ",":
            return False
        if word in _CHILDHOOD_AT and after[k + 1] in _SMALL:
            return True
        if word == "when" and _as_a_child(words[end + k + 1 : end + k + 7]):
            return True
    return False


def _childhood_before(words: list[str], start: int) -> bool:
    """Her childhood named at the head of the clause of what is told ("waktu kecil sy sering
    dipukul rotan sm guru ngaji"), nothing said to go on since, nobody crying out or afraid."""
    before = words[max(0, start - 6) : start]
    clause = before[len(before) - before[::-1].index(",") :] if "," in before else before
    if not any(w in _CHILDHOOD_AT and clause[k + 1 : k + 2] and clause[k + 1] in _SMALL for k, w in enumerate(clause)):
        return False
    return not STILL.intersection(words[start:]) and not CRY_OR_FEAR.intersection(words)


def _as_a_child(said: list[str]) -> bool:
    """ "(when) i was small", "she was a child", ending the clause: not "when i was small mistake"."""
    if len(said) < 3 or said[1] != "was":
        return False
    at = 3 if said[2] == "a" else 2
    if at >= len(said) or said[at] not in _YOUNG:
        return False
    return at + 1 >= len(said) or said[at + 1] in (",", "and", "but", "now", "so")


def _thanks_from_home(words: list[str], start: int, end: int) -> bool:
    """Home again and thanking for help back then ("akhirnya sy udh sampe rumah, makasih buat yg
    bantu waktu sy dikurung"): over, unless fear or a cry is in it."""
    if not (_THANKS.intersection(words) and _BACK_THEN.intersection(words[max(0, start - 4) : start])):
        return False
    home = any(w in DONE and _HOME_AGAIN.intersection(words[k + 1 : k + 4]) for k, w in enumerate(words))
    return home and not CRY_OR_FEAR.intersection(words)


def _settled_after(words: list[str], end: int) -> bool:
    """Said to be settled after what was told, not "blm selesai" (not yet done) nor "i must finish
    all work first" (a task still ahead)."""
    return any(
        w in _SETTLED and not (NEGATORS | _STILL_AHEAD).intersection(words[max(end, k - 2) : k])
        for k, w in enumerate(words)
        if k >= end
    )


#: what is still to be done: "must finish", "harus selesai"
_STILL_AHEAD = frozenset({"must", "have", "need", "harus", "hrs", "musti", "kudu", "to"})


def over(words: list[str], start: int, end: int) -> bool:
    """Told as past ("dulu", "2 thn lalu") and said to be over now ("skrg ... baik"), or said to
    be safe already ("tp udh ..., aman"): not now."""
    if _safe_now(words, end) or _thanks_from_home(words, start, end) or _in_childhood(words, end):
        return True
    if _childhood_before(words, start):
        return True  # "waktu kecil sy sering dipukul rotan sm guru ngaji, jaman dulu emang gitu"
    if _PAST.intersection(words[end : end + 4]) and _settled_after(words, end):
        return True  # "hit by a bike last year in mongkok but all finished, insurance already pay"
    if _punished(words, end) and (_PAST.intersection(words) or _CULPRIT.intersection(words[:end])):
        return True  # "dulu sy disekap agen, udh diproses hukum", "pelaku yg mukul sy udh dipenjara"
    if not _PAST.intersection(words[:start]) and not any(_past_year(w) for w in words[:start]):
        return False
    after = words[end:]
    for k, word in enumerate(after):
        if word in _NOW and _fine_after(after[k + 1 : k + 10]):
            return True
        if word in DONE and not (_BACK_HOME | _MOVED_ON | _WELL_AGAIN).isdisjoint(after[k + 1 : k + 3]):
            return True  # "dulu sy pernah dipukul ..., tp itu 5 thn lalu dan sy udh (lama) pulang"
        if word in DONE and _long_ago(after[k + 1 : k + 3]):
            return True  # "dulu thn 2018 sy pernah dipukul majikan, udh lama bgt": long over
    return False


def _long_ago(said: list[str]) -> bool:
    """ "(udh) lama bgt", "(udh) lewat": long gone, ending the clause; not "udh lama dikurung"
    (how long it has gone on)."""
    if said[:1] in (["lewat"], ["berlalu"]):
        return True
    return said[:1] == ["lama"] and (len(said) == 1 or said[1] in _CLAUSE_END)


#: what may end "udh lama": "udh lama bgt", "udh lama, skrg ..."
_CLAUSE_END = frozenset({",", "bgt", "banget", "sekali", "kok", "kali", "itu", "lewat", "berlalu"})

#: the one who did it, dealt with by the law
_CULPRIT = frozenset({"pelaku", "pelakunya", "culprit", "perpetrator", "abuser"})

_BY_LAW = frozenset({"dipenjara", "dipenjarakan", "dihukum", "ditangkap", "diproses", "divonis", "dipidana",
                     "jailed", "arrested", "sentenced", "convicted", "ditahan_polisi"})  # fmt: skip


def _punished(words: list[str], end: int) -> bool:
    """Already dealt with by the law, after what was told: "udh diproses hukum", "udah dipenjara"."""
    after = words[end:]
    return any(w in DONE and _BY_LAW.intersection(after[k + 1 : k + 3]) for k, w in enumerate(after)) and not (
        CRY_OR_FEAR.intersection(words)
    )


def _past_year(word: str) -> bool:
    """A year gone by named as when it was: "2019 i work in saudi, the madam beat me ..."."""
    return len(word) == 4 and word.isdigit() and 1990 <= int(word) < _PAST_BEFORE


#: a year before this one is in the past whenever the bot runs (the reader stays pure: no clock;
#: a later year not counted errs toward reading the danger)
_PAST_BEFORE = 2026

#: "already" after a past: "..., tp itu 5 thn lalu dan sy udh pulang" (not "now": over() asks
#: for a word of being fine after that itself)
DONE = frozenset({"udh", "udah", "sudah", "sdh", "dah", "already", "wes", "wis"})

_BACK_HOME = frozenset({"pulang", "balik", "sembuh", "selesai", "home"})

#: well or safe again: "..., udh aman semua itu 2 thn lalu", "ibu udah sehat di rumah"
_WELL_AGAIN = frozenset({"aman", "sehat", "safe", "fine"})

#: away from that employer: "last year my employer slapped me but i already change employer"
_MOVED_ON = frozenset({"change", "changed", "ganti", "pindah", "moved", "move", "transfer", "transferred"})

#: a cry or fear beside the laughter keeps the message read: "wkwk tolong sy dikunci"
CRY_OR_FEAR = frozenset({"tolong", "tlg", "tolongin", "help", "takut", "scared", "afraid", "darurat",
                          "emergency", "sos"})  # fmt: skip

FEARED = frozenset({"takut", "tkt", "scared", "afraid", "darurat", "emergency", "sos", "bahaya", "danger"})

#: a place of refuge she can be at: the mission, a shelter, the police
_REFUGE = frozenset({"kbri", "kjri", "kdei", "embassy", "kedutaan", "kedubes", "konsulat", "consulate", "shelter",
                     "penampungan", "polisi", "police", "polis", "balai"})  # fmt: skip

#: being there: "udh di KBRI", "skrg sampe penampungan", "now at the embassy"
_AT = frozenset({"di", "dkbri", "at", "in", "sampe", "sampai", "nyampe", "nyampai", "arrived", "tinggal", "ikut"})

#: now, or already: the refuge is where she is, not where she means to go
_NOW_OR_DONE = _NOW | DONE | frozenset({"alhamdulillah", "udh", "akhirnya", "finally", "sementara"})

#: meaning to go, asking how, or still not there: "mau ke KBRI", "gimana cara ke KBRI"
_NOT_THERE_YET = frozenset({"mau", "pengen", "pingin", "ingin", "want", "wanna", "gimana", "bagaimana", "gmn",
                            "cara", "how", "blm", "belum", "belom", "not", "harus", "hrs", "bisa", "can", "kalo",
                            "klo", "kalau", "if"})  # fmt: skip


def safe_at_refuge(words: list[str], end: int) -> bool:
    """After all that was told, she says she is safe now or already at a refuge ("sy kabur dr
    majikan, skrg udh aman di KBRI riyadh", "udh di penampungan KJRI"): the danger is past, not
    "mau ke KBRI tapi dikunci" (not there yet) nor "udh di KBRI tp msh takut" (fear now)."""
    if FEARED.intersection(words):
        return False
    after = words[end:]
    for k, word in enumerate(after):
        before = after[max(0, k - 4) : k]
        if _NOT_THERE_YET.intersection(before) or NEGATORS.intersection(before):
            continue
        if word in _SAFE and _NOW_OR_DONE.intersection(before):
            return True  # "skrg udh aman"
        if word in _REFUGE and _AT.intersection(after[max(0, k - 2) : k]) and _NOW_OR_DONE.intersection(before):
            return True  # "skrg di KBRI", "udh sampe penampungan"
    return False
