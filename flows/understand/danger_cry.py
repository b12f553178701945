"""The cry for help: "tolong", "help", "tlg", when it is a cry and not a polite "please"
("tolong cek status", "help, how do i renew my passport", the help command)."""

from __future__ import annotations

from flows.understand.danger_context import DRAWN, SHOUT, Hit, idiom, negated
from flows.understand.danger_laughter import laughing
from flows.understand.danger_phrases import (
    HOW_QUESTION,
    HOW_TO,
    IN_HER_CARE,
    PESTS,
    PLEASE,
    QUESTION,
    SAYING,
    THANKED,
    a_games_line,
    help_with_a_phone,
)
from flows.understand.danger_words import ADDRESS, ASKING, CRY, CRY_COMPANY, FIRST, REQUEST


def cry(words: list[str], i: int, raw: str) -> Hit | None:
    """ "tolong" and "help": a cry, or a polite "please"."""
    if idiom(words, i) or (i > 0 and words[i - 1] in _NAMED):
        return None  # "tolong menolong", "PT Tolong Sejahtera": a saying or a name
    said = [k for k in range(max(0, i - 3), i) if words[k] in SAYING]
    relayed = bool(said) and said[0] > 0 and words[said[0] - 1] in _SPEAKERS
    if said and not relayed:
        return None  # "how to say 'help' in arabic": the word, not a cry ("she say pls help me" is hers)
    if i and words[i - 1] == "for" and THANKED.intersection(words[max(0, i - 5) : i]):
        return None  # "thank you very much for help me yesterday": thanks for help given
    if _SHOUTED.intersection(words[max(0, i - 3) : i]) and (_ANIMALS.intersection(words[:i]) or laughing(words, raw)):
        return None  # "burung beo teriak 'tolong tolong' 🤣", "ada cewe teriak tolong, ternyata dompetnya 😂"
    if _SHOUTED.intersection(words[max(0, i - 3) : i]) and IN_HER_CARE.intersection(words[:i]):
        return None  # "nenek yg sy jaga suka teriak 'tolong tolong' tiap malem krn demensia"
    if PESTS.intersection(words[i + 1 : i + 6]):
        return None  # "help me kill the cockroach", "tolong bunuhin kecoa di dapur": a pest
    if a_games_line(words, i):
        return None  # "temen yg lagi main game 'tolong aku diserang'": a line of a game
    if i + 1 < len(words) and words[i + 1] in CRY and (i + 2 < len(words) and words[i + 2] in CRY):
        return Hit("danger", i, i + 3, False)  # "tolong tolong tolong saya mau dibawa ...": a cry
    if _a_task_asked_twice(words, i, raw):
        return None  # "tolong dong tlg bgt bantu sy hitung lembur": please said twice, and a task
    nxt = i + 1
    while nxt < len(words) and (words[nxt] in FIRST or words[nxt] in PLEASE or words[nxt] == ","):
        nxt += 1
    if nxt + 1 < len(words) and words[nxt] in HOW_QUESTION and words[nxt + 1] in HOW_TO:
        return None  # "tolong sy, gimana cara ganti bahasa": how to do a thing
    if nxt + 1 < len(words) and words[nxt] in HOW_TO and words[nxt] != "to" and not _FEAR.intersection(words):
        return None  # "tolong!! cara isi formulirnya gmn": how to fill in a form, however shouted
    fetch_me = nxt + 1 < len(words) and words[nxt] in _FETCH and words[nxt + 1] in FIRST
    if fetch_me and _ERRAND.isdisjoint(words):
        return Hit("danger", i, nxt + 2, relayed)  # "tolong jemput aq skrg": fetch me out of here
    # "majikan marah2 terus, sy takut, tolong", "tlg bgt sy takut": a cry beside a fear or a rage
    afraid = any(_fears(words, k) for k in range(len(words)))
    if not afraid and help_with_a_phone(words, i, i + 2, raw):
        return None  # "aplikasi nya error trs, help me pls": a hand with a phone's trouble
    shouted = bool(SHOUT.search(raw)) or (words[i].upper() in raw and len(words[i]) >= 4)
    # "TLG SY BINGUNG": in capitals, however short the word, it is not a calm question
    calm = not shouted and words[i].upper() not in raw
    if not afraid and calm and _CONFUSED.intersection(words[i + 1 : i + 8]):
        return None  # "tolong sy kak, sy bingung sm potongan gaji": advice asked, not rescue
    # "tolongin aq donk": a particle after "me" asks nothing; "tolong dong infonya" does
    particle_only = (
        i + 1 < len(words)
        and words[i + 1] in FIRST
        and nxt < len(words)
        and words[nxt] in _PARTICLES
        and all(w in ADDRESS for w in words[nxt + 1 :])
    )
    # "tolong tolong bantu sy": the cry doubled, then help asked with no task named after it
    doubled = i + 1 < len(words) and words[i + 1] in CRY
    if doubled and nxt < len(words) and words[nxt] in REQUEST and all(w in _BARE_ASK for w in words[nxt + 1 :]):
        return Hit("danger", i, min(len(words), nxt + 2), relayed)
    if nxt < len(words) and words[nxt] in REQUEST and not _ESCAPE.intersection(words[nxt + 1 : nxt + 3]):
        if not afraid and not particle_only:
            return None  # "tolong cek status": a request; "tolong sy mau kabur", "tlg bantu sy, sy takut" cry
    for_her = i + 1 < len(words) and words[i + 1] in FIRST  # "tolong sy, gimana ini" stays a cry
    if nxt < len(words) and words[nxt] in QUESTION and "!" not in raw and not for_her and not afraid:
        return None  # "tolong, apa syaratnya?": a question follows ("tolong gmn ini sy takut" is a cry)
    if any(w in ASKING for w in words[max(0, i - 3) : i]) and not SHOUT.search(raw):
        return None  # "can you help me", "bisa tolong": a question, not a cry
    drawn = bool(DRAWN.search(raw.casefold()))
    alone = all(w in CRY_COMPANY for w in words)
    repeated = (nxt < len(words) and words[nxt] in CRY) or (i > 0 and words[i - 1] in CRY)
    with_me = i + 1 < len(words) and words[i + 1] in FIRST
    if with_me and not (shouted or drawn or afraid) and _runs_into_a_complaint(words, nxt):
        with_me = False  # "tlg sy udh 5 bln gk digaji sm majikan": a plea that opens a complaint
    # "tlg cepat dia datang": hurried, not "tolong cepat dibalas" (a request after the hurry)
    hurried = nxt < len(words) and words[nxt] in _HURRY and not (nxt + 1 < len(words) and words[nxt + 1] in REQUEST)
    if words[i] == "help" and i and words[i - 1] in _NEED and not (shouted or drawn or repeated or afraid):
        return None  # "hello sir i need help, my employer not pay": assistance asked ("sy butuh bantuan")
    if words[i] == "help" and not ("!" in raw or drawn or repeated or with_me):
        if all(w == "help" or w in ADDRESS for w in words):
            return None  # the help command, perhaps with a "kak": "help", "help kak"
    if alone or shouted or drawn or repeated or with_me or afraid or hurried:
        return Hit("danger", i, min(len(words), i + 2), relayed)
    return None


#: what may follow "bantu" in a doubled cry that names no task: "tolong tolong bantu sy kak"
_BARE_ASK = FIRST | ADDRESS | frozenset({",", "dong", "donk", "deh", "ya", "pls", "please", "plis", "cepat", "cepet",
                                         "skrg", "sekarang", "segera"})  # fmt: skip


#: what stands between a "tolong" said twice and the task asked: "dong", "bgt", "ya"
_POLITE = frozenset({"dong", "donk", "dunk", "deh", "ya", "yah", "yaa", "bgt", "banget", "bngt", "bener", "sangat",
                     "kak", "mbak", "mba", "min", "bu", "pak"})  # fmt: skip
#: where a task asked could take her: out, away (a cry, not a task; besides ``_ESCAPE``)
_AWAY = frozenset({"keluar", "kluar", "pergi", "out", "away"})


def _a_task_asked_twice(words: list[str], i: int, raw: str) -> bool:
    """ "tolong dong tlg bgt bantu sy hitung lembur": a polite "tolong" said twice around its
    particles, then a request and the task itself (not "tolong tolong bantu sy" alone, nor one
    shouted, drawn out, afraid or asking to be taken out)."""
    j = i
    while j and (words[j - 1] in CRY or words[j - 1] in PLEASE or words[j - 1] in _POLITE):
        j -= 1
    k = i + 1
    while k < len(words) and (words[k] in CRY or words[k] in PLEASE or words[k] in _POLITE or words[k] == ","):
        k += 1
    if sum(w in CRY for w in words[j:k]) < 2 or k >= len(words) or words[k] not in REQUEST:
        return False
    task = [w for w in words[k + 1 : k + 5] if w not in FIRST and w not in ADDRESS]
    away = (_ESCAPE | _AWAY).intersection(words[k + 1 : k + 5])
    capitals = any(w.upper() in raw for w in words[j:k] if w in CRY)  # "TOLONG TLG BANTU SY CEPET"
    if not task or away or capitals or "!" in raw or SHOUT.search(raw):
        return False
    return not DRAWN.search(raw.casefold()) and not any(_fears(words, j) for j in range(len(words)))


def plea_before_a_complaint(words: list[str], start: int, end: int, kind: str, raw: str) -> bool:
    """A bare "help me", "pls help" that runs straight on into a wage or a document problem and
    says no fear, unshouted: "help me please, my employer not pay 3 months" is a plea that opens
    a complaint, as "tlg sy udh 5 bln gk digaji" is (it raised the alarm in English only)."""
    said = words[start:end]
    if kind != "danger" or not said or not all(w in CRY or w in FIRST or w in PLEASE for w in said):
        return False
    afraid = any(_fears(words, k) for k in range(len(words)))
    shouted = bool(SHOUT.search(raw)) or any(len(w) >= 4 and w.upper() in raw for w in said)
    if afraid or shouted or DRAWN.search(raw.casefold()) or "!" in raw:
        return False
    nxt = end
    while nxt < len(words) and (words[nxt] in FIRST or words[nxt] in PLEASE or words[nxt] == ","):
        nxt += 1
    return _runs_into_a_complaint(words, nxt)


def _runs_into_a_complaint(words: list[str], nxt: int) -> bool:
    """ "tolong sy" runs straight on (no break) into a statement of a wage or a document problem
    that says nothing of danger: "tlg sy udh 5 bln gk digaji", "tolong sy gaji blm dibayar"."""
    while nxt < len(words) and words[nxt] in ADDRESS and words[nxt] != ",":
        nxt += 1  # "tolong sy kak, paspor sy mau habis": the one addressed, then the complaint
    if nxt < len(words) and words[nxt] == "," and nxt and words[nxt - 1] in ADDRESS:
        nxt += 1
    rest = words[nxt : nxt + 8]
    if not rest or rest[0] == ",":
        return False
    clause = rest[: rest.index(",")] if "," in rest else rest
    return bool(_MONEY_OR_PAPERS.intersection(clause))


#: what a complaint that follows "tolong sy" is about when it is no cry
_MONEY_OR_PAPERS = frozenset({"gaji", "gajinya", "digaji", "dibayar", "bayar", "salary", "paid", "pay", "potong",
                              "dipotong", "paspor", "passport", "visa", "permit", "kontrak", "contract",
                              "biaya", "fee", "bpjs",
                              # a bank's trouble, a ticket, money sent, a swindle: "tolong sy, sy ditipu calo"
                              "rekening", "bank", "atm", "tiket", "ticket", "transfer", "transferan", "kiriman",
                              "ditipu", "scammed"})  # fmt: skip


def _fears(words: list[str], k: int) -> bool:
    """A word of fear at ``k``, not a worry ("takut ditipu") nor an animal feared ("takut bgt sm
    kecoa", "scared of the dog")."""
    if words[k] in _FEAR and _MONEY.intersection(words[k + 1 : k + 4]):
        return bool(_TAKERS.intersection(words[k + 1 : k + 9]))  # "takut uang sy hilang": a worry
    return words[k] in _FEAR and not (_WORRIES | _FEARED_ANIMALS).intersection(words[k + 1 : k + 4])


#: an animal feared, not a person: "sy takut bgt sama kecoa terbang 😭 tolong"
_FEARED_ANIMALS = PESTS | frozenset({"anjing", "anjingnya", "dog", "dogs", "ular", "snake", "tikus", "rat", "lebah",
                                     "tawon", "bee", "bees", "spider", "laba", "ulat", "cicak"})  # fmt: skip
#: "i need help": assistance asked for, like "sy butuh bantuan"
_NEED = frozenset({"need", "needs", "needed", "want", "wants", "perlu", "butuh"})
#: she says she does not understand something: advice is asked
_CONFUSED = frozenset({"bingung", "binggung", "confused", "confusing",
                       # "help sy ga ngerti caranya": how to do it, not being understood
                       "ngerti", "mengerti", "paham", "faham", "mudeng", "understand"})  # fmt: skip
#: who says it, when a cry is passed on: "last text she say pls help me"
_SPEAKERS = frozenset({"she", "he", "dia", "they", "mereka", "beliau", "istri", "suami", "adik", "kakak", "anak"})
#: someone else's cry heard, told laughing or of an animal
_SHOUTED = frozenset({"teriak", "berteriak", "teriakin", "jerit", "menjerit", "shout", "shouted", "shouting", "yelled",
                      "screamed", "screaming", "ngomong", "bilang"})  # fmt: skip
_ANIMALS = frozenset({"burung", "beo", "parrot", "kakatua", "bird", "kucing", "cat", "anjing", "dog"})
#: what comes before a name: "PT Tolong Sejahtera", "Yayasan Help"
_NAMED = frozenset({"pt", "cv", "yayasan", "toko", "warung", "ud", "koperasi", "foundation", "agency"})
_PARTICLES = frozenset({"dong", "donk", "dunk", "deh", "ya", "yah", "yaa"})
#: being fetched or freed: "tolong jemput aq", "please save me"
_FETCH = frozenset({"jemput", "jemputin", "selamatkan", "selamatin", "keluarin", "keluarkan", "bebasin", "bebaskan",
                    "rescue", "save"})  # fmt: skip
#: a lift to be arranged, not a rescue: "tolong jemput sy di bandara besok ya"
_ERRAND = frozenset({"bandara", "airport", "stasiun", "station", "terminal", "pelabuhan", "besok", "bsk", "nanti",
                     "tomorrow", "lusa", "minggu", "jam", "pukul", "pesawat", "flight"})  # fmt: skip
#: what she asks help for that is getting away: "tolong sy mau kabur"
_ESCAPE = frozenset({"kabur", "lari", "melarikan", "escape", "run", "diselamatkan", "dijemput"})
_HURRY = frozenset(
    {"cepat", "cepet", "cpt", "cpet", "segera", "sgr", "skrg", "sekarang", "now", "quick", "quickly", "asap"}
)
#: fear, or a rage at her door: "majikan ngamuk di luar, tolong"
_FEAR = frozenset(
    {"takut", "tkt", "ketakutan", "scared", "afraid", "terrified", "gemeteran", "gemetar", "ngamuk", "mengamuk",
     "gedor", "menggedor", "ngegedor", "mabuk",
     # Javanese and Sundanese: "aku wedi", "abdi sieun"
     "wedi", "sieun", "kasieunan"}
)  # fmt: skip
#: what a worker fears that is no danger to her body: "sy takut dipecat, tolong"
_WORRIES = frozenset(
    {
        "tipu",
        "ditipu",
        "penipuan",
        "scam",
        "scammed",
        "dipecat",
        "digaji",
        "gaji",
        "dipulangkan",
        "dimarahi",
        "dimarahin",
        "ketahuan",
        "dilaporin",
        "dilaporkan",
        "dideportasi",
        "deportasi",
        "fired",
        "deported",
        "pulang",
        "visa",
        "paspor",
        "hutang",
        "utang",
        "denda",
        "lapor",
        "salah",
        # a plane or a bus missed: "sy takut ketinggalan pesawat, tolong cek jadwal"
        "ketinggalan",
        "telat",
        "terlambat",
        "late",
        "miss",
        "missing",
    }
)
#: her money or account at risk, with nobody named who takes it: "sy takut uang sy hilang"
_MONEY = frozenset({"uang", "duit", "money", "saldo", "tabungan", "rekening", "akun", "account", "uangnya",
                    "duitnya", "saldonya", "tabungannya", "kiriman", "kirimannya", "transferan"})  # fmt: skip
#: who may take it, which makes the fear hers: "sy takut, uang sy dirampas majikan"
_TAKERS = frozenset({"majikan", "madam", "mam", "bos", "boss", "agen", "agency", "agensi", "tuan", "employer", "sir",
                     "dia", "he", "she", "they", "dirampas", "diambil", "dirampok", "rampas", "ambil", "took",
                     "taken", "paksa"})  # fmt: skip


#: what she needs help with, when it is a task: "sy butuh bantuan urus paspor"
_NEEDING = frozenset({"butuh", "perlu", "need", "needs"})
_NOW = frozenset({",", "segera", "sekarang", "skrg", "cepat", "cepet", "now", "bu", "pak", "kak", "min", "mbak",
                  "urgent", "banget", "bgt", "sekali"})  # fmt: skip


def needs_help_now(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy butuh pertolongan", "sy perlu bantuan segera": a need for help with nothing to do
    named after it (not "butuh bantuan urus paspor")."""
    if i == 0 or words[i - 1] not in _NEEDING:
        return None
    rest = words[i + 1 :]
    if rest and not all(w in _NOW or w in FIRST for w in rest[:3]):
        return None
    if words[i] == "bantuan" and not _URGENT.intersection(rest):
        return None  # "sy butuh bantuan bu": how many complaints begin; "bantuan segera" is urgent
    return Hit("danger", i - 1, i + 1, False)


_URGENT = frozenset({"segera", "sekarang", "skrg", "cepat", "cepet", "now", "urgent"})


#: "help" said as "bantu": a request ("bantu sy cek gaji") unless said in fear
HELP_ME = frozenset({"bantu", "bantuin", "bantulah", "tulungi"})


def helped_in_fear(words: list[str], i: int, raw: str) -> Hit | None:
    """ "bantu aku pliss takut bgt", "bantuin sy, sy takut": help asked for her in fear, which is a
    cry as "tolong" would be; "bantu sy cek status" or "takut gaji dipotong, bantu sy" is not."""
    if i + 1 >= len(words) or words[i + 1] not in FIRST or negated(words, i):
        return None
    if any(w in ASKING for w in words[max(0, i - 3) : i]):
        return None  # "bisa bantu sy?": a question
    near = range(max(0, i - 6), min(len(words), i + 8))  # not a fear told far off ("... mau mogok tp takut")
    afraid = any(_fears(words, k) for k in near)
    return Hit("danger", i, i + 2, False) if afraid else None
