"""Problems the words seem to tell and do not: read by the lexicon's patterns, taken back here by
kind (in code, not the lexicon: a new word there changes how the trained models read every
message). Each is taken back from the rules' matches and kept from the model's guess.

- "no" that is "nomor": "no PT yg berangkatin", "no agen nya" is the agency's number, not a
  departure denied (``{neg}`` counts English "no");
- a phone that does not ring through: Malay "telefon tak berangkat", "hp dia tak berangkat";
- what the agency or the employer says of her, said on by her family: "the agency say she run
  away but we dont believe", "kata agen nya dia kabur": that she fled is their word, not the
  family's.
"""

from __future__ import annotations

from collections.abc import Sequence

from flows.understand.matcher import Match
from flows.understand.normalize import BREAK

_FAILED_DEPARTURE = "category:gagal_berangkat"
_FLED = "category:melarikan_diri"
#: what a number belongs to, after "no" that is "nomor"
_NUMBERED = frozenset(
    "pt agen agensi agency hp wa telepon telpon telp tlp telefon rekening rek paspor passport sponsor kantor "
    "majikan calo ktp dia nya".split()
)
_PHONES = frozenset("telefon telepon telpon telp tlp hp handphone phone fon henpon panggilan call wa".split())
_NOT = frozenset({"tidak", "not", "no"})
#: who may say she fled when she did not tell it herself
_THEY = frozenset("agen agensi agency pt sponsor majikan employer boss bos madam calo perusahaan company".split())
_SAYS = frozenset("bilang blg ngomong say says said told tell tells claim claims katanya mengatakan bilangnya".split())
#: the clause of their claim ends here (a break, or the family's "but")
_ENDS = frozenset({BREAK, "but", "tapi", "tetapi", "padahal", "namun"})


def taken_back(words: Sequence[str], matches: list[Match]) -> tuple[list[Match], frozenset[str]]:
    """The category matches less those the words do not tell, and the categories so taken back
    (read by no match that is kept: the model may not add them either)."""
    claims = _claims(words)
    if not claims and "berangkat" not in "".join(words):
        return matches, frozenset()  # (most messages)
    # a claim that she fled: the pattern that read the sayer with it ("agency told us she ran away"
    # read whole as the agency run off) is theirs too
    fled = [c for c in claims if any(m.label == _FLED and c[0] <= m.start < c[1] for m in matches)]
    kept = [m for m in matches if not _not_told(words, m, claims, fled)]
    if len(kept) == len(matches):
        return matches, frozenset()
    left = {m.label for m in kept}
    dropped = frozenset(m.label.partition(":")[2] for m in matches if m.label not in left)
    return kept, dropped


def _not_told(words: Sequence[str], m: Match, claims: list[tuple[int, int]], fled: list[tuple[int, int]]) -> bool:
    if m.label == _FAILED_DEPARTURE and m.start < len(words):
        first = words[m.start]
        if first == "no" and m.start + 1 < len(words) and words[m.start + 1] in _NUMBERED:
            return True  # "no PT yg berangkatin": the agency's number
        if (
            first in _NOT
            and m.start >= 1
            and (words[m.start - 1] in _PHONES or (m.start >= 2 and words[m.start - 2] in _PHONES))
        ):
            return True  # "telefon tak berangkat", "hp dia tak berangkat": the call does not go through
    for claim in claims:
        start, end = claim
        if m.end <= start or m.start >= end:
            continue  # not in their claim
        if m.label == _FLED:
            # "the agency say she run away (but we dont believe)": their word. (Other problems in
            # their word stay: "majikan bilang adik sy meninggal ..., kami gk percaya" doubts how
            # she died, not that she did)
            return True
        if claim in fled and m.start < start and m.end <= end:
            return True  # the sayer is no culprit
    return False


def _claims(words: Sequence[str]) -> list[tuple[int, int]]:
    """(start, end) of each clause in which the agency or the employer says something of her: from
    the word after their saying to the clause's end."""
    found = []
    for i, word in enumerate(words):
        if word not in _SAYS:
            continue
        if not _THEY.intersection(words[max(0, i - 3) : i]):
            continue  # "sy bilang ke majikan": her own word; "katanya kabur" alone may be hers, told on
        end = i + 1
        while end < len(words) and words[end] not in _ENDS:
            end += 1
        found.append((i + 1, end))
    for i, word in enumerate(words[:-1]):
        if word == "kata" and words[i + 1] in _THEY:  # "kata agen nya dia kabur"
            end = i + 2
            while end < len(words) and words[end] not in _ENDS:
                end += 1
            found.append((i + 2, end))
    return found
