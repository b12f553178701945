"""Danger told by what surrounds it rather than by a word of violence: she is left out in the cold
or the sun as a punishment ("disuruh tidur di balkon pas musim dingin"), a hurt done on purpose
("jari sy dijepit di pintu sengaja"), she woke drugged with her clothes undone ("dikasih obat ...
bangun2 baju sy udh kebuka"), a man knocks at her door at night and she is afraid, worn out, fed
too little. Each needs two things said together; one alone is everyday ("tidur di balkon enak
adem", "sengaja sy tinggal", "baju sy kebuka kena angin"). Fled and hunted is in
``danger_fled``, despair without the word in ``danger_despair``, held in many ways at once in
``danger_held_many_ways``."""

from __future__ import annotations

from flows.understand.danger_context import Hit, hypothetical, negated, third_before
from flows.understand.danger_held_many_ways import (
    BARRED,
    HOME,
    NEVER_OUT,
    PAPERS,
    PAYING,
    PHONES,
    REFUSING,
    SECRETLY,
    WATCHED,
    scant_sleep,
)
from flows.understand.danger_words import FIRST

#: leaving by flight: "kabur", "lari dr rumah majikan", "escape", "run away", "lompat pagar"
FLED = frozenset({"kabur", "lari", "melarikan", "escape", "escaped", "ran", "run", "runaway", "lompat", "loncat",
                  "minggat"})  # fmt: skip


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


#: giving away what she owns: "sy udh kasih semua barang sy ke temen"
GIVING = frozenset({"kasih", "kasihin", "kasi", "bagi", "bagiin", "bagikan", "give", "gave", "given", "ngasih"})


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
    if not (scant_sleep(words, i) or _sleepless_days(words, i)) or not _GIVING_WAY.intersection(words):
        return None
    if _OWN_NIGHTS.intersection(words) or hypothetical(words, i):
        return None
    return Hit("danger", i, i + 1, third_before(words, i))


HELD_WORDS = (
    PAYING
    | WATCHED
    | NEVER_OUT
    | PAPERS
    | PHONES
    | HOME
    | BARRED
    | REFUSING
    | SECRETLY
    | {"escape", "kabur", "hold", "held", "let", "allow"}
)


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
_ONLY_FOOD = frozenset({"cuma", "cm", "hanya", "cuman", "only", "doang", "aja", "just",
                        # rationed: "makanan sy dijatah sepiring nasi sehari" (danger13)
                        "dijatah", "jatah", "dijatahin", "jatahnya"})  # fmt: skip
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


#: chased: "ngejar sy pake motor", "dikejar baba", "nyari sy" with a weapon
CHASE = frozenset({"ngejar", "ngejarin", "mengejar", "dikejar", "dikejarin", "chase", "chased", "chasing", "nyari",
                   "nyariin", "mencari"})  # fmt: skip


#: better dead: "lebih baik dia mati drpd pulang", "mending mati daripada ..."
BETTER_DEAD = frozenset({"mending", "mendingan", "better", "baik"})


#: meeting God: "mau ketemu allah aja, capek di dunia"
GOD = frozenset({"allah", "tuhan", "god", "gusti", "pencipta"})


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


#: her veins: "pengen motong nadi sy", "cut my wrist"
VEINS = frozenset({"nadi", "nadiku", "wrist", "wrists", "urat"})


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
