"""Weapons, wounds and a body hurt: a knife held at her, burns and bruises and what made them, a
broken bone that was no accident, cuts she makes herself, no way out of a locked place. Rules
of the danger reader (``danger_rules.RULES``)."""

from __future__ import annotations

from flows.understand.danger_context import Hit, kin_named, negated, negator_before, third_before
from flows.understand.danger_english_violence import BY_MISHAP, OVERBOARD_WHO
from flows.understand.danger_violence import AUTOMATIC, MAY, is_animal, let_out
from flows.understand.danger_words import ACCIDENT, BODY, EMPLOYER, FIRST, MENACE, THIRD

#: what animals do
_ANIMAL_HURTS = frozenset({"gigit", "digigit", "menggigit", "nggigit", "ngegigit", "cakar", "nyakar", "dicakar",
                           "kecakar", "mencakar", "patok", "dipatok", "sengat", "disengat", "bite", "bit", "scratch",
                           "scratched"})  # fmt: skip

#: thrown into the sea, with the person between: "captain throw one crew to sea"
_SEA = frozenset({"sea", "overboard", "ocean", "laut"})


def weapon(words: list[str], i: int, raw: str) -> Hit | None:
    """A weapon beside a threat or a chase, in either order."""
    window = words[max(0, i - 4) : i + 5]
    if negated(words, i) or words[i + 1 : i + 2] in (["air"], ["water"], ["mainan"], ["toy"]):
        return None  # "main perang2an pake pistol air": a water pistol, a toy
    held = i > 0 and words[i - 1] in _HOLDING  # "dia udh pegang pisau", said in a hurry or a fright
    to_her_room = held and bool(_TO_HER_ROOM.intersection(words[i + 1 : i + 4]))  # "bawa pisau ke kamarku"
    # "majikan dtg, dia bawa pisau", "boss come with knife": one who has power over her, armed
    # "came with a knife", "holding a knife"
    held_in_english = i > 1 and words[i - 1] in _ARTICLES and words[i - 2] in _HOLDING_OR_WITH
    wielded = (held or held_in_english or (i > 0 and words[i - 1] == "with")) and _armed_by_power(words, i)
    if not (any(w in MENACE for w in window) or (held and _URGENT.intersection(words)) or to_her_room):
        if wielded:  # the armed one is named before the weapon: whose danger is told by kin alone
            return Hit("danger", i, i + 1, kin_named(words, 0, i))
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


def _armed_by_power(words: list[str], i: int) -> bool:
    """An employer, a guard or a debt collector comes or stands with the weapon, in no kitchen,
    field or dream: said alone, that is the threat."""
    # "majikan bilang 'kamu mau mati ya?' sambil pegang pisau": while saying it, further back
    reach = 12 if words[i - 2 : i - 1] == ["sambil"] else 6
    before = words[max(0, i - reach) : i - 1]
    if not any(w in _WIELDERS or w.removesuffix("nya") in EMPLOYER for w in before):
        return False
    return not any(w in _TOOL_WORK for w in words)


_ARTICLES = frozenset({"a", "an", "the", "his", "her"})

#: who, with a weapon in hand, is a danger to her (beside the employers of danger.yaml)
_WIELDERS = frozenset({"dia", "he", "she", "suami", "suaminya", "mandor", "kapten", "captain", "tekong", "bosun",
                       "penjaga", "satpam", "guard", "guards", "collector", "collectornya", "rentenir", "preman",
                       "baba", "mama", "anaknya", "come", "came", "dateng", "datang", "dtg"})  # fmt: skip

#: a blade at work: cooking, the harvest, buying one, a dream ("majikan bawa pisau buat potong kue")
_TOOL_WORK = frozenset({"masak", "memasak", "potong", "motong", "sayur", "buah", "daging", "ayam", "kue", "bawang",
                        "ikan", "asah", "ngasah", "beli", "beliin", "tumpul", "panen", "rumput", "cook", "cooking",
                        "fruit", "cake", "vegetables", "meat", "mimpi", "dream", "dreamt", "film", "drama",
                        "nyembelih", "sembelih", "kurban", "qurban", "mainan", "toy", "air", "water"})  # fmt: skip

#: where a weapon is brought: "bawa pisau ke kamarku"
_TO_HER_ROOM = frozenset({"kamarku", "kamarq", "room"})

#: holding or keeping a weapon near her: "simpen pisau di bawah bantal" with fear in the message
_HOLDING = frozenset({"pegang", "megang", "memegang", "bawa", "membawa", "ambil", "ngambil", "holding", "has", "took",
                      "hold", "holds", "carry", "carries", "carrying", "bring", "brings", "brought", "nenteng",
                      "simpan", "simpen", "nyimpen", "nyimpan", "menyimpan", "keeps", "hides"})  # fmt: skip

_HOLDING_OR_WITH = _HOLDING | {"with"}

_URGENT = frozenset({"cepat", "cepet", "cpt", "tolong", "tlg", "help", "takut", "tkt", "skrg", "sekarang", "now",
                     "hurry", "scared", "quick"})  # fmt: skip


def injury(words: list[str], i: int, raw: str) -> Hit | None:
    """ "muka sy lebam", "badan memar semua": signs of a beating, unless an accident is told."""
    if negated(words, i) or any(w in ACCIDENT for w in words) or _medical(words):
        return None
    if i and words[i - 1] == "demam":
        return None  # "demam berdarah": dengue fever, an illness
    if any(is_animal(w) for w in words) and _ANIMAL_HURTS.intersection(words):
        return None  # "kucing majikan nyakar tangan sy smp berdarah": an animal's scratch
    # "badannya memar": his or her body, someone else's
    theirs = any(w.endswith("nya") and w[:-3] in BODY for w in words[max(0, i - 3) : i])
    return Hit("danger", i, i + 1, theirs or third_before(words, i))


#: a mark left by medicine: blood taken, an injection, a drip
_MEDICAL = frozenset({"suntik", "disuntik", "infus", "diinfus", "vaksin", "divaksin", "medical", "injection",
                      "vaccine", "jarum", "needle"})  # fmt: skip

#: blood taken, not blood shed: "abis diambil darah", "blood test"
_BLOOD_TAKEN = frozenset({"ambil", "diambil", "ngambil", "tes", "test", "cek", "check", "donor", "periksa", "taken"})


def _medical(words: list[str]) -> bool:
    """Medicine left the mark: an injection, a drip, blood taken (not "hidung keluar darah")."""
    if _MEDICAL.intersection(words):
        return True
    return any(
        w in ("darah", "blood") and _BLOOD_TAKEN.intersection(words[max(0, k - 2) : k + 2]) for k, w in enumerate(words)
    )


#: what leaves a mark only when used on someone: "bekas rokok di lengan sy", "garis merah bekas ikat
#: pinggang", "luka sundutan", "marks from the belt", the blow named as a noun ("bekas pukulan")
_WHAT_MARKS = frozenset({"rokok", "puntung", "sundutan", "sundut", "pinggang", "sabuk", "belt", "rotan", "sapu",
                         "hanger", "gantungan", "setrika", "setrikaan", "iron", "cambuk", "cambukan", "kabel", "cable",
                         "rantai", "pukulan", "tamparan", "tendangan", "cubitan", "cekikan", "jambakan", "cigarette",
                         "cigarettes", "whip", "stick", "tongkat"})  # fmt: skip

_DETERMINER = frozenset({"my", "the", "her", "his", "our"})

_FROM = frozenset({"from", "by", "dari", "dr", "oleh", "gara2", "karena", "krn", "sama", "sm"})


def marks_from(words: list[str], i: int, raw: str) -> Hit | None:
    """A mark on her body that the employer left: "the burn on my back from employer", "luka di
    kepala sy dr majikan"; not "bekas luka operasi" nor a scar from a fall."""
    if negated(words, i) or _accident_told(words) or _medical(words):
        return None
    for k in range(i + 1, min(len(words), i + 4)):
        if words[k] == ",":
            break
        if (
            words[k] in _WHAT_MARKS
            and words[k - 1] not in ("ke", "di", "buat", "for", "of")
            and any(w in BODY or w.removesuffix("nya") in BODY for w in words[max(0, i - 6) : k + 6])
        ):
            # "ada bekas rokok di lengan sy 3", "punggung sy penuh garis merah bekas ikat pinggang"
            return Hit("danger", i, k + 1, third_before(words, i))
    for k in range(i + 1, min(len(words) - 1, i + 6)):
        if words[k] == ",":
            return None
        who = k + 2 if words[k + 1] in _DETERMINER and k + 2 < len(words) else k + 1
        if words[k] in _FROM and words[who] in EMPLOYER:
            return Hit("danger", i, who + 1, third_before(words, i))
    return None


#: what she is told to say: "the agent tell me say I fall", "disuruh bilang jatuh"
_COVER = frozenset({"say", "said", "bilang", "blg", "ngaku", "mengaku", "pretend", "ngomong"})


def _accident_told(words: list[str]) -> bool:
    """An accident she tells of, not the story she is told to give ("tell me say I fall")."""
    return any(w in ACCIDENT and not _COVER.intersection(words[max(0, k - 3) : k]) for k, w in enumerate(words))


#: a door that cannot be opened from inside: "pintunya gk bisa dibuka dr dalem, nyonya yg pegang kunci"
_INSIDE = frozenset({"dalam", "dalem", "dlm", "inside"})

_DOOR = frozenset({"pintu", "pintunya", "door", "doors", "gerbang", "pager", "pagar", "gate"})

_BROKEN = frozenset({"rusak", "macet", "seret", "broken", "stuck", "jammed", "tukang", "repair", "benerin", "service"})


def no_way_out(words: list[str], i: int, raw: str) -> Hit | None:
    """ "pintunya gk bisa dibuka dr dalem", "cannot open the door from inside": shut in, unless a
    broken lock is what she tells of."""
    if _BROKEN.intersection(words) or not _DOOR.intersection(words):
        return None
    if words[i] in ("buka", "open") and not (i and (words[i - 1] in MAY or words[i - 1] in ("cannot", "cant"))):
        return None
    after = words[i + 1 : i + 5]
    if not (_INSIDE.intersection(after) and _FROM.union({"from"}).intersection(after)):
        return None
    can = i - 1 if i and words[i - 1] in MAY else i
    if not (i and words[i - 1] in ("cannot", "cant")) and (can < 1 or negator_before(words, can - 1) < 0):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


_SHUT = frozenset({"door", "doors", "gate", "gates", "room", "house", "grille", "grill"})

#: what says she cannot get out: "i cannot even go buy sanitary pad", "cannot go to toilet"
_CANNOT = frozenset({"cannot", "cant", "unable"})

_GO = frozenset({"go", "get", "leave", "out", "buy", "eat", "use", "open", "see", "call"})


def locked_on_her(words: list[str], i: int, raw: str) -> Hit | None:
    """ "they lock my room door from outside", "lock the gate every time they go out. i cannot even
    go buy sanitary pad": a door or gate locked on her, from outside or so that she cannot go."""
    if negated(words, i) or AUTOMATIC.intersection(words[i + 1 : i + 6]):
        return None
    after = words[i + 1 : i + 9]
    if not _SHUT.intersection(after):
        return None
    outside = any(w == "outside" and after[k - 1 : k] == ["from"] for k, w in enumerate(after))
    cannot = any(
        (w in _CANNOT or (w == "not" and words[k - 1 : k] == ["can"]))
        and _GO.intersection(w2 for w2 in words[k + 1 : k + 3] if w2 != "even")
        for k, w in enumerate(words[i + 1 :], i + 1)
    )
    if not (outside or cannot) or let_out(words, i):
        return None
    if "my" in after or "me" in after:
        return Hit("danger", i, i + 1, False)  # "they lock my room door"
    return Hit("danger", i, i + 1, "her" in after or third_before(words, i))


def bruised(words: list[str], i: int, raw: str) -> Hit | None:
    """ "muka sy masih biru2 bekas kmrn": a face or body gone blue, unless an accident is told."""
    body = any(w in BODY or w.removesuffix("nya") in BODY for w in words[max(0, i - 4) : i])  # "mukanya lebam2"
    if negated(words, i) or not body or any(w in ACCIDENT for w in words):
        return None
    if words[i] == "pecah" and _ABOUT_TO.intersection(words[max(0, i - 2) : i]):
        return None  # "kepala sy mau pecah mikirin utang": a head that feels about to burst, not a wound
    if _medical(words) or _PAINT.intersection(words) or _turned_out_a_mask(words, i):
        return None  # "tangan sy biru2 abis diambil darah buat medical check", paint, a face mask
    theirs = any(w.endswith("nya") and w[:-3] in BODY for w in words[max(0, i - 4) : i])
    return Hit("danger", i, i + 1, theirs or third_before(words, i))


def broken(words: list[str], i: int, raw: str) -> Hit | None:
    """A bone broken or a head split, said of her body with no accident told: "idung sy patah",
    "kepala sy bocor", "my arm is broken", "tulang rusuk sy patah"; not hair that breaks, a tooth
    broken on food, a broken heart or a leaking roof."""
    before = words[max(0, i - 4) : i]
    body = any(w in _BREAKS or w.removesuffix("nya") in _BREAKS for w in before)
    if not body or negated(words, i) or any(w in ACCIDENT or w in _AT_WORK for w in words) or _medical(words):
        return None  # "tangan kejepit mesin, 2 jari patah", "kaki patah ketiban besi pas kerja"
    if words[i] == "bocor" and not {"kepala", "kpl", "pelipis", "head"}.intersection(before):
        return None  # only a head is "bocor" (split open)
    theirs = any(w.endswith("nya") and w[:-3] in _BREAKS for w in before)
    return Hit("danger", i, i + 1, theirs or third_before(words, i))


#: a bone broken at work, by a machine or a load: an accident told
_AT_WORK = frozenset({"kejepit", "terjepit", "kejepet", "ketiban", "ketimpa", "tertimpa", "ketimpah", "kejatuhan",
                      "mesin", "machine", "crushed", "kerja", "work", "working", "pabrik", "factory", "proyek",
                      "operasi", "dioperasi", "klaim", "bpjs", "socso", "asuransi", "insurance"})  # fmt: skip

#: what breaks when struck: the body but its hair and teeth, and the bones named
_BREAKS = (BODY - {"rambut", "hair", "gigi", "alis", "bibir", "skin", "private", "privates"}) | {
    "tulang", "rusuk", "jari", "bone", "bones", "ribs", "rib", "finger", "fingers", "nose", "hidung", "idung",
    "lengan", "tangan", "kaki", "wrist", "jaw", "rahang", "hidungku", "tanganku", "kakiku"}  # fmt: skip

#: "mau pecah", "rasanya pecah": a feeling of bursting, not a head broken
_ABOUT_TO = frozenset({"mau", "mo", "mw", "rasanya", "rasane", "serasa", "kayak", "kyk", "kaya"})

#: what turns a face or hands blue that is no one's blow
_PAINT = frozenset({"makeup", "cat", "tinta", "pewarna", "lipstik", "lipstick", "eyeshadow", "tato", "tattoo",
                    "paint", "ink", "dye", "spidol", "dingin", "cold", "frozen", "beku"})  # fmt: skip


def _turned_out_a_mask(words: list[str], i: int) -> bool:
    """ "mukanya biru2 ternyata pake masker spirulina": a beauty mask (a mask worn to hide a
    bruise from the neighbours is no such thing)."""
    after = words[i + 1 : i + 6]
    return any(w in ("ternyata", "trnyata", "turns", "turned") for w in after) and bool(
        {"masker", "mask", "maskeran"}.intersection(after)
    )


#: where she cuts herself: "she keep cutting her arm", "i cut my hand again"
_CUT_WHERE = frozenset({"arm", "arms", "hand", "hands", "wrist", "wrists", "skin", "leg", "legs", "thigh", "thighs",
                        "body", "self", "herself", "myself"})  # fmt: skip

_OWN = frozenset({"my", "her", "his"})

_HERSELF = frozenset({"sendiri", "herself", "myself", "himself"})


def self_cut_marks(words: list[str], i: int, raw: str) -> Hit | None:
    if not _HERSELF.intersection(words[i + 1 : i + 12]) or negated(words, i):
        return None
    theirs = any(w.endswith("nya") and w[:-3] in BODY for w in words[max(0, i - 4) : i])
    return Hit("self_harm", i, i + 1, theirs or third_before(words, i))


def cuts_self(words: list[str], i: int, raw: str) -> Hit | None:
    """ "my friend keep cutting her arm", "she will cut her hand again": cutting oneself, when the
    one who cuts and the one cut are the same (not "he will cut my hand": a threat)."""
    after = words[i + 1 : i + 3]
    if not after or after[0] not in _OWN or not _CUT_WHERE.intersection(after[1:]) or negated(words, i):
        return None
    if BY_MISHAP.intersection(words):
        return None  # "he cut his hand when cooking": a kitchen mishap
    before = words[max(0, i - 4) : i]
    own = after[0]
    if own == "my" and "i" in before:
        return Hit("self_harm", i, i + 3, False)
    if own in ("her", "his") and (({"she", "he"} | THIRD).intersection(before)):
        return Hit("self_harm", i, i + 3, True)
    return None


def thrown_overboard(words: list[str], i: int, raw: str) -> Hit | None:
    """ "captain throw one crew to sea", "they threw my friend overboard": a person, then the sea."""
    after = words[i + 1 : i + 7]
    if negated(words, i) or not _SEA.intersection(after):
        return None
    sea = i + 1 + next(k for k, w in enumerate(after) if w in _SEA)
    between = words[i + 1 : sea]
    if not OVERBOARD_WHO.intersection(between):
        return None  # "throw the rubbish into the sea"
    return Hit("danger", i, sea + 1, not FIRST.intersection(between) and "us" not in between)
