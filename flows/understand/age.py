"""The worker's age said in passing ("perempuan, umurnya 24", "usia 31 thn", "she is 24 years
old", "anak sy baru 16 thn"), so the age question is not asked again and a minor is seen at once.
Only an age word, "years old", "baru/masih" (only, still) or a child's relation just before
"N tahun" counts: "kerja udh 3 thn", "24 jam" and "dia 15 thn di saudi" are not ages."""

from __future__ import annotations

from flows.understand.normalize import BREAK, Text

#: words that say the next number is an age ("umurnya": the normaliser splits off "nya")
_AGE_WORDS = frozenset({"umur", "usia", "umurku", "usiaku", "berumur", "berusia", "age", "aged", "umure"})
#: what may stand between the age word and the number: "umurnya kira2 24", "umur: 19", "age is 30"
_BETWEEN = frozenset({"nya", BREAK, "sekitar", "kira", "kurang", "lebih", "baru", "sudah", "is", "about", "around",
                      "saya", "dia", "anak", "adik", "kakak"})  # fmt: skip
#: "baru 16 tahun", "masih 17 thn", "only 16": a young age, never a time worked ("baru 2 bulan"
#: is below the youngest age and "sudah 16 tahun kerja" has no such word)
_ONLY = frozenset({"baru", "masih", "only", "just"})
#: a child or sibling named just before "N tahun": "anak sy 16 thn dikirim", "adik 17 tahun"
_YOUNG_RELATIONS = frozenset({"anak", "adik", "putri", "putra", "cucu", "keponakan", "ponakan", "daughter",
                              "son", "sister", "niece"})  # fmt: skip
_YEARS = frozenset({"tahun", "years", "year", "yo", "yrs", "th"})
#: "dia 15 tahun di saudi", "16 tahun kerja": after "N tahun" these make it a time, not an age
_TIME_AFTER = frozenset({"di", "kerja", "bekerja", "lalu", "lebih", "yang", "ago", "in", "working", "disana",
                         "disini", "sejak", "lamanya"})  # fmt: skip
#: "19 years old", and as typed: "19 year old", "19 yrs old"
_YEARS_OLD = frozenset({("years", "old"), ("year", "old"), ("yrs", "old"), ("yr", "old"), ("thn", "old")})
#: "she is 19", "he is 30,": a pronoun, "is" and a bare number are an age
_PRONOUNS = frozenset({"she", "he"})
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
        elif word.isdigit() and words[i + 1 : i + 3] in _YEARS_OLD:
            return _checked(text, int(word), i, i + 3)
        elif word.isdigit() and i > 0 and (start := _said_young(words, i)) is not None:
            return _checked(text, int(word), start, min(len(words), i + 2))
    return None


def _said_young(words: tuple[str, ...], i: int) -> int | None:
    """Where the words saying the number at ``i`` is an age begin ("baru 16 tahun", "only 16",
    "anak saya 16 tahun", "my daughter is 16"), or None when it is not one."""
    years = words[i + 1] if i + 1 < len(words) else ""
    after = words[i + 2] if i + 2 < len(words) else ""
    if years in ("yo", "yrs"):
        return i - 1
    before = words[i - 1]
    # "masih 17 tahun kerja di hk": still 17 is an age whatever follows
    if after in _TIME_AFTER and before != "masih":
        return None
    if before in _ONLY:
        ok = years in _YEARS or (before in ("only", "just") and not years.isalpha())
        return i - 1 if ok else None
    at = i - 1
    if before == "is" and at > 0:
        at -= 1
    if words[at] in ("saya", "aku", "kami") and at > 0:
        at -= 1
    said_years = years in _YEARS or (before == "is" and not years.isalpha())
    if words[at] in _PRONOUNS and before == "is" and said_years:
        return at
    if words[at] in _YOUNG_RELATIONS and said_years:
        return at - 1 if at > 0 and words[at - 1] == "my" else at
    return None


def _checked(text: Text, age: int, start: int, end: int) -> tuple[int, str] | None:
    return (age, text.quote(start, end)) if YOUNGEST <= age <= OLDEST else None
