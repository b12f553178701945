"""``understand(text, today)``: one message read once into proposed slot values (the package's
docstring says how). Compiled with the engine (flows/native.py, ADR 0023): it runs on every
free-text answer."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from flows.understand.age import read_age
from flows.understand.categories import alternatives, read_categories
from flows.understand.contact import read_contact
from flows.understand.heard_from import said_of_a_call, said_of_no_call
from flows.understand.indicators import read_indicators, read_wants
from flows.understand.language import read_language
from flows.understand.lexicon import LEXICON
from flows.understand.matcher import Match
from flows.understand.money import country_of_currency, read_money
from flows.understand.normalize import read_text
from flows.understand.not_told import taken_back
from flows.understand.people import read_people
from flows.understand.places import read_place
from flows.understand.scoring import by_slot, unmasked
from flows.understand.types import Danger, Understanding
from flows.understand.when import read_since, said_of_lost_contact
from flows.understand.work import read_work

#: a message longer than this is read up to here (a story pasted twice is not read twice)
MAX_CHARS = 20_000
_SLOTS_OF_PLACES = ("country", "city", "origin")
_STILL_IN_TOUCH = "mask:still in touch, not lost contact"
_NOT_SENT_HOME = "category:tidak_dipulangkan"
#: a contract that ends later, in the words as read: "kontrak sy habis bulan depan", "bln dpn sy finish
#: kontrak", "my contract finish next month" (in code, not the lexicon: a new word there changes how
#: the trained models read every message, "dpn" and "didepan" among them)
_ENDS_LATER = re.compile(
    r"\b(?:kontrak|contract)(?: (?:saya|nya|kerja|my|her|his|will))? (?:habis|selesai|berakhir|abis|tamat|finish|"
    r"finished|end|ends|expire|expires|over|done) (?:(?:bulan|minggu|tahun) (?:depan|dpn)"
    r"|next (?:month|week|year)|soon|nanti|sebentar lagi|\d+ (?:bulan|minggu|hari) lagi"
    r"|in \d+ (?:month|months|week|weeks|day|days))\b"
    r"|\b(?:bulan|minggu|tahun) (?:depan|dpn)(?: saya)? (?:habis|selesai|finish|tamat) kontrak\b"
    r"|\b(?:habis|selesai|finish|tamat|end|complete) (?:(?:my|her|his|the) )?(?:kontrak|contract) "
    r"(?:(?:bulan|minggu|tahun) (?:depan|dpn)|next (?:month|week|year))\b"
)


def ends_later(words: tuple[str, ...]) -> list[tuple[int, int]]:
    """The word spans that tell a contract ending later."""
    if "kontrak" not in words and "contract" not in words:
        return []  # (most messages: nothing joined or searched)
    joined = " ".join(words)
    starts = [0]
    for word in words[:-1]:
        starts.append(starts[-1] + len(word) + 1)
    spans = []
    for found in _ENDS_LATER.finditer(joined):
        first = max(k for k, s in enumerate(starts) if s <= found.start())
        last = max(k for k, s in enumerate(starts) if s < found.end())
        spans.append((first, last + 1))
    return spans


_detector: Callable[[str], Danger | None] | None = None


def _fallback(text: str) -> Danger | None:
    from flows.danger import detect_danger

    return Danger("danger") if detect_danger(text) else None


def _danger(text: str) -> Danger | None:
    """The danger reader (``flows/understand/danger.py``) when it is there, else the bot's
    danger words (``flows/danger.py``) as a plain "danger". Resolved once, at the first call."""
    global _detector
    if _detector is None:
        try:
            from flows.understand.danger import detect  # type: ignore[attr-defined,unused-ignore]

            _detector = detect
        except ImportError:
            _detector = _fallback
    found = _detector(text)
    return found if isinstance(found, Danger) else None


def _joined(quotes: tuple[str, ...]) -> str:
    return " / ".join(q for q in quotes if q)


def _undenied(matches: list[Match], denials: list[Match]) -> list[Match]:
    """What she asks for and the signs of forced labour, less what her words deny ("gaji sy udh
    dibayar semua" asks for no wages; "paspor sy tidak ditahan" is no retained document)."""
    if not denials:
        return matches
    return [m for m in matches if not any(d.start < m.end and m.start < d.end for d in denials)]


def _taken_back(found: list[Match], kept: list[Match]) -> frozenset[str]:
    """The categories only a mask's words read: read by a match a mask took back, by none kept."""
    read = {m.label for m in kept}
    return frozenset(
        m.label.partition(":")[2] for m in found if m.label.startswith("category:") and m.label not in read
    )


def understand(text: str, today: date, lang: str = "id") -> Understanding:
    """Everything one message says, each value with the person's words behind it. ``lang``: the
    conversation's language so far (a hint for what the words alone leave open)."""
    text = text[:MAX_CHARS]
    read = read_text(text)
    found = LEXICON.index.find(read.words)
    slots = by_slot(unmasked(found))
    # "no PT yg berangkatin", "telefon tak berangkat", "the agency say she run away": not told
    slots["category"], not_told = taken_back(read.words, slots.get("category", []))
    evidence: dict[str, str] = {}
    later = ends_later(read.words)
    if later:
        # "kontrak habis bulan depan": a contract that has not ended is no "not sent home"
        slots["category"] = [
            m
            for m in slots.get("category", [])
            if m.label != _NOT_SENT_HOME or not any(s < m.end and m.start < e for s, e in later)
        ]

    # words a mask took back ("paspor sy pegang sendiri") are not a story for the model to guess at
    # "tiap hari masih wa sy": still in touch, so the model may not add lost contact
    # "kontrak habis bulan depan": a contract that has not ended; the model may read the rest of
    # her story ("paspor dipegang kapten"), but may not add that she was not sent home
    masked = in_touch = False
    for m in found:  # one walk over a story's matches (ADR 0023)
        if m.label.startswith("mask:"):
            masked = True
            if m.label == _STILL_IN_TOUCH:
                in_touch = True
                break
    not_added = frozenset({"putus_komunikasi"}) if in_touch else frozenset()
    if masked:
        # "majikan gk kasih hp": the words a mask took back ("not wages") are not the model's to
        # read back in either ("gk kasih" reads as wages to it)
        not_added = not_added | _taken_back(found, slots.get("category", []))
    not_added = not_added | {"tidak_dipulangkan"} if later else not_added
    not_added = not_added | not_told
    denials = slots.get("denies", [])
    categories, quotes = read_categories(
        read, slots.get("category", []), guess=not masked, not_added=not_added, denials=denials
    )
    if not_told:
        # nor guessed by the model when no rule read anything ("majikannya bilang dia lari dr rumah")
        pairs = [(c, q) for c, q in zip(categories, quotes, strict=False) if c not in not_told]
        categories, quotes = tuple(c for c, _ in pairs), tuple(q for _, q in pairs)
    if categories:
        evidence["categories"] = _joined(quotes)
    place = read_place(read, [m for s in _SLOTS_OF_PLACES for m in slots.get(s, ())], slots.get("at_sea", []))
    evidence.update(place.evidence)
    problem = [(m.start, m.end) for m in slots.get("category", ())]
    since, words, at = read_since(read, today, problem)
    if since:
        evidence["since"] = words
        if (
            said_of_lost_contact(read.words, at, slots.get("category", ()))
            or said_of_a_call(read.words, at)
            or said_of_no_call(read.words, at)  # "udh 3 bln gk pernah wa"
        ):
            # lost contact said in words: the time is when they last heard from her; a time said
            # of another problem ("gk digaji 4 bln") is not; "kemarin dia telp" is her last call
            evidence["last_contact"] = words
    money, quotes = read_money(read, place.country)
    if money:
        evidence["money"] = _joined(quotes)
    country = place.country
    if country is None and not place.at_sea:
        country = country_of_currency(money)
        if country is not None:
            evidence["country"] = evidence["money"]
    home = slots.get("back_home", [])
    if home:
        evidence["back_home"] = read.quote(home[0].start, home[0].end)
    people = read_people(read, slots)
    evidence.update(people.evidence)
    age = read_age(read)
    if age is not None:
        evidence["age"] = age[1]
    work = read_work(read, slots)
    evidence.update(work.evidence)
    indicators, quotes = read_indicators(read, _undenied(slots.get("indicator", []), denials), categories)
    if indicators and any(quotes):
        evidence["indicators"] = _joined(quotes)
    wants, quotes = read_wants(read, _undenied(slots.get("wants", []), denials), categories)
    if wants and any(quotes):
        evidence["wants"] = _joined(quotes)
    contact = read_contact(text, country)
    evidence.update(contact.evidence)
    danger = _danger(text)
    if danger is not None and danger.words:
        evidence["danger"] = danger.words
    return Understanding(
        categories=categories,
        alternatives=alternatives(read, categories, denials),
        country=country,
        city=place.city,
        at_sea=place.at_sea,
        near=place.near,
        back_home=bool(home),
        sector=work.sector,
        employer_type=work.employer_type,
        agency=work.agency,
        route=work.route,
        since=since,
        money=money,
        reporter=people.reporter,
        relation=people.relation,
        sex=people.sex,  # type: ignore[arg-type]
        age=age[0] if age is not None else None,
        wants=wants,
        indicators=indicators,
        danger=danger,
        language=read_language(text, read, lang),
        own_name=contact.own_name,
        worker_name=contact.worker_name,
        phone=contact.phone,
        worker_phone=contact.worker_phone,
        employer_name=contact.employer_name,
        evidence=evidence,
    )
