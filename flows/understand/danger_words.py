"""The words of ``lexicon/danger.yaml``, compiled once at import into sets and tables for the
danger reader (``flows.understand.danger``) and its rules (``flows.understand.danger_rules``)."""

from __future__ import annotations

from typing import Any

import yaml

from flows.native import ROOT

#: (from flows.native, never compiled: a compiled module's __file__ is mypyc's)
LEXICON_DIR = ROOT / "flows" / "understand" / "lexicon"
LEXICON = LEXICON_DIR / "danger.yaml"


def _load() -> dict[str, Any]:
    # every word a string: YAML 1.1 would read "no", "on" and "off" as booleans
    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    with LEXICON.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.load(handle, Loader=loader)  # noqa: S506 (no objects: BaseLoader)
    return data


def _words(items: list[Any]) -> frozenset[str]:
    return frozenset(str(item).replace("_", " ") for item in items)


def _violence_forms(data: dict[str, Any]) -> tuple[dict[str, str], frozenset[str]]:
    """Every form of every root -> its policy ("always", "person" or "not_time"), and which
    forms are passive (what follows them is who did it, not whom)."""
    forms: dict[str, str] = {}
    passive: set[str] = set()
    for root, spec in data.items():
        forms[root] = str(spec.get("bare", "always"))
        done_to = [f"di{root}", f"di{root}in", f"di{root}i", f"d{root}", f"d{root}in", f"ke{root}", f"ter{root}"]
        passive.update(done_to)
        passive.update(w for w in spec.get("active", []) if w.startswith(("di", "ter", "ke")))
        for form in [*done_to, f"{root}in", f"{root}i", *spec.get("active", [])]:
            forms.setdefault(str(form), "always")
    return forms, frozenset(passive)


def _phrases(items: list[list[Any]]) -> dict[str, list[tuple[str, ...]]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in items:
        words = tuple(str(w) for w in phrase)
        by_first.setdefault(words[0], []).append(words)
    for candidates in by_first.values():
        candidates.sort(key=len, reverse=True)
    return by_first


_LEX = _load()
FIRST = _words(_LEX["first_person"])
THIRD = _words(_LEX["third_person"])
#: "adikku", "temenku", "bojoku": someone else, said with -ku
THIRD |= frozenset(w + "ku" for w in THIRD if w.isalpha() and len(w) > 2 and not w.endswith("ku"))
PERSONS = FIRST | THIRD
THINGS = _words(_LEX["things"])
TIME_WORDS = _words(_LEX["time_words"])
NEGATORS = _words(_LEX["negators"])
NEGATION_GAP = _words(_LEX["negation_gap"])
FOOD_GIVE = _words(_LEX["food_give"])
FOOD = _words(_LEX["food"])
STARVING = _words(_LEX["starving"])
CRY = _words(_LEX["cry"])
CRY_COMPANY = _words(_LEX["cry_company"]) | CRY | {","}
REQUEST = _words(_LEX["request"])
COMMANDS = _words(_LEX["commands"])
ALARM = _words(_LEX["alarm"])
ALARM_NOT_AFTER = _words(_LEX["alarm_not_after"])
ALARM_NOT_BEFORE = _words(_LEX["alarm_not_before"])


def _english_forms(verbs: list[Any], *, past: bool = True) -> frozenset[str]:
    """Each English verb with its regular forms: -s/-es, -ed, -ing, the last consonant doubled
    after one short vowel ("slap" -> "slapped", "stab" -> "stabbing"), a final "e" dropped
    ("choke" -> "choked", "choking"). ``past=False`` for an irregular verb: its past is listed
    in ``en_violence``."""
    forms: set[str] = set()
    for verb in (str(v) for v in verbs):
        vowels = "aeiou"
        short = (
            (len(verb) <= 4 or verb in ("kidnap",))
            and verb[-1] not in vowels + "wxy"
            and verb[-2] in vowels
            and verb[-3] not in vowels
        )
        stem = verb + verb[-1] if short else verb
        forms.add(verb)
        forms.add(verb + "es" if verb.endswith(("s", "sh", "ch", "x", "z")) else verb + "s")
        if verb.endswith("e"):
            forms.add(verb[:-1] + "ing")
            if past:
                forms.add(verb + "d")
        else:
            forms.add(stem + "ing")
            if past:
                # and the doubling missed, as phones type it: "slaped", "stabed"
                forms.update({stem + "ed", verb + "ed"})
    return frozenset(forms)


EN_VIOLENCE = (
    _words(_LEX["en_violence"])
    | _english_forms(_LEX["en_violence_verbs"])
    | _english_forms(_LEX["en_violence_irregular"], past=False)
)
EN_PASSIVE = _words(_LEX["en_passive"])
DEVICES = _words(_LEX["devices"])
SIRAM_WITH = _words(_LEX["siram_with"])
ACTIVE_NEEDS_PERSON = _words(_LEX["active_needs_person"])
PASSIVE_UNLESS_THING = {str(k): str(v) for k, v in _LEX["passive_unless_thing"].items()}
# "dkunci": the chat spelling of "dikunci"
PASSIVE_UNLESS_THING.update({"d" + k[2:]: v for k, v in list(PASSIVE_UNLESS_THING.items()) if k.startswith("di")})
EMPLOYER = _words(_LEX["employer"])
WITH = _words(_LEX["with"])
WEAPONS = _words(_LEX["weapons"])
MENACE = _words(_LEX["menace"])
THREAT = _words(_LEX["threat"])
KILL = _words(_LEX["kill"])
JUMP = _words(_LEX["jump"])
HEIGHTS = _words(_LEX["heights"])
WANTING = _words(_LEX["wanting"])
BODY = _words(_LEX["body"])
APPS = _words(_LEX["apps"])
OWNERS = _words(_LEX["owners"])
ASKING = _words(_LEX["asking"])
SKIPPABLE = _words(_LEX["skippable"])
HELP_PHRASES = _words(_LEX["help_phrases"])
BETWEEN = _words(_LEX["between"]) | BODY
TENSE = _words(_LEX["tense"])
WHERE = _words(_LEX["where"])
ADDRESS = _words(_LEX["address"]) | {","}
LIFE = _words(_LEX["life"])
WANT_LIVE = _words(_LEX["want_live"])
WEARY = _words(_LEX["weary"])
POINTLESS = _words(_LEX["pointless"])
CONTRACTIONS: dict[str, tuple[str, ...]] = {str(k): tuple(v) for k, v in _LEX["contractions"].items()}
VIOLENCE, PASSIVE = _violence_forms(_LEX["violence"])
#: roots whose "kena <root>" is most often an accident or a figure of speech ("kena setrum",
#: "kena ikat kontrak", "kena bentur", "kena tusuk duri")
_KENA_NOT_VIOLENCE = frozenset({"ikat", "setrum", "bentur", "tusuk"})
#: "kena <root>" for the violence roots ("kena dera", "kena cambuk"), as the file's header says
PHRASES = _phrases(_LEX["phrases"] + [["kena", root] for root in _LEX["violence"] if root not in _KENA_NOT_VIOLENCE])
SELF_HARM = _phrases(_LEX["self_harm_phrases"])
IDIOMS: dict[str, frozenset[str]] = {str(k): _words(v) for k, v in _LEX["idioms"].items()}
ACCIDENT = _words(_LEX["accident"])
INJURY = _words(_LEX["injury"])
