"""The danger reader's words as the rules know them: a message cut into words ("di pukul" joined,
"tolongg" squeezed) and each word brought to a rule's form (spoken spellings, affixes, vowels
dropped, typos of the acts, English pasts)."""

from __future__ import annotations

import re

from flows.understand.affixes import known_form
from flows.understand.danger_euphemism import WHOLE as EUPHEMISMS
from flows.understand.danger_rationed import FAINTS, ONCE, TAP
from flows.understand.danger_reach import javanese
from flows.understand.danger_reach_signs import WHOLE_WORDS
from flows.understand.danger_rules import RULES
from flows.understand.danger_tired_of_life import LIVE_OR_DIE, MISSED
from flows.understand.danger_words import (
    CONTRACTIONS,
    CRY_COMPANY,
    EN_VIOLENCE,
    FIRST,
    FOOD_GIVE,
    KILL,
    PASSIVE,
    PASSIVE_UNLESS_THING,
    REQUEST,
    THIRD,
    THREAT,
    VIOLENCE,
)
from flows.understand.lexicon import LEXICON, _skeleton, _vowels, _within

ELONGATED = re.compile(r"(.)\1+")

#: "di", "ke", "ter" typed apart from their verb ("di pukul"); Javanese krama "dipun" and
#: Madurese "e" are "di" ("kulo dipun kunci", "e konci e kamar": locked in)
_JOINERS = frozenset({"di", "d", "ke", "ter", "dipun", "e"})

JOINABLE = (
    frozenset(VIOLENCE)
    | frozenset(PASSIVE_UNLESS_THING)
    | KILL
    # a phrase's first word typed apart: "di paksa kerja di tempat hiburan"
    | frozenset(w for w in RULES if w.startswith(("di", "ter")) and len(w) > 4)
    # a giving verb typed apart, which the food rules read: "sy gk d ksh mkn", "gk di kasih makan"
    | frozenset(w for w in FOOD_GIVE if w.startswith("d"))
)

_KNOWN = frozenset(RULES) | FIRST | THIRD | REQUEST | CRY_COMPANY | _JOINERS

#: the words a rule knows, that an inflected or spoken form may be brought to (affixes.py)
_REACHABLE = (
    (frozenset(RULES) - WHOLE_WORDS - EUPHEMISMS - LIVE_OR_DIE - MISSED - ONCE - TAP - FAINTS)
    | frozenset(CONTRACTIONS)
    | JOINABLE
)

#: words that look like a spoken form of a rule's word and are not: "perang" (war, a water fight)
#: is not "parang" (a machete); "ngaku" (to claim to be) is not "aku" (me)
_WORDS_OF_THEIR_OWN = frozenset({"perang", "perangan", "ngaku", "ngakunya", "ngaku2"})

#: each unknown word's rewrite ("" when none): a memo of a pure function, bounded
_FORMS: dict[str, str] = {}

_FORMS_MAX = 20_000


def known_forms(key: str) -> str:
    """The message with inflected and spoken forms of the rules' words brought to them:
    "disetrikain" -> "disetrika", "nonjok" -> "tonjok", "diinjek" -> "diinjak"."""
    changed = False
    out = []
    for word in key.split():
        # a noun in -an is not the act ("pukulan 5" is five o'clock, "siksaan" a story of it); a
        # passive in -an is Sundanese ("dipukulan ku dunungan": beaten by the employer)
        nominal = word.endswith("an") and not word.endswith("kan") and not word.startswith("di")
        if (
            nominal
            or word in _KNOWN
            or word in _REACHABLE
            or word in _WORDS_OF_THEIR_OWN
            or len(word) < _SHORTEST_TYPO
            or not (word.isalpha() or (word[-1] == "2" and word[:-1].isalpha()))
        ):
            out.append(word)
            continue
        form = _FORMS.get(word)
        if form is None:
            form = _form_of(word)
            if len(_FORMS) >= _FORMS_MAX:
                _FORMS.clear()
            _FORMS[word] = form
        if form:
            changed = True
            out.append(form)
        else:
            out.append(word)
    return " ".join(out) if changed else key


def _form_of(word: str) -> str:
    """The rules' word an unknown typed word is a form of, or "": an affixed or spoken form
    ("disetrikain", "nonjok"), one doubled with "2" ("diinjek2" is "diinjak"), one ending in the
    agent's "-nya" ("ditamparnya", "dipukulinnya": slapped by him), an English verb given the
    Indonesian passive ("dislap", "dipunch": "di" and the verb, which the English rules read)."""
    if word[-1] == "2":
        stem = word[:-1]
        return stem if stem in _REACHABLE else _form_of(stem) if len(stem) >= _SHORTEST_TYPO else ""
    if len(word) < 5:
        return _vowels_dropped(word) or ""
    if word.startswith(("di", "ke", "ter")) and word.endswith("nya") and len(word) > 6:
        done = word[:-3]
        if done in PASSIVE or done in PASSIVE_UNLESS_THING:
            return done
        form = known_form(done, _REACHABLE)
        if form is not None and (form in PASSIVE or form in PASSIVE_UNLESS_THING):
            return form
    if word.startswith("ku") and (word[2:] in KILL or VIOLENCE.get(word[2:]) in _ROOT_POLICIES):
        return "ku " + word[2:]  # "kubunuh kau", "kutampar": "ku" is who does it
    if word.startswith("di") and word[2:] in EN_VIOLENCE and word[2:] not in _NOT_PASSIVE_EN:
        return "di " + word[2:]
    return (
        known_form(word, _REACHABLE) or javanese(word, _REACHABLE) or _regular_past(word) or _vowels_dropped(word) or ""
    )


#: the policies a violence root (not a form of one) has: "ku" is read before a root only
_ROOT_POLICIES = frozenset({"person", "not_time"})

#: English verbs not read as done to her with Indonesian "di": "dipush" (pressed to work more),
#: "dipull", "disell", "didrug"
_NOT_PASSIVE_EN = frozenset({"push", "pushed", "pull", "pulled", "sell", "sold", "drug", "bang", "spit", "chain"})

#: the shortest typed word read as a danger word with its vowels dropped ("dpkl"; not "pkl",
#: which is a time, "pukul", or a school placement, PKL)
_SHORTEST_TYPO = 4

#: the acts of danger a word typed without some of its vowels may be ("dipkul", "dikurng",
#: "dtmpar"), by their consonants: the violence roots and their forms, the passives that are
#: danger unless said of a thing, killing and threatening, and every passive a rule starts with
#: ("dpksa", "dtahan", "dbwa"); not every rule word ("kelar" is finished, not "keluar")
_ACTS = (
    frozenset(VIOLENCE)
    | frozenset(PASSIVE_UNLESS_THING)
    | KILL
    | THREAT
    | frozenset(w for w in RULES if w.startswith("di") and w.isalpha())
)


def _skeletons(acts: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """An act's consonants ("dpkl") -> the acts that have them (``lexicon._skeleton``)."""
    found: dict[str, list[str]] = {}
    for act in sorted(acts, key=lambda w: (len(w), w)):
        if act.isalpha() and len(act) >= 5:
            found.setdefault(_skeleton(act), []).append(act)
    return {key: tuple(acts) for key, acts in found.items()}


_ACT_SKELETONS = _skeletons(_ACTS)


def _vowels_dropped(word: str) -> str | None:
    """An act of danger typed with fewer vowels, as phones are typed: "dipkul" is "dipukul",
    "dikurng" "dikurung", "dpkl" "dipukul". Only a word no reader knows as another word ("dket"
    is "dekat", "bgmn" "bagaimana"), and ending as the act ends ("sakit" is not "sakiti",
    "ikat" not "ikati": a suffix dropped is another word)."""
    if word in LEXICON.spellings or not word.isascii():
        return None
    other = LEXICON.unabbreviated(word)
    if other is not None and other not in _ACTS:
        return None
    vowels = _vowels(word)
    # every consonant typed, none doubled or dropped ("ngorok" is snoring, not "ngegorok"; "kiat"
    # is not "keikat"); the acts of one skeleton differ in vowels only ("dtampar", "ditampar"): the shortest is read
    for act in _ACT_SKELETONS.get(_skeleton(word), ()):
        if (
            act[-1] == word[-1]
            and _vowels(act) > vowels
            and len(act) - _vowels(act) == len(word) - vowels
            and _within(word, act)
        ):
            return act
    return None


def _regular_past(word: str) -> str | None:
    """An English past made regular, as learners write it: "hurted", "beated", "hitted" are
    "hurt", "beat", "hit" (a regular past such as "kicked" is listed already)."""
    if not word.endswith("ed"):
        return None
    stem = word[:-2]
    for form in (stem, stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
        if form in _SAME_PAST and form in _REACHABLE:
            return form
    return None


#: English verbs whose past is the verb itself, the ones learners give an "-ed" ("allowed",
#: "noted" are left alone: only these are brought back)
_SAME_PAST = frozenset({"hurt", "beat", "hit", "cut", "shut", "put", "burst", "thrust", "cast", "spit", "slit"})


def tokens(key: str) -> list[str]:
    """Words with "di pukul" joined, "dipukul2" as "dipukul", "tolongg" as "tolong"."""
    raw = key.split()
    # squeezed in one pass over the text (C speed); a word is swapped only when that makes it known
    squeezed = ELONGATED.sub(r"\1", key).split() if ELONGATED.search(key) else raw
    out: list[str] = []
    append = out.append
    known = _KNOWN
    i = 0
    count = len(raw)
    while i < count:
        word = raw[i]
        if word in CONTRACTIONS:
            out.extend(CONTRACTIONS[word])
            i += 1
            continue
        if word == "kena" and i + 1 < count:
            # "kena" before a verb the rules read as a passive: "kena simbah air panas" (Malay for
            # "disiram"), "kena siram", "kena lempar"; "hp sy kena kunci" is then a thing's, as "dikunci"
            done = CONTRACTIONS.get(raw[i + 1], (raw[i + 1],))
            if len(done) == 1 and "di" + done[0] in PASSIVE_UNLESS_THING:
                append("di" + done[0])
                i += 2
                continue
        if word in known:
            if word in _JOINERS and i + 1 < count:
                joined = ("di" if word == "dipun" else word) + raw[i + 1]
                if word == "e" and joined not in JOINABLE:
                    joined = "di" + raw[i + 1]
                if joined in JOINABLE:
                    append(joined)
                    i += 2
                    continue
            if word == "d":
                word = "di"  # "d dunia ini", "d kamar"
        elif word[-1] == "2" and word[:-1].isalpha():
            word = word[:-1]
            if word in CONTRACTIONS:  # "byk2": shorthand, then doubled
                out.extend(CONTRACTIONS[word])
                i += 1
                continue
        elif squeezed is not raw and squeezed[i] != word and squeezed[i] in known:
            word = squeezed[i]
        append(word)
        i += 1
    return out
