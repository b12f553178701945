"""A case number or access code as typed: "e3m zx6z", "nomornya E3M-ZX6Z", "62vq-j4jn".

Only its shape is checked (letters and digits, the right count, at most one space or dash in
between): whether it names a case is the status check's to say, with its try limit. What has no
such shape ("gk ada", "lupa", "status laporan sy gmn") is not counted as a try at all."""

from __future__ import annotations

import re
from collections.abc import Iterator

from flows.codes import ALPHABET, dashed, normalize_code
from flows.inputs.base import Parsed
from flows.understand.lexicon import LEXICON

NOT_FOUND = Parsed(False, error="not_found")
_ALPHABET = frozenset(ALPHABET)
#: one word of 6 to 9 letters and digits, or two of 3 to 5 joined by a space or a dash
_CODE = re.compile(r"(?<![0-9A-Za-z])([0-9A-Za-z]{3,5})(?:[ \-–]?)([0-9A-Za-z]{3,5})(?![0-9A-Za-z])")
_WORD_START = re.compile(r"(?<![0-9A-Za-z\-–])[0-9A-Za-z]")
#: the words written before a number or a code, never part of one ("kode EC38-NEWM": not KODE-EC38)
_LABELS = frozenset({"kode", "kodenya", "code", "akses", "access", "nomor", "nomer", "nomornya", "no", "case", "kasus",
                     "laporan", "report", "pin", "tiket", "ticket"})  # fmt: skip


def parse_code(text: str, symbols: int) -> Parsed:
    """The code in its canonical form ("K7Q-3XM9", "AB3D-7KQP"), or not found."""
    for _start, _end, value in _candidates(text, symbols):
        return Parsed(True, value, value)
    letters = text.split()
    if len(letters) == symbols and all(len(c) == 1 and c.isalnum() and c.isascii() for c in letters):
        # "L Y 2 V M 2 5": copied a letter at a time from the screen, a space after each
        return parse_code("".join(letters), symbols)
    parts = [p for p in re.split(r"[ \-–]+", text.strip()) if p]
    joined = "".join(parts)
    if (
        2 < len(parts) <= 4
        and len(joined) == symbols
        and joined.isascii()
        and joined.isalnum()
        and (joined.isupper() or any(c.isdigit() for c in joined))
        and not all(p.lower() in LEXICON.spellings for p in parts)
        and _ALPHABET.issuperset(normalize_code(joined))
    ):
        # "BGN JU7 G", "bgn-ju 7g": the code typed alone with its spaces in the wrong places
        return parse_code(joined, symbols)
    return NOT_FOUND


def parse_codes(text: str) -> tuple[Parsed, Parsed]:
    """The case number (7 symbols) and the access code (8) written in one message, apart from
    each other: "status LY2 VM25 82ZE FMMT" (the code was read as "VM25-82ZE", across both)."""
    both = parse_both(text)
    if both is not None:
        return both
    first = [Parsed(True, found[0][2], found[0][2]) if found else NOT_FOUND for found in _found(text)]
    return first[0], first[1]


def parse_both(text: str) -> tuple[Parsed, Parsed] | None:
    """The case number and the access code when one message holds both, apart; None when it
    holds one, or one read across the other."""
    numbers, codes = _found(text)
    both = _apart(numbers, codes)
    if both is None and numbers:
        # "bgn ju7g ckrm qede" to "Tulis nomor laporan Anda": a code of letters only, in lower
        # case, beside the number she gave (the code was asked again)
        both = _apart(numbers, list(_candidates(text, 8, beside_a_code=True)))
    return both


def _found(text: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    numbers, codes = list(_candidates(text, 7)), list(_candidates(text, 8))
    if not numbers and codes:
        # "status cxx uqyq 7c2p-dxfs": a number of letters only, typed in lower case, is read
        # beside the code she gave with it (one number in eight has no digit)
        numbers = list(_candidates(text, 7, beside_a_code=True))
    return numbers, codes


def _apart(numbers: list[tuple[int, int, str]], codes: list[tuple[int, int, str]]) -> tuple[Parsed, Parsed] | None:
    """The first number and code that do not overlap."""
    for n_start, n_end, number in numbers:
        for c_start, c_end, code in codes:
            if n_end <= c_start or c_end <= n_start:
                return Parsed(True, number, number), Parsed(True, code, code)
    return None


def _candidates(text: str, symbols: int, *, beside_a_code: bool = False) -> Iterator[tuple[int, int, str]]:
    """(start, end, canonical form) of each code of that many symbols in ``text``, first first.
    ``beside_a_code``: letters only, in lower case, are a number too when no part is a word."""
    if len(text) > 80:
        return
    # tried from every word's start: "kode PJVR-QKKG" would otherwise be read as "kode PJVR"
    for start in _WORD_START.finditer(text):
        match = _CODE.match(text, start.start())
        if match is None or {match.group(1).lower(), match.group(2).lower()} & _LABELS:
            continue
        cleaned = normalize_code(match.group(0))
        if len(cleaned) != symbols:
            continue
        whole = match.group(0) == text.strip() or (
            beside_a_code and not {match.group(1).lower(), match.group(2).lower()} & LEXICON.spellings
        )
        if cleaned.isalpha() and not _looks_like_a_code(match.group(0), whole=whole):
            continue
        if not whole and not _ALPHABET.issuperset(cleaned):
            continue  # "gaji 1500 sar": 0, 1, I and O are in no code, so inside a sentence it is none
        if not whole and _a_word_in_it(match):
            continue  # "gaji 2345 myr", "bayar 25jt": an amount and a word, not a code
        if _REDUPLICATED.fullmatch(match.group(0)) and match.group(0) != text.strip():
            continue  # "syukur2 bisa pulang", "marah2": a word said twice, in a sentence
        yield match.start(), match.end(), dashed(cleaned)


#: a word written twice as chat Indonesian writes it, with a "2" ("syukur2", "pelan2")
_REDUPLICATED = re.compile(r"[a-z]+2")


def _a_word_in_it(match: re.Match[str]) -> bool:
    """One of its two parts is a word people write ("myr", "gaji"), typed as a word (not in
    capitals, no dash): the code printed by the bot is never split that way."""
    written = match.group(0)
    if "-" in written or "–" in written or written.isupper():
        return False
    return any(part.lower() in LEXICON.spellings for part in (match.group(1), match.group(2)))


def _looks_like_a_code(written: str, whole: bool) -> bool:
    """All letters is a code when written as one ("ABCD-EFGH", "WXYZ PQRS"), or typed alone in
    the code's own letters ("qtbzmhk", "sae wxjt": one case number in eight has no digit);
    "nomornya" in a sentence is a word, and so is a message of known words only ("gak tahu")."""
    if "-" in written or written.isupper():
        return True
    parts = written.lower().split()
    if not whole or all(part in LEXICON.spellings for part in parts):
        return False
    return set("".join(parts).upper()) <= _ALPHABET
