"""Signs of danger said in words no rule read (ADR 0006, 7 December; ``danger_reach`` has the
forms): each a family of ways, found missing in the blind batch dev8 and the DEV halves of the
earlier ones, with the look-alike each must leave alone in its docstring.

- Sleep and rest withheld: "gk dikasih tidur", "ga boleh istirahat sama sekali".
- Food unfit to eat given to her: "dikasih makan makanan anjing", "they give me rotten food".
- A place said to be a prison: "kapal ini kyk penjara"; jailed at home: "sy dipenjara di rumah".
- Made a scammer: "disuruh jd scammer"; made to keep men company: "harus nemenin tamu".
- Her family made to pay if she leaves: "kalo sy kabur, anak sy di kampung yg kena".
- A jump from a high place named in Malay: "rasa nak terjun dari bangunan ni".
- Wounds of the employer's doing: "bekas luka sy banyak, ulah majikan".
- Kept by a debt ("kami ga bisa pergi"); "bad things" done to her; her clothes opened; a knife
  thrown at her; pills hoarded to take at once.

Not here: a contract over and she is not let home ("kontrak udh abis tp gk boleh pulang") is
labelled a wish to go home, not danger, in the understanding set (two such were flagged out of
fold when it was tried), so it is left to the category reader.

Registered after the older rules of the same word (``danger_rules._reach``): they speak only
where those said nothing.
"""

from __future__ import annotations

from flows.understand.danger_context import KIN, Hit, hypothetical, negated, third_before
from flows.understand.danger_reach import TAGALOG_HARM, TAGALOG_REFUSED
from flows.understand.danger_words import EMPLOYER, FIRST, NEGATORS, WANTING

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

#: (not "melompat", "terjunkan": a typed form is brought to its root, which the older rules read too)
JUMP_WORDS = frozenset({"terjun", "lompat", "loncat", "jump", "jumping"})
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
    after = words[i + 1 : i + 2]
    if hypothetical(words, i) or (after and after != [","] and after not in _FROM_HERE):
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


# ------------------------------------------------------------------ made to keep men company

ENTERTAIN = frozenset({"layanin", "melayani", "ngelayanin", "nemenin", "menemani", "temenin", "nemani", "accompany",
                       "entertain", "serve"})  # fmt: skip
_GUESTS = frozenset({"tamu", "tamu2", "guest", "guests", "customer", "customers", "om2", "laki2", "pria", "lelaki",
                     "men", "bos2"})  # fmt: skip
_MUST = frozenset({"disuruh", "dipaksa", "harus", "hrs", "must", "forced", "made", "suruh", "paksa", "wajib"})


def entertains_guests(words: list[str], i: int, raw: str) -> Hit | None:
    """ "agen bilang sy harus nemenin tamu", "disuruh layanin tamu di karaoke": made to keep
    men company. Not serving guests at her employer's table ("sy layanin tamu majikan makan")."""
    if not _GUESTS.intersection(words[i + 1 : i + 3]) or not _MUST.intersection(words[max(0, i - 3) : i]):
        return None
    if words[i + 2 : i + 3] and words[i + 2] in EMPLOYER | {"makan", "minum", "arisan", "acara", "pesta"}:
        return None
    if negated(words, i) or hypothetical(words, i):
        return None
    return Hit("danger", max(0, i - 2), i + 2, third_before(words, i))


# ------------------------------------------------------------------ her clothes opened

CLOTHES = frozenset({"clothes", "baju", "bajuku", "pakaian", "celana", "bra", "dress", "skirt", "rok", "blouse"})
_UNDO = frozenset({"open", "opened", "take", "took", "pull", "pulled", "remove", "removed", "buka", "bukain",
                   "lepas", "lepasin", "copot", "copotin", "lucutin", "narik", "tarik", "melorotin", "plorotin",
                   "nyingkap", "singkap", "undress", "unbutton"})  # fmt: skip
_MINE = frozenset({"my", "sy", "saya", "aku", "ku", "gw", "her"})


def clothes_opened(words: list[str], i: int, raw: str) -> Hit | None:
    """ "he try open my clothes", "dia narik baju sy": someone undoes her clothes. Not her own
    ("sy buka baju mau mandi"), not a child's ("bukain baju anak")."""
    mine = words[i - 1] in _MINE if i else False
    after_mine = words[i + 1 : i + 2] and words[i + 1] in _MINE
    verb = i - 2 if mine else i - 1
    if not (mine or after_mine) or verb < 0 or words[verb] not in _UNDO:
        return None
    if (verb and words[verb - 1] in FIRST) or negated(words, verb) or hypothetical(words, verb):
        return None  # "sy buka baju": she does it
    if {"mandi", "shower", "bath", "ganti", "change", "laundry", "cuci", "jemur", "setrika"}.intersection(words):
        return None
    return Hit("danger", verb, i + 1 + bool(after_mine), (words[i - 1] if mine else words[i + 1]) == "her")


# ------------------------------------------------------------------ thrown at her

#: ("ngelempar", "nimpukin" are brought to "lempar", "nimpuk" before the rules read them)
THROWS = frozenset({"lempar", "melempar", "nimpuk", "throw", "threw", "throws", "throwing"})
_HURTS = frozenset({"pisau", "piring", "gelas", "sandal", "sepatu", "panci", "asbak", "botol", "kursi", "setrika",
                    "gunting", "knife", "plate", "glass", "bottle", "shoe", "shoes", "chair", "iron", "pan", "batu",
                    "stone", "vas", "mangkok", "bowl", "wajan", "remote", "hanger"})  # fmt: skip
_AT = (["ke", "arah"], ["kearah"], ["ke", "sy"], ["ke", "saya"], ["ke", "aku"], ["at", "me"], ["to", "me"], ["kena"],
       ["ke", "muka"], ["ke", "kepala"], ["towards", "me"], ["at", "her"])  # fmt: skip


def thrown_at_her(words: list[str], i: int, raw: str) -> Hit | None:
    """ "majikan ngelempar pisau ke arah sy, kena lengan", "madam throw the plate at me": a thing
    that hurts thrown at her. Not a ball in play, not keys tossed."""
    if (words[i - 1 : i] and words[i - 1] in FIRST) or negated(words, i) or hypothetical(words, i):
        return None  # "sy lempar sampah": she throws
    ahead = words[i + 1 : i + 7]
    thing = next((k for k, w in enumerate(ahead) if w in _HURTS), -1)
    if thing < 0 or not any(ahead[k : k + len(p)] == p for p in _AT for k in range(thing + 1, len(ahead))):
        return None
    return Hit("danger", i, i + 2 + thing, third_before(words, i))


# ------------------------------------------------------------------ pills, all of them, tonight

PILLS = frozenset({"obat", "pil", "pills", "tablet", "obatnya"})
_ALL = frozenset({"banyak", "semua", "semuanya", "sebotol", "sekaligus", "all", "bottle", "sekotak", "segenggam"})
_WHEN = frozenset({"malem", "malam", "tonight", "nanti", "skrg", "sekarang", "now", "besok"})
_CURE = frozenset({"sembuh", "flu", "resep", "dokter", "demam", "pusing", "batuk", "pilek", "vitamin", "cure"})


def pills_all_tonight(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy udh beli obat banyak mau sy minum semua malem ini": pills hoarded, to take at once."""
    around = words[max(0, i - 6) : i + 10]
    if not (_ALL.intersection(around) and _WHEN.intersection(around) and WANTING.intersection(around)):
        return None
    if not FIRST.intersection(around) or _CURE.intersection(words) or negated(words, i):
        return None
    return Hit("self_harm", i, i + 1, third_before(words, i))


# ------------------------------------------------------------------ imprisoned at home

IMPRISONED = frozenset({"dipenjara", "dipenjarain", "dipenjarakan"})
_AT_HOME = frozenset({"rumah", "rmh", "kamar", "kapal", "mess", "asrama", "sini", "disini", "gudang"})


def imprisoned_at_home(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy dipenjara di rumah sendiri sm suami majikan": jailed where she works, by them."""
    if words[i + 1 : i + 2] not in (["di"], ["dlm"], ["dalam"]) or not _AT_HOME.intersection(words[i + 2 : i + 4]):
        return None
    if negated(words, i) or hypothetical(words, i):
        return None
    return Hit("danger", i, i + 3, third_before(words, i))


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
    | frozenset({"korban", "harmed", "merem", "rehat", "sare", "turu", "pil", "tablet", "plg"})
    | CLOTHES
    | IMPRISONED
)
