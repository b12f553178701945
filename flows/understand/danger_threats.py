"""Threats and the word kill: 'mau dibunuh', 'diancam', a threat to her body or her family told
apart from a threat to her job, and the cry of alarm. Rules of the danger reader
(``danger_rules.RULES``)."""

from __future__ import annotations

from flows.understand.danger_context import KIN, Hit, hypothetical, negated, person_after, thing_before, third_before
from flows.understand.danger_violence import object_fronted
from flows.understand.danger_words import (
    ALARM_NOT_AFTER,
    ALARM_NOT_BEFORE,
    DEVICES,
    EMPLOYER,
    EN_VIOLENCE,
    FIRST,
    KILL,
    NEGATORS,
    THREAT,
    VIOLENCE,
)


def kill_rule(words: list[str], i: int, raw: str) -> Hit | None:
    """ "dibunuh", "mau bunuh sy", "ancam bunuh": killing said of a person or threatened, never
    "bunuh nyamuk" (and "bunuh diri" is self-harm, read elsewhere)."""
    word = words[i]
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if nxt in ("diri", "dri", "diriku"):
        return None  # self-harm, read by its own rule
    if object_fronted(words, i) and person_after(words, i) is None:
        return Hit("danger", max(0, i - 2), i + 1, False)  # "awas km sy bunuh", "kowe tak pateni"
    if negated(words, i):
        return None
    if word in ("dibunuh", "terbunuh", "pembunuhan", "dipateni", "dipatenin", "dipaehan", "dipejahi"):
        if thing_before(words, i) or any(w in DEVICES for w in words[max(0, i - 2) : i]):
            return None
        if word == "pembunuhan" and any(w in _TOLD_OF for w in words[max(0, i - 2) : i]):
            return None  # "nonton berita pembunuhan": a story, not her
        return Hit("danger", i, i + 1, third_before(words, i))
    after = person_after(words, i)
    threatened = any(w in THREAT for w in words[max(0, i - 3) : i])
    if after is None and not threatened:
        return None
    if after is None and any(w in DEVICES for w in words[i + 1 : i + 3]):
        return None
    if after is not None:
        return Hit("danger", i, after[1] + 1, after[0])
    return Hit("danger", i, i + 1, third_before(words, i))


#: what a threat of harm names besides killing and violence ("diancam dilaporin polisi" too: the
#: threat that keeps a worker without papers silent)
_THREATENED_WITH = frozenset(
    {"mati", "pisau", "senjata", "golok", "dibakar", "bakar", "polisi", "dilaporin", "dilaporkan", "dipenjara",
     # reported as a thief or to the immigration: "ngancam lapor sy nyuri", "ngancam laporin ke imigrasi"
     "laporin", "ngelaporin", "melaporkan", "imigrasi", "immigration", "nyuri", "mencuri", "curi", "steal", "maling",
     "penjara", "dipenjarakan", "dijual", "police", "jail", "tembak", "ditembak", "nembak", "shoot", "buang", "dibuang",
     "culik", "diculik", "siksa", "siram", "disiram", "nyiram", "kurung", "dikurung", "setrika", "lempar",
     "dilempar", "ceburin", "diceburin", "tenggelamkan", "sebar", "nyebar",
     "menyebarkan", "sebarin", "nyebarin", "viralin", "viralkan",
     "upload"}
)  # fmt: skip

#: a killing she reads or watches about
_TOLD_OF = frozenset(
    {"berita", "film", "drama", "drakor", "sinetron", "novel", "cerita", "kasus", "video", "news", "movie"}
)


def threat_rule(words: list[str], i: int, raw: str) -> Hit | None:
    """ "diancam dibunuh", "ngancam mau pukul": a threat of violence or death."""
    for j in range(i + 1, min(len(words), i + 5)):
        word = words[j]
        if word == ",":
            break
        if word in KILL or word in VIOLENCE or word in _THREATENED_WITH or (word in EN_VIOLENCE and j == i + 2):
            if word == "bunuh" and j + 1 < len(words) and words[j + 1] == "diri":
                return None
            return Hit("danger", i, j + 1, third_before(words, i))
    if _slept_with(words[i + 1 : i + 9]):
        return Hit("danger", i, i + 1, third_before(words, i))  # "diancam kalo gk mau tidur sama dia"
    if words[i] in ("diancam", "diancem", "diugut") and _threatened_bare(words, i):
        return Hit("danger", i, i + 1, third_before(words, i))  # "sy dipelototin dan diancam"
    if words[i - 1 : i] == ["sambil"] and words[i] in _THREATENING and _threatened_bare(words, i):
        return Hit("danger", i - 1, i + 1, third_before(words, i))  # "nyalain korek di depan muka sy sambil ancam"
    if words[i] in _EN_THREATEN and _threatened_bare_en(words, i):
        # "employer husband threaten me, if ...": whose danger is told by whom was threatened
        return Hit("danger", i, i + 2, words[i + 1] not in ("me", "us"))
    if words[i] in _THREATENING and _HER_PEOPLE.intersection(words[i + 1 : i + 3]) and not negated(words, i):
        # "agen ngancam keluarga sy di lombok", "they threaten my family": her people threatened
        return Hit("danger", i, i + 2, third_before(words, i))
    if (
        words[i] in _THREATENING
        and words[i + 1 : i + 2] in ([], [","])
        and i
        and (words[i - 1] in EMPLOYER or words[i - 1].removesuffix("nya") in EMPLOYER)
        and _threat_to_her(words, i)
    ):
        return Hit("danger", i - 1, i + 1, third_before(words, i))  # "trakhir bilang majikan ngancem"
    if words[i] in _THREATENING and words[i + 1 : i + 2] and words[i + 1] in _IF_SHE and _threat_to_her(words, i):
        # "bos nya suka peluk2 maksa dan ngancem kalo nolak", "ngancem kl sy kabur": a threat
        # held over what she does, its price unsaid or her body
        return Hit("danger", i, i + 2, third_before(words, i))
    return None


#: the active verb of threatening, whose object comes after it ("ngancam keluarga sy")
_THREATENING = frozenset({"ancam", "ngancam", "mengancam", "ngancem", "ngancamin", "ugut", "mengugut", "threaten",
                          "threatens", "threatened", "threatening"})  # fmt: skip

#: her people, threatened in her place: "ngancam keluarga sy", "threaten my family"
_HER_PEOPLE = (KIN - {"her", "him", "his", "them"}) | frozenset(
    {"keluarga", "keluargaku", "keluarga2", "family", "families", "ortu", "parents", "anakku", "anak2ku", "children",
     "kids"}
)  # fmt: skip

#: the English verb, said of a person: "he threaten me", "they threatened her"
_EN_THREATEN = frozenset({"threaten", "threatens", "threatened", "threatening"})

_EN_OBJECTS = frozenset({"me", "her", "us", "him", "them"})

_EN_AFTER_BARE = frozenset({",", "if", "and", "again", "every", "always", "all", "many", "so", "that", "when"})

_EN_JOB_THREATS = frozenset({"fire", "fired", "terminate", "terminated", "deport", "deported", "salary", "visa",
                             "contract", "cut", "deduct", "fine", "penalty", "pay", "agency", "transfer"})  # fmt: skip


def _threatened_bare_en(words: list[str], i: int) -> bool:
    """ "he threaten me, if i dont ...": a person threatened, with nothing saying it is only her job."""
    if i + 1 >= len(words) or words[i + 1] not in _EN_OBJECTS:
        return False
    nxt = words[i + 2] if i + 2 < len(words) else ","
    return nxt in _EN_AFTER_BARE and not _EN_JOB_THREATS.intersection(words) and not negated(words, i)


#: a threat whose price is her body: "diancam kalo gk mau tidur sama dia" (not "tidur sama anak2",
#: a child she cares for)
_SLEEP = frozenset({"tidur", "sleep", "bobo", "bobok"})

_WITH = frozenset({"sama", "sm", "ama", "dengan", "dgn", "bareng", "with"})

_HIM = frozenset({"dia", "dy", "aku", "saya", "sy", "bos", "boss", "majikan", "tuan", "baba", "him", "me", "kamu"})


def _slept_with(said: list[str]) -> bool:
    """ "tidur sama dia", "sleep with him", "ditidurin": sex asked of her, in the words after a threat."""
    if "ditidurin" in said or "tidurin" in said:
        return True
    for k, word in enumerate(said[:-2]):
        if word in _SLEEP and said[k + 1] in _WITH and said[k + 2] in _HIM:
            return True
    return False


#: what a bare "diancam" may be followed by and still be a threat to her, not to her job
_AFTER_BARE = frozenset({",", "terus", "trus", "mulu", "dan", "sama", "sm", "oleh", "tiap", "lagi", "majikan", "agen"})

_JOB_THREATS = frozenset({"dipecat", "pecat", "dipulangkan", "pulangkan", "gaji", "potong", "dipotong", "kontrak",
                          "deportasi", "dideportasi", "visa", "denda"})  # fmt: skip


def _threatened_bare(words: list[str], i: int) -> bool:
    """ "sy diancam", "sy diancam terus sm agen": threatened, with nothing saying it is only her job."""
    nxt = words[i + 1] if i + 1 < len(words) else ","
    return nxt in _AFTER_BARE and not _JOB_THREATS.intersection(words) and not negated(words, i)


#: a threat's condition: "ngancem kalo nolak", "threaten if i tell"
_IF_SHE = frozenset({"kalo", "kalau", "klo", "kl", "kalu", "jika", "jikalau", "bila", "if", "nek", "yen"})

#: a threat to her job, her papers or her debts, or to report her: told as a dispute, not danger
_NOT_HER_BODY = _JOB_THREATS | _EN_JOB_THREATS | frozenset({"polisi", "police", "polis", "lapor", "laporin",
                                                             "dilaporin", "dilaporkan", "report", "motor", "sita",
                                                             "disita", "ditarik", "tarik", "utang", "hutang", "cicilan",
                                                             "mecat", "pulangin", "dipulangin", "pindah"})  # fmt: skip


def _threat_to_her(words: list[str], i: int) -> bool:
    """A threat with a condition whose price is not her job, papers, debts or a report."""
    return not _NOT_HER_BODY.intersection(words) and not negated(words, i)


def alarm_rule(words: list[str], i: int, raw: str) -> Hit | None:
    """ "darurat", "SOS", "emergency", but not "nomor darurat" or "emergency contact"."""
    prev = words[i - 1] if i else ""
    nxt = words[i + 1] if i + 1 < len(words) else ""
    if prev in ("merk", "merek", "brand", "cap"):
        return None  # "sabun lantai merk SOS": a brand
    if prev in ALARM_NOT_AFTER or nxt in ALARM_NOT_BEFORE:
        return None
    after = words[i + 2] if i + 2 < len(words) else ","
    if nxt in ("sih", "bukan") or (nxt in NEGATORS and after in _SO_NOT):
        return None  # "darurat sih ngga, cuma mau tanya": not an emergency, she says
    # "SOS" is never said of credit: only what stands next to it ("SOS battery") takes it back,
    # not "SOS. i at mrt station no passport no money"
    near = words[max(0, i - 2) : i + 3] if words[i] == "sos" else words
    if _TRIVIA.intersection(near) or DEVICES.intersection(near):
        return None  # "darurat banget, pulsa sy habis": urgent, but credit or money, not her safety
    return Hit("danger", i, i + 1, False)


#: what an everyday "darurat" is about
_TRIVIA = frozenset(
    {"pulsa", "kuota", "paket", "sinyal", "wifi", "data", "uang", "duit", "transfer", "kiriman", "gaji", "credit",
     "money", "signal", "tiket", "ticket", "battery", "batteries", "alarm", "beeping", "charger",
     # papers asked for in a hurry: "mohon maaf darurat, sy butuh surat keterangan kerja besok"
     "surat", "dokumen", "document", "documents", "formulir", "form", "legalisir", "ijazah", "akte", "ktp",
     "fotokopi", "print", "printer", "slip",
     # a bank's or a permit's trouble: "emergency kak, bank card swallowed by atm"
     "atm", "bank", "card", "kartu", "rekening", "saldo", "pin", "password", "visa"}
)  # fmt: skip

#: what follows "darurat ngga" when she says it is not one ("darurat ngga kok", "..., cuma tanya")
_SO_NOT = frozenset({",", "kok", "cuma", "cuman", "hanya", "kak", "min", "ya", "sih"})


#: a blade made ready: "asah pisau", "ngasah golok", "sharpening the knife"
SHARPENS = frozenset({"asah", "ngasah", "mengasah", "ngasahin", "diasah", "sharpen", "sharpens", "sharpening",
                      "sharpened"})  # fmt: skip
#: eyes on her while it is done: "sambil liatin sy", "while staring at me"
_WATCHING = frozenset({"liatin", "ngeliatin", "lihatin", "melihat", "liat", "ngeliat", "natap", "menatap",
                       "natep", "melotot", "melototin", "plototin", "stare", "stares", "staring", "looking", "look",
                       "looks", "watching", "watch", "nyawang", "ndelok"})  # fmt: skip
_BLADES = frozenset({"pisau", "golok", "parang", "arit", "celurit", "clurit", "pedang", "knife", "knives", "blade",
                     "lading", "peso", "kapak"})  # fmt: skip


def blade_sharpened_at_her(words: list[str], i: int, raw: str) -> Hit | None:
    """A blade sharpened with his eyes on her: "majikan asah pisau sambil liatin sy", "he sharpen
    the knife while looking at me". A threat without the word. Not the sharpening alone (a kitchen
    chore: "asah pisau buat masak kambing"), nor eyes on something else ("sambil liat tv")."""
    if negated(words, i) or not _BLADES.intersection(words[i + 1 : i + 3]):
        return None
    for k in range(i + 2, min(len(words), i + 8)):
        if words[k] == ",":
            break
        if words[k] in _WATCHING and set(words[k + 1 : k + 3]) & (FIRST | {"me"}):
            return Hit("danger", i, k + 2, third_before(words, i))
    return None


# ADR 0006, 8 December (danger13): a threat to hand her to someone crueller
#: handed over: given, sent, sold, passed on
_HANDED = frozenset({"ngasih", "kasih", "kasihin", "dikasih", "kirim", "ngirim", "dikirim", "jual", "dijual", "oper",
                     "dioper", "pindahin", "dipindah", "send", "give", "sell", "transfer", "balikin",
                     "buang"})  # fmt: skip
#: crueller: "majikan yg lebih kejam", "bad employer", "worse boss"
_CRUEL = frozenset({"kejam", "galak", "jahat", "sadis", "bengis", "bad", "worse", "cruel", "evil", "ganas"})


def handed_to_crueller(words: list[str], i: int, raw: str) -> Hit | None:
    """ "agen ngancem mau ngasih sy ke majikan yg lebih kejam klo sy rewel", "he say if we complain
    he send us to bad employer": a threat to hand her to someone crueller. Not "threatened us with
    transfer to another employer" (nobody crueller named), not asked of a time to come."""
    if negated(words, i) or hypothetical(words, i):
        return None
    after = words[i + 1 : i + 12]
    handed = [k for k, w in enumerate(after) if w in _HANDED]
    if not handed or not _CRUEL.intersection(after[handed[0] + 1 : handed[0] + 8]):
        return None
    if words[i] not in THREAT and not _IF_SHE.intersection(after):
        return None  # "bilang mau kirim sy ke rumah anaknya yg galak": said, with no condition on her
    return Hit("danger", i, i + 2 + handed[0], third_before(words, i))
