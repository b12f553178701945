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
from flows.understand.scoring import Scored, rank
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
    "keponakan": "saudara", "mertua": "saudara", "menantu": "saudara", "uncle": "saudara", "aunt": "saudara",
    "paman": "saudara", "bibi": "saudara", "tante": "saudara", "om": "saudara", "niece": "saudara",
    "nephew": "saudara", "bojo": "pasangan",
    "teman": "lainnya", "tetangga": "lainnya", "friend": "lainnya", "neighbour": "lainnya", "neighbor": "lainnya",
    "lsm": "organisasi", "ngo": "organisasi", "organisasi": "organisasi", "serikat": "organisasi",
    "pengacara": "organisasi", "lawyer": "organisasi", "paralegal": "organisasi",
}  # fmt: skip
#: words around a relation said alone that change nothing ("sy mamanya", "I am her mother")
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


def _self_alone(text: Text) -> bool:
    """ "sy", "aku", "sy sendiri", "myself": the answer to "who is reporting?"."""
    return [w for w in text.words if w != BREAK] in (["saya"], ["saya", "sendiri"], ["myself"], ["me"], ["i"])


def read_people(text: Text, slots: dict[str, list[Match]]) -> People:
    evidence: dict[str, str] = {}
    relation: Relation | None = None
    reporter: Reporter | None = None
    alone_sex: str | None = None
    said = [m for m in slots.get("reporter", ()) if not _possessive(text.words, m)]
    reporters = {s.value: s for s in rank(said)}
    own = reporters.get("self")
    # "i am writing for my sister": said outright, the writer is not the worker
    speaks_for = "family" in reporters and reporters["family"].best.weight >= SPEAKS_FOR
    ranked_relation = rank(slots.get("relation", ()))
    if ranked_relation:
        best = min(ranked_relation, key=lambda s: s.first)
        # "sy di sabah, anak sy lahir disini": she speaks of herself first; her child is not the worker
        if (
            own is None
            or own.score < 3
            or best.first <= own.first
            or "organisation" in reporters
            or speaks_for
            or _introduced_for_friend(text, said, best)
        ):
            relation = best.value  # type: ignore[assignment]
            evidence["relation"] = text.quote(best.best.start, best.best.end)
    elif (kin_of := _kin_of_named(text)) is not None:
        relation, evidence["relation"] = kin_of
    else:
        relation, words = _alone(text)
        if relation is not None:
            evidence["relation"] = words
            alone_sex = _SEX_OF_ALONE.get(words.lower().replace("nya", "").split()[-1])
    if "organisation" in reporters or relation == "organisasi":
        reporter = "organisation"
    elif relation is not None:
        reporter = "family"
    elif "family" in reporters and (own is None or reporters["family"].first < own.first or speaks_for):
        reporter = "family"
    elif (
        _self_alone(text)
        or _first_person_story(text)
        or (own is not None and own.score >= 3)
        or _own_problem(text, slots)
    ):
        reporter = "self"
    if reporter is not None and reporter in reporters:
        strongest = reporters[reporter].best
        evidence["reporter"] = text.quote(strongest.start, strongest.end)
    sexes = rank(slots.get("sex", ()))
    sex: str | None = None
    if sexes and (len(sexes) == 1 or sexes[0].score > sexes[1].score):
        sex = sexes[0].value
        evidence["sex"] = text.quote(sexes[0].best.start, sexes[0].best.end)
    elif alone_sex is not None:
        sex = alone_sex
        evidence["sex"] = evidence["relation"]
    elif reporter is None:
        alone = _sex_alone(text)
        if alone is not None:
            sex = alone
            evidence["sex"] = " ".join(text.raw)
    return People(reporter, relation, sex, evidence)


#: the worker's sex when the reporter names herself alone by the relation ("istrinya": his wife)
_SEX_OF_ALONE = {"istri": "M", "isteri": "M"}
#: the weight of a pattern that says outright she writes for someone ("writing for my", "on behalf of")
SPEAKS_FOR = 5
#: a story of this many words told in the first person is the worker's own
STORY_WORDS = 8
_FIRST_PERSON = frozenset({"saya", "kami", "i", "we", "my", "our", "me"})
_SEX_ALONE = {
    "perempuan": "F", "female": "F", "woman": "F", "laki": "M", "laki laki": "M", "pria": "M", "lelaki": "M",
    "male": "M", "man": "M",
}  # fmt: skip


def _possessive(words: tuple[str, ...], match: Match) -> bool:
    """ "keponakan saya di saudi": that "saya di" is her niece's place, not her own story."""
    return (
        match.label == "reporter:self"
        and match.start >= 1
        and words[match.start] in ("saya", "kami")
        and words[match.start - 1] in _RELATIVES
    )


_RELATIVES = frozenset([*ALONE, "teman", "keluarga", "kawan", "pacar", "tunangan", "cucu", "kakek", "nenek"])


#: "my friend", "teman sy": someone the writer is not, whose story she may tell
_FRIENDS = frozenset({"friend", "friends", "neighbour", "neighbor", "teman", "kawan", "tetangga"})


def _introduced_for_friend(text: Text, said: list[Match], relation: Scored) -> bool:
    """ "im Filipina helper here in Hong Kong. My friend ... Yanti her employer ...": the writer
    only says who she is ("i am" and no deed of hers), then tells a friend's story."""
    words = text.words
    if relation.value != "lainnya" or not _FRIENDS.intersection(words[relation.best.start : relation.best.end]):
        return False
    own = [m for m in said if m.label == "reporter:self"]
    return bool(own) and all(
        words[m.start : m.end] == ("i", "am") and not (m.end < len(words) and words[m.end].endswith(("ing", "ed")))
        for m in own
    )


#: "I am Rina's mother": what the writer is to the worker she names (the lexicon reads "i am her
#: mother" only; with a name the writer was taken for the worker, "i am" being her own deed)
_KIN_OF_NAMED: dict[str, Relation] = {
    "mother": "orang_tua", "mom": "orang_tua", "mum": "orang_tua", "father": "orang_tua", "dad": "orang_tua",
    "parent": "orang_tua", "husband": "pasangan", "wife": "pasangan", "son": "anak", "daughter": "anak",
    "child": "anak", "sister": "saudara", "brother": "saudara", "cousin": "saudara", "aunt": "saudara",
    "uncle": "saudara", "niece": "saudara", "nephew": "saudara", "friend": "lainnya", "neighbour": "lainnya",
    "neighbor": "lainnya",
}  # fmt: skip
_I_AM = frozenset({"am", "i'm", "im", "is"})


def _kin_of_named(text: Text) -> tuple[Relation, str] | None:
    """ "I am Rina's mother", "this is Yanti's husband": the relation to a worker named in capitals."""
    raw = [w.strip('.,!?;:()"').replace("\u2019", "'") for w in text.raw]
    for k in range(1, len(raw) - 1):
        name, kin = raw[k], raw[k + 1].lower()
        if name[:1].isupper() and name.endswith("'s") and raw[k - 1].lower() in _I_AM and kin in _KIN_OF_NAMED:
            return _KIN_OF_NAMED[kin], " ".join(text.raw[k - 1 : k + 2])
    return None


def _first_person_story(text: Text) -> bool:
    words = [w for w in text.words if w != BREAK]
    return len(words) >= STORY_WORDS and (any(w in _FIRST_PERSON for w in words) or _arabic_i(text))


def _arabic_i(text: Text) -> bool:
    """ "ana sopir di riyadh": the Gulf's Arabic "ana" (I) opening her message, typed in lower
    case ("Ana" may be a daughter's name; a relation named before it makes it family anyway)."""
    return bool(text.words) and text.words[0] == "ana" and bool(text.raw) and text.raw[0] == "ana"


def _own_problem(text: Text, slots: dict[str, list[Match]]) -> bool:
    """ "tolong sy mau pulang", "gaji sy blm dibayar": a problem told in the first person with no one
    else named is her own (a family member names the worker: "anak sy")."""
    named = any(m.label != "category:lainnya" for m in slots.get("category", ()))
    return named and (any(w in _FIRST_PERSON for w in text.words) or _arabic_i(text))


def _sex_alone(text: Text) -> str | None:
    words = [w for w in text.words if w != BREAK]
    return _SEX_ALONE.get(" ".join(words)) if len(words) <= 2 else None
