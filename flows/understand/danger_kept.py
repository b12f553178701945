"""Kept in or unfed: "gk dikasih makan", "belum makan 2 hari", "sy ga dikasih keluar rumah",
"dilarang keluar", "kelaparan"; not a meal skipped, not a house rule about nights or storms.
Kept from a doctor is in ``danger_no_care``."""

from __future__ import annotations

from flows.understand.danger_context import Hit, employer_side, hypothetical, negated, negator_before, third_before
from flows.understand.danger_no_care import MEDICINES, ONLY
from flows.understand.danger_words import APPS, CRY, DEVICES, FIRST, FOOD_GIVE, NEGATORS

#: water that is not for drinking: "gk dikasih air panas buat mandi"
_NOT_DRINK = frozenset({"panas", "hangat", "anget", "dingin", "mandi", "galon", "cuci", "keran", "ledeng", "wudhu"})
_PLANTS = frozenset({"tanaman", "taneman", "bunga", "pohon", "kebun", "sayur", "plants", "plant"})
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
        if k < 0 and j > 0 and words[j - 1] in ONLY and _ONCE.intersection(words[i + 1 : i + 6]):
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
    only = next((k for k, w in enumerate(after[:3]) if w in ONLY), -1)
    if only < 0 and ONLY.intersection(words[max(0, i - 3) : i]):
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


MEDICINE = MEDICINES | frozenset({"obatku", "obatnya"})


#: pills from a shop, all she is given: "cuma kasih panadol", "obat warung"
OVER_THE_COUNTER = frozenset({"panadol", "paracetamol", "parasetamol", "bodrex", "painkiller",
                              "painkillers", "warung", "ponstan", "antangin"})  # fmt: skip


#: made to go on: "dipaksa", "disuruh tetep shift", "madam still force me wash car"
FORCED = frozenset(
    {"dipaksa", "paksa", "maksa", "dipaksain", "force", "forced", "forces", "disuruh", "suruh", "nyuruh",
     # Javanese "dikon", "dikongkon" (told to), as "disuruh"
     "dikon", "dikongkon", "dikengken"}
)  # fmt: skip


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
