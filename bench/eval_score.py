"""Scoring the readers against the labelled sets: per-slot precision and recall, the category's
top-1 and top-2, country accuracy, danger recall and look-alikes flagged, negation misreads.

Pure functions over the items and a reader callable, so the report (bench/understanding.py) and
the acceptance tests (tests/unit/test_understanding_targets.py) count the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

#: the slots of flows.understand.types.Understanding that the sets label, in report order
SLOTS = (
    "categories",
    "country",
    "city",
    "at_sea",
    "near",
    "sector",
    "employer_type",
    "agency",
    "route",
    "since",
    "money",
    "reporter",
    "relation",
    "sex",
    "wants",
    "indicators",
    "danger",
    "language",
)
LIST_SLOTS = frozenset({"categories", "wants", "indicators", "money"})

#: spellings of one place that are the same answer (transliterations, short forms)
CITY_ALIASES = {
    "riyad": "riyadh",
    "makkah": "mecca",
    "mekkah": "mecca",
    "mekah": "mecca",
    "makkah al mukarramah": "mecca",
    "madinah": "medina",
    "taizhong": "taichung",
    "kl": "kuala lumpur",
    "jiddah": "jeddah",
    "jedah": "jeddah",
    "kaohsiung city": "kaohsiung",
    "taipei city": "taipei",
    "jb": "johor bahru",
    "johor baru": "johor bahru",
    "shatin": "sha tin",
}


@dataclass
class Tally:
    """True positives, false positives and false negatives of one slot."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None


@dataclass
class Ratio:
    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += ok


@dataclass
class UnderstandingScore:
    slots: dict[str, Tally] = field(default_factory=lambda: {slot: Tally() for slot in SLOTS})
    top1: Ratio = field(default_factory=Ratio)
    #: the primary among the first two of the reader's ranking: the categories it proposes, then
    #: its ``alternatives`` (which the bot offers first when she says the problem is not right)
    top2: Ratio = field(default_factory=Ratio)
    #: the stricter figure: among the first two it proposes (before 6 December, "top-2")
    top2_proposed: Ratio = field(default_factory=Ratio)
    country: Ratio = field(default_factory=Ratio)
    top1_by_kind: dict[str, Ratio] = field(default_factory=dict)
    top1_by_language: dict[str, Ratio] = field(default_factory=dict)
    #: per labelled primary category: (top-1, top-2)
    by_category: dict[str, tuple[Ratio, Ratio]] = field(default_factory=dict)
    errors: int = 0
    #: (id, slot, expected, got) for every wrong or missed value: listed for the tune part only
    misses: list[tuple[str, str, Any, Any]] = field(default_factory=list, repr=False)


def _text(value: str) -> str:
    folded = re.sub(r"[^\w\s]", " ", value.casefold())
    return " ".join(folded.split())


def _city(value: str) -> str:
    text = _text(value)
    return CITY_ALIASES.get(text, text)


def _agency(value: str) -> str:
    return _text(value)


def _duration(value: str) -> str:
    """ISO durations compared by meaning ("P1Y" is "P12M", "P2W" is "P14D"); dates as written."""
    match = re.fullmatch(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?", value.strip().upper())
    if not match or not any(match.groups()):
        return value.strip()
    years, months, weeks, days = (int(g) if g else 0 for g in match.groups())
    return f"P{years * 12 + months}M{weeks * 7 + days}D"


def expected_values(slot: str, expect: dict[str, Any]) -> set[Any]:
    """The labelled values of one slot as comparable atoms (empty: the message does not say)."""
    value = expect.get(slot)
    if value is None or value is False:
        return set()
    return _atoms(slot, value)


def predicted_values(slot: str, got: Any) -> set[Any]:
    """The values a reader's Understanding proposes for one slot, as comparable atoms."""
    value = getattr(got, slot, None)
    if value is None or value is False or value == ():
        return set()
    if slot == "money":
        return {(int(m.amount), str(m.currency).upper()) for m in value}
    if slot == "danger":
        return {(value.kind, bool(value.third_person))}
    return _atoms(slot, value)


def _atoms(slot: str, value: Any) -> set[Any]:
    if slot == "money":
        return {(int(m["amount"]), str(m["currency"]).upper()) for m in value}
    if slot == "danger":
        return {(value["kind"], bool(value.get("third_person", False)))}
    if slot in LIST_SLOTS:
        return {str(v) for v in value}
    if slot == "city":
        return {_city(str(value))}
    if slot == "agency":
        return {_agency(str(value))}
    if slot == "since":
        return {_duration(str(value))}
    if slot in ("country", "near"):
        return {str(value).upper()}
    return {value}


def score_understanding(items: Iterable[dict[str, Any]], understand: Callable[[str], Any]) -> UnderstandingScore:
    """Run ``understand`` on every item and count each slot, the category ranks and the country."""
    score = UnderstandingScore()
    for item in items:
        expect = item["expect"]
        try:
            got = understand(item["text"])
        except Exception:  # a reader that breaks on one message is counted, not fatal
            score.errors += 1
            got = None
        for slot in SLOTS:
            want = expected_values(slot, expect)
            have = predicted_values(slot, got) if got is not None else set()
            tally = score.slots[slot]
            tally.tp += len(want & have)
            tally.fp += len(have - want)
            tally.fn += len(want - have)
            if want != have:
                score.misses.append((item["id"], slot, sorted(want, key=str), sorted(have, key=str)))
        wanted = expect.get("categories") or []
        if wanted:
            proposed = list(getattr(got, "categories", ()) or ())
            ranked = proposed + [c for c in getattr(got, "alternatives", ()) or () if c not in proposed]
            hit = bool(proposed) and proposed[0] == wanted[0]  # an alternative is never the first
            score.top1.add(hit)
            score.top2.add(wanted[0] in ranked[:2])
            score.top2_proposed.add(wanted[0] in proposed[:2])
            score.top1_by_kind.setdefault(item["kind"], Ratio()).add(hit)
            first, second = score.by_category.setdefault(wanted[0], (Ratio(), Ratio()))
            first.add(hit)
            second.add(wanted[0] in ranked[:2])
            score.top1_by_language.setdefault(expect.get("language") or "not labelled", Ratio()).add(hit)
        if expect.get("country"):
            score.country.add(str(getattr(got, "country", "") or "").upper() == expect["country"])
    return score


@dataclass
class DangerScore:
    recall: Ratio = field(default_factory=Ratio)  # dangerous or self-harm messages flagged
    flagged_right: Ratio = field(default_factory=Ratio)  # precision: flagged messages that are dangerous
    kind_right: Ratio = field(default_factory=Ratio)  # danger vs self_harm, among those flagged
    third_person_right: Ratio = field(default_factory=Ratio)
    lookalikes: int = 0
    lookalikes_flagged: int = 0
    #: the safety question (flows/safety_check.py): asked when no rule flags but the model would
    flagged_or_asked: Ratio = field(default_factory=Ratio)  # dangerous messages flagged or asked about
    lookalikes_asked: int = 0
    everyday: int = 0  # understanding-set messages with no danger that no rule flags
    everyday_asked: int = 0
    errors: int = 0
    misses: list[tuple[str, str, str]] = field(default_factory=list, repr=False)  # (id, expected, got)


def score_danger(
    items: Iterable[dict[str, Any]],
    detect: Callable[[str], Any],
    asks: Callable[[str], bool] | None = None,
    everyday: Iterable[dict[str, Any]] = (),
) -> DangerScore:
    """``asks``: whether the safety question would be asked about a message no rule flags;
    ``everyday``: understanding-set messages, of which those with no danger count how often
    an ordinary message would be asked about."""
    score = DangerScore()
    for item in items:
        expect = item["expect"]
        try:
            got = detect(item["text"])
        except Exception:
            score.errors += 1
            got = None
        asked = got is None and asks is not None and asks(item["text"])
        dangerous = expect["danger"] != "none"
        if item.get("lookalike"):
            score.lookalikes += 1
            score.lookalikes_flagged += got is not None
            score.lookalikes_asked += asked
        if dangerous:
            score.recall.add(got is not None)
            score.flagged_or_asked.add(got is not None or asked)
        if got is not None:
            score.flagged_right.add(dangerous)
            if dangerous:
                score.kind_right.add(got.kind == expect["danger"])
                score.third_person_right.add(bool(got.third_person) == bool(expect["third_person"]))
        said = "none" if got is None else f"{got.kind}{' (third person)' if got.third_person else ''}"
        wanted = expect["danger"] + (" (third person)" if expect["third_person"] else "")
        if said != wanted:
            score.misses.append((item["id"], wanted, said + (" (asked)" if asked else "")))
    if asks is not None:
        for item in everyday:
            if (item["expect"].get("danger") or {}).get("kind", "none") != "none" or detect(item["text"]) is not None:
                continue
            score.everyday += 1
            score.everyday_asked += asks(item["text"])
    return score


@dataclass
class NegationScore:
    answers: Ratio = field(default_factory=Ratio)
    consents: Ratio = field(default_factory=Ratio)
    misreads: list[tuple[str, str, str, str]] = field(default_factory=list)  # (text, reader, expected, got)


def score_negation(
    items: Iterable[dict[str, Any]],
    read_answer: Callable[..., Any] | None,
    read_consent: Callable[[str], Any] | None,
) -> NegationScore:
    score = NegationScore()
    for item in items:
        text = item["text"]
        if read_answer is not None:
            collecting = bool(item.get("collecting", False))
            try:
                got: Any = read_answer(text, collecting=collecting)
            except Exception as error:
                got = f"error {type(error).__name__}"
            ok = got == item["answer"]
            score.answers.add(ok)
            if not ok:
                where = "read_answer(collecting)" if collecting else "read_answer"
                score.misreads.append((text, where, item["answer"], str(got)))
        if read_consent is not None and "consent" in item:
            try:
                agreed: Any = read_consent(text)
            except Exception as error:
                agreed = f"error {type(error).__name__}"
            ok = agreed is item["consent"]
            score.consents.add(ok)
            if not ok:
                score.misreads.append((text, "read_consent", str(item["consent"]), str(agreed)))
    return score
