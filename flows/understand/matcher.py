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
across a clause break (a comma, a full stop). Whether a pattern speaks of negation is decided
for each choice it stands for: "paspor .. {hold}" speaks of it only in its choice "tidak
dikembalikan", so "paspor sy tidak ditahan" does not match it.

What a negation cancels is kept as a denial (``denies:<category>``, over the denied words) when
the pattern is a plain statement (weight 2 or more), the negation denies ("tidak", "belum",
"bukan", "not", "never"; not "tanpa", "sebelum", "jangan", "no"), it is no word of a pattern that
speaks of it ("gaji tidak dibayar": the "tidak" is the problem's own), no clause opens between
("tapi", "cuma", "dan"), and it is not "not again", "as long as not" or a question's "or not"
("gk dipukul lagi", "asal ga dipukul", "bisa ditunda gk deportasinya"). The lexicon's ``denies:``
patterns add what is done with ("gaji udh dibayar"). Every pattern is indexed by its first word,
so a message costs a dictionary look-up or two per word whatever the size of the lexicon.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

BREAK = "."
GAP = 3
LONG_GAP = 8
#: how far before a match a word of ``hypothetical`` takes it back ("kalau sy kabur", "takut dipenjara")
HYPOTHETICAL_REACH = 6
#: "if" and "want" right after it: an intention ("kalau mau pulang"), not a supposition
_IF = frozenset({"kalau", "kalo", "klo", "jika", "jikalau", "if"})
_WANT = frozenset({"mau", "ingin", "pengen", "pingin", "hendak", "want", "wanna"})
_MUST = frozenset({"harus", "hrs", "wajib", "mesti", "musti", "must", "bayar"})
#: after these, English "if" is "whether": "i want to know if ...", "can you check if ..."
_ASKS_WHETHER = frozenset({"know", "ask", "asking", "check", "wondering", "wonder", "confirm"})
#: reported speech ends a condition's reach: "kalau ditelepon katanya majikan belum bayar"
_SPEECH = frozenset({"katanya", "kata", "bilang", "said", "says"})
#: a pattern at least this strong, cancelled by a negation, denies its problem: a word said in
#: passing under a negation ("no iqama", "gk plg2") is the problem itself, not its denial
DENIAL_WEIGHT = 2.0
#: the negations that deny: not "tanpa"/"without" (a lack is often the problem: "tanpa kontrak"),
#: "sebelum"/"before" (a time), "jangan" (a plea: "jangan pukul sy"), nor English "no" ("no
#: sick leave" is one)
_DENYING = frozenset({"tidak", "belum", "bukan", "not", "never"})
#: "gk dipukul lagi", "asal ga dipukul": not again, as long as not: it happened
_AGAIN = frozenset({"lagi", "again", "anymore"})
_SO_THAT = frozenset({"asal", "asalkan", "supaya", "agar", "biar", "sampai"})
#: "bisa ditunda dulu gk deportasinya": a question's "or not", said after what she asks about
_ASKING = frozenset({"bisa", "boleh", "apa", "apakah", "can", "could"})
#: words a negation reaches past to what it denies ("gk pernah sekalipun pukul", "tidak ada yang pukul")
_FILLERS = frozenset({"yang", "sekalipun", "pun", "sekali", "orang", "siapa", "anyone", "ever"})
_FILLERS_PAST = 3
#: "gk pernah dipukul atau dimarahi": the negation reaches over "atau" to the next thing denied
_OR = frozenset({"atau", "ataupun", "maupun", "apalagi", "or", "nor"})
_OR_REACH = 4
#: a clitic a pattern reads through: "gaji nya ditahan" is "gaji ditahan"
_TRANSPARENT = "nya"
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


#: an element as matched: its words, its prefixes, its gap, whether it is a negation
_Element = tuple[frozenset[str], tuple[str, ...], int, bool]


class Match(NamedTuple):
    label: str
    weight: float
    start: int
    end: int


#: one frozenset per distinct set of words: the classes ({neg}, {pay}) recur in hundreds of patterns
_INTERNED: dict[frozenset[str], frozenset[str]] = {}


def _interned(words: Iterable[str]) -> frozenset[str]:
    key = frozenset(words)
    return _INTERNED.setdefault(key, key)


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
    for part in _ELEMENT.findall(text):
        if part.startswith(".."):
            gap = LONG_GAP if part == "..." else GAP
            continue
        optional = part.endswith("?")
        sequences, prefixes = _choices(part.rstrip("?"), classes)
        single = _interned(seq[0] for seq in sequences if len(seq) == 1)
        longer = [seq for seq in sequences if len(seq) > 1]
        grown: list[list[Element]] = []
        for variant in variants:
            if single or prefixes:
                grown.append([*variant, Element(single, tuple(prefixes), gap)])
            for seq in longer:
                tail = [Element(_interned((w,)), (), 0) for w in seq[1:]]
                grown.append([*variant, Element(_interned((seq[0],)), (), gap), *tail])
        variants = [*variants, *grown] if optional else grown
        gap = 0
    if not variants or not variants[0]:
        raise ValueError(f"empty pattern for {label}: {text!r}")
    factual = label.startswith(("category:", "wants:"))
    # whether a pattern speaks of negation is a matter of each choice it stands for, not of the
    # whole: "paspor .. {hold}" with "tidak dikembalikan" among the holds says a negation only in
    # that choice, and "paspor saya tidak ditahan" is not "paspor .. ditahan"
    return [
        Pattern(label, weight, tuple(v), any(not e.words.isdisjoint(negators) for e in v), text, factual)
        for v in variants
    ]


#: words so common that a pattern is better found by its other words ("tidak", "saya", "gaji")
COMMON = frozenset(
    "saya kami kamu dia nya di ke dari yang dan itu ini ada mau sudah belum tidak bukan jangan juga sama untuk "
    "dengan bisa pernah lagi masih sekarang gaji majikan kerja bulan tahun agen orang anak the my i to of in is "
    "was and a an me not no we our you it be have has had do did".split()
)


def _cost(element: Element) -> int:
    """How often an element's words are expected in a message: the rarest one anchors its pattern."""
    if element.prefixes:
        return 1_000_000
    return sum(100 if w in COMMON else 1 for w in element.words)


def _anchor(pattern: Pattern) -> int:
    costs = [_cost(e) for e in pattern.elements]
    return costs.index(min(costs))


class Index:
    """Patterns indexed by their rarest element's words, matched around it in one pass.

    Each pattern is looked up by the element least likely to be in a message ("digaji" rather
    than "tidak" in "{neg} digaji"), and only when every other element's words are somewhere in
    the message too; it is then matched backwards and forwards from that word.
    """

    def __init__(
        self,
        patterns: Iterable[Pattern],
        negators: Iterable[str],
        auxiliaries: Iterable[str],
        hypothetical: Iterable[str] = (),
        clause_openers: Iterable[str] = (),
    ) -> None:
        self.negators = frozenset(negators)
        #: words that open a clause of their own ("tapi", "cuma", "dan"): a negation before one
        #: does not deny what comes after it ("gk dipukul tapi gaji blm dibayar")
        self.clause_openers = frozenset(clause_openers)
        self.auxiliaries = frozenset(auxiliaries)
        self.hypothetical = frozenset(hypothetical)
        self.by_word: dict[str, list[_Compiled]] = {}
        self.by_prefix: dict[str, list[_Compiled]] = {}
        #: one object per distinct element and label: the lexicon's 11,390 elements are 3,467
        #: distinct ones, its 4,270 patterns' labels 780 (~0.7 MB resident less, issue 18)
        labels: dict[str, str] = {}
        # (values typed Any: a tuple typed by its items is unboxed by mypyc, and boxed anew each
        # time it is stored, which would undo the sharing)
        elements: dict[Any, Any] = {}
        for pattern in patterns:
            compiled = _Compiled(pattern, _anchor(pattern), self.negators, labels, elements)
            anchor = pattern.elements[compiled.anchor]
            for word in anchor.words:
                self.by_word.setdefault(word, []).append(compiled)
            for prefix in anchor.prefixes:
                self.by_prefix.setdefault(prefix, []).append(compiled)
        self.prefix_lengths = tuple(sorted({len(p) for p in self.by_prefix}))
        self.words = frozenset(self.by_word)
        self._merged: dict[str, list[_Compiled]] = {}

    def negated_at(self, words: tuple[str, ...], i: int) -> bool:
        """Whether the word at ``i`` stands under a negation: "tidak dipukul", "tidak bisa pulang"."""
        return self.negation_before(words, i) >= 0

    def negation_before(self, words: tuple[str, ...], i: int) -> int:
        """Where the negation stands that the word at ``i`` is under, or -1: "tidak dipukul",
        "tidak bisa pulang"; past a few auxiliaries and fillers ("gk pernah sekalipun pukul", "tidak
        ada yang pukul"), and over "atau" ("gk pernah dipukul atau dimarahi")."""
        k = i - 1
        skipped = auxiliary = 0
        while k >= 0:
            word = words[k]
            if word in self.negators:
                return k
            if word in _OR:
                for q in range(k - 1, max(-1, k - 1 - _OR_REACH), -1):
                    if words[q] == BREAK or words[q] in self.clause_openers:
                        return -1
                    if words[q] in self.negators:
                        return q
                return -1
            if skipped == _FILLERS_PAST:
                return -1
            if word in self.auxiliaries and not auxiliary:
                auxiliary = 1  # one only: "belum dikasih sama paspor" is "... and the passport"
            elif word not in _FILLERS:
                return -1
            skipped += 1
            k -= 1
        return -1

    def _asked_before(self, words: tuple[str, ...], k: int) -> bool:
        """A question opens the clause before the negation at ``k``: "bisa ditahan dulu gk ..."."""
        for q in range(k - 1, max(-1, k - 1 - HYPOTHETICAL_REACH), -1):
            if words[q] == BREAK or words[q] in self.clause_openers:
                return False
            if words[q] in _ASKING:
                return True
        return False

    def supposed_at(self, words: tuple[str, ...], i: int) -> bool:
        """Whether the words at ``i`` are a condition or a fear: "kalau sy kabur", "takut dipenjara"."""
        for k in range(i - 1, max(-1, i - 1 - HYPOTHETICAL_REACH), -1):
            if words[k] == BREAK or words[k] in _SPEECH:
                return False
            if words[k] == "if" and k >= 1 and words[k - 1] in _ASKS_WHETHER:
                return False  # "i want to know if my social security is active": whether, not if
            if words[k] in self.hypothetical:
                # "klo mau klaim bpjs, syaratnya apa": what she wants to do, not a supposition; but
                # what she is told she must do for it is ("kalau mau keluar harus bayar 80 juta")
                wants = words[k] in _IF and k + 1 < len(words) and words[k + 1] in _WANT
                return not wants or not _MUST.isdisjoint(words[k + 2 : i + 1])
        return False

    def _anchored(self, word: str) -> list[_Compiled]:
        """Every pattern anchored on ``word``, by the word itself or a prefix of it (remembered)."""
        candidates = self._merged.get(word)
        if candidates is not None:
            return candidates
        candidates = self.by_word.get(word, [])
        for length in self.prefix_lengths:
            if len(word) < length:
                break
            more = self.by_prefix.get(word[:length])
            if more:
                candidates = candidates + more
        if len(self._merged) >= 10_000:
            self._merged.clear()
        self._merged[word] = candidates
        return candidates

    def _candidates(self, word: str, present: frozenset[str]) -> list[_Compiled]:
        """The patterns anchored on ``word`` whose other words are all somewhere in the message."""
        candidates = self._anchored(word)
        if not candidates:
            return candidates
        kept = []
        for compiled in candidates:
            for needed in compiled.needs:
                if needed.isdisjoint(present):
                    break
            else:
                kept.append(compiled)
        return kept

    def find(self, words: tuple[str, ...]) -> list[Match]:
        """Every match in the message, and for a problem its words deny ("paspor sy tidak
        ditahan", "gk pernah dipukul") a ``denies:`` match of that category over the denied words:
        a category pattern that would match but for a negation before it or in its gap, when that
        negation is not a word of some pattern that speaks of it ("gaji tidak dibayar", "tidak
        boleh pulang": there the "tidak" is the problem's own) and no clause opens between them."""
        found: list[Match] = []
        present = frozenset(words)
        n = len(words)
        known: dict[str, list[_Compiled]] = {}
        denied: list[tuple[str, int, int, int]] = []  # (category, negation, start, end)
        owned: set[int] = set()  # negations that are words of a negative pattern's match
        for i, word in enumerate(words):
            candidates = known.get(word)
            if candidates is None:
                candidates = known[word] = self._candidates(word, present)
            for compiled in candidates:
                after = compiled.next_words  # the word right after the anchor, when it must be one of these
                if after is not None:
                    following = words[i + 1] if i + 1 < n else ""
                    if following not in after and following != _TRANSPARENT:
                        continue
                before = compiled.previous_words
                if before is not None:
                    preceding = words[i - 1] if i else ""
                    if preceding not in before and preceding != _TRANSPARENT:
                        continue
                span = self._around(compiled, words, i)
                if span is None:
                    continue
                start, end, crossed = span
                if crossed < 0 and not compiled.negative:
                    crossed = self.negation_before(words, start)
                if compiled.factual and self.hypothetical and self.supposed_at(words, start):
                    continue
                if crossed >= 0:
                    if compiled.weight >= DENIAL_WEIGHT and compiled.label.startswith("category:"):
                        denied.append((compiled.label[9:], crossed, start, end))
                    continue
                if compiled.negative:
                    owned.update(k for k in range(start, end) if words[k] in self.negators)
                found.append(Match(compiled.label, compiled.weight, start, end))
        for value, negation, start, end in denied:
            if negation in owned or not self.clause_openers.isdisjoint(words[negation + 1 : end]):
                continue
            if words[negation] not in _DENYING or not _AGAIN.isdisjoint(words[end : end + 2]):
                continue
            if (negation and words[negation - 1] in _SO_THAT) or self._asked_before(words, negation):
                continue
            found.append(Match(f"denies:{value}", 0.0, min(negation, start), end))
        found.sort(key=lambda m: m.start)
        return found

    def _around(self, compiled: _Compiled, words: tuple[str, ...], i: int) -> tuple[int, int, int] | None:
        """The span of the pattern whose anchor element is the word at ``i`` and the first
        negation it reaches across (-1: none; such a match is a denial, not a match), or None."""
        elements = compiled.elements
        negative = compiled.negative
        factual = compiled.factual  # "mau pulang tp takut ditangkap": no condition inside either
        negators, auxiliaries, supposed = self.negators, self.auxiliaries, self.hypothetical
        crossed = -1
        # backwards: element k stands before element k + 1, at most that one's gap away
        nxt = i
        for k in range(compiled.anchor - 1, -1, -1):
            words_k, prefixes_k, _, is_neg_k = elements[k]
            low = nxt - 1 - elements[k + 1][2]
            q = nxt - 1
            skipped = 0
            while q >= 0:
                word = words[q]
                if word in words_k or (prefixes_k and word.startswith(prefixes_k)):
                    break
                if word == BREAK or (factual and word in supposed):
                    return None
                if not negative and word in negators:
                    crossed = q
                if word == _TRANSPARENT:
                    low -= 1
                elif q <= low:
                    if is_neg_k and word in auxiliaries and skipped < 2:
                        skipped += 1  # "gk pernah digaji": the negation reaches past "pernah"
                        low -= 1
                    else:
                        return None
                q -= 1
            else:
                return None
            nxt = q
        start = nxt
        # forwards, as before
        j = i + 1
        n = len(words)
        previous_neg = elements[compiled.anchor][3] and words[i] in negators
        for k in range(compiled.anchor + 1, len(elements)):
            words_k, prefixes_k, gap, is_neg_k = elements[k]
            limit = min(n, j + gap + 1)
            if previous_neg:
                while limit < n and words[limit - 1] in auxiliaries and limit - j < 3:
                    limit += 1  # "gk pernah digaji", "tidak juga dibayar"
            k_pos = j
            while k_pos < limit:
                word = words[k_pos]
                if word in words_k or (prefixes_k and word.startswith(prefixes_k)):
                    break
                if word == BREAK or (factual and word in supposed):
                    return None
                if not negative and word in negators and crossed < 0:
                    crossed = k_pos
                if word == _TRANSPARENT and limit < n:
                    limit += 1
                k_pos += 1
            else:
                return None
            previous_neg = is_neg_k and words[k_pos] in negators
            j = k_pos + 1
        return start, j, crossed


class _Compiled:
    """A pattern ready to match: its elements as plain tuples, its anchor, the words it needs
    (the ``Pattern`` it came from is not kept: thousands of them would only cost memory)."""

    __slots__ = (
        "anchor",
        "elements",
        "factual",
        "label",
        "needs",
        "negative",
        "next_words",
        "previous_words",
        "weight",
    )

    def __init__(
        self,
        pattern: Pattern,
        anchor: int,
        negators: frozenset[str],
        labels: dict[str, str],
        shared: dict[Any, Any],
    ) -> None:
        self.label = labels.setdefault(pattern.label, pattern.label)
        self.weight = pattern.weight
        self.negative = pattern.negative
        self.factual = pattern.factual
        self.anchor = anchor
        self.elements: tuple[_Element, ...] = tuple(
            shared.setdefault(element, element)
            for element in ((e.words, e.prefixes, e.gap, not e.words.isdisjoint(negators)) for e in pattern.elements)
        )
        needs = [e.words for k, e in enumerate(pattern.elements) if k != anchor and not e.prefixes]
        self.needs = tuple(sorted(needs, key=len))
        # a quick test before the full match: the word next to the anchor, where nothing may come
        # between (no gap, no negation that reaches past an auxiliary, no prefix)
        elements = pattern.elements
        self.next_words: frozenset[str] | None = None
        self.previous_words: frozenset[str] | None = None
        if not pattern.negative:
            if anchor + 1 < len(elements) and elements[anchor + 1].gap == 0 and not elements[anchor + 1].prefixes:
                self.next_words = elements[anchor + 1].words
            if anchor >= 1 and elements[anchor].gap == 0 and not elements[anchor - 1].prefixes:
                self.previous_words = elements[anchor - 1].words
