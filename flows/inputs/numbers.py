"""Whole numbers typed as digits with noise ("umur 25", "25 thn") or as words ("dua puluh", "thirty")."""

from __future__ import annotations

import re

from flows.inputs.base import Parsed, normalize

UNITS = {
    "nol": 0,
    "kosong": 0,
    "satu": 1,
    "se": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "lapan": 8,  # Malay: "dua puluh lapan"
    "sembilan": 9,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "sepuluh": 10,
    "sebelas": 11,
    "seratus": 100,
    # "thirty two", "nineteen" (an age typed in English words: it was "we cannot use that number")
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_DIGITS = re.compile(r"\d+")


def _two_digits(tokens: list[str]) -> bool:
    """ "dua satu", "dua lima thn": two digits said one after the other, nothing else counted."""
    said = [t for t in tokens if t in UNITS or t in ("puluh", "belas")]
    return len(said) == 2 and all(t in UNITS and t != "se" and UNITS[t] < 10 for t in said)


def words_to_number(text: str) -> int | None:
    """Number words up to 199: "dua puluh lima", "tiga belas", "sebelas", "seratus dua", "thirty two"."""
    tokens = text.replace("puluh", " puluh ").replace("belas", " belas ").split()
    total = 0
    current: int | None = None
    seen = False
    for word in tokens:
        if word in UNITS:
            if current is not None and current < 10 and UNITS[word] < 10 and not total and _two_digits(tokens):
                return current * 10 + UNITS[word]  # "dua satu", "dua lima": 21, 25, as an age is said
            if current is not None:
                if current < 20 or current % 10 or UNITS[word] >= 10:
                    return None  # "twenty twenty", "satu sebelas": not one number
                total += current
            current = UNITS[word]
            seen = True
        elif word == "puluh" and current is not None:
            total += current * 10
            current = None
        elif word == "belas" and current is not None:
            total += current + 10
            current = None
        elif word in (
            "tahun",
            "thn",
            "th",
            "umur",
            "usia",
            "years",
            "old",
            "year",
            "yrs",
            "yr",
            "yo",
            "y",
            "o",
            "age",
            "aged",
        ):
            continue
        else:
            return None
    if not seen:
        return None
    return total + (current or 0)


#: a figure with a word of money after it: "25jt", "25 juta", "500 ringgit", "rp 25"
_AMOUNT = re.compile(
    r"\d\s*(jt|juta|rb|ribu|k|rm|rp|riyal|real|ringgit|dollar|dolar|usd|sgd|hkd|ntd|nt|won|yen|dirham)\b|\b(rp|rm)\s*\d"
)


def parse_number(text: str, min_value: int = 0, max_value: int = 10**9) -> Parsed:
    key = normalize(text)
    if not key:
        return Parsed(False, error="not_found")
    if _AMOUNT.search(key):
        return Parsed(False, error="not_found")  # "25jt" to "how old are you?": money, not 25
    found = _DIGITS.findall(key)
    value: int | None
    if len(found) == 1 and len(found[0]) <= 12:
        value = int(found[0])
    elif len(found) > 1:
        return Parsed(False, error="ambiguous")
    elif found:
        return Parsed(False, error="out_of_range")
    else:
        value = words_to_number(key)
    if value is None:
        return Parsed(False, error="not_found")
    if not min_value <= value <= max_value:
        return Parsed(False, error="out_of_range")
    return Parsed(True, value, str(value))
