"""Who writes, what they are to the worker, and the worker's sex when the words say it.

``relation`` is what the *reporter* is to the worker: "anak sy kerja di saudi" (my child is the
worker) -> orang_tua; "sy mamanya" -> orang_tua; "suami saya" -> pasangan; "ibu saya kerja di
..." -> anak; "adik sy" -> saudara. A message that is a relation word alone ("mama", "ortu",
"istrinya") answers the family flow's question "Anda siapanya?", so it is read as the reporter's
own relation.
"""

from __future__ import annotations

from typing import NamedTuple

from flows.understand.matcher import Match
from flows.understand.normalize import BREAK, Text
from flows.understand.scoring import rank
from flows.understand.types import Relation, Reporter

#: a relation word said alone, as the answer to "Anda siapanya?" (what the reporter is)
ALONE: dict[str, Relation] = {
    "mama": "orang_tua", "ibu": "orang_tua", "bapak": "orang_tua", "ayah": "orang_tua", "orang tua": "orang_tua",
    "umi": "orang_tua", "abi": "orang_tua", "bunda": "orang_tua", "papa": "orang_tua", "mother": "orang_tua",
    "father": "orang_tua", "mom": "orang_tua", "dad": "orang_tua", "parent": "orang_tua", "mum": "orang_tua",
    "suami": "pasangan", "istri": "pasangan", "isteri": "pasangan", "husband": "pasangan", "wife": "pasangan",
    "anak": "anak", "putri": "anak", "putra": "anak", "son": "anak", "daughter": "anak", "child": "anak",
    "adik": "saudara", "kakak": "saudara", "abang": "saudara", "saudara": "saudara", "saudari": "saudara",
    "sepupu": "saudara", "sister": "saudara", "brother": "saudara", "sibling": "saudara", "cousin": "saudara",
    "keponakan": "lainnya", "paman": "lainnya", "bibi": "lainnya", "tante": "lainnya", "om": "lainnya",
    "teman": "lainnya", "tetangga": "lainnya", "friend": "lainnya", "neighbour": "lainnya", "neighbor": "lainnya",
    "lsm": "organisasi", "ngo": "organisasi", "organisasi": "organisasi", "serikat": "organisasi",
    "pengacara": "organisasi", "lawyer": "organisasi", "paralegal": "organisasi",
}  # fmt: skip
#: the reporter's sex when she names herself by the relation (the worker's is not said by it)
_FILLER = frozenset({"saya", "nya", "dia", "i", "am", "her", "his", "its", "the", "a", "sebagai", "as", "adalah"})


class People(NamedTuple):
    reporter: Reporter | None
    relation: Relation | None
    sex: str | None
    evidence: dict[str, str]


def _alone(text: Text) -> tuple[Relation | None, str]:
    words = [w for w in text.words if w != BREAK and w not in _FILLER]
    if not 1 <= len(words) <= 2:
        return None, ""
    relation = ALONE.get(" ".join(words))
    return relation, " ".join(text.raw)


def read_people(text: Text, slots: dict[str, list[Match]]) -> People:
    evidence: dict[str, str] = {}
    relation: Relation | None = None
    reporter: Reporter | None = None
    ranked_relation = rank(slots.get("relation", ()))
    if ranked_relation:
        best = min(ranked_relation, key=lambda s: s.first)
        relation = best.value  # type: ignore[assignment]
        evidence["relation"] = text.quote(best.best.start, best.best.end)
    else:
        relation, words = _alone(text)
        if relation is not None:
            evidence["relation"] = words
    reporters = {s.value: s for s in rank(slots.get("reporter", ()))}
    if "organisation" in reporters or relation == "organisasi":
        reporter = "organisation"
    elif "family" in reporters or relation is not None:
        family = reporters.get("family")
        own = reporters.get("self")
        if family is None or own is None or family.first <= own.first or relation is not None:
            reporter = "family"
        else:
            reporter = "self"
    elif "self" in reporters:
        reporter = "self"
    if reporter is not None and reporter in reporters:
        said = reporters[reporter].best
        evidence["reporter"] = text.quote(said.start, said.end)
    sexes = rank(slots.get("sex", ()))
    sex: str | None = None
    if sexes and (len(sexes) == 1 or sexes[0].score > sexes[1].score):
        sex = sexes[0].value
        evidence["sex"] = text.quote(sexes[0].best.start, sexes[0].best.end)
    return People(reporter, relation, sex, evidence)
