"""Danger told by what surrounds it rather than by a word of violence: she fled and is being
hunted ("sy kabur ..., org agen lg nyari sy"), she is left out in the cold or the sun as a
punishment ("disuruh tidur di balkon pas musim dingin"), a hurt done on purpose ("jari sy dijepit
di pintu sengaja"), she woke drugged with her clothes undone ("dikasih obat ... bangun2 baju sy
udh kebuka"), a man knocks at her door at night and she is afraid. Each needs two things said
together; one alone is everyday ("sy kabur dr rutinitas", "tidur di balkon enak adem",
"sengaja sy tinggal", "baju sy kebuka kena angin")."""

from __future__ import annotations

from flows.understand.danger_context import Hit, hypothetical, negated, third_before
from flows.understand.danger_words import FIRST, NEGATORS
from flows.understand.per_message import PerMessage

#: leaving by flight: "kabur", "lari dr rumah majikan", "escape", "run away", "lompat pagar"
FLED = frozenset({"kabur", "lari", "melarikan", "escape", "escaped", "ran", "run", "runaway", "lompat", "loncat",
                  "minggat"})  # fmt: skip
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


#: out where she should not sleep or stand: a balcony, a yard, the sun
_OUTSIDE = frozenset({"luar", "balkon", "balcony", "teras", "outside", "yard", "halaman", "atap", "roof", "rooftop",
                      "matahari", "sun", "garasi", "garage", "lorong", "corridor"})  # fmt: skip
#: what makes it a punishment or a danger: cold, rain, no blanket, hours, "hukuman"
_EXPOSED = frozenset({"dingin", "cold", "winter", "minus", "salju", "snow", "hujan", "rain", "raining", "kehujanan",
                      "kedinginan", "menggigil", "selimut", "blanket", "hukuman", "punishment", "punish", "dihukum",
                      "semalaman", "semaleman", "pingsan"})  # fmt: skip
#: put there: made to sleep or stand there, kept from coming in
PUT_OUT = frozenset({"tidur", "sleep", "berdiri", "stand", "standing", "dijemur", "dikunci", "locked", "dikeluarin",
                     "push", "pushed", "diusir"})  # fmt: skip
#: letting her in, refused: "dont allow me inside", "gk boleh masuk"
INSIDE = frozenset({"inside", "masuk"})
#: what makes it her own choice: "enak adem", "pemandangan", "ngadem"
_CHOSEN = frozenset({"enak", "adem", "sejuk", "seger", "ngadem", "pemandangan", "view", "nice", "like", "suka",
                     "camping", "kemah", "piknik", "picnic", "bbq", "barbeque", "bintang", "stars"})  # fmt: skip


def left_out(words: list[str], i: int, raw: str) -> Hit | None:
    """ "i sleep in the balcony in winter, madam dont allow me inside", "disuruh berdiri di bawah
    matahari 3 jam sbg hukuman", "kl malem sy gk dikasih selimut": put out in the cold, rain or
    sun as a punishment. Not a night on the balcony she chose ("enak adem"), nor a house rule."""
    if negated(words, i) or hypothetical(words, i) or _CHOSEN.intersection(words):
        return None
    near = words[max(0, i - 4) : i + 8]
    if not _OUTSIDE.intersection(near) or not _EXPOSED.intersection(words):
        return None
    if words[i] in ("selimut", "blanket"):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


def kept_out(words: list[str], i: int, raw: str) -> Hit | None:
    """ "madam dont allow me inside", "gk dikasih masuk rumah semalaman": kept out of the house,
    in the cold or rain or all night."""
    if not _EXPOSED.intersection(words) or _CHOSEN.intersection(words):
        return None
    before = words[max(0, i - 4) : i]
    if not ({"allow", "let", "dikasih", "boleh", "dibolehin", "diizinkan"}.intersection(before)):
        return None
    if not (negated(words, i - 1) or {"dont", "not", "don"}.intersection(before)):
        return None
    return Hit("danger", max(0, i - 3), i + 1, third_before(words, max(0, i - 3)))


#: on purpose: a hurt done knowingly
ON_PURPOSE = frozenset({"sengaja", "sengajain", "disengaja", "purpose", "deliberately", "intentionally"})
#: a hurt, or a body part hurt
_HURT = frozenset({"jari", "tangan", "kaki", "kepala", "muka", "kulit", "kuku", "punggung", "lengan", "badan",
                   "luka", "gosong", "melepuh", "berdarah", "memar", "lebam", "patah", "bengkak", "finger", "hand",
                   "arm", "leg", "head", "face", "skin", "back", "burn", "burned", "bleeding", "bruise"})  # fmt: skip
#: "gk sengaja", "tidak sengaja": by accident, the opposite
_BY_ACCIDENT = frozenset({"accident", "accidentally", "kecelakaan"})
#: who did it: someone of the house
_DOERS = frozenset({"majikan", "madam", "mam", "maam", "nyonya", "tuan", "baba", "mama", "bos", "boss", "dia", "he",
                    "she", "employer", "anaknya", "suaminya", "istrinya", "kafil", "mandor", "kapten", "captain",
                    "ahma", "akong", "ama", "nenek", "kakek", "laoban", "sir"})  # fmt: skip


def on_purpose(words: list[str], i: int, raw: str) -> Hit | None:
    """ "jari sy dijepit di pintu sengaja sm madam", "kulit sy gosong kena setrika yg sengaja
    ditempel madam", "she burned my arm on purpose": a hurt to her body done knowingly by someone
    of the house. Not "gk sengaja" (an accident), nor her own doing ("sy sengaja ...")."""
    if negated(words, i) or _BY_ACCIDENT.intersection(words):
        return None
    if i and words[i - 1] in FIRST:
        return None  # "sy sengaja ...": her own doing
    near = words[max(0, i - 8) : i + 6]
    if not _HURT.intersection(near) or not _DOERS.intersection(words[max(0, i - 10) : i + 6]):
        return None
    if not FIRST.intersection(words[max(0, i - 10) : i + 6]) and not third_before(words, i):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


#: waking: "bangun2", "sadar", "woke up"
WOKE = frozenset({"bangun", "sadar", "woke", "wake", "waking", "siuman"})
_CLOTHES = frozenset({"baju", "bajuku", "celana", "clothes", "clothing", "pakaian", "rok", "daster", "bh", "bra",
                      "seluar", "kain"})  # fmt: skip
#: undone, changed, gone: "udh kebuka", "ga lengkap", "dah lain", "off"
_UNDONE = frozenset({"kebuka", "terbuka", "dibuka", "buka", "lengkap", "lain", "dilepas", "lepas", "off", "removed",
                     "gone", "changed", "different", "berantakan", "robek", "sobek", "ilang", "hilang",
                     "copot"})  # fmt: skip


def woke_undressed(words: list[str], i: int, raw: str) -> Hit | None:
    """ "dikasih obat aneh trs pingsan, bangun2 baju sy udh kebuka", "lepas tu sy pening tak ingat
    apa2. bangun pagi baju dah lain": she woke with her clothes undone after something was done
    to her."""
    after = words[i + 1 : i + 9]
    if not _CLOTHES.intersection(after) or not _UNDONE.intersection(after):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


#: a knock at her door: "ketok pintu", "knocking my door"
KNOCKS = frozenset({"ketok", "ngetok", "ketuk", "ngetuk", "mengetuk", "diketok", "diketuk", "knock", "knocking",
                    "knocked", "knocks", "dobrak", "ndobrak", "didobrak", "dihancurin", "hancurin",
                    "jebol"})  # fmt: skip
_DOOR = frozenset({"pintu", "pintunya", "door", "kamar", "kamarku", "room"})
_FEAR = frozenset({"takut", "tkt", "ketakutan", "scared", "afraid", "terrified", "wedi", "gemeteran", "gemetar",
                   "sieun", "mabok", "mabuk", "drunk", "ngamuk"})  # fmt: skip
_AT_NIGHT = frozenset({"malem", "malam", "mlm", "night", "now", "skrg", "sekarang", "tengah"})


def knocked(words: list[str], i: int, raw: str) -> Hit | None:
    """ "he is knocking my door now very hard, i am scared", "tiap malem ada laki2 ketok pintu
    kamar sy, sy takut", "suami majikan ngamuk pake palu, pintu kamar sy dihancurin": her door
    knocked or broken while she is afraid, at night or now. Not a guest at the door."""
    if negated(words, i):
        return None
    if not _DOOR.intersection(words[max(0, i - 4) : i + 5]) or not _FEAR.intersection(words):
        return None
    if not (_AT_NIGHT.intersection(words) or words[i] in ("dobrak", "ndobrak", "didobrak", "dihancurin", "jebol")):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


#: so that it ends: "biar selesai", "supaya semua berakhir", "so it ends"
ENDING = frozenset({"biar", "supaya", "spy", "agar", "so"})
_ENDS = frozenset({"selesai", "beres", "berakhir", "end", "ends", "over", "tamat", "mati"})
_IF_WORDS = frozenset({"kalau", "kalo", "klo", "kl", "if", "jika", "seandainya"})
#: what she takes or does to herself
_ACTS = frozenset({"minum", "telan", "nelen", "menelan", "nenggak", "nengak", "took", "take", "swallow",
                   "swallowed", "drink", "drank", "loncat", "lompat", "terjun", "nyebrang", "jump", "nabrak",
                   "nabrakin", "gantung"})  # fmt: skip
#: what is swallowed to end it: a bottle, pills, poison, cleaner
_DOSE = frozenset({"botol", "bottle", "obat", "pil", "pills", "pill", "racun", "pembersih", "baygon", "tablet",
                   "semua", "all", "banyak", "many", "strip", "sebotol", "cairan"})  # fmt: skip


def ended_by_act(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy udh minum obat maag 1 botol, biar selesai", "kalo sy lompat biar semua berakhir": an
    act done to herself so that it ends. Not "minum obat biar cepet sembuh" (to heal)."""
    if words[i] in _ENDS:
        # "kalau aku lompat ke sungai ... pasti semua selesai": the end said after the act
        if i < 1 or words[i - 1] not in ("semua", "semuanya", "all", "everything"):
            return None
        after = [words[i]]
        before = words[max(0, i - 14) : i]
        if not _IF_WORDS.intersection(before):
            return None
    else:
        after = words[i + 1 : i + 4]
        before = words[max(0, i - 12) : i]
    if not _ENDS.intersection(after) or "sembuh" in after:
        return None
    act = next((k for k, w in enumerate(before) if w in _ACTS), -1)
    if act < 0 or not FIRST.intersection(before[max(0, act - 3) : act + 1]):
        return None
    if before[act] in (
        "minum",
        "telan",
        "nelen",
        "menelan",
        "nenggak",
        "nengak",
        "took",
        "take",
        "swallow",
        "swallowed",
        "drink",
        "drank",
    ) and not _DOSE.intersection(before[act:]):
        return None  # "minum kopi biar semua beres": not a dose
    start = i - len(before) + act
    return Hit("self_harm", start, min(i + 2, len(words)), third_before(words, start))


#: giving away what she owns: "sy udh kasih semua barang sy ke temen"
GIVING = frozenset({"kasih", "kasihin", "kasi", "bagi", "bagiin", "bagikan", "give", "gave", "given", "ngasih"})
_BELONGINGS = frozenset({"barang", "baju", "things", "stuff", "belongings", "hartaku", "harta"})
_NO_NEED = frozenset({"butuh", "perlu", "need", "needed", "pakai", "pake"})


def gave_away(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy udh kasih semua barang sy ke temen, sy gk butuh lagi", "i give all my things to my
    friend, i dont need anymore": giving away what she owns as no longer needed (a warning sign
    of suicide in prevention guidance). Not giving things away before going home."""
    # "kasih semua barang sy", or the things first: "barang2 sy udh sy kasih semua ke adik"
    near = words[max(0, i - 5) : i + 5]
    if not _BELONGINGS.intersection(near) or not {"semua", "all"}.intersection(near):
        return None
    if {"pulang", "home", "mudik", "balik", "pindah", "move", "moving"}.intersection(words):
        return None  # "sy kasih semua barang ke temen krn mau pulang": going home
    for k in range(i + 4, min(len(words), i + 14)):
        if words[k] in _NO_NEED and (k and (words[k - 1] in NEGATORS or words[k - 1] in ("dont", "no", "t"))):
            return Hit("self_harm", i, k + 1, third_before(words, i))
    return None


def die_along(words: list[str], i: int, raw: str) -> Hit | None:
    """ "mending sy ikut mati sama anak sy yg udh gk ada", "pengen ikut mati aja": dying along
    with someone, wished (not "hp ikut mati", a phone, nor "ikut mati lampu")."""
    if words[i + 1 : i + 2] not in (["mati"], ["meninggal"], ["die"], ["mati2an"]) or words[i + 1] == "mati2an":
        return None
    if words[i + 2 : i + 3] and words[i + 2] in ("lampu", "listrik", "gaya", "kutu"):
        return None
    before = words[max(0, i - 4) : i]
    if not FIRST.intersection(before) or not (
        {"mending", "mendingan", "lebih", "pengen", "pengin", "ingin", "mau", "want", "better", "rasanya"}.intersection(
            before
        )
    ):
        return None
    return Hit("self_harm", max(0, i - 3), i + 2, third_before(words, max(0, i - 3)))


# -- held by many threads at once (the ILO's indicators of forced labour): her papers or phone
# taken, not let go home, made to pay to leave, watched, unpaid for months, worked day and night.
# Each alone is an everyday complaint ("paspor dipegang majikan", "gaji telat 2 bln"); one that
# holds her (pay to leave, watched, never out) with any other is being held.
_PAPERS = frozenset({"paspor", "passport", "passports", "pasport", "pasporna", "pasporku", "dokumen", "documents",
                     "document", "arc", "iqama", "iqomah", "ktp", "ic", "permit"})  # fmt: skip
_TAKEN = frozenset({"ditahan", "diambil", "dipegang", "disita", "dirampas", "ambil", "ngambil", "take", "took", "taken",
                    "keep", "keeps", "kept", "hold", "holds", "held", "pegang", "megang", "nahan", "tahan", "simpan",
                    "disimpan", "nyimpen", "dibalikeun", "dibalikin", "dikembaliin", "dikembalikan", "with",
                    "di"})  # fmt: skip
_PHONES = frozenset({"hp", "handphone", "phone", "ponsel", "hpnya", "hp-na"})
_HOME = frozenset({"pulang", "mulih", "balik", "leave", "home", "keluar", "kluar", "out", "berhenti", "resign", "turun",
                   "wangsul", "uih", "bali"})  # fmt: skip
_PAYING = frozenset({"bayar", "byr", "pay", "denda", "tebus", "tebusan", "ganti", "owe", "utang", "hutang", "debt",
                     "lunas"})  # fmt: skip
_WATCHED = frozenset({"dijaga", "dijagain", "diawasin", "diawasi", "ngawasin", "mengawasi", "dikawal",
                      "guarded", "watched", "watching", "guard", "guards", "follow", "follows", "followed", "diikutin",
                      "dibuntuti", "ditemenin", "ditemani", "ngikutin"})  # fmt: skip
_NEVER_OUT = frozenset({"keluar", "kluar", "turun", "out", "outside", "nyandar", "sandar", "darat"})
_UNPAID = frozenset({"dibayar", "digaji", "gaji", "salary", "pay", "paid", "gajih"})
_MONTHS = frozenset({"bln", "bulan", "months", "month", "thn", "tahun", "years", "sasi", "taun", "setahun", "sebulan",
                     "year"})  # fmt: skip
#: made to stay when she asks to go: "mau pulang tp dipaksa tetep", "minta pulang diancam"
_ORDERED_TO_STAY = frozenset({"dipaksa", "diancam", "diancem", "threatened", "dilarang", "ditahan"})
_SECRETLY = frozenset({"diem2", "diam2", "diem", "sembunyi2", "secretly", "ngumpet2", "umpet2"})
_DEVICE_USE = frozenset({"hp", "phone", "chat", "wa", "telp", "telpon", "nelpon", "ngetik", "pinjem", "pinjam"})
_BARRED = frozenset({"teralis", "terali", "digembok", "dipaku", "bars", "barred", "padlocked", "berkunci"})
_DEBT = frozenset({"utang", "hutang", "debt", "utangnya", "hutangnya"})
_REFUSING = frozenset({"nolak", "menolak", "tolak", "refuse", "ngelawan", "melawan"})
#: paying to go: "i must pay 4000 usd to go out", "bayar dulu buat pulang"
_TO_LEAVE = frozenset({"go", "leave", "pulang", "keluar", "released", "free", "dilepas", "bebas"})
_SLEEP_HOURS = frozenset({"tidur", "sleep", "siang"})


def _scant_sleep(words: list[str], k: int) -> bool:
    """ "tidur cm 3 jam", "sleep only 2 hours", "dikerjain siang malem": worked day and night."""
    if words[k] == "siang":
        return words[k + 1 : k + 2] in (["malem"], ["malam"], ["mlm"])
    after = words[k + 1 : k + 5]
    hours = next((w for w in after if w.isdigit()), "")
    return bool(hours) and int(hours) <= 4 and bool({"jam", "hours", "hour", "jm"}.intersection(after))


#: a body giving way: "kmrn sy pingsan pas ngepel", "udh mau pingsan", "pusing mau jatuh", "badan gemeter"
_GIVING_WAY = frozenset({"pingsan", "semaput", "faint", "fainted", "fainting", "collapse", "collapsed", "gemeter",
                         "gemetar", "gemeteran", "sesak", "dizzy", "pusing", "muntah", "lemes", "lemas", "kliyengan",
                         "sempoyongan", "tumbang", "ambruk"})  # fmt: skip
#: nights lost to her own leisure or study, not to work: "gk tidur 2 hari krn nonton drakor"
_OWN_NIGHTS = frozenset({"nonton", "drakor", "game", "games", "main", "begadang", "ngobrol", "tiktok", "pesta",
                         "party", "ujian", "exam", "belajar", "kangen", "mikir", "mikirin", "kepikiran", "insomnia",
                         "worry", "worried", "think", "thinking"})  # fmt: skip
_NIGHTS = frozenset({"hari", "hr", "malam", "malem", "mlm", "days", "nights", "dino", "poe", "dinten"})


def _sleepless_days(words: list[str], k: int) -> bool:
    """ "3 hari gk tidur sama sekali", "udh 2 malem gk tidur", "no sleep 3 days": days without sleep."""
    if not negated(words, k) and words[k - 1 : k] != ["no"]:
        return False
    near = words[max(0, k - 5) : k] + words[k + 1 : k + 5]
    return any(
        w.isdigit() and int(w) >= 2 and near[j + 1 : j + 2] and near[j + 1] in _NIGHTS for j, w in enumerate(near)
    )


def worn_out(words: list[str], i: int, raw: str) -> Hit | None:
    """ "tidur cm 4 jam. kmrn sy pingsan pas ngepel", "3 hari gk tidur sama sekali jagain nenek, sy
    udh mau pingsan", "tidur sy cuma 2 jam sehari dah 3 bulan, kepala sy sering pusing mau jatuh":
    kept from sleep until her body gives way. Not nights lost to a drama, a game or worry."""
    if not (_scant_sleep(words, i) or _sleepless_days(words, i)) or not _GIVING_WAY.intersection(words):
        return None
    if _OWN_NIGHTS.intersection(words) or hypothetical(words, i):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


_REFUSED_GO = frozenset({"boleh", "bole", "blh", "dikasih", "dibolehin", "diizinin", "diizinkan", "let", "allow",
                         "allowed", "bisa", "bs", "can", "entuk", "oleh", "meunang", "iso"})  # fmt: skip
#: every word that may start one of the signs _scan reads (besides "never out", checked apart)
_ANY_SIGN = (
    _PAPERS
    | _PHONES
    | _PAYING
    | _DEBT
    | _WATCHED
    | _HOME
    | _SECRETLY
    | _BARRED
    | _REFUSING
    | _SLEEP_HOURS
    | _UNPAID
    | {"let", "allow", "escape", "kabur", "hold", "holding", "held", "keeping"}
)
HELD_WORDS = (
    _PAYING
    | _WATCHED
    | _NEVER_OUT
    | _PAPERS
    | _PHONES
    | _HOME
    | _BARRED
    | _REFUSING
    | _SECRETLY
    | {"escape", "kabur", "hold", "held", "let", "allow"}
)


def _never_out(words: list[str], k: int) -> bool:
    """ "10 bulan gk pernah keluar", "gk pernah turun dr kapal", "gk dibolehin turun ... udh setahun",
    "udh gk keluar rumah 7 bln": never out, for months."""
    if not k or words[k] not in _NEVER_OUT:
        return False
    before = words[k - 1]
    if before in ("pernah", "prnh") and negated(words, k - 1):
        return True
    if before in _REFUSED_GO and negated(words, k - 1) and _MONTHS.intersection(words[k + 1 : k + 12]):
        return True
    # "udh gk keluar rumah 7 bln", "udh setahun sy gk keluar rumah"
    return before in NEGATORS and bool(_MONTHS.intersection(words[max(0, k - 5) : k] + words[k + 1 : k + 5]))


_GIVING = frozenset({"dikasih", "dikasi", "kasih", "kasi", "diberi", "dibagi"})
_HOMEWARD = frozenset({"ke", "kampung", "indo", "indonesia", "rumah", "pulang", "negara"})


def _given_back(words: list[str], k: int) -> bool:
    """ "paspor gk dikasih balik": a thing not given back, not she not let go back home."""
    return words[k] == "balik" and words[k - 1] in _GIVING and words[k + 1 : k + 2] not in [[w] for w in _HOMEWARD]


def _scan(words: list[str]) -> tuple[set[str], set[str]]:
    """The indicators of being held said in the message: (those that hold her, the others)."""
    holding: set[str] = set()
    other: set[str] = set()
    n = len(words)
    for k, w in enumerate(words):
        if w not in _ANY_SIGN and not _never_out(words, k):
            continue  # most words of a message are none of these: one set look-up
        near = words[max(0, k - 4) : k + 5]
        before = words[k - 1] if k else ","
        if w in _PAPERS and _TAKEN.intersection(near):
            other.add("papers")
        elif w in _PHONES and _TAKEN.intersection(near) - {"with", "di"}:
            other.add("phone")
        elif (
            w in _PAYING
            and (_HOME.intersection(words[max(0, k - 8) : k]) or _TO_LEAVE.intersection(words[k + 1 : k + 6]))
            and not negated(words, k)
            and not {"tiket", "ticket", "sendiri", "own"}.intersection(words[k + 1 : k + 3])
        ):
            holding.add("pay_to_leave")  # "klo mau pulang agency bilang bayar 30 juta dulu", "pay 4000 usd to go out"
        elif w in _DEBT and "dulu" in words[k + 1 : k + 5]:
            holding.add("debt_first")  # "harus bayar utang 30 juta dulu"
        elif w in _WATCHED and not negated(words, k):
            holding.add("watched")
        elif _never_out(words, k):
            holding.add("never_out")
        elif w in _HOME and before in _REFUSED_GO and negated(words, k - 1) and not _given_back(words, k):
            other.add("not_let_go")  # "gk boleh pulang"
        elif (
            w in _HOME
            and before in FIRST
            and k > 1
            and words[k - 2] in ("bagi", "kasih", "izinkan")
            and negated(words, k - 2)
        ):
            other.add("not_let_go")  # Malay "tak bagi saya balik"
        elif w in _HOME and _ORDERED_TO_STAY.intersection(words[k + 1 : k + 4]):
            other.add("not_let_go")  # "sy mau pulang tp dipaksa tetep", "kl minta pulang diancam polis"
        elif w in ("let", "allow") and before in ("not", "dont", "never") and words[k + 2 : k + 3] == ["go"]:
            other.add("not_let_go")  # "not let her go"
        elif w in ("escape", "kabur") and (
            before in ("cannot", "cant") or (before in ("bisa", "bs") and negated(words, k - 1))
        ):
            holding.add("cannot_escape")
        elif w in _SECRETLY and _DEVICE_USE.intersection(words[max(0, k - 8) : k + 3]):
            holding.add("in_secret")  # "sy cuma bisa chat ini pake hp anaknya diem2"
        elif w in _BARRED:
            other.add("barred")  # "jendela ada teralis", "pintu pagar digembok"
        elif w in ("hold", "holding", "held", "keeping") and words[k + 1 : k + 2] in (["me"], ["us"], ["her"]):
            other.add("held")  # "now the company hold me"
        elif w in _REFUSING and before in _REFUSED_GO and negated(words, k - 1):
            holding.add("no_refusal")  # "gk boleh nolak", "tak bisa menolak"
        elif w in _SLEEP_HOURS and _scant_sleep(words, k):
            other.add("overworked")  # "tidur cm 3 jam", "dikerjain siang malem"
        elif w in _UNPAID and (
            (k + 1 < n and words[k + 1] in NEGATORS | {"blm", "belum"})
            or (before in NEGATORS | {"without", "tanpa", "no", "blm", "belum"})
        ):
            other.add("unpaid")
    return holding, other


#: asked by several rules of one message: scanned once per message
_indicators: PerMessage[tuple[set[str], set[str]]] = PerMessage(_scan)


#: what, beside not being let go, keeps her: her papers, her phone, a barred gate
_KEEPING = frozenset({"papers", "phone", "barred"})
#: a leave or a contract's term, which is why she cannot go home yet: "gk bisa pulang cuti krn kontrak"
_ROUTINE = frozenset({"cuti", "libur", "kontrak", "contract", "tiket", "ticket", "visa", "lebaran", "leave", "holiday",
                      "perpanjang", "perpanjangan", "overstay", "renew"})  # fmt: skip


def held_many_ways(words: list[str], i: int, raw: str) -> Hit | None:
    """ "employer take my passport and phone ... i cannot leave until i pay all", "mreka ambil semua
    dokumen kami trs bilang kalau mau pulang harus bayar 5000 dolar, kami dijaga terus", "paspor
    sm hp dipegang nyonya ... udh gk keluar rumah 7 bln": held, told by two of its signs. Not
    "paspor dipegang majikan, gaji telat" (no sign that holds her), nor a question about them."""
    global _HELD_SAID
    if hypothetical(words, i) or _HELD_SAID is words:
        return None  # once per message: its other words would say the same
    holding, other = _indicators(words)
    # not let go, with her papers or phone taken or the gate barred: "paspor sy ditahan agen, sy gk
    # bisa pulang", "pager digembok, kunci dipegang majikan, sy gk bs keluar"
    kept = "not_let_go" in other and bool(_KEEPING.intersection(other)) and _ROUTINE.isdisjoint(words)
    if not kept and (len(holding | other) < 2 or (not holding and len(other) < 3)):
        return None
    _HELD_SAID = words
    return Hit("danger", i, i + 1, third_before(words, i))


#: the message held_many_ways already read as held
_HELD_SAID: list[str] | None = None


#: a touch: "nyentuh", "pegang2", "raba", "touch", "grope"
TOUCHING = frozenset({"pegang", "megang", "nyentuh", "menyentuh", "sentuh", "raba", "meraba", "ngeraba", "grepe",
                      "touch", "touches", "touched", "touching", "grope",
                      "groped", "remas", "meremas", "diraba", "dipegang", "disentuh",
                     # a stroke: "dia suka ngelus2 paha sy" ("elus" said of an intimate part or by force)
                     "elus", "ngelus", "mengelus", "dielus", "elusin", "ngelusin", "stroke", "strokes",
                     "stroked"}) | frozenset(
    # an embrace or a kiss, read only when a man of the house does it and she fears it or he does it often
    {"peluk", "meluk", "dipeluk", "memeluk", "cium", "nyium", "dicium", "mencium", "ciumin", "diciumin", "hug", "hugs",
     "hugged", "hugging", "kiss", "kisses", "kissed", "kissing"})  # fmt: skip
_EMBRACE = TOUCHING - {"pegang", "megang", "nyentuh", "menyentuh", "sentuh", "raba", "meraba", "ngeraba", "grepe",
                       "touch", "touches", "touched", "touching", "grope", "groped", "remas", "meremas", "diraba",
                       "dipegang", "disentuh", "elus", "ngelus", "mengelus", "dielus", "elusin", "ngelusin", "stroke",
                       "strokes", "stroked"}  # fmt: skip
#: fondling verbs, for which her whole body is intimate: "kakek suka raba2 badannya"
_FONDLE = frozenset({"raba", "meraba", "ngeraba", "diraba", "grepe", "grope", "groped", "remas", "meremas"})
_WHOLE_BODY = frozenset({"badan", "badannya", "bdn", "tubuh", "tubuhnya", "body", "sy", "saya", "aku", "me", "her"})
#: the men of a house she works in (not its women, not its children): "baba", "akong", "sir"
_MEN_OF_HOUSE = frozenset({"baba", "tuan", "bapak", "bpk", "kakek", "akong", "ahkong", "kong", "sir", "boss", "bos",
                           "he", "son", "suami", "husband", "sopir", "driver", "laoban", "tauke", "towkay", "kafil",
                           "mister", "abah", "lelaki", "laki", "laki2", "cowok", "pria", "man"})  # fmt: skip
_HERS = (["sy"], ["saya"], ["aku"], ["ku"], ["my"], ["gw"])
#: a kiss of greeting: on the hand, on the forehead
_GREETING = frozenset({"tangan", "tgn", "hand", "kening", "forehead", "jidat"})
#: what makes an embrace unwanted: done often, at night, in secret, by force, or feared
_UNWANTED = frozenset({"suka", "sk", "sering", "always", "tiap", "every", "takut", "scared", "afraid", "paksa",
                       "maksa", "dipaksa", "force", "forced", "diam2", "secretly", "malem", "malam", "mlm",
                       "night", "jijik", "dirty", "risih", "kotor"})  # fmt: skip
_INTIMATE = frozenset({"dada", "dadaku", "payudara", "tetek", "susu", "breast", "breasts", "chest", "pantat",
                       "bokong", "butt", "paha", "thigh", "thighs", "private", "kemaluan", "selangkangan"})  # fmt: skip
_FORCING = frozenset({"maksa", "paksa", "dipaksa", "force", "forced", "forcing"})
#: her own hand, or a patient's for breath: "pegang dada krn sesak", "touch my chest, pain"
_BREATH_OR_PAIN = frozenset({"sesak", "sesek", "sakit", "nyeri", "pain", "napas", "nafas", "breathe", "jantung"})


def touched(words: list[str], i: int, raw: str) -> Hit | None:
    """ "kakek ... ngintip sy mandi trs nyentuh dada sy", "ahkong always touch my breast",
    "majikan laki masuk kamar mandi pas sy mandi dan maksa pegang sy": her intimate body touched,
    or her touched by force. Not a hand on a chest in pain."""
    if negated(words, i) or hypothetical(words, i) or _BREATH_OR_PAIN.intersection(words[i + 1 : i + 6]):
        return None
    after = words[i + 1 : i + 4]
    if words[i] in _EMBRACE:
        # "sy sering dipeluk2 sm baba", "he hug me from back when madam go work, i scared"
        near = range(max(0, i - 6), min(len(words), i + 4))
        man = any(words[k] in _MEN_OF_HOUSE and words[k + 1 : k + 2] not in _HERS for k in near)  # not "suami sy"
        if not man or not _UNWANTED.intersection(words) or _GREETING.intersection(after[:2]):
            return None  # "akong cium tangan sy tiap pagi": a greeting
        her = bool((FIRST | {"me"}).intersection(after[:2]))
        return Hit("danger", i, i + 1, not her and third_before(words, i))
    if words[i] in _FONDLE and _WHOLE_BODY.intersection(after):
        return Hit("danger", i, i + 2, third_before(words, i))  # "kakek suka raba2 badannya"
    intimate = _INTIMATE.intersection(after) and (
        FIRST.intersection(words[i + 1 : i + 5]) or {"my", "her"}.intersection(after) or words[i].startswith("di")
    )
    forced = _FORCING.intersection(words[max(0, i - 2) : i]) and (FIRST | {"me", "her"}).intersection(after[:2])
    if not (intimate or forced):
        return None
    return Hit("danger", i, i + 2, third_before(words, i))


#: hunger that shows: "laper terus", "lemes mau pingsan", "dizzy", "turun 8 kilo"
_HUNGER_SIGNS = frozenset({"laper", "lapar", "lemes", "lemas", "pingsan", "dizzy", "faint", "gemeter", "gemetar",
                           "kurus", "hungry", "weak", "kilo", "kg", "starving"})  # fmt: skip
_ONLY_FOOD = frozenset({"cuma", "cm", "hanya", "cuman", "only", "doang", "aja", "just"})
_MEAGRE = frozenset({"nasi", "roti", "bread", "rice", "mie", "indomie", "tulang", "sisa", "salt", "garam", "mangkok",
                     "bowl", "putih"})  # fmt: skip
_OWN_CHOICE = frozenset({"hemat", "ngirit", "irit", "diet", "puasa", "fasting", "saving", "save", "doyan"})
MEAGRE = _MEAGRE


def fed_too_little(words: list[str], i: int, raw: str) -> Hit | None:
    """ "tiap hari sy cuma dikasih 1 mangkok nasi, sy laper terus", "they give me only rice and
    salt, i feel dizzy", "makan sehari 1x nasi putih doang udh 3 bulan, badan lemes": fed so
    little that her body shows it. Not a diet, a fast, money saved, nor a food she likes."""
    if _OWN_CHOICE.intersection(words) or negated(words, i):
        return None
    if not _ONLY_FOOD.intersection(words[max(0, i - 4) : i + 3]):
        return None
    if not _HUNGER_SIGNS.intersection(words[i + 1 : i + 14]):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


#: a lesson taught: "mau ngajarin sy pelajaran", "teach me a lesson"
LESSON = frozenset({"pelajaran", "lesson"})
_TEACH = frozenset({"ngajarin", "ajarin", "mengajari", "ngajar", "kasih", "ngasih", "memberi", "teach", "give"})


def lesson_threatened(words: list[str], i: int, raw: str) -> Hit | None:
    """ "majikan bilang malam ini dia mau ngajarin sy pelajaran", "he say he will teach me a
    lesson": a threat said as a lesson, with fear or a time set. Not a school lesson."""
    before = words[max(0, i - 4) : i]
    if not _TEACH.intersection(before) or not (FIRST | {"me", "her"}).intersection(before):
        return None
    if not (
        _FEAR.intersection(words)
        or {"malam", "malem", "nanti", "tonight", "later", "will", "mau", "akan", "bakal"}.intersection(
            words[max(0, i - 8) : i]
        )
    ):
        return None
    if {
        "bahasa",
        "english",
        "inggris",
        "mandarin",
        "kanton",
        "arab",
        "sekolah",
        "school",
        "les",
        "masak",
        "cooking",
        "kelas",
        "class",
    }.intersection(words):
        return None
    return Hit("danger", max(0, i - 3), i + 1, third_before(words, max(0, i - 3)))


#: made to vanish, said as a figure in quotes: "'dibuang'", "bakal 'hilang' kyk si Darto"
VANISHED = frozenset({"dibuang", "hilang", "ilang", "diurus", "diberesin", "dibereskan", "dihilangin", "dihilangkan",
                      "diilangin", "lenyap", "disappear", "disappeared", "handled", "dealt"})  # fmt: skip
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


#: chased: "ngejar sy pake motor", "dikejar baba", "nyari sy" with a weapon
CHASE = frozenset({"ngejar", "ngejarin", "mengejar", "dikejar", "dikejarin", "chase", "chased", "chasing", "nyari",
                   "nyariin", "mencari"})  # fmt: skip
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


#: better dead: "lebih baik dia mati drpd pulang", "mending mati daripada ..."
BETTER_DEAD = frozenset({"mending", "mendingan", "better", "baik"})
_FIGURES = frozenset({"ketawa", "gaya", "lampu", "kelaparan", "bosan", "bosen", "penasaran"})


def rather_dead(words: list[str], i: int, raw: str) -> Hit | None:
    """ "ibu sy bilang lebih baik dia mati drpd pulang bawa utang", "better i die than go back":
    death preferred to what her life is."""
    if words[i] == "baik" and (not i or words[i - 1] not in ("lebih", "lbh")):
        return None
    after = words[i + 1 : i + 4]
    dead = next((k for k, w in enumerate(after) if w in ("mati", "die", "dead", "meninggal", "mampus")), -1)
    if dead < 0 or not {"drpd", "daripada", "dripada", "than"}.intersection(words[i + 2 + dead : i + 5 + dead]):
        return None
    if _FIGURES.intersection(words[i + dead + 2 : i + dead + 8]):
        return None  # "lebih baik mati ketawa drpd ..."
    return Hit("self_harm", i, i + 2 + dead, third_before(words, i))


#: meeting God: "mau ketemu allah aja, capek di dunia"
GOD = frozenset({"allah", "tuhan", "god", "gusti", "pencipta"})
_WEARY = frozenset({"capek", "cape", "capai", "lelah", "penat", "tired", "kesel", "bosen", "muak"})


def to_meet_god(words: list[str], i: int, raw: str) -> Hit | None:
    """ "mau ketemu allah aja, capek di dunia", "pengen menghadap tuhan wae": wishing to meet God
    now, tired of the world (not a prayer, nor the hajj)."""
    if not {"ketemu", "menghadap", "bertemu", "meet", "see", "nyusul"}.intersection(words[max(0, i - 3) : i]):
        return None
    if not {"mau", "pengen", "pengin", "ingin", "want", "arep", "hoyong", "nak"}.intersection(words[max(0, i - 5) : i]):
        return None
    if not ({"aja", "wae", "saja", "je"}.intersection(words[i + 1 : i + 3]) or _WEARY.intersection(words)):
        return None
    if {"haji", "umroh", "umrah", "doa", "sholat", "solat", "pray", "insyaallah"}.intersection(words):
        return None
    return Hit("self_harm", max(0, i - 3), i + 1, third_before(words, max(0, i - 3)))


#: a means ready, waiting for the house to sleep: "nyiapin pisau, cuma nunggu semua tidur"
_MEANS_READY = frozenset({"pisau", "racun", "tali", "obat", "silet", "knife", "rope", "poison", "pills", "pil",
                          "baygon", "pembersih", "cutter"})  # fmt: skip


def waits_for_sleep(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy udh nyiapin pisau, cuma nunggu semua tidur", "sy udh beli racun tikus, nunggu semua
    tidur": a means ready, waiting for the house to sleep."""
    before = words[max(0, i - 3) : i]
    if not {"nunggu", "tunggu", "menunggu", "wait", "waiting"}.intersection(before):
        return None
    if not {"semua", "semuanya", "org", "orang", "mereka", "everyone", "all", "majikan"}.intersection(before):
        return None
    if not _MEANS_READY.intersection(words[max(0, i - 12) : i]) or not FIRST.intersection(words[max(0, i - 12) : i]):
        return None
    return Hit("self_harm", max(0, i - 3), i + 1, third_before(words, max(0, i - 3)))


#: a punishment: "katanya hukuman krn telat bangun"
PUNISHMENT = frozenset({"hukuman", "hukumannya", "punishment", "dihukum", "punish", "punished"})
_BODILY = frozenset({"selimut", "blanket", "dingin", "cold", "ac", "derajat", "makan", "minum", "tidur", "sleep",
                     "berdiri", "stand", "matahari", "sun", "jemur", "dijemur", "food", "water"})  # fmt: skip
_NOT_HERS = frozenset({"anak", "anaknya", "kids", "child", "children", "penjara", "hakim", "court", "pengadilan",
                       "hukum", "pelaku", "polisi"})  # fmt: skip


def punished_in_body(words: list[str], i: int, raw: str) -> Hit | None:
    """ "kl malem sy gk dikasih selimut, AC dipasang 16 derajat, katanya hukuman krn telat bangun":
    her body made to suffer as a punishment (not a child's punishment, nor the law's)."""
    if _NOT_HERS.intersection(words[max(0, i - 6) : i + 4]):
        return None
    near = words[max(0, i - 12) : i + 8]
    if not _BODILY.intersection(near) or not FIRST.intersection(near):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


#: sent out of the house: "majikan usir sy tengah malem", "kick me out at midnight"
CAST_OUT = frozenset({"usir", "ngusir", "diusir", "mengusir", "kick", "kicked", "kicks", "dibuang", "throw", "threw"})
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


#: her veins: "pengen motong nadi sy", "cut my wrist"
VEINS = frozenset({"nadi", "nadiku", "wrist", "wrists", "urat"})
_CUTTING = frozenset({"potong", "motong", "nyayat", "sayat", "iris", "ngiris", "silet", "nyilet", "cut", "slit"})


def cut_veins(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy pengen motong nadi sy", "i want to cut my wrist": cutting her veins, wished or done."""
    if negated(words, i) or not _CUTTING.intersection(words[max(0, i - 3) : i]):
        return None
    if {"cek", "periksa", "check", "denyut", "pulse"}.intersection(words[max(0, i - 4) : i + 2]):
        return None  # a pulse taken
    return Hit("self_harm", max(0, i - 2), i + 1, third_before(words, max(0, i - 2)))


#: a cigarette put out on her: "matiin rokok di tangan sy"
CIGARETTE = frozenset({"rokok", "puntung", "cigarette", "cigarettes", "rokoknya"})


def stubbed_out(words: list[str], i: int, raw: str) -> Hit | None:
    """ "majikan suka matiin rokok di tangan sy", "he put out his cigarette on my arm": a burn."""
    before = words[max(0, i - 2) : i]
    # "matiin" reaches the rules as "mati" (its root, a rule's word)
    if not {"matiin", "mati", "mematikan", "matikan", "out", "sundut", "nyundut", "tempel", "nempelin"}.intersection(
        before + words[i + 1 : i + 2]
    ):
        return None
    after = words[i + 1 : i + 6]
    if not ({"di", "ke", "on", "onto"}.intersection(after) and _HURT.intersection(after)):
        return None
    return Hit("danger", max(0, i - 1), i + 1, third_before(words, max(0, i - 1)))


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
