"""From pattern matches to ranked values: the score a value earns from the words that support it.

Several patterns often match the same words ("mau pulang" is both "{want} pulang" and "pulang");
they count once, at the weight of the strongest. Separate places in the message that say the
same thing add up, at ``REPEAT`` of their weight (saying it twice is not twice the problem).
Ties go to what was said first.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from flows.understand.matcher import Match

REPEAT = 0.5


class Scored(NamedTuple):
    value: str
    score: float
    first: int  # where the message first says it
    best: Match  # the strongest match: its words are the evidence


def unmasked(matches: list[Match]) -> list[Match]:
    """The matches less those strictly inside a ``mask`` match: words that only look like a slot's
    words ("ibu rumah tangga" is a housewife, not a domestic worker's employer; the "sakit" of
    "rumah sakit" is a hospital, which a pattern of the same span may still read)."""
    masks = [(m.start, m.end) for m in matches if m.label.startswith("mask:")]
    if not masks:
        return matches
    return [
        m
        for m in matches
        if not m.label.startswith("mask:")
        and not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in masks)
    ]


def by_slot(matches: Iterable[Match]) -> dict[str, list[Match]]:
    """Matches grouped by slot ("category", "country", ...), in the order of the message."""
    groups: dict[str, list[Match]] = {}
    for match in matches:
        slot = match.label.partition(":")[0]
        groups.setdefault(slot, []).append(match)
    return groups


def _by_place(match: Match) -> tuple[int, int]:
    return match.start, -match.end


def _strength(match: Match) -> tuple[float, int]:
    return match.weight, match.end - match.start


def rank(matches: Iterable[Match]) -> list[Scored]:
    """Values of one slot, best first: overlapping matches of a value count once (the strongest)."""
    # per value: its clusters of overlapping matches, each as [end, strongest match]
    clusters: dict[str, list[list[Any]]] = {}
    for match in sorted(matches, key=_by_place):
        value = match.label.partition(":")[2]
        groups = clusters.get(value)
        if groups is None:
            clusters[value] = [[match.end, match]]
            continue
        last = groups[-1]
        if match.start < last[0]:
            last[0] = max(last[0], match.end)
            if _strength(match) > _strength(last[1]):
                last[1] = match
        else:
            groups.append([match.end, match])
    ranked = []
    for value, groups in clusters.items():
        strongest = [group[1] for group in groups]
        best = max(strongest, key=_strength)
        weights = sorted((m.weight for m in strongest), reverse=True)
        score = weights[0] + REPEAT * sum(weights[1:])
        ranked.append(Scored(value, score, min(m.start for m in strongest), best))
    ranked.sort(key=lambda s: (-s.score, s.first))
    return ranked
