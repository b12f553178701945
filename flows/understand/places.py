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
from flows.understand.money import CURRENCIES
from flows.understand.normalize import BREAK, Text

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


def _before_has(words: tuple[str, ...], start: int, which: frozenset[str], reach: int) -> bool:
    for k in range(start - 1, max(-1, start - 1 - reach), -1):
        if words[k] == BREAK:
            return False
        if words[k] in which:
            return True
    return False


def read_place(text: Text, places: list[Match], at_sea: list[Match]) -> Place:
    """The destination among the places said. Several countries: a ship's flag ("kapal
    bendera taiwan") wins, then where the worker was taken last ("dibawa ke kamboja"), then the
    first one said. A country said as a nationality ("org pakistan") or a currency ("dinar
    kuwait") is not a place; one said with "dekat"/"perairan" is where the ship is (``near``)."""
    words = text.words
    markers = LEXICON.near_markers
    evidence: dict[str, str] = {}
    sea = bool(at_sea)
    near: str | None = None
    candidates: list[tuple[int, Match, str]] = []  # (preference, match, code)
    for match in _longest(places):
        kind, _, rest = match.label.partition(":")
        code = rest.partition(":")[0] if kind == "city" else rest
        if kind == "origin" or code == INDONESIA:
            continue
        if match.start >= 1 and (words[match.start - 1] in _NATIONALITY or words[match.start - 1] in CURRENCIES):
            continue
        if words[match.start] in _CHAT_WORDS and not _named_as_place(text, match):
            continue  # "kl masakan keasinan": "kalau", not Kuala Lumpur
        if kind == "country" and _near_marker(words, match.start, markers):
            if near is None:
                near = code
                evidence["near"] = text.quote(match.start, match.end)
            continue
        preference = 0
        if kind == "country" and _demonym(words, match):
            preference = -1  # "im Filipina helper here in Hong Kong": who she is; a place said wins
        elif sea and _before_has(words, match.start, _FLAG, 2):
            preference = 2
        elif _before_has(words, match.start, _TAKEN_TO, 4) and not _before_has(words, match.start, _FROM, 1):
            # "dibawa nyebrang sungai dari thailand": where she was taken through, not to
            preference = 1
        candidates.append((preference, match, code))
    country: str | None = None
    city: str | None = None
    if candidates:
        top = max(p for p, _, _ in candidates)
        chosen = [c for c in candidates if c[0] == top]
        _, match, country = chosen[-1] if top == 1 else chosen[0]
        evidence["country"] = text.quote(match.start, match.end)
        cities = [m for _, m, code in candidates if code == country and m.label.startswith("city:")]
        # a city over its region ("selangor, klang" -> Klang), else the first said
        cities.sort(key=lambda m: m.label.split(":", 2)[2] in LEXICON.regions)
        if cities:
            city = cities[0].label.split(":", 2)[2]
            evidence["city"] = text.quote(cities[0].start, cities[0].end)
    if country is None and near is None:
        country, city = _misspelt(text, evidence)
    if country is None and near is not None and not sea:
        country, near = near, None
        evidence["country"] = evidence.pop("near")
    if sea:
        evidence["at_sea"] = text.quote(at_sea[0].start, at_sea[0].end)
    return Place(country, city, sea, near, evidence)


#: how close a word must be to a place's name to be read as it, misspelt ("malysia", "hongkog")
FUZZY_CUTOFF = 88
#: at most this many unknown words of a message are compared with the place names
FUZZY_WORDS = 12


def _misspelt(text: Text, evidence: dict[str, str]) -> tuple[str | None, str | None]:
    """A destination written with a typo, when no place was read at all: the closest one-word
    name of a destination or its city (rapidfuzz), for words the lexicon does not know."""
    names = LEXICON.place_words
    checked = 0
    for i, word in enumerate(text.words):
        if len(word) < 5 or not word.isalpha() or word in LEXICON.vocabulary:
            continue
        checked += 1
        if checked > FUZZY_WORDS:
            break
        from rapidfuzz import fuzz, process  # at the first fuzzy match: not at idle (issue 18)

        found = process.extractOne(word, names.keys(), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        if found is None or found[0][0] != word[0]:
            # a typo rarely changes the first letter; "gampang" (easy) is not Ampang
            continue
        kind, _, rest = names[found[0]].partition(":")
        evidence["country"] = text.quote(i, i + 1)
        if kind == "city":
            evidence["city"] = evidence["country"]
            code, _, city = rest.partition(":")
            return code, city
        return rest, None
    return None, None


#: a place said after these is where she came from or passed through
_FROM = frozenset({"dari", "dr", "from", "lewat", "via", "melalui"})
#: short place names that are also words ("kl" is "kalau", "rak" a shelf): a place only after "di",
#: "ke"... or in capitals ("di kl", "KL", "RAK")
_CHAT_WORDS = frozenset({"kl", "rak"})
_AT = frozenset({"di", "ke", "dari", "dr", "in", "at", "to", "from", "daerah", "area", "kota"})


def _named_as_place(text: Text, match: Match) -> bool:
    return (match.start >= 1 and text.words[match.start - 1] in _AT) or text.quote(match.start, match.end).isupper()


#: a country named after these is a nationality, not a place ("org pakistan", "warga malaysia")
_NATIONALITY = frozenset({"orang", "org", "warga", "bangsa", "keturunan", "wn"})
#: a country's word after these or before a worker's word is a nationality: "im Filipina helper",
#: "a Filipina", "sesama filipina"
_BEING = frozenset({"a", "an", "fellow", "sesama", "another"})
_WORKERS = frozenset(
    {"helper", "helpers", "maid", "maids", "worker", "workers", "domestic", "nurse", "caregiver", "friend",
     "friends", "girl", "lady", "woman", "women", "dh", "national", "citizen"}
)  # fmt: skip


def _demonym(words: tuple[str, ...], match: Match) -> bool:
    """ "im Filipina helper", "a Filipina friend": the country's word names who someone is."""
    after = words[match.end] if match.end < len(words) else ""
    before = words[match.start - 1] if match.start >= 1 else ""
    return (after in _WORKERS and before not in _AT) or before in _BEING


#: a ship's flag: "kapal bendera taiwan", "berbendera korea", "flagged in China", "kapal china"
_FLAG = frozenset({"bendera", "berbendera", "flag", "flagged", "kapal", "kapalnya", "vessel", "ship"})
#: where she was taken, after where she was promised to go: "dibawa ke kamboja", "sold to"
_TAKEN_TO = frozenset(
    {"dibawa", "dipindah", "dipindahkan", "dijual", "nyebrang", "menyeberang", "diseberangkan", "dioper",
     "dilarikan", "sekarang", "skrg", "now", "taken", "moved", "sold", "brought", "transferred", "crossed",
     # "promised thailand but they took me to cambodia", "ternyata dikirim ke kamboja"
     "took", "sent", "trafficked", "smuggled", "ternyata", "malah", "dikirim", "diselundupkan", "instead"}
)  # fmt: skip
