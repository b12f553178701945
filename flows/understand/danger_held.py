"""Rules for being held and watched, which rarely use a violent word: "sy merasa tidak aman",
hiding from the agent, let home only after she pays, kept inside, hidden away, injected. Near
kin: a man at night in ``danger_night``, cut off from everyone in ``danger_cut_off``, frightened
into staying in ``danger_fear``."""

from __future__ import annotations

from flows.understand.danger_context import Hit, hypothetical, negated, negator_before, third_before
from flows.understand.danger_cut_off import KNOW, LET
from flows.understand.danger_night import AFRAID, FORCING
from flows.understand.danger_words import CRY, FIRST

#: feeling, not a thing being safe: "sy merasa tidak aman"
_FEEL = frozenset({"merasa", "ngerasa", "rasa", "feel", "feeling", "terasa"})
#: a place after "tidak aman": "gk aman di sini"
_HERE = frozenset({"di", "disini", "dsini", "here", "disana", "dirumah"})
#: "tidak aman buat kirim uang": a thing or a way is unsafe, not she
_FOR = frozenset({"buat", "untuk", "utk", "kirim", "transfer", "to", "for", "klo", "kalau", "kalo", "lewat", "via"})


def unsafe(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy merasa tidak aman", "gk aman disini", "i don't feel safe": she is not safe."""
    if not negated(words, i):
        return None
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in _FOR:
        return None
    before = words[max(0, i - 5) : i]
    if not (_FEEL.intersection(before) or FIRST.intersection(before) or nxt in _HERE):
        return None
    start = max(0, i - 2)
    return Hit("danger", start, i + 1, third_before(words, start))


#: fear or flight in the same message as hiding
_FLIGHT = frozenset(
    {"takut", "tkt", "ketakutan", "scared", "afraid", "kabur", "lari", "escaped", "ran", "ketahuan", "dicari",
     "dikejar", "found", "ditemukan", "teriak", "teriak2", "marah", "ngamuk", "nyariin", "nyari", "mencari", "gedor",
     "shouting", "looking", "mabuk", "drunk", "banting", "membanting", "ngamuk2", "lempar", "ngelempar"}
)  # fmt: skip
#: hiding in play
_PLAY = frozenset({"main", "petak", "seek", "game", "games", "permainan"})


def hiding(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy sembunyi di toilet mall, takut ketahuan agen": she hides from someone."""
    if negated(words, i) or _PLAY.intersection(words[max(0, i - 3) : i + 3]):
        return None
    before = words[max(0, i - 5) : i]
    # "sy kabur, skrg sembunyi di masjid": the subject is said once, before the comma; also
    # further back when this clause names no one ("sy kabur dr kapal pas nyandar di mauritius,
    # skrg sembunyi")
    hers = i == 0 or bool(FIRST.intersection(before)) or (_subject_left_out(words, i) and not _with_friends(words, i))
    if not (hers and _FLIGHT.intersection(words)):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


#: what may stand before a verb whose subject was said in an earlier clause: "..., skrg sembunyi"
_ELIDED = frozenset({"skrg", "sekarang", "skrng", "skr", "now", "lg", "lagi", "masih", "trus", "terus", "trs", "lalu",
                     "udh", "udah", "sudah", "dah", "then", "and", "dan", "sambil"})  # fmt: skip


def _subject_left_out(words: list[str], i: int) -> bool:
    """The clause of ``i`` names no one ("..., skrg sembunyi") and the message's first clause is
    hers ("sy kabur lompat pagar")."""
    k = i - 1
    while k >= 0 and words[k] in _ELIDED:
        k -= 1
    if k >= 0 and words[k] != ",":
        return False
    first = words[: words.index(",")] if "," in words[:i] else []
    return bool(FIRST.intersection(first[:3]))


#: hiding where she is taken in: "skrg ngumpet di rumah temen", "di shelter"
_TAKEN_IN = frozenset({"temen", "teman", "tmn", "kawan", "sodara", "saudara", "friend", "shelter", "kbri", "kjri",
                       "embassy"})  # fmt: skip


def _with_friends(words: list[str], i: int) -> bool:
    """She hides at a friend's or a shelter: "..., skrg ngumpet di rumah temen"."""
    return bool(_TAKEN_IN.intersection(words[i + 1 : i + 6]))


#: paying to be let go: "ga boleh pulang, katanya harus bayar 50 juta dulu"
_PAY = frozenset({"bayar", "membayar", "byr", "tebus", "ditebus", "tebusan", "ganti", "denda", "pay", "paid",
                  "utang", "hutang", "utangnya", "hutangnya", "debt", "lunas", "melunasi", "dilunasi"})  # fmt: skip
_LET_HOME = LET | {"bisa", "bs"}


def held_until_paid(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy ga boleh pulang kalau belum bayar 50 juta": held until she pays (debt bondage);
    "ga boleh pulang sebelum kontrak habis" alone is a contract, read elsewhere."""
    if i >= 2 and words[i - 1] == "go" and "before" in words[max(0, i - 3) : i]:
        # "they say I must pay 40 juta debt before go home"
        before = words[max(0, i - 10) : i]
        if _PAY.intersection(before) and {"must", "have", "harus", "need"}.intersection(before):
            return Hit("danger", max(0, i - 10), i + 1, third_before(words, i))
    if i < 1 or words[i - 1] not in _LET_HOME or not _PAY.intersection(words[i + 1 : i + 9]):
        return None
    k = negator_before(words, i - 2)
    return Hit("danger", k, i + 1, third_before(words, k)) if k >= 0 else None


#: holding the door or hiding behind it: "pintunya sy tahan", "sy kunci dr dalam"
_BARRED = frozenset({"tahan", "nahan", "menahan", "ngunci", "kunci", "mengunci", "sembunyi", "ngumpet", "mandi",
                     "toilet", "wc", "bathroom", "hold", "holding", "locked", "hiding"})  # fmt: skip


def pounding(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy di kamar mandi skrg, pintunya sy tahan, dia gedor2 trs": someone pounds on the door
    she holds or hides behind."""
    if negated(words, i):
        return None
    if words[i] in _BROKEN_IN:
        # "pintu kamar sy didobrak": her door forced, not a stuck door opened for her
        before = words[max(0, i - 4) : i]
        mine = {"kamarku", "pintuku", "kmrku"}.intersection(before)
        if not mine and not (_HER_DOOR.intersection(before) and (FIRST | {"my"}).intersection(before)):
            return None
        return None if _OPENED_FOR_HER.intersection(words) else Hit("danger", max(0, i - 4), i + 1, False)
    if not (FIRST | {"my"}).intersection(words):
        return None
    # or her door pounded while she is afraid or he is drunk or raging: "suami majikan mabuk, gedor2
    # pintu kamar sy", "he is drunk and banging my door"
    feared = (AFRAID | _RAGING).intersection(words) and _HER_DOOR.intersection(words[i + 1 : i + 5])
    if not (_BARRED.intersection(words) or feared):
        return None
    return Hit("danger", i, i + 1, False)


#: a door forced open: "didobrak", "ngedobrak", "broke my door"
_BROKEN_IN = frozenset({"didobrak", "dobrak", "ndobrak", "ngedobrak", "mendobrak", "kedobrak"})
#: a door forced to help her or by those who come to: stuck, a fire, the police, a locksmith
_OPENED_FOR_HER = frozenset({"macet", "rusak", "kekunci", "terkunci", "kunci", "kebakaran", "fire", "damkar",
                             "pemadam", "polisi", "police", "petugas", "tukang", "lupa", "ketinggalan"})  # fmt: skip
#: a man drunk or raging: "tuan mabuk", "he is drunk and angry"
_RAGING = frozenset({"mabuk", "mabok", "drunk", "ngamuk", "mengamuk", "marah2", "angry"})


_HER_DOOR = frozenset({"pintu", "pintunya", "kamar", "kamarku", "door", "room"})


#: her clothes torn off her: "baju sy dirobek2 sm majikan" (not "baju majikan robek pas sy cuci")
_TORN = frozenset({"dirobek", "dirobekin", "disobek", "disobekin", "dikoyak", "ripped", "tore", "torn"})


#: what burns put where it hurts: "put chili in my eyes", "mata sy dikasih cabe"
_BURNING = frozenset({"chili", "chilli", "chilies", "pepper", "cabe", "cabai", "sambal", "lada", "merica"})
_TENDER = frozenset({"eyes", "eye", "mata", "face", "muka", "wajah", "mouth", "mulut", "kemaluan", "luka", "wound"})
_COOKING = frozenset({"soup", "sup", "masak", "masakan", "cooking", "cook", "sayur", "food", "makanan", "sauce"})


def burning_in_eyes(words: list[str], i: int, raw: str) -> Hit | None:
    """ "the employer put chili in my eyes": not chili in the soup."""
    near = words[max(0, i - 4) : i + 5]
    if not _TENDER.intersection(near) or _COOKING.intersection(words) or negated(words, i):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


#: fetched after running away: "ada yang bisa jemput sy? sy kabur"
_FETCH = frozenset({"jemput", "jemputin", "menjemput", "pick"})
_RAN = frozenset({"kabur", "lari", "melarikan", "escape", "escaped", "ran", "run"})


def fetch_me(words: list[str], i: int, raw: str) -> Hit | None:
    """ "tolong jemput sy, sy kabur", "can someone pick me up, i escaped"; "tolong jemput sy skrg,
    alamatnya nanti sy share": a cry to be fetched now. Not a lift from the airport."""
    if not (FIRST | {"me"}).intersection(words[i + 1 : i + 3]):
        return None
    if _RAN.intersection(words):
        return Hit("danger", i, i + 2, False)
    if (
        CRY.intersection(words[max(0, i - 2) : i])
        and _RIGHT_NOW.intersection(words[i + 1 : i + 5])
        and not _JOURNEY.intersection(words)
    ):
        return Hit("danger", max(0, i - 1), i + 2, False)
    return None


#: now, at once: "jemput sy skrg", "cepet"
_RIGHT_NOW = frozenset({"skrg", "sekarang", "skrng", "now", "cepet", "cepat", "segera", "malam", "malem", "mlm",
                        "please", "pls"})  # fmt: skip
#: a journey's pick-up: the airport, a station, a flight home
_JOURNEY = frozenset({"bandara", "airport", "terminal", "stasiun", "station", "pelabuhan", "port", "pesawat", "flight",
                      "landing", "mendarat", "cuti", "liburan", "pulang", "mudik"})  # fmt: skip


#: the key taken away with the door locked: "they lock the door and take key", "pintu dikunci,
#: kuncinya dibawa majikan"
_TAKE_KEY = frozenset(
    {"take", "took", "takes", "taking", "bawa", "dibawa", "ambil", "diambil", "bawain", "keep", "kept"}
)
_LOCK = frozenset({"lock", "locks", "locked", "dikunci", "ngunci", "mengunci", "dikunciin", "digembok"})


def key_taken(words: list[str], i: int, raw: str) -> Hit | None:
    """The door locked and the key taken: she cannot get out."""
    around = words[max(0, i - 3) : i + 3]
    if not _TAKE_KEY.intersection(around) or not _LOCK.intersection(words) or negated(words, i):
        return None
    if {"lupa", "forgot", "forget", "ketinggalan", "hilang", "lost"}.intersection(words):
        return None  # "dikunci di luar karena lupa bawa kunci": locked out, her own forgetting
    start = max(0, i - 3)
    if any(w in _TAKE_KEY and k + start and words[k + start - 1] in FIRST for k, w in enumerate(around)):
        return None  # "sy bawa kunci cadangan": she is the one with the key
    return Hit("danger", max(0, i - 2), i + 1, False)


#: taken somewhere by others: "dipindah tengah malem", "dibawa majikan ke negara lain"
TAKEN_AWAY = frozenset({"dibawa", "dipindah", "dipindahin", "dipindahkan", "diangkut", "dioper", "moved", "taken",
                        # active, with her after: "mereka pindahin sy ke gedung lain"
                        "pindahin", "mindahin", "memindahkan"})  # fmt: skip


#: sent after her family: "dia bilang bakal nyuruh orang nyari keluarga sy di kampung"
GO_AFTER = frozenset({"nyari", "mencari", "nyariin", "cari", "cariin", "datangi", "datengin", "mendatangi", "samperin",
                      "nyamperin", "find", "visit",
                      # came to her family's home armed: "sponsor dtg ke rumah ortu sy bawa preman"
                      "dtg", "dateng", "datang", "came", "come"})  # fmt: skip


#: kept in a place: "they keep us in the dormitory", "she is kept inside the house"
KEEP = frozenset({"keep", "keeps", "kept", "keeping"})
_KEPT_WHO = frozenset({"me", "us", "her", "him", "them"})
_PLACES = frozenset({"room", "dormitory", "dorm", "house", "building", "compound", "camp", "container", "warehouse",
                     "basement", "hostel", "asrama", "mess", "apartment", "flat", "store", "storeroom"})  # fmt: skip
#: what says the stay is not hers to end: a guard, a lock, no going out
_HELD_SIGNS = frozenset({"guard", "guards", "security", "lock", "locked", "door", "out", "outside", "leave", "cannot",
                         "cant", "not", "no", "never", "allowed", "escape", "food", "phone", "passport"})  # fmt: skip
_PASSIVE_KEPT = frozenset({"is", "are", "am", "was", "were", "be", "been", "being", "get", "got", "m", "re", "s"})


def kept_inside(words: list[str], i: int, raw: str) -> Hit | None:
    """ "they keep us in the dormitory after shift", "my sister is kept inside the house": held in
    a place (not "keep me in the loop", "keep it in the fridge")."""
    if negated(words, i):
        return None
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in _KEPT_WHO:
        rest, third = words[i + 2 : i + 7], nxt in ("her", "him", "them")
    elif i and words[i - 1] in _PASSIVE_KEPT and words[i] == "kept":
        rest, third = words[i + 1 : i + 6], third_before(words, i - 1)
    else:
        return None
    if not rest or rest[0] not in ("in", "inside") or not _PLACES.intersection(rest[1:]):
        return None
    if rest[0] == "in" and not _HELD_SIGNS.intersection(words):
        return None  # "the agency keep us in the hostel while we wait for the visa": a stay
    return Hit("danger", i, i + 2, third)


#: sent for by a man of the house: "disuruh ke kamar bapak tiap malam", "called to sir's room"
SENT_FOR = frozenset({"disuruh", "dipanggil", "diajak", "dipaksa", "called", "asked", "told", "ordered", "forced"})


#: saying, as a threat is passed on: "majikan bilang mau ..."
SAYING = frozenset({"bilang", "blg", "ngomong", "katanya", "ktnya", "said", "say", "says", "told", "tell"})


#: nobody: "nobody knows where i am", "gk ada yg tau sy di sini"
_NOBODY = frozenset({"nobody", "noone"})
_HERE_NOW = frozenset({"sini", "disini", "dsini", "disni", "dimana", "mana", "here", "where"})


def hidden_away(words: list[str], i: int, raw: str) -> Hit | None:
    """ "nobody knows where i am", "nobody know i am here, they move me at night", "gk ada yg
    tau sy di sini": kept where no one who would help knows. Not "nobody knows where the form
    is" nor "gk ada yg tau sy kerja di sini" of a job kept quiet."""
    before = words[max(0, i - 3) : i]
    english = bool(_NOBODY.intersection(before[-1:])) or before[-2:] == ["no", "one"]
    indonesian = before[-2:] in (["ada", "yg"], ["ada", "yang"]) and negated(words, i - 2)
    if not (english or indonesian):
        return None
    after = words[i + 1 : i + 5]
    if "," in after:
        after = after[: after.index(",")]
    if not (FIRST | {"me", "im"}).intersection(after) or not _HERE_NOW.intersection(after):
        return None
    if {"kerja", "work", "working"}.intersection(after):
        return None
    return Hit("danger", max(0, i - 3), i + 1 + len(after), False)


#: injected: "sy disuntik sesuatu", "dipaksa disuntik obat sama bos"
INJECTED = frozenset({"disuntik", "disuntikin", "disuntikkan", "injected"})
_UNKNOWN = frozenset({"sesuatu", "something", "entah"})
_CARE_GIVEN = frozenset({"vaksin", "vaccine", "kb", "dokter", "doctor", "klinik", "clinic", "rs", "hospital", "bidan",
                         "perawat", "nurse", "imunisasi", "vitamin", "puskesmas", "insulin", "medical"})  # fmt: skip


def injected(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy disuntik sesuatu gk tau apa", "sy dipaksa disuntik obat sama bos": something put in her
    body by force or unknown to her. Not a vaccine or a doctor's injection."""
    if negated(words, i) or hypothetical(words, i):
        return None
    forced = bool((FORCING | {"dipaksa", "terpaksa"}).intersection(words[max(0, i - 2) : i]))
    unknown = bool(_UNKNOWN.intersection(words[i + 1 : i + 4])) or (
        "apa" in words[i + 1 : i + 6] and KNOW.intersection(words[i + 1 : i + 6])
    )
    if forced or (unknown and not _CARE_GIVEN.intersection(words)):
        return Hit("danger", i - 1 if forced else i, i + 2, third_before(words, i))
    return None
