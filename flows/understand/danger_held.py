"""Rules for being held, watched and frightened into staying, which rarely use a violent word:
"sy merasa tidak aman", hiding from the agent, no phone at all, let home only after she pays,
"kalo sy kabur dia akan cari keluarga sy", a man coming into her room at night."""

from __future__ import annotations

from flows.understand.danger_context import Hit, employer_side, hypothetical, negated, negator_before, third_before
from flows.understand.danger_words import CRY, DEVICES, EMPLOYER, FIRST, KILL, NEGATORS, VIOLENCE

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


#: who lets her: "ga dibolehin pegang hp"
_LET = frozenset({"boleh", "bole", "dibolehin", "dibolehkan", "diperbolehkan", "dikasih", "dikasi", "diberi",
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
    if i < 2 or words[i - 1] not in _HOLD or words[i - 2] not in _LET:
        return None
    if _WHEN.intersection(words[i + 1 : i + 4]):
        return None
    k = negator_before(words, i - 3)
    return Hit("danger", k, i + 1, third_before(words, k)) if k >= 0 else None


#: paying to be let go: "ga boleh pulang, katanya harus bayar 50 juta dulu"
_PAY = frozenset({"bayar", "membayar", "byr", "tebus", "ditebus", "tebusan", "ganti", "denda", "pay", "paid",
                  "utang", "hutang", "utangnya", "hutangnya", "debt", "lunas", "melunasi", "dilunasi"})  # fmt: skip
_LET_HOME = _LET | {"bisa", "bs"}


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


_IF = frozenset({"kalo", "kalau", "klo", "kalu", "klu", "jika", "if", "seandainya", "begitu"})
#: said to her: "agen bilang kalo sy kabur ..."
_SAID = frozenset({"bilang", "blg", "cakap", "warn", "warned", "katanya", "ngomong", "bicara", "berkata", "said",
                   "says", "say", "tell", "told",
                   "ngancam", "ancam", "mengancam", "diancam", "ngancem", "kata"})  # fmt: skip
_ALLOWED = frozenset({"gpp", "gapapa", "boleh", "silakan", "silahkan", "fine", "okay", "allowed"})
#: the threat passed on right after the "if": "kalo ketauan ngadu katanya ..."
_SAID_AFTER = frozenset({"katanya", "ktnya", "kata", "katane", "jare", "cenah", "they", "she", "he",
                         # "kalo sy kabur mereka bilang bakal nyari sy", "kalo sy lapor dia bilang ..."
                         "mereka", "dia", "bilang", "blg"})  # fmt: skip
_WILL = frozenset({"akan", "bakal", "bakalan", "mau", "will", "gonna", "langsung"})
#: what is done to her if she runs, said without "will": "kalau lari polis tangkap"
_HARM = frozenset({"tangkap", "ditangkap", "polis", "polisi", "penjara", "dipenjara", "bunuh", "dibunuh", "pukul",
                   "dipukul", "cari", "dicari", "kejar", "dikejar", "jail", "kill", "police",
                   # her family made to pay for it: "kalo sy kabur keluarga sy yg nanggung"
                   "nanggung", "tanggung", "menanggung", "ditanggung"})  # fmt: skip
#: what follows that is a rule of her stay, not harm to her or hers
_STATUS = frozenset({"visa", "dideportasi", "deportasi", "dipulangkan", "dipecat", "gaji", "kontrak", "permit",
                     "deported", "fired", "ilegal", "overstay", "denda"})  # fmt: skip


def if_she_leaves(words: list[str], i: int, raw: str) -> Hit | None:
    """ "agen bilang kalo sy kabur dia akan cari keluarga sy": a threat if she runs or reports;
    not "kalo sy kabur visanya gimana?" (a question) nor a warning about her visa."""
    if not _IF.intersection(words[max(0, i - 3) : i]):
        return None
    after = words[i + 1 : i + 9]
    # "kalo ketauan ngadu katanya anak sy di kampung dicari": the one who says it may come after
    if not _SAID.intersection(words[max(0, i - 10) : i]) and not _SAID_AFTER.intersection(after[:2]):
        return None
    # "sy bakal dipenjara kalau lapor": the threat may come first (not her own "kalau sy mau lapor")
    near = words[max(0, i - 7) : max(0, i - 2)] + after
    if not (_WILL.intersection(near) or _HARM.intersection(after)) or DEVICES.intersection(after):
        return None
    if _STATUS.intersection(after) and not _HARM.intersection(after):
        return None
    if any(w in _ALLOWED and negator_before(words, k - 1) < 0 for k, w in enumerate(words)):
        return None  # "majikan bilang gpp kalau sy mau lapor": permission (not "sy gk boleh ngomong")
    return Hit("danger", max(0, i - 3), i + 1, third_before(words, i))


#: she is afraid of it: "sinsang suka masuk kamar pas taitai kerja, sy takut"
_AFRAID = frozenset({"takut", "tkt", "ketakutan", "scared", "afraid", "terrified"})
#: while the wife is away: "pas taitai kerja", "kalau madam pergi"
_AWAY = frozenset({"pergi", "keluar", "kerja", "tidur", "away", "sleeps", "sleep", "asleep"})
_WIFE = frozenset({"taitai", "madam", "nyonya", "istrinya", "istri", "mama", "ibu", "wife", "maam", "nyonyah"})


def _wife_away(words: list[str]) -> bool:
    """ "pas taitai kerja", "when madam sleep": the wife of the house is not there."""
    return any(w in _AWAY and _WIFE.intersection(words[max(0, k - 2) : k]) for k, w in enumerate(words))


#: Malay "bilik", Sundanese "kamarna"
_ROOM = frozenset({"kamar", "kmr", "room", "bedroom", "bilik"})
#: her room said of her by someone else: "majikan laki2 maksa masuk kamarnya tiap malam"
_HER_ROOM = frozenset({"kamarnya", "kmrnya", "kamarku", "kamar2", "biliknya", "kamarna"})
#: a man of the house: "tiap malam sy ngunci pintu kamar krn bapak suka masuk"
_MAN = frozenset({"bapak", "pak", "tuan", "baba", "sinsang", "laoban", "sir", "mister", "suami", "suaminya", "laki",
                  "laki2", "cowok", "anaknya", "kakek", "akong", "grandpa", "husband"})  # fmt: skip
_LOCK = frozenset({"ngunci", "kunci", "mengunci", "dikunci", "lock", "locked", "ganjal", "ngeganjal"})
_NIGHT = frozenset({"malam", "malem", "mlm", "malam2", "malem2", "night", "tengah", "subuh", "dini", "semalam",
                    "semalem", "tonight", "lastnight"})  # fmt: skip


_FORCING = frozenset({"paksa", "maksa", "memaksa", "force", "forced", "forcing"})


def night_visits(words: list[str], i: int, raw: str) -> Hit | None:
    """ "baba masuk kamar sy malam2", "sinsang suka masuk kamar pas taitai kerja, sy takut": a man
    of the house coming into her room at night, when the wife is away, or so that she is afraid."""
    forced_in = _forcing_in(words, i)
    if forced_in is not None:
        return forced_in
    j = i + 2 if i + 1 < len(words) and words[i + 1] in ("ke", "into", "in", "to") else i + 1
    if j + 1 < len(words) and words[j] in ("my", "our"):
        j += 1  # "comes into my room"
    if j < len(words) and words[j] in _HER_ROOM:
        # her room, told by her or by family: forced, at night, or feared
        if negated(words, i):
            return None
        forced = i > 0 and words[i - 1] in ("maksa", "memaksa", "paksa", "dipaksa", "nekat")
        if forced or _NIGHT.intersection(words[max(0, i - 4) : j + 6]) or _AFRAID.intersection(words):
            return Hit("danger", i, j + 1, third_before(words, i) and words[j] != "kamarku")
        return None
    if (j >= len(words) or words[j] not in _ROOM) and _locks_her_door(words, i):
        return Hit("danger", max(0, i - 3), i + 1, False)
    if j >= len(words) or words[j] not in _ROOM:
        return None
    if words[j + 1 : j + 2] in (["dia"], ["her"]) and not negated(words, i):
        # "kafilnya suka masuk kamar dia malem2": her room, told by family
        if _NIGHT.intersection(words[max(0, i - 4) : j + 6]) or _AFRAID.intersection(words) or _wife_away(words):
            return Hit("danger", i, j + 2, True)
        return None
    if _FORCING.intersection(words[j + 1 : j + 5]) and not negated(words, i):
        # "bos nya masuk kamar malem2 paksa dia": forced on her in her room ("kamar sy": the writer's)
        hers = bool(FIRST.intersection(words[j + 1 : j + 2]))
        return Hit("danger", i, j + 1, not hers and third_before(words, i) and not employer_side(words, i))
    if _habitual_man(words, i) and words[j + 1 : j + 2] not in ([w] for w in KIN_OTHER) and not negated(words, i):
        # "suaminya sering masuk kamar", "majikan lakinya suka masuk kamar": a man of the house
        # who comes into her room as a habit
        return Hit("danger", max(0, i - 3), j + 1, third_before(words, max(0, i - 3)))
    mine = FIRST | {"my", "our"}
    if not mine.intersection(words[j - 1 : j + 3]) and not _AFRAID.intersection(words):
        return None  # "majikan masuk kamar anaknya": not hers, and nobody afraid
    if negated(words, i):
        return None
    if not (_NIGHT.intersection(words[max(0, i - 4) : i + 6]) or _AFRAID.intersection(words) or _wife_away(words)):
        return None
    return Hit("danger", i, j + 1, False)  # her room: whoever comes, it is she who is in danger


#: the room or its door, named before someone forces his way in
_ROOM_OR_DOOR = _ROOM | _HER_ROOM | frozenset({"pintu", "pintunya", "door"})
#: forced to go in somewhere to work: "maksa masuk kerja" is not someone forcing her door
_TO_WORK = frozenset({"kerja", "kantor", "sekolah", "shift", "work", "lembur", "pabrik"})


#: as a habit: "suka masuk", "sering masuk", "suka nyoba masuk"
_HABIT = frozenset({"suka", "sering", "selalu", "sllu", "slalu", "always", "often", "keep", "keeps"})
#: a grown man of the house, not her own husband nor a child
_GROWN_MAN = frozenset({"tuan", "baba", "sinsang", "laoban", "sir", "mister", "suaminya", "lakinya", "laki2nya",
                        "husband", "bos", "boss", "bosnya", "sopir", "supir", "driver"})  # fmt: skip
#: someone else's room: "masuk kamar anaknya", "masuk kamar nenek"
KIN_OTHER = frozenset({"anak", "anaknya", "anak2", "nenek", "kakek", "ibu", "ibunya", "madam", "dia", "mereka", "tamu",
                       "his", "their"})  # fmt: skip


def _habitual_man(words: list[str], i: int) -> bool:
    """A grown man of the house comes in as a habit: "suaminya sering masuk", "majikan lakinya
    suka nyoba masuk"."""
    before = words[max(0, i - 4) : i]
    if not _HABIT.intersection(before[-3:]):
        return False
    k = max((n for n, w in enumerate(before) if w in _GROWN_MAN), default=-1)
    return k >= 0 and not (FIRST | {"my"}).intersection(before[k + 1 : k + 2])


def _forcing_in(words: list[str], i: int) -> Hit | None:
    """ "sopir majikan ngetok2 pintu kamar sy maksa masuk": someone forcing his way into her room;
    the room or its door named just before, not a place of work after."""
    if not i or words[i - 1] not in _FORCING or (i + 1 < len(words) and words[i + 1] in _TO_WORK):
        return None
    before = words[max(0, i - 8) : i]
    if not _ROOM_OR_DOOR.intersection(before) or negated(words, i - 1):
        return None
    hers = bool((FIRST | {"my", "our"}).intersection(before))
    return Hit("danger", i - 1, i + 1, not hers and third_before(words, i - 1) and not employer_side(words, i - 1))


def _locks_her_door(words: list[str], i: int) -> bool:
    """ "tiap malam sy ngunci pintu kamar krn bapak suka masuk pas ibu tidur": she locks her room
    because a man of the house comes in (at night, or while the wife is away)."""
    before = words[max(0, i - 9) : i]
    if not (_LOCK.intersection(before) and _ROOM.intersection(before) and _MAN.intersection(words[max(0, i - 3) : i])):
        return False
    return _unguarded_hour(words)


def _unguarded_hour(words: list[str]) -> bool:
    """At night, while the wife of the house is away, or she is afraid: when a man's attention to
    her room is a danger, not a chore."""
    return bool(_NIGHT.intersection(words) or _wife_away(words) or _AFRAID.intersection(words))


#: reaching someone: "gk dibolehin nelpon siapa2", "not allowed to call anyone"
_REACH = frozenset({"nelpon", "telpon", "telepon", "menelpon", "hubungi", "menghubungi", "hubungin", "kontak",
                    "ketemu", "bertemu", "bicara", "ngobrol", "chat", "wa", "contact", "call", "talk", "see", "meet",
                    "speak"})  # fmt: skip


def cut_off(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy gk dibolehin nelpon siapa2", "not allowed to call anyone": kept from everyone."""
    k = next((k for k in range(i - 1, max(-1, i - 4), -1) if words[k] in _REACH), -1)
    if k < 1:
        return None
    forbid = _LET | {"dilarang", "melarang"}
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
    feared = (_AFRAID | _RAGING).intersection(words) and _HER_DOOR.intersection(words[i + 1 : i + 5])
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


_AFRAID = frozenset({"takut", "tkt", "ketakutan", "gemeteran", "gemetar", "scared", "afraid", "terrified", "wedi"})
_HER_DOOR = frozenset({"pintu", "pintunya", "kamar", "kamarku", "door", "room"})


#: what a threat to maim names: "mau potong lidah sy" (not hair, nails or pay)
_LIMBS = frozenset({"lidah", "tangan", "jari", "telinga", "kuping", "leher", "kaki", "tongue", "hand", "hands",
                    "finger", "fingers", "ear", "ears", "neck"})  # fmt: skip
_MEANS = frozenset({"mau", "akan", "bakal", "ancam", "ngancam", "mengancam", "diancam", "will", "gonna", "threaten"})


def maiming_threat(words: list[str], i: int, raw: str) -> Hit | None:
    """ "majikan bilang mau potong lidah sy kalau cerita": a threat to maim her. A finger cut by
    a machine is an accident, read as a category, not here."""
    if i + 1 >= len(words) or negated(words, i):
        return None
    limb = words[i + 1] if words[i + 1] not in ("my", "your", "her") else (words[i + 2] if i + 2 < len(words) else "")
    if limb not in _LIMBS or not _MEANS.intersection(words[max(0, i - 3) : i]):
        return None
    hers = bool((FIRST | {"my"}).intersection(words[i + 1 : i + 4]))  # "lidah sy", "cut my tongue"
    return Hit("danger", max(0, i - 1), i + 2, False if hers else third_before(words, i))


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


#: her clothes torn off her: "baju sy dirobek2 sm majikan" (not "baju majikan robek pas sy cuci")
_TORN = frozenset({"dirobek", "dirobekin", "disobek", "disobekin", "dikoyak", "ripped", "tore", "torn"})
_CLOTHES = frozenset({"baju", "pakaian", "celana", "kerudung", "jilbab", "hijab", "clothes", "dress", "shirt"})


def torn_clothes(words: list[str], i: int, raw: str) -> Hit | None:
    """ "baju sy dirobek2 sm majikan", "he tore my clothes": her clothes torn by someone."""
    if negated(words, i) or not _CLOTHES.intersection(words[max(0, i - 3) : i + 4]):
        return None
    hers = bool((FIRST | {"my"}).intersection(words[max(0, i - 3) : i + 4]))
    return Hit("danger", i, i + 1, False) if hers else None


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
#: sending the police to her: "kirim polisi ke alamat sy", "call police to this address"
_SEND_FOR = frozenset({"kirim", "kirimin", "kirimkan", "panggil", "panggilin", "panggilkan", "call", "send",
                       "datangkan"})  # fmt: skip
_TO = frozenset({"ke", "to", "kesini", "here", "kemari"})
_HER_PLACE = frozenset({"alamat", "address", "sini", "here", "rumah", "lokasi", "location", "tempat", "kesini",
                        "kemari"})  # fmt: skip


_IF_ASKED = frozenset({"kalau", "kalo", "klo", "kl", "jika", "if", "mana", "gimana", "bagaimana", "how", "which",
                       "what", "apa"})  # fmt: skip


def police_sent_for(words: list[str], i: int, raw: str) -> Hit | None:
    """ "tolong kirim polisi ke alamat sy skrg", "pls call police to this address i cannot speak":
    she asks for the police to come to her. Not "alamat kantor polisi" nor what to do if."""
    if not i or words[i - 1] not in _SEND_FOR or _IF_ASKED.intersection(words):
        return None  # "kalau ada apa2 kirim polisi ke alamat mana?": what to do if
    after = words[i + 1 : i + 5]
    if not (_TO.intersection(after[:2]) and _HER_PLACE.intersection(after)):
        return None
    return Hit("danger", i - 1, i + 1 + after.index(next(w for w in after if w in _HER_PLACE)) + 1, False)


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


#: kept from her children if she speaks: "he say if i tell anyone i will never see my kids again"
_NEVER_AGAIN = frozenset({"never", "bakal", "akan", "bisa", "boleh"})
_HER_CHILDREN = frozenset(
    {"kids", "children", "child", "son", "daughter", "anak", "anak2", "anakku", "keluarga", "family"}
)
_SPEAKS = frozenset({"tell", "say", "report", "speak", "talk", "complain", "lapor", "melapor", "ngadu", "mengadu",
                     "cerita", "bilang", "ngomong", "mulut", "buka"})  # fmt: skip


def never_see_children(words: list[str], i: int, raw: str) -> Hit | None:
    """ "if i tell anyone i will never see my kids again", "sy gk bakal ketemu anak sy lg kalau sy
    buka mulut": a threat that keeps her silent through her children."""
    before = words[max(0, i - 3) : i]
    never = "never" in before or (
        bool(_NEVER_AGAIN.intersection(before)) and any(w in NEGATORS for w in words[max(0, i - 4) : i])
    )
    if not never or not _HER_CHILDREN.intersection(words[i + 1 : i + 4]):
        return None
    speaks = any(w in _IF and _SPEAKS.intersection(words[k + 1 : k + 5]) for k, w in enumerate(words))
    return Hit("danger", max(0, i - 2), i + 1, False) if speaks else None


#: taken somewhere by others: "dipindah tengah malem", "dibawa majikan ke negara lain"
TAKEN_AWAY = frozenset({"dibawa", "dipindah", "dipindahin", "dipindahkan", "diangkut", "dioper", "moved", "taken",
                        # active, with her after: "mereka pindahin sy ke gedung lain"
                        "pindahin", "mindahin", "memindahkan"})  # fmt: skip
#: at night: "tengah malem", "jam 3 pagi", "midnight"
_AT_NIGHT = frozenset({"tengah", "midnight", "malam2", "malem2", "mlm2", "dini"})
_SMALL_HOURS = frozenset({"1", "2", "3", "4"})
#: nobody around: "rumah di gunung yg ga ada tetangganya"
_ISOLATED = frozenset({"gunung", "hutan", "terpencil", "pedalaman", "nowhere"})
#: not knowing where, or cut off: "ga tau ini dimana", "hp sy diambil", "don't know where"
_WHERE = frozenset({"dimana", "kemana", "where", "mana", "dmn", "dimn"})
_KNOW = frozenset({"tau", "tahu", "know", "ngerti"})
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
            words[j] in _KNOW and (negated(words, j) or words[max(0, j - 2) : j] == ["don", "t"])
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


#: sent after her family: "dia bilang bakal nyuruh orang nyari keluarga sy di kampung"
GO_AFTER = frozenset({"nyari", "mencari", "nyariin", "cari", "cariin", "datangi", "datengin", "mendatangi", "samperin",
                      "nyamperin", "find", "visit",
                      # came to her family's home armed: "sponsor dtg ke rumah ortu sy bawa preman"
                      "dtg", "dateng", "datang", "came", "come"})  # fmt: skip
#: who or what makes a visit to her family a threat: thugs, a debt collector, a weapon
_ARMED = frozenset({"preman", "golok", "parang", "pisau", "senjata", "celurit", "clurit", "pistol", "weapon",
                    "weapons", "knife", "gun", "thugs", "gangster", "dc"})  # fmt: skip
#: who comes to her family's home as a threat (not her father bringing a machete for a goat)
_COMERS = EMPLOYER | frozenset({"sponsor", "calo", "org", "orang", "preman", "mereka", "they", "men", "penagih",
                                "rentenir", "dc", "tekong", "agent", "agency", "pt"})  # fmt: skip
_HER_PEOPLE = frozenset({"keluarga", "keluargaku", "family", "ortu", "ortuku", "anak", "anak2", "anakku", "parents",
                         "kampung", "rumah"})  # fmt: skip
_MINE = FIRST | frozenset({"my", "ku"})
_MENACING = frozenset({"ngancam", "ancam", "mengancam", "diancam", "ngancem", "ancem", "threaten", "threatened",
                       "threatens", "threat"})  # fmt: skip
_SEND = frozenset({"suruh", "nyuruh", "menyuruh", "send", "kirim", "ngirim"})
_PEOPLE = frozenset({"orang", "preman", "people", "men", "someone", "anak", "buahnya"})


def family_hunted(words: list[str], i: int, raw: str) -> Hit | None:
    """A threat to send people after her family at home: "ngancam ... bakal nyuruh orang nyari
    keluarga sy", "they threaten to find my family". Not her own search ("sy mau cari keluarga")."""
    after = words[i + 1 : i + 4]
    if not _HER_PEOPLE.intersection(after) or not _MINE.intersection(words[i + 1 : i + 5]) or negated(words, i):
        return None
    before = words[max(0, i - 4) : i]
    sent = bool(_SEND.intersection(before)) and bool(_PEOPLE.intersection(before))
    # said as the price of her leaving: "agen bilang kalo sy pulang, ... atau dia datengin keluarga sy"
    or_else = bool({"atau", "or"}.intersection(before)) or (
        bool(_IF.intersection(words[:i])) and bool(_WILL.intersection(before))
    )
    said = bool(_SAID.intersection(words[:i])) and or_else
    if words[i] in ("dtg", "dateng", "datang", "came", "come"):
        # "sponsor sy dtg ke rumah ortu sy bawa preman"; not a visit alone ("agen dtg ke rumah ortu
        # sy buat urus dokumen")
        comer = _COMERS.intersection(words[max(0, i - 3) : i])
        return Hit("danger", i, i + 1, False) if comer and _ARMED.intersection(words) else None
    if not (sent or said or _MENACING.intersection(words[:i])) or FIRST.intersection(words[i - 1 : i]):
        return None
    return Hit("danger", i, i + 1, False)  # a threat to her, through her family


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
#: the same said by him, her named after: "tuan manggil sy ke kamarnya", "he call me to his room"
SENDS = frozenset({"manggil", "memanggil", "panggil", "nyuruh", "menyuruh", "suruh", "ngajak", "mengajak", "ajak",
                    "maksa", "memaksa", "call", "calls", "ask", "asks", "tell", "tells", "order", "orders",
                    "force", "forces"})  # fmt: skip


def sent_to_his_room(words: list[str], i: int, raw: str) -> Hit | None:
    """ "kakak sy disuruh ke kamar bapak tiap malam pas nyonya pergi": she is sent to a man's room
    at night, while the wife is away, or so that she is afraid (not "disuruh ke kamar mandi")."""
    at = i + 2 if words[i] in SENDS else i + 1  # "manggil sy ke kamarnya": her named first
    if words[i] in SENDS and not (words[i + 1 : i + 2] and words[i + 1] in FIRST | {"me"}):
        return None
    rest = words[at : at + 5]
    if not rest or rest[0] not in ("ke", "to", "into") or negated(words, i):
        return None
    room = next((k for k, w in enumerate(rest) if w in _ROOM or w in _HIS_ROOM), -1)
    if room < 0:
        return None
    his = rest[room] in _HIS_ROOM and bool(_MAN.intersection(words[:i]))  # "tuan ... manggil sy ke kamarnya"
    if not his and not _MAN.intersection(rest[room + 1 : room + 3] + rest[max(0, room - 2) : room]):
        return None
    if not _unguarded_hour(words):
        return None
    return Hit("danger", i, at + 1 + room, third_before(words, i))


#: his room, said with -nya after a man of the house was named: "tuan ... manggil sy ke kamarnya"
_HIS_ROOM = frozenset({"kamarnya", "kmrnya", "biliknya"})


#: what a threat said plainly names, besides a blow or a killing: the police or jail, a theft she
#: would be accused of, being sold, burnt, shot, dumped or taken
_HARM_SAID = frozenset({"polisi", "police", "polis", "penjara", "dipenjara", "dipenjarakan", "jail", "nyuri", "curi",
                        "mencuri", "maling", "steal", "stole", "thief", "imigrasi", "imigresen", "immigration",
                        "tembak", "ditembak", "shoot", "bakar", "dibakar", "burn", "culik", "diculik", "buang",
                        "dibuang", "jual", "dijual", "sell"})  # fmt: skip
#: who the threat is said to, as the threat names her ("kamu" in the words passed on)
_HER_IN_IT = (FIRST - {"kita", "we", "our"}) | frozenset(
    {"kamu", "km", "lu", "lo", "loe", "you", "kau", "awak", "sampeyan"}
)
#: saying, as a threat is passed on: "majikan bilang mau ..."
SAYING = frozenset({"bilang", "blg", "ngomong", "katanya", "ktnya", "said", "say", "says", "told", "tell"})


def threat_said(words: list[str], i: int, raw: str) -> Hit | None:
    """ "majikan bilang mau laporin sy nyuri kalo sy minta pulang", "dia bilang bakal nyari sy
    sampe dapet dan bunuh": a threat passed on without the word "ancam", a harm she will suffer.
    Not a harm to nobody of hers ("bilang mau buang sampah"), nor "pukul 3" (a time)."""
    if not _WILL.intersection(words[i + 1 : i + 3]) or negated(words, i) or hypothetical(words, i):
        return None
    span: list[str] = []
    for word in words[i + 1 : i + 11]:
        if word == ",":
            break
        span.append(word)
    if not _HER_IN_IT.intersection(span):
        return None
    for k, word in enumerate(span):
        harm = word in KILL or word in _HARM_SAID or (word in VIOLENCE and not word.startswith("pukul"))
        if not harm or span[k + 1 : k + 2] in (["diri"], ["dri"]):
            continue
        # done to her: "laporin sy", "bunuh kamu"; or she named first and the harm last or passive
        # ("nyari sy sampe dapet dan bunuh", "sy bakal dipenjara"), not "jual sawah buat biaya sy"
        done_to_her = bool(_HER_IN_IT.intersection(span[k + 1 : k + 3])) or (
            bool(_HER_IN_IT.intersection(span[:k])) and (k + 1 == len(span) or word.startswith("di"))
        )
        if done_to_her:
            return Hit("danger", i, i + k + 2, False)
    return None


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
    forced = bool((_FORCING | {"dipaksa", "terpaksa"}).intersection(words[max(0, i - 2) : i]))
    unknown = bool(_UNKNOWN.intersection(words[i + 1 : i + 4])) or (
        "apa" in words[i + 1 : i + 6] and _KNOW.intersection(words[i + 1 : i + 6])
    )
    if forced or (unknown and not _CARE_GIVEN.intersection(words)):
        return Hit("danger", i - 1 if forced else i, i + 2, third_before(words, i))
    return None
