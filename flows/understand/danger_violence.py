"""Violence told in Indonesian and its neighbours: a blow, a push, a throw, being shut away, said
actively or passively, with the senses that make the same words harmless (an animal's bite, a
toddler's slap, a door she locks herself, a thing thrown, not a person). Rules of the danger
reader (``danger_rules.RULES``)."""

from __future__ import annotations

from flows.understand.danger_context import (
    KIN,
    Hit,
    business_sold,
    employer_side,
    hypothetical,
    idiom,
    negated,
    person_after,
    softened,
    thing_before,
    third_before,
)
from flows.understand.danger_phrases import LIKE
from flows.understand.danger_words import (
    ACCIDENT,
    BODY,
    DEVICES,
    EMPLOYER,
    FIRST,
    NEGATORS,
    PASSIVE,
    PASSIVE_UNLESS_THING,
    PERSONS,
    SIRAM_WITH,
    THINGS,
    THIRD,
    TIME_WORDS,
    VIOLENCE,
)

#: what bites, scratches and stings that is no one's doing
ANIMALS = frozenset(
    {"nyamuk", "semut", "tikus", "ular", "lebah", "tawon", "kutu", "kucing", "anjing", "kuda", "monyet", "burung",
     "mosquito", "mosquitoes", "ant", "ants", "dog", "cat", "snake", "bee", "bees", "rat", "monkey", "bug", "bugs"}
)  # fmt: skip

#: fondness, with which a pinch is no harm
_FONDLY = frozenset({"gemes", "gemas", "sayang", "senang", "bercanda", "becanda", "hehe", "haha", "wkwk", "lucu"})

#: the little ones she looks after, whose hitting is play
LITTLE_ONES = frozenset({"baby", "babies", "toddler", "bayi", "balita", "infant"})

_AGE = frozenset({"umur", "usia", "umurnya", "usianya", "aged"})

_YEARS = frozenset({"th", "thn", "tahun", "taun", "tahunan", "years", "year", "yo"})


def _a_little_one_does_it(before: list[str]) -> bool:
    """A baby named in the clause before the act with no grown-up after it, who does it ("bayi
    majikan suka mukul2 sy"); not "krn bayi nangis terus, majikan mukul sy"."""
    doer = before[len(before) - before[::-1].index(",") :] if "," in before else before
    baby = [k for k, w in enumerate(doer) if w in LITTLE_ONES]
    return bool(baby) and not any(w in _GROWN_UPS for w in doer[baby[-1] + 1 :])


#: who may do it after a baby is named: "bayi majikan rewel trs tuan nampar sy"
_GROWN_UPS = frozenset({"majikan", "madam", "mam", "bos", "boss", "employer", "agen", "tuan", "sir", "nyonya", "suami",
                        "husband", "dia", "he", "she", "kakek", "nenek", "bapak", "ibu", "om", "tante", "mama",
                        "papa", "baba", "mamanya", "papanya", "ibunya", "bapaknya"})  # fmt: skip


def _toddler(before: list[str]) -> bool:
    """ "umur 4 th": a child of five or under is who does it, no grown-up named between its age
    and the act ("anak majikan umurnya 3 thn, tp majikan suka mukul sy" is the employer's blow)."""
    for k, word in enumerate(before[:-2]):
        if word in _AGE and before[k + 1].isdigit() and int(before[k + 1]) <= 5 and before[k + 2] in _YEARS:
            return not any(w in _GROWN_UPS for w in before[k + 3 :])
    return False


#: an animal set on her by someone: "majikan nyuruh anjingnya gigit sy" stays danger
_SET_ON = frozenset({"nyuruh", "suruh", "menyuruh", "nyuruhin", "lepas", "lepasin", "ngelepas", "melepas", "sic"})


def is_animal(word: str) -> bool:
    return word in ANIMALS or (word.endswith("nya") and word[:-3] in ANIMALS)


#: words that call her an animal: "majikan bilang anjing trs mukul sy" is an insult, then a blow
_NAME_CALLING = frozenset({"bilang", "blg", "panggil", "manggil", "dipanggil", "maki", "memaki", "dimaki", "ngatain",
                           "dikatain", "katain", "ngata", "call", "called", "calls", "calling", "sebut", "nyebut",
                           "teriak", "neriakin", "say", "said", "says"})  # fmt: skip


def _called(words: list[str], k: int) -> bool:
    """Whether the animal at ``k`` is a name she is called: "bilang anjing", "called me dog"."""
    return bool(_NAME_CALLING.intersection(words[max(0, k - 2) : k]))


def _animal_did_it(words: list[str], i: int) -> bool:
    """An animal (the employer's dog, a cat) is who does the verb at ``i``."""
    start = max(0, i - 3)
    before = words[start:i]
    animal = any(is_animal(w) and not _called(words, start + k) for k, w in enumerate(before))
    set_on_her = bool(_SET_ON.intersection(words[max(0, i - 5) : i]))  # "nyuruh anjingnya gigit sy"
    return animal and not set_on_her and not (before and before[-1] in FIRST)  # "anjing lari, sy pukul"


def _animal_done_to(words: list[str], i: int) -> bool:
    """ "anjing tetangga dipukul yg punya": an animal is who the passive verb at ``i`` is done to."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if words[j] in FIRST:
            return False
        if is_animal(words[j]):
            return True
    return False


#: a sound, and what makes one: "mesin cuci nya bunyi dug dug kyk dipukul"
_SOUND = frozenset({"bunyi", "bunyinya", "berisik", "noise", "sound"})


def _sounds_like(words: list[str], i: int) -> bool:
    """A machine or thing that sounds "like being hit": a simile, not a blow."""
    if not i or words[i - 1] not in LIKE:
        return False
    before = words[max(0, i - 8) : i - 1]
    return bool(_SOUND.intersection(before)) and any(w in THINGS or w in DEVICES for w in before)


#: a bite or a scratch, which an animal named just before may have given
_BITES = ("digigit", "kegigit", "tergigit", "dicakar", "kecakar", "dicakarin")

#: who did it, after an accidental form: "kebentur tembok sm majikan" is not an accident
_BY = frozenset({"sama", "sm", "ama", "oleh", "by", "dari", "dgn"})


def violence(words: list[str], i: int, raw: str) -> Hit | None:
    """A violent verb ("dipukul", "mukul", "pukul"): not negated, not an idiom, not a time after
    "pukul"; passive forms are said of who comes before, active ones of who comes after."""
    word = words[i]
    policy = VIOLENCE[word]
    if negated(words, i) or idiom(words, i) or hypothetical(words, i) or softened(words, i):
        return None
    if "cubit" in word and _FONDLY.intersection(words):
        return None  # "nenek suka cubit pipi sy kalau senang": a pinch of fondness
    if _a_little_one_does_it(words[max(0, i - 6) : i]) or _toddler(words[max(0, i - 8) : i]):
        return None  # "anak majikan umur 4 th suka mukul2 sy pake mainan": a little one's play
    if policy == "not_time":
        nxt = words[i + 1] if i + 1 < len(words) else ""
        if nxt and (nxt[0].isdigit() or nxt in TIME_WORDS):
            return None
        prev = words[i - 1] if i else ""
        if prev in ("jam", "pada", "sekitar", "sejak", "mulai", "sampai", "sampe", "dari", "hingga", "tepat"):
            return None
    if word in PASSIVE:
        if word in ACCIDENT and not _BY.intersection(words[i + 1 : i + 4]):
            return None  # "kepala sy kebentur rak": bumped into a thing, by no one
        if employer_side(words, i) or thing_before(words, i):
            return None  # "anak majikan dipukul temennya", "harga diri sy diinjak"
        if i + 1 < len(words) and words[i + 1] in ANIMALS:
            return None  # "digigit nyamuk", "kecakar kucing": an animal, not a person
        if (
            word.startswith(_BITES)
            and any(is_animal(w) for w in words[max(0, i - 10) : i])
            and not _BY.intersection(words[i + 1 : i + 3])
        ):
            return None  # "bunuh nyamuk di mess susah bgt, tiap malem digigitin": the mosquitoes said before
        if _animal_done_to(words, i) or _sounds_like(words, i):
            return None
        return Hit("danger", i, i + 1, third_before(words, i))
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt.endswith("nya") and nxt[:-3] in THIRD:
        return None  # "anaknya suka mukul adiknya": among the employer's family, not to her
    if i and words[i - 1] in FIRST and person_after(words, i) is None:
        if any(is_animal(w) for w in words[max(0, i - 10) : i]):
            return None  # "ular masuk ke dapur, sy pukul pake sapu": she hit the snake
    if _animal_did_it(words, i):
        return None  # "anjing majikan gigit sy", "kucingnya nyakar tangan sy"
    after = person_after(words, i)
    if after is None and word not in PASSIVE and object_fronted(words, i):
        return Hit("danger", max(0, i - 2), i + 1, False)  # "nanti kamu aku hajar", "km gw tonjok"
    if after is None and word in _SHUTS and _shut_away(words, i):
        return Hit("danger", i, i + 3, third_before(words, i))  # "trs kurung di balkon semalem kehujanan"
    if policy == "person" and after is None:
        return None
    if after is not None:
        return Hit("danger", i, after[1] + 1, after[0])
    if nxt in THINGS:
        return None  # "mukul2 bantal", "nendang bola": done to a thing
    return Hit("danger", i, i + 1, third_before(words, i))


def object_fronted(words: list[str], i: int) -> bool:
    """The act said to her with its object first, as a threat is shouted: "awas km sy bunuh",
    "nanti kamu aku pukul", "lo gue hajar", Javanese "kowe tak pateni" (you, I will kill): "you"
    just before the speaker, the speaker just before the bare verb."""
    if i < 1 or words[i - 1] not in _SPEAKER_FIRST or _JOKING.intersection(words):
        return False  # not "bos bilang 'saya bunuh kamu' sambil ketawa, bercanda doang"
    if words[i - 1] == "tak" and not (i >= 2 and words[i - 2] in _YOU_JAVANESE):
        return False  # "tak" is "not" but after Javanese "kowe"
    if words[i + 1 : i + 2] and words[i + 1] in _YOU:
        return True  # "ku bunuh kau", "sy hajar km": the speaker, the act, you
    return i >= 2 and (words[i - 2] in _YOU or (i >= 3 and words[i - 2] in _SOON and words[i - 3] in _YOU))


#: the speaker of a threat in its object-first form, Javanese "tak" (I will) among them
_SPEAKER_FIRST = frozenset({"sy", "saya", "aku", "ak", "aq", "gue", "gw", "gua", "kami", "tak", "ta", "ku"})

_YOU = frozenset({"kamu", "km", "kmu", "kau", "engkau", "lo", "lu", "loe", "elo", "elu", "kowe", "koe", "sampeyan",
                  "awakmu", "maneh", "sia", "ente", "anda"})  # fmt: skip

_SOON = frozenset({"nanti", "ntar", "nti", "bakal", "akan", "mau"})

_JOKING = frozenset({"bercanda", "becanda", "bcanda", "canda", "ketawa", "tertawa", "joking", "joke", "kidding",
                     "guyon", "gurau", "bergurau", "wkwk", "wkwkwk", "haha", "hahaha"})  # fmt: skip

_YOU_JAVANESE = frozenset({"kowe", "koe", "sampeyan", "awakmu", "kw"})

#: a door locked by the house's rule or with her own key: not locked in
_HOUSE_RULE = frozenset({"aturan", "aturannya", "peraturan", "rule", "rules", "curfew"})

#: the doors of a building, which close at an hour: "pintu asrama", "gerbangnya"
_GATES = frozenset({"pintu", "pintunya", "gerbang", "gerbangnya", "pagar", "pagarnya", "gate", "door", "asrama",
                    "dorm", "hostel", "kos", "kost", "apartemen", "gedung", "lobby", "lobi"})  # fmt: skip

_CLOCK = frozenset({"jam", "pukul", "pkl", "at"})


def _closing_time(words: list[str], i: int) -> bool:
    """A building's door or gate locked at a named hour ("pintu asrama dikunci jam 10 mlm"), with
    her room and herself not named before it and nothing she cannot do after ("gk bisa keluar")."""
    before = words[max(0, i - 3) : i]
    after = words[i + 1 : i + 8]
    at_hour = any(w in _CLOCK and after[k + 1 : k + 2] and after[k + 1][:1].isdigit() for k, w in enumerate(after[:3]))
    if not at_hour or not _GATES.intersection(before) or FIRST.intersection(before) or "kamar" in before:
        return False
    return not NEGATORS.intersection(after) and not _OUT_FROM.intersection(after)


#: she locks it herself: "dikunci sendiri"
_BY_HERSELF = frozenset({"sendiri", "sndiri", "sendri", "sndri", "dewe", "myself"})

#: her own room: "kamar sy", "kamarku"
_HER_ROOM = frozenset({"kamarku", "kamarq"})

#: at night: "jam 9 mlm", "tiap malem"
_AT_NIGHT = frozenset({"malam", "malem", "mlm", "night", "semalam", "semalem", "semalaman", "semaleman"})


def _her_room_shut(words: list[str], i: int) -> bool:
    """The door of her own room locked by someone of the house or at night ("pintu kamar sy dikunci
    jam 9 mlm sm majikan", "kamar sy dikunci sm tuan"): she is shut in, though a room is a thing.
    Not a building's door at its hour ("pintu gedung dikunci jam 10 malam"), nor a room named bare."""
    before = words[max(0, i - 4) : i]
    hers = any(
        w in _HER_ROOM or (w == "kamar" and before[k + 1 : k + 2] and before[k + 1] in FIRST)
        for k, w in enumerate(before)
    )
    if not hers:
        return False
    after = words[i + 1 : i + 8]
    if _BY_HERSELF.intersection(after[:3]) or any(
        w in _SO_THAT and _SAFE_HOUSE.intersection(after[k + 1 : k + 3]) for k, w in enumerate(after)
    ):
        return False  # "pintu kamar sy dikunci sendiri tiap malam biar aman": she locks it
    by_house = any(w in _BY and after[k + 1 : k + 2] and after[k + 1] in EMPLOYER for k, w in enumerate(after))
    return by_house or bool(after[:1] and after[0] in EMPLOYER) or bool(_AT_NIGHT.intersection(after))


#: from outside, on her: "dikunci jam 9 dr luar"
_OUT_FROM = frozenset({"luar", "outside"})

_OWN_KEY = frozenset({"cadangan", "serep", "duplikat", "spare"})

#: locked from inside, by whoever is in: "dikunci pintunya dr dalam biar aman"
_FROM_INSIDE = (["dari", "dalam"], ["dr", "dalam"], ["from", "inside"])

AUTOMATIC = frozenset({"otomatis", "automatic", "automatically", "auto"})

#: what a phone or an account is locked with: "dikunci pake sidik jari", "lock with pattern"
_DEVICE_LOCK = frozenset({"sidik", "password", "pw", "pasword", "sandi", "pin", "pola", "pattern", "fingerprint",
                          "faceid", "passcode", "layar", "screen"})  # fmt: skip

MAY = frozenset({"boleh", "bisa", "bs", "can", "allowed", "diizinkan", "dibolehin"})

_OUT = frozenset({"keluar", "kluar", "out"})

#: so that the house is safe: "pintunya dikunci biar aman"
_SO_THAT = frozenset({"biar", "supaya", "spy", "agar", "so"})

_SAFE_HOUSE = frozenset({"aman", "safe"})


def _for_safety(words: list[str], i: int) -> bool:
    """Locked "biar aman" right after, said of no one: no person, no negation and no one's words
    passed on anywhere ("sy dikunci di kamar biar aman katanya" is her, shut in with an excuse)."""
    after = words[i + 1 : i + 5]
    k = next((k for k, w in enumerate(after) if w in _SO_THAT), -1)
    if k < 0 or not _SAFE_HOUSE.intersection(after[k + 1 : k + 3]):
        return False
    return PERSONS.isdisjoint(words) and NEGATORS.isdisjoint(words) and KIN.isdisjoint(words) and "katanya" not in words


def let_out(words: list[str], i: int) -> bool:
    """Locked, and said in the same message that she may go out: a rule of the house, not a cell."""
    for k in range(i + 1, len(words) - 1):
        if words[k] in MAY and words[k + 1] in _OUT:
            return not NEGATORS.intersection(words[max(i + 1, k - 2) : k])
    return False


def _thing_in_clause(words: list[str], i: int) -> bool:
    """A thing named in the few words before ``i``, in the same clause."""
    for j in range(i - 1, max(-1, i - 7), -1):
        if words[j] in (".", ",", ";"):
            return False
        if words[j] in THINGS:
            return True
    return False


def passive_unless_thing(words: list[str], i: int, raw: str) -> Hit | None:
    """ "dikunci", "dijual", "disiram", "disetrika": danger when said of a person, not of a thing
    ("hp sy dikunci", "rumah dijual", "sudah disetrika semua")."""
    word = words[i]
    root = PASSIVE_UNLESS_THING[word]
    if root == "kunci" and words[i + 1 : i + 3] in (["dari", "luar"], ["dr", "luar"]) and not negated(words, i):
        # "pintu pagar digembok dr luar": the door or gate is locked on her, whatever is named
        return Hit("danger", i, i + 3, third_before(words, i))
    shut_in_her_room = root == "kunci" and _her_room_shut(words, i)
    if negated(words, i) or (thing_before(words, i) and not shut_in_her_room) or idiom(words, i):
        return None
    inside = any(words[k : k + 2] in _FROM_INSIDE for k in range(i + 1, min(len(words), i + 4)))
    if root == "kunci" and inside and not NEGATORS.intersection(words[i + 1 : i + 6]):
        return None  # "dikunci pintunya dr dalam biar aman": she locks it (not "gk bisa dibuka dr dalam")
    if root == "kunci" and _for_safety(words, i):
        return None  # "dikunci pintunya biar aman": the door locked to keep the house safe, nobody in it
    if root == "kunci" and (_HOUSE_RULE.intersection(words) or _OWN_KEY.intersection(words)):
        return None  # "aturannya jam 10 mlm pintu depan dikunci", "sy bawa kunci cadangan"
    if root == "kunci" and _closing_time(words, i):
        return None  # "sy tinggal di asrama, pintunya dikunci jam 10 mlm": when the building closes
    if root == "kunci" and (AUTOMATIC.intersection(words[i + 1 : i + 3]) or let_out(words, i)):
        return None  # "pintunya kekunci otomatis", "digembok jam 10 krn aturan, boleh keluar klo izin"
    if root == "kunci" and _DEVICE_LOCK.intersection(words[max(0, i - 2) : i + 4]):
        return None  # "hp anakku di hk dikunci pake sidik jari": a phone's lock, whoever's phone
    if hypothetical(words, i):
        return None
    locked_out = (i + 2 < len(words) and words[i + 1 : i + 3] == ["di", "luar"]) or words[i + 1 : i + 2] == ["diluar"]
    if root == "kunci" and locked_out:
        if _NIGHT_OUTSIDE.intersection(words[i + 1 : i + 8]) or (
            _SHUT_OUT_SIGNS.intersection(words[i + 1 : i + 8]) and _KEY_FORGOTTEN.isdisjoint(words)
        ):
            # "dikunci di luar rumah semaleman kehujanan krn nanya gaji": shut out as a punishment;
            # "dikunciin di luar dr jam 10 malem", "sy dikunci di luar sama anjingnya" (not "lupa
            # bawa kunci", her own forgetting)
            return Hit("danger", i, i + 3, third_before(words, i))
        return None  # "dikunci di luar krn lupa bawa kunci": locked out, not in ("dikunci dari luar" is in)
    if root == "siram":
        burning = [k for k in range(i + 1, min(len(words), i + 4)) if words[k] in SIRAM_WITH]
        if not burning:
            return None
        return Hit("danger", i, burning[-1] + 1, third_before(words, i))  # "disiram air panas", whole
    if root == "jual":
        # "dijual" is trafficking when said of a person ("sy dijual ke majikan lain")
        person = any(w in PERSONS for w in words[max(0, i - 3) : i])
        if business_sold(words, i):
            return None  # "perusahaan sy dijual ke grup lain": the firm is sold, not she
        if i and words[i - 1] not in PERSONS and _thing_in_clause(words, i):
            return None  # "barang2 bekas sy di asrama dijual aja": her things are sold
        if i + 1 < len(words) and words[i + 1] in THINGS:
            return None  # "sy dijual hp lama sm temen": a phone sold to her
        onward = i + 1 < len(words) and words[i + 1] in (
            "ke",
            "kepada",
            "sama",
            "lagi",
            "seperti",
            "kayak",
            "kyk",
            "dr",
            "dari",
        )
        if not (person or onward):
            return None
    if root == "dorong" and _PUSHED_GENTLY.intersection(words[i + 1 : i + 5]):
        return None  # "nenek didorong pakai kursi roda", "didorong semangat"
    near = words[max(0, i - 4) : i + 3]
    alone = all(w in FIRST for w in words[:i])  # "disetrika", "sy disetrika": nothing else it is about
    if (
        root in ("lempar", "banting", "setrika", "bakar", "dorong", "patah")
        and not alone
        and not any(w in PERSONS or w in BODY for w in near)
    ):
        return None  # "sudah disetrika semua", "sampahnya dibakar": things
    return Hit("danger", i, i + 1, third_before(words, i))


#: shut out of the house for the night or in the rain: a punishment, not a key forgotten
_NIGHT_OUTSIDE = frozenset({"semalaman", "semaleman", "semalam", "semalem", "kehujanan", "hujan2an", "kedinginan",
                            "pagi", "subuh"})  # fmt: skip
#: what else says she is shut out as a punishment or in harm's way: the night, an hour, cold or
#: heat, a dog let loose on her (ADR 0006, 8 December, danger13)
_SHUT_OUT_SIGNS = frozenset({"malem", "malam", "mlm", "tengah", "dingin", "panas", "kepanasan", "seharian", "jam",
                             "anjing", "anjingnya", "dog", "dogs", "sampe", "sampai", "smp", "hukuman",
                             "dihukum"})  # fmt: skip
#: her own key forgotten or lost: "dikunci di luar krn lupa bawa kunci"
_KEY_FORGOTTEN = frozenset({"lupa", "ketinggalan", "hilang", "forgot", "forget", "lost"})

#: what a push that hurts nobody comes with
_PUSHED_GENTLY = frozenset({"kursi", "roda", "stroller", "troli", "semangat", "motivasi", "wheelchair"})

_THROWING = frozenset({"lempar", "melempar", "ngelempar", "lemparin", "ngelemparin", "nimpuk", "timpuk"})

_AT = frozenset({"ke", "kearah", "ka", "at", "to"})

_PLAYTHINGS = frozenset({"bola", "ball", "bantal", "pillow", "mainan", "toy", "boneka", "balon", "permen", "kertas"})


def _thrown_at(words: list[str], i: int) -> tuple[bool, int] | None:
    """ "lempar piring ke sy", "throw a cup at me": who it is thrown at, a few words on."""
    if _PLAYTHINGS.intersection(words[i + 1 : i + 5]):
        return None  # "anak majikan lempar bola ke sy waktu main"
    for j in range(i + 2, min(len(words) - 1, i + 5)):
        if words[j] == ",":
            return None
        if words[j] in _AT and words[j + 1] in FIRST:
            return False, j + 1
    return None


def active_needs_person(words: list[str], i: int, raw: str) -> Hit | None:
    """ "ngunci saya", "jual sy": an everyday verb that is danger only done to a person."""
    if negated(words, i):
        return None
    if words[i] == "kunci" and i and words[i - 1] in _KEY_HANDLED:
        return None  # "tlg titip kunci ke tetangga": the key, a thing handed over
    after = person_after(words, i)
    if after is None and words[i] in _THROWING:
        after = _thrown_at(words, i)  # "lempar piring ke sy": something thrown at her
    if after is None and words[i] in ("siram", "nyiram", "menyiram", "lempar", "melempar", "ngelempar"):
        after = _at_body(words, i)  # "nyiram air panas ke punggungnya"
    if after is None and words[i] in _SHUTS and _shut_away(words, i):
        return Hit("danger", i, i + 3, third_before(words, i))  # "trs kurung di balkon semalem kehujanan"
    if after is None:
        return None
    word = words[i]
    if word in ("siram", "nyiram", "menyiram") and not any(w in SIRAM_WITH for w in words[i + 1 : i + 7]):
        return None
    return Hit("danger", i, after[1] + 1, after[0])


#: what is done with a key: "titip kunci ke tetangga", "kasih kunci ke adik"
_KEY_HANDLED = frozenset({"titip", "nitip", "kasih", "kasi", "kirim", "taruh", "simpan", "bawa", "pegang", "minta",
                          "ambil", "lupa", "ilang", "hilang", "cari", "balikin", "kembalikan", "serahkan"})  # fmt: skip

#: shutting someone away, said with whom left out: "trs kurung di balkon semalem"
_SHUTS = frozenset({"kurung", "ngurung", "ngurungin", "mengurung", "kunci", "ngunci", "ngunciin", "mengunci"})

_SHUT_PLACES = frozenset({"balkon", "balcony", "gudang", "wc", "toilet", "atap", "garasi", "loteng", "kamar", "luar"})

_HOURS_ON_END = _NIGHT_OUTSIDE | frozenset({"seharian", "berjam2", "berjam", "berhari2", "semalaman", "hours", "night"})


def _shut_away(words: list[str], i: int) -> bool:
    """Shut in a place for a night or hours on end, whom left unsaid and not her doing it:
    "madam ... trs kurung di balkon semalem kehujanan" (not "sy kunci di kamar", her own lock)."""
    if i and words[i - 1] in FIRST:
        return False
    placed = words[i + 1 : i + 2] == ["di"] and bool(_SHUT_PLACES.intersection(words[i + 2 : i + 4]))
    return placed and bool(_HOURS_ON_END.intersection(words[i + 2 : i + 8]))


def _at_body(words: list[str], i: int) -> tuple[bool, int] | None:
    """ "nyiram air panas ke punggungnya": what is thrown or poured is aimed at a body (hers, or
    someone's with -nya), a few words on in the clause; or her body named right after the verb
    ("siram muka sy pake kopi panas")."""
    if i + 2 < len(words) and words[i + 1] in BODY and words[i + 2] in FIRST:
        return False, i + 2
    for j in range(i + 1, min(len(words) - 1, i + 6)):
        if words[j] == ",":
            return None
        if words[j] in _AT:
            target = words[j + 1]
            if target in BODY:
                return False, j + 1
            if target.endswith("nya") and target[:-3] in BODY:
                return True, j + 1
    return None
