"""Kept in, unfed, or kept from a doctor: "gk dikasih makan", "belum makan 2 hari", "sy ga dikasih
keluar rumah", "dilarang keluar", "kelaparan", "muntah darah tp ga boleh ke RS"; not a meal
skipped, not a house rule about nights or storms."""

from __future__ import annotations

from flows.understand.danger_context import Hit, employer_side, hypothetical, negated, negator_before, third_before
from flows.understand.danger_words import APPS, CRY, DEVICES, FIRST, FOOD_GIVE, NEGATORS
from flows.understand.per_message import PerMessage

#: water that is not for drinking: "gk dikasih air panas buat mandi"
_NOT_DRINK = frozenset({"panas", "hangat", "anget", "dingin", "mandi", "galon", "cuci", "keran", "ledeng", "wudhu"})
_PLANTS = frozenset({"tanaman", "taneman", "bunga", "pohon", "kebun", "sayur", "plants", "plant"})
_ONLY = frozenset({"cuma", "cm", "hanya", "cuman", "only"})
#: how little: once a day, one packet, leftovers
_ONCE = frozenset({"sehari", "sekali", "1x", "bungkus", "sisa", "sisaan", "once"})
#: "jarang dikasih makan": seldom fed is not fed
_SELDOM = frozenset({"jarang", "jrg", "jarang2"})


def food(words: list[str], i: int, raw: str) -> Hit | None:
    """ "gk dikasih makan", "tidak diberi makan", "gk dikasih air (minum)", "belum makan 2 hari"."""
    if words[i] == "air" and (_NOT_DRINK.intersection(words[i + 1 : i + 3]) or _PLANTS.intersection(words[:i])):
        return None  # "gk dikasih air panas buat mandi", "tanaman gk dikasih air"
    if _A_DISH.intersection(words[i + 1 : i + 3]):
        return None  # "gk dikasih makan daging sama dokter", "gk dikasih makan babi": a dish, not food
    if words[i + 1 : i + 2] in (["yg"], ["yang"]) and not _ENOUGH.intersection(words[i + 2 : i + 4]):
        return None  # "gk boleh makan yg keras", "yg pedes2": a kind of food kept from her, not food
    j = i - 1
    if j >= 0 and words[j] in ("air", "jatah"):
        j -= 1  # "gk dikasih air minum bersih", "gk dapet jatah makan"
    object_first = j >= 0 and words[j] in FIRST  # "tak bagi saya makan": she is not fed
    if j >= 0 and (words[j] in ("yang", "yg", "untuk", "utk", "buat") or object_first):
        j -= 1
    if j >= 0 and words[j] in FOOD_GIVE:
        # "dikasih" is said of who is not fed; "kasih", "bagi" of who does not feed
        passive = words[j].startswith("di") or words[j] in ("dapat", "dapet", "dpt", "boleh", "bole", "kebagian")
        k = negator_before(words, j - 1, _SELDOM)
        if k < 0 and j > 0 and words[j - 1] in _ONLY and _ONCE.intersection(words[i + 1 : i + 6]):
            # "cuma dikasih mie 1 bungkus sehari", "hanya diberi makan sekali sehari": scant
            return Hit("danger", j - 1, i + 1, third_before(words, j - 1) if passive else False)
        if k < 0:
            return None
        return Hit("danger", k, i + 1, third_before(words, k) if passive and not object_first else False)
    if j >= 0 and words[j] in NEGATORS and _DAYS.intersection(words[max(0, i - 4) : i + 4]):
        # "belum makan 2 hari", "blm makan dr kemarin"
        return Hit("danger", j, i + 1, third_before(words, j))
    withheld = _withheld_after(words, i)
    if withheld >= 0:
        return Hit("danger", i, withheld + 1, third_before(words, i))
    return None


#: a food kept from her for her health or her faith, named right after the meal
_A_DISH = frozenset({"daging", "babi", "pork", "meat", "pedas", "pedes", "manis", "gorengan", "micin", "sambal",
                     "seafood", "udang", "gula", "sugar", "garam", "salt", "es", "coklat", "mie", "junk"})  # fmt: skip
#: food as she needs it: "gk dikasih makan yg layak", "yg cukup"
_ENOUGH = frozenset({"layak", "cukup", "bener", "benar", "bergizi", "proper", "sehat", "normal", "enak"})
#: how long without food: "2 hari", "dr kemarin", "seharian"
_DAYS = frozenset({"hari", "hr", "hri", "days", "day", "dino", "dinten", "hare", "kemarin", "kemaren", "kmrn", "kmren",
                   "seharian", "semalaman", "yesterday"})  # fmt: skip
#: the meal named first, then withheld: "makan nya gk dikasih", "makanan sy ga dikasih sm majikan"
_WHOSE = frozenset({"nya", "sy", "saya", "aku", "aq", "kami"})
_WITHHELD_GAP = frozenset({"pernah", "prnh", "juga", "jg", "lagi", "lg"})
#: what may follow the withholding verb when it ends the clause (not "gk dikasih pedes")
_CLAUSE_GOES_ON = frozenset({",", "sama", "sm", "ama", "oleh", "majikan", "agen", "bos", "udh", "udah", "sudah", "dr",
                             "dari", "sejak", "trs", "terus", "jadi", "jd", "sampe", "smp", "sampai"})  # fmt: skip
#: money for meals, which is not a meal: "uang makan gk dikasih"
_MEAL_MONEY = frozenset({"uang", "duit", "tunjangan", "biaya", "ongkos", "allowance", "money"})


def _withheld_after(words: list[str], i: int) -> int:
    """ "gaji dipotong buat makan tp makan nya gk dikasih": the meal, then a negated passive
    giving verb that ends the clause. The index of that verb, or -1."""
    if i and words[i - 1] in _MEAL_MONEY:
        return -1  # "uang makan gk dikasih": an allowance, not a meal
    k = i + 1
    if k < len(words) and words[k] in _WHOSE:
        k += 1
    if k >= len(words) or words[k] not in NEGATORS:
        return -1
    k += 1
    if k < len(words) and words[k] in _WITHHELD_GAP:
        k += 1
    if k >= len(words) or words[k] not in FOOD_GIVE or not words[k].startswith("di"):
        return -1
    return k if k + 1 == len(words) or words[k + 1] in _CLAUSE_GOES_ON else -1


#: who lets her out: "ga dikasih keluar", "tidak diizinkan keluar"
_LET = frozenset({"bagi", "kasi", "dikasih", "dikasi", "diberi", "dibolehin", "dibolehkan", "diperbolehkan", "diizinin",
                  "diizinkan", "diijinin", "diijinkan", "dibiarkan", "dibiarin", "boleh", "bole", "blh", "bleh",
                  "entuk", "dibenarkan", "benarkan",
                  # the active forms: "majikan gk bolehin sy keluar kamar", "gk ngebolehin"
                  "bolehin", "ngebolehin", "membolehkan", "ngizinin", "ngijinin", "mengizinkan", "izinin",
                  "ijinin", "kasih", "ngasih"})  # fmt: skip


#: weather that keeps everyone in
_WEATHER = frozenset({"hujan", "badai", "topan", "typhoon", "storm", "rain", "cuaca", "weather", "lockdown"})
#: going out at night or alone, which a house may forbid
#: a curfew's hour: "lewat jam 10", "after 10pm", "di atas jam 9"
_PAST = frozenset({"lewat", "lwt", "after", "past", "setelah", "stlh", "diatas", "habis", "abis", "lebih"})
_HOUR = frozenset({"jam", "jm", "pukul", "pkl", "10pm", "11pm", "9pm", "midnight", "tengah", "10", "11", "9", "12"})
_AT_NIGHT_ALONE = frozenset({"malam", "malem", "mlm", "malam2", "sendirian", "sendiri", "tengah"})


def _an_hour_named(words: list[str], i: int) -> bool:
    """An hour of the clock named before ("jam malam asrama pukul 10, gk boleh keluar lewat itu")."""
    return any(words[k] in _CLOCK and words[k + 1][:1].isdigit() for k in range(i - 1)) or "curfew" in words


_CLOCK = frozenset({"jam", "jm", "pukul", "pkl"})


#: what a meal is, in English and said of hers: "only one bread a day", "makannya cuma sisa"
SCANT_FOOD = frozenset({"bread", "rice", "meal", "meals", "food", "noodle", "noodles", "makannya", "makanannya",
                        "makan", "mkn", "makanan", "nasi", "mie", "indomie", "roti", "eat", "get", "give",
                        "given"})  # fmt: skip
#: how little, after "only": "one bread a day", "one time a day", "leftovers"
_LITTLE = _ONCE | frozenset({"leftover", "leftovers", "one", "1", "satu", "piring"})
_A_DAY = frozenset({"day", "sehari", "hari", "sisa", "sisaan", "leftover", "leftovers"})
_LEFTOVERS = frozenset({"sisa", "sisaan", "leftover", "leftovers", "basi"})
#: food nobody should be given, after "only": leftovers, spoiled food, bait ("makan cuma umpan ikan sama nasi basi")
_UNFIT = frozenset({"sisa", "sisaan", "leftovers", "basi", "busuk", "umpan", "spoiled", "rotten", "bait"})
_GIVEN = FOOD_GIVE | frozenset({"give", "gives", "gave", "given", "kasi"})
#: her own choice to eat little: saving, a diet, a fast
_CHOSEN = frozenset({"hemat", "ngirit", "irit", "diet", "puasa", "fasting", "save", "saving", "mau", "pengen"})


def scant_food(words: list[str], i: int, raw: str) -> Hit | None:
    """ "makannya cuma sisa dr piring majikan", "give only one bread a day", "only get rice one
    time a day": fed so little it is starving her; not a diet, a fast or money saved."""
    after = words[i + 1 : i + 8]
    if _CHOSEN.intersection(words):
        return None
    if after[:1] and after[0] in _LEFTOVERS and i and _GIVEN.intersection(words[max(0, i - 3) : i]):
        # "bos kasi sy makan sisa anjing": given leftovers to eat
        return Hit("danger", max(0, i - 2), i + 2, third_before(words, max(0, i - 2)))
    for k in range(i + 1, min(len(words), i + 6)):
        if words[k] == ",":
            break
        if (
            words[k] in _LEFTOVERS
            and k > i + 1
            and (words[k - 1] in ("dr", "dari", "from") or words[k + 1 : k + 2] == ["anjing"])
        ):
            # "makanan sy dikasih dr sisa anjing majikan", "dapet dari sisa": given what others left
            if _GIVEN.intersection(words[i + 1 : k]) or _GIVEN.intersection(words[max(0, i - 3) : i]):
                return Hit("danger", i, k + 1, third_before(words, i))
    only = next((k for k, w in enumerate(after[:3]) if w in _ONLY), -1)
    if only < 0 and _ONLY.intersection(words[max(0, i - 3) : i]):
        only = -1  # "madam only give me 1 bread one day": "only" before the giving
    elif only < 0:
        return None
    rest = after[only + 1 :]
    if "," in rest:
        rest = rest[: rest.index(",")]
    if not (_LITTLE.intersection(rest) and _A_DAY.intersection(rest)) and not _UNFIT.intersection(rest):
        return None
    return Hit("danger", i, i + 2 + only, third_before(words, i))


def not_let_out(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy ga dikasih keluar rumah", "tidak diizinkan keluar": kept in, whoever holds the key.
    Not "ga keluar 2 hari" (she stayed in), nor "ga bisa keluar" (ill, broke, or an app)."""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in _PAST and (_HOUR.intersection(words[i + 2 : i + 4]) or _an_hour_named(words, i)):
        return None  # "gk boleh keluar lewat jam 10 mlm", "pukul 10, gk boleh keluar lewat itu": a curfew
    if nxt in _AT_NIGHT_ALONE or _WEATHER.intersection(words):
        # "gk boleh keluar malam2 kata majikan", "... pas hujan badai": a house rule, the weather's
        # rule (not "krn sakit": that may be hers)
        return None
    j = i - 1
    if j >= 0 and words[j] in ("dilarang", "melarang", "larang"):
        if negated(words, j):
            return None  # "bkn dilarang keluar, sy bisa keluar tp gk punya iqama": she is not kept in
        return Hit("danger", j, i + 1, third_before(words, j))  # "sy dilarang keluar rumah"
    if j >= 1 and words[j] in FIRST and words[j - 1] in _LET:
        j -= 1  # Malay "tak bagi saya keluar": the one let out stands between
    if j < 0 or words[j] not in _LET or nxt in DEVICES | APPS:
        return None
    k = negator_before(words, j - 1)
    return Hit("danger", k, i + 1, third_before(words, k)) if k >= 0 else None


_DONT = frozenset({"jangan", "jgn", "jngn", "jgan", "dont", "don"})


_UPSTAIRS = frozenset({"lantai", "atas", "loteng", "kamar", "floor", "upstairs"})


def not_let_down(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy gk boleh turun dr lantai atas": kept upstairs, not let down (not "turun dr bus");
    also where the upper floor was said just before ("sy di lantai atas pabrik, udh 4 hari gk
    boleh turun")."""
    upstairs = _UPSTAIRS.intersection(words[i + 1 : i + 4]) or _UPSTAIRS.intersection(words[max(0, i - 12) : i])
    if not upstairs or not i or words[i - 1] not in _LET:
        return None
    k = negator_before(words, i - 2)
    if k > 0 and words[k - 1] in _GOES_DOWN:
        return None  # "gaji gk boleh turun": a figure, not her
    return Hit("danger", k, i + 1, third_before(words, k)) if k >= 0 else None


#: what else "turun" is said of
_GOES_DOWN = frozenset({"gaji", "gajinya", "harga", "nilai", "berat", "suhu", "rating", "salary", "price", "grade"})


def starving(words: list[str], i: int, raw: str) -> Hit | None:
    """ "kelaparan", "starving"; not a wish ("jgn mati kelaparan ya", said in jest)."""
    if negated(words, i) or _DONT.intersection(words[max(0, i - 3) : i]):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


#: a grave sign, said of her or someone near: "muntah darah", "pingsan", "kejang", "sesak napas"
_GRAVE = frozenset({"muntah", "pingsan", "kejang", "kejang2", "sesak", "sesek", "pendarahan", "perdarahan", "berdarah",
                    "lumpuh",
                    "bernanah", "patah", "fainted", "unconscious", "seizure", "bleeding", "collapse", "collapsed",
                    "broken", "infected", "gigitan", "melepuh", "memar", "lebam", "luka", "burn", "burns", "burned",
                    "wound", "wounds", "lukanya", "menghitam", "membusuk", "busuk", "mimisan",
                    # crushed: "kakinya remuk, bos gk mau bawa ke hospital"
                    "remuk", "crushed"})  # fmt: skip
#: what is coughed or thrown up: "batuk darah", "muntah getih"
_BLOOD = frozenset({"darah", "getih", "blood"})
_THROWN_UP = frozenset({"muntah", "batuk", "vomit", "vomiting", "cough", "coughing", "mutah"})
#: a finger or hand cut off: "her finger cut off", "jari nya putus"
_FINGER = frozenset({"finger", "fingers", "jari", "jarinya", "hand", "tangan", "tangannya", "kaki"})
#: a fall from a height: "jatuh dr lantai 3"
_FALL = frozenset({"jatuh", "fell", "fall", "tiba", "ceblok"})
_HEIGHT = frozenset({"lantai", "atap", "tangga", "balkon", "jendela", "floor", "roof", "ladder", "window"})
#: where care is: a hospital, a doctor, the shore for a man at sea
CARE = frozenset({"rs", "dokter", "klinik", "hospital", "doctor", "clinic", "darat", "puskesmas", "berobat",
                  "periksa", "rumah", "shore", "ambulance", "ambulans", "ambulan", "obat", "insulin", "medicine",
                  "sandar", "bersandar", "menepi", "mendarat", "port", "pelabuhan",
                  "obatnya", "inhaler", "ubar", "tamba"})  # fmt: skip
#: keeping her from it: "nolak bawa ke darat", "ga boleh ke RS", "not allowed to see doctor"
_REFUSE = frozenset({"nolak", "menolak", "tolak", "ditolak", "refuse", "refused", "refuses", "larang", "dilarang",
                     "melarang", "ngelarang", "nglarang", "ngelarangin"})  # fmt: skip
_ALLOW = frozenset({"boleh", "bole", "blh", "dibolehin", "dibolehkan", "diizinkan", "diizinin", "diijinkan", "dikasih",
                    "allowed", "allow", "let", "mau", "call", "panggil", "dibawa", "bawa", "antar", "dianter",
                    "dianterin", "beliin",
                    "belikan", "beli", "buy", "kasih", "izinin", "ijinin", "ngizinin", "ngijinin", "purun", "gelem",
                    "ngeterke", "nganter", "nganterin", "take", "took", "taken", "bring", "brought",
                    "bagi", "give", "gives", "gave", "diberi", "beri", "kasi", "dikasi", "dibere", "dipasihan",
                    "dikei", "entuk", "oleh", "payah", "usah", "perlu"})  # fmt: skip
#: said to be faking it: "majikan blg pura2", "katanya cuma alasan"
FAKING = frozenset({"pura", "bohong", "alasan", "faking", "pretending", "lying", "manja"})
_SAYS = frozenset({"bilang", "blg", "katanya", "ktnya", "dibilang", "dikira", "nuduh", "said", "says", "say", "jare"})
#: medicine she needs: "obat sy abis dan majikan ga mau beliin"
_MEDICINE = frozenset({"obat", "insulin", "medicine", "obatnya", "inhaler", "ubar"})


def _grave_scan(words: list[str]) -> int:
    """Where a grave sign is said: "pingsan", "batuk darah", "sakit parah", "jatuh dr lantai 3"."""
    for k, word in enumerate(words):
        if (
            word in _GRAVE
            or (word in _THROWN_UP and _BLOOD.intersection(words[k + 1 : k + 3]))
            or (word == "sakit" and words[k + 1 : k + 2] == ["parah"])
            or (word in _FALL and _HEIGHT.intersection(words[k + 1 : k + 4]))
            or (
                word in ("cut", "putus", "terpotong", "kepotong", "potong")
                and _FINGER.intersection(words[max(0, k - 3) : k])
            )
            or (word == "sakit" and words[k + 1 : k + 2] in (["dada"], ["jantung"]))  # chest pain
            or (word == "chest" and bool(_PAIN.intersection(words[k + 1 : k + 3])))
            or (word in _BLOOD_OF and _wont_stop(words, k))  # "darahnya gk berhenti"
            or (word in _STAND and _cannot_stand(words, k))  # "gk kuat berdiri", "cannot stand"
            or (word in _HARD and words[k + 1 : k + 2] and words[k + 1] in _BREATH)  # "susah napas"
            or (word == "dada" and bool(_PAIN_OR_TIGHT.intersection(words[k + 1 : k + 2])))  # "dada sakit"
            or (word in _ILL and _gravely(words, k))  # "sakit keras", "demam tinggi", "loro panas 5 dino"
            or (word == "jahitan" and bool(_OPENED.intersection(words[k + 1 : k + 4])))  # "jahitan sy kebuka"
        ):
            return k
    return -1


#: asked by several rules of one message: scanned once per message
_grave: PerMessage[int] = PerMessage(_grave_scan)


#: breath that comes hard: "ssh napas", "susah nafas", "sulit bernapas"
_HARD = frozenset({"susah", "ssh", "sulit", "sesak", "sesek", "hard", "difficult"})
_BREATH = frozenset({"napas", "nafas", "bernapas", "bernafas", "breathe", "breathing", "napasnya", "nafasnya"})
_PAIN_OR_TIGHT = frozenset({"sakit", "nyeri", "sesak", "sesek", "perih"})
#: being ill, in the languages she writes in: "sakit", "loro", "gering", "demam", "sick"
_ILL = frozenset({"sakit", "sakitnya", "loro", "gering", "demam", "meriang", "panas", "fever", "sick", "ill"})
#: how grave: "sakit keras", "gering parah", "very sick", "demam tinggi"
_GRAVELY = frozenset({"keras", "parah", "berat", "tinggi", "seriously", "badly", "high"})
_FEVERISH = frozenset({"loro", "badan", "badannya", "awak", "awake", "demam", "sakit", "meriang"})
#: days of it: "demam 4 hari", "loro panas wes 5 dino", "sick 3 days", "udh seminggu"
_SPAN = frozenset({"hari", "hr", "hri", "dino", "dinten", "days", "minggu", "mgg", "weeks", "week", "seminggu",
                   "sebulan", "berhari2", "bulan", "bln", "months"})  # fmt: skip
#: not the body: "sakit hati", "panas" weather, a hot dish, "sick of"
_NOT_BODY = frozenset({"hati", "ati", "hatiku", "of", "tired", "terik", "cuaca", "kompor", "matahari", "gigi",
                       "kepala", "head", "headache", "pilek", "flu"})  # fmt: skip


def _gravely(words: list[str], k: int) -> bool:
    """An illness at ``k`` told as grave or long: "sakit keras", "very sick", "demam tinggi",
    "loro panas wes 5 dino", "fever 4 days". Not "sakit hati", "sick of", the weather's "panas"."""
    word = words[k]
    after = words[k + 1 : k + 5]
    nxt = after[0] if after else ","
    if nxt in _NOT_BODY:
        return False
    if word == "panas" and nxt not in ("tinggi", "high") and not (k and words[k - 1] in _FEVERISH):
        return False  # the weather, a stove: "panas bgt 3 hari ini"
    if word in ("sick", "ill") and k and words[k - 1] in ("very", "really", "so", "seriously", "badly"):
        return True
    return nxt in _GRAVELY or bool(_SPAN.intersection(after))


#: blood that flows: "darahnya gk berhenti", "blood not stop"
_BLOOD_OF = _BLOOD | frozenset({"darahnya", "bleeding"})
_STOPS = frozenset({"berhenti", "brenti", "henti", "mampet", "stop", "stops", "stopping"})
_STAND = frozenset({"berdiri", "brdiri", "stand", "jalan", "walk", "liat", "lihat", "melihat", "see"})
#: stitches come open: "jahitan sy kebuka" ("kebuka" is read as "buka")
_OPENED = frozenset({"buka", "kebuka", "terbuka", "lepas", "copot", "sobek", "robek"})
_UNABLE = frozenset({"kuat", "bisa", "bs", "sanggup", "mampu", "cannot", "cant", "can", "able"})


def _wont_stop(words: list[str], k: int) -> bool:
    """ "darahnya gk berhenti", "blood not stop": bleeding that goes on."""
    return any(
        words[j] in _STOPS and negator_before(words, j - 1) >= j - 2 for j in range(k + 1, min(len(words), k + 4))
    )


def _cannot_stand(words: list[str], k: int) -> bool:
    """ "gk kuat berdiri", "udh gk bisa jalan", "i cannot stand, madam ...": the body giving way;
    not "cannot stand her voice" (an object after it)."""
    if k < 2 or words[k - 1] not in _UNABLE:
        return False
    if words[k - 1] in ("cannot", "cant"):
        unable = True
    else:
        unable = negator_before(words, k - 2) >= k - 3 or words[k - 2 : k] == ["can", "t"]
    after = words[k + 1] if k + 1 < len(words) else ","
    return unable and after not in _STOOD


#: what follows "cannot stand" when it is not bearing: "cannot stand her voice", "the smell"
_STOOD = frozenset({"her", "his", "him", "them", "it", "this", "that", "the", "my", "your", "you", "their", "people"})


_PAIN = frozenset({"pain", "pains", "hurt", "hurts", "sakit"})


def _not_allowed(words: list[str], k: int) -> bool:
    """ "ga boleh", "gk mau beliin": a word of allowing at ``k``, negated."""
    return words[k] in _ALLOW and negator_before(words, k - 1) >= 0


#: what may follow a refusal that ends its clause: "gk dibolehin madam", "ga dikasih sm majikan"
_ENDS_REFUSAL = frozenset({",", "sama", "sm", "ama", "oleh", "by", "majikan", "madam", "mam", "maam", "baba", "mama",
                           "tuan", "nyonya", "bos", "boss", "kapten", "captain", "mandor", "agen", "agency",
                           "katanya", "ktnya", "malah", "tp", "tapi", "pdhl", "padahal", "jare", "trs",
                           "terus"})  # fmt: skip
_IF_ = frozenset({"kalau", "kalo", "klo", "kl", "if", "jika", "seandainya", "andai"})
#: care put off: "nanti aja ke dokter", "dulu baru boleh ke rs", "wait after finish"
_PUT_OFF = frozenset({"nanti", "nnti", "ntar", "dulu", "baru", "tunggu", "wait", "later", "after", "abis", "habis"})
_WASTE = frozenset({"waste", "buang", "buang2", "mahal", "expensive"})
_SUPPOSED = frozenset({"misal", "misalnya", "nanti", "suatu", "seandainya", "andai", "someday", "example"})


#: the carer as the one who acts: "sama dokter", "by the doctor" (not "ke dokter")
_BY_WHOM = frozenset({"sama", "sm", "ama", "oleh", "by", "kata", "kt"})


def no_care(words: list[str], i: int, raw: str) -> Hit | None:
    """A grave sign and care kept from her, or her told she fakes it: "muntah darah, madam bilang
    pura2, ga boleh ke RS",
    "demam tinggi muntah darah, kapten nolak bawa ke darat". Not a sign alone (she may be at the
    clinic), nor a refusal alone (a day off to see a dentist)."""
    sign = _grave(words)
    if sign >= 0 and _SUPPOSED.intersection(words[max(0, sign - 6) : sign]) and _IF_.intersection(words[:sign]):
        return None  # "kalau misal nanti sy sakit parah ..., sy hrs telp siapa?": supposing
    if sign >= 0 and words[i] in FAKING:
        # "batuk darah, majikan blg pura2": told she is faking it, with a grave sign before
        said = any(w in _SAYS for w in words[max(0, i - 3) : i])
        return Hit("danger", sign, sign + 1, third_before(words, sign)) if said and sign < i else None
    if sign < 0 or (words[i] == "rumah" and words[i + 1 : i + 2] != ["sakit"]):
        return None  # "rumah sakit", not "rumah"
    if i and words[i - 1] in _BY_WHOM:
        return None  # "gk dikasih makan pedes sama dokter": the doctor's advice, not care kept from her
    start = max(0, i - 4)
    # "captain refuse to bring him to port": the refusal a few words further back
    refused = bool(_REFUSE.intersection(words[max(0, i - 6) : i])) or any(
        _not_allowed(words, k) for k in range(start, i)
    )
    # "the company say no hospital": care refused in so many words
    refused = refused or (i > 0 and words[i - 1] == "no" and bool(_SAYS.intersection(words[max(0, i - 3) : i])))
    # "majikan bilang nanti aja ke dokter abis lebaran", "bilang selesaiin shift dulu baru boleh ke
    # rumah sakit", "she say doctor waste money": care put off or belittled, in their words
    told = bool(_SAYS.intersection(words[max(0, i - 8) : i]))
    refused = refused or (told and bool(_PUT_OFF.intersection(words[max(0, i - 4) : i])))
    refused = refused or (told and bool(_WASTE.intersection(words[i + 1 : i + 3])))
    # "minta ke klinik gk dibolehin", "ke dokter ga dikasih sm madam": the care, then the refusal
    # ending its clause (not "ke dokter, gk boleh kerja dulu": a rest ordered)
    for k in range(i + 1, min(len(words), i + 4)):
        if words[k] == ",":
            break
        if _not_allowed(words, k) and (k + 1 == len(words) or words[k + 1] in _ENDS_REFUSAL):
            refused = True
    # "obat sy abis dan majikan ga mau beliin": the medicine, then the refusal
    if words[i] in _MEDICINE:
        refused = refused or any(_not_allowed(words, k) for k in range(i + 1, min(len(words), i + 7)))
    if not refused:
        return None
    return Hit("danger", sign, sign + 1, third_before(words, sign))


#: her medicine taken, thrown out or hidden: "inhaler diambil", "obat sy dibuang sm majikan"
_MEDICINE_GONE = frozenset({"diambil", "dibuang", "disita", "disembunyiin", "disembunyikan", "diumpetin", "ditahan",
                            "dirampas", "took", "taken", "threw", "thrown", "hid", "hidden", "throw",
                            # "diumpetin", as the reader brings it back
                            "umpet"})  # fmt: skip
#: medicine collected or discarded for its own sake: "obat sy diambil di apotek", "obat kadaluarsa dibuang"
_MEDICINE_ROUTINE = frozenset({"apotek", "apotik", "farmasi", "pharmacy", "resep", "prescription", "kadaluarsa",
                               "kadaluwarsa", "expired", "basi", "nyamuk"})  # fmt: skip
MEDICINE = _MEDICINE | frozenset({"obatku", "obatnya"})


def medicine_taken(words: list[str], i: int, raw: str) -> Hit | None:
    """ "asma kambuh, inhaler diambil", "obat darah tinggi sy dibuang majikan", "madam took my
    insulin": the medicine she lives on taken from her. Not collected at a pharmacy, expired, nor
    a mosquito coil."""
    if negated(words, i) or _MEDICINE_ROUTINE.intersection(words):
        return None
    if i > 1 and words[i - 1] in ("my", "her") and words[i - 2] in _MEDICINE_GONE:
        return Hit("danger", i - 2, i + 1, words[i - 1] == "her")  # "madam took my insulin"
    for k in range(i + 1, min(len(words), i + 5)):
        if words[k] == ",":
            return None
        if words[k] in _MEDICINE_GONE:
            return Hit("danger", i, k + 1, third_before(words, i))
    return None


#: pills from a shop, all she is given: "cuma kasih panadol", "obat warung"
OVER_THE_COUNTER = frozenset({"panadol", "paracetamol", "parasetamol", "bodrex", "painkiller",
                              "painkillers", "warung", "ponstan", "antangin"})  # fmt: skip


def only_pills(words: list[str], i: int, raw: str) -> Hit | None:
    """ "udah 4 hari demam tinggi, muntah darah, majikan cuma kasih panadol": a grave sign met
    with a shop's pills only, which is care kept from her (not "udh ke dokter, dikasih panadol")."""
    if not _ONLY.intersection(words[max(0, i - 4) : i]) or CARE.intersection(words) - {"obat", "obatnya", "rumah"}:
        return None
    sign = _grave(words)
    if sign < 0:
        return None
    return Hit("danger", sign, sign + 1, third_before(words, sign))


def denied_while_failing(words: list[str], i: int, raw: str) -> Hit | None:
    """ "gk boleh minum smp selesai, kemarin muntah2 pingsan di garasi", "gk dikasih istirahat abis
    operasi, jahitan sy kebuka": water or rest refused to a body giving way."""
    if i < 2 or not _not_allowed(words, i - 1):
        return None
    sign = _grave(words)
    if sign < 0 or hypothetical(words, i):
        return None
    return Hit("danger", i - 2, i + 1, third_before(words, i - 2))


#: made to go on: "dipaksa", "disuruh tetep shift", "madam still force me wash car"
FORCED = frozenset(
    {"dipaksa", "paksa", "maksa", "dipaksain", "force", "forced", "forces", "disuruh", "suruh", "nyuruh",
     # Javanese "dikon", "dikongkon" (told to), as "disuruh"
     "dikon", "dikongkon", "dikengken"}
)  # fmt: skip
#: made to, in so many words (not "disuruh", which is only told)
_MADE = frozenset({"dipaksa", "paksa", "maksa", "dipaksain", "force", "forced", "forces"})
_ON = frozenset({"tetep", "tetap", "ttp", "lanjut", "still", "continue", "keep", "terus", "trs", "lagi", "lg",
                 "langsung"})  # fmt: skip
#: said against the illness: "padahal sakit", "even though sick", "walau demam"
_DESPITE = frozenset({"padahal", "pdhl", "walau", "walaupun", "meski", "meskipun", "though", "although", "even",
                      "tapi", "tp", "tetep", "tetap", "still"})  # fmt: skip
_WORK = frozenset({"kerja", "kerjain", "bekerja", "shift", "lembur", "work", "working", "wash", "cook", "clean",
                   "masak", "nyuci", "ngepel", "nyapu", "angkat", "beres2", "bersih2", "jaga", "nyambut", "gawe",
                   "digawe", "ngangkat", "carry", "angkut"})  # fmt: skip


def worked_while_failing(words: list[str], i: int, raw: str) -> Hit | None:
    """ "kaki udh bengkak gk kuat berdiri tp disuruh tetep shift 16 jam", "fever 3 days cannot
    stand, madam still force me wash car": a body giving way, made to go on working. Not a
    grave sign told beside work that is hers to do ("dulu pernah pingsan, skrg disuruh istirahat")."""
    if negated(words, i) or hypothetical(words, i):
        return None
    reach = words[i + 1 : i + 5]
    if words[i] not in _MADE and not _ON.intersection(words[max(0, i - 2) : i + 3]):
        return None  # told to do something, not made to go on
    if not _WORK.intersection(reach):
        return None
    sign = _grave(words)
    if sign < 0 and (words[i] in _MADE or _DESPITE.intersection(words)):
        # made to work while ill: "forced to work even when i am sick", "gering parah tapi dipaksa digawe"
        sign = next(
            (k for k, w in enumerate(words) if w in _ILL and not _NOT_BODY.intersection(words[k + 1 : k + 2])), -1
        )
        if sign >= 0 and negated(words, sign):
            return None  # "gk sakit kok"
    if sign < 0 or abs(sign - i) > 14:
        return None
    return Hit("danger", min(sign, i), max(sign, i) + 1, third_before(words, min(sign, i)))


#: what makes "I can't breathe" a body in trouble rather than a figure of speech about heat or work
_BODY_IN_TROUBLE = frozenset({"chest", "pain", "painful", "hurt", "hurts", "help", "please", "tolong", "tlg", "asthma",
                              "asma", "faint", "pingsan", "hospital", "doctor", "clinic", "dokter", "rs", "dada",
                              "sakit", "blood", "darah", "dying", "emergency", "ambulance", "ambulans", "ambulan",
                              "sadar"})  # fmt: skip


def cannot_breathe(words: list[str], i: int, raw: str) -> Hit | None:
    """ "i cannot breathe, chest pain, employer not allow me go hospital": breath failing with
    pain or a plea; not "this heat, i cant breathe in the kitchen"."""
    before = words[max(0, i - 3) : i]
    if not ({"cannot", "cant"}.intersection(before) or NEGATORS.intersection(before) or before[-2:] == ["can", "t"]):
        return None
    if not _BODY_IN_TROUBLE.intersection(words):
        return None
    return Hit("danger", max(0, i - 2), i + 1, third_before(words, max(0, i - 2)))


_BLEEDING = frozenset({"bleeding", "bleed", "berdarah", "pendarahan", "perdarahan", "flek", "darah"})


def pregnant_and_bleeding(words: list[str], i: int, raw: str) -> Hit | None:
    """ "i am pregnant 7 month, bleeding a lot since morning, madam say wait": a pregnancy that
    bleeds is an emergency whoever is to blame (read as violence it was taken for a mishap)."""
    if negated(words, i):
        return None
    k = next((k for k in range(max(0, i - 8), min(len(words), i + 16)) if words[k] in _BLEEDING), -1)
    if k < 0 or negated(words, k):
        return None  # no bleeding told, or "hamil 3 bln, gk ada flek": not bleeding
    return Hit("danger", min(i, k), max(i, k) + 1, third_before(words, i))


_HUNGER_DAYS = frozenset({"days", "hari", "day", "harian"})


def hungry_for_days(words: list[str], i: int, raw: str) -> Hit | None:
    """ "she been hungry for days", "lapar udh 3 hari": hunger that lasts; not a missed lunch,
    nor a fast."""
    if negated(words, i) or "puasa" in words or "fasting" in words:
        return None
    if not _HUNGER_DAYS.intersection(words[i + 1 : i + 5]):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


#: a long time: months, years, since she came ("10 bulan gk pernah keluar", "dari dtg")
_LONG_SPAN = frozenset({"bulan", "bln", "bulanan", "tahun", "thn", "taun", "th", "setahun", "sebulan", "month",
                        "months", "year", "years", "dtg", "datang", "dateng", "arrive", "arrived", "came"})  # fmt: skip
#: why she stays in of her own accord, or for the law: ill, cold, afraid of a raid, overstaying
_OWN_REASONS = _WEATHER | frozenset({"sakit", "demam", "covid", "karantina", "quarantine", "males", "malas", "betah",
                                     "dingin", "panas", "ditangkap", "tangkap", "razia", "imigrasi", "overstay",
                                     "kaburan", "ilegal", "illegal", "sick", "akun", "aplikasi", "app", "grup",
                                     "group", "negara", "negeri", "country", "exit"})  # fmt: skip
#: "gk pernah keluar", "blm prnh keluar"
_NEVER = frozenset({"pernah", "prnh", "pernh", "ever", "never"})
#: able: "gk bisa keluar", "gk bs keluar"
_ABLE = frozenset({"bisa", "bs", "bsa", "bisaa", "can", "could", "able"})
#: someone asked to come for her: "tlg kirim orang", "jemput sy", "rescue me"
_RESCUE = CRY | frozenset({"jemput", "jemputin", "selamatkan", "rescue"})


def shut_in(words: list[str], i: int, raw: str) -> Hit | None:
    """Kept in, told without a lock: "10 bulan gk pernah keluar", "dari dtg sy blm prnh keluar"
    (never out for months), and "tlg kirim orang ke alamat ini, sy gk bisa keluar" (cannot get
    out, and asks for someone to come). Not "gk bisa keluar krn topan", "gk pernah keluar krn
    males", "gk bisa keluar dr grup", nor a curfew or a night out."""
    if _OWN_REASONS.intersection(words) or hypothetical(words, i):
        return None
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in DEVICES or nxt in APPS or nxt in _AT_NIGHT_ALONE:
        return None
    before = words[max(0, i - 4) : i]
    if not NEGATORS.intersection(before):
        return None
    k = max(j for j in range(max(0, i - 4), i) if words[j] in NEGATORS)
    if _NEVER.intersection(before) and _LONG_SPAN.intersection(words):
        return Hit("danger", k, i + 1, third_before(words, k))
    if words[i - 1 : i] and words[i - 1] in _ABLE and _RESCUE.intersection(words):
        return Hit("danger", i - 2, i + 1, third_before(words, i - 2))
    return None


#: the world outside, never seen: "gk pernah liat dunia luar", "gk liat matahari 3 hari"
_OUTSIDE_WORLD = frozenset({"luar", "matahari", "langit", "outside", "sun", "sunlight", "sky"})
#: weather or work hours that hide the sun from anyone: "musim dingin", "shift malam"
_SUN_HIDDEN = frozenset({"musim", "mendung", "winter", "salju", "snow", "kabut", "shift", "malam", "malem",
                         "cloudy", "negeri", "negara", "country", "abroad", "film", "movie", "foto", "photo",
                         "video"})  # fmt: skip


#: for how long: days, weeks, months
_SPAN_SAID = _LONG_SPAN | frozenset({"hari", "hr", "minggu", "mgg", "seminggu", "days", "weeks", "week"})


def never_outside(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy gk pernah liat dunia luar udh setahun", "dari dtg sy blm prnh liat jalan luar", "udh 3
    hari gk liat matahari, jendela ditutup": kept from the outside world. Not in a winter, on
    a night shift, nor "blm pernah liat luar negeri"."""
    if not NEGATORS.intersection(words[max(0, i - 3) : i]) or _SUN_HIDDEN.intersection(words):
        return None
    seen = words[i + 1 : i + 4]
    if "," in seen:
        seen = seen[: seen.index(",")]
    if not _OUTSIDE_WORLD.intersection(seen) or hypothetical(words, i):
        return None
    if not (_NEVER.intersection(words[max(0, i - 3) : i]) or _SPAN_SAID.intersection(words)):
        return None  # "hari ini gk liat matahari": for how long is not said
    k = max(j for j in range(max(0, i - 3), i) if words[j] in NEGATORS)
    return Hit("danger", k, i + 2, third_before(words, k))


#: where nobody is given to sleep: "sy tidur di kamar mandi", "I sleep in toilet", "tidur di gudang"
#: (not a kitchen, a living room or a container camp: the tune part labels those a complaint)
UNFIT_BEDS = frozenset({"toilet", "wc", "bathroom", "gudang", "storeroom", "store", "kandang", "cage", "balkon",
                        "balcony", "garasi", "garage", "lorong", "corridor", "tangga", "stairs", "teras",
                        "parit", "kolong", "stor"})  # fmt: skip
_BED_WORDS = frozenset({"tidur", "sleep", "sleeps", "slept", "sleeping"})
_AT = frozenset(
    {
        "di",
        "ning",
        "neng",
        "nang",
        "in",
        "on",
        "at",
        "kat",
        "dlm",
        "dalam",
        "inside",
        "the",
        "lantai",
        "floor",
        "kamar",
        "of",
        "a",
    }
)
#: chosen for the cool or the view: "tidur di balkon soalnya adem"
_CHOSEN_BED = frozenset({"adem", "sejuk", "panas", "gerah", "hot", "cool", "enak", "nyaman", "suka", "pengen", "mau",
                         "want", "like", "camping", "kemah"})  # fmt: skip


def sleeps_unfit(words: list[str], i: int, raw: str) -> Hit | None:
    """ "I sleep in toilet, no bed", "sy tidur di lantai kamar mandi", "kami tidur di garasi":
    made to sleep where nobody should. Hers or her people's (not the employer's child on the
    balcony), not chosen for the cool, not denied."""
    if negated(words, i) or hypothetical(words, i) or _CHOSEN_BED.intersection(words) or employer_side(words, i):
        return None  # "anak majikan tidur di balkon": the house's own
    k = i + 1
    while k < len(words) and k <= i + 4 and words[k] in _AT:
        k += 1
    if k == i + 1 or k >= len(words) or words[k] not in UNFIT_BEDS:
        if not (k < len(words) and words[k] == "mandi" and words[k - 1] == "kamar"):
            return None
    who = words[max(0, i - 3) : i]
    third = third_before(words, i)
    if not (FIRST | {"i", "we", "kami"}).intersection(who) and not third:
        return None
    return Hit("danger", i, k + 1, third and not FIRST.intersection(who))
