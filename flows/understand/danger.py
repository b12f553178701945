"""A cry for help in any message, at any step: ``detect(text) -> Danger | None``.

Read word by word on the normalised text (``flows.inputs.base.normalize``), with the words in
``lexicon/danger.yaml`` compiled once at import. Most words of a message are in no list, so a
1,000-character story costs a few dictionary look-ups per word. What the rules know:

- Indonesian inflection: a root's di-/ke-/ter-/-in/-i forms and "kena <root>" are generated, the
  active forms (memukul, mukul) are listed; "di pukul" is read as "dipukul", "dipukul2" as
  "dipukul", "tolooong" as "tolong".
- Look-alikes: "pukul 3 sore" is a time, "kunci motor" a key, "bunuh nyamuk" an insect, "hp sy
  mati" a phone; a verb said of a thing ("hp dikunci") is no danger.
- Negation: "tidak pernah dipukul" is none; "gk dikasih makan" is danger (its own rule); "jangan
  pukul saya" stays danger (a plea).
- "tolong" (also "please") is a cry alone, with saya/aku/kami, shouted ("tolong!!", "TOLONG"),
  drawn out or repeated; "tolong dibantu", "tolong bantu cek status", "tolong ya kak" are polite.
  The bot's own commands ("help", "/help", "bantuan") are never a cry.
- Third person: "teman saya dipukul", "adik sy dikurung majikan", "my sister is locked in".
- Self-harm ("sy mau mati aja", "pengen mati", "I want to die") has its own kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from flows.inputs.base import normalize
from flows.understand.types import Danger

LEXICON = Path(__file__).resolve().parent / "lexicon" / "danger.yaml"
#: longer messages are read up to here (a story is rarely a tenth of it)
MAX_CHARS = 20000
#: how far before a passive verb its subject may stand ("adik sy yg kerja di taiwan dikurung")
SUBJECT_WINDOW = 6

_ELONGATED = re.compile(r"(.)\1")
_DIGITS = re.compile(r"\d")
_SHOUT = re.compile(r"!{2,}|!\s*!")
#: a cry drawn out: "toloong", "tolongg", "heeelp", "helpp"
_DRAWN = re.compile(r"t+o+l+o{2,}n+g|t+o{2,}l+o+n+g|t+o+l+o+n+g{2,}|h+e{2,}l+p|h+e+l+p{2,}")


def _load() -> dict[str, Any]:
    # every word a string: YAML 1.1 would read "no", "on" and "off" as booleans
    loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    with LEXICON.open(encoding="utf-8") as handle:
        data: dict[str, Any] = yaml.load(handle, Loader=loader)  # noqa: S506 (no objects: BaseLoader)
    return data


def _words(items: list[Any]) -> frozenset[str]:
    return frozenset(str(item).replace("_", " ") for item in items)


_LEX = _load()
FIRST = _words(_LEX["first_person"])
THIRD = _words(_LEX["third_person"])
#: "adikku", "temenku", "bojoku": someone else, said with -ku
THIRD |= frozenset(w + "ku" for w in THIRD if w.isalpha() and len(w) > 2 and not w.endswith("ku"))
#: whose side a passive verb is on when it is the employer's ("anak majikan dipukul temennya")
EMPLOYER = frozenset(
    {
        "majikan",
        "majikanku",
        "bos",
        "boss",
        "madam",
        "mister",
        "tuan",
        "nyonya",
        "juragan",
        "employer",
        "sir",
        "maam",
        "agen",
        "agensi",
        "toke",
        "towkay",
    }
)
#: words that join two people into one subject ("sy sm tmn2", "aku dan temanku")
WITH = frozenset({"sm", "sama", "dan", "and", "with", "bareng", "bersama", "ama", "dgn", "dengan", "n"})
#: what threatens her life in the hands of someone: "dikejar pake pisau", "bawa pisau ngancam sy"
WEAPONS = frozenset(
    {
        "pisau",
        "golok",
        "parang",
        "celurit",
        "clurit",
        "senjata",
        "pistol",
        "senapan",
        "gunting",
        "knife",
        "gun",
        "machete",
        "kapak",
        "linggis",
        "pentungan",
        "besi",
        "setrika",
    }
)
MENACE = frozenset(
    {
        "dikejar",
        "kejar",
        "ngejar",
        "dikejar2",
        "ditodong",
        "nodong",
        "todong",
        "acung",
        "diacungin",
        "ngacungin",
        "ngancam",
        "ngancem",
        "ancam",
        "diancam",
        "mengancam",
        "nusuk",
        "tusuk",
        "ditusuk",
        "bunuh",
        "dibunuh",
        "bacok",
        "dibacok",
        "threatened",
        "threatens",
        "chased",
        "pointed",
        "ngarahin",
        "diarahkan",
        "dipukul",
        "mukul",
        "nyerang",
        "diserang",
        "menyerang",
        "attacked",
    }
)
#: jumping from a height or into the sea: "sy mau lompat ke laut aja"
JUMP = frozenset({"lompat", "loncat", "terjun", "nyebur", "menceburkan", "jump", "jumping"})
HEIGHTS = frozenset(
    {
        "laut",
        "jembatan",
        "gedung",
        "lantai",
        "atap",
        "jendela",
        "balkon",
        "kapal",
        "tebing",
        "apartemen",
        "sungai",
        "sea",
        "bridge",
        "building",
        "window",
        "roof",
        "balcony",
        "ship",
    }
)
WANTING = frozenset(
    {"mau", "mo", "pengen", "pengin", "pingin", "ingin", "mending", "mendingan", "want", "wanna", "going", "will"}
)
#: English contractions typed without the apostrophe, read as their two words
CONTRACTIONS = {
    "dont": ("don", "t"),
    "doesnt": ("doesn", "t"),
    "didnt": ("didn", "t"),
    "cant": ("can", "t"),
    "wont": ("won", "t"),
    "im": ("i", "m"),
    "havent": ("haven", "t"),
    "isnt": ("isn", "t"),
    "wasnt": ("wasn", "t"),
    "arent": ("aren", "t"),
    "ive": ("i", "ve"),
    "id": ("i", "d"),
}
THINGS = _words(_LEX["things"])
TIME_WORDS = _words(_LEX["time_words"])
NEGATORS = _words(_LEX["negators"])
NEGATION_GAP = _words(_LEX["negation_gap"])
FOOD_GIVE = _words(_LEX["food_give"])
FOOD = _words(_LEX["food"])
STARVING = _words(_LEX["starving"])
CRY = _words(_LEX["cry"])
CRY_COMPANY = _words(_LEX["cry_company"]) | CRY
REQUEST = _words(_LEX["request"])
COMMANDS = _words(_LEX["commands"])
ALARM = _words(_LEX["alarm"])
ALARM_NOT_AFTER = _words(_LEX["alarm_not_after"])
ALARM_NOT_BEFORE = _words(_LEX["alarm_not_before"])
EN_VIOLENCE = _words(_LEX["en_violence"])
EN_PASSIVE = _words(_LEX["en_passive"])
DEVICES = _words(_LEX["devices"])
SIRAM_WITH = _words(_LEX["siram_with"])
ACTIVE_NEEDS_PERSON = _words(_LEX["active_needs_person"])
PASSIVE_UNLESS_THING = {str(k): str(v) for k, v in _LEX["passive_unless_thing"].items()}
# "dkunci": the chat spelling of "dikunci"
PASSIVE_UNLESS_THING.update({"d" + k[2:]: v for k, v in list(PASSIVE_UNLESS_THING.items()) if k.startswith("di")})
PERSONS = FIRST | THIRD
THREAT = frozenset({"ancam", "diancam", "mengancam", "ngancam", "ngancem", "diancem", "ancem", "ngancamin"})
KILL = frozenset({"bunuh", "membunuh", "ngebunuh", "bunuhin", "ngebunuhin", "dibunuh", "terbunuh", "pembunuhan"})


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


VIOLENCE, PASSIVE = _violence_forms(_LEX["violence"])
#: roots after "kena": "kena pukul", "kena tampar"
ROOTS = frozenset(str(root) for root in _LEX["violence"])


def _phrases(items: list[list[Any]]) -> dict[str, list[tuple[str, ...]]]:
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for phrase in items:
        words = tuple(str(w) for w in phrase)
        by_first.setdefault(words[0], []).append(words)
    for candidates in by_first.values():
        candidates.sort(key=len, reverse=True)
    return by_first


PHRASES = _phrases(_LEX["phrases"])
SELF_HARM = _phrases(_LEX["self_harm_phrases"])
#: the help phrases a request after them makes polite ("help me with my contract")
HELP_PHRASES = frozenset({"help", "please", "pls", "plz", "plis", "pliss", "i", "need"})


#: words that may stand between a verb and its object ("pukul lagi saya", "pukul sama sy")
BODY = frozenset(
    {
        "tangan",
        "muka",
        "badan",
        "kepala",
        "kaki",
        "punggung",
        "leher",
        "rambut",
        "wajah",
        "pipi",
        "mata",
        "perut",
        "dada",
        "lengan",
        "paha",
        "hand",
        "hands",
        "face",
        "arm",
        "arms",
        "leg",
        "legs",
        "body",
        "back",
        "head",
        "hair",
        "neck",
        "skin",
        "kpl",
        "tgn",
    }
)
_BETWEEN = frozenset({"lagi", "lg", "terus", "trus", "sampai", "sampe", "juga", "jg", "aja", "si", "sama", "ke"}) | BODY


class _Hit:
    """One place in the message that reads as danger."""

    __slots__ = ("end", "kind", "start", "third")

    def __init__(self, kind: str, start: int, end: int, third: bool) -> None:
        self.kind, self.start, self.end, self.third = kind, start, end, third


def _squeeze(word: str) -> str:
    return _ELONGATED.sub(r"\1", word)


def _tokens(key: str) -> list[str]:
    """Words with "di pukul" joined, "dipukul2" as "dipukul", "tolongg" as "tolong"."""
    raw = key.split()
    # squeezed in one pass over the text (C speed); a word is swapped only when that makes it known
    squeezed = _ELONGATED.sub(r"\1", key).split() if _ELONGATED.search(key) else raw
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
        if word in known:
            if word in _JOINERS and i + 1 < count and word + raw[i + 1] in _JOINABLE:
                append(word + raw[i + 1])
                i += 2
                continue
        elif word[-1] == "2" and word[:-1].isalpha():
            word = word[:-1]
        elif squeezed is not raw and squeezed[i] != word and squeezed[i] in known:
            word = squeezed[i]
        append(word)
        i += 1
    return out


def _negated(words: list[str], i: int) -> bool:
    """A negation just before ``i``, across "pernah", "sampai", "ada yang"... at most three."""
    j = i - 1
    gap = 0
    while j >= 0 and gap <= 3:
        word = words[j]
        if word in NEGATORS:
            return True
        if word not in NEGATION_GAP:
            return False
        j -= 1
        gap += 1
    return False


def _third_before(words: list[str], i: int) -> bool:
    """Whose is the passive verb at ``i``: someone else's ("teman saya dipukul") or hers."""
    for j in range(i - 1, max(-1, i - 1 - SUBJECT_WINDOW), -1):
        word = words[j]
        if word in FIRST:
            # "teman saya", "teman sekamar sy": a possessive after someone else
            return any(w in THIRD for w in words[max(0, j - 2) : j]) and not _together(words, j)
        if word in THIRD:
            # "sy sm tmn2 disekap": she is one of them
            return not _together(words, j)
    return False


def _together(words: list[str], j: int) -> bool:
    """Is the person at ``j`` joined to her ("sy sm tmn2", "teman dan saya")?"""
    near = words[max(0, j - 3) : j + 3]
    return any(w in WITH for w in near) and any(w in FIRST for w in near if w not in ("n",))


def _employer_side(words: list[str], i: int) -> bool:
    """The employer's family or the employer is the one it happened to ("anak majikan dipukul")."""
    before = words[max(0, i - 3) : i]
    return bool(before) and any(w in EMPLOYER for w in before) and not any(w in FIRST for w in before)


def _person_after(words: list[str], i: int) -> tuple[bool, int] | None:
    """Who comes right after an active verb ("pukul saya", "pukul adik sy"): (someone else?,
    where), or None."""
    for j in range(i + 1, min(len(words), i + 3)):
        word = words[j]
        if word in FIRST:
            return False, j
        if word == "my" and j + 1 < len(words) and words[j + 1] in THIRD:
            return True, j + 1
        if word == "my" and j + 1 < len(words) and words[j + 1] in BODY:
            return False, j + 1
        if word in THIRD:
            return True, j
        if word not in _BETWEEN:
            return None
    return None


def _thing_before(words: list[str], i: int) -> bool:
    """A thing is what the verb is about: "akun dikunci", "hp sy dikunci", "akun fb sy dikunci"."""
    for j in range(i - 1, max(-1, i - 4), -1):
        word = words[j]
        if word in THINGS:
            return True
        if word not in FIRST and word not in _OWNERS and word not in APPS:
            return False
    return False


_OWNERS = frozenset({"nya", "dia", "mereka", "kami"})
#: names of accounts and apps ("akun fb sy dikunci")
APPS = frozenset(
    {
        "fb",
        "facebook",
        "ig",
        "instagram",
        "wa",
        "whatsapp",
        "email",
        "gmail",
        "tiktok",
        "youtube",
        "pin",
        "password",
        "google",
        "twitter",
        "line",
        "telegram",
        "bank",
        "atm",
        "bri",
        "bni",
        "mandiri",
    }
)


# ------------------------------------------------------------------ the rules, by first word
Rule = Callable[[list[str], int, str], "_Hit | None"]


def _violence(words: list[str], i: int, raw: str) -> _Hit | None:
    word = words[i]
    policy = VIOLENCE[word]
    if _negated(words, i):
        return None
    if policy == "not_time":
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if nxt and (nxt[0].isdigit() or nxt in TIME_WORDS):
            return None
        prev = words[i - 1] if i else ""
        if prev in ("jam", "pada", "sekitar", "sejak", "mulai", "sampai", "sampe", "dari", "hingga", "tepat"):
            return None
    if word in PASSIVE:
        if _employer_side(words, i):
            return None
        return _Hit("danger", i, i + 1, _third_before(words, i))
    after = _person_after(words, i)
    if policy == "person" and after is None:
        return None
    if after is not None:
        return _Hit("danger", i, after[1] + 1, after[0])
    return _Hit("danger", i, i + 1, _third_before(words, i))


def _passive_unless_thing(words: list[str], i: int, raw: str) -> _Hit | None:
    word = words[i]
    if _negated(words, i) or _thing_before(words, i):
        return None
    root = PASSIVE_UNLESS_THING[word]
    if root == "siram":
        burning = [k for k in range(i + 1, min(len(words), i + 4)) if words[k] in SIRAM_WITH]
        if not burning:
            return None
        return _Hit("danger", i, burning[0] + 1, _third_before(words, i))
    if root == "jual":
        # "dijual" is trafficking when said of a person ("sy dijual ke majikan lain")
        person = any(w in PERSONS for w in words[max(0, i - 3) : i])
        onward = i + 1 < len(words) and words[i + 1] in ("ke", "kepada", "sama", "lagi", "seperti", "kayak", "kyk")
        if not (person or onward):
            return None
    if root in ("lempar", "banting") and not any(w in PERSONS for w in words[max(0, i - 4) : i + 3]):
        return None
    return _Hit("danger", i, i + 1, _third_before(words, i))


def _active_needs_person(words: list[str], i: int, raw: str) -> _Hit | None:
    if _negated(words, i):
        return None
    after = _person_after(words, i)
    if after is None:
        return None
    word = words[i]
    if word in ("siram", "nyiram", "menyiram") and not any(w in SIRAM_WITH for w in words[i + 1 : i + 5]):
        return None
    return _Hit("danger", i, after[1] + 1, after[0])


def _kill(words: list[str], i: int, raw: str) -> _Hit | None:
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in ("diri", "dri", "diriku"):
        return None  # self-harm, read by its own rule
    if _negated(words, i):
        return None
    if word in ("dibunuh", "terbunuh", "pembunuhan"):
        if _thing_before(words, i) or any(w in DEVICES for w in words[max(0, i - 2) : i]):
            return None
        return _Hit("danger", i, i + 1, _third_before(words, i))
    after = _person_after(words, i)
    threatened = any(w in THREAT for w in words[max(0, i - 3) : i])
    if after is None and not threatened:
        return None
    if after is None and any(w in DEVICES for w in words[i + 1 : i + 3]):
        return None
    if after is not None:
        return _Hit("danger", i, after[1] + 1, after[0])
    return _Hit("danger", i, i + 1, _third_before(words, i))


def _threat(words: list[str], i: int, raw: str) -> _Hit | None:
    """ "diancam dibunuh", "ngancam mau pukul": a threat of violence or death."""
    for j in range(i + 1, min(len(words), i + 4)):
        word = words[j]
        if word in KILL or word in VIOLENCE or word in ("mati", "pisau", "senjata", "golok", "dibakar", "bakar"):
            if word == "bunuh" and j + 1 < len(words) and words[j + 1] == "diri":
                return None
            return _Hit("danger", i, j + 1, _third_before(words, i))
    return None


def _food(words: list[str], i: int, raw: str) -> _Hit | None:
    """ "gk dikasih makan", "tidak diberi makan", "belum makan 2 hari"."""
    j = i - 1
    if j >= 0 and words[j] in ("yang", "yg", "untuk", "utk", "buat"):
        j -= 1
    if j >= 0 and words[j] in FOOD_GIVE:
        for k in range(j - 1, max(-1, j - 4), -1):
            if words[k] in NEGATORS or words[k] in ("jarang", "jrg", "jarang2"):
                return _Hit("danger", k, i + 1, _third_before(words, k))
            if words[k] not in NEGATION_GAP and words[k] not in FIRST:
                break
        return None
    days = ("hari", "hr", "hri", "days", "day")
    if j >= 0 and words[j] in NEGATORS and any(w in days for w in words[max(0, i - 4) : i + 4]):
        return _Hit("danger", j, i + 1, _third_before(words, j))
    return None


def _starving(words: list[str], i: int, raw: str) -> _Hit | None:
    if _negated(words, i):
        return None
    return _Hit("danger", i, i + 1, _third_before(words, i))


def _alarm(words: list[str], i: int, raw: str) -> _Hit | None:
    prev = words[i - 1] if i else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if prev in ALARM_NOT_AFTER or nxt in ALARM_NOT_BEFORE:
        return None
    return _Hit("danger", i, i + 1, False)


def _en_violence(words: list[str], i: int, raw: str) -> _Hit | None:
    if _negated(words, i):
        return None
    after = _person_after(words, i)
    if after is not None:
        if after[1] + 1 < len(words) and words[after[1] + 1] in ("up", "back", "off"):
            return None  # "hit me up", "beat me to it" are not violence
        return _Hit("danger", i, after[1] + 1, after[0])
    prev = words[i - 1] if i else ""
    if prev in EN_PASSIVE and words[i].endswith(("ed", "en", "t", "ld", "ck")) and words[i] not in ("hurt", "get"):
        # "I was hit", "she was beaten", "we got locked": the subject is before
        if words[i] in ("locked",) and i + 1 < len(words) and words[i + 1] in ("out",):
            return None
        return _Hit("danger", i - 1, i + 1, _third_before(words, i - 1))
    return None


def _cry(words: list[str], i: int, raw: str) -> _Hit | None:
    """ "tolong" and "help": a cry, or a polite "please"."""
    nxt = i + 1
    while nxt < len(words) and words[nxt] in FIRST:
        nxt += 1
    if nxt < len(words) and words[nxt] in REQUEST:
        return None
    if any(w in _ASKING for w in words[max(0, i - 3) : i]) and not _SHOUT.search(raw):
        return None  # "can you help me", "bisa tolong": a question, not a cry
    shouted = bool(_SHOUT.search(raw)) or (words[i].upper() in raw and len(words[i]) >= 4)
    drawn = bool(_DRAWN.search(raw.casefold()))
    alone = all(w in CRY_COMPANY for w in words)
    repeated = (nxt < len(words) and words[nxt] in CRY) or (i > 0 and words[i - 1] in CRY)
    with_me = i + 1 < len(words) and words[i + 1] in FIRST
    if words[i] == "help" and len(words) == 1 and not (_SHOUT.search(raw) or drawn):
        return None  # the help command
    if alone or shouted or drawn or repeated or with_me:
        if words[i] == "help" and not (alone or shouted or drawn or repeated or with_me):
            return None
        return _Hit("danger", i, min(len(words), i + 2), False)
    return None


#: a question before a cry makes it a request ("can you help me", "bisa tolong")
_ASKING = frozenset({"can", "could", "would", "will", "you", "u", "bisa", "bisakah", "bs", "minta", "mohon"})

#: words a phrase may have between its own ("lebih baik aku mati", "mau mati aja")
_SKIPPABLE = frozenset(
    {
        "saya",
        "sy",
        "aku",
        "aq",
        "ak",
        "gue",
        "gw",
        "kami",
        "aja",
        "saja",
        "rasanya",
        "udah",
        "udh",
        "sudah",
        "dah",
        "bener",
        "bgt",
        "banget",
        "sekali",
        "really",
        "just",
    }
)


def _match(words: list[str], i: int, phrase: tuple[str, ...]) -> int:
    """Where ``phrase`` ends when it starts at ``i`` (words in ``_SKIPPABLE`` may stand between
    its words, none between words it lists itself), or -1."""
    j = i + 1
    for want in phrase[1:]:
        while j < len(words) and words[j] != want and words[j] in _SKIPPABLE and want not in _SKIPPABLE:
            j += 1
        if j >= len(words) or words[j] != want:
            return -1
        j += 1
    return j


def _phrase(table: dict[str, list[tuple[str, ...]]], kind: str) -> Rule:
    def rule(words: list[str], i: int, raw: str) -> _Hit | None:
        for phrase in table[words[i]]:
            end = _match(words, i, phrase)
            if end < 0:
                continue
            if kind == "self_harm":
                return _self_harm(words, i, end)
            if _negated(words, i):
                return None
            if phrase[0] in HELP_PHRASES:
                asking = words[max(0, i - 3) : i]
                if any(w in _ASKING for w in asking):
                    if not _SHOUT.search(raw):
                        return None
                nxt = end
                while nxt < len(words) and words[nxt] in FIRST:
                    nxt += 1
                if nxt < len(words) and words[nxt] in REQUEST:
                    return None
            if phrase[0] in ("i", "save", "rescue") or any(w in FIRST for w in phrase):
                return _Hit("danger", i, end, False)
            after = _person_after(words, end - 1)
            if after is not None:
                return _Hit("danger", i, max(end, after[1] + 1), after[0])
            return _Hit("danger", i, end, _third_before(words, i))
        return None

    return rule


#: self-harm phrases a negation before them does not undo ("gk ada gunanya sy hidup")
_NEGATION_PROOF = NEGATORS | {"don", "do", "no", "can", "gunanya", "artinya", "guna", "arti", "percuma", "ada"}


def _self_harm(words: list[str], i: int, end: int) -> _Hit | None:
    phrase = words[i:end]
    if "mati" in phrase:
        k = i + phrase.index("mati")
        # "hp sy mau mati", "lampu mati aja": a device, not a wish
        if any(w in DEVICES for w in words[max(0, k - 4) : k]) or (k + 1 < len(words) and words[k + 1] in DEVICES):
            return None
        if phrase[0] in ("mau", "mo", "mati") and k + 1 < len(words) and words[k + 1] in ("lampu", "listrik"):
            return None
        if _negated(words, i):
            # "sy tidak mau mati di sini": afraid for her life, not a wish to die
            return _Hit("danger", i, end, _third_before(words, i))
        if phrase[0] in ("mau", "mo") and not (
            (end < len(words) and words[end] in ("aja", "saja", "ajah", "ja", "rasanya", "rasany", "sj"))
            or (i and words[i - 1] in FIRST | {"rasanya", "pengen", "pengin", "ingin", "aja"})
        ):
            return None
    elif phrase[0] not in _NEGATION_PROOF and _negated(words, i):
        return None
    return _Hit("self_harm", i, end, _third_before(words, i))


def _weapon(words: list[str], i: int, raw: str) -> _Hit | None:
    """A weapon beside a threat or a chase, in either order."""
    window = words[max(0, i - 4) : i + 5]
    if not any(w in MENACE for w in window) or _negated(words, i):
        return None
    return _Hit("danger", i, i + 1, _third_before(words, i))


def _jump(words: list[str], i: int, raw: str) -> _Hit | None:
    """ "sy mau lompat ke laut aja": a wish to die when she wants it, danger otherwise."""
    if not any(w in HEIGHTS for w in words[i + 1 : i + 5]) or _negated(words, i):
        return None
    wanting = any(w in WANTING for w in words[max(0, i - 3) : i]) or "aja" in words[i + 1 : i + 7]
    return _Hit("self_harm" if wanting else "danger", i, i + 1, _third_before(words, i))


def _rules() -> dict[str, list[Rule]]:
    table: dict[str, list[Rule]] = {}

    def add(words: object, rule: Rule) -> None:
        for word in words:  # type: ignore[attr-defined]
            table.setdefault(str(word), []).append(rule)

    add(SELF_HARM, _phrase(SELF_HARM, "self_harm"))
    add(VIOLENCE, _violence)
    add(PASSIVE_UNLESS_THING, _passive_unless_thing)
    add(ACTIVE_NEEDS_PERSON - set(VIOLENCE), _active_needs_person)
    add(KILL, _kill)
    add(THREAT, _threat)
    add(FOOD, _food)
    add(STARVING, _starving)
    add(ALARM, _alarm)
    add(EN_VIOLENCE, _en_violence)
    add(CRY, _cry)
    add(WEAPONS, _weapon)
    add(JUMP, _jump)
    add(PHRASES, _phrase(PHRASES, "danger"))
    return table


RULES = _rules()
#: "di", "ke", "ter" typed apart from their verb ("di pukul")
_JOINERS = frozenset({"di", "d", "ke", "ter"})
_JOINABLE = frozenset(VIOLENCE) | frozenset(PASSIVE_UNLESS_THING) | KILL
_KNOWN = frozenset(RULES) | FIRST | THIRD | REQUEST | CRY_COMPANY | _JOINERS


def detect(text: str) -> Danger | None:
    """The danger a message tells of, or None. ``words``: the words that say it."""
    if not text:
        return None
    raw = text[:MAX_CHARS]
    key = normalize(raw)
    if not key or (key in COMMANDS and "!!" not in raw):
        return None
    words = _tokens(key)
    hits: list[_Hit] = []
    for i, word in enumerate(words):
        rules = RULES.get(word)
        if rules is None:
            continue
        for rule in rules:
            hit = rule(words, i, raw)
            if hit is not None:
                hits.append(hit)
                break
    if not hits:
        return None
    best = min(hits, key=lambda h: (h.third, h.kind != "self_harm", h.start))
    said = " ".join(words[best.start : best.end])
    if best.kind == "self_harm":
        return Danger("self_harm", best.third, said)
    return Danger("danger", best.third, said)
