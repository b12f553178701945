"""Case numbers and access codes: short, easy to read aloud and to type on a phone.

The alphabet leaves out 0/O and 1/I (and so never asks a reader to tell them apart). Values come
only from the entropy the host passes, so a number says nothing about the previous one.
A case number has 7 symbols (35 bits: "K7Q-3XM9"); an access code 8 (40 bits: "AB3D-7KQP"). The
try limit on status checks (5 in 15 minutes) makes guessing a code hopeless.
"""

from __future__ import annotations

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"
NUMBER_SYMBOLS = 7
CODE_SYMBOLS = 8
ENTROPY_BYTES = 8


def _symbols(entropy: bytes, count: int) -> str:
    if len(entropy) < ENTROPY_BYTES:
        raise ValueError(f"need {ENTROPY_BYTES} bytes of entropy")
    value = int.from_bytes(entropy[:ENTROPY_BYTES], "big") >> (8 * ENTROPY_BYTES - 5 * count)
    out = []
    for _ in range(count):
        value, index = divmod(value, len(ALPHABET))
        out.append(ALPHABET[index])
    return "".join(out)


def dashed(symbols: str) -> str:
    """The printed form: a case number as "K7Q-3XM9" (3 and 4), a code as "AB3D-7KQP" (4 and 4)."""
    head = 3 if len(symbols) == NUMBER_SYMBOLS else len(symbols) // 2
    return f"{symbols[:head]}-{symbols[head:]}"


def case_number(entropy: bytes) -> str:
    return dashed(_symbols(entropy, NUMBER_SYMBOLS))


def access_code(entropy: bytes) -> str:
    return dashed(_symbols(entropy, CODE_SYMBOLS))


def normalize_code(text: str) -> str:
    """Uppercase, drop spaces and dashes; O→0 and I→1 make no sense here (neither is used), but
    people do swap them for the letters we use: 0→O is not in the alphabet either, so such a code
    simply fails. Lowercase l is read as L."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned


def format_number(text: str) -> str:
    """A typed case number in its canonical form ("k7q 3xm9" → "K7Q-3XM9"), or the input cleaned."""
    cleaned = normalize_code(text)
    if len(cleaned) == NUMBER_SYMBOLS:
        return dashed(cleaned)
    return cleaned
