"""Water and food rationed until her body shows it (ADR 0006, 8 December, branch danger13):
"tiap hari sy cuma minum air keran, gk dikasih beli air galon", "i drink from the toilet tap",
"tiap hari cuma makan sekali, badannya kurus bgt", "sepiring nasi dijatah sehari, sy lemes". The
older rules read "gk dikasih minum" and "cuma dikasih nasi ... laper" (``danger_signs``); these are
the other ways the same thing is told.

Not tap water by her own choice or said to be safe ("air keran di sini aman diminum", "sy minum
air keran biar hemat"), not one meal by a diet or a fast.

Registered after the older rules of each word (``danger_rules._reach``).
"""

from __future__ import annotations

from flows.understand.danger_context import Hit, hypothetical, negated, third_before
from flows.understand.danger_words import NEGATORS

#: tap water, water from the toilet or a drain
TAP = frozenset({"keran", "kran", "kran2", "tap", "toilet", "wc", "selokan", "pancuran"})
_DRINK = frozenset({"minum", "minom", "drink", "drinking", "drank", "ngombe", "nginum", "inum", "uminom", "diminum"})
_ONLY = frozenset({"cuma", "cm", "cuman", "hanya", "only", "just", "doang", "aja", "mung"})
#: the water she is kept from: bottled, a gallon, bought
_PROPER_WATER = frozenset({"galon", "gallon", "botol", "bottle", "bottled", "mineral", "aqua", "beli", "buy"})
_GIVEN = frozenset({"dikasih", "dikasi", "ksh", "boleh", "blh", "dibolehin", "bisa", "allowed", "give", "gave",
                    "let", "oleh", "entuk"})  # fmt: skip
#: her own choice, or the water said to be fine
_FINE = frozenset({"aman", "safe", "bersih", "hemat", "ngirit", "irit", "save", "saving", "sendiri", "filter",
                   "direbus", "rebus", "boiled", "masak", "dimasak"})  # fmt: skip


def tap_water_only(words: list[str], i: int, raw: str) -> Hit | None:
    """ "tiap hari sy cuma minum air keran, gk dikasih beli air galon", "my employer dont give me
    water, i drink from toilet tap", "aku mung ngombe banyu kran": the only water she has is the
    tap's, kept from any other, or the toilet's."""
    if hypothetical(words, i) or _FINE.intersection(words):
        return None
    before = words[max(0, i - 5) : i]
    if not _DRINK.intersection(before):
        return None
    toilet = words[i] in ("toilet", "wc", "selokan") or "toilet" in words[max(0, i - 3) : i + 2]
    kept_from = any(
        w in _PROPER_WATER and any(x in NEGATORS | {"not", "dont", "no"} for x in words[max(0, k - 4) : k])
        for k, w in enumerate(words)
    ) or (_GIVEN.intersection(words) and any(w in NEGATORS | {"not", "dont"} for w in words) and "water" in words)
    if not (toilet or (kept_from and _ONLY.intersection(before)) or (kept_from and toilet)):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


#: one meal a day said with what it does to her: "tiap hari cuma makan sekali, badannya kurus"
ONCE = frozenset({"sekali", "skali", "1x", "sekali2", "once"})
_EAT = frozenset({"makan", "mkn", "maem", "mangan", "eat", "kumain", "madang"})
_BODY_SHOWS = frozenset({"laper", "lapar", "lemes", "lemas", "pingsan", "dizzy", "faint", "gemeter", "gemetar", "kurus",
                         "hungry", "weak", "kilo", "kg", "starving", "kelaparan", "maag", "lemah"})  # fmt: skip
_OWN = frozenset({"diet", "puasa", "fasting", "hemat", "ngirit", "irit", "sendiri", "males", "malas", "sibuk", "doyan"})


def one_meal_a_day(words: list[str], i: int, raw: str) -> Hit | None:
    """ "tiap hari cuma makan sekali, badannya kurus bgt", "we eat only once a day, i am weak":
    one meal a day and her body shows it; not a diet or a fast, not a day she was busy."""
    if hypothetical(words, i) or negated(words, i) or _OWN.intersection(words):
        return None
    before = words[max(0, i - 3) : i]
    if not _EAT.intersection(before) or not _ONLY.intersection(words[max(0, i - 5) : i]):
        return None
    if not _BODY_SHOWS.intersection(words[max(0, i - 12) : i + 14]):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


# ------------------------------------------------------------------ made to eat what hurts her

#: eating and drinking, the act she is made to do
EAT_OR_DRINK = frozenset({"makan", "mkn", "minum", "nelen", "menelan", "ngunyah", "eat", "drink", "swallow", "mangan",
                          "ngombe"})  # fmt: skip
_MADE = frozenset({"dipaksa", "paksa", "maksa", "memaksa", "forced", "force", "forcing", "made", "make", "makes"})
_TOLD = frozenset({"disuruh", "suruh", "nyuruh", "dikon", "dikongkon"})
#: what is no food: soap, vomit, dirt, paper
_NOT_FOOD = frozenset({"sabun", "muntah", "muntahan", "kotoran", "tanah", "kertas", "rambut", "tisu", "deterjen",
                       "pembersih", "bensin", "comberan", "soap", "vomit", "dirt", "paper", "bleach",
                       "pemutih"})  # fmt: skip
#: what burns in excess: chili, salt
_HOT = frozenset({"cabe", "cabai", "cabe2", "sambel", "sambal", "garam", "chili", "chilli", "lombok", "rawit"})
_EXCESS = frozenset({"sekilo", "kilo", "sekantong", "segenggam", "mentah", "banyak", "sebanyak", "semangkok",
                     "semangkuk", "sepiring", "habis", "hukuman", "dihukum", "punishment", "kg"})  # fmt: skip


def made_to_eat(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy dipaksa makan cabe sekilo krn masakan gk pedes", "disuruh nelen sabun", "she force me
    eat raw chili as punishment": made to eat what is no food, or what burns, in excess. Not
    "disuruh makan sambal sama nyonya, enak bgt" (a dish offered)."""
    if negated(words, i) or hypothetical(words, i):
        return None
    before = words[max(0, i - 3) : i]
    made = _MADE.intersection(before)
    if not (made or _TOLD.intersection(before)):
        return None
    after = words[i + 1 : i + 6]
    if _NOT_FOOD.intersection(after):
        return Hit("danger", i, i + 2, third_before(words, i))
    if made and _HOT.intersection(after) and _EXCESS.intersection(words[i + 1 : i + 9]):
        return Hit("danger", i, i + 2, third_before(words, i))
    return None


# ------------------------------------------------------------------ left lying when she faints

#: she faints, falls unconscious
FAINTS = frozenset({"pingsan", "pingsun", "semaput", "kolaps", "collapse", "collapsed", "fainted", "faint", "klenger"})
#: and is left there: "dibiarin aja", "ditinggal", "gk ditolong"
_LEFT = frozenset({"dibiarin", "dibiarkan", "dibiarin2", "ditinggal", "ditinggalin", "dicuekin", "dicuekkin",
                   "left", "ignored", "ninggalin", "biarin", "dijarke", "ditinggalkeun"})  # fmt: skip
_HELPED = frozenset({"ditolong", "dibawa", "diobatin", "dirawat", "diangkat", "help", "helped"})
_PRETEND = frozenset({"pura2", "pura", "pretend", "pretended", "drama"})


def left_fainted(words: list[str], i: int, raw: str) -> Hit | None:
    """ "kmrn sy pingsan di dapur dibiarin aja", "muntah2 pingsan di garasi, dibiarin aja", "i
    collapsed and madam just left me": she fainted and was left lying. Not a child who pretends,
    not "dibawa ke rs" (helped)."""
    if negated(words, i) or hypothetical(words, i) or _PRETEND.intersection(words[max(0, i - 3) : i]):
        return None
    after = words[i + 1 : i + 8]
    # "dibiarin aja" is read as "biar aja": left be ("biar" alone is "so that")
    left_be = any(
        w == "biar" and after[k + 1 : k + 2] in (["aja"], ["saja"], ["ae"], ["doang"]) for k, w in enumerate(after)
    )
    left = (
        left_be
        or _LEFT.intersection(after)
        or any(w in _HELPED and any(x in NEGATORS for x in after[max(0, k - 2) : k]) for k, w in enumerate(after))
    )
    if not left:
        return None
    return Hit("danger", i, min(len(words), i + 4), third_before(words, i))
