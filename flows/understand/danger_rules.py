"""The rules of the danger reader: each looks at one word of a message and the words around it
and says whether they tell of danger (``Hit``). ``RULES`` maps a word to the rules it starts.
The words come from ``lexicon/danger.yaml`` (``flows.understand.danger_words``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.understand.danger_words import (
    ACCIDENT,
    ACTIVE_NEEDS_PERSON,
    ALARM,
    ALARM_NOT_AFTER,
    ALARM_NOT_BEFORE,
    APPS,
    ASKING,
    BETWEEN,
    BODY,
    CRY,
    CRY_COMPANY,
    DEVICES,
    EMPLOYER,
    EN_PASSIVE,
    EN_VIOLENCE,
    FIRST,
    FOOD,
    FOOD_GIVE,
    HEIGHTS,
    HELP_PHRASES,
    IDIOMS,
    INJURY,
    JUMP,
    KILL,
    LIFE,
    MENACE,
    NEGATION_GAP,
    NEGATORS,
    OWNERS,
    PASSIVE,
    PASSIVE_UNLESS_THING,
    PERSONS,
    PHRASES,
    POINTLESS,
    REQUEST,
    SELF_HARM,
    SIRAM_WITH,
    SKIPPABLE,
    STARVING,
    THINGS,
    THIRD,
    THREAT,
    TIME_WORDS,
    VIOLENCE,
    WANT_LIVE,
    WANTING,
    WEAPONS,
    WEARY,
    WITH,
)

#: how far before a passive verb its subject may stand ("adik sy yg kerja di taiwan dikurung")
SUBJECT_WINDOW = 6
SHOUT = re.compile(r"!{2,}|!\s*!")
#: a cry drawn out: "toloong", "tolongg", "heeelp", "helpp"
_DRAWN = re.compile(r"t+o+l+o{2,}n+g|t+o{2,}l+o+n+g|t+o+l+o+n+g{2,}|h+e{2,}l+p|h+e+l+p{2,}")


class Hit:
    """One place in the message that reads as danger."""

    __slots__ = ("end", "kind", "start", "third")

    def __init__(self, kind: str, start: int, end: int, third: bool) -> None:
        self.kind, self.start, self.end, self.third = kind, start, end, third


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
        if word not in BETWEEN:
            return None
    return None


#: words of time between a thing and its verb ("rumah sy mau dijual", "bajunya sudah disetrika")
_TENSE = frozenset(
    {
        "mau",
        "mo",
        "akan",
        "bakal",
        "sudah",
        "udah",
        "udh",
        "sdh",
        "dah",
        "lagi",
        "lg",
        "baru",
        "telah",
        "pernah",
        "sedang",
        "mw",
    }
)


def _thing_before(words: list[str], i: int) -> bool:
    """A thing is what the verb is about: "akun dikunci", "hp sy dikunci", "akun fb sy dikunci"."""
    for j in range(i - 1, max(-1, i - 4), -1):
        word = words[j]
        if word in THINGS:
            return True
        if word not in FIRST and word not in OWNERS and word not in APPS and word not in _TENSE:
            return False
    return False


# ------------------------------------------------------------------ the rules, by first word
Rule = Callable[[list[str], int, str], "Hit | None"]


def _idiom(words: list[str], i: int) -> bool:
    """An idiom or look-alike: "dipukul rata", "siksa kubur", "terjebak macet"."""
    after = IDIOMS.get(words[i])
    return after is not None and i + 1 < len(words) and words[i + 1] in after


#: "i hit my head", "I burned my hand": she did it herself (an accident), not someone to her
_SELF_DONE = frozenset({"i", "aku", "saya", "sy"})


def _violence(words: list[str], i: int, raw: str) -> Hit | None:
    word = words[i]
    policy = VIOLENCE[word]
    if _negated(words, i) or _idiom(words, i):
        return None
    if policy == "not_time":
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if nxt and (nxt[0].isdigit() or nxt in TIME_WORDS):
            return None
        prev = words[i - 1] if i else ""
        if prev in ("jam", "pada", "sekitar", "sejak", "mulai", "sampai", "sampe", "dari", "hingga", "tepat"):
            return None
    if word in PASSIVE:
        if _employer_side(words, i) or _thing_before(words, i):
            return None  # "anak majikan dipukul temennya", "harga diri sy diinjak"
        return Hit("danger", i, i + 1, _third_before(words, i))
    after = _person_after(words, i)
    if policy == "person" and after is None:
        return None
    if after is not None:
        return Hit("danger", i, after[1] + 1, after[0])
    return Hit("danger", i, i + 1, _third_before(words, i))


def _passive_unless_thing(words: list[str], i: int, raw: str) -> Hit | None:
    word = words[i]
    if _negated(words, i) or _thing_before(words, i) or _idiom(words, i):
        return None
    root = PASSIVE_UNLESS_THING[word]
    if root == "siram":
        burning = [k for k in range(i + 1, min(len(words), i + 4)) if words[k] in SIRAM_WITH]
        if not burning:
            return None
        return Hit("danger", i, burning[0] + 1, _third_before(words, i))
    if root == "jual":
        # "dijual" is trafficking when said of a person ("sy dijual ke majikan lain")
        person = any(w in PERSONS for w in words[max(0, i - 3) : i])
        onward = i + 1 < len(words) and words[i + 1] in ("ke", "kepada", "sama", "lagi", "seperti", "kayak", "kyk")
        if not (person or onward):
            return None
    near = words[max(0, i - 4) : i + 3]
    alone = all(w in FIRST for w in words[:i])  # "disetrika", "sy disetrika": nothing else it is about
    if (
        root in ("lempar", "banting", "setrika", "bakar")
        and not alone
        and not any(w in PERSONS or w in BODY for w in near)
    ):
        return None  # "sudah disetrika semua", "sampahnya dibakar": things
    return Hit("danger", i, i + 1, _third_before(words, i))


def _active_needs_person(words: list[str], i: int, raw: str) -> Hit | None:
    if _negated(words, i):
        return None
    after = _person_after(words, i)
    if after is None:
        return None
    word = words[i]
    if word in ("siram", "nyiram", "menyiram") and not any(w in SIRAM_WITH for w in words[i + 1 : i + 5]):
        return None
    return Hit("danger", i, after[1] + 1, after[0])


def _kill(words: list[str], i: int, raw: str) -> Hit | None:
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in ("diri", "dri", "diriku"):
        return None  # self-harm, read by its own rule
    if _negated(words, i):
        return None
    if word in ("dibunuh", "terbunuh", "pembunuhan"):
        if _thing_before(words, i) or any(w in DEVICES for w in words[max(0, i - 2) : i]):
            return None
        return Hit("danger", i, i + 1, _third_before(words, i))
    after = _person_after(words, i)
    threatened = any(w in THREAT for w in words[max(0, i - 3) : i])
    if after is None and not threatened:
        return None
    if after is None and any(w in DEVICES for w in words[i + 1 : i + 3]):
        return None
    if after is not None:
        return Hit("danger", i, after[1] + 1, after[0])
    return Hit("danger", i, i + 1, _third_before(words, i))


def _threat(words: list[str], i: int, raw: str) -> Hit | None:
    """ "diancam dibunuh", "ngancam mau pukul": a threat of violence or death."""
    for j in range(i + 1, min(len(words), i + 4)):
        word = words[j]
        if word in KILL or word in VIOLENCE or word in ("mati", "pisau", "senjata", "golok", "dibakar", "bakar"):
            if word == "bunuh" and j + 1 < len(words) and words[j + 1] == "diri":
                return None
            return Hit("danger", i, j + 1, _third_before(words, i))
    return None


def _food(words: list[str], i: int, raw: str) -> Hit | None:
    """ "gk dikasih makan", "tidak diberi makan", "belum makan 2 hari"."""
    j = i - 1
    object_first = j >= 0 and words[j] in FIRST  # "tak bagi saya makan": she is not fed
    if j >= 0 and (words[j] in ("yang", "yg", "untuk", "utk", "buat") or object_first):
        j -= 1
    if j >= 0 and words[j] in FOOD_GIVE:
        # "dikasih" is said of who is not fed; "kasih", "bagi" of who does not feed
        passive = words[j].startswith("di") or words[j] in ("dapat", "dapet", "dpt", "boleh", "bole", "kebagian")
        for k in range(j - 1, max(-1, j - 4), -1):
            if words[k] in NEGATORS or words[k] in ("jarang", "jrg", "jarang2"):
                third = _third_before(words, k) if passive and not object_first else False
                return Hit("danger", k, i + 1, third)
            if words[k] not in NEGATION_GAP and words[k] not in FIRST:
                break
        return None
    days = ("hari", "hr", "hri", "days", "day")
    if j >= 0 and words[j] in NEGATORS and any(w in days for w in words[max(0, i - 4) : i + 4]):
        return Hit("danger", j, i + 1, _third_before(words, j))
    return None


def _starving(words: list[str], i: int, raw: str) -> Hit | None:
    if _negated(words, i):
        return None
    return Hit("danger", i, i + 1, _third_before(words, i))


def _alarm(words: list[str], i: int, raw: str) -> Hit | None:
    prev = words[i - 1] if i else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if prev in ALARM_NOT_AFTER or nxt in ALARM_NOT_BEFORE:
        return None
    return Hit("danger", i, i + 1, False)


def _en_violence(words: list[str], i: int, raw: str) -> Hit | None:
    if _negated(words, i) or (i > 0 and words[i - 1] in _SELF_DONE):
        return None
    after = _person_after(words, i)
    if after is not None:
        nxt = words[after[1] + 1] if after[1] + 1 < len(words) else ""
        if nxt in ("up", "back", "off", "out") and not (nxt == "up" and words[i].startswith("lock")):
            return None  # "hit me up", "beat me to it", "locked me out" are not violence
        if nxt == "to" and after[1] + 2 < len(words) and words[after[1] + 2] == "it":
            return None  # "beat me to it"
        if words[i] in ("sell", "sold") and nxt in ("a", "an", "the", "some", "fake", "this", "that"):
            return None  # "sold me a fake visa": cheated, not sold
        return Hit("danger", i, after[1] + 1, after[0])
        return Hit("danger", i, after[1] + 1, after[0])
    prev = words[i - 1] if i else ""
    if prev in EN_PASSIVE and words[i].endswith(("ed", "en", "t", "ld", "ck")) and words[i] not in ("hurt", "get"):
        # "I was hit", "she was beaten", "we got locked": the subject is before
        if words[i] in ("locked",) and i + 1 < len(words) and words[i + 1] in ("out",):
            return None
        return Hit("danger", i - 1, i + 1, _third_before(words, i - 1))
    return None


def _cry(words: list[str], i: int, raw: str) -> Hit | None:
    """ "tolong" and "help": a cry, or a polite "please"."""
    nxt = i + 1
    while nxt < len(words) and words[nxt] in FIRST:
        nxt += 1
    if nxt < len(words) and words[nxt] in REQUEST:
        return None
    if any(w in ASKING for w in words[max(0, i - 3) : i]) and not SHOUT.search(raw):
        return None  # "can you help me", "bisa tolong": a question, not a cry
    shouted = bool(SHOUT.search(raw)) or (words[i].upper() in raw and len(words[i]) >= 4)
    drawn = bool(_DRAWN.search(raw.casefold()))
    alone = all(w in CRY_COMPANY for w in words)
    repeated = (nxt < len(words) and words[nxt] in CRY) or (i > 0 and words[i - 1] in CRY)
    with_me = i + 1 < len(words) and words[i + 1] in FIRST
    if words[i] == "help" and not ("!" in raw or drawn or repeated or with_me):
        if all(w == "help" or w in _ADDRESS for w in words):
            return None  # the help command, perhaps with a "kak": "help", "help kak"
    if alone or shouted or drawn or repeated or with_me:
        return Hit("danger", i, min(len(words), i + 2), False)
    return None


#: how the bot is addressed: "help kak", "help min" ask for the help text
_ADDRESS = frozenset({"kak", "ka", "min", "admin", "pak", "bu", "mas", "mba", "mbak", "sis", "sist"})


def _match(words: list[str], i: int, phrase: tuple[str, ...]) -> int:
    """Where ``phrase`` ends when it starts at ``i`` (words in ``SKIPPABLE`` may stand between
    its words, none between words it lists itself), or -1."""
    j = i + 1
    for want in phrase[1:]:
        while j < len(words) and words[j] != want and words[j] in SKIPPABLE and want not in SKIPPABLE:
            j += 1
        if j >= len(words) or words[j] != want:
            return -1
        j += 1
    return j


def _phrase(table: dict[str, list[tuple[str, ...]]], kind: str) -> Rule:
    def rule(words: list[str], i: int, raw: str) -> Hit | None:
        for phrase in table[words[i]]:
            end = _match(words, i, phrase)
            if end < 0:
                continue
            if kind == "self_harm":
                return _self_harm(words, i, end)
            if _negated(words, i) or _idiom(words, i):
                return None
            if "mati" in phrase and any(w in DEVICES for w in words[max(0, i - 3) : i]):
                return None  # "batre hampir mati"
            if phrase[0] in HELP_PHRASES:
                asking = words[max(0, i - 3) : i]
                if any(w in ASKING for w in asking):
                    if not SHOUT.search(raw):
                        return None
                nxt = end
                while nxt < len(words) and words[nxt] in FIRST:
                    nxt += 1
                if nxt < len(words) and words[nxt] in REQUEST:
                    return None
            if phrase[0] in ("i", "save", "rescue") or any(w in FIRST for w in phrase):
                return Hit("danger", i, end, False)
            after = _person_after(words, end - 1)
            if after is not None:
                return Hit("danger", i, max(end, after[1] + 1), after[0])
            return Hit("danger", i, end, _third_before(words, i))
        return None

    return rule


#: self-harm phrases a negation before them does not undo ("gk ada gunanya sy hidup")
_NEGATION_PROOF = NEGATORS | {"don", "do", "no", "can", "gunanya", "artinya", "guna", "arti", "percuma", "ada"}


def _self_harm(words: list[str], i: int, end: int) -> Hit | None:
    phrase = words[i:end]
    if phrase[-1] in LIFE and end < len(words) and words[end] in _WHERE:
        return None  # "I don't want to live with my employer": where, not whether
    if "mati" in phrase:
        k = i + phrase.index("mati")
        # "hp sy mau mati", "lampu mati aja": a device, not a wish
        if any(w in DEVICES for w in words[max(0, k - 4) : k]) or (k + 1 < len(words) and words[k + 1] in DEVICES):
            return None
        if phrase[0] in ("mau", "mo", "mati") and k + 1 < len(words) and words[k + 1] in ("lampu", "listrik"):
            return None
        if _negated(words, i):
            # "sy tidak mau mati di sini": afraid for her life, not a wish to die
            return Hit("danger", i, end, _third_before(words, i))
        if phrase[0] in ("mau", "mo") and not (
            (end < len(words) and words[end] in ("aja", "saja", "ajah", "ja", "rasanya", "rasany", "sj"))
            or (i and words[i - 1] in FIRST | {"rasanya", "pengen", "pengin", "ingin", "aja"})
        ):
            return None
    elif phrase[0] not in _NEGATION_PROOF and _negated(words, i):
        return None
    return Hit("self_harm", i, end, _third_before(words, i))


def _weapon(words: list[str], i: int, raw: str) -> Hit | None:
    """A weapon beside a threat or a chase, in either order."""
    window = words[max(0, i - 4) : i + 5]
    if not any(w in MENACE for w in window) or _negated(words, i):
        return None
    return Hit("danger", i, i + 1, _third_before(words, i))


def _jump(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy mau lompat ke laut aja": a wish to die when she wants it, danger otherwise."""
    if not any(w in HEIGHTS for w in words[i + 1 : i + 5]) or _negated(words, i):
        return None
    wanting = any(w in WANTING for w in words[max(0, i - 3) : i]) or "aja" in words[i + 1 : i + 7]
    return Hit("self_harm" if wanting else "danger", i, i + 1, _third_before(words, i))


_WHERE = frozenset(
    {
        "here",
        "with",
        "in",
        "at",
        "there",
        "like",
        "di",
        "sama",
        "dengan",
        "dgn",
        "bersama",
        "disini",
        "disana",
        "sm",
        "bareng",
        "seperti",
        "kayak",
        "kyk",
    }
)


def _life(words: list[str], i: int, raw: str) -> Hit | None:
    """ "udah gak pengen hidup", "capek hidup", "hidup percuma": no wish to live."""
    if i + 1 < len(words) and words[i + 1] in _WHERE:
        return None  # "gk mau hidup sama majikan", "don't want to live here": where, not whether
    before = words[max(0, i - 3) : i]
    weary = any(w in WEARY for w in before) or any(w in POINTLESS for w in words[i + 1 : i + 3])
    refused = False
    for k, word in enumerate(before):
        if word in WANT_LIVE and max(0, i - 3) + k > 0 and _negated(words, max(0, i - 3) + k):
            refused = True
    if not (weary or refused):
        return None
    return Hit("self_harm", max(0, i - 3), i + 1, _third_before(words, max(0, i - 3)))


def _injury(words: list[str], i: int, raw: str) -> Hit | None:
    """ "muka sy lebam", "badan memar semua": signs of a beating, unless an accident is told."""
    if _negated(words, i) or any(w in ACCIDENT for w in words):
        return None
    return Hit("danger", i, i + 1, _third_before(words, i))


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
    add(LIFE, _life)
    add(INJURY, _injury)
    add(JUMP, _jump)
    add(PHRASES, _phrase(PHRASES, "danger"))
    return table


RULES = _rules()
