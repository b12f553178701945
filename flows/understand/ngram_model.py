"""A small linear text model read in plain Python: TF-IDF over character n-grams (and, where the
model was trained with them, a second block of word n-grams), then logistic regression, as
scikit-learn trained it at build time (bench/train_category.py, bench/train_danger.py). The
weights are a JSON file in the repository; nothing is trained or downloaded at install or run
time, and the bot does not need scikit-learn.
"""

from __future__ import annotations

import base64
import functools
import json
import math
import sys
import threading
from array import array
from collections import Counter
from itertools import accumulate, chain, repeat
from operator import mul
from pathlib import Path
from typing import Any

#: character n-grams of each word padded with a space, as scikit-learn's ``char_wb`` analyser
NGRAMS = (3, 5)


def char_ngrams(plain: str) -> list[str]:
    """The n-grams scikit-learn's ``char_wb`` analyser takes from ``plain`` (lower-case words)."""
    low, high = NGRAMS
    grams: list[str] = []
    for word in plain.split():
        padded = f" {word} "
        length = len(padded)
        for n in range(low, high + 1):
            offset = 0
            grams.append(padded[offset : offset + n])
            while offset + n < length:
                offset += 1
                grams.append(padded[offset : offset + n])
            if offset == 0:  # a word shorter than n is counted once
                break
    return grams


def word_ngrams(plain: str, low: int, high: int) -> list[str]:
    """The word n-grams scikit-learn's ``word`` analyser (``token_pattern=r"\\S+"``) takes from
    ``plain``: the words, then each run of two words joined by a space, and so on."""
    words = plain.split()
    grams: list[str] = []
    for n in range(low, high + 1):
        for i in range(len(words) - n + 1):
            grams.append(" ".join(words[i : i + n]))
    return grams


#: how many words' summed weights a model keeps (a bounded cache; cleared when full)
WORD_CACHE = 4096

#: a message's distinct words with how often each is said, in the order first said
Said = tuple[tuple[str, int], ...]


@functools.lru_cache(maxsize=1)
def said(plain: str) -> Said:
    """The distinct words of ``plain`` (lower-case) and how often each is said, in the order first
    said. Both models read the same message one after the other (the danger reader, then the
    category reader, of most messages of six words or more): the last message's is kept."""
    return tuple(Counter(plain.split()).items())


@functools.lru_cache(maxsize=1)
def said_grams(plain: str, low: int, high: int) -> Said:
    """The distinct word n-grams of ``plain`` (lower-case) with their counts, in the order first
    met; the last message's kept, as ``said``'s."""
    counts: dict[str, int] = {}
    for gram in word_ngrams(plain, low, high):
        counts[gram] = counts.get(gram, 0) + 1
    return tuple(counts.items())


class GramTable:
    """One block's n-grams and their numbers (0, 1, ... in the stored order), in a few flat arrays
    instead of a dict (issue 18).

    A dict of the ~96,000 n-grams of both models held a string, a number object and a slot for
    each, ~125 bytes; this holds the n-grams in the one string they are stored as (joined by
    newlines), and for each where it ends and its hash, with an open-addressing table of the
    numbers at most half full: ~35 bytes an n-gram. A lookup hashes the n-gram as a dict would and
    answers a number only when the n-gram stored there is the very same string, so it answers as
    the dict did for every string."""

    def __init__(self, grams: str) -> None:
        self._text = grams
        self.count = count = grams.count("\n") + 1 if grams else 0
        size = 8
        while size < 2 * count:
            size *= 2
        self._mask = mask = size - 1
        # made whole at once and filled in place, and each n-gram taken out of the text only to
        # be hashed: no list of the n-grams, no growing arrays (what a load frees is what it took)
        #: where each n-gram ends in ``_text`` (the newline after it, or the end)
        self._ends = ends = array("I", bytes(4 * count))
        #: the low 32 bits of each n-gram's hash: most n-grams in the way are passed over on these
        self._hashes = hashes = array("I", bytes(4 * count))
        self._slots = slots = array("i", [-1]) * size
        start = 0
        for g in range(count):
            end = grams.find("\n", start)
            if end < 0:
                end = len(grams)
            gram = grams[start:end]
            h = hash(gram)
            ends[g] = end
            hashes[g] = low = h & 0xFFFFFFFF
            i = h & mask
            while slots[i] >= 0:
                if self._holds(slots[i], gram, low):
                    raise ValueError(f"{gram!r} is stored twice")
                i = (i + 1) & mask
            slots[i] = g
            start = end + 1

    def get(self, gram: str) -> int:
        """The number of ``gram``, -1 when the block does not have it."""
        h = hash(gram)
        low = h & 0xFFFFFFFF
        mask = self._mask
        slots = self._slots
        i = h & mask
        while True:
            g: int = slots[i]
            if g < 0:
                return -1
            if self._holds(g, gram, low):
                return g
            i = (i + 1) & mask

    def _holds(self, g: int, gram: str, low: int) -> bool:
        """Whether n-gram ``g`` is ``gram`` (``low``: the low 32 bits of its hash)."""
        if self._hashes[g] != low:
            return False
        end: int = self._ends[g]
        start: int = self._ends[g - 1] + 1 if g else 0
        return end - start == len(gram) and self._text.startswith(gram, start)

    def grams(self) -> list[str]:
        """The n-grams in the order of their numbers."""
        return self._text.split("\n") if self._text else []


#: how many word n-grams' weights a model keeps as tuples (a bounded cache; cleared when full)
GRAM_CACHE = 8192


class NgramModel:
    """One model's weights, read from ``path`` on first use (a bot that never asks never loads
    them). A two-class model stores one row of weights, as scikit-learn does. Once prepared, only
    the table is kept of the n-grams (``weights()`` has the classes, intercepts and settings).

    Reading one message is a sparse sum over its n-grams. Each n-gram's weights are prepared once
    at load as (class index, idf times weight) pairs in flat arrays, and the TF-IDF norm is applied to the sums at
    the end. A model trained with plain term counts (``sublinear_tf`` false in its settings) sums
    the same per word: a word's n-grams always weigh the same, so each word's sum is kept
    (``WORD_CACHE``) and a 1,000-character story costs a few hundred additions, not 16,000.

    The n-grams are looked up in ``GramTable``s, not dicts, and a message's words and word n-grams
    are counted once for both models (``said``, ``said_grams``): issue 18 and 13, ADR 0023's
    addendum. Every product and sum is the same, in the same order, as before: the same floats
    (tests/unit/test_same_numbers.py)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._weights: dict[str, Any] = {}
        # the n-grams in flat arrays (a tuple of float objects per n-gram took ~4x the memory):
        # n-gram -> its number g (``GramTable``); its idf; its (class, idf times weight) pairs at
        # start[g]:start[g + 1]
        self._chars = GramTable("")
        self._idf = array("d")
        self._start = array("I", [0])
        self._rows = b""
        self._weighted = array("d")
        self._sublinear = True
        # the word block (ADR 0019), when the model has one: numbered after the characters' n-grams
        # (``_word_first`` on), in the same flat arrays; its TF-IDF vector is normalised apart
        # from the characters' one
        self._word_grams = GramTable("")
        self._word_first = 0
        self._word_range = (0, 0)
        self._grams: dict[str, tuple[float, tuple[int, ...], tuple[float, ...]]] = {}
        self._words: dict[str, tuple[tuple[int, ...], tuple[float, ...], bytes, tuple[int, ...]]] = {}
        self._intercept: tuple[float, ...] = ()
        self._classes: tuple[str, ...] = ()
        self._lock = threading.Lock()
        self._local = threading.local()

    def weights(self) -> dict[str, Any]:
        if self._weights:
            return self._weights
        # threads may ask at once (the engine run in a thread pool): one prepares, under the lock,
        # and the weights are published only when the table is whole
        with self._lock:
            if self._weights:
                return self._weights
            loaded: dict[str, Any] = json.loads(self.path.read_bytes())
            # each block is columns of packed numbers (ADR 0021), read straight into the flat
            # arrays: no list or number object per n-gram (those took ~0.2 s and, freed, left
            # ~25 MB resident among the objects kept)
            rows = bytearray()
            if "features" in loaded:
                self._chars = GramTable(self._add_block(loaded.pop("features"), rows))
                if self._chars.count >= 1 << 24:  # a kept word holds each number in three bytes
                    raise ValueError(f"{self.path.name}: too many character n-grams")
            if "word_features" in loaded:
                self._word_first = len(self._idf)
                self._word_grams = GramTable(self._add_block(loaded.pop("word_features"), rows))
            self._rows = bytes(rows)
            settings = loaded.get("settings", {})
            self._sublinear = bool(settings.get("sublinear_tf", True))
            low, high = settings.get("words") or (0, 0)
            self._word_range = (int(low), int(high))
            self._intercept = tuple(float(b) for b in loaded["intercept"])
            self._classes = tuple(str(c) for c in loaded["classes"])
            self._weights = loaded  # the raw n-gram lists are not kept: they would double the memory
        return self._weights

    def _add_block(self, block: dict[str, Any], rows: bytearray) -> str:
        """One block's weights into the flat arrays (its pairs' classes into ``rows``); its
        n-grams joined by newlines."""
        idf = unpack("d", block["idf"])
        counts = unpack("B", block["pairs"])
        self._idf.extend(idf)
        rows.extend(unpack("B", block["rows"]).tobytes())
        # idf times weight, pair by pair, each product appended as it is made (C loops)
        scales = chain.from_iterable(map(repeat, idf, counts))
        self._weighted.extend(map(mul, scales, unpack("d", block["weights"])))
        base = self._start[-1]
        self._start.extend(base + end for end in accumulate(counts))
        return str(block["grams"])

    def number(self, gram: str) -> int | None:
        """The number of a character n-gram the model has (for tests and tools)."""
        self.weights()
        g = self._chars.get(gram)
        return None if g < 0 else g

    def probabilities(self, plain: str) -> dict[str, float]:
        """Each class's probability for a message given as the reader's plain words."""
        self.weights()
        intercept, classes = self._intercept, self._classes
        n = len(intercept)
        plain = plain.lower()
        sums = [0.0] * n
        norm = self._sums_by_word(plain, sums) if not self._sublinear else self._sums_by_gram(plain, sums)
        scale = 1.0 / math.sqrt(norm) if norm else 0.0
        scores = [intercept[k] + scale * sums[k] for k in range(n)]
        if self._word_grams.count:
            by_word = [0.0] * n
            norm = self._sums_by_word_gram(plain, by_word)
            scale = 1.0 / math.sqrt(norm) if norm else 0.0
            scores = [scores[k] + scale * by_word[k] for k in range(n)]
        if n == 1:  # two classes: one score, for the second class
            second = 1.0 / (1.0 + math.exp(-scores[0]))
            return {classes[0]: 1.0 - second, classes[1]: second}
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {classes[k]: exps[k] / total for k in range(n)}

    def _sums_by_gram(self, plain: str, sums: list[float]) -> float:
        """Adds each n-gram's weighted sublinear tf to ``sums``; the squared norm."""
        chars, start, rows, weighted = self._chars, self._start, self._rows, self._weighted
        norm = 0.0
        for gram, count in Counter(char_ngrams(plain)).items():
            g = chars.get(gram)
            if g < 0:
                continue
            tf = 1.0 if count == 1 else 1.0 + math.log(count)
            norm += (tf * self._idf[g]) ** 2
            for j in range(start[g], start[g + 1]):
                sums[rows[j]] += tf * weighted[j]
        return norm

    def _sums_by_word_gram(self, plain: str, sums: list[float]) -> float:
        """Adds the word block's weighted term counts to ``sums``; its squared norm."""
        low, high = self._word_range
        norm = 0.0
        for gram, count in said_grams(plain, low, high):
            known = self._word_gram(gram)
            if known is None:
                continue
            idf, rows, weighted = known
            tf = float(count)
            value = tf * idf
            norm += value * value
            for j in range(len(rows)):
                sums[rows[j]] += tf * weighted[j]
        return norm

    def _word_gram(self, gram: str) -> tuple[float, tuple[int, ...], tuple[float, ...]] | None:
        """One word n-gram's idf and (class, weight) pairs as tuples, kept for next time (reading
        the flat arrays item by item costs more than the sum itself)."""
        known = self._grams.get(gram)
        if known is not None:
            return known
        g = self._word_grams.get(gram)
        if g < 0:
            return None
        g += self._word_first
        first, last = self._start[g], self._start[g + 1]
        result = (self._idf[g], tuple(self._rows[first:last]), tuple(self._weighted[first:last]))
        if len(self._grams) >= GRAM_CACHE:
            self._grams.clear()
        self._grams[gram] = result
        return result

    def _sums_by_word(self, plain: str, sums: list[float]) -> float:
        """Adds each word's summed weights (times how often it is said) to ``sums``; the squared
        norm, which needs the counts of the message's n-grams across its words.

        Both come from each word's kept reading (``_word``): the message's n-grams are its words'
        n-grams one after another, so the count of an n-gram in the message is the sum over its
        distinct words of how often the word is said times how often the n-gram is in it, and
        the n-grams are met first in the same order as in the whole message. The norm is the same
        sum of the same numbers in the same order as counting the message's n-grams anew."""
        idf = self._idf
        # each n-gram's count so far, by its number (this thread's, all zeros between messages),
        # and the n-grams in the order first met: a list read by index costs less than a dict
        counts = self._counts()
        met: list[int] = []
        for word, times in said(plain):
            rows, weighted, grams, in_word = self._word(word)
            for k in range(len(in_word)):
                at = 3 * k
                g = grams[at] | grams[at + 1] << 8 | grams[at + 2] << 16
                count = counts[g]
                if not count:
                    met.append(g)
                counts[g] = count + times * in_word[k]
            if times == 1:
                for j in range(len(rows)):
                    sums[rows[j]] += weighted[j]
            else:
                for j in range(len(rows)):
                    sums[rows[j]] += times * weighted[j]
        norm = 0.0
        for g in met:
            norm += (counts[g] * idf[g]) ** 2
            counts[g] = 0
        return norm

    def _counts(self) -> list[int]:
        """This thread's list of counts, one per character n-gram, all zeros."""
        local = self._local
        try:
            counts: list[int] = local.counts
        except AttributeError:
            counts = local.counts = [0] * self._chars.count
        return counts

    def _word(self, word: str) -> tuple[tuple[int, ...], tuple[float, ...], bytes, tuple[int, ...]]:
        """One word's n-grams' weights summed per class (idf included), and the model's n-grams
        in it with how often each is (in the order first met), kept for next time."""
        known = self._words.get(word)
        if known is not None:
            return known
        summed: dict[int, float] = {}
        found: dict[int, int] = {}
        chars, start, rows, weighted = self._chars, self._start, self._rows, self._weighted
        for gram in char_ngrams(word):
            g = chars.get(gram)
            if g >= 0:
                found[g] = found.get(g, 0) + 1
                for j in range(start[g], start[g + 1]):
                    row = rows[j]
                    summed[row] = summed.get(row, 0.0) + weighted[j]
        # the n-grams' numbers as three bytes each: a tuple of number objects took ~40 bytes a
        # number, in up to 4,096 kept words
        numbers = b"".join(g.to_bytes(3, "little") for g in found)
        result = (tuple(summed), tuple(summed.values()), numbers, tuple(found.values()))
        if len(self._words) >= WORD_CACHE:
            self._words.clear()
        self._words[word] = result
        return result


def export(vectorizer: Any, model: Any, *, prune: float, digits: int, words: Any = None) -> dict[str, Any]:
    """A trained scikit-learn vectorizer and logistic regression as the runtime reads them:
    classes, intercepts, and per n-gram its idf and the (row, weight) pairs at least ``prune``.
    ``words``, a second (word) vectorizer whose columns follow the first's, goes to
    ``word_features``. Each block is stored as columns (``table`` reads it back per n-gram)."""
    classes = [str(c) for c in model.classes_]
    exported: dict[str, Any] = {
        "classes": classes,
        "intercept": [round(float(b), digits) for b in model.intercept_],
        "features": _features(vectorizer, model, 0, prune, digits),
    }
    if words is not None:
        exported["word_features"] = _features(words, model, len(vectorizer.vocabulary_), prune, digits)
    return exported


def _features(vectorizer: Any, model: Any, offset: int, prune: float, digits: int) -> dict[str, Any]:
    """One block as columns: the n-grams joined by newlines (none holds one: words are split on
    white space); each one's idf and how many (row, weight) pairs it has; then all the pairs'
    rows and weights, in order. The numbers are packed (``pack``)."""
    classes = model.coef_.shape[0]
    grams: list[str] = []
    idf: list[float] = []
    pairs: list[int] = []
    rows: list[int] = []
    weights: list[float] = []
    for gram, column in sorted(vectorizer.vocabulary_.items()):
        kept = [k for k in range(classes) if abs(model.coef_[k][offset + column]) >= prune]
        if kept:
            grams.append(gram)
            idf.append(round(float(vectorizer.idf_[column]), digits))
            pairs.append(len(kept))
            rows.extend(kept)
            weights.extend(round(float(model.coef_[k][offset + column]), digits) for k in kept)
    return {
        "grams": "\n".join(grams),
        "idf": pack("d", idf),
        "pairs": pack("B", pairs),
        "rows": pack("B", rows),
        "weights": pack("d", weights),
    }


def pack(code: str, numbers: list[float] | list[int]) -> str:
    """Numbers as the base64 of their little-endian machine values (``array`` type ``code``:
    ``d`` a float64, ``B`` a byte)."""
    packed = array(code, numbers)
    if sys.byteorder == "big":
        packed.byteswap()
    return base64.b64encode(packed.tobytes()).decode("ascii")


def unpack(code: str, text: str) -> array[Any]:
    """The numbers ``pack`` made."""
    numbers = array(code)
    numbers.frombytes(base64.b64decode(text))
    if sys.byteorder == "big":
        numbers.byteswap()
    return numbers


def table(block: dict[str, Any]) -> dict[str, tuple[float, list[tuple[int, float]]]]:
    """A stored block per n-gram: its idf and its (row, weight) pairs (for tests and tools)."""
    found: dict[str, tuple[float, list[tuple[int, float]]]] = {}
    if not block:
        return found
    rows, weights = unpack("B", block["rows"]), unpack("d", block["weights"])
    j = 0
    for gram, idf, count in zip(
        block["grams"].split("\n"), unpack("d", block["idf"]), unpack("B", block["pairs"]), strict=True
    ):
        found[gram] = (idf, list(zip(rows[j : j + count], weights[j : j + count], strict=True)))
        j += count
    return found


def write(model: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n")
