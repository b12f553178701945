"""Look-alikes of danger, read after a rule has fired: what takes a hit back (``taken_back``).

A sport or a ball, a dream, a fast, a pet in its cage, a recipe, the sea's waves, a flood or a
typhoon that keeps everyone in, a quarantine, a key left inside, a thing not her in a cry ("tolong!!!
hp sy jatuh"), an illness told with care sought, prices that "strangle", rice missed, a meal
coming. What is told of and not lived is in ``danger_told_of``, what is at play in
``danger_at_play``, a cry laughed off in ``danger_laughed``, danger that is over in
``danger_over``. Each was found in a tune half of the danger set or a blind batch's DEV half
(ADR 0006, 0020) and is kept as a test in tests/unit/test_danger*.py.
"""

from __future__ import annotations

from flows.understand.danger_at_play import (
    JOKE,
    PRETEND,
    WORDS_OF_KILLING,
    done_by_a_baby,
    enjoyed,
    in_a_game,
    joked_after,
    pretend_play,
    with_a_plaything,
)
from flows.understand.danger_context import Hit, hypothetical
from flows.understand.danger_laughed import MARKED
from flows.understand.danger_over import CRY_OR_FEAR, DONE
from flows.understand.danger_phrases import PESTS, PLEASE
from flows.understand.danger_told_of import (
    WISH,
    a_match,
    a_scammers_tale,
    a_story_watched,
    an_emergency_number,
    corrected,
    figure,
    heard_of,
    how_she_died,
    news,
    not_meant,
    word_asked,
)
from flows.understand.danger_words import (
    CRY,
    DEVICES,
    EN_VIOLENCE,
    FIRST,
    KILL,
    NEGATORS,
    PASSIVE,
    THINGS,
    VIOLENCE,
    WEAPONS,
)

#: Javanese "bola bali" / Indonesian "bolak balik": over and over, not a ball
_BACK = frozenset({"bali", "balik"})


def _over_and_over(words: list[str], k: int) -> bool:
    """ "ngeplak raiku bola bali", "majikan bola bali nggebuki aku": "bola" before "bali" is
    Javanese for "again and again" (as "bolak balik"), said of the blow, not a ball."""
    return words[k] == "bola" and bool(words[k + 1 : k + 2]) and words[k + 1] in _BACK


#: hit by a ball, not a hand: "dipukul bola voli", "kena bola"
_BALL = frozenset({"bola", "voli", "volley", "ball", "futsal", "basket", "shuttlecock", "kok"})
_AT_PLACE = frozenset({"ri", "di", "dalam", "nang", "neng"})
#: food so hot it "kills": "pedesnya mau bunuh orang"
_SPICY = frozenset({"pedes", "pedas", "pedesnya", "pedasnya", "spicy", "sambel", "sambal", "sambelnya", "sambalnya"})
#: a surprise for someone: "mau culik dia buat surprise ultah"
_SURPRISE = frozenset({"surprise", "surprize", "surpraise", "kejutan", "ultah", "ultahnya", "birthday",
                       # a birthday's flour and eggs: "semua ABK ngeroyok dia pake tepung sm telor"
                       "tepung", "telor", "telur", "flour", "eggs"})  # fmt: skip
#: made peace, by someone between them: "udh didamaiin gurunya"
_RECONCILED = frozenset({"didamaikan", "didamaiin", "didamaiken", "berdamai", "reconciled"})
#: settled, when already so ("udh diselesaikan gurunya", not "blm diselesaikan", "mau diselesaikan"),
#: or on good terms again ("skrg kami akur", not "gk akur")
#: (the reader brings "diselesaiin" to "selesaiin" before the rules run)
_SETTLED_BY = frozenset({"diselesaikan", "diselesaiin", "diselesein", "selesaikan", "selesaiin", "selesein"})
_ON_GOOD_TERMS = frozenset({"akur", "baikan"})


def _made_peace(after: list[str]) -> bool:
    """Made peace or settled, in the words after what was told."""
    for k, word in enumerate(after):
        before = after[max(0, k - 2) : k]
        if word in _RECONCILED:
            return True
        if word in _SETTLED_BY and DONE.intersection(before) and not NEGATORS.intersection(before):
            return True
        if word in _ON_GOOD_TERMS and not NEGATORS.intersection(before):
            return True
    return False


#: a dream: "semalem mimpi dikejar majikan bawa pisau"
_DREAM = frozenset({"mimpi", "mimpiin", "bermimpi", "dream", "dreamed", "dreamt", "nightmare"})
_FASTING = frozenset({"puasa", "diet", "ramadan", "ramadhan", "fasting"})


#: sports that hit: "latihan silat ... kena tendang"
_SPORT = frozenset({"silat", "sparring", "samsak", "karate", "taekwondo", "boxing", "tinju", "muaythai", "judo",
                    "wushu", "kungfu", "gulat", "smackdown", "mma", "kickboxing"})  # fmt: skip

#: said to be for real: "dipukul beneran", "not a joke"
_FOR_REAL = frozenset({"beneran", "sungguhan", "seriously"})


def taken_back(words: list[str], hit: Hit) -> bool:
    """Said and taken back, or not hers: corrected, in the news, a figure of speech, a question."""
    start = hit.start
    if hit.kind == "self_harm" and how_she_died(words, start, hit.end):
        return True  # "anak sy meninggal, majikan bilang bunuh diri, kami gk percaya": no crisis line for a father
    if _SPORT.intersection(words[max(0, start - 8) : hit.end + 8]) and not _FOR_REAL.intersection(words):
        return True  # "kena tendang dikit pas sparring": a sport that hits (not "jadi samsak, dipukul beneran")
    if a_match(words, start, hit.end):
        return True  # "pemainnya dikartu merah krn nendang lawan": a player's foul in a match
    ball = next((k for k in range(hit.end, min(len(words), hit.end + 3)) if words[k] in _BALL), -1)
    if ball >= 0 and words[ball - 1] not in _AT_PLACE and not _over_and_over(words, ball):
        return True  # "sy dipukul... bola voli": a ball (Bugis "dikurung ri bola" is "in the house")
    if JOKE.intersection(words[max(0, start - 4) : start]):
        return True  # "my friend joke she will sell me to her boss": a joke, said as one
    if _DREAM.intersection(words[max(0, start - 6) : start]):
        return True  # "mimpi dikejar2 majikan bawa pisau": a dream
    if _SPICY.intersection(words[max(0, start - 3) : start]):
        return True  # "sambelnya pedesnya mau bunuh orang": food too hot, a figure of speech
    if _SURPRISE.intersection(words[start : hit.end + 5]):
        return True  # "kita mau culik dia buat surprise": a birthday prank
    if _made_peace(words[hit.end : hit.end + 12]) and not CRY_OR_FEAR.intersection(words[hit.end :]):
        return True  # "dipukul temennya di sekolah, udh didamaikan": a quarrel settled, nobody afraid
    if WORDS_OF_KILLING.intersection(words[start : hit.end]) and not_meant(words):
        return True  # "he shout 'I will kill you' ... he dont mean it": a threat not meant (not a blow)
    if _ABOUT_THE_SUBJECT.intersection(words) and not CRY_OR_FEAR.intersection(words):
        return True  # "modul cara mengenali tanda2 TPPO", "untuk penelitian tesis": the subject, not a case
    if _FASTING.intersection(words) and "sekali" in words[start : hit.end]:
        return True  # "puasa, makan sekali sehari": a fast, not a deprivation
    if PRETEND.intersection(words[max(0, start - 2) : start]):
        return True  # "latihan kebakaran, disuruh pura2 terjebak": acted in a drill or a play
    if pretend_play(words, start, hit.end):
        return True  # "main polisi2an, sy jd penjahat, dikunci di kamar mandi boongan": a game of pretend
    if _SHUT.intersection(words[start : hit.end]) and not FIRST.intersection(words[max(0, start - 2) : start]):
        if _CAGED.intersection(words[hit.end : hit.end + 3]) or _PETS.intersection(words[max(0, start - 3) : start]):
            return True  # "kucingku lg dikurung di kandang", "perkutut dikurung neng kurungan": a pet
    if _DISHES.intersection(words[max(0, start - 2) : start]):
        return True  # "pitik geprek kudu digebuki": chicken beaten flat, a recipe
    if enjoyed(words[hit.end : hit.end + 4]) and not CRY_OR_FEAR.intersection(words):
        return True  # "sy tidur di balkon, enak adem liat bintang": a place she enjoys
    if _CONFUSED_MIND.intersection(words) and _IN_CARE.intersection(words) and not MARKED.intersection(words):
        return True  # "nenek yg sy jaga suka bilang 'bunuh aja aku' kalo lagi pikun": her patient's confusion
    if (
        _SIN.intersection(words[hit.end : hit.end + 3])
        and not FIRST.intersection(words[max(0, start - 3) : start])
        and not WISH.intersection(words[max(0, start - 2) : start + 1])
    ):
        return True  # "kata ustadz bunuh diri itu dosa besar": the subject of a sermon, not her wish
    if in_a_game(words[hit.end : hit.end + 8]):
        return True  # "sy dikunciin pintu sama anak majikan pas main petak umpet": a game
    weapon = words[hit.end - 1] in WEAPONS  # "senapan angin" is an air gun, not the wind
    if not weapon and _NATURE.intersection(words[hit.end : hit.end + 2]) and not CRY_OR_FEAR.intersection(words):
        return True  # "kmrn dipukul ombak besar katanya seru": the sea, not a person
    if _KEPT_IN.intersection(words[start : hit.end]) and _stranded(words, start, hit.end):
        if not CRY_OR_FEAR.intersection(words):
            return True  # "dia terkurung kat rumah seminggu sebab banjir", "nobody allow go out when typhoon"
    if heard_of(words, start):
        return True  # "dulu pernah denger ada tki disiksa di saudi": something heard of, nobody of hers
    if with_a_plaything(words, hit.end):
        return True  # "sy sering dipukul anak majikan pake bantal pas main": a pillow fight
    if _KEY_LEFT.intersection(words[hit.end : hit.end + 6]) and _LOCKING.intersection(words[start : hit.end]):
        return True  # "pintu kamar majikan kekunci, kuncinya ketinggalan di dalem": a key left inside
    if _by_herself(words, hit.end):
        return True  # "dikunci pintunya sama sy sendiri": she did it, to a door
    if joked_after(words, hit.end) and not CRY_OR_FEAR.intersection(words):
        return True  # "sy dikunciin pintu sama anak majikan, bercanda, trs dibuka lagi"
    if _KEPT_IN.intersection(words[start : hit.end]) and _QUARANTINE.intersection(words):
        if not CRY_OR_FEAR.intersection(words):
            return True  # "isolasi mandiri di kamar, gk boleh keluar dulu sampe negatif"
    if a_cry_over_a_mishap(words, start, hit.end):
        return True  # "tolong!!! hp sy jatuh ke kloset", "emergency, the cake burnt!": a thing, not her
    if an_emergency_number(words, start, hit.end):
        return True  # "what number i call in emergency", "nomor darurat kbri brp": a number asked
    if _FEAR_WORDS.intersection(words[start : hit.end]) and _FEARED_ANIMALS.intersection(words[hit.end : hit.end + 2]):
        return True  # "i am scared of my employer dog": an animal feared
    if _an_illness_told(words, start, hit.end):
        return True  # "sakit perut tiap mens, sampe pingsan, periksa dmn yg murah": an illness, care sought
    if _strangled_by_prices(words, start, hit.end):
        return True  # "harga tiket pesawat mencekik", "bunga pinjaman mencekik leher": costs, a figure of speech
    if word_asked(words, start, hit.end):
        return True  # "what is 'disiksa' in english?": the word, not a telling
    if words[start] == "help" and start and words[start - 1] in _HELPERS and not _FEAR_WORDS.intersection(words):
        return True  # "security help me out, all ok", "the shelter that help me": help given, told
    if done_by_a_baby(words, start, hit.end):
        return True  # "adek bayi majikan gigit sy pas tumbuh gigi": a baby's bite, not a blow
    if _a_meal_coming(words, start, hit.end):
        return True  # "i'm starving, waiting for dinner": hungry before a meal
    if _another_food(words, start, hit.end):
        return True  # "udh 2 hari gk makan nasi krn majikan bule makannya roti": rice missed, not food
    if a_scammers_tale(words, start):
        return True  # "penipuan yg ngaku dr BP2MI bilang anak kita disekap terus minta transfer": a lie
    if a_story_watched(words, start, hit.end):
        return True  # "sinetron ... yg ditonton nyonya tiap malem isinya racun2an, mertua mau bunuh menantu"
    return (
        corrected(words, hit.end) or news(words, start, hit.end) or figure(words, start) or hypothetical(words, start)
    )


#: a mind confused by age or illness, whose cries and words are not a danger told
_CONFUSED_MIND = frozenset({"pikun", "dementia", "demensia", "dimensia", "demencia", "alzheimer", "alzheimers",
                            "linglung", "ngelindur", "mengigau", "ngigau"})  # fmt: skip
#: the one she cares for (as danger_phrases.IN_HER_CARE)
_IN_CARE = frozenset({"nenek", "kakek", "ama", "akong", "amah", "oma", "opa", "lansia", "pasien", "grandma",
                      "grandpa", "patient", "alaga", "lola", "lolo", "ahma", "ahkong", "ward"})  # fmt: skip
#: what a sermon calls it: "bunuh diri itu dosa besar"
_SIN = frozenset({"dosa", "haram", "sin", "sinful", "berdosa"})
#: what strikes at sea or outdoors without a hand: "dipukul ombak", "hit by the waves"
_NATURE = frozenset({"ombak", "gelombang", "angin", "badai", "wave", "waves", "storm", "wind"})
#: the words of being kept in
_KEPT_IN = frozenset({"dikurung", "kurung", "terkurung", "dikunci", "locked", "out", "keluar", "kluar", "leave",
                      "metu", "kaluar", "kekunci", "terkunci", "kekurung", "stuck", "trapped"})  # fmt: skip
#: what shuts people in without a hand: a flood, snow, a lockdown
_STRANDED_BY = frozenset({"banjir", "flood", "flooding", "floods", "longsor", "landslide", "salju", "snow", "lockdown",
                          "udan", "ujan", "hujan2",
                          "hujan", "rain",
                          "typhoon", "topan", "taifun"})  # fmt: skip
#: shut out, not in: "dikunci di luar pas hujan" is her danger, whatever the weather
_OUTSIDE = frozenset({"luar", "outside", "balkon", "balcony", "teras"})


def _stranded(words: list[str], start: int, end: int) -> bool:
    """Kept in by the weather or a disaster named after it ("terkurung sebab banjir") or in the
    clauses just before ("hujan lebat, jalan putus. kami terkurung"); not shut outside in it."""
    if _OUTSIDE.intersection(words[start : end + 3]):
        return False
    return bool(
        _STRANDED_BY.intersection(words[end : end + 8]) or _STRANDED_BY.intersection(words[max(0, start - 10) : start])
    )


#: who helped her, said before "help" as learners tell it: "security help me out", "the shelter
#: that help me" (not "someone help me", "pls help", which are cries)
_HELPERS = frozenset({"security", "satpam", "guard", "guards", "police", "polisi", "neighbour", "neighbor",
                      "neighbours", "neighbors", "tetangga", "officer", "staff", "embassy", "kbri", "kjri", "shelter",
                      "that", "who", "which", "yg", "yang", "they", "he", "she"})  # fmt: skip


#: a meal she waits for: "i'm starving, waiting for dinner", "laper bgt nunggu makan siang"
_MEALS = frozenset({"dinner", "lunch", "breakfast", "makan", "sarapan", "maksi", "makmal", "food"})
_WAITING = frozenset({"waiting", "wait", "nunggu", "nungguin", "menunggu", "tunggu", "until", "sampe", "sampai",
                      "ready", "siap", "mateng", "matang"})  # fmt: skip


def _a_meal_coming(words: list[str], start: int, end: int) -> bool:
    """Hungry before a meal she waits for, said in the next words ("i'm starving, waiting for
    dinner"): nobody keeps food from her, nothing is denied, nobody cries out."""
    if not {"starving", "kelaparan", "laper", "lapar", "hungry"}.intersection(words[start:end]):
        return False
    after = words[end : end + 6]
    if not _WAITING.intersection(after) or not _MEALS.intersection(after):
        return False
    rest = words[:start] + words[end:]
    return (
        not NEGATORS.intersection(words) and not _KEPT_FROM.intersection(rest) and not CRY_OR_FEAR.intersection(words)
    )


#: the staple she misses, and what is eaten instead: "gk makan nasi ... makannya roti"
_STAPLE = frozenset({"nasi", "rice"})
_INSTEAD = frozenset({"roti", "bread", "pasta", "spaghetti", "kentang", "potato", "potatoes", "sandwich", "salad",
                      "sereal", "cereal", "oat", "oatmeal", "gandum", "burger", "pizza", "kangen", "miss", "rindu",
                      "pengen", "pingin"})  # fmt: skip
#: what makes a missed meal hers to be kept from: given, allowed, leftovers
_KEPT_FROM = frozenset({"dikasih", "kasih", "dikasi", "boleh", "dibolehin", "allowed", "given", "give", "sisa",
                        "basi", "leftover", "leftovers", "laper", "lapar", "hungry", "lemes"})  # fmt: skip


def _another_food(words: list[str], start: int, end: int) -> bool:
    """Rice not eaten because another food is ("udh 2 hari gk makan nasi krn majikan bule makannya
    roti, kangen nasi padang"): nobody keeps food from her, she is not hungry, nobody cries out."""
    if "makan" not in words[start:end] or not _STAPLE.intersection(words[end - 1 : end + 2]):
        return False
    if not _INSTEAD.intersection(words[end:]) or _KEPT_FROM.intersection(words):
        return False
    return not CRY_OR_FEAR.intersection(words)


#: who did it, after a passive: "sama sy sendiri", "by myself"
_AGENT = frozenset({"sama", "sm", "ama", "oleh", "by", "karo"})


#: a key left behind or lost, which is why a door is locked
_KEY_LEFT = frozenset({"ketinggalan", "tertinggal", "ketinggal", "kelupaan", "ilang", "hilang", "forgot", "left",
                       "lost"})  # fmt: skip
_LOCKING = frozenset({"kekunci", "terkunci", "dikunci", "locked"})


#: who locks an account or a group, not a person: "dikunci sm admin grupnya"
_SYSTEMS = frozenset({"admin", "sistem", "system", "aplikasi", "app", "bank", "operator", "provider", "moderator"})


def _by_herself(words: list[str], end: int) -> bool:
    """The one who did it is she, named right after the passive: "dikunci pintunya sama sy
    sendiri" (not "sy dikunci sama majikan")."""
    if words[end : end + 1] and words[end] in _SYSTEMS:
        return True  # "atm sy keblokir, dikunci bank": a bank or a system locks an account, not a person
    for k in range(end, min(len(words) - 1, end + 3)):
        if words[k] == ",":
            return False
        if words[k] in _AGENT:
            if words[k + 1] in _SYSTEMS:
                return True  # "dikunci sm admin grupnya", "locked by the system": an account, not she
            return words[k + 1] in FIRST and words[k + 1] not in ("kami", "kita", "we", "us", "our")
    return False


#: what goes wrong with a thing: dropped, broken, burnt in the pan, lost
_MISHAPS = frozenset({"jatuh", "jatoh", "rusak", "pecah", "retak", "broken", "broke", "gosong", "burnt", "hilang",
                      "ilang", "lost", "kecemplung", "nyemplung", "tumpah", "spilled", "error", "nyangkut",
                      "ketinggalan"})  # fmt: skip
#: the things of a household a cry may be over, beyond the rules' things and devices
_HOUSEHOLD = THINGS | DEVICES | {"kue", "cake", "masakan", "nasi", "rice", "gelas", "piring", "dompet", "wallet",
                                 "kunci", "key", "keys", "cucian", "laundry", "sayur", "soup", "sup"}  # fmt: skip
#: what may stand in a bare cry's words: "tolong", "help me", "emergency"
_CRY_ONLY = CRY | FIRST | PLEASE | frozenset({"emergency", "darurat", "sos", "me"})
#: a person, or harm to one, which a cry over a thing must not name
_HARMED = frozenset({"takut", "scared", "afraid", "majikan", "madam", "bos", "boss", "tuan", "sir", "baba",
                     "mama", "agen", "dia", "he", "she", "luka", "darah", "blood", "kebakaran", "fire",
                     "api", "employer", "employers", "agent", "agency", "they", "them", "husband", "son", "suami",
                     "anak", "anaknya", "sopir", "driver"})  # fmt: skip


def a_cry_over_a_mishap(words: list[str], start: int, end: int) -> bool:
    """A bare cry ("tolong!!!", "emergency") right before a thing's mishap told in the next words
    ("hp sy jatuh ke kloset", "the cake burnt"), with nobody and no harm named anywhere."""
    if not all(w in _CRY_ONLY or w == "," for w in words[start:end]):
        return False
    after = words[end : end + 7]
    if not any(w in _MISHAPS and _its_thing(after[:m]) for m, w in enumerate(after)):
        return False
    return not _HARMED.intersection(words) and not CRY_OR_FEAR.intersection(words[end:])


#: whose the thing is, between it and its mishap: "hp sy jatuh", "kue nya gosong", "my phone broke"
_WHOSE = FIRST | frozenset({"nya", "the", "this", "itu", "ini", "is", "was", "got"})


def _its_thing(before: list[str]) -> bool:
    """The mishap is the thing's, named right before it ("hp sy jatuh"), not hers ("sy jatuh di
    kamar mandi": she fell)."""
    if before[-1:] and before[-1] in _HOUSEHOLD:
        return True
    return len(before) >= 2 and before[-1] in _WHOSE and before[-2] in _HOUSEHOLD


#: fear words of the rules' phrases, and the animals feared: "scared of my employer dog"
_FEAR_WORDS = frozenset({"takut", "scared", "afraid", "terrified"})
_FEARED_ANIMALS = PESTS | frozenset({"anjing", "anjingnya", "dog", "dogs", "ular", "snake", "tikus", "rat", "lebah",
                                     "tawon", "bee", "bees", "spider", "laba", "ulat", "cicak", "kucing",
                                     "cat"})  # fmt: skip


#: what "strangles" her that is money: a price, a loan's interest, a debt, a fee
_COSTS = frozenset({"harga", "harganya", "bunga", "bunganya", "biaya", "biayanya", "cicilan", "cicilannya", "utang",
                    "hutang", "tagihan", "pajak", "potongan", "ongkos", "ongkir", "tarif", "sewa", "iuran", "pinjaman",
                    "pinjol", "kredit", "prices", "price", "rent", "interest", "debt", "fees", "bills"})  # fmt: skip


def _strangled_by_prices(words: list[str], start: int, end: int) -> bool:
    """A cost said to strangle ("harga tiket mencekik", "cicilan pinjol nyekik leher"): the
    active strangling word, a cost named just before it with no one between, and no one of hers
    after it in its clause (not "gara2 utang, sy dicekik majikan"; "bunga pinjol mencekik, sy
    nyesel" is her regret, in the next clause)."""
    after = words[end : end + 2]
    after = after[: after.index(",")] if "," in after else after
    if not _STRANGLES.intersection(words[start:end]) or FIRST.intersection(after):
        return False
    before = words[max(0, start - 5) : start]
    for k in range(len(before) - 1, -1, -1):
        if before[k] in _COSTS:
            return True
        if before[k] == "," or before[k] in FIRST or before[k] in _NOT_A_COST:
            return False
    return False


#: the signs of an illness or a birth a rule reads as grave: "sampe pingsan", "pendarahan"
_SIGNS = frozenset({"pingsan", "pendarahan", "perdarahan", "berdarah", "bleeding", "fainted", "faint", "mati",
                    "sesak", "sesek", "muntah", "kejang", "mimisan", "hamil", "pregnant"})  # fmt: skip
#: an illness, a birth or an operation named as its cause
_ILLNESS = frozenset({"mens", "haid", "menstruasi", "period", "hamil", "pregnant", "melahirkan", "lahiran",
                      "persalinan", "caesar", "sesar", "operasi", "surgery", "demam", "fever", "maag", "asma",
                      "asthma", "anemia", "vertigo", "migrain", "tifus", "tipes", "diare", "flu", "covid", "dbd",
                      "kanker", "gula", "diabetes", "keguguran", "kista", "usus"})  # fmt: skip
#: after it: she came through ("alhamdulillah selamat", "udh sembuh"), or she asks where to be seen
_CAME_THROUGH = frozenset({"selamat", "sembuh", "sehat", "pulih", "membaik", "alhamdulillah", "survived", "recovered"})
_CARE_ASKED = frozenset({"periksa", "diperiksa", "dmn", "dimana", "mana", "murah", "klinik", "dokter", "obat",
                         "biaya", "bpjs", "asuransi", "where", "clinic", "doctor", "cheap", "insurance"})  # fmt: skip
#: anyone who might cause it or keep her from care
_WHO_HARMS = frozenset({"majikan", "madam", "mam", "bos", "boss", "agen", "agency", "tuan", "employer", "sir", "baba",
                        "mama", "suami", "husband", "dia", "he", "she"})  # fmt: skip


def _an_illness_told(words: list[str], start: int, end: int) -> bool:
    """A grave sign of an illness or a birth named with it, and then either came through ("waktu
    hamil ... hampir mati pendarahan, alhamdulillah selamat") or care asked about ("sakit perut tiap
    mens, sampe pingsan, periksa dmn yg murah"): nobody named who may harm her or keep her from a
    doctor, no word of denial, fear or a cry, and no blow in what was read."""
    said = words[start:end]
    if not _SIGNS.intersection(said) or not _ILLNESS.intersection(words):
        return False
    if any(w in VIOLENCE or w in PASSIVE or w in EN_VIOLENCE or w in KILL for w in said):
        return False
    if _WHO_HARMS.intersection(words) or NEGATORS.intersection(words) or CRY_OR_FEAR.intersection(words):
        return False
    return bool((_CAME_THROUGH | _CARE_ASKED).intersection(words[end:]))


#: the active forms of strangling (a cost is not "dicekik")
_STRANGLES = frozenset({"mencekik", "nyekik", "cekik", "mencekek", "nyekek", "ncekik", "strangling", "choking"})
#: who may strangle, between the cost and the word: "bunga pinjol (dan) majikan ..."
_NOT_A_COST = frozenset({"majikan", "bos", "agen", "dia", "he", "she", "suami", "madam", "tuan", "baba"})


#: an illness that keeps her in by a rule of health: isolation, quarantine, a test
_QUARANTINE = frozenset({"isolasi", "isoman", "karantina", "dikarantina", "quarantine", "quarantined", "isolation",
                         "covid", "negatif", "negative"})  # fmt: skip


#: a cage and the pets kept in one: "dikurung di kandang", "burungnya dikurung" (not danger_rules'
#: animals that bite, nor "anjing", also an insult hurled before a blow)
_CAGED = frozenset({"kandang", "kandangnya", "kurungan", "sangkar", "cage", "kennel"})
_PETS = frozenset({"kucing", "kucingku", "kucingnya", "burung", "burungnya", "manuk", "perkutut", "kelinci",
                      "hamster", "cat", "bird", "kitten"})  # fmt: skip
#: shut in, of a pet
_SHUT = frozenset({"dikurung", "kurung", "terkurung", "dikunci", "dikandangin", "locked"})
#: dishes that are beaten or pounded: "pitik geprek", "ayam geprek"
_DISHES = frozenset({"geprek", "pitik", "penyet"})
#: what is written about danger, not of it: training material, research, a role play, homework
_ABOUT_THE_SUBJECT = frozenset({"modul", "materi", "simulasi", "penelitian", "tesis", "skripsi", "penyuluhan",
                                "documentary", "dokumenter",
                                "sosialisasi", "makalah", "seminar", "webinar", "statistik",
                                "paralegal", "ceramah", "pengajian", "sermon", "lecture", "kultum",
                                "khutbah"})  # fmt: skip
# not "kuliah": "sy kerja buat biaya kuliah adik, tp majikan sering mukul sy" is hers
