"""The understanding step's words, as data: one YAML file per language plus the places.

Loaded and compiled once, at import: the shorthand of chat Indonesian and English, number words,
word classes ({neg}, {want}, ...), and every weighted pattern of every reader, together with the
country and city names, in one ``Index`` (``flows/understand/matcher.py``), so that a message's
words are walked once for all readers.

Each file::

    shorthand: {sy: saya, gk: tidak, udh: sudah, gatau: tidak tahu}
    numbers: {satu: 1, dua: 2}
    classes: {neg: [tidak, belum, bukan]}
    auxiliaries: [bisa, boleh, pernah]      # "tidak bisa pulang": the negation reaches past these
    patterns:
      category:                             # the slot
        gaji_tidak_dibayar:                 # the value
          "gaji .. {neg} (dibayar|bayar)": 3
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml

from flows.countries import countries, indonesian
from flows.understand.matcher import Element, Index, Pattern, _interned, compile_pattern

HERE = Path(__file__).resolve().parent
LANGUAGES = ("id", "en")
#: country names that are also everyday words, or too vague to name a country by themselves
_NOT_A_COUNTRY = frozenset(
    {"chad", "jersey", "georgia", "turkey", "guinea", "jordan", "niger", "congo", "man", "korea", "dominica", "samoa"}
)


def _plain(name: str) -> tuple[str, ...]:
    """A place name as plain lower-case words ("Côte d'Ivoire" -> ("cote", "divoire"))."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().replace("'", "")
    return tuple("".join(ch if ch.isalnum() else " " for ch in folded).split())


def _name_pattern(label: str, weight: float, words: tuple[str, ...]) -> Pattern:
    elements = tuple(Element(_interned((w,)), (), 0) for w in words)
    return Pattern(label, weight, elements, False, " ".join(words))


def _countries() -> list[Pattern]:
    """Every ISO country by its English, common and Indonesian names (pycountry's own data)."""
    patterns: list[Pattern] = []
    seen: set[tuple[str, ...]] = set()
    for country in countries():
        for name in (country.name, country.common_name, indonesian().gettext(country.name)):
            if not name:
                continue
            for variant in {name, name.split(",")[0], name.split("(")[0]}:
                words = _plain(variant)
                if not words or words in seen or (len(words) == 1 and words[0] in _NOT_A_COUNTRY):
                    continue
                seen.add(words)
                patterns.append(_name_pattern(f"country:{country.alpha_2}", 1.0, words))
    return patterns


def _words_of(doc: dict[str, Any]) -> set[str]:
    """Every word a language's file uses: its shorthand (both sides), patterns, classes, answers."""
    found: set[str] = set()
    for short, plain in (doc.get("shorthand") or {}).items():
        found.add(str(short))
        found.update(str(plain).split())
    found.update(str(w) for w in doc.get("numbers") or ())
    for words in (doc.get("classes") or {}).values():
        found.update(w for entry in words for w in str(entry).split())
    for values in (doc.get("patterns") or {}).values():
        for entries in values.values():
            for text in entries:
                found.update(w.strip("*") for w in re.findall(r"[a-z0-9*]+", str(text)))
    for entries in (doc.get("answers") or {}).values():
        found.update(w for entry in entries for w in str(entry).split())
    found.update(str(w) for w in doc.get("words") or ())
    return {w for w in found if w.isalpha()}


def _distinctive(documents: list[dict[str, Any]]) -> dict[str, frozenset[str]]:
    """The words that belong to one language only ("saya", "gaji" / "my", "salary")."""
    words = {lang: _words_of(doc) for lang, doc in zip(LANGUAGES, documents, strict=True)}
    return {
        lang: frozenset(own - set().union(*(w for other, w in words.items() if other != lang)))
        for lang, own in words.items()
    }


_VOWELS = str.maketrans("", "", "aeiou")


def _skeleton(word: str) -> str:
    """A word without its vowels after the first letter, doubled letters once: "paspor" ->
    "pspr", "meninggal" -> "mngl", "adik" -> "adk"."""
    rest = word[1:].translate(_VOWELS)
    squeezed = [word[0]]
    for ch in rest:
        if ch != squeezed[-1]:
            squeezed.append(ch)
    return "".join(squeezed)


def _skeletons(vocabulary: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Skeleton -> the plain words that have it ("kbr": kabar, kabur)."""
    found: dict[str, list[str]] = {}
    for word in sorted(vocabulary):
        if len(word) >= 4 and word.isalpha() and word.isascii():
            key = _skeleton(word)
            if len(key) >= 3:
                found.setdefault(key, []).append(word)
    return {key: tuple(words) for key, words in found.items()}


def _within(typed: str, word: str) -> bool:
    """Whether the letters typed stand in ``word`` in that order ("kbur" in "kabur", not "kabar")."""
    letters = iter(word)
    return all(ch in letters for ch in typed)


def _vowels(word: str) -> int:
    return sum(ch in "aeiou" for ch in word)


class Lexicon:
    """Everything the readers know, compiled: built once at import."""

    def __init__(self, documents: list[dict[str, Any]], places: dict[str, Any]) -> None:
        self.shorthand: dict[str, tuple[str, ...]] = {}
        self.number_units: dict[str, float] = {}
        classes: dict[str, set[str]] = {}
        auxiliaries: set[str] = set()
        for doc in documents:
            for short, plain in (doc.get("shorthand") or {}).items():
                self.shorthand.setdefault(str(short), tuple(str(plain).split()))
            for word, value in (doc.get("numbers") or {}).items():
                self.number_units[str(word)] = float(value)
            for name, words in (doc.get("classes") or {}).items():
                classes.setdefault(name, set()).update(str(w) for w in words)
            auxiliaries.update(str(w) for w in doc.get("auxiliaries") or ())
        self.classes = {name: frozenset(words) for name, words in classes.items()}
        patterns: list[Pattern] = []
        for doc in documents:
            for slot, values in (doc.get("patterns") or {}).items():
                for value, entries in values.items():
                    for text, weight in entries.items():
                        patterns.extend(compile_pattern(f"{slot}:{value}", float(weight), str(text), self.classes))
        patterns.extend(_countries())
        patterns.extend(self._places(places))
        self.index = Index(
            patterns,
            self.classes.get("neg", ()),
            auxiliaries,
            self.classes.get("hypothetical", ()),
            self.classes.get("clause", ()),
        )
        vocabulary: set[str] = set(self.index.words)
        for pattern in patterns:
            for element in pattern.elements:
                vocabulary.update(element.words)
        for plain in self.shorthand.values():
            vocabulary.update(plain)
        for words in self.classes.values():
            vocabulary.update(words)
        vocabulary.update(str(w) for doc in documents for w in doc.get("words") or ())
        phrases: dict[tuple[str, ...], str] = {}
        for doc in documents:
            for kind, entries in (doc.get("answers") or {}).items():
                for entry in entries:
                    phrases.setdefault(tuple(str(entry).split()), kind)
        #: every answer phrase as plain words -> its kind; the longest phrase is tried first
        self.answer_phrases = phrases
        self.answer_longest = max((len(p) for p in phrases), default=1)
        vocabulary.update(w for phrase in phrases for w in phrase)
        self.vocabulary = frozenset(vocabulary)
        self.language_words = _distinctive(documents)
        self._skeletons = _skeletons(self.vocabulary)
        #: "lebaran" -> {year: month}; a feast of two words is keyed by its first ("idul fitri")
        self.feasts: dict[tuple[str, ...], dict[int, int]] = {
            tuple(str(name).split()): {int(y): int(m) for y, m in months.items()}
            for doc in documents
            for name, months in (doc.get("feasts") or {}).items()
        }
        #: every word some reader knows (patterns, shorthand, feasts, number words): the words an
        #: inflected form may be brought to, and that are never rewritten themselves
        feast_words = {w for name in self.feasts for w in name}
        self.spellings = self.vocabulary.union(self.shorthand, feast_words, self.number_units)
        self.near_markers = self.classes.get("near", frozenset())
        self.since_markers = self.classes.get("since", frozenset())

    def unabbreviated(self, word: str) -> str | None:
        """The plain word a vowel-less spelling stands for ("pspor" -> "paspor", "mninggal" ->
        "meninggal"), when exactly one word of the lexicon has its consonants and the typed word
        has fewer vowels, in the same order (so a real word, "sakti", is never read as another,
        "sakit", and "kbur" is "kabur", not "kabar")."""
        if len(word) < 3 or not word.isalpha() or not word.isascii():
            return None
        vowels = _vowels(word)
        # ("link" is no "linkou": a word with only a place's last letters is another word)
        fits = [
            w
            for w in self._skeletons.get(_skeleton(word), ())
            if _vowels(w) > vowels
            and _within(word, w)
            and not (vowels and w.startswith(word) and w in self.place_words)
        ]
        return fits[0] if len(fits) == 1 else None

    def _places(self, places: dict[str, Any]) -> list[Pattern]:
        """Destination countries' everyday names, their cities and regions, and places in
        Indonesia (where a worker comes from, never a destination)."""
        patterns: list[Pattern] = []
        #: one-word names of five letters or more, for reading a misspelt one ("malysia")
        self.place_words: dict[str, str] = {}
        #: every everyday name of a country ("singapur", "brunai", "emirat arab") -> its code
        self.country_names: dict[str, str] = {}
        for code, names in (places.get("countries") or {}).items():
            for name in names:
                words = _plain(str(name))
                self.country_names.setdefault(" ".join(words), str(code))
                patterns.append(_name_pattern(f"country:{code}", 1.0, words))
                if len(words) == 1 and len(words[0]) >= 5 and code != "ID":
                    self.place_words.setdefault(words[0], f"country:{code}")
        for code, cities in (places.get("cities") or {}).items():
            for display, names in cities.items():
                for name in [display, *(names or ())]:
                    words = _plain(str(name))
                    patterns.append(_name_pattern(f"city:{code}:{display}", 1.0, words))
                    if len(words) == 1 and len(words[0]) >= 5:
                        self.place_words.setdefault(words[0], f"city:{code}:{display}")
        self.regions = frozenset(str(r) for r in places.get("regions") or ())
        for name in places.get("indonesia") or ():
            patterns.append(_name_pattern("origin:ID", 1.0, _plain(str(name))))
        return patterns


class _WordsLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """YAML where "yes", "no", "on" and "off" are words, not booleans (they are answers here).
    libyaml's parser when PyYAML has it (ten times faster at start-up)."""


_WordsLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _read(name: str) -> dict[str, Any]:
    return yaml.load((HERE / name).read_text(encoding="utf-8"), Loader=_WordsLoader) or {}  # noqa: S506


def _load() -> Lexicon:
    return Lexicon([_read(f"{lang}.yaml") for lang in LANGUAGES], _read("places.yaml"))


LEXICON = _load()
