"""Kept from a doctor or worked while failing: "muntah darah tp ga boleh ke RS", only pills, no
rest or water while ill, cannot breathe, pregnant and bleeding. Rules of the danger reader
(``danger_rules.RULES``)."""

from __future__ import annotations

from flows.understand.danger_context import Hit, hypothetical, negated, negator_before, third_before
from flows.understand.danger_words import FIRST, NEGATORS
from flows.understand.per_message import PerMessage

ONLY = frozenset({"cuma", "cm", "hanya", "cuman", "only"})

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
MEDICINES = frozenset({"obat", "insulin", "medicine", "obatnya", "inhaler", "ubar"})


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
    if sign < 0 and words[i] in FAKING:
        return _her_illness_disbelieved(words, i)
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
    if words[i] in MEDICINES:
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


def only_pills(words: list[str], i: int, raw: str) -> Hit | None:
    """ "udah 4 hari demam tinggi, muntah darah, majikan cuma kasih panadol": a grave sign met
    with a shop's pills only, which is care kept from her (not "udh ke dokter, dikasih panadol")."""
    if not ONLY.intersection(words[max(0, i - 4) : i]) or CARE.intersection(words) - {"obat", "obatnya", "rumah"}:
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


#: said or thought of her: "bilang", "ngira", "nganggep", "thinks"
_DOUBTS = _SAYS | frozenset({"ngira", "kira", "ngiranya", "nganggep", "anggap", "menganggap", "think", "thinks"})
#: "jgn pura2 kuat": told not to pretend, a kindness; "bukan pura2": denied
_NOT_FAKING = frozenset({"jangan", "jgn", "jngn", "ojo", "aja", "bukan", "bkn", "dont", "not"})


def _her_illness_disbelieved(words: list[str], i: int) -> Hit | None:
    """Her illness, and someone says she fakes it: "sy sakit tp majikan bilang sy pura2", "aku
    demam, nyonya ngira aku bohong". Not a grave sign (``no_care`` reads those), but she is ill
    and the one who may send her to care says she is not: care kept from her by disbelief. Not
    "majikan bilang sy jgn pura2 kuat" (told to rest), nor a sleep or a game pretended."""
    if words[i] not in FAKING or not _DOUBTS.intersection(words[max(0, i - 4) : i]):
        return None
    if _NOT_FAKING.intersection(words[max(0, i - 2) : i]) or not FIRST.intersection(words[max(0, i - 3) : i]):
        return None  # "bilang sy jgn pura2 kuat"; "bilang dia pura2": not her
    if words[i + 1 : i + 2] and words[i + 1] in _PRETENDED:
        return None  # "bilang sy pura2 tidur": a sleep pretended, not an illness
    for k in range(i - 1, max(-1, i - 12), -1):
        if words[k] in _ILL and FIRST.intersection(words[max(0, k - 2) : k]):
            if negated(words, k) or hypothetical(words, k):
                return None
            return Hit("danger", k, i + 1, third_before(words, k))
    return None


#: what is said to be pretended that is no illness: "pura2 tidur", "pura2 gk denger"
_PRETENDED = frozenset({"tidur", "bobo", "ngantuk", "gk", "ga", "nggak", "sibuk", "lupa", "kuat", "sleep", "sleeping"})
