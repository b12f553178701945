"""The rules of the danger reader: each looks at one word of a message and the words around it
and says whether they tell of danger (``Hit``). ``RULES`` maps a word to the rules it starts.
The words come from ``lexicon/danger.yaml`` (``flows.understand.danger_words``); what the words
around mean from ``flows.understand.danger_context``; phrases and self-harm from
``flows.understand.danger_phrases``; the cry for help from ``danger_cry``; being kept in and unfed
from ``danger_kept``; being held, watched and frightened into staying from ``danger_held``."""

from __future__ import annotations

from collections.abc import Callable

from flows.understand.danger_context import (
    EMPLOYER,
    KIN,
    Hit,
    Rule,
    business_sold,
    employer_side,
    hypothetical,
    idiom,
    kin_named,
    negated,
    negator_before,
    person_after,
    softened,
    thing_before,
    third_before,
)
from flows.understand.danger_cry import HELP_ME, cry, helped_in_fear, needs_help_now
from flows.understand.danger_exploited import (
    DEBT,
    ENDED,
    PASSED_ON,
    RECORDING,
    SEX_TRADE,
    filmed_undressed,
    held_by_debt,
    made_to_sell_sex,
    passed_around,
    pregnancy_ended,
)
from flows.understand.danger_farewell import LAST_WORDS_START, farewell, last_words
from flows.understand.danger_held import (
    GO_AFTER,
    INJECTED,
    KEEP,
    SAYING,
    SENDS,
    SENT_FOR,
    TAKEN_AWAY,
    abandoned,
    burning_in_eyes,
    contact_cut,
    cut_off,
    deprived,
    family_hunted,
    fetch_me,
    held_until_paid,
    hidden_away,
    hiding,
    if_she_leaves,
    injected,
    kept_inside,
    key_taken,
    maiming_threat,
    never_see_children,
    night_visits,
    no_phone,
    nowhere,
    police_sent_for,
    pounding,
    sent_to_his_room,
    taken_away,
    threat_said,
    torn_clothes,
    unsafe,
)
from flows.understand.danger_kept import (
    CARE,
    FAKING,
    FORCED,
    MEDICINE,
    OVER_THE_COUNTER,
    SCANT_FOOD,
    cannot_breathe,
    denied_while_failing,
    food,
    hungry_for_days,
    medicine_taken,
    never_outside,
    no_care,
    not_let_down,
    not_let_out,
    only_pills,
    pregnant_and_bleeding,
    scant_food,
    shut_in,
    sleeps_unfit,
    starving,
    worked_while_failing,
)
from flows.understand.danger_phrases import GAMES as _GAMES
from flows.understand.danger_phrases import (
    LIKE,
    OVERDOSE_WORDS,
    POISONS,
    follow_the_dead,
    jump,
    life,
    no_reason_to_hold_on,
    not_leaving_alive,
    overdose,
    phrase_rule,
    poison,
)
from flows.understand.danger_reach import (
    BARE_ROOTS,
    READ_AS,
    TAGALOG_HARM,
    TAGALOG_REFUSED,
    done_by,
    read_as,
    tagalog_harm,
    tagalog_refused,
)
from flows.understand.danger_reach_signs import (
    ANIMALS_FOOD,
    CLOTHES,
    ENTERTAIN,
    IMPRISONED,
    JUMP_WORDS,
    LEAVE,
    PAYS,
    PILLS,
    PRISON,
    REST,
    SCAM,
    THROWS,
    UNFIT,
    WOUNDS,
    bad_things,
    clothes_opened,
    entertains_guests,
    family_pays,
    fed_unfit,
    imprisoned_at_home,
    jump_from_high,
    kept_by_debt,
    like_prison,
    made_to_scam,
    pills_all_tonight,
    rest_withheld,
    thrown_at_her,
    wound_by,
)
from flows.understand.danger_signs import (
    BETTER_DEAD,
    CAST_OUT,
    CHASE,
    CIGARETTE,
    ENDING,
    FLED,
    GIVING,
    GOD,
    HELD_WORDS,
    INSIDE,
    KNOCKS,
    LESSON,
    MEAGRE,
    ON_PURPOSE,
    PUNISHMENT,
    PUT_OUT,
    TOUCHING,
    VANISHED,
    VEINS,
    WOKE,
    cast_out,
    chased,
    cut_veins,
    die_along,
    ended_by_act,
    fed_too_little,
    fled_out,
    gave_away,
    held_many_ways,
    hunted,
    kept_out,
    knocked,
    left_out,
    lesson_threatened,
    on_purpose,
    punished_in_body,
    rather_dead,
    stubbed_out,
    to_meet_god,
    touched,
    vanished,
    waits_for_sleep,
    woke_undressed,
    worn_out,
)
from flows.understand.danger_words import (
    ACCIDENT,
    ACTIVE_NEEDS_PERSON,
    ALARM,
    ALARM_NOT_AFTER,
    ALARM_NOT_BEFORE,
    BODY,
    CRY,
    DEVICES,
    EN_PASSIVE,
    EN_VIOLENCE,
    FIRST,
    FOOD,
    INJURY,
    JUMP,
    KILL,
    LIFE,
    MENACE,
    NEGATORS,
    PASSIVE,
    PASSIVE_UNLESS_THING,
    PERSONS,
    PHRASES,
    SELF_HARM,
    SIRAM_WITH,
    STARVING,
    THINGS,
    THIRD,
    THREAT,
    TIME_WORDS,
    VIOLENCE,
    WEAPONS,
)

#: what bites, scratches and stings that is no one's doing
_ANIMALS = frozenset(
    {"nyamuk", "semut", "tikus", "ular", "lebah", "tawon", "kutu", "kucing", "anjing", "kuda", "monyet", "burung",
     "mosquito", "mosquitoes", "ant", "ants", "dog", "cat", "snake", "bee", "bees", "rat", "monkey", "bug", "bugs"}
)  # fmt: skip
#: fondness, with which a pinch is no harm
_FONDLY = frozenset({"gemes", "gemas", "sayang", "senang", "bercanda", "becanda", "hehe", "haha", "wkwk", "lucu"})
#: the little ones she looks after, whose hitting is play
_LITTLE_ONES = frozenset({"baby", "babies", "toddler", "bayi", "balita", "infant"})
_AGE = frozenset({"umur", "usia", "umurnya", "usianya", "aged"})
_YEARS = frozenset({"th", "thn", "tahun", "taun", "tahunan", "years", "year", "yo"})


def _a_little_one_does_it(before: list[str]) -> bool:
    """A baby named in the clause before the act with no grown-up after it, who does it ("bayi
    majikan suka mukul2 sy"); not "krn bayi nangis terus, majikan mukul sy"."""
    doer = before[len(before) - before[::-1].index(",") :] if "," in before else before
    baby = [k for k, w in enumerate(doer) if w in _LITTLE_ONES]
    return bool(baby) and not any(w in _GROWN_UPS for w in doer[baby[-1] + 1 :])


#: who may do it after a baby is named: "bayi majikan rewel trs tuan nampar sy"
_GROWN_UPS = frozenset({"majikan", "madam", "mam", "bos", "boss", "employer", "agen", "tuan", "sir", "nyonya", "suami",
                        "husband", "dia", "he", "she", "kakek", "nenek", "bapak", "ibu", "om", "tante", "mama",
                        "papa", "baba", "mamanya", "papanya", "ibunya", "bapaknya"})  # fmt: skip


def _toddler(before: list[str]) -> bool:
    """ "umur 4 th": a child of five or under is who does it."""
    for k, word in enumerate(before[:-2]):
        if word in _AGE and before[k + 1].isdigit() and int(before[k + 1]) <= 5 and before[k + 2] in _YEARS:
            return True
    return False


#: "i hit my head", "I burned my hand": she did it herself (an accident), not someone to her
_SELF_DONE = frozenset({"i", "aku", "saya", "sy"})


#: an animal set on her by someone: "majikan nyuruh anjingnya gigit sy" stays danger
_SET_ON = frozenset({"nyuruh", "suruh", "menyuruh", "nyuruhin", "lepas", "lepasin", "ngelepas", "melepas", "sic"})
#: what animals do
_ANIMAL_HURTS = frozenset({"gigit", "digigit", "menggigit", "nggigit", "ngegigit", "cakar", "nyakar", "dicakar",
                           "kecakar", "mencakar", "patok", "dipatok", "sengat", "disengat", "bite", "bit", "scratch",
                           "scratched"})  # fmt: skip


def _is_animal(word: str) -> bool:
    return word in _ANIMALS or (word.endswith("nya") and word[:-3] in _ANIMALS)


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
    animal = any(_is_animal(w) and not _called(words, start + k) for k, w in enumerate(before))
    set_on_her = bool(_SET_ON.intersection(words[max(0, i - 5) : i]))  # "nyuruh anjingnya gigit sy"
    return animal and not set_on_her and not (before and before[-1] in FIRST)  # "anjing lari, sy pukul"


def _animal_done_to(words: list[str], i: int) -> bool:
    """ "anjing tetangga dipukul yg punya": an animal is who the passive verb at ``i`` is done to."""
    for j in range(i - 1, max(-1, i - 4), -1):
        if words[j] in FIRST:
            return False
        if _is_animal(words[j]):
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


def _violence(words: list[str], i: int, raw: str) -> Hit | None:
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
        if i + 1 < len(words) and words[i + 1] in _ANIMALS:
            return None  # "digigit nyamuk", "kecakar kucing": an animal, not a person
        if (
            word.startswith(_BITES)
            and any(_is_animal(w) for w in words[max(0, i - 10) : i])
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
        if any(_is_animal(w) for w in words[max(0, i - 10) : i]):
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
_AUTOMATIC = frozenset({"otomatis", "automatic", "automatically", "auto"})
#: what a phone or an account is locked with: "dikunci pake sidik jari", "lock with pattern"
_DEVICE_LOCK = frozenset({"sidik", "password", "pw", "pasword", "sandi", "pin", "pola", "pattern", "fingerprint",
                          "faceid", "passcode", "layar", "screen"})  # fmt: skip
_MAY = frozenset({"boleh", "bisa", "bs", "can", "allowed", "diizinkan", "dibolehin"})
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


def _let_out(words: list[str], i: int) -> bool:
    """Locked, and said in the same message that she may go out: a rule of the house, not a cell."""
    for k in range(i + 1, len(words) - 1):
        if words[k] in _MAY and words[k + 1] in _OUT:
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


def _passive_unless_thing(words: list[str], i: int, raw: str) -> Hit | None:
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
    if root == "kunci" and (_AUTOMATIC.intersection(words[i + 1 : i + 3]) or _let_out(words, i)):
        return None  # "pintunya kekunci otomatis", "digembok jam 10 krn aturan, boleh keluar klo izin"
    if root == "kunci" and _DEVICE_LOCK.intersection(words[max(0, i - 2) : i + 4]):
        return None  # "hp anakku di hk dikunci pake sidik jari": a phone's lock, whoever's phone
    if hypothetical(words, i):
        return None
    locked_out = (i + 2 < len(words) and words[i + 1 : i + 3] == ["di", "luar"]) or words[i + 1 : i + 2] == ["diluar"]
    if root == "kunci" and locked_out:
        if _NIGHT_OUTSIDE.intersection(words[i + 1 : i + 8]):
            # "dikunci di luar rumah semaleman kehujanan krn nanya gaji": shut out as a punishment
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


def _active_needs_person(words: list[str], i: int, raw: str) -> Hit | None:
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


def _kill(words: list[str], i: int, raw: str) -> Hit | None:
    """ "dibunuh", "mau bunuh sy", "ancam bunuh": killing said of a person or threatened, never
    "bunuh nyamuk" (and "bunuh diri" is self-harm, read elsewhere)."""
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in ("diri", "dri", "diriku"):
        return None  # self-harm, read by its own rule
    if object_fronted(words, i) and person_after(words, i) is None:
        return Hit("danger", max(0, i - 2), i + 1, False)  # "awas km sy bunuh", "kowe tak pateni"
    if negated(words, i):
        return None
    if word in ("dibunuh", "terbunuh", "pembunuhan", "dipateni", "dipatenin", "dipaehan", "dipejahi"):
        if thing_before(words, i) or any(w in DEVICES for w in words[max(0, i - 2) : i]):
            return None
        if word == "pembunuhan" and any(w in _TOLD_OF for w in words[max(0, i - 2) : i]):
            return None  # "nonton berita pembunuhan": a story, not her
        return Hit("danger", i, i + 1, third_before(words, i))
    after = person_after(words, i)
    threatened = any(w in THREAT for w in words[max(0, i - 3) : i])
    if after is None and not threatened:
        return None
    if after is None and any(w in DEVICES for w in words[i + 1 : i + 3]):
        return None
    if after is not None:
        return Hit("danger", i, after[1] + 1, after[0])
    return Hit("danger", i, i + 1, third_before(words, i))


#: what a threat of harm names besides killing and violence ("diancam dilaporin polisi" too: the
#: threat that keeps a worker without papers silent)
_THREATENED_WITH = frozenset(
    {"mati", "pisau", "senjata", "golok", "dibakar", "bakar", "polisi", "dilaporin", "dilaporkan", "dipenjara",
     # reported as a thief or to the immigration: "ngancam lapor sy nyuri", "ngancam laporin ke imigrasi"
     "laporin", "ngelaporin", "melaporkan", "imigrasi", "immigration", "nyuri", "mencuri", "curi", "steal", "maling",
     "penjara", "dipenjarakan", "dijual", "police", "jail", "tembak", "ditembak", "nembak", "shoot", "buang", "dibuang",
     "culik", "diculik", "siksa", "siram", "disiram", "nyiram", "kurung", "dikurung", "setrika", "lempar",
     "dilempar", "ceburin", "diceburin", "tenggelamkan", "sebar", "nyebar",
     "menyebarkan", "sebarin", "nyebarin", "viralin", "viralkan",
     "upload"}
)  # fmt: skip
#: a killing she reads or watches about
_TOLD_OF = frozenset(
    {"berita", "film", "drama", "drakor", "sinetron", "novel", "cerita", "kasus", "video", "news", "movie"}
)


def _threat(words: list[str], i: int, raw: str) -> Hit | None:
    """ "diancam dibunuh", "ngancam mau pukul": a threat of violence or death."""
    for j in range(i + 1, min(len(words), i + 5)):
        word = words[j]
        if word == ",":
            break
        if word in KILL or word in VIOLENCE or word in _THREATENED_WITH or (word in EN_VIOLENCE and j == i + 2):
            if word == "bunuh" and j + 1 < len(words) and words[j + 1] == "diri":
                return None
            return Hit("danger", i, j + 1, third_before(words, i))
    if _slept_with(words[i + 1 : i + 9]):
        return Hit("danger", i, i + 1, third_before(words, i))  # "diancam kalo gk mau tidur sama dia"
    if words[i] in ("diancam", "diancem", "diugut") and _threatened_bare(words, i):
        return Hit("danger", i, i + 1, third_before(words, i))  # "sy dipelototin dan diancam"
    if words[i - 1 : i] == ["sambil"] and words[i] in _THREATENING and _threatened_bare(words, i):
        return Hit("danger", i - 1, i + 1, third_before(words, i))  # "nyalain korek di depan muka sy sambil ancam"
    if words[i] in _EN_THREATEN and _threatened_bare_en(words, i):
        # "employer husband threaten me, if ...": whose danger is told by whom was threatened
        return Hit("danger", i, i + 2, words[i + 1] not in ("me", "us"))
    if words[i] in _THREATENING and _HER_PEOPLE.intersection(words[i + 1 : i + 3]) and not negated(words, i):
        # "agen ngancam keluarga sy di lombok", "they threaten my family": her people threatened
        return Hit("danger", i, i + 2, third_before(words, i))
    if (
        words[i] in _THREATENING
        and words[i + 1 : i + 2] in ([], [","])
        and i
        and (words[i - 1] in EMPLOYER or words[i - 1].removesuffix("nya") in EMPLOYER)
        and _threat_to_her(words, i)
    ):
        return Hit("danger", i - 1, i + 1, third_before(words, i))  # "trakhir bilang majikan ngancem"
    if words[i] in _THREATENING and words[i + 1 : i + 2] and words[i + 1] in _IF_SHE and _threat_to_her(words, i):
        # "bos nya suka peluk2 maksa dan ngancem kalo nolak", "ngancem kl sy kabur": a threat
        # held over what she does, its price unsaid or her body
        return Hit("danger", i, i + 2, third_before(words, i))
    return None


#: the active verb of threatening, whose object comes after it ("ngancam keluarga sy")
_THREATENING = frozenset({"ancam", "ngancam", "mengancam", "ngancem", "ngancamin", "ugut", "mengugut", "threaten",
                          "threatens", "threatened", "threatening"})  # fmt: skip
#: her people, threatened in her place: "ngancam keluarga sy", "threaten my family"
_HER_PEOPLE = (KIN - {"her", "him", "his", "them"}) | frozenset(
    {"keluarga", "keluargaku", "keluarga2", "family", "families", "ortu", "parents", "anakku", "anak2ku", "children",
     "kids"}
)  # fmt: skip
#: the English verb, said of a person: "he threaten me", "they threatened her"
_EN_THREATEN = frozenset({"threaten", "threatens", "threatened", "threatening"})
_EN_OBJECTS = frozenset({"me", "her", "us", "him", "them"})
_EN_AFTER_BARE = frozenset({",", "if", "and", "again", "every", "always", "all", "many", "so", "that", "when"})
_EN_JOB_THREATS = frozenset({"fire", "fired", "terminate", "terminated", "deport", "deported", "salary", "visa",
                             "contract", "cut", "deduct", "fine", "penalty", "pay", "agency", "transfer"})  # fmt: skip


def _threatened_bare_en(words: list[str], i: int) -> bool:
    """ "he threaten me, if i dont ...": a person threatened, with nothing saying it is only her job."""
    if i + 1 >= len(words) or words[i + 1] not in _EN_OBJECTS:
        return False
    nxt = words[i + 2] if i + 2 < len(words) else ","
    return nxt in _EN_AFTER_BARE and not _EN_JOB_THREATS.intersection(words) and not negated(words, i)


#: a threat whose price is her body: "diancam kalo gk mau tidur sama dia" (not "tidur sama anak2",
#: a child she cares for)
_SLEEP = frozenset({"tidur", "sleep", "bobo", "bobok"})
_WITH = frozenset({"sama", "sm", "ama", "dengan", "dgn", "bareng", "with"})
_HIM = frozenset({"dia", "dy", "aku", "saya", "sy", "bos", "boss", "majikan", "tuan", "baba", "him", "me", "kamu"})


def _slept_with(said: list[str]) -> bool:
    """ "tidur sama dia", "sleep with him", "ditidurin": sex asked of her, in the words after a threat."""
    if "ditidurin" in said or "tidurin" in said:
        return True
    for k, word in enumerate(said[:-2]):
        if word in _SLEEP and said[k + 1] in _WITH and said[k + 2] in _HIM:
            return True
    return False


#: what a bare "diancam" may be followed by and still be a threat to her, not to her job
_AFTER_BARE = frozenset({",", "terus", "trus", "mulu", "dan", "sama", "sm", "oleh", "tiap", "lagi", "majikan", "agen"})
_JOB_THREATS = frozenset({"dipecat", "pecat", "dipulangkan", "pulangkan", "gaji", "potong", "dipotong", "kontrak",
                          "deportasi", "dideportasi", "visa", "denda"})  # fmt: skip


def _threatened_bare(words: list[str], i: int) -> bool:
    """ "sy diancam", "sy diancam terus sm agen": threatened, with nothing saying it is only her job."""
    nxt = words[i + 1] if i + 1 < len(words) else ","
    return nxt in _AFTER_BARE and not _JOB_THREATS.intersection(words) and not negated(words, i)


#: a threat's condition: "ngancem kalo nolak", "threaten if i tell"
_IF_SHE = frozenset({"kalo", "kalau", "klo", "kl", "kalu", "jika", "jikalau", "bila", "if", "nek", "yen"})
#: a threat to her job, her papers or her debts, or to report her: told as a dispute, not danger
_NOT_HER_BODY = _JOB_THREATS | _EN_JOB_THREATS | frozenset({"polisi", "police", "polis", "lapor", "laporin",
                                                             "dilaporin", "dilaporkan", "report", "motor", "sita",
                                                             "disita", "ditarik", "tarik", "utang", "hutang", "cicilan",
                                                             "mecat", "pulangin", "dipulangin", "pindah"})  # fmt: skip


def _threat_to_her(words: list[str], i: int) -> bool:
    """A threat with a condition whose price is not her job, papers, debts or a report."""
    return not _NOT_HER_BODY.intersection(words) and not negated(words, i)


def _alarm(words: list[str], i: int, raw: str) -> Hit | None:
    """ "darurat", "SOS", "emergency", but not "nomor darurat" or "emergency contact"."""
    prev = words[i - 1] if i else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if prev in ("merk", "merek", "brand", "cap"):
        return None  # "sabun lantai merk SOS": a brand
    if prev in ALARM_NOT_AFTER or nxt in ALARM_NOT_BEFORE:
        return None
    after = words[i + 2] if i + 2 < len(words) else ","
    if nxt in ("sih", "bukan") or (nxt in NEGATORS and after in _SO_NOT):
        return None  # "darurat sih ngga, cuma mau tanya": not an emergency, she says
    # "SOS" is never said of credit: only what stands next to it ("SOS battery") takes it back,
    # not "SOS. i at mrt station no passport no money"
    near = words[max(0, i - 2) : i + 3] if words[i] == "sos" else words
    if _TRIVIA.intersection(near) or DEVICES.intersection(near):
        return None  # "darurat banget, pulsa sy habis": urgent, but credit or money, not her safety
    return Hit("danger", i, i + 1, False)


#: what an everyday "darurat" is about
_TRIVIA = frozenset(
    {"pulsa", "kuota", "paket", "sinyal", "wifi", "data", "uang", "duit", "transfer", "kiriman", "gaji", "credit",
     "money", "signal", "tiket", "ticket", "battery", "batteries", "alarm", "beeping", "charger",
     # papers asked for in a hurry: "mohon maaf darurat, sy butuh surat keterangan kerja besok"
     "surat", "dokumen", "document", "documents", "formulir", "form", "legalisir", "ijazah", "akte", "ktp",
     "fotokopi", "print", "printer", "slip",
     # a bank's or a permit's trouble: "emergency kak, bank card swallowed by atm"
     "atm", "bank", "card", "kartu", "rekening", "saldo", "pin", "password", "visa"}
)  # fmt: skip


#: what follows "darurat ngga" when she says it is not one ("darurat ngga kok", "..., cuma tanya")
_SO_NOT = frozenset({",", "kok", "cuma", "cuman", "hanya", "kak", "min", "ya", "sih"})


#: thrown into the sea, with the person between: "captain throw one crew to sea"
_SEA = frozenset({"sea", "overboard", "ocean", "laut"})
_OVERBOARD_WHO = frozenset({"crew", "me", "him", "her", "us", "them", "friend", "worker", "workers", "man", "men",
                            "fisherman", "body", "someone", "people"})  # fmt: skip
#: how many of them: "chained three of us"
_SOME = frozenset({"two", "three", "four", "five", "six", "some", "many", "all", "several", "few", "both", "one"})
#: who "was thrown" may be said of
_A_PERSON = FIRST | THIRD | _OVERBOARD_WHO | frozenset({"i", "we", "he", "she", "they"})


#: what strikes, when the verb names no one: "they hit with electric baton", "beat with a belt"
_INSTRUMENTS = WEAPONS | frozenset({"baton", "batons", "stick", "sticks", "belt", "belts", "cable", "cables", "wire",
                                    "hanger", "hose", "rod", "rods", "pipe", "pipes", "whip", "taser", "stun",
                                    "electric", "shocker"})  # fmt: skip


#: whoever tries to leave or speak: "beat who try escape", "beat anyone who complain"
_WHOEVER = frozenset({"who", "anyone", "anybody", "everyone", "everybody", "those", "whoever"})
_TRIES_TO_LEAVE = frozenset({"try", "tries", "tried", "trying", "run", "runs", "ran", "escape", "escapes",
                             "complain", "complains", "refuse", "refuses", "want", "wants", "ask", "asks"})  # fmt: skip


#: who strikes, said just before a bare blow: "they beat", "captain kick"
_THEY = frozenset({"they", "he", "she", "boss", "captain", "madam", "sir", "employer", "mandor", "guard", "guards"})
#: what may end a bare blow's clause: "if sleep they beat, ..."
_AFTER_BLOW = frozenset({",", "if", "when", "again", "every", "everyday", "always"})
#: blows that need no object to be one
_BLOWS = frozenset({"beat", "beats", "hit", "hits", "kick", "kicks", "slap", "slaps", "punch", "punches", "whip",
                    "whips", "hitting", "beating", "kicking", "slapping"})  # fmt: skip


def _en_violence(words: list[str], i: int, raw: str) -> Hit | None:
    """English: "my employer hit me", "she was beaten"; not "I hit my head", "hit me up",
    "sold me a fake visa", "locked me out"."""
    if negated(words, i) or (i > 0 and words[i - 1] in _SELF_DONE):
        return None
    if words[i] == "bang" and (i == 0 or words[i + 1 : i + 2] not in (["me"], ["us"], ["her"], ["him"])):
        return None  # "Bang sy mau tanya": "bang" (abang) is how she addresses the reader
    if _ANIMALS.intersection(words[max(0, i - 2) : i]) or _ANIMALS.intersection(words[i + 1 : i + 3]):
        return None  # "the dog bit me", "bitten by a mosquito"
    if _LITTLE_ONES.intersection(words[max(0, i - 2) : i]):
        return None  # "the baby hit me with his toy"
    if _GAMES.intersection(words[i + 1 : i + 6]):
        return None  # "my boss beat me at chess", "i was beaten in the badminton match"
    if words[i] in ("sold", "sell") and i + 1 < len(words) and words[i + 1] in ("a", "an", "some", "fake"):
        return None  # "i was sold a fake phone": cheated, not sold
    if words[i].startswith(("push", "shov")) and "to" in words[i + 1 : i + 3] and "down" not in words[i + 1 : i + 3]:
        return None  # "pushed me to work overtime", "i was pushed to sign": pressed, not shoved
    if words[i].startswith("pull") and "leg" in words[i + 1 : i + 3]:
        return None  # "he pulled my leg": teased
    if words[i + 1 : i + 2] in (["her"], ["his"], ["my"]) and words[i + 2 : i + 3] == ["head"]:
        if words[i + 3 : i + 4] in (["on"], ["against"]) and not EMPLOYER.intersection(words[max(0, i - 3) : i]):
            return None  # "grandma hit her head on the door": a bump, nobody struck her
    if (
        words[i].startswith("burn")
        and _BY_MISHAP.intersection(words[i + 1 : i + 7])
        and not EMPLOYER.intersection(words[max(0, i - 3) : i])
    ):
        return None  # "my friend burn her hand when cooking": a kitchen mishap (not "madam burn me")
    if i and words[i - 1] in _MIXED_PASSIVE and words[i] not in _NOT_DONE_IN_MIXED:
        # an English verb given the Indonesian passive: "sy kena slap", "di hit sm madam",
        # "dipunch" (read as "di punch"); not "hp sy kena hit", not "anak majikan di hit temennya"
        if thing_before(words, i - 1) or employer_side(words, i - 1) or words[i + 1 : i + 2] in (["bola"], ["ball"]):
            return None
        return Hit("danger", i - 1, i + 1, third_before(words, i - 1))
    after = person_after(words, i)
    some = words[i + 1] if i + 1 < len(words) else ""
    if after is None and (some.isdigit() or some in _SOME) and words[i + 2 : i + 4] == ["of", "us"]:
        after = (False, i + 3)  # "captain chain 2 of us on deck": some of them, her among them
    if after is None and words[i].startswith(("thr", "sho")):
        # "she throws things at me", "the guard shoot at us": what is thrown or fired comes
        # between the verb and whom
        for k in range(i + 1, min(len(words) - 1, i + 5)):
            if words[k] == "at" and (words[k + 1] in FIRST or words[k + 1] in THIRD):
                return Hit("danger", i, k + 2, words[k + 1] in THIRD)
    if after is None and some in _WHOEVER:
        # "guard beat who try escape", "they beat anyone who runs": whoever tries to leave
        rest = [w for w in words[i + 2 : i + 4] if w != "who"]
        if rest and rest[0] in _TRIES_TO_LEAVE:
            return Hit("danger", i, i + 3, False)
    if after is None and some == "with" and _INSTRUMENTS.intersection(words[i + 2 : i + 5]):
        # "if you not reach target they hit with electric baton": the blow named by what strikes
        return Hit("danger", i, i + 2, third_before(words, i) and not FIRST.intersection(words[i : i + 8]))
    if after is not None and words[after[1]] == "i":
        return None  # "my phone screen lock i forget the pattern": "i" opens the next clause ("me" is done to)
    if after is not None:
        nxt = words[after[1] + 1] if after[1] + 1 < len(words) else ""
        if nxt in ("up", "back", "off", "out") and not (nxt == "up" and words[i].startswith("lock")):
            return None  # "hit me up", "beat me to it", "locked me out" are not violence
        if nxt == "to" and after[1] + 2 < len(words) and words[after[1] + 2] == "it":
            return None  # "beat me to it"
        if words[i] in ("sell", "sold") and nxt in ("a", "an", "the", "some", "fake", "this", "that"):
            return None  # "sold me a fake visa": cheated, not sold
        # "beat anyone who runs": whoever it is, she is among them
        return Hit("danger", i, after[1] + 1, after[0] and words[after[1]] not in _WHOEVER)
    prev = words[i - 1] if i else ""
    if prev in _THEY and words[i] in _BLOWS and (i + 1 == len(words) or words[i + 1] in _AFTER_BLOW):
        # "we work 20 hours no rest, if sleep they beat": the blow, with whom left unsaid
        return Hit("danger", i - 1, i + 1, third_before(words, i - 1))
    if prev in ("me", "us", "her", "him") and words[i].endswith(("ed", "en")):
        # "they keep me locked", "they left her tied": done to the person just before
        return Hit("danger", i - 1, i + 1, prev in ("her", "him"))
    done = words[i].endswith(("ed", "en", "wn", "t", "ld", "ck"))
    by_someone = words[i + 1 : i + 2] == ["by"] and _by_a_person(words[i + 2 : i + 5])
    if prev in EN_PASSIVE and not done and by_someone and not words[i].endswith(("s", "ing")):
        # the past left unmarked, as learners write it: "i was slap by madam", "i was rape by him"
        done = True
    if _FEELINGS.intersection(words[max(0, i - 3) : i]):
        return None  # "my feelings were hurt by my boss": her heart, not her body
    if prev in EN_PASSIVE and done and (words[i] not in ("hurt", "get") or by_someone):
        # "I was hit", "she was beaten", "we got locked": the subject is before
        if words[i] in ("locked", "kicked", "thrown") and i + 1 < len(words) and words[i + 1] in ("out",):
            return None  # "locked out", "kicked out of the group": shut out, not struck
        if any(w in THINGS for w in words[max(0, i - 3) : i - 1]):
            return None  # "the cat is locked in", "the door was locked": a thing or an animal
        if words[i] == "thrown" and not _A_PERSON.intersection(words[max(0, i - 3) : i - 1]):
            return None  # "the rubbish was thrown in the sea": thrown is said of a person only
        by = words[i + 1 : i + 4]
        if by[:1] == ["by"] and any(w in THINGS for w in by[1:]):
            return None  # "hit by the ball": an accident of play
        return Hit("danger", i - 1, i + 1, third_before(words, i - 1))
    return None


def _by_a_person(after_by: list[str]) -> bool:
    """Who did it, named after "by": her employer, someone of his house or hers, "him", "her"."""
    rest = list(after_by)
    while len(rest) > 1 and rest[0] in _DETERMINERS:
        rest = rest[1:]  # "by my employer", "by her husband" (not "by her words")
    return bool(rest) and (rest[0] in EMPLOYER or rest[0] in KIN or rest[0] in _WHO_BY)


_FEELINGS = frozenset({"feelings", "feeling", "heart", "pride", "ego", "perasaan", "hati"})
_DETERMINERS = frozenset({"my", "the", "his", "her", "their", "our", "a", "an"})
_WHO_BY = frozenset({"him", "her", "them", "husband", "wife", "son", "daughter", "guard", "guards", "captain",
                     "owner", "man", "men", "driver", "agent"})  # fmt: skip


#: the Indonesian passive said before an English verb: "kena slap", "di hit"
_MIXED_PASSIVE = frozenset({"kena", "kna", "kene", "di", "d"})
#: English verbs that are not a blow in that frame: "kena push" (pressed), "kena sell", "kena drug"
_NOT_DONE_IN_MIXED = frozenset({"push", "pushed", "pull", "pulled", "sell", "sold", "drug", "bang", "spit", "chain",
                                "lock", "touch", "shot", "shoot"})  # fmt: skip


def _weapon(words: list[str], i: int, raw: str) -> Hit | None:
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


def _injury(words: list[str], i: int, raw: str) -> Hit | None:
    """ "muka sy lebam", "badan memar semua": signs of a beating, unless an accident is told."""
    if negated(words, i) or any(w in ACCIDENT for w in words) or _medical(words):
        return None
    if i and words[i - 1] == "demam":
        return None  # "demam berdarah": dengue fever, an illness
    if any(_is_animal(w) for w in words) and _ANIMAL_HURTS.intersection(words):
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


#: the marks a beating leaves, named as nouns: "the burn on my back from employer", "luka dr majikan"
_MARKS = frozenset({"burn", "burns", "bruise", "bruises", "wound", "wounds", "scar", "scars", "luka", "luka2",
                    "lukanya", "bekas", "memar", "lebam", "marks", "mark"})  # fmt: skip
#: what leaves a mark only when used on someone: "bekas rokok di lengan sy", "garis merah bekas ikat
#: pinggang", "luka sundutan", "marks from the belt", the blow named as a noun ("bekas pukulan")
_WHAT_MARKS = frozenset({"rokok", "puntung", "sundutan", "sundut", "pinggang", "sabuk", "belt", "rotan", "sapu",
                         "hanger", "gantungan", "setrika", "setrikaan", "iron", "cambuk", "cambukan", "kabel", "cable",
                         "rantai", "pukulan", "tamparan", "tendangan", "cubitan", "cekikan", "jambakan", "cigarette",
                         "cigarettes", "whip", "stick", "tongkat"})  # fmt: skip
_DETERMINER = frozenset({"my", "the", "her", "his", "our"})
_FROM = frozenset({"from", "by", "dari", "dr", "oleh", "gara2", "karena", "krn", "sama", "sm"})


def _marks_from(words: list[str], i: int, raw: str) -> Hit | None:
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


def _no_way_out(words: list[str], i: int, raw: str) -> Hit | None:
    """ "pintunya gk bisa dibuka dr dalem", "cannot open the door from inside": shut in, unless a
    broken lock is what she tells of."""
    if _BROKEN.intersection(words) or not _DOOR.intersection(words):
        return None
    if words[i] in ("buka", "open") and not (i and (words[i - 1] in _MAY or words[i - 1] in ("cannot", "cant"))):
        return None
    after = words[i + 1 : i + 5]
    if not (_INSIDE.intersection(after) and _FROM.union({"from"}).intersection(after)):
        return None
    can = i - 1 if i and words[i - 1] in _MAY else i
    if not (i and words[i - 1] in ("cannot", "cant")) and (can < 1 or negator_before(words, can - 1) < 0):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


_LOCKS = frozenset({"lock", "locks", "locked", "locking", "lockup"})
_SHUT = frozenset({"door", "doors", "gate", "gates", "room", "house", "grille", "grill"})
#: what says she cannot get out: "i cannot even go buy sanitary pad", "cannot go to toilet"
_CANNOT = frozenset({"cannot", "cant", "unable"})
_GO = frozenset({"go", "get", "leave", "out", "buy", "eat", "use", "open", "see", "call"})


def _locked_on_her(words: list[str], i: int, raw: str) -> Hit | None:
    """ "they lock my room door from outside", "lock the gate every time they go out. i cannot even
    go buy sanitary pad": a door or gate locked on her, from outside or so that she cannot go."""
    if negated(words, i) or _AUTOMATIC.intersection(words[i + 1 : i + 6]):
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
    if not (outside or cannot) or _let_out(words, i):
        return None
    if "my" in after or "me" in after:
        return Hit("danger", i, i + 1, False)  # "they lock my room door"
    return Hit("danger", i, i + 1, "her" in after or third_before(words, i))


def _bruised(words: list[str], i: int, raw: str) -> Hit | None:
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


def _broken(words: list[str], i: int, raw: str) -> Hit | None:
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
_BY_MISHAP = frozenset({"cooking", "cook", "cooked", "accident", "accidentally", "accidently", "slipped", "chopping",
                        "peeling", "masak", "kitchen"})  # fmt: skip


#: cuts she made herself: "tangannya banyak sayatan, dia bilang dia yg bikin sendiri"
_CUT_MARKS = frozenset({"sayatan", "sayatan2", "silet", "goresan", "cuts", "scars"})
_HERSELF = frozenset({"sendiri", "herself", "myself", "himself"})


def _self_cut_marks(words: list[str], i: int, raw: str) -> Hit | None:
    if not _HERSELF.intersection(words[i + 1 : i + 12]) or negated(words, i):
        return None
    theirs = any(w.endswith("nya") and w[:-3] in BODY for w in words[max(0, i - 4) : i])
    return Hit("self_harm", i, i + 1, theirs or third_before(words, i))


def _cuts_self(words: list[str], i: int, raw: str) -> Hit | None:
    """ "my friend keep cutting her arm", "she will cut her hand again": cutting oneself, when the
    one who cuts and the one cut are the same (not "he will cut my hand": a threat)."""
    after = words[i + 1 : i + 3]
    if not after or after[0] not in _OWN or not _CUT_WHERE.intersection(after[1:]) or negated(words, i):
        return None
    if _BY_MISHAP.intersection(words):
        return None  # "he cut his hand when cooking": a kitchen mishap
    before = words[max(0, i - 4) : i]
    own = after[0]
    if own == "my" and "i" in before:
        return Hit("self_harm", i, i + 3, False)
    if own in ("her", "his") and (({"she", "he"} | THIRD).intersection(before)):
        return Hit("self_harm", i, i + 3, True)
    return None


def _thrown_overboard(words: list[str], i: int, raw: str) -> Hit | None:
    """ "captain throw one crew to sea", "they threw my friend overboard": a person, then the sea."""
    after = words[i + 1 : i + 7]
    if negated(words, i) or not _SEA.intersection(after):
        return None
    sea = i + 1 + next(k for k, w in enumerate(after) if w in _SEA)
    between = words[i + 1 : sea]
    if not _OVERBOARD_WHO.intersection(between):
        return None  # "throw the rubbish into the sea"
    return Hit("danger", i, sea + 1, not FIRST.intersection(between) and "us" not in between)


def _reach(add: Callable[[object, Rule], None]) -> None:
    """The forms and signs the lexicon's did not reach (``danger_reach``, ``danger_reach_signs``),
    after the older rules of a word."""
    add(READ_AS, read_as(_violence))
    add(TAGALOG_HARM, tagalog_harm)
    add(TAGALOG_REFUSED, tagalog_refused)
    add(BARE_ROOTS, done_by)
    add(REST, rest_withheld)
    add(UNFIT | ANIMALS_FOOD, fed_unfit)
    add(PRISON, like_prison)
    add(SCAM, made_to_scam)
    add(PAYS, family_pays)
    add(JUMP_WORDS, jump_from_high)
    add(WOUNDS, wound_by)
    add(LEAVE, kept_by_debt)
    add(("things",), bad_things)
    add(ENTERTAIN, entertains_guests)
    add(CLOTHES, clothes_opened)
    add(THROWS, thrown_at_her)
    add(PILLS, pills_all_tonight)
    add(IMPRISONED, imprisoned_at_home)


def _rules() -> dict[str, list[Rule]]:
    table: dict[str, list[Rule]] = {}

    def add(words: object, rule: Rule) -> None:
        for word in words:  # type: ignore[attr-defined]
            table.setdefault(str(word), []).append(rule)

    add(SELF_HARM, phrase_rule(SELF_HARM, "self_harm"))
    add(VIOLENCE, _violence)
    add(PASSIVE_UNLESS_THING, _passive_unless_thing)
    add(ACTIVE_NEEDS_PERSON - set(VIOLENCE), _active_needs_person)
    add(KILL, _kill)
    add(THREAT, _threat)
    add(FOOD, food)
    add(SCANT_FOOD, scant_food)
    add(MEDICINE, medicine_taken)
    add(("tidur", "sleep", "sleeps", "slept", "sleeping"), sleeps_unfit)
    add(("keluar",), not_let_out)
    add(("keluar", "kluar", "klr"), shut_in)
    add(("liat", "lihat", "melihat", "ngeliat", "see", "seen", "saw"), never_outside)
    add(CARE | FAKING, no_care)
    add(FORCED, worked_while_failing)
    add(("bilang", "blg", "say", "says", "said"), worked_while_failing)
    add(OVER_THE_COUNTER, only_pills)
    add(("minum", "istirahat", "rest", "drink", "duduk"), denied_while_failing)
    add(STARVING, starving)
    add(ALARM, _alarm)
    add(EN_VIOLENCE, _en_violence)
    add(CRY, cry)
    add(WEAPONS, _weapon)
    add(LIFE, life)
    add(("bertahan", "hold", "going"), no_reason_to_hold_on)
    add(INJURY, _injury)
    add(("biru", "blue", "lebam2", "sobek", "robek", "pecah"), _bruised)
    add(("patah", "bocor", "broken", "fractured"), _broken)
    add(_MARKS, _marks_from)
    add(("buka", "dibuka", "open", "opened"), _no_way_out)
    add(_LOCKS, _locked_on_her)
    add(JUMP, jump)
    add(PHRASES, phrase_rule(PHRASES, "danger"))
    add(("aman", "safe"), unsafe)
    add(("pertolongan", "bantuan"), needs_help_now)
    add(("dirobek", "dirobekin", "disobek", "disobekin", "dikoyak", "ripped", "tore", "torn"), torn_clothes)
    add(("chili", "chilli", "chilies", "pepper", "cabe", "cabai", "sambal", "lada", "merica"), burning_in_eyes)
    add(("jemput", "jemputin", "menjemput", "pick"), fetch_me)
    add(("polisi", "police", "polis"), police_sent_for)
    add(("kemana", "kemanapun", "kemana2", "anywhere"), nowhere)
    add(("tidur", "istirahat", "sleep", "rest"), deprived)
    add(("gurun", "hutan", "desert", "jungle", "forest", "pasir", "sendirian", "alone"), abandoned)
    add(("tinggal", "goodbye", "bye", "pamit", "pamitan", "titip"), farewell)
    add(LAST_WORDS_START - {"goodbye"}, last_words)
    add(("cut", "cuts", "cutting"), _cuts_self)
    add(_CUT_MARKS, _self_cut_marks)
    add(
        (
            "potong",
            "motong",
            "memotong",
            "dipotong",
            "iris",
            "diiris",
            "gunting",
            "cut",
            "patahin",
            "matahin",
            "mematahkan",
            "break",
        ),
        maiming_threat,
    )
    add(("nyusul", "menyusul", "susul", "nyusulin"), follow_the_dead)
    add(("idup", "hidup", "alive"), not_leaving_alive)
    add(HELP_ME, helped_in_fear)
    add(("masuk", "masuk2", "comes", "came", "come", "coming", "enters", "entered", "enter"), night_visits)
    add(("key", "keys", "kunci", "kuncinya"), key_taken)
    add(("sembunyi", "bersembunyi", "ngumpet", "umpet", "hiding", "hide"), hiding)
    add(("hp", "handphone", "hape", "ponsel", "phone", "phones"), no_phone)
    add(("pulang", "balik", "home"), held_until_paid)
    add(("siapa", "siapapun", "anyone", "anybody"), cut_off)
    add(("diputus", "diputusin", "diputuskan", "cut"), contact_cut)
    add(("throw", "threw", "thrown", "throws"), _thrown_overboard)
    add(TAKEN_AWAY, taken_away)
    add(("see", "ketemu", "bertemu", "jumpa", "liat", "lihat", "melihat"), never_see_children)
    add(("turun",), not_let_down)
    add(("breathe", "breath", "breathing", "bernapas", "bernafas"), cannot_breathe)
    add(("pregnant", "hamil"), pregnant_and_bleeding)
    add(("hungry", "lapar", "laper", "kelaparan"), hungry_for_days)
    add(OVERDOSE_WORDS, overdose)
    add(POISONS | {"nyamuk"}, poison)
    add(("gedor", "menggedor", "ngegedor", "digedor", "banging", "pounding"), pounding)
    add(("didobrak", "dobrak", "ndobrak", "ngedobrak", "mendobrak", "kedobrak"), pounding)
    add(("know", "knows", "tau", "tahu", "tw"), hidden_away)
    add(INJECTED, injected)
    add(GO_AFTER, family_hunted)
    add(KEEP, kept_inside)
    add(SAYING, threat_said)
    add(SENT_FOR | SENDS, sent_to_his_room)
    add(
        (
            "kabur",
            "lari",
            "lapor",
            "melapor",
            "ngadu",
            "mengadu",
            "run",
            "escape",
            "report",
            "berhenti",
            "resign",
            "quit",
        ),
        if_she_leaves,
    )
    add(FLED, hunted)
    add(FLED | {"left"}, fled_out)
    add(PUT_OUT, left_out)
    add(INSIDE, kept_out)
    add(ON_PURPOSE, on_purpose)
    add(WOKE, woke_undressed)
    add(KNOCKS, knocked)
    add(ENDING, ended_by_act)
    add(GIVING, gave_away)
    add(("ikut",), die_along)
    add(HELD_WORDS, held_many_ways)
    add(TOUCHING, touched)
    add(MEAGRE, fed_too_little)
    add(LESSON, lesson_threatened)
    add(VANISHED, vanished)
    add(CHASE, chased)
    add(BETTER_DEAD, rather_dead)
    add(GOD, to_meet_god)
    add(("tidur", "sleep", "sleeping"), waits_for_sleep)
    add(("tidur", "sleep"), worn_out)
    add(PUNISHMENT, punished_in_body)
    add(("selesai", "beres", "berakhir"), ended_by_act)
    add(CAST_OUT, cast_out)
    add(VEINS, cut_veins)
    add(CIGARETTE, stubbed_out)
    add(RECORDING, filmed_undressed)
    add(SEX_TRADE, made_to_sell_sex)
    add(PASSED_ON, passed_around)
    add(DEBT, held_by_debt)
    add(ENDED, pregnancy_ended)
    _reach(add)  # last: they speak only where the older rules of a word said nothing
    return table


RULES = _rules()
