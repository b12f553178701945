"""The work: sector, employer type, the placement agency's name and how the worker left.

"perorangan", "rumah tangga", domestic work -> rumah_tangga; "perusahaan", "panti", a factory ->
perusahaan (care work may be either: it implies neither). "majikan" alone says nothing of it (every employer is one).
"PT" alone is the placement agency ("resmi lwt PT"), not the employer. Route: "resmi lwt PT" ->
procedural; "lewat calo" -> calo; "tidak lewat PT", "visa turis/ziarah/umroh" -> non_procedural
(negation decides: a "lewat PT" after "tidak" never counts as procedural).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from flows.understand.lexicon import LEXICON
from flows.understand.matcher import Match
from flows.understand.normalize import Text
from flows.understand.scoring import rank
from flows.understand.types import EmployerType, Route, Sector

#: the employer a sector implies when the words name none
IMPLIED_EMPLOYER: dict[str, EmployerType] = {"domestic": "rumah_tangga", "factory": "perusahaan"}
AGENCY_MARKERS = frozenset(
    {"pt", "pt.", "p.t", "cv", "cv.", "p3mi", "pjtki", "ppmi", "agensi", "agency", "agen", "lpk"}
)
#: words that end an agency's name written in lower case
_NAME_ENDS = frozenset(
    "di ke dari yang dan tapi karena untuk dengan saya sy aku kami dia itu ini sudah udh udah belum blm tidak gk ga "
    "lewat lwt melalui resmi jalur sebagai in at the and but from to with is was my "
    # a family's doubt after the name: "PT bintang jaya kalo gk salah", "PT Maju i think"
    "kalo kalau klo kl kayaknya kayanya kyknya keknya sepertinya mungkin maybe i think".split()
)


#: "its", between a marker and its name ("PT nya Bintang Sejahtera")
_ITS = frozenset({"nya", "ny", "nyo"})
#: words of the story that a capital at a sentence's start does not make a name
_NOT_NAMES = frozenset("majikan agen gaji paspor kerja bos sponsor calo kontrak visa tapi terus lalu".split())


_ILLEGAL = frozenset({"ilegal", "illegal", "illegally", "ilegally"})
#: work that is illegal ("disuruh kerja ilegal di toko", "illegal work"): said of the job, not the route
_ILLEGAL_WORK = re.compile(
    r"\b(?:ilegal (?:work|working|job|jobs|kerja|bekerja)|(?:work|working|job|kerja|bekerja) ilegal)\b"
)


class Work(NamedTuple):
    sector: Sector | None
    employer_type: EmployerType | None
    agency: str | None
    route: Route | None
    evidence: dict[str, str]


def read_agency(text: Text, answered: bool = False) -> str | None:
    """ "PT Sumber Rejeki", "agency Lee": the marker and the name after it, as written.
    ``answered``: typed as the answer to "which agency?", where a name's lower-case word goes on
    ("PT Citra mandiri": it was "PT Citra", "mandiri" a word of her story elsewhere)."""
    raw = text.raw
    for i, token in enumerate(raw[:-1]):
        marker = token.strip(".:()").lower()
        if marker not in AGENCY_MARKERS:
            continue
        name: list[str] = []
        # "PT nya Bintang Sejahtera", "pt ny Maju": "its PT is ...", the name after it
        start = i + 2 if raw[i + 1].lower() in _ITS and i + 2 < len(raw) else i + 1
        for word in raw[start : start + 4]:
            clean = word.strip(".,:;()\"'!?")
            lower = clean.lower()
            if not clean or lower in _NAME_ENDS or lower in LEXICON.shorthand or not clean[0].isalnum():
                break
            if not name and clean[0].isdigit():
                break  # "bayar ke PT 45 juta": an amount, not a name
            if lower.strip(".") in AGENCY_MARKERS:
                break  # "kata agen PT itu ...": another marker, read in its turn ("agen PT Maju" is "PT Maju")
            # "lewat PT. Majikan pertama baik": a word of ours, not a name. A name typed all in
            # lower case goes on ("pt maju jaya"); a capitalised one ends at a lower-case word
            typed_lower = bool(name) and not any(part[0].isupper() for part in name) and clean.isalpha()
            typed_lower = typed_lower or (answered and bool(name))
            if lower in LEXICON.vocabulary and ((not clean[0].isupper() and not typed_lower) or lower in _NOT_NAMES):
                break
            if marker in ("agen", "agensi", "agency") and not clean[0].isupper():
                break
            name.append(clean)
            if clean != word.rstrip("\"'") or word.endswith((",", ".", ";", ":", "!", "?")):
                break
        if name:
            head = "PT" if marker.replace(".", "") == "pt" else token.strip(".,:;()")
            return " ".join([*_name_before(raw, i), head, *name])
    return None


def _name_before(raw: tuple[str, ...], i: int) -> list[str]:
    """ "Best Maid Agency Pte Ltd": the words in capitals before a capitalised "Agency" are its name."""
    if raw[i].strip(".:()").lower() not in ("agency", "agensi", "agen") or not raw[i][0].isupper():
        return []
    before: list[str] = []
    for word in reversed(raw[max(0, i - 3) : i]):
        clean = word.strip("\"'()")
        if (
            not clean[:1].isupper()
            or clean != word
            or word.endswith((",", ".", ";", ":", "!", "?"))
            or clean.lower() in _NOT_NAMES
            or clean.lower() in _NAME_ENDS
        ):
            break
        before.insert(0, clean)
    return before


def _best(text: Text, matches: list[Match]) -> tuple[str | None, str]:
    ranked = rank(matches)
    if not ranked:
        return None, ""
    return ranked[0].value, text.quote(ranked[0].best.start, ranked[0].best.end)


def read_work(text: Text, slots: dict[str, list[Match]]) -> Work:
    evidence: dict[str, str] = {}
    sector, words = _best(text, slots.get("sector", []))
    if sector:
        evidence["sector"] = words
    employer, words = _best(text, slots.get("employer", []))
    if employer:
        evidence["employer_type"] = words
    elif sector in IMPLIED_EMPLOYER:
        employer = IMPLIED_EMPLOYER[sector]
        evidence["employer_type"] = evidence["sector"]
    routes = slots.get("route", [])
    if _ILLEGAL_WORK.search(text.plain()):
        # "illegal work" in Hong Kong: work outside her contract, not how she left
        routes = [m for m in routes if text.quote(m.start, m.end).lower() not in _ILLEGAL]
    route, words = _best(text, routes)
    if route:
        evidence["route"] = words
    agency = read_agency(text)
    if agency:
        evidence["agency"] = agency
    return Work(sector, employer, agency, route, evidence)  # type: ignore[arg-type]
