"""Where the worker is: the destination country (ISO 3166 alpha-2), a city or region, and the sea.

Names come from pycountry (English and Indonesian) and ``lexicon/places.yaml`` (everyday names,
cities and regions: "tawau" -> MY, "Taizhong" -> TW). Places in Indonesia are where a worker
comes from, never the destination ("NTT kupang"). On a ship, the country is the flag state or the
employer's country as the words say, and a country said with "dekat", "perairan" or "near" is
where the ship is ("di kapal taiwan dkt fiji" -> TW, at sea, near FJ).
"""

from __future__ import annotations

from typing import NamedTuple

from flows.understand.lexicon import LEXICON
from flows.understand.matcher import Match
from flows.understand.normalize import Text

INDONESIA = "ID"


class Place(NamedTuple):
    country: str | None
    city: str | None
    at_sea: bool
    near: str | None
    evidence: dict[str, str]


def _near_marker(words: tuple[str, ...], start: int, markers: frozenset[str]) -> bool:
    return any(words[k] in markers for k in range(max(0, start - 2), start))


def _longest(matches: list[Match]) -> list[Match]:
    """Place names that are not part of a longer one ("arab" inside "uni emirat arab")."""
    kept: list[Match] = []
    for match in sorted(matches, key=lambda m: (m.start, -(m.end - m.start))):
        if kept and match.start < kept[-1].end:
            continue
        kept.append(match)
    return kept


def read_place(text: Text, places: list[Match], at_sea: list[Match]) -> Place:
    markers = LEXICON.near_markers
    mentions = _longest(places)
    evidence: dict[str, str] = {}
    country: str | None = None
    near: str | None = None
    city: str | None = None
    for match in mentions:
        kind, _, rest = match.label.partition(":")
        code = rest.partition(":")[0] if kind == "city" else rest
        if kind == "origin" or code == INDONESIA:
            continue
        if _near_marker(text.words, match.start, markers):
            if near is None:
                near = code
                evidence["near"] = text.quote(match.start, match.end)
            continue
        if country is None:
            country = code
            evidence["country"] = text.quote(match.start, match.end)
        if kind == "city" and code == country and city is None:
            city = rest.partition(":")[2]
            evidence["city"] = text.quote(match.start, match.end)
    if country is None and near is not None and not at_sea:
        country, near = near, None
        evidence["country"] = evidence.pop("near")
    sea = bool(at_sea)
    if sea:
        evidence["at_sea"] = text.quote(at_sea[0].start, at_sea[0].end)
    return Place(country, city, sea, near, evidence)
