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
