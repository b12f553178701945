"""Keyed blind indexes, so a mediator can find a case by phone, passport number or name without
the server decrypting every case.

Each searchable value is normalised (a phone to its last nine digits, whatever prefix she typed;
a passport to upper-case letters and digits; a name to lower-case words without accents) and
kept only as an HMAC under the index key (``KeyRing.blind_index``), tagged with what it is. A
stolen table gives no names; the same worker's second report has the same digests, which is how
duplicates are found. Names are indexed whole and word by word ("siti" finds "Siti Aminah"); a case number's last four
symbols too (not secret, but a lookup instead of a scan of every number).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any

from storage.crypto import KeyRing

#: which answers feed which index
SOURCES = {
    "phone": ("phone", "worker_phone", "reporter_phone"),
    "passport": ("passport",),
    "name": ("worker_name", "name"),
}
#: the kinds that say "the same worker" when two cases share them
IDENTIFYING = ("phone", "passport", "name_full")
MIN_WORD = 3


def normal_phone(value: str) -> str | None:
    digits = re.sub(r"\D", "", value)
    return digits[-9:] if len(digits) >= 7 else None


def normal_passport(value: str) -> str | None:
    kept = re.sub(r"[^0-9A-Z]", "", value.upper())
    return kept if len(kept) >= 5 else None


def normal_name(value: str) -> str:
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z ]", " ", plain.lower()).split())


def terms(kind: str, value: str) -> list[tuple[str, str]]:
    """(index kind, normalised value) pairs for one typed or stored value."""
    if kind == "phone":
        phone = normal_phone(value)
        return [("phone", phone)] if phone else []
    if kind == "passport":
        passport = normal_passport(value)
        return [("passport", passport)] if passport else []
    name = normal_name(value)
    if not name:
        return []
    words = [("name_word", w) for w in dict.fromkeys(name.split()) if len(w) >= MIN_WORD]
    return [("name_full", name), *words]


def digest(keyring: KeyRing, kind: str, normal: str) -> str:
    return keyring.blind_index(f"search|{kind}|{normal}")


def number_tail(typed: str) -> str | None:
    """The last four symbols of a case number ("K7Q-3XM9" → "3XM9"), as mediators often say it."""
    symbols = re.sub(r"[^0-9A-Z]", "", typed.upper())
    return symbols[-4:] if len(symbols) >= 4 else None


def case_digests(keyring: KeyRing, fields: Mapping[str, Any], number: str | None = None) -> list[tuple[str, str]]:
    """(kind, digest) rows for a case's answers (and its number's end), without repeats."""
    out: dict[str, str] = {}
    tail = number_tail(number) if number else None
    if tail:
        out[digest(keyring, "number_tail", tail)] = "number_tail"
    for kind, keys in SOURCES.items():
        for key in keys:
            value = fields.get(key)
            if isinstance(value, str) and value.strip():
                for term_kind, normal in terms(kind, value):
                    out[digest(keyring, term_kind, normal)] = term_kind
    return [(kind, d) for d, kind in out.items()]


def query_digests(keyring: KeyRing, typed: str) -> list[str]:
    """What a search box's text may be: a phone, a passport number or a name (all are tried)."""
    found: list[str] = []
    symbols = re.sub(r"[^0-9A-Za-z]", "", typed)
    if len(symbols) == 4:
        found.append(digest(keyring, "number_tail", symbols.upper()))
    for kind in ("phone", "passport", "name"):
        for term_kind, normal in terms(kind, typed):
            if term_kind == "name_word" and " " in normal_name(typed):
                continue  # several words: the whole name, not any one of them
            found.append(digest(keyring, term_kind, normal))
    return found


def identifying(rows: Iterable[tuple[str, str]]) -> list[str]:
    return [d for kind, d in rows if kind in IDENTIFYING]
