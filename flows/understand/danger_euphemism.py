"""Sexual abuse told by euphemism (ADR 0006, 8 December, branch danger13): the words a woman uses
when she will not name it. Found missing in the blind batch dev12 and the DEV halves of dev6,
dev8, dev10 and the tune part, in every batch written since: each is a family of ways, read with
the sign that makes the euphemism mean it, and each leaves its everyday sense alone.

- "Done that" to her: "tuan begituin sy", "sy dibegituin sm anak majikan", "diapa2in" with a
  sign of it (night, an empty house, his wife away, shame, fear, a late period, more than once);
  not "jgn begituin sy dong, sy sedih" (treated so, with no sign).
- Ruined: "tuan ngerusak sy", "sy udh gk perawan lg gara2 dia"; not "ngerusak hp sy", "anak
  perawan majikan", "sy masih perawan".
- Groped, in Javanese and spoken forms: "nggrayangi aku", "ngrabani awakku", "digrepe2";
  Tagalog "hinihipuan ako", "hinahawakan ako" with a sign ("sa gabi", "natatakot").
- His hands that wander ("tangannya kemana2") and a massage asked with something improper
  ("minta dipijitin yg aneh2", "di tempat yg gk pantes"), a man of the house named.
- Her bath intruded on: "pas sy mandi tuan sengaja buka pintu"; not by mistake, not a child.

Registered after the older rules of each word (``danger_rules._reach``).
"""

from __future__ import annotations

from flows.understand.danger_context import Hit, hypothetical, negated, thing_before, third_before
from flows.understand.danger_words import FIRST, NEGATORS

#: the men of a house, and who else may do it to her ("anak majikan", "dia")
_MEN = frozenset({"baba", "tuan", "bapak", "bpk", "pak", "kakek", "akong", "ahkong", "kong", "sir", "boss", "bos",
                  "he", "him", "son", "suami", "husband", "sopir", "supir", "driver", "laoban", "tauke", "towkay",
                  "kafil", "mister", "abah", "lelaki", "laki", "laki2", "lanang", "cowok", "pria", "man", "anak",
                  "dia", "agen", "amo", "juragan", "dunungan", "mandor", "kapten", "paman", "om", "majikan",
                  "majikannya", "tuannya", "bosnya", "juragane", "bendaraku", "majikane"})  # fmt: skip
#: what says the euphemism means it: night, an empty house, his wife away, shame, fear, her body
_SIGNS = frozenset({"malam", "malem", "mlm", "malem2", "malam2", "night", "bengi", "wengi", "gabi", "kosong",
                    "sepi", "perawan", "hamil", "haid", "mens", "menstruasi", "malu", "takut", "jijik", "kotor",
                    "berkali2", "dipaksa", "maksa", "paksa", "nolak", "menolak", "diam2", "diem2", "sembunyi2",
                    "natatakot", "pilit", "kamarku", "rahasia", "trauma", "hancur", "nangis"})  # fmt: skip
#: his wife, away when it happens: "pas nyonya kerja", "nek bojone lungo", "when madam not around"
_WIFE = frozenset({"nyonya", "istrinya", "istri", "bojone", "madam", "ma'am", "mam", "ibu", "bu", "nyonyah", "wife"})
_AWAY = frozenset({"kerja", "pergi", "keluar", "lungo", "gk", "ga", "gak", "tdk", "nggak", "not", "out", "away",
                   "belanja", "arisan", "mudik", "kosong"})  # fmt: skip
#: "done that": the euphemism itself
DONE_THAT = frozenset({"begituin", "dibegituin", "dibegitukan", "begitukan", "begituan", "gituin", "digituin",
                       "digitu2in", "dibegitu2in", "diginiin", "giniin", "diapa2in", "diapa2kan", "ngapa2in",
                       "diapa2i", "begitukannya"})  # fmt: skip
#: ruined: "ngerusak sy", "dirusak"; her virginity lost
RUINED = frozenset({"ngerusak", "merusak", "rusakin", "ngerusakin", "dirusak", "dirusakin", "perawan"})
#: groped, in spoken and Javanese forms (the lexicon knows "digerayangi", "ngegrepe")
GROPED = frozenset({"nggrayangi", "ngrayangi", "grayangi", "gerayangi", "gerayangin", "ngegerayangin",
                    "digerayangin", "nggerayangi", "ngrabani", "dirabani", "dirabai", "grepe2in", "digrepe",
                    "digrepe2", "ngegrepein", "hinihipuan", "hinipuan", "hipuan", "minolestiya", "minomolestiya",
                    "minolestya", "hinahawakan", "hinawakan", "hinalikan"})  # fmt: skip
#: his hands that wander, a massage asked with something improper, her bath
HANDS = frozenset({"tangannya", "tangane"})
MASSAGE = frozenset({"pijitin", "pijetin", "pijatin", "dipijitin", "dipijetin", "dipijit", "dipijet", "dipijat",
                     "mijitin", "mijetin", "massage"})  # fmt: skip
BATH = frozenset({"mandi", "shower", "bath", "adus"})
WHOLE = DONE_THAT | RUINED | GROPED | HANDS | MASSAGE | BATH

_HER = FIRST | frozenset({"me", "ako", "awakku", "awak", "badan", "badanku", "tubuh", "her", "dia", "aq"})
_PLAIN_TOUCH = frozenset({"hinahawakan", "hinawakan", "hinalikan"})
_LOST = NEGATORS | frozenset({"ilang", "hilang", "diambil", "direnggut", "renggut", "lagi", "lg", "no", "not"})
_BY_HIM = frozenset({"gara2", "gara", "krn", "karena", "karna", "sama", "sm", "oleh", "by", "dia", "tuan"})
_THINGS_AFTER = frozenset({"punya", "hp", "barang", "mental", "nama", "kontrak", "masa", "hidup", "rumah", "baju"})
_WANDER = frozenset({"kemana2", "kmn2", "kmn", "kemana", "kmana", "mana2", "jalan2", "kmana2", "nakal", "gerayangan",
                     "gerepe", "grepe"})  # fmt: skip
_IMPROPER = frozenset({"aneh2", "aneh", "pantes", "pantas", "gk2", "ga2", "nggak2", "macem2", "plus", "private",
                       "jorok", "bawah", "sensitif"})  # fmt: skip
_INTRUDES = frozenset({"buka", "bukain", "dibuka", "masuk", "ngintip", "intip", "liatin", "ngeliatin", "rekam",
                       "ngerekam", "nyelonong", "dobrak", "open", "opened", "enter", "entered", "came",
                       "come"})  # fmt: skip
_ON_PURPOSE = frozenset({"sengaja", "sengaja2", "purpose", "deliberately", "pura2"})
_WHILE = frozenset({"pas", "waktu", "wkt", "saat", "lagi", "lg", "sedang", "sdg", "while", "when"})
_MISTAKE = frozenset({"maaf", "sorry", "kaget", "lupa"})
_CHILDREN = frozenset({"balita", "bayi", "toddler", "kecil", "thn", "tahun", "th", "umur"})


def _signed(words: list[str]) -> bool:
    """A sign the euphemism means it, or his wife away when it happens."""
    if not _SIGNS.isdisjoint(words):
        return True
    return any(w in _WIFE and _AWAY.intersection(words[k + 1 : k + 4]) for k, w in enumerate(words))


def _a_man(words: list[str]) -> bool:
    return not _MEN.isdisjoint(words)


def done_that(words: list[str], i: int, raw: str) -> Hit | None:
    """ "anak majikan begituin sy pas rumah kosong", "sy dibegitukan sm tuan, skrg telat haid",
    "tuan berkali2 begituin sy pas nyonya kerja": a euphemism for sex done to her, with a sign of
    it. Not "jgn begituin sy dong, sy sedih" (no sign), not asked of a time to come."""
    if negated(words, i) or hypothetical(words, i) or not _signed(words) or not _a_man(words):
        return None
    word = words[i]
    if word.startswith("di"):
        if not _HER.intersection(words[max(0, i - 4) : i]) or thing_before(words, i):
            return None
        return Hit("danger", i, i + 1, third_before(words, i))
    if word == "begituan":
        # "ngajak sy begituan", "dia maksa begituan": sex asked or forced
        return Hit("danger", i, i + 1, False) if FIRST.intersection(words[max(0, i - 4) : i]) else None
    if not _HER.intersection(words[i + 1 : i + 3]):
        return None
    return Hit("danger", i, i + 2, False)


def ruined(words: list[str], i: int, raw: str) -> Hit | None:
    """ "tuan udh ngerusak sy", "sy dirusak sm anak majikan", "sy udh gk perawan lg gara2 tuan":
    her body ruined by a man. Not "ngerusak hp sy", "ngerusak sy punya barang", "sy masih perawan",
    "anak perawan majikan nikah"."""
    if hypothetical(words, i):
        return None
    word = words[i]
    if word == "perawan":
        before = words[max(0, i - 4) : i]
        if not FIRST.intersection(before) or not _LOST.intersection(before + words[i + 1 : i + 2]):
            return None
        if not (_BY_HIM.intersection(words[i + 1 : i + 5]) and _a_man(words)):
            return None
        return Hit("danger", i, i + 1, False)
    if negated(words, i):
        return None
    if word.startswith("di"):
        if not FIRST.intersection(words[max(0, i - 3) : i]) or not _a_man(words[i + 1 :]):
            return None
        if _THINGS_AFTER.intersection(words[max(0, i - 3) : i]):
            return None
        return Hit("danger", i, i + 1, third_before(words, i))
    after = words[i + 1 : i + 3]
    if not after or after[0] not in FIRST or _THINGS_AFTER.intersection(after[1:]):
        return None
    if not (_a_man(words[:i]) or _signed(words)):
        return None
    return Hit("danger", i, i + 2, False)


def groped(words: list[str], i: int, raw: str) -> Hit | None:
    """ "majikan lanang kerep nggrayangi aku", "bendaraku sok ngrabani awakku yen bengi", Tagalog
    "hinihipuan ako ng amo ko", "hinahawakan ako sa gabi, natatakot ako". Not rummaging in a bag
    ("nggrayangi tas"), not a hand held ("hinawakan ako sa kamay" with no sign)."""
    if negated(words, i) or hypothetical(words, i):
        return None
    word = words[i]
    if word in _PLAIN_TOUCH and not _signed(words):
        return None
    if word.startswith("di"):
        if not _HER.intersection(words[max(0, i - 3) : i]) or thing_before(words, i):
            return None  # "tas sy digrepe2 nyari kunci": her bag searched
        return Hit("danger", i, i + 1, third_before(words, i))
    if not _HER.intersection(words[i + 1 : i + 3]):
        return None
    return Hit("danger", i, i + 2, False)


def hands_wander(words: list[str], i: int, raw: str) -> Hit | None:
    """ "tuan minta sy pijitin tp tangannya kemana2", "bos kalo deket sy tangannya nakal": his
    hands on her, a man named. Not a child's ("anak majikan umur 2 thn tangannya kemana2")."""
    if not _WANDER.intersection(words[i + 1 : i + 3]) or _CHILDREN.intersection(words):
        return None
    if not _a_man(words[:i]) or not (FIRST | {"me"}).intersection(words):
        return None
    return Hit("danger", i, i + 2, False)


def improper_massage(words: list[str], i: int, raw: str) -> Hit | None:
    """ "tuan suka minta sy pijitin tp minta yg aneh2", "kakek minta dipijet di tempat yg gk
    pantes": a massage asked with something improper. Not "nenek minta dipijitin kakinya"."""
    if negated(words, i) or hypothetical(words, i) or not _a_man(words):
        return None
    if not _IMPROPER.intersection(words[i + 1 : i + 9]):
        return None
    return Hit("danger", i, i + 1, third_before(words, i) if words[i].startswith("di") else False)


def bath_intruded(words: list[str], i: int, raw: str) -> Hit | None:
    """ "pas sy mandi tuan sengaja buka pintu", "waktu aku mandi anak majikan yg gede masuk":
    her bath intruded on by a man, on purpose or as a habit. Not by mistake ("maaf", "kaget",
    "gk sengaja"), not a child."""
    if not (_WHILE.intersection(words[max(0, i - 3) : i]) and FIRST.intersection(words[max(0, i - 2) : i])):
        return None
    near = words[max(0, i - 6) : i + 7]
    if not _INTRUDES.intersection(near) or _MISTAKE.intersection(words) or _CHILDREN.intersection(words):
        return None
    sengaja = [k for k, w in enumerate(words) if w in _ON_PURPOSE]
    if any(k and words[k - 1] in NEGATORS for k in sengaja):
        return None  # "gk sengaja"
    if not (sengaja or _SIGNED_BATH.intersection(words)) or not _a_man(near):
        return None
    return Hit("danger", i, i + 1, False)


#: a habit or fear that says a bath intruded on was meant: "udh 3x", "tiap", "takut"
_SIGNED_BATH = frozenset({"3x", "2x", "berkali2", "tiap", "setiap", "sering", "takut", "risih", "always"})
