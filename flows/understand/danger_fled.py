"""Fled and hunted, or thrown out: "sy kabur ..., org agen lg nyari sy", chased, a friend vanished,
run out at night, cast out on the street. Each needs two things said together; one alone is
everyday ("sy kabur dr rutinitas"). Rules of the danger reader (``danger_rules.RULES``)."""

from __future__ import annotations

from flows.understand.danger_context import Hit, hypothetical, negated, third_before
from flows.understand.danger_words import FIRST, NEGATORS

#: looking for her: "lg nyari sy", "nyariin", "looking for me", "searching"
_SEARCHING = frozenset({"nyari", "nyariin", "mencari", "mencariku", "cari", "ngejar",
                        "looking", "searching", "search", "hunting", "chasing", "chase", "dicari", "dikejar",
                        "diburu", "ngeburu", "memburu"})  # fmt: skip

#: who hunts her: the house, the agency, the boss ("they" when the house was named)
_PURSUERS = frozenset({"majikan", "mjkn", "majikannya", "agen", "agensi", "agency", "baba", "madam", "mama", "kafil",
                       "bos", "boss", "tuan", "sir", "employer", "employers", "sponsor", "calo", "they", "mereka",
                       "mandor", "kapten", "captain", "suaminya", "anaknya", "tauke", "laoban", "sopir", "driver",
                       "satpam", "guard", "guards", "org", "orang", "people", "men"})  # fmt: skip

#: who looks for her out of love, not to take her back: "keluarganya di kampung nyariin"
_KIN_SEARCHING = frozenset({"keluarga", "keluarganya", "family", "ibu", "ibunya", "ortu", "suami", "temen", "teman",
                            "polisi", "police"})  # fmt: skip

#: now, or with a car or a motorbike: "lg nyari", "are looking", "pake mobil"
_UNDER_WAY = frozenset({"lg", "lagi", "sedang", "skrg", "sekarang", "now", "are", "is", "masih", "still", "mobil",
                        "motor", "car", "pake", "pakai", "with", "keliling"})  # fmt: skip

_HER = frozenset({"me", "us", "her", "dia", "kami", "aq", "ku"})


def hunted(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy kabur dr penampungan, skrg di masjid, org agen lg nyari sy", "i escape now but they are
    looking for me with their car": she fled and the house or the agency is after her now. Not
    her family looking for her, nor "kabur" told as over ("udh di shelter KBRI")."""
    if negated(words, i) or hypothetical(words, i):
        return None
    for k in range(i + 1, min(len(words), i + 30)):
        if words[k] not in _SEARCHING:
            continue
        before = words[max(0, k - 4) : k]
        if _KIN_SEARCHING.intersection(before) or not _PURSUERS.intersection(before):
            continue
        if not _UNDER_WAY.intersection(words[max(0, k - 3) : k + 6]) or negated(words, k):
            continue
        whom = words[k + 1 : k + 4]
        if not (FIRST | _HER).intersection(whom) and whom[:1] not in ([], [","], ["pake"], ["pakai"], ["with"]):
            continue  # "mereka lagi nyari kerja": not her they look for
        return Hit("danger", i, k + 1, third_before(words, i))
    return None


_NEXT = frozenset({"berikutnya", "selanjutnya", "next", "kyk", "kayak", "kaya", "seperti", "like", "giliran"})


def vanished(words: list[str], i: int, raw: str) -> Hit | None:
    """ "tmn sy satu udh 'dibuang' minggu lalu, kapten bilang sy berikutnya", "klo ada yg mau
    pulang katanya bakal 'hilang' kyk si Darto": a person made to vanish, said in quotes as a
    threat. Not a lost phone or a thing thrown away (no quotes, or nobody said next)."""
    word = words[i]
    if not any(q + word in raw.lower() for q in ("'", '"', "‘", "“")):
        return None
    if not (
        _NEXT.intersection(words[i + 1 : i + 8])
        or _NEXT.intersection(words[max(0, i - 6) : i])
        or {"bilang", "katanya", "ancam", "ngancam", "said", "say", "bakal", "akan", "will"}.intersection(
            words[max(0, i - 6) : i]
        )
    ):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


_CHASE_MEANS = frozenset({"motor", "mobil", "car", "jatuh", "fell", "fall", "golok", "pisau", "parang", "knife",
                          "kayu", "tongkat", "palu", "takut", "scared", "stick", "keliling", "sembunyi",
                          "ngumpet", "kunci"})  # fmt: skip

_PETS_AND_PLAY = frozenset({"anjing", "dog", "kucing", "cat", "angsa", "ayam", "main", "mainan", "petak", "game",
                            "bola", "bus", "kereta", "pesawat", "kerja", "lowongan", "jodoh", "kos"})  # fmt: skip

_NAMED_PURSUERS = _PURSUERS - {"org", "orang", "people", "men", "they", "mereka"}


def chased(words: list[str], i: int, raw: str) -> Hit | None:
    """ "bos ngejar sy pake motor, sy jatuh", "jatuh dr tangga pas dikejar baba", "org agen dateng
    ke rumah ortu sy bawa golok, nyari sy": chased or sought by someone of the house or the
    agency, with a vehicle, a weapon, a fall or fear. Not a dog, a game, a bus."""
    if negated(words, i) or hypothetical(words, i) or _PETS_AND_PLAY.intersection(words[max(0, i - 3) : i + 4]):
        return None
    passive = words[i].startswith("di")
    who = words[i + 1 : i + 3] if passive else words[max(0, i - 6) : i]
    if not _NAMED_PURSUERS.intersection(who):
        return None
    if not passive and not (FIRST | _HER).intersection(words[i + 1 : i + 3]):
        return None
    if not _CHASE_MEANS.intersection(words[max(0, i - 8) : i + 8]):
        return None
    return Hit("danger", max(0, i - 1), i + 2, third_before(words, i))


_LATE = frozenset({"tengah", "midnight", "malem", "malam", "mlm", "night", "subuh", "dini"})

_WITHOUT = frozenset({"tanpa", "without", "no", "gk", "ga", "gak", "nggak", "tdk", "tidak"})

_NEEDS = frozenset({"paspor", "passport", "uang", "duit", "money", "shoe", "shoes", "sandal", "hp", "phone", "baju",
                    "dokumen", "ongkos", "apa2"})  # fmt: skip


def cast_out(words: list[str], i: int, raw: str) -> Hit | None:
    """ "majikan usir sy tengah malem tanpa paspor tanpa uang", "madam kick me out at midnight no
    shoe no money": put out of the house at night with nothing. Not kicked out of a chat group."""
    if negated(words, i) or hypothetical(words, i):
        return None
    if words[i] in ("kick", "kicked", "kicks", "throw", "threw") and "out" not in words[i + 1 : i + 4]:
        return None
    if words[i] in ("dibuang",) and not {"jalan", "pinggir", "road"}.intersection(words[i + 1 : i + 5]):
        return None
    near = words[max(0, i - 3) : i + 10]
    if not _LATE.intersection(near) or not any(
        w in _WITHOUT and _NEEDS.intersection(near[k + 1 : k + 3]) for k, w in enumerate(near)
    ):
        return None
    if {"grup", "group", "grupnya", "chat", "wa"}.intersection(near):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


#: now: "skrg di jalan", "now at bus stop"
_NOW = frozenset({"skrg", "sekarang", "skrng", "skr", "skrang", "now", "lg", "lagi", "masih"})

#: out in the open, with no roof of her own: the street, a park, a mosque, a station
_OUT_IN_THE_OPEN = frozenset({"jalan", "jalanan", "jln", "pinggir", "trotoar", "taman", "masjid", "mesjid", "musholla",
                              "mushola", "surau", "halte", "stasiun", "terminal", "emperan", "semak", "semak2", "hutan",
                              "street", "road", "park", "mosque", "bus", "station", "roadside", "bushes"})  # fmt: skip

#: safe now: a shelter, the embassy, a friend's roof, the police ("skrg udh di shelter KBRI")
_SAFE_NOW = frozenset({"shelter", "kbri", "kjri", "kedutaan", "embassy", "konsulat", "consulate", "aman", "safe",
                       "numpang", "nebeng", "temen", "teman", "tmn", "kawan", "friend", "penampungan", "kampung",
                       "indo", "indonesia"})  # fmt: skip

#: flight words that are also everyday ones ("lari pagi", "run the shop"): fled only when from
#: somewhere ("lari dr rumah majikan", "run away")
_FROM = frozenset({"dr", "dari", "from", "away", "keluar"})

#: the house she left: "left employer house", "left the house"
_THE_HOUSE = frozenset({"employer", "employers", "house", "majikan", "rumah", "madam", "sir", "boss"})

#: who may flee and leave her behind: "bos nya kabur", "agen kabur bawa duit"
_BOSSES = _PURSUERS - {"org", "orang", "people", "men", "they", "mereka"}

#: it was long ago: "pernah kabur", "dulu kabur"
_LONG_AGO = frozenset({"pernah", "prnh", "dulu", "dlu", "waktu", "thn", "tahun", "taun", "year", "years"})


def fled_out(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy kabur dr rumah majikan, skrg di pinggir jalan gk tau mau kmn", "i left employer house
    just now, sitting at bus stop, where i should go": she fled and is out in the open now, with
    nowhere to go. Not "skrg udh di shelter" or at a friend's, nor "lari pagi di taman", nor a
    flight long ago ("dulu pernah kabur, skrg udh kerja di tempat baru")."""
    word = words[i]
    if word in ("lari", "run", "ran", "lompat", "loncat", "left") and not _FROM.intersection(words[i + 1 : i + 3]):
        if not (word == "left" and _THE_HOUSE.intersection(words[i + 1 : i + 3])):
            return None
    if negated(words, i) or hypothetical(words, i) or _LONG_AGO.intersection(words[max(0, i - 3) : i + 8]):
        return None
    if _BOSSES.intersection(words[max(0, i - 3) : i]) and not FIRST.intersection(words[max(0, i - 3) : i]):
        return None  # "bos nya kabur gk tau kemana": the boss fled, not she
    after = words[i + 1 : i + 30]
    if _SAFE_NOW.intersection(after):
        return None
    for k, now in enumerate(after):
        if now in _NOW and _OUT_IN_THE_OPEN.intersection(after[k + 1 : k + 5]):
            return Hit("danger", i, i + k + 2, third_before(words, i))
        if now in _WHERE_TO and _lost(after, k):
            return Hit("danger", i, i + k + 2, third_before(words, i))
    return None


#: "gk tau mau kemana", "gk tau arah", "where i should go"
_WHERE_TO = frozenset({"kemana", "kmn", "kmana", "arah", "where"})

_KNOW = frozenset({"tau", "tahu", "tw", "know"})


def _lost(after: list[str], k: int) -> bool:
    """ "gk tau mau kmn", "ga tau arah", "where i should go", "dont know where to go"."""
    before = after[max(0, k - 3) : k]
    if after[k] == "where":
        return "go" in after[k + 1 : k + 4] or "sleep" in after[k + 1 : k + 4]
    return bool(_KNOW.intersection(before)) and bool(NEGATORS.intersection(after[max(0, k - 4) : k]))
