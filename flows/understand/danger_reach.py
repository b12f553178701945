"""Ways of saying danger that the lexicon's listed forms did not reach (ADR 0006, 7 December).

A blind batch written from imagined workers and families (tests/data/danger/dev8.yaml) missed
about one dangerous message in eight. The misses were not new harms but new *forms* of known
ones, so each rule here is a family of forms, not a phrase:

- Taglish: Tagalog verbs of harm carry their aspect in an infix or a prefix ("sinampal",
  "sinasaktan", "binubugbog", "papatayin"); being kept in and unfed is a negated causative
  ("hindi ako pinapalabas", "hindi kami pinapakain", "hindi kami makaalis").
- Roots the lexicon lacks, read as a listed act of the same kind with every Indonesian and
  Javanese inflection generated ("dipelintir", "digetok", "ditajong", "dibelasah", "digauli"):
  ``READ_AS`` maps each form to the listed form whose rule judges it, so negation, a thing
  before the verb, an animal, a question asked "what if" are judged as for the listed verb.
- Javanese passive suffixes "-ke" / "-ake" ("sirahku dijedotke tembok") as "-in" (``javanese``).
- A bare root with its doer after "sama" / "sm" / "oleh" / Javanese "karo", "ambek": spoken
  passive ("sy dorong sm majikan dr tangga": pushed by the employer).

The signs of danger said in words no rule knew (rest withheld, food unfit to eat, a place like
a prison, ...) are in ``danger_reach_signs``.

Each rule answers a ``Hit`` or None, as the rules of ``danger_rules`` do; they are registered
after the older rules of the same word, so they only speak where those said nothing.
"""

from __future__ import annotations

from flows.understand.danger_context import KIN, Hit, Rule, hypothetical, negated, third_before
from flows.understand.danger_words import EMPLOYER, FIRST, THIRD

# ------------------------------------------------------------------ new roots, read as listed ones

#: a root the lexicon lacks -> the listed root whose forms it is read as ("tampar": always
#: danger said of a person; "tonjok": danger when done to a person)
_NEW_ROOTS = {
    "pelintir": "tampar",  # twisted (an arm)
    "plintir": "tampar",
    "slepet": "tonjok",  # whipped with a cloth
    "selepet": "tonjok",
    "gaplok": "tampar",  # slapped (Javanese)
    "tapuk": "tampar",
    "tonyo": "tonjok",  # punched (Javanese)
    "gajul": "tonjok",  # kicked (Javanese)
    "jejek": "tonjok",  # stamped on (Javanese)
    "tajong": "tonjok",  # kicked (Sundanese)
    "belasah": "tampar",  # beaten up (Malay)
    "terajang": "tonjok",  # kicked (Malay)
    "lanyak": "tampar",  # beaten (Malay)
    "gauli": "tampar",  # had sex with (said of her by a man of the house: coerced)
    "gerayang": "tampar",  # groped
    "gerayangi": "tampar",
    "rudopekso": "tampar",  # raped (Javanese)
    "cekek": "tampar",
    "jedot": "tampar",  # her head struck (on a wall): "dijedotke tembok"; not "kejedot" (bumped)
}
#: the known forms the new roots' forms are read as: passive and active of the listed root
_PASSIVE_OF = {"tampar": "ditampar", "tonjok": "ditonjok"}
#: an active form needs a person after it, whatever the root ("kaki sy kepelintir" is a sprain,
#: "melintir kabel" a cable twisted)
_ACTIVE_OF = {"tampar": "tonjok", "tonjok": "tonjok"}


def _nasal(root: str) -> list[str]:
    """The active forms of speech: "pelintir" -> "melintir", "memelintir"; "getok" -> "ngegetok"."""
    first = root[0]
    forms = ["nge" + root, "menge" + root]
    if first == "p":
        forms += ["m" + root[1:], "mem" + root[1:]]
    elif first == "t":
        forms += ["n" + root[1:], "men" + root[1:]]
    elif first in "sc":
        forms += ["ny" + root[1:], "meny" + root[1:]]
    elif first == "k":
        forms += ["ng" + root[1:], "meng" + root[1:]]
    elif first in "gj":
        forms += ["ng" + root, "meng" + root, "n" + root]
    elif first in "bl":
        forms += ["m" + root if first == "b" else "nge" + root, "mem" + root if first == "b" else "me" + root]
    return forms


def _read_as() -> dict[str, str]:
    table: dict[str, str] = {}
    for root, like in _NEW_ROOTS.items():
        passive, active = _PASSIVE_OF[like], _ACTIVE_OF[like]
        # not "ke-" / "ter-": an accident ("kaki sy kepelintir" is a sprain), kept apart below
        for form in ("di" + root, "d" + root, "di" + root + "in", "di" + root + "i", "di" + root + "ke",
                     "di" + root + "ne"):  # fmt: skip
            table[form] = passive
        for form in [root, root + "in", *_nasal(root), *(f + "in" for f in _nasal(root))]:
            table.setdefault(form, active)
        for form in ("ke" + root, "ter" + root, "kena" + root):
            table[form] = ""  # an accident, read as nothing: "sy kejedot pintu lemari", "kepelintir"
    # "sy diapa2in sm majikan", "dia ngapa2in sy": something done to her no one names
    table.update({"diapa2in": "ditampar", "diapa2kan": "ditampar", "diapain": "ditampar"})
    table.update({"ngapa2in": "tonjok", "ngapa2ain": "tonjok"})
    return table


#: each new form -> the listed form whose rule reads it
READ_AS = _read_as()


def read_as(rule: Rule) -> Rule:
    """``rule``, judging a new form as the listed form it means: the message keeps its words."""

    def reading(words: list[str], i: int, raw: str) -> Hit | None:
        listed = READ_AS.get(words[i])
        if not listed:
            return None
        return rule([*words[:i], listed, *words[i + 1 :]], i, raw)

    return reading


def javanese(word: str, vocabulary: frozenset[str]) -> str | None:
    """A Javanese passive in "-ke" / "-ake" as the "-in" form the rules know: "dijedotke" is
    "dijedotin", "dibantingke" "dibanting"."""
    if not (word.startswith("di") and word.endswith("ke")) or len(word) < 7:
        return None
    for stem in (word[:-3], word[:-2]) if word.endswith("ake") else (word[:-2],):
        for form in (stem + "in", stem, stem + "kan"):
            if form in vocabulary:
                return form
    return None


# ------------------------------------------------------------------ Taglish

#: Tagalog verbs of harm in their aspects: slap, hurt, beat up, punch, kick, rape, grope,
#: choke, pull hair, hit, burn, kill, lock up
TAGALOG_HARM = frozenset({
    "sinampal", "sinasampal", "sampalin", "sinaktan", "sinasaktan", "saktan", "sasaktan", "nanakit", "nananakit",
    "binugbog", "binubugbog", "bugbugin", "bubugbugin", "sinuntok", "sinusuntok", "suntukin", "sinipa", "sinisipa",
    "sipain", "tinadyakan", "tinatadyakan", "ginahasa", "ginagahasa", "gahasain", "hinipuan", "hinihipuan",
    "hinahipuan", "minolestiya", "minomolestiya", "sinakal", "sinasakal", "sakalin", "sinabunutan", "sinasabunutan",
    "hinampas", "hinahampas", "pinalo", "pinapalo", "pinaso", "pinapaso", "papatayin", "pinapatay", "patayin",
    "tinutukan", "kinulong", "kinukulong", "ikinulong", "ikukulong", "nakakulong", "nakakandado", "kinandado",
    "pinagmamalupitan", "minamaltrato", "minaltrato", "inaabuso", "inabuso", "tinortyur", "tinotortyur",
})  # fmt: skip
#: Tagalog causatives she is refused: let out, fed, let sleep, let go home; and what she cannot do
TAGALOG_REFUSED = frozenset({
    "pinapalabas", "pinalalabas", "pinalabas", "pinapakain", "pinakakain", "pinakain", "pinapatulog",
    "pinatulog", "pinapauwi", "pinauuwi", "pinauwi", "pinapaalis", "makaalis", "makalabas", "makauwi", "makatakas",
})  # fmt: skip
_TAGALOG_NOT = frozenset({"hindi", "di", "ayaw", "bawal", "wala"})
_TAGALOG_GAP = frozenset({"ako", "kami", "siya", "sya", "po", "na", "naman", "talaga", "nila", "niya", "nya", "daw",
                          "raw", "ko", "kmi"})  # fmt: skip
#: kin in Tagalog: "ang kapatid ko ... binubugbog ng amo niya"
_TAGALOG_KIN = frozenset({"kapatid", "ate", "kuya", "nanay", "inay", "tatay", "asawa", "anak", "kaibigan", "pinsan",
                          "pamangkin", "tita", "tito", "misis", "mister", "kaka", "kapitbahay"})  # fmt: skip
_REASON = frozenset({"kasi", "kc", "dahil", "because", "coz", "cause", "krn", "karena"})
#: who or what holds her: the employer, the agency, her passport or pay withheld
_HOLDER = frozenset({"amo", "employer", "agency", "ahensya", "sweldo", "passport", "pasaporte", "pinapatrabaho", "boss",
                     "kinuha", "bantay", "guard", "nakakulong", "kinulong", "majikan", "agen", "utang"})  # fmt: skip
_TAGALOG_ME = frozenset({"ako", "kami", "ko", "akin", "amin", "me"})


def _tagalog_negated(words: list[str], i: int) -> bool:
    for j in range(i - 1, max(-1, i - 4), -1):
        if words[j] in _TAGALOG_NOT:
            return True
        if words[j] not in _TAGALOG_GAP:
            return False
    return False


def _tagalog_third(words: list[str], i: int) -> bool:
    """Told of someone of hers ("kaka ko sa saudi sinasaktan ng amo niya"), not of her."""
    after = words[i + 1 : i + 3]
    if _TAGALOG_ME.intersection(after) and "ko" not in after[:1]:
        return False
    return bool(_TAGALOG_KIN.intersection(words[:i]) or KIN.intersection(words[:i])) or third_before(words, i)


def tagalog_harm(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sinampal ako ng amo ko", "binubugbog siya ng amo niya": harm said in Tagalog."""
    if _tagalog_negated(words, i) or hypothetical(words, i):
        return None
    return Hit("danger", i, i + 1, _tagalog_third(words, i))


def tagalog_refused(words: list[str], i: int, raw: str) -> Hit | None:
    """ "hindi ako pinapalabas", "hindi kami pinapakain", "hindi kami makaalis": refused. What
    she cannot do is danger only when someone holds her ("walang sweldo, hindi kami makaalis"),
    not for a reason of her own ("hindi ako makauwi kasi walang budget")."""
    if not _tagalog_negated(words, i):
        return None
    if words[i].startswith("maka") and (_REASON.intersection(words[i:]) or _HOLDER.isdisjoint(words)):
        return None
    start = max(0, i - 2)
    return Hit("danger", start, i + 1, _tagalog_third(words, i))


# ------------------------------------------------------------------ a bare root with its doer

#: the spoken passive's "by": "sy dorong sm majikan", Javanese "karo", "ambek", Sundanese "ku"
_BY = frozenset({"sm", "sama", "ama", "ma", "oleh", "olh", "karo", "ambek", "mbek", "ku", "dening", "by"})
#: bare roots of a blow or of being shut in, read with a doer after
BARE_ROOTS = frozenset({
    "dorong", "pukul", "tampar", "tendang", "tonjok", "banting", "jambak", "cekik", "injak", "siram",
    "setrika", "lempar", "kurung", "sekap", "siksa", "seret", "cubit", "tabok", "gampar", "hajar", "jotos", "sabet",
    "pecut", "cambuk", "gebuk", "gebug", "sundut", "tusuk", "bacok", "perkosa", "lecehin", "raba", "grepe",
})  # fmt: skip
_DOERS = EMPLOYER | KIN | THIRD | frozenset({
    "anak", "bapak", "ibu", "istri", "suami", "kakek", "nenek", "mrk", "mereka", "dia", "dy", "baba", "mama", "taitai",
    "sinsang", "akong",
})  # fmt: skip


def done_by(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy dorong sm majikan dr tangga": a bare root between her and its doer is done to her."""
    if i < 1 or words[i - 1] not in FIRST or i + 2 >= len(words):
        return None
    if words[i + 1] not in _BY or words[i + 2] not in _DOERS:
        return None
    if negated(words, i - 1) or negated(words, i) or hypothetical(words, i):
        return None
    return Hit("danger", i - 1, i + 3, third_before(words, i - 1))
