"""The lexicon's patterns are matched on the plain words the normaliser gives ("boss" is read as
"majikan", "agency" as "agen", "sebulan" as "1 bulan"). A pattern word the normaliser never
produces can never match: each such word needs its plain form beside it in the same choice."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from flows.understand.normalize import read_text

LEXICON = Path(__file__).resolve().parents[2] / "flows" / "understand" / "lexicon"
ELEMENT = re.compile(r"\.\.\.?|\([^)]*\)\??|\{\w+\}\??|[^\s]+")


def _plain(words: str) -> str:
    return " ".join(w for w in read_text(words).words if w != ".")


def _choices(path: Path) -> Iterator[tuple[str, list[str]]]:
    """Each element of each pattern in a lexicon file, as the words it may be ("(a|b c)" gives
    ["a", "b c"]), with where it stands ("slot:value 'pattern'"); gaps and classes left out."""
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    for slot, values in (doc.get("patterns") or {}).items():
        for value, patterns in values.items():
            for pattern in patterns:
                for part in ELEMENT.findall(pattern):
                    if not part.startswith(("..", "{")):
                        yield f"{slot}:{value} {pattern!r}", part.rstrip("?").strip("()").split("|")


def _unreachable(path: Path) -> list[str]:
    found = []
    for where, choices in _choices(path):
        for word in choices:
            if word and not word.endswith("*") and _plain(word) not in (word, *choices):
                found.append(f"{where}: {word!r} is read as {_plain(word)!r}")
    return found


@pytest.mark.parametrize("name", ["id.yaml", "en.yaml"])
def test_every_pattern_word_is_one_the_normaliser_can_give(name: str) -> None:
    assert _unreachable(LEXICON / name) == []


def _clitic_words(path: Path) -> list[str]:
    """Pattern words written with "-nya" fused ("anaknya") whose stem is a word of its own."""
    found = []
    for where, choices in _choices(path):
        for phrase_word in (w for choice in choices for w in choice.split()):
            stem = phrase_word[:-3]
            if phrase_word in _LEXEMES or not phrase_word.endswith("nya") or len(stem) < 3:
                continue
            if _plain(stem) == stem:
                found.append(f"{where}: {phrase_word!r}")
    return found


#: words that end in "nya" and are words of their own ("katanya": reportedly, "nyonya": madam).
#: Not "kontraknya" beside "kontrak": listing it kept "kontraknya" whole in every message, so the
#: patterns that say "kontrak" missed "kontraknya selesai 3 bulan lalu" (4 December)
_LEXEMES = frozenset("katanya caranya nyatanya lainnya nyonya bertanya".split())


@pytest.mark.parametrize("name", ["id.yaml", "en.yaml"])
def test_no_pattern_fuses_nya_to_a_word(name: str) -> None:
    """Every pattern word joins the normaliser's vocabulary, so writing "anaknya" keeps "anaknya"
    whole everywhere, and every pattern that says "(anak)" then misses it (4 December: one new
    pattern silently broke "disuruh kerja di rumah anaknya"). Write "anak (nya)?" instead."""
    assert _clitic_words(LEXICON / name) == []


def test_the_index_keeps_one_object_per_distinct_element_and_label() -> None:
    """Thousands of patterns repeat the same elements ("gaji", "{neg}") and labels: the index
    holds each once (issue 18's idle memory; a tuple typed by its items would be boxed anew by
    mypyc at each store, so the compiled matcher is checked too)."""
    from flows.understand.lexicon import LEXICON

    index = LEXICON.index
    compiled = {id(c): c for found in [*index.by_word.values(), *index.by_prefix.values()] for c in found}.values()
    elements = [e for c in compiled for e in c.elements]
    assert len(elements) > 5000
    assert len({id(e) for e in elements}) == len(set(elements))
    assert len({id(c.label) for c in compiled}) == len({c.label for c in compiled})
