"""Inflected and colloquial word forms to a form the lexicon knows.

Patterns name the forms people use most ("dipukul", "pukul", "memukul"); chat Indonesian has
many more for the same act: the colloquial suffix "-in" ("dipukulin", "dibalikin"), the nasal
active of Jakarta speech ("mukul", "nahan", "nyuruh", "ngambil"), the formal affixes ("dipukuli",
"pukulan", "menyuruh", "bekerja"). Writing every one into every pattern would never end, so an
unknown word is tried against the lexicon's vocabulary through these rewrites, and becomes the
first known word they reach. A word the rewrites do not bring to a known word stays as typed:
nothing is guessed beyond the vocabulary, and a known word is never rewritten.
"""

from __future__ import annotations

from collections.abc import Iterator

VOWELS = frozenset("aeiou")
#: the shortest root worth reaching: shorter ones ("ma", "an") would join unrelated words
MIN_ROOT = 3


def _suffixless(word: str) -> Iterator[str]:
    """The word less a suffix, most colloquial first: "dipukulin" -> "dipukul", "dipukulkan",
    "dipukuli"; "pukulan" -> "pukul"; "dipukuli" -> "dipukul"; and with one spoken "e" put back
    to the written "a"."""
    yield word
    for at in range(len(word) - 1, 0, -1):  # Jakarta's e for a: "disimpen", "alesan", "dateng"
        if word[at] == "e":
            yield word[:at] + "a" + word[at + 1 :]
    if word.endswith("in") and len(word) - 2 >= MIN_ROOT:
        stem = word[:-2]
        yield stem
        yield stem + "kan"
        yield stem + "i"
        if stem.endswith(stem[-1] * 2):  # "dibalikkin"
            yield stem[:-1]
    for suffix in ("kan", "lah", "kah", "pun", "an", "i"):
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_ROOT:
            yield word[: -len(suffix)]


def _prefixless(word: str) -> Iterator[str]:
    """The word less a prefix, and the nasal active's root: "mukul" -> "memukul", "pukul";
    "nahan" -> "menahan", "tahan"; "nyuruh" -> "menyuruh", "suruh"; "ngambil" -> "mengambil",
    "ambil"; "ngirim" -> "kirim"; "ngecek" -> "cek"; "bekerja" -> "kerja"."""
    if word.startswith("nge") and len(word) - 3 >= MIN_ROOT:
        yield word[3:]
    if word.startswith("ng") and len(word) > 3 and word[2] in VOWELS:
        yield "me" + word
        yield word[2:]
        yield "k" + word[2:]
    elif word.startswith("ny") and len(word) > 3 and word[2] in VOWELS:
        yield "me" + word
        yield "s" + word[2:]
        yield "c" + word[2:]
    elif word.startswith("m") and len(word) > 3 and word[1] in VOWELS and not word.startswith("me"):
        yield "me" + word
        yield "p" + word[1:]
    elif word.startswith("n") and len(word) > 3 and word[1] in VOWELS:
        yield "me" + word
        yield "t" + word[1:]
    for prefix in ("meng", "meny", "mem", "men", "me", "ber", "be", "ter", "ke", "di"):
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_ROOT:
            root = word[len(prefix) :]
            if prefix == "ke":  # the accidental passive of speech: "kesiram" is "tersiram"
                yield "ter" + root
            yield root
            if prefix == "meny":
                yield "s" + root
            elif prefix == "mem" and root[0] in VOWELS:
                yield "p" + root
            elif prefix == "men" and root[0] in VOWELS:
                yield "t" + root
            elif prefix == "meng" and root[0] in VOWELS:
                yield "k" + root
            if prefix == "me":
                yield "di" + root
            break


def known_form(word: str, vocabulary: frozenset[str]) -> str | None:
    """The first word of ``vocabulary`` the rewrites of ``word`` reach, or None."""
    if len(word) <= MIN_ROOT + 1 or not word.isalpha():
        return None
    bares = list(_suffixless(word))
    for bare in bares[1:]:  # a suffix alone first: "diberhentiin" is "diberhentikan", not "berhenti"
        if bare in vocabulary:
            return bare
    for bare in bares:
        for root in _prefixless(bare):
            if len(root) >= MIN_ROOT and root in vocabulary:
                return root
    return None
