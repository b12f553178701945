"""Everyday words of harm with no harm done, told by what the message says did it (issue 14, ADR 0006,
8 December, branch lookalike10).

The rules read a blow, a lock, a wound or hunger wherever the word is said, and the vetoes written
before were fitted to the words they were written for: a fresh look-alike still met them about one
time in twenty. Each test here reads *why* the word is no harm, whatever the word:

- **no hand does it**: right after the passive, what does it is a bill, the weather, a longing, a
  task or an exam ("sy dipukul telak sm tagihan listrik", "tersiksa sm cuaca panas", "ditinju
  rindu", "slapped by reality"), nobody of the house in its clause;
- **her own key left behind**: a lock beside a key forgotten, left inside or lost ("kunci sy
  ketinggalan", "terkunci di luar sebab tertinggal kunci"), nobody of the house in its clause;
- **at play**: a game or a sport played, named before ("main futsal, kaki sy keinjek", "main mobile
  legend, sy dibunuh 10x"), nobody of the house in the act's clause, not "beneran";
- **in care**: a wound or a swelling only, beside a doctor's care ("dokter gigi cabut geraham sy,
  skrg bengkak"), no blow named, care not refused, nobody of the house in its clause;
- **a massage**: "tiap malem 'nyiksa' punggung aku haha", told of a massage, nobody of the house;
- **a quarrel of children made up**: a schoolmate or a friend who did it, "udh baikan" after;
- **the fridge locked for another's sake**: a child's sweets, a diet, the drinks ("kulkas digembok
  majikan krn anaknya suka ambil coklat"), she not the reason, nobody hungry;
- **a thing at the head of the clause**: "laci meja kerja tuan selalu dikunci", "lemari obat
  dikunci": the passive is said of the thing its clause opens with (not a room, a door, a gate, a
  fridge, papers), nobody between;
- **fed after all**: "gk dikasih makan siang td ..., sy ikut makan jg akhirnya";
- **a cry over a thing while someone comes**: "emergency, the cake burnt! madam guests coming":
  the madam is named only as coming, not as who harms;
- **a pet hurt**: a wound only, an animal named before it, she not in the message;
- **a toy weapon**: "nembak sy pake pistol lego", "water gun";
- **kept in, and free**: "sy bosen kekunci di rumah krn majikan liburan, tp bebas sih": she says
  right after that she is free or at ease, nobody named as who locked her, no food kept from her.

Each kind has its dangerous twin in tests/unit/test_danger_everyday.py that stays read.
"""

from __future__ import annotations

from flows.understand.danger_context import Hit
from flows.understand.danger_lookalikes import a_cry_over_a_mishap
from flows.understand.danger_words import BODY, FIRST, INJURY, NEGATORS, THINGS, THIRD, WEAPONS

#: a cry or a fear anywhere keeps the message read
_CRY_OR_FEAR = frozenset({"tolong", "tlg", "tolongin", "help", "takut", "scared", "afraid", "darurat", "emergency",
                          "sos", "tulung", "tulong", "tulungan", "nangis", "jemput"})  # fmt: skip
#: "for real", "not a joke": what she says it is
_FOR_REAL = frozenset({"beneran", "bener2", "benar2", "beneran2", "sungguhan", "serius", "real", "really", "seriously"})
#: who may harm her: the house, the agency, the boat; never taken back here when in the act's clause
_HOUSE = frozenset({"majikan", "majikanku", "majikannya", "nyonya", "tuan", "madam", "mam", "maam", "sir", "boss",
                    "bos", "employer", "agen", "agensi", "agent", "kafil", "kapten", "captain", "mandor", "baba",
                    "amo", "dunungan", "sponsor", "supervisor", "suami", "suaminya", "husband", "pacar",
                    "pacarnya", "boyfriend", "toke", "towkay", "juragan", "mister"})  # fmt: skip

#: what does it that is nobody's hand: a bill, a price, the weather, a longing, a task, an exam
_NO_HAND = frozenset({"tagihan", "tagihannya", "harga", "harganya", "cicilan", "utang", "hutang", "pajak", "biaya",
                      "ongkos", "bills", "bill", "prices", "price", "rent", "rindu", "kangen", "sepi", "bosen",
                      "bosan", "galau", "cinta", "capek", "cape", "lelah", "ngantuk", "kantuk", "cuaca", "panas",
                      "dingin", "hujan", "salju", "terik", "gerah", "macet", "heat", "cold", "weather", "snow",
                      "kerjaan", "pekerjaan", "tugas", "cucian", "setrikaan", "ujian", "pelajaran", "pr", "deadline",
                      "homework", "exam", "exams", "work", "kenyataan", "reality", "realita", "nasib", "rasa",
                      "jarak", "tangga", "stairs", "pms", "mens", "haid", "flu", "pilek", "migrain", "jokes",
                      "joke", "kangennya", "rindunya", "sale", "diskon", "discount", "tanggal", "traffic",
                      "matahari", "sun", "sinar", "humidity", "lembab", "debu", "dust"})  # fmt: skip
#: between the passive and what does it: "dipukul telak sm tagihan", "killed by the heat"
_ON_THE_WAY = frozenset({"sm", "sama", "ama", "oleh", "by", "dgn", "dengan", "ku", "ng", "the", "these", "this",
                         "my", "telak", "bgt", "banget", "abis", "habis", "parah", "bener", "lagi", "lg", "with",
                         "his", "her", "all"})  # fmt: skip


def everyday(words: list[str], hit: Hit, raw: str) -> bool:
    """The hit's word is said of what does no harm, as its message tells. Never a self-harm hit,
    never beside a cry or a fear, never said to be for real."""
    if hit.kind == "self_harm":
        return False
    if _childrens_quarrel_made_up(words, hit.start, hit.end):
        return True  # a child cries at school: "anak sy nangis dipukul temennya, tp udh baikan"
    if _CRY_OR_FEAR.intersection(words) or _FOR_REAL.intersection(words):
        return _a_cry_while_someone_comes(words, hit)
    start, end = hit.start, hit.end
    return (
        _no_hand_does_it(words, start, end)
        or _her_key_left(words, start, end)
        or _at_play(words, start, end)
        or _in_care(words, start, end)
        or _a_massage(words, start, end)
        or _fridge_for_another(words, start, end)
        or _thing_heads_its_clause(words, start, end)
        or _fed_after_all(words, start, end)
        or _an_animal_hurt(words, start, end)
        or _kept_in_but_free(words, start, end)
        or _a_toy(words, start, end)
    )


def _clause(words: list[str], start: int, end: int) -> list[str]:
    first = next((k + 1 for k in range(start - 1, -1, -1) if words[k] == ","), 0)
    last = next((k for k in range(end, len(words)) if words[k] == ","), len(words))
    return words[first:last]


def _house_in_clause(words: list[str], start: int, end: int) -> bool:
    return bool(_HOUSE.intersection(_clause(words, start, end)))


def _no_hand_does_it(words: list[str], start: int, end: int) -> bool:
    """ "sy dipukul telak sm tagihan listrik", "sy tersiksa sm cuaca panas", "i got slapped by
    reality": what does it, right after the act, is nobody's hand."""
    last = words[end - 1]
    passive = (last.startswith(("di", "ter", "ke")) and len(last) > 4) or "kena" in words[start:end]
    for k in range(end, min(len(words), end + 4)):
        word = words[k]
        if word in _NO_HAND:
            opening = next((j + 1 for j in range(start - 1, -1, -1) if words[j] == ","), 0)
            if _HOUSE.intersection(words[opening:k]):  # not "deadline laporan nyonya": whose the task is
                return False
            clause = _clause(words, start, end)
            if any(w in _BY and clause[j + 1 : j + 2] and clause[j + 1] in _HOUSE for j, w in enumerate(clause)):
                return False  # "dipukul sm tagihan yg digulung sm majikan": a hand after all
            way = words[end:k]
            # not "sy loro panas": a fever; "babak belur dihajar kerjaan": a passive on the way
            return passive or bool(_BY.intersection(way)) or any(w.startswith("di") and len(w) > 4 for w in way)
        if word not in _ON_THE_WAY and not (word.startswith("di") and len(word) > 4):
            return False  # "babak belur dihajar kerjaan": a second passive on the way
    return False


#: who does it, said: "dipukul sm", "killed by"
_BY = frozenset({"sm", "sama", "ama", "oleh", "by", "ku", "ng"})


#: a lock, and a key: "kunci sy ketinggalan", "terkunci ... tertinggal kunci"
_LOCKS = frozenset({"kunci", "dikunci", "kekunci", "terkunci", "digembok", "gembok", "ngunci", "dikunciin",
                    "kekunciin", "locked", "lock", "lockout"})  # fmt: skip
_KEYS = frozenset({"kunci", "kuncinya", "key", "keys", "kunci2", "serep"})
#: the key forgotten, left, lost ("tertinggal" is read as "tinggal")
_KEY_LEFT = frozenset({"ketinggalan", "tinggal", "ketinggal", "kelupaan", "lupa", "ilang", "hilang", "forgot",
                       "forget", "left", "lost", "jatuh", "patah"})  # fmt: skip


def _her_key_left(words: list[str], start: int, end: int) -> bool:
    """ "dibukain pintu sm satpam pas kunci sy ketinggalan", "aku terkunci kat luar rumah sebab
    tertinggal kunci": the lock was her key's mishap."""
    if not _LOCKS.intersection(words[start:end]) or _house_in_clause(words, start, end):
        return False
    for k, word in enumerate(words):
        near = words[max(0, k - 2) : k + 4]
        if word in _KEYS and _KEY_LEFT.intersection(near) and not NEGATORS.intersection(near):
            return True
    return False


#: a game or a sport played: "main futsal", "main mobile legend", "play among us"
_PLAY = frozenset({"main", "maen", "mainin", "play", "playing", "played", "latihan", "lomba", "tanding",
                   "nge", "ngegame", "maenin"})  # fmt: skip
_GAMES = frozenset({"game", "games", "gim", "futsal", "bola", "sepakbola", "voli", "volly", "basket", "badminton",
                    "bulutangkis", "tenis", "pingpong", "catur", "uno", "ml", "mobile", "legend", "legends", "pubg",
                    "ff", "freefire", "roblox", "minecraft", "among", "fortnite", "valorant", "ps", "playstation",
                    "football", "soccer", "basketball", "volleyball", "chess", "petak", "gobak", "kasti",
                    "rugby", "hockey", "lari", "balapan"})  # fmt: skip


def _at_play(words: list[str], start: int, end: int) -> bool:
    """ "main futsal, kaki sy keinjek, bengkak dikit", "main mobile legend, sy dibunuh 10x": a game
    or a sport played, named before the act, nobody of the house in the act's clause."""
    if _house_in_clause(words, start, end):
        return False
    before = words[max(0, start - 10) : start]
    return any(w in _PLAY and _GAMES.intersection(before[k + 1 : k + 4]) for k, w in enumerate(before))


#: a doctor's care: "dokter gigi cabut geraham", "jahitan bekas operasi", "disuntik vaksin"
_CARE = frozenset({"dokter", "doctor", "dentist", "operasi", "dioperasi", "suntik", "disuntik", "vaksin", "jahitan",
                   "dijahit", "infus", "diinfus", "klinik", "clinic", "bidan", "perawat", "nurse", "surgery",
                   "stitches", "injection", "vaccine", "medical", "checkup", "rs", "hospital", "puskesmas",
                   "cabut", "dicabut", "kb", "caesar", "sesar"})  # fmt: skip
#: care refused or not given: "gk dibawa ke dokter", "gk boleh ke rs"
_GIVEN = frozenset({"boleh", "dibolehin", "dibawa", "bawa", "izin", "ijin", "diizinkan", "allowed", "let", "take"})
_BLOWS = frozenset({"dipukul", "pukul", "mukul", "ditendang", "nendang", "ditampar", "nampar", "ditonjok", "dihajar",
                    "hit", "beat", "kick", "slap", "punch", "dianiaya", "disiksa", "nyiksa"})  # fmt: skip


def _in_care(words: list[str], start: int, end: int) -> bool:
    """ "dokter gigi cabut geraham sy, skrg bengkak pipinya": a wound or a swelling only, beside a
    doctor's care, no blow named, care not refused, nobody of the house in its clause."""
    said = [w for w in words[start:end] if w != ","]
    if not said or not all(w in INJURY or w in BODY or w in FIRST for w in said) or not INJURY.intersection(said):
        return False
    if not _CARE.intersection(words) or _BLOWS.intersection(words) or _house_in_clause(words, start, end):
        return False
    return not any(
        ((w in _GIVEN or w in _CARE) and NEGATORS.intersection(words[max(0, k - 4) : k])) or w == "dilarang"
        for k, w in enumerate(words)
    )


#: a massage: "pijet", "diurut", "refleksi"
_MASSAGE = frozenset({"pijet", "pijat", "pijit", "dipijat", "dipijet", "dipijit", "mijet", "mijit", "memijat",
                      "urut", "diurut", "ngurut", "massage", "kerok", "kerokan", "dikerok", "refleksi", "spa",
                      "masahe", "hilot"})  # fmt: skip


def _a_massage(words: list[str], start: int, end: int) -> bool:
    """ "tmn kamar jago pijet, tiap malem 'nyiksa' punggung aku haha": a massage told, the hit a
    word of pain (not of force or of the body bared), nobody of the house in the message."""
    if not _PAIN.intersection(words[start:end]) or _BARED.intersection(words):
        return False
    return bool(_MASSAGE.intersection(words)) and not _HOUSE.intersection(words)


#: what a massage does that sounds like harm: pain, pressing, beating
_PAIN = frozenset({"nyiksa", "disiksa", "siksa", "menyiksa", "tersiksa", "dihajar", "hajar", "ngehajar", "dipukul",
                   "pukul", "mukul", "diinjak", "injak", "nginjek", "diinjek", "ditekan", "dipukul2", "torture",
                   "tortured", "torturing"})  # fmt: skip
#: a body bared or forced: never a massage's
_BARED = frozenset({"naked", "telanjang", "bugil", "nude", "force", "forces", "forced", "paksa", "dipaksa", "maksa"})


#: a schoolmate or a friend who did it, then made up: "dipukul temennya di sekolah, tp udh baikan"
_PEERS = frozenset({"temennya", "temannya", "teman", "temen", "kawannya", "kawan", "classmate", "friend",
                    "sekolah", "school"})  # fmt: skip
_DONE = frozenset({"udh", "udah", "sudah", "sdh", "dah", "already"})
_MADE_UP = frozenset({"baik", "baikan", "maafan", "salaman", "damai", "akur", "okay", "ok"})


def _childrens_quarrel_made_up(words: list[str], start: int, end: int) -> bool:
    """ "anak sy nangis dipukul temennya di sekolah, tp udh baikan kata gurunya": a quarrel of
    children, made up since (the reader takes "baikan" to "baik")."""
    if not _PEERS.intersection(words[end : end + 4]) or _HOUSE.intersection(words):
        return False
    if (_CRY_OR_FEAR - {"nangis"}).intersection(words) or _FOR_REAL.intersection(words):
        return False
    after = words[end : end + 12]
    return any(w in _DONE and after[k + 1 : k + 2] and after[k + 1] in _MADE_UP for k, w in enumerate(after))


#: the fridge: its lock keeps food from her unless another's reason is told
_FRIDGE = frozenset({"kulkas", "fridge", "lemari", "ref", "refrigerator"})
#: another's reason: a child's sweets, a diet, the drinks, guests
_ANOTHERS = frozenset({"anak", "anaknya", "anak2", "kids", "kid", "child", "children", "diet", "minuman", "bir",
                       "beer", "wine", "alkohol", "alcohol", "coklat", "cokelat", "chocolate", "es", "permen",
                       "snack", "jajan", "tamu", "guests", "mahal", "ngemil"})  # fmt: skip
_BECAUSE = frozenset({"krn", "karena", "karna", "soalnya", "biar", "supaya", "because", "coz", "for", "kasi",
                      "sebab", "buat", "takut", "kasian"})  # fmt: skip
_HUNGRY = frozenset({"lapar", "laper", "lapeer", "hungry", "starving", "kelaparan", "lemes", "lemas"})


def _fridge_for_another(words: list[str], start: int, end: int) -> bool:
    """ "kulkas digembok majikan krn anaknya suka ambil coklat": the fridge locked for another's
    sake, she not the reason, nobody hungry."""
    clause = _clause(words, start, end)
    if not _FRIDGE.intersection(clause[: clause.index(words[start]) + 1]) or _HUNGRY.intersection(words):
        return False
    if any(w in _EAT and NEGATORS.intersection(words[max(0, k - 4) : k]) for k, w in enumerate(words)):
        return False  # "sy gk dikasih makan", "biar sy gk makan"
    for k, word in enumerate(words[end:], end):
        if word in _BECAUSE:
            reason = words[k + 1 : k + 9]
            own = reason[: reason.index(",")] if "," in reason else reason
            if _ANOTHERS.intersection(reason) and not FIRST.intersection(own):
                return True
    return False


#: what a lock keeps her in, or from: never a thing here
_PLACES = frozenset({"kamar", "rumah", "pintu", "gerbang", "pagar", "gudang", "garasi", "door", "gate", "kulkas",
                     "fridge", "paspor", "pasport", "passport", "paspornya", "ktp", "dokumen", "ijazah", "surat",
                     "hp", "handphone", "ponsel", "hape", "phone", "telepon", "telpon", "hpnya", "gudangnya",
                     "rumahnya", "tanah", "loker", "kasur", "lantai", "halaman", "taman", "diri", "martabat",
                     "perasaan", "hati", "hak", "kehormatan", "harapan", "mimpi", "makanan", "food", "beras",
                     "rice", "dapur", "kitchen"})  # fmt: skip
#: what holds things, beyond the rules' things: "laci meja", "kotak perhiasan"
_HOLDERS = frozenset({"laci", "lemari", "brankas", "koper", "tas", "kotak", "box", "drawer", "cabinet", "safe", "rak",
                      "peti", "toples", "celengan", "dompet", "wallet", "bag", "suitcase", "locker"})  # fmt: skip
_AT = [["di"], ["in"], ["dalam"], ["dlm"]]
#: words of a clause's opening, before its subject
_OPENERS = frozenset({"tp", "tapi", "trs", "terus", "dan", "itu", "eh", "oh", "kalo", "yg", "yang", "the", "my"})


def _thing_heads_its_clause(words: list[str], start: int, end: int) -> bool:
    """ "laci meja kerja tuan selalu dikunci", "lemari obat dikunci biar anak2 gk ambil": the passive
    is said of the thing its clause opens with, nobody named between."""
    first = next((k + 1 for k in range(start - 1, -1, -1) if words[k] == ","), 0)
    while first < start and words[first] in _OPENERS:
        first += 1
    if first >= start or start - first > 6 or words[first] not in THINGS | _HOLDERS or words[first] in _PLACES:
        return False
    between = words[first + 1 : start]
    if (FIRST | THIRD).intersection(between):
        return False
    if any(w in _PLACES and between[k - 1 : k] not in _AT for k, w in enumerate(between)):
        return False  # "lemari kamar sy", not "brankas di kamar tuan"
    after = words[end : end + 2]
    return not FIRST.intersection(after[: after.index(",")] if "," in after else after)


#: she ate after all: "sy ikut makan jg akhirnya", "akhirnya makan"
_AFTER_ALL = frozenset({"ikut", "akhirnya", "tetep", "tetap", "jg", "juga"})
_EAT = frozenset({"makan", "mkn", "maem", "eat", "ate", "sarapan", "breakfast", "lunch", "dinner", "mangan",
                  "makanan", "food"})  # fmt: skip


def _fed_after_all(words: list[str], start: int, end: int) -> bool:
    """ "sy gk dikasih makan siang td krn majikan pesen makanan luar, sy ikut makan jg akhirnya":
    the meal not given was eaten after all."""
    if not _EAT.intersection(words[start:end]):
        return False
    after = words[end:]
    for k, word in enumerate(after):
        if word in _EAT and not NEGATORS.intersection(after[max(0, k - 3) : k]):
            near = after[max(0, k - 2) : k + 3]
            if sum(w in _AFTER_ALL for w in near) >= 1 and ("ikut" in near or "akhirnya" in near):
                return True
    return False


#: arriving: "madam guests coming", "majikan mau pulang"
_COMING = frozenset({"coming", "come", "comes", "arrive", "arriving", "datang", "dateng", "pulang", "nyampe",
                     "guests", "tamu"})  # fmt: skip


def _a_cry_while_someone_comes(words: list[str], hit: Hit) -> bool:
    """ "emergency, the cake burnt! madam guests coming in 1 hour": a bare cry over a thing's mishap
    (``danger_lookalikes.a_cry_over_a_mishap``), where the one named is named only as coming."""
    shown = [
        "" if w in _HOUSE and _COMING.intersection(words[k + 1 : k + 3]) and k >= hit.end else w
        for k, w in enumerate(words)
    ]
    if shown == words:
        return False
    return a_cry_over_a_mishap(shown, hit.start, hit.end)


#: animals of the house: "kucing tuan", "anjingnya"
_ANIMALS = frozenset({"kucing", "kucingnya", "anjing", "anjingnya", "cat", "dog", "burung", "kelinci", "hamster",
                      "ikan", "kura2", "kura", "aso", "pusa", "puppy", "kitten", "bird", "rabbit"})  # fmt: skip


def _an_animal_hurt(words: list[str], start: int, end: int) -> bool:
    """ "kucing tuan berantem sm kucing tetangga, telinganya berdarah": a wound only, an animal
    named before it, she and a blow not in the message."""
    said = [w for w in words[start:end] if w != ","]
    if not said or not all(w in INJURY or w in BODY for w in said):
        return False
    if FIRST.intersection(words) or _BLOWS.intersection(words):
        return False
    return bool(_ANIMALS.intersection(words[max(0, start - 10) : start]))


#: a toy: "pistol lego", "pistol mainan", "water gun"
_TOYS = frozenset({"mainan", "lego", "air", "toy", "toys", "plastik", "nerf", "busa", "boongan", "bohongan",
                   "mainannya", "kayu", "kertas", "balon", "water", "laruan"})  # fmt: skip


def _a_toy(words: list[str], start: int, end: int) -> bool:
    """ "dia nembak sy pake pistol lego", "anak majikan nodong pake pistol mainan": a toy weapon."""
    weapon = [k for k in range(start, min(len(words), end + 3)) if words[k] in WEAPONS]
    if not weapon or _house_in_clause(words, start, end):
        return False
    return any(_TOYS.intersection(words[k + 1 : k + 3]) or words[k - 1 : k] in _TOY_BEFORE for k in weapon)


_TOY_BEFORE = [["water"], ["toy"], ["nerf"]]


#: kept in: "kekunci di rumah", "dikurung di apartemen"
_KEPT = frozenset({"kekunci", "terkunci", "dikunci", "dikurung", "terkurung", "kekurung", "locked", "stuck",
                   "dikunciin", "kekunciin"})  # fmt: skip
#: free, at ease: "tp bebas sih", "santai aja", "enjoy"
_FREE = frozenset({"bebas", "free", "santai", "santuy", "asik", "asyik", "enjoy", "seneng", "senang", "relax"})


def _kept_in_but_free(words: list[str], start: int, end: int) -> bool:
    """ "sy bosen kekunci di rumah krn majikan liburan, tp bebas sih": kept in, and she says right
    after that she is free or at ease; nobody keeps food from her."""
    if not _KEPT.intersection(words[start:end]):
        return False
    if any(w in _EAT and NEGATORS.intersection(words[max(0, k - 4) : k]) for k, w in enumerate(words)):
        return False  # "gk ada makanan", "gk dikasih makan"
    doer = [w for w in words[end : end + 2] if w not in _BY]
    if doer[:1] and doer[0] in _HOUSE:
        return False  # "sy dikurung majikan, tp skrg udh bebas": freed from him, told
    after = words[end : end + 12]
    return any(
        w in _FREE and not (NEGATORS | _DONE).intersection(after[max(0, k - 2) : k]) for k, w in enumerate(after)
    )
