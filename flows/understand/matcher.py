"""Weighted word patterns, matched over a message's plain words in one pass.

A pattern is a few words in order, written in the lexicon as text::

    "gaji .. {neg} (dibayar|bayar|digaji)": 3

- a word matches itself; ``word*`` any word starting with it; ``(a|b*|c)`` any of them;
- ``{name}`` one of a class of words declared in the lexicon (``{neg}``: tidak, belum, ...);
- ``(a|b)?`` may be left out;
- ``..`` lets up to three other words stand before the next one ("gaji saya sudah tidak dibayar"),
  ``...`` up to eight ("dijanjikan kerja di pabrik dengan gaji besar ternyata ...").

After a negation, auxiliaries may stand before the next word ("gk pernah digaji" matches
"{neg} digaji"). A problem said as a condition or a fear ("kalau sy kabur", "takut dipenjara":
the ``hypothetical`` class) is not taken as one that happened (category patterns only).

Negation is respected: a pattern that does not itself speak of negation does not match after
"tidak" ("tidak dipukul", "tidak bisa pulang") nor across one in a gap, and no pattern matches
across a clause break (a comma, a full stop). Every pattern is indexed by its first word, so a
message costs a dictionary look-up or two per word whatever the size of the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import NamedTuple

BREAK = "."
GAP = 3
LONG_GAP = 8
#: how far before a match a word of ``hypothetical`` takes it back ("kalau sy kabur", "takut dipenjara")
HYPOTHETICAL_REACH = 4
_ELEMENT = re.compile(r"\.\.\.?|\([^)]*\)\??|\{\w+\}\??|[^\s]+")


class Element(NamedTuple):
    words: frozenset[str]
    prefixes: tuple[str, ...]
    gap: int  # how many other words may stand before this one

    def matches(self, word: str) -> bool:
        return word in self.words or (bool(self.prefixes) and word.startswith(self.prefixes))


class Pattern(NamedTuple):
    label: str  # "category:gaji_tidak_dibayar", "country:MY", ...
    weight: float
    elements: tuple[Element, ...]
    negative: bool  # the pattern speaks of negation itself ({neg} in it)
    source: str
    factual: bool = False  # said as a condition or a fear it does not count ("kalau sy kabur")


class Match(NamedTuple):
    label: str
    weight: float
    start: int
    end: int
    pattern: Pattern


def _choices(text: str, classes: Mapping[str, Iterable[str]]) -> tuple[list[tuple[str, ...]], list[str]]:
    """The word sequences and prefixes one element of a pattern allows."""
    sequences: list[tuple[str, ...]] = []
    prefixes: list[str] = []
    for choice in text[1:-1].split("|") if text.startswith("(") else [text]:
        choice = choice.strip()
        if choice.startswith("{"):
            sequences.extend(tuple(w.split()) for w in classes[choice[1:-1]])
        elif choice.endswith("*"):
            prefixes.append(choice[:-1])
        elif choice:
            sequences.append(tuple(choice.split()))
    return sequences, prefixes


def compile_pattern(label: str, weight: float, text: str, classes: Mapping[str, Iterable[str]]) -> list[Pattern]:
    """A pattern as written, as the patterns it stands for (a choice of several words, "(tidak
    dikasih|dilarang) makan", becomes one pattern per length of choice)."""
    negators = frozenset(classes.get("neg", ()))
    variants: list[list[Element]] = [[]]
    gap = 0
    negative = False
    for part in _ELEMENT.findall(text):
        if part.startswith(".."):
            gap = LONG_GAP if part == "..." else GAP
            continue
        optional = part.endswith("?")
        sequences, prefixes = _choices(part.rstrip("?"), classes)
        negative = negative or any(w in negators for seq in sequences for w in seq)
        single = frozenset(seq[0] for seq in sequences if len(seq) == 1)
        longer = [seq for seq in sequences if len(seq) > 1]
        grown: list[list[Element]] = []
        for variant in variants:
            if single or prefixes:
                grown.append([*variant, Element(single, tuple(prefixes), gap)])
            for seq in longer:
                tail = [Element(frozenset({w}), (), 0) for w in seq[1:]]
                grown.append([*variant, Element(frozenset({seq[0]}), (), gap), *tail])
        variants = [*variants, *grown] if optional else grown
        gap = 0
    if not variants or not variants[0]:
        raise ValueError(f"empty pattern for {label}: {text!r}")
    factual = label.startswith(("category:", "wants:"))
    return [Pattern(label, weight, tuple(v), negative, text, factual) for v in variants]


class Index:
    """Patterns by their first word (or the start of it), matched in one pass over the words."""

    def __init__(
        self,
        patterns: Iterable[Pattern],
        negators: Iterable[str],
        auxiliaries: Iterable[str],
        hypothetical: Iterable[str] = (),
    ) -> None:
        self.by_word: dict[str, list[Pattern]] = {}
        self.by_prefix: dict[str, list[Pattern]] = {}
        for pattern in patterns:
            first = pattern.elements[0]
            for word in first.words:
                self.by_word.setdefault(word, []).append(pattern)
            for prefix in first.prefixes:
                self.by_prefix.setdefault(prefix, []).append(pattern)
        self.prefix_lengths = tuple(sorted({len(p) for p in self.by_prefix}))
        self.negators = frozenset(negators)
        self.auxiliaries = frozenset(auxiliaries)
        self.hypothetical = frozenset(hypothetical)
        self.words = frozenset(self.by_word)

    def negated_at(self, words: tuple[str, ...], i: int) -> bool:
        """Whether the word at ``i`` stands under a negation: "tidak dipukul", "tidak bisa pulang"."""
        if i >= 1 and words[i - 1] in self.negators:
            return True
        return i >= 2 and words[i - 1] in self.auxiliaries and words[i - 2] in self.negators

    def supposed_at(self, words: tuple[str, ...], i: int) -> bool:
        """Whether the words at ``i`` are a condition or a fear: "kalau sy kabur", "takut dipenjara"."""
        for k in range(i - 1, max(-1, i - 1 - HYPOTHETICAL_REACH), -1):
            if words[k] == BREAK:
                return False
            if words[k] in self.hypothetical:
                return True
        return False

    def _candidates(self, word: str, present: frozenset[str]) -> list[Pattern]:
        """The patterns that begin with ``word`` and whose other words are all in the message."""
        candidates = self.by_word.get(word, [])
        for length in self.prefix_lengths:
            if len(word) < length:
                break
            more = self.by_prefix.get(word[:length])
            if more:
                candidates = candidates + more
        return [p for p in candidates if all(e.prefixes or not e.words.isdisjoint(present) for e in p.elements[1:])]

    def find(self, words: tuple[str, ...]) -> list[Match]:
        found: list[Match] = []
        present = frozenset(words)
        known: dict[str, list[Pattern]] = {}
        for i, word in enumerate(words):
            candidates = known.get(word)
            if candidates is None:
                candidates = known[word] = self._candidates(word, present)
            if not candidates:
                continue
            for pattern in candidates:
                end = self._rest(pattern, words, i)
                if end < 0:
                    continue
                if not pattern.negative and self.negated_at(words, i):
                    continue
                if pattern.factual and self.hypothetical and self.supposed_at(words, i):
                    continue
                found.append(Match(pattern.label, pattern.weight, i, end, pattern))
        return found

    def _rest(self, pattern: Pattern, words: tuple[str, ...], i: int) -> int:
        """Where the pattern begun at ``i`` ends (exclusive), or -1."""
        j = i + 1
        n = len(words)
        after_negation = pattern.negative and words[i] in self.negators
        for element in pattern.elements[1:]:
            k = j
            limit = min(n, j + element.gap + 1)
            if after_negation:
                while limit < n and words[limit - 1] in self.auxiliaries and limit - j < 3:
                    limit += 1  # "gk pernah digaji", "tidak juga dibayar"
                after_negation = False
            while k < limit:
                word = words[k]
                if element.matches(word):
                    break
                if word == BREAK or (not pattern.negative and word in self.negators):
                    return -1
                k += 1
            else:
                return -1
            j = k + 1
        return j
