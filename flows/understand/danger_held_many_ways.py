"""Held in many ways at once: her passport kept, no day off, never out, no phone, no pay, each
everyday alone and danger together (forced labour's indicators told in one message). A rule of the
danger reader (``danger_rules.RULES``)."""

from __future__ import annotations

from flows.understand.danger_context import Hit, hypothetical, negated, third_before
from flows.understand.danger_words import FIRST, NEGATORS
from flows.understand.per_message import PerMessage

# -- held by many threads at once (the ILO's indicators of forced labour): her papers or phone
# taken, not let go home, made to pay to leave, watched, unpaid for months, worked day and night.
# Each alone is an everyday complaint ("paspor dipegang majikan", "gaji telat 2 bln"); one that
# holds her (pay to leave, watched, never out) with any other is being held.
PAPERS = frozenset({"paspor", "passport", "passports", "pasport", "pasporna", "pasporku", "dokumen", "documents",
                     "document", "arc", "iqama", "iqomah", "ktp", "ic", "permit"})  # fmt: skip

_TAKEN = frozenset({"ditahan", "diambil", "dipegang", "disita", "dirampas", "ambil", "ngambil", "take", "took", "taken",
                    "keep", "keeps", "kept", "hold", "holds", "held", "pegang", "megang", "nahan", "tahan", "simpan",
                    "disimpan", "nyimpen", "dibalikeun", "dibalikin", "dikembaliin", "dikembalikan", "with",
                    "di"})  # fmt: skip

PHONES = frozenset({"hp", "handphone", "phone", "ponsel", "hpnya", "hp-na"})

HOME = frozenset({"pulang", "mulih", "balik", "leave", "home", "keluar", "kluar", "out", "berhenti", "resign", "turun",
                   "wangsul", "uih", "bali"})  # fmt: skip

PAYING = frozenset({"bayar", "byr", "pay", "denda", "tebus", "tebusan", "ganti", "owe", "utang", "hutang", "debt",
                     "lunas"})  # fmt: skip

WATCHED = frozenset({"dijaga", "dijagain", "diawasin", "diawasi", "ngawasin", "mengawasi", "dikawal",
                      "guarded", "watched", "watching", "guard", "guards", "follow", "follows", "followed", "diikutin",
                      "dibuntuti", "ditemenin", "ditemani", "ngikutin"})  # fmt: skip

NEVER_OUT = frozenset({"keluar", "kluar", "turun", "out", "outside", "nyandar", "sandar", "darat"})

_UNPAID = frozenset({"dibayar", "digaji", "gaji", "salary", "pay", "paid", "gajih"})

_MONTHS = frozenset({"bln", "bulan", "months", "month", "thn", "tahun", "years", "sasi", "taun", "setahun", "sebulan",
                     "year"})  # fmt: skip

#: made to stay when she asks to go: "mau pulang tp dipaksa tetep", "minta pulang diancam"
_ORDERED_TO_STAY = frozenset({"dipaksa", "diancam", "diancem", "threatened", "dilarang", "ditahan"})

SECRETLY = frozenset({"diem2", "diam2", "diem", "sembunyi2", "secretly", "ngumpet2", "umpet2"})

_DEVICE_USE = frozenset({"hp", "phone", "chat", "wa", "telp", "telpon", "nelpon", "ngetik", "pinjem", "pinjam"})

BARRED = frozenset({"teralis", "terali", "digembok", "dipaku", "bars", "barred", "padlocked", "berkunci"})

_DEBT = frozenset({"utang", "hutang", "debt", "utangnya", "hutangnya"})

REFUSING = frozenset({"nolak", "menolak", "tolak", "refuse", "ngelawan", "melawan"})

#: paying to go: "i must pay 4000 usd to go out", "bayar dulu buat pulang"
_TO_LEAVE = frozenset({"go", "leave", "pulang", "keluar", "released", "free", "dilepas", "bebas"})

_SLEEP_HOURS = frozenset({"tidur", "sleep", "siang"})

# ADR 0006, 8 December (danger13): two more signs that hold her, and "never" of going home
#: nowhere she can go: "sy gk bisa kemana2", "i cannot go anywhere"
_NOWHERE = frozenset({"kemana", "kmana", "kmn", "kemana2", "kmn2", "anywhere", "ngendi2", "kamana"})
_CANNOT = frozenset({"cannot", "cant", "can't", "ora", "teu"})
#: nowhere to go on a day off, in the rain, without friends: not held
_FREE_TIME = frozenset({"libur", "cuti", "hujan", "lockdown", "corona", "covid", "temen", "teman", "friend", "friends",
                        "macet", "off", "minggu"})  # fmt: skip
#: not a penny in her hand: "gk pegang duit sepeser pun", "sesen pun gk ada"
_PENNILESS = frozenset({"sepeser", "sepeserpun", "peser", "sesen", "sesenpun", "sepersen"})
_MONEY = frozenset({"duit", "uang", "money", "doit", "artos"})
_HOLDING_IT = frozenset({"pegang", "megang", "hold", "memegang", "nyekel", "nyepeng"})


def scant_sleep(words: list[str], k: int) -> bool:
    """ "tidur cm 3 jam", "sleep only 2 hours", "dikerjain siang malem": worked day and night."""
    if words[k] == "siang":
        return words[k + 1 : k + 2] in (["malem"], ["malam"], ["mlm"])
    after = words[k + 1 : k + 5]
    hours = next((w for w in after if w.isdigit()), "")
    return bool(hours) and int(hours) <= 4 and bool({"jam", "hours", "hour", "jm"}.intersection(after))


_REFUSED_GO = frozenset({"boleh", "bole", "blh", "dikasih", "dibolehin", "diizinin", "diizinkan", "let", "allow",
                         "allowed", "bisa", "bs", "can", "entuk", "oleh", "meunang", "iso"})  # fmt: skip

#: every word that may start one of the signs _scan reads (besides "never out", checked apart)
_ANY_SIGN = (
    PAPERS
    | PHONES
    | PAYING
    | _DEBT
    | WATCHED
    | HOME
    | SECRETLY
    | BARRED
    | REFUSING
    | _SLEEP_HOURS
    | _UNPAID
    | {"let", "allow", "escape", "kabur", "hold", "holding", "held", "keeping"}
    | _NOWHERE
    | _PENNILESS
    | _MONEY
    | {"never"}
)


def _never_out(words: list[str], k: int) -> bool:
    """ "10 bulan gk pernah keluar", "gk pernah turun dr kapal", "gk dibolehin turun ... udh setahun",
    "udh gk keluar rumah 7 bln": never out, for months."""
    if not k or words[k] not in NEVER_OUT:
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
        if w in PAPERS and _TAKEN.intersection(near):
            other.add("papers")
        elif w in PHONES and _TAKEN.intersection(near) - {"with", "di"}:
            other.add("phone")
        elif (
            w in PAYING
            and (HOME.intersection(words[max(0, k - 8) : k]) or _TO_LEAVE.intersection(words[k + 1 : k + 6]))
            and not negated(words, k)
            and not {"tiket", "ticket", "sendiri", "own"}.intersection(words[k + 1 : k + 3])
        ):
            holding.add("pay_to_leave")  # "klo mau pulang agency bilang bayar 30 juta dulu", "pay 4000 usd to go out"
        elif w in _DEBT and "dulu" in words[k + 1 : k + 5]:
            holding.add("debt_first")  # "harus bayar utang 30 juta dulu"
        elif w in WATCHED and not negated(words, k):
            holding.add("watched")
        elif _never_out(words, k):
            holding.add("never_out")
        elif w in HOME and before in _REFUSED_GO and negated(words, k - 1) and not _given_back(words, k):
            other.add("not_let_go")  # "gk boleh pulang"
        elif (
            w in HOME
            and before in FIRST
            and k > 1
            and words[k - 2] in ("bagi", "kasih", "izinkan")
            and negated(words, k - 2)
        ):
            other.add("not_let_go")  # Malay "tak bagi saya balik"
        elif w in HOME and _ORDERED_TO_STAY.intersection(words[k + 1 : k + 4]):
            other.add("not_let_go")  # "sy mau pulang tp dipaksa tetep", "kl minta pulang diancam polis"
        elif w in ("let", "allow") and before in ("not", "dont", "never") and words[k + 2 : k + 3] == ["go"]:
            other.add("not_let_go")  # "not let her go"
        elif w in ("escape", "kabur") and (
            before in ("cannot", "cant") or (before in ("bisa", "bs") and negated(words, k - 1))
        ):
            holding.add("cannot_escape")
        elif w in SECRETLY and _DEVICE_USE.intersection(words[max(0, k - 8) : k + 3]):
            holding.add("in_secret")  # "sy cuma bisa chat ini pake hp anaknya diem2"
        elif w in BARRED:
            other.add("barred")  # "jendela ada teralis", "pintu pagar digembok"
        elif w in ("hold", "holding", "held", "keeping") and words[k + 1 : k + 2] in (["me"], ["us"], ["her"]):
            other.add("held")  # "now the company hold me"
        elif w in REFUSING and before in _REFUSED_GO and negated(words, k - 1):
            holding.add("no_refusal")  # "gk boleh nolak", "tak bisa menolak"
        elif (
            w in _NOWHERE
            and _FREE_TIME.isdisjoint(near)
            and (
                _CANNOT.intersection(words[max(0, k - 3) : k])
                or any(
                    words[j] in ("bisa", "bs", "boleh", "blh", "iso", "tiasa") and negated(words, j)
                    for j in range(max(0, k - 2), k)
                )
            )
        ):
            other.add("nowhere")  # "sy gk bisa kemana2", "i cannot go anywhere": with two more signs
        elif w in _PENNILESS or (w in _MONEY and before in _HOLDING_IT and (negated(words, k - 1) or before == "not")):
            holding.add("penniless")  # "gk megang duit sepeser pun": she is let hold no money
        elif w == "never" and words[k + 1 : k + 3] in (["go", "back"], ["go", "home"], ["come", "back"], ["return"]):
            other.add("not_let_go")  # "he keep my passport and say i will never go back"
        elif w in _SLEEP_HOURS and scant_sleep(words, k):
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
