"""Chat Indonesian (and English) to plain words, once per message.

"sy gk tau udh 5bln" -> "saya tidak tahu sudah 5 bulan". The shorthand table is data
(``lexicon/id.yaml`` and ``lexicon/en.yaml``, ``shorthand``), loaded once at import. Negation
is kept as a canonical word ("gk", "ga", "ngga", "tdk" -> "tidak"), so a reader never has to
know every spelling of "no".

``read_text`` keeps, for every plain word, which word of the original message it came from:
a reader quotes the person's own words back as evidence ("gk digaji 5 bln"), not ours.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from flows.understand.affixes import known_form
from flows.understand.lexicon import LEXICON

#: a sentence or clause break inside the words: patterns never match across one
BREAK = "."

_INVISIBLE = dict.fromkeys(c for c in range(0x2000, 0x2070) if unicodedata.category(chr(c)) == "Cf")
_INVISIBLE.update({0xFEFF: None, 0x200B: None, 0x00AD: None})
#: a number (with thousands separators or a decimal comma), a run of letters, or a clause mark
_PIECES = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[.,!?;:\n]")
#: "anak2", "pukul2": the "2" of a reduplication typed as a digit
_REDUP = re.compile(r"([^\W\d_]{3,})2\b")
_RUN3 = re.compile(r"(.)\1{2,}")
_RUN2 = re.compile(r"(.)\1+")
_ACRONYM = re.compile(r"^(?:[^\W\d_]\.){2,}[^\W\d_]?$")
_THOUSANDS = re.compile(r"^\d{1,3}(?:[.,]\d{3})+$")
_CURRENCY_SIGNS = (
    ("nt$", " ntd "),
    ("hk$", " hkd "),
    ("us$", " usd "),
    ("s$", " sgd "),
    ("$", " usd "),
    ("€", " eur "),
)


class Text(NamedTuple):
    """A message read into plain words. ``origin[i]`` is the index in ``raw`` (the message split
    on white space) that ``words[i]`` came from; clause breaks are ``BREAK``."""

    words: tuple[str, ...]
    origin: tuple[int, ...]
    raw: tuple[str, ...]
    last: tuple[int, ...]  # the last original word of each plain word ("di pukul" -> "dipukul")

    def quote(self, start: int, end: int) -> str:
        """The person's own words behind ``words[start:end]``, trimmed of punctuation."""
        if start >= end:
            return ""
        first, last = self.origin[start], self.last[end - 1]
        quoted = " ".join(self.raw[first : last + 1])
        return quoted.strip(" .,!?;:\"'()[]")

    def plain(self) -> str:
        return " ".join(w for w in self.words if w != BREAK)


def unaccented(text: str) -> str:
    """Latin letters without their accents: Madurese and Sasak spell "èpokol", "ngakan" with
    è and â where chat writes e and a ("èpokol" is "epokol", hit)."""
    if text.isascii():
        return text
    parts = unicodedata.normalize("NFKD", text)
    # only the Latin accents (U+0300-U+036F): other scripts' marks (Arabic vowels) stay
    return unicodedata.normalize("NFC", "".join(c for c in parts if not "\u0300" <= c <= "\u036f"))


def _fold(token: str) -> str:
    if not token.isascii():
        token = unaccented(unicodedata.normalize("NFKC", token.translate(_INVISIBLE)).casefold())
    else:
        token = token.lower()
    if "'" in token or "\u2019" in token:
        token = token.replace("'", "").replace("\u2019", "")
    if "$" in token or "€" in token:
        for sign, word in _CURRENCY_SIGNS:
            token = token.replace(sign, word)
    return token


def _number(piece: str) -> str:
    """ "1.500" and "20.000" are thousands, "1,5" and "1.5" a decimal."""
    if "." not in piece and "," not in piece:
        return piece
    if _THOUSANDS.match(piece):
        return piece.replace(".", "").replace(",", "")
    head, _, tail = piece.replace(",", ".").partition(".")
    return f"{head}.{tail.replace('.', '')}"


def _word(word: str) -> tuple[str, ...]:
    """One typed word as plain words: shorthand expanded, stretched letters squeezed, a
    possessive ending split off ("gajinya" -> "gaji nya", "anakku" -> "anak saya"), an inflected
    or colloquial form brought to one the lexicon knows ("dipukulin" -> "dipukul", "nahan" ->
    "menahan": affixes.py), vowels dropped by a tired thumb put back when only one word of the
    lexicon fits ("pspor", "hml")."""
    found = LEXICON.shorthand.get(word)
    if found is not None:
        return found
    vocabulary = LEXICON.vocabulary
    if word in LEXICON.spellings:
        return (word,)
    if _RUN2.search(word):
        for squeezed in (_RUN3.sub(r"\1\1", word), _RUN2.sub(r"\1", word)):
            if squeezed in vocabulary:
                return (squeezed,)
            found = LEXICON.shorthand.get(squeezed)
            if found is not None:
                return found
        word = _RUN3.sub(r"\1", word)
    for ending, said in (("nya", "nya"), ("ku", "saya"), ("mu", "kamu")):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            if stem in vocabulary:
                return (stem, said)
            found = LEXICON.shorthand.get(stem)
            if found is not None:
                return (*found, said)
    known = known_form(word, LEXICON.spellings)
    if known is not None:
        return LEXICON.shorthand.get(known) or (known,)
    full = LEXICON.unabbreviated(word)
    if full is not None:
        return (full,)
    if word.endswith("ny") and len(word) >= 5:
        # "bapakny", "ankny", "majikanny": "-nya" typed without its last letter
        stem = word[:-2]
        plain = stem if stem in vocabulary else LEXICON.unabbreviated(stem)
        if plain is not None:
            return (plain, "nya")
    return (word,)


#: "setengah" is a number before these ("setengah bulan", "setengah juta"); "dibayar setengah" stays
_HALF_OF = frozenset({"hari", "minggu", "bulan", "tahun", "jam", "juta", "ribu", "day", "month", "year", "hour"})


def _numbers(words: list[str], origin: list[int], last: list[int]) -> tuple[list[str], list[int], list[int]]:
    """Number words to digits: "lima bulan" -> "5 bulan", "dua puluh lima" -> "25",
    "satu setengah" -> "1.5", "dua ratus ribu" -> "200 ribu" (ribu and juta stay words)."""
    units = LEXICON.number_units
    out: list[str] = []
    where: list[int] = []
    until: list[int] = []
    i, n = 0, len(words)
    while i < n:
        lone_half = words[i] == "setengah" and (i + 1 >= n or words[i + 1] not in _HALF_OF)
        if (words[i] not in units and words[i] != "setengah") or lone_half:
            out.append(words[i])
            where.append(origin[i])
            until.append(last[i])
            i += 1
            continue
        start = i
        total = 0.0
        current: float | None = None
        while i < n:
            word = words[i]
            if word in units:
                value = units[word]
                if current is None:
                    current = value
                elif current >= 10 and current % 10 == 0 and value < 10:
                    current += value  # "dua puluh lima", "twenty five", "seratus dua"
                else:
                    break
            elif word == "belas" and current is not None and current < 10:
                current += 10
            elif word == "puluh" and current is not None and current < 10:
                current *= 10
            elif word in ("ratus", "hundred") and current is not None and current < 100:
                total += current * 100
                current = None
            elif word == "setengah":
                current = (current or 0) + 0.5
                i += 1
                break
            else:
                break
            i += 1
        value = total + (current or 0)
        if i == start:  # a scale word alone
            out.append(words[i])
            where.append(origin[i])
            until.append(last[i])
            i += 1
            continue
        out.append(str(int(value)) if value == int(value) else str(value))
        where.append(origin[start])
        until.append(last[i - 1])
    return out, where, until


def _join_di(words: list[str], origin: list[int], last: list[int]) -> None:
    """ "di pukul" -> "dipukul" when that is a word the lexicon knows; "di rumah" stays."""
    vocabulary = LEXICON.vocabulary
    i = len(words) - 2
    while i >= 0:
        if words[i] == "di" and "di" + words[i + 1] in vocabulary:
            words[i : i + 2] = ["di" + words[i + 1]]
            del origin[i + 1]
            del last[i]
        i -= 1


def _malay_not(words: list[str]) -> None:
    """Malaysian chat's "x" for "tak" before a word ("permit pun x ada", "esok x payah dtg"); "x"
    between figures stays a times sign ("5 bln x 1500 riyal", "1200 dirham sebulan x 24 bln")."""
    for i, word in enumerate(words):
        if word != "x" or i + 1 >= len(words):
            continue
        after, before = words[i + 1], words[i - 1] if i else ""
        if after.isalpha() and after != BREAK and not before[:1].isdigit():
            words[i] = "tidak"


def _token(token: str) -> tuple[str, ...]:
    """The plain words of one typed token, clause breaks included ("5bln," -> 5, bulan, BREAK)."""
    folded = _fold(token)
    if folded.isalpha():  # most words: no digits, no punctuation
        return _word(folded) if folded.isascii() else tuple(_PIECES.findall(folded))
    if folded in LEXICON.vocabulary:  # "bp2mi", "p3mi", "g2g"
        return (folded,)
    if _ACRONYM.match(folded):  # "K.S.A", "P.T.", "U.A.E"
        return _word(folded.replace(".", ""))
    if "2" in folded:
        folded = _REDUP.sub(r"\1", folded)
    out: list[str] = []
    for piece in _PIECES.findall(folded):
        if piece[0].isdigit():
            out.append(_number(piece))
        elif piece in ".,!?;:\n":
            out.append(BREAK)
        else:
            out.extend(_word(piece))
    return tuple(out)


#: tokens already read: the same words recur from message to message ("sy", "gk", "gaji,"); a
#: memo of a pure function, so the result is the same with or without it
_TOKENS: dict[str, tuple[str, ...]] = {}
_TOKENS_MAX = 10_000


#: the last message read: a turn reads its message for danger, for an answer and for what else it
#: tells, each asking for its words (a Text is immutable, so it is shared)
_last: tuple[str, Text] | None = None


def read_text(text: str) -> Text:
    """The message as plain words, each knowing the original word it came from."""
    global _last
    last = _last  # one read: another thread may replace it meanwhile
    if last is not None and last[0] == text:
        return last[1]
    found = _read_text(text)
    _last = (text, found)
    return found


def _read_text(text: str) -> Text:
    raw = tuple(text.split())
    words: list[str] = []
    origin: list[int] = []
    known = _TOKENS
    for index, token in enumerate(raw):
        pieces = known.get(token)
        if pieces is None:
            pieces = _token(token)
            if len(known) >= _TOKENS_MAX:
                known.clear()  # bounded: a flood of new words cannot grow it without end
            known[token] = pieces
        for word in pieces:
            if word == BREAK and (not words or words[-1] == BREAK):
                continue
            words.append(word)
            origin.append(index)
    while words and words[-1] == BREAK:
        words.pop()
        origin.pop()
    _malay_not(words)
    last = list(origin)
    _join_di(words, origin, last)
    words, origin, last = _numbers(words, origin, last)
    return Text(tuple(words), tuple(origin), raw, tuple(last))


def normalize_chat(text: str) -> str:
    """Plain words for a chat message: "sy gk tau udh 5bln" -> "saya tidak tahu sudah 5 bulan"."""
    return read_text(text).plain()
