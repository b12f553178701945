"""Cut off from everyone: no phone at all, her contact cut, left with nothing and nowhere to go, her
papers or her phone taken away, abandoned by the agent. Rules of the danger reader
(``danger_rules.RULES``)."""

from __future__ import annotations

from flows.understand.danger_context import Hit, negated, negator_before, third_before
from flows.understand.danger_words import FIRST, NEGATORS

#: who lets her: "ga dibolehin pegang hp"
LET = frozenset({"boleh", "bole", "dibolehin", "dibolehkan", "diperbolehkan", "dikasih", "dikasi", "diberi",
                  "diizinkan", "diizinin", "diijinkan", "diijinin", "allowed"})  # fmt: skip

#: having a phone at all
_HOLD = frozenset({"pegang", "megang", "memegang", "punya", "pake", "pakai", "memakai", "bawa", "have", "use", "keep"})

#: "ga boleh pegang hp waktu kerja": a house rule for hours, not being cut off
_WHEN = frozenset({"waktu", "wkt", "pas", "saat", "jam", "kalau", "kalo", "klo", "during", "while", "at", "selama"})

#: her phone taken from her
_TAKEN = frozenset({"dirampas", "disita", "diambil", "ditahan", "dirampok", "taken", "confiscated", "dipegang"})

#: and no way to reach anyone: "sy ga bs hubungi siapa2", "ini pinjem hp tmn"
_CUT_OFF = frozenset({"pinjam", "pinjem", "minjem", "diam2", "diem2", "sembunyi2", "borrowed", "secretly", "watched",
                      "monitored", "diawasi", "dipantau"})  # fmt: skip

#: English: "they take our phones", "she took my phone"
_TAKE_EN = frozenset({"take", "took", "takes", "taking", "confiscate", "confiscated", "confiscates", "keep", "keeps",
                      "kept", "seized"})  # fmt: skip

_CONTACT = frozenset({"hubungi", "menghubungi", "hubungin", "kontak", "telpon", "nelpon", "contact", "call"})


def _seized(words: list[str], i: int) -> bool:
    """ "hp sy dirampas, sy ga bs hubungi siapa2": taken, and she says she is cut off."""
    return bool(_TAKEN.intersection(words[i + 1 : i + 4])) and _cut_off(words)


def _cut_off(words: list[str]) -> bool:
    """She says she cannot reach anyone, or is watched: "ga bs hubungi siapa2", "pinjem hp tmn"."""
    for k, word in enumerate(words):
        if word in _CUT_OFF or (word in _CONTACT and any(w in NEGATORS for w in words[max(0, k - 3) : k])):
            return True
    return False


def no_phone(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy gk dibolehin pegang hp sama sekali", "hp dirampas, ga bisa hubungi siapa2": cut off
    from everyone; not a rule for work hours, nor a phone kept for an exam and given back."""
    if _seized(words, i):
        return Hit("danger", i, i + 2, third_before(words, i))
    if i >= 2 and words[i - 1] in ("our", "my", "her") and words[i - 2] in _TAKE_EN and _cut_off(words):
        return Hit("danger", i - 2, i + 1, words[i - 1] == "her")  # "they take our phones, we are watched"
    if i >= 2 and words[i - 1] in _HOLD and words[i - 2] in ("dilarang", "melarang"):
        if not _WHEN.intersection(words[i + 1 : i + 4]):
            return Hit("danger", i - 2, i + 1, third_before(words, i - 2))  # "sy dilarang pegang hp"
    if i < 2 or words[i - 1] not in _HOLD or words[i - 2] not in LET:
        return None
    if _WHEN.intersection(words[i + 1 : i + 4]):
        return None
    k = negator_before(words, i - 3)
    return Hit("danger", k, i + 1, third_before(words, k)) if k >= 0 else None


#: reaching someone: "gk dibolehin nelpon siapa2", "not allowed to call anyone"
_REACH = frozenset({"nelpon", "telpon", "telepon", "menelpon", "hubungi", "menghubungi", "hubungin", "kontak",
                    "ketemu", "bertemu", "bicara", "ngobrol", "chat", "wa", "contact", "call", "talk", "see", "meet",
                    "speak"})  # fmt: skip


def cut_off(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy gk dibolehin nelpon siapa2", "not allowed to call anyone": kept from everyone."""
    k = next((k for k in range(i - 1, max(-1, i - 4), -1) if words[k] in _REACH), -1)
    if k < 1:
        return None
    forbid = LET | {"dilarang", "melarang"}
    let = next((m for m in range(k - 1, max(-1, k - 4), -1) if words[m] in forbid), -1)
    if let < 0:
        return None
    start = let if words[let] in ("dilarang", "melarang") else negator_before(words, let - 1)
    return Hit("danger", start, i + 1, third_before(words, start)) if start >= 0 else None


_CONTACT_WITH = frozenset({"komunikasi", "kontak", "hubungan", "contact", "communication"})


def contact_cut(words: list[str], i: int, raw: str) -> Hit | None:
    """ "komunikasi sy sama keluarga diputus majikan": cut off from her family by someone."""
    before = words[max(0, i - 5) : i]
    if negated(words, i) or not _CONTACT_WITH.intersection(before):
        return None
    return Hit(
        "danger",
        i - len(before) + min(k for k, w in enumerate(before) if w in _CONTACT_WITH),
        i + 1,
        third_before(words, i),
    )


#: why she cannot go anywhere that is no one's doing: "gk bisa kemana2 krn gk ada uang"
_REASONS = frozenset({"uang", "duit", "hujan", "sakit", "capek", "covid", "lockdown", "libur", "kerja", "ongkos",
                      "money", "rain", "sick", "busy", "sibuk", "visa", "paspor"})  # fmt: skip

_CAN = frozenset({"bisa", "bs", "boleh", "bole", "dibolehin", "dikasih", "dikasi", "diberi", "diizinkan", "can",
                  "allowed", "able"})  # fmt: skip


def nowhere(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy gk bisa kemana2, pintu pagar dikunci": kept in, when nothing else explains it."""
    before = words[max(0, i - 4) : i]
    if not (_CAN.intersection(before) and NEGATORS.intersection(before)) or _REASONS.intersection(words):
        return None
    start = max(0, i - 3)
    return Hit("danger", start, i + 1, third_before(words, start))


#: left in the desert or a forest: "dikeluarin dr mobil di tengah gurun"
_LEFT = frozenset({"ditinggal", "ditinggalin", "ditinggalkan", "dibuang", "diturunin", "diturunkan", "dikeluarin",
                   "dikeluarkan", "diusir", "dilepas", "left", "abandoned", "dumped", "dropped",
                   "keluarin", "keluarkan", "turunin", "turunkan", "buang"})  # fmt: skip


def abandoned(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy dikeluarin dr mobil di tengah gurun sama sponsor": abandoned where no one is; "sy
    ditinggal sendirian tanpa makanan": left alone without what she lives on."""
    if words[i] in _LEFT_ALONE:
        return _left_without(words, i)
    if words[i] == "pasir" and words[i - 1 : i] != ["padang"]:
        return None  # sand, not the desert ("padang pasir")
    for k in range(i - 1, max(-1, i - 7), -1):
        if words[k] == ",":
            return None
        if words[k] in _LEFT and not negated(words, k):
            return Hit("danger", k, i + 1, third_before(words, k))
    return None


#: left behind alone: "ditinggal sendirian"
_LEFT_ALONE = frozenset({"sendirian", "sendiri", "alone"})

#: what she lives on, left without: "tanpa makanan", "without food", "gk ada makanan"
_WITHOUT = frozenset({"tanpa", "without", "no"})

_MEANS_OF_LIFE = frozenset({"makanan", "makan", "mkn", "uang", "duit", "hp", "food", "money", "phone", "minum", "air",
                            "water", "paspor", "passport"})  # fmt: skip


def _left_without(words: list[str], i: int) -> Hit | None:
    """ "sy dibawa ke rumah kosong, ditinggal sendirian tanpa makanan": left alone by someone, with
    nothing to live on; not "ditinggal sendirian di rumah" while the house is away, nor lonely."""
    k = i - 2 if i >= 2 and words[i - 1] in (FIRST | {"me", "her", "us"}) else i - 1  # "left me alone"
    if k < 0 or words[k] not in _LEFT or negated(words, k):
        return None
    after = words[i + 1 : i + 5]
    if not any(w in _WITHOUT and _MEANS_OF_LIFE.intersection(after[n + 1 : n + 3]) for n, w in enumerate(after)):
        return None
    return Hit("danger", k, i + 1, third_before(words, k) or words[i - 1] in ("her",))


#: deprived as a punishment or for days: "sy dihukum gk boleh tidur 2 hari"
_PUNISHED = frozenset({"dihukum", "hukuman", "hukum", "punished", "punishment", "dihukumnya"})

_SPAN = frozenset({"hari", "hr", "malam", "malem", "mlm", "semalaman", "days", "nights", "day", "night"})


def deprived(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy dihukum gk boleh tidur 2 hari", "ga dikasih istirahat 3 hari": kept from sleep or
    rest as a punishment or for days on end; "ga boleh istirahat siang" is a work rule."""
    if i < 2 or words[i - 1] not in _CAN or not NEGATORS.intersection(words[max(0, i - 4) : i - 1]):
        return None
    if not (_PUNISHED.intersection(words) or _SPAN.intersection(words[i + 1 : i + 4])):
        return None
    start = max(0, i - 2)
    return Hit("danger", start, i + 1, third_before(words, start))


#: at night: "tengah malem", "jam 3 pagi", "midnight"
_AT_NIGHT = frozenset({"tengah", "midnight", "malam2", "malem2", "mlm2", "dini"})

_SMALL_HOURS = frozenset({"1", "2", "3", "4"})

#: nobody around: "rumah di gunung yg ga ada tetangganya"
_ISOLATED = frozenset({"gunung", "hutan", "terpencil", "pedalaman", "nowhere"})

#: not knowing where, or cut off: "ga tau ini dimana", "hp sy diambil", "don't know where"
_WHERE = frozenset({"dimana", "kemana", "where", "mana", "dmn", "dimn"})

KNOW = frozenset({"tau", "tahu", "know", "ngerti"})

_PHONE_TAKEN = frozenset({"diambil", "disita", "dirampas", "taken"})


def _at_night(words: list[str]) -> bool:
    return bool(_AT_NIGHT.intersection(words)) or any(
        w == "jam" and words[k + 1 : k + 2] and words[k + 1] in _SMALL_HOURS and "pagi" in words[k + 2 : k + 4]
        for k, w in enumerate(words)
    )


def _lost_where(words: list[str]) -> bool:
    """ "ga tau ini dimana", "gk tau ini daerah mana", "don't know where"."""
    return any(
        word in _WHERE
        and any(
            words[j] in KNOW and (negated(words, j) or words[max(0, j - 2) : j] == ["don", "t"])
            for j in range(max(0, k - 3), k)
        )
        for k, word in enumerate(words)
    )


def _lost_here(words: list[str]) -> bool:
    """She does not know where she is: "gk tau ini dimana", "gk tau ini daerah mana", "dont know
    where i am"; not where something else is ("gk tau dimana kantornya")."""
    for k, word in enumerate(words):
        if word not in _WHERE or not _lost_where(words[max(0, k - 4) : k + 1]):
            continue
        nxt = words[k + 1 : k + 3]
        if not nxt or nxt[0] == "," or "ini" in words[max(0, k - 2) : k] or nxt in (["i", "am"], ["we", "are"]):
            return True
        if words[k - 1] in ("daerah", "tempat", "kota"):
            return True
    return False


def _lost_or_cut_off(words: list[str]) -> bool:
    if _lost_where(words):
        return True  # "ga tau ini dimana", "don't know where"
    for k, word in enumerate(words):
        if word in _BACK and negated(words, k):
            return True  # "gk balik2", "never came back": not seen since
        if word in _PHONES and _DEAD.intersection(words[k + 1 : k + 3]) and not _BATTERY.intersection(words):
            return True  # "skrg hp mati": nobody can reach her (not "mati lowbat")
    return _taken(words, _PHONES)  # "hp sy diambil"


#: coming back, denied: "gk balik2", "tidak kembali", "never came back"
_BACK = frozenset({"balik", "kembali", "pulang", "back", "return", "returned"})

#: a phone that does not answer, not one whose battery ran out
_DEAD = frozenset({"mati", "off", "nonaktif", "dead"})

_BATTERY = frozenset({"lowbat", "batre", "baterai", "batrai", "battery", "charge", "cas", "ngecas", "charger"})

_PHONES = frozenset({"hp", "phone", "handphone"})


def _taken(words: list[str], things: frozenset[str]) -> bool:
    """One of ``things`` is said to be taken from her a few words on: "hp sy diambil"."""
    return any(w in things and _PHONE_TAKEN.intersection(words[k + 1 : k + 4]) for k, w in enumerate(words))


def taken_away(words: list[str], i: int, raw: str) -> Hit | None:
    """ "dipindah tengah malem ke rumah lain sm agen, ga tau ini dimana": moved by others at night
    or to where nobody is, and lost or cut off. Not a move alone ("dipindah ke rumah anaknya")."""
    if negated(words, i):
        return None
    if words[i] in _MOVING_HER and words[i + 1 : i + 2] not in ([w] for w in FIRST):
        return None  # "pindahin barang": she is not the one moved
    if _BORDER.intersection(words[i + 1 : i + 4]) and (_PLEADING.intersection(words) or _taken(words, _PAPERS)):
        # "katanya mau dibawa ke perbatasan. paspor diambil, hp mau disita. tlg"
        return Hit("danger", i, i + 1, third_before(words, i))
    if _lost_here(words) and _MOVED_ON.intersection(words[i + 1 : i + 5]):
        # "sy dipindah ke rumah lain, sy gk tau ini daerah mana": moved on and lost, by day too
        return Hit("danger", i, i + 1, words[i] not in _MOVING_HER and third_before(words, i))
    if not (_at_night(words) or _ISOLATED.intersection(words)):
        return None
    if not _lost_or_cut_off(words):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


#: the active verbs, said of her only with her right after: "pindahin sy"
_MOVING_HER = frozenset({"pindahin", "mindahin", "memindahkan"})

#: moved on to another house or place: "dipindah ke rumah lain", "pindahin sy ke gedung lain"
_MOVED_ON = frozenset({"rumah", "gedung", "majikan", "apartemen", "mess", "house", "building"})

_BORDER = frozenset({"perbatasan", "border", "tapal"})

_PLEADING = frozenset({"tolong", "tlg", "help", "tolongin", "takut", "scared"})

#: her papers or phone taken on the way: "paspor diambil, hp mau disita"
_PAPERS = frozenset({"paspor", "passport", "hp", "phone", "dokumen"})
