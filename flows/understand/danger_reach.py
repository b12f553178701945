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
- Sleep and rest withheld: "gk dikasih tidur", "ga boleh istirahat sama sekali", "not allowed
  to rest at all".
- Food unfit to eat given to her: "dikasih makan makanan anjing", "disuruh makan makanan basi",
  "they give me rotten food".
- A place said to be a prison: "kapal ini kyk penjara", "this house is like a prison".
- Made a scammer: "disuruh jd scammer", "dijadiin scammer".
- Her family made to pay if she leaves: "kalo sy kabur, anak sy di kampung yg kena".
- Jumping from a high place named in Malay: "rasa nak terjun dari bangunan ni".

Each rule answers a ``Hit`` or None, as the rules of ``danger_rules`` do; they are registered
after the older rules of the same word, so they only speak where those said nothing.
"""

from __future__ import annotations

from flows.understand.danger_context import KIN, Hit, Rule, hypothetical, negated, third_before
from flows.understand.danger_words import EMPLOYER, FIRST, NEGATORS, THIRD, WANTING

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
        # not "ke-" / "ter-": an accident ("kaki sy kepelintir" is a sprain)
        for form in ("di" + root, "d" + root, "di" + root + "in", "di" + root + "i", "di" + root + "ke",
                     "di" + root + "ne"):  # fmt: skip
            table[form] = passive
        for form in [root, root + "in", *_nasal(root), *(f + "in" for f in _nasal(root))]:
            table.setdefault(form, active)
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
        if listed is None:
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


# ------------------------------------------------------------------ sleep and rest withheld

#: what withholds it: given, let, allowed
_LET = frozenset({"dikasih", "dikasi", "dksh", "dibolehin", "dibolehkan", "diizinin", "diizinkan", "diijinin",
                  "diijinkan", "dibiarin", "dibiarkan", "diberi", "dikei", "diwenehi", "dibere", "allowed", "let",
                  "allow"})  # fmt: skip
_MAY = frozenset({"boleh", "blh", "bole", "bisa", "bs", "sempat", "sempet", "oleh", "to"})
_AT_ALL = (["sama", "sekali"], ["sm", "sekali"], ["sama", "skali"], ["at", "all"], ["blas"], ["babar", "blas"])
#: a short rest she asks for, not her rest ("ga boleh tidur siang", "gk dikasih istirahat pas jam kerja")
_SHORT = frozenset({"siang", "nap", "sebentar", "bentar", "jam", "pas", "waktu", "wkt", "during", "while", "lama",
                    "larut", "telat", "kemaleman", "malem2", "kebanyakan"})  # fmt: skip
#: where she may not sleep, a house rule: "gk boleh tidur di sofa"
_WHERE = (["di"], ["in"], ["on"], ["with"], ["bareng"], ["dikamar"], ["dilantai"])
REST = frozenset({"tidur", "istirahat", "rehat", "sleep", "rest", "turu", "sare", "merem"})


def rest_withheld(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy gk dikasih tidur", "ga boleh istirahat sama sekali", "not allowed to rest at all"."""
    before = words[max(0, i - 4) : i]
    after = words[i + 1 : i + 3]
    clause = words[i + 1 : i + 4]
    clause = clause[: clause.index(",")] if "," in clause else clause
    if hypothetical(words, i) or _SHORT.intersection(clause) or words[i + 1 : i + 2] in _WHERE:
        return None  # "ga boleh tidur siang", "not allowed to sleep in the living room": a house rule
    doer = after[1].removesuffix("nya") if len(after) > 1 else ""
    if after[:1] in (["sama"], ["sm"]) and doer not in EMPLOYER and after[1:] not in (["sekali"], ["skali"]):
        return None  # "gk boleh tidur sama anak majikan": with whom, a house rule; not "sm majikannya"
    negator = next((k for k in range(len(before)) if before[k] in NEGATORS or before[k] in ("not", "never", "no")), -1)
    if negator < 0:
        return None
    between = before[negator + 1 :]
    if _LET.intersection(between):
        return Hit("danger", max(0, i - len(before) + negator), i + 1, third_before(words, i))
    if _MAY.intersection(between) and any(after[: len(p)] == p for p in _AT_ALL):
        return Hit("danger", max(0, i - len(before) + negator), i + 3, third_before(words, i))
    return None


# ------------------------------------------------------------------ food unfit to eat

#: what makes food unfit: spoiled, bait, animals' food
UNFIT = frozenset({"basi", "busuk", "umpan", "rotten", "spoiled", "spoilt", "expired", "kadaluarsa", "kedaluwarsa",
                    "jamuran", "berulat", "moldy", "mouldy"})  # fmt: skip
ANIMALS_FOOD = frozenset({"anjing", "kucing", "babi", "dog", "cat", "pig", "ayam"})
_GIVEN = frozenset({"dikasih", "dikasi", "dksh", "diberi", "disuruh", "dipaksa", "disuru", "cuma", "cm", "hanya",
                    "give", "gives", "gave", "given", "feed", "feeds", "fed", "only", "made", "make", "force",
                    "forced"})  # fmt: skip
#: eating, right after what gives or makes her: "dikasih makan", "disuruh makan", "made me eat"
_EATING = frozenset({"makan", "mkn", "maem", "mangan", "eat", "me", "us"})


def fed_unfit(words: list[str], i: int, raw: str) -> Hit | None:
    """ "dikasih makan makanan anjing", "disuruh makan makanan basi", "they give me rotten food":
    her food is not food. Not "sy disuruh ngasih makan kucing" (she feeds the cat)."""
    word = words[i]
    before = words[max(0, i - 5) : i]
    if "," in before:
        before = before[len(before) - before[::-1].index(",") :]
    if word in ANIMALS_FOOD and before[-1:] not in (["makanan"], ["food"], ["sisa"], ["bekas"]):
        return None
    fed = any(
        w in _GIVEN and (_EATING.intersection(before[k + 1 : k + 3]) or words[i + 1 : i + 2] == ["food"])
        for k, w in enumerate(before)
    )
    if not fed:
        return None  # "sy disuruh buang makanan basi": she throws it away
    if {"ngasih", "kasih", "kasi", "feeding"}.intersection(before) or negated(words, i) or hypothetical(words, i):
        return None
    return Hit("danger", max(0, i - len(before)), i + 1, third_before(words, max(0, i - len(before))))


# ------------------------------------------------------------------ a place like a prison

PRISON = frozenset({"penjara", "prison", "jail", "tahanan", "kurungan"})
_LIKE = frozenset({"kyk", "kayak", "kaya", "kek", "kayanya", "seperti", "spt", "macam", "mcm", "like", "bagai",
                   "bagaikan", "ibarat", "bak", "koyo"})  # fmt: skip
_PLACE = frozenset({
    "rumah", "rmh", "kapal", "sini", "disini", "tempat", "asrama", "mess", "kamar", "house", "boat", "ship", "here",
    "place", "hidup", "kerja", "kerjaan", "dorm", "compound", "pabrik", "omah",
})  # fmt: skip


def like_prison(words: list[str], i: int, raw: str) -> Hit | None:
    """ "kapal ini kyk penjara", "this house is like a prison": where she is holds her."""
    start = i - 1 if i and words[i - 1] in ("di", "in", "a", "dalam", "the") else i
    if start < 1 or words[start - 1] not in _LIKE or negated(words, start - 1) or hypothetical(words, i):
        return None
    if not (
        _PLACE.intersection(words[max(0, start - 5) : start - 1]) or FIRST.intersection(words[max(0, start - 5) :])
    ):
        return None
    return Hit("danger", start - 1, i + 1, third_before(words, start - 1))


# ------------------------------------------------------------------ made a scammer

SCAM = frozenset({"scammer", "scam", "nipu", "menipu", "nipuin", "penipu", "scamming"})
_MADE = frozenset({"disuruh", "disuru", "dijadikan", "dijadiin", "dipaksa", "dipekso", "diwajibkan", "made", "forced"})
_BECOME = frozenset({"jd", "jadi", "jdi", "dadi", "be", "become", "as", "sebagai", "to"})


def made_to_scam(words: list[str], i: int, raw: str) -> Hit | None:
    """ "disuruh jd scammer", "dijadiin scammer", "made to scam": a scam compound's work."""
    j = i - 1
    if j >= 0 and words[j] in _BECOME:
        j -= 1
    if j < 0 or words[j] not in _MADE or negated(words, j) or hypothetical(words, j):
        return None
    return Hit("danger", j, i + 1, third_before(words, j))


# ------------------------------------------------------------------ her family pays if she goes

_IF = frozenset({"kalo", "kalau", "klo", "kl", "klu", "if", "jika", "jk", "nek", "lamun"})
_LEAVES = frozenset({"kabur", "lari", "lapor", "ngadu", "pulang", "berhenti", "resign", "run", "escape", "report",
                     "quit", "leave", "minggat", "mlayu"})  # fmt: skip
PAYS = frozenset({"kena", "korban", "celaka", "dicelakai", "disakiti", "hurt", "harmed"})


def family_pays(words: list[str], i: int, raw: str) -> Hit | None:
    """ "kalo sy kabur, anak sy di kampung yg kena": her family threatened for her leaving."""
    before = words[max(0, i - 12) : i]
    if not (before[-1:] in (["yg"], ["yang"], ["will"], ["jadi"], ["jd"], ["yg", "jadi"]) or "yg" in before[-2:]):
        return None
    kin = [k for k, w in enumerate(before) if w in KIN or w in ("keluarga", "family", "anakku", "ortu")]
    cond = [k for k, w in enumerate(before) if w in _IF and _LEAVES.intersection(before[k + 1 : k + 4])]
    if not kin or not cond or cond[0] > kin[-1]:
        return None
    return Hit("danger", max(0, i - len(before)) + cond[0], i + 1, False)


# ------------------------------------------------------------------ jumping from a high place

JUMP_WORDS = frozenset({"terjun", "lompat", "loncat", "jump", "jumping", "melompat", "meloncat", "terjunkan"})
_HIGH = frozenset({"bangunan", "menara", "tower", "flat", "rooftop", "jambatan", "tingkat", "apartment",
                   "building", "gedung"})  # fmt: skip
_FEELING = frozenset({"rasa", "rasanya", "terasa", "feel", "feels"})


def jump_from_high(words: list[str], i: int, raw: str) -> Hit | None:
    """ "rasa nak terjun dari bangunan ni": a wish to jump from a high place named in Malay."""
    if negated(words, i) or hypothetical(words, i):
        return None
    wanting = WANTING.intersection(words[max(0, i - 3) : i]) or _FEELING.intersection(words[max(0, i - 3) : i])
    if not wanting or not _HIGH.intersection(words[i + 1 : i + 5]):
        return None
    return Hit("self_harm", max(0, i - 2), i + 1, third_before(words, i))


# ------------------------------------------------------------------ a wound of someone's doing

DEED = frozenset({"ulah", "perbuatan", "gara2", "garagara", "krn", "karena", "karna", "because", "from", "oleh"})
WOUNDS = frozenset({
    "luka", "memar", "lebam", "biru", "bengkak", "bekas", "berdarah", "sobek", "robek", "patah", "bruise", "bruises",
    "wound", "wounds", "scar", "scars", "bleeding", "lebam2",
})  # fmt: skip


def wound_by(words: list[str], i: int, raw: str) -> Hit | None:
    """ "bekas luka sy banyak bgt, dr kepala smpe kaki, ulah majikan": her wounds, then whose
    doing they are. Not "luka hati" (a hurt of the heart), not a wound "krn pisau" (a thing)."""
    if words[i + 1 : i + 2] == ["hati"] or negated(words, i):
        return None
    for k in range(i + 1, min(len(words) - 1, i + 14)):
        if words[k] in DEED and (words[k + 1] in _HOUSE_HEADS or words[k + 2 : k + 3] == ["majikan"]):
            return Hit("danger", i, k + 2, third_before(words, i))
    return None


#: who is named as the one who did it: the employer and the heads of a house or a boat, not a
#: pronoun ("tulang patah krn dia gk pake helm": his own fall)
_HOUSE_HEADS = EMPLOYER | frozenset({"kapten", "captain", "mandor", "tauke", "tokey", "laoban", "kafil", "baba",
                                     "taitai", "sinsang", "akong", "mudir", "supervisor"})  # fmt: skip


# ------------------------------------------------------------------ kept by a debt

_DEBT = frozenset({"utang", "hutang", "utangnya", "hutangnya", "debt", "owe", "owed", "bunga", "bunganya", "lunas",
                   "tebus", "ganti", "rugi"})  # fmt: skip
LEAVE = frozenset({"pergi", "kabur", "leave", "escape", "quit", "minggat", "lari"})
_FORBID = frozenset({"boleh", "blh", "dibolehin", "dikasih", "diizinkan", "diizinin", "allowed", "let", "dilarang",
                     "bisa", "bs", "can", "cannot", "cant", "dapat"})  # fmt: skip


def kept_by_debt(words: list[str], i: int, raw: str) -> Hit | None:
    """ "hutang makin gede tiap bulan, kami ga bisa pergi": held where she is by a debt."""
    before = words[max(0, i - 3) : i]
    if not _DEBT.intersection(words) or not _FORBID.intersection(before):
        return None
    if not (NEGATORS.intersection(before) or {"cannot", "cant", "dilarang", "not", "never"}.intersection(before)):
        return None
    if hypothetical(words, i) or words[i + 1 : i + 2] not in ([], [","], *_FROM_HERE):
        return None  # "ga bisa pergi liburan krn nabung buat bayar utang": an outing she forgoes
    return Hit("danger", max(0, i - 3), i + 1, third_before(words, max(0, i - 3)))


#: leaving itself, not an outing: "ga bisa pergi dr sini", "cannot leave the compound"
_FROM_HERE = (["dari"], ["dr"], ["from"], ["kemana"], ["kemana2"], ["anywhere"], ["the"], ["this"], ["sama"], ["sm"])


# ------------------------------------------------------------------ "bad things" done to her

_BAD = frozenset({"bad", "nasty", "dirty", "weird", "strange", "terrible", "horrible", "disgusting"})
_DOING = frozenset({"do", "does", "did", "doing", "done", "keep", "keeps", "kept"})


def bad_things(words: list[str], i: int, raw: str) -> Hit | None:
    """ "he keep doing bad things to me at night": what she will not name, done to her."""
    if words[i + 1 : i + 3] not in (["to", "me"], ["to", "her"], ["to", "us"], ["with", "me"]):
        return None
    if not _BAD.intersection(words[max(0, i - 2) : i]) or not _DOING.intersection(words[max(0, i - 4) : i]):
        return None
    if negated(words, i) or hypothetical(words, i) or {"never", "not", "dont", "didnt"}.intersection(words[i - 4 : i]):
        return None
    return Hit("danger", max(0, i - 3), i + 3, words[i + 2] == "her")


#: the words these rules start at that a typed word is never brought to by ``danger._form_of``:
#: "dipenjara" (the one who hit her jailed, a past that is over) stays "dipenjara", not
#: "penjara"; "ditipu" stays itself, not "nipu". Only the new forms of acts are reached.
WHOLE_WORDS = (
    PRISON
    | SCAM
    | UNFIT
    | ANIMALS_FOOD
    | TAGALOG_HARM
    | TAGALOG_REFUSED
    | frozenset({"korban", "harmed", "merem", "rehat", "sare", "turu", "melompat", "meloncat", "terjunkan"})
)
