"""The worker's age said in passing ("perempuan, umurnya 24", "usia 31 thn", "she is 24 years
old"), so the age question is not asked again. Only an age word or "years old" beside a number
counts: "kerja udh 3 thn" and "24 jam" are not ages."""

from __future__ import annotations

from flows.understand.normalize import BREAK, Text

#: words that say the next number is an age ("umurnya": the normaliser splits off "nya")
_AGE_WORDS = frozenset({"umur", "usia", "umurku", "usiaku", "berumur", "berusia", "age", "aged", "umure"})
#: what may stand between the age word and the number: "umurnya kira2 24", "umur: 19", "age is 30"
_BETWEEN = frozenset({"nya", BREAK, "sekitar", "kira", "kurang", "lebih", "baru", "sudah", "is", "about", "around",
                      "saya", "dia", "anak", "adik", "kakak"})  # fmt: skip
#: the youngest and oldest age a worker's report can give
YOUNGEST, OLDEST = 14, 80


def read_age(text: Text) -> tuple[int, str] | None:
    """(age, the words that say it), or None."""
    words = text.words
    for i, word in enumerate(words):
        if word in _AGE_WORDS:
            for j in range(i + 1, min(len(words), i + 4)):
                if words[j].isdigit():
                    return _checked(text, int(words[j]), i, j + 1)
                if words[j] not in _BETWEEN:
                    break
        elif word.isdigit() and words[i + 1 : i + 3] == ("years", "old"):
            return _checked(text, int(word), i, i + 3)
    return None


def _checked(text: Text, age: int, start: int, end: int) -> tuple[int, str] | None:
    return (age, text.quote(start, end)) if YOUNGEST <= age <= OLDEST else None
