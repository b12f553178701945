"""Danger words at play: a game, pretend play, a pillow fight, a joke told after, a baby's bite, a place
she enjoys. Look-alikes read after a rule has fired (danger_lookalikes.taken_back)."""

from __future__ import annotations

from flows.understand.danger_over import CRY_OR_FEAR
from flows.understand.danger_words import KILL, NEGATORS

#: a threat of killing, which "he dont mean it" can take back (a blow it cannot)
WORDS_OF_KILLING = KILL | {"kill", "kills", "killing"}

JOKE = frozenset({"joke", "jokes", "joking", "bercanda", "becanda", "canda", "kidding", "bercandain"})

#: a children's game the thing happened in, said after it: "dikunciin ... pas main petak umpet"
_GAMES = frozenset({"umpet", "perang2an", "perangperangan", "seek", "perangan", "pistolan", "waterfight"})

#: "main perang air", "water fight": a game with water
_WATER_GAME = (["perang", "air"], ["water", "fight"], ["water", "gun"], ["pistol", "air"])

_SUDDENLY = frozenset({"tiba2", "tiba", "trus", "terus", "tapi", "tp", "then", "suddenly", "but", ","})

#: told as pleasant: "enak adem", "sejuk", "cozy" (not "enak aja dia", which is outrage)
_PLEASANT = frozenset({"enak", "adem", "sejuk", "seger", "nyaman", "cozy", "cosy", "pleasant", "breezy"})


def enjoyed(after: list[str]) -> bool:
    """What was told is called pleasant right after it, not "enak aja" (how dare they) nor
    denied: "nendang perut sy kalo masakan gk enak" is why she is kicked."""
    for k, word in enumerate(after):
        if word in _PLEASANT:
            if k and after[k - 1] in NEGATORS:
                return False
            return after[k + 1 : k + 2] not in (["aja"], ["aj"], ["saja"], ["bgt"]) or word != "enak"
    return False


def in_a_game(after: list[str]) -> bool:
    """A game named right after what was told, in the same breath ("pas main petak umpet")."""
    for k, word in enumerate(after):
        if word in _SUDDENLY:
            return False
        if word in _GAMES or after[k : k + 2] in _WATER_GAME:
            return True
    return False


#: a baby or a toddler, or teething: what a baby does to her is no blow
_BABY = frozenset({"bayi", "baby", "babies", "balita", "batita", "toddler", "dedek", "teething"})

#: killing, selling, sex: never a baby's
_NOT_A_BABYS = WORDS_OF_KILLING | {"dijual", "jual", "diperkosa", "perkosa", "raped"}


def done_by_a_baby(words: list[str], start: int, end: int) -> bool:
    """A baby or a toddler named just before what is done ("adek bayi majikan suka jambak rambut
    sy"), or teething said with it ("gigit sy pas tumbuh gigi"): nobody afraid or crying out, and
    nothing a baby cannot do."""
    before = words[max(0, start - 6) : start]
    doer = before[len(before) - before[::-1].index(",") :] if "," in before else before
    # who does it: the baby, not a grown-up named after it ("krn bayi nangis majikan mukul sy");
    # a grown-up's child is the child ("anak majikan gigit sy")
    adults = [k for k, w in enumerate(doer) if w in _GROWN_UPS and not (k and doer[k - 1] in _CHILD_OF)]
    teething = any(w == "tumbuh" and words[k + 1 : k + 2] == ["gigi"] for k, w in enumerate(words))
    little = any(w == "kecil" and k and doer[k - 1] == "si" for k, w in enumerate(doer))
    baby = [k for k, w in enumerate(doer) if w in _BABY]
    if baby and any(k > baby[-1] for k in adults):
        return False
    if not (baby or little or (teething and not adults)):
        return False
    return not _NOT_A_BABYS.intersection(words[start:end]) and not CRY_OR_FEAR.intersection(words)


_GROWN_UPS = frozenset({"majikan", "madam", "mam", "bos", "boss", "employer", "agen", "tuan", "sir", "nyonya", "suami",
                        "husband", "dia", "he", "she", "kakek", "nenek", "bapak", "ibu", "om", "tante"})  # fmt: skip

_CHILD_OF = frozenset({"anak", "anaknya", "bayi", "cucu", "cucunya", "baby", "adek", "dedek"})


def joked_after(words: list[str], end: int) -> bool:
    """Called a joke soon after ("..., bercanda, trs dibuka lagi"), not "he not joke"."""
    for k in range(end, min(len(words), end + 8)):
        if words[k] in JOKE:
            return not (NEGATORS | {"not", "no", "bukan", "bkn", "never"}).intersection(words[max(0, k - 2) : k])
    return False


#: what strikes in play: "dipukul pake bantal", "hit me with a pillow"
_PLAYTHINGS = frozenset({"bantal", "guling", "pillow", "pillows", "mainan", "toy", "toys", "boneka", "balon",
                         "balloon", "kertas", "paper"})  # fmt: skip

_WITH_IT = frozenset({"pake", "pakai", "pakek", "dengan", "dgn", "with", "nganggo", "ku"})


def with_a_plaything(words: list[str], end: int) -> bool:
    """Struck with a pillow or a toy, named right after: "dipukul anak majikan pake bantal"."""
    for k in range(end, min(len(words) - 1, end + 5)):
        if words[k] == ",":
            return False
        if words[k] in _WITH_IT and words[k + 1] in _PLAYTHINGS:
            return True
    return False


#: acted, not suffered: "pura2 terjebak" in a fire drill
PRETEND = frozenset({"pura", "pura2", "purapura", "pretend", "pretending", "akting", "acting"})

#: said of a game's make-believe, after what is told: "dikunci di penjara boongan"
_MAKE_BELIEVE = PRETEND | {"boongan", "bohongan", "boong2an", "bohong2an", "boongannya", "mainan", "pretend",
                            "imaginary"}  # fmt: skip

#: played at, "main polisi2an": the game's word doubled with -an; "main" said before it
_PLAY = frozenset({"main", "maen", "mainan", "play", "playing", "played", "bermain"})

#: what says it was no game after all
_FOR_REAL = frozenset({"beneran", "bneran", "serius", "sungguhan", "real", "really", "sakit", "luka", "nangis",
                       "berdarah", "memar"})  # fmt: skip


def pretend_play(words: list[str], start: int, end: int) -> bool:
    """A game of make-believe: the rest of the hit's clause calls it pretend ("dikunci di
    penjara boongan"), or a game played at ("main polisi2an", "main perang-perangan") is named in the ten
    words before; nobody afraid, crying out or hurt for real."""
    if CRY_OR_FEAR.intersection(words) or _FOR_REAL.intersection(words):
        return False
    after = words[end : end + 6]
    if _MAKE_BELIEVE.intersection(after[: after.index(",")] if "," in after else after):
        return True  # said after it only: "majikan pura2 baik trs ngunci sy" is her danger
    back = words[max(0, start - 10) : start]
    return any(w in _PLAY and _played_at(back[k + 1 : k + 3]) for k, w in enumerate(back))


def _played_at(game: list[str]) -> bool:
    """ "polisi2an", "perang perangan": a game's word doubled with -an."""
    return bool(game) and (game[0].endswith("2an") or game[1:] == [game[0] + "an"])
