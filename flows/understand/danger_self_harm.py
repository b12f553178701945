"""Self-harm in the ways it is told: a jump from a height, a life she no longer wants or no reason to
hold on, not leaving alive, following the dead, pills gathered or taken all at once, poison; each
not when the words are a question about a form, a joke, a game, medicine as prescribed or pests."""

from __future__ import annotations

from flows.understand.danger_context import (
    Hit,
    negated,
    third_before,
)
from flows.understand.danger_laughter import laughing
from flows.understand.danger_words import (
    FIRST,
    HEIGHTS,
    NEGATORS,
    POINTLESS,
    WANT_LIVE,
    WANTING,
    WEARY,
    WHERE,
)

#: what a life means, said with a negation: "gk berarti", "tidak ada artinya"
_MEANING = frozenset({"berarti", "bermakna", "berharga", "artinya", "gunanya", "berguna", "guna"})

#: jumping for joy
_JOY = frozenset({"kegirangan", "senang", "gembira", "bahagia", "happy", "joy", "seneng", "girang", "seru", "asyik",
                  "asik", "berenang", "renang", "swim", "swimming", "snorkeling", "diving", "fun"})  # fmt: skip

_ALMOST = frozenset({"tinggal", "hampir", "nyaris", "almost", "nearly"})

_NOBODY_CARES = frozenset({"peduli", "perduli", "care", "cares", "nangis", "kehilangan", "miss"})

_AT_HEIGHT = frozenset({"di", "on", "atas", "at"})

#: she is up on the height already: "standing on the roof", "berdiri di balkon"
_STANDING = frozenset({"standing", "stand", "stood", "berdiri", "nangkring", "naik", "climbed", "climb", "sitting",
                       "duduk", "manjat", "memanjat"})  # fmt: skip

_THINKING = frozenset({"thinking", "think", "thinks", "thought", "dreaming"})


def jump(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy mau lompat ke laut aja": a wish to die when she wants it, danger otherwise."""
    if negated(words, i):
        return None
    wanting = any(w in WANTING for w in words[max(0, i - 3) : i]) or "aja" in words[i + 1 : i + 7]
    # "klo sy lompat dr lantai 20 ini siapa yg peduli": nobody would care if she did
    wanting = wanting or bool(_NOBODY_CARES.intersection(words[i + 1 :]))
    if _JOY.intersection(words):
        return None  # "kami lompat ke laut berenang ... seru bgt": for fun
    if i > 0 and words[i - 1] in _ALMOST and any(w in HEIGHTS for w in words[max(0, i - 8) : i]):
        # "berdiri di balkon lt 12, tinggal loncat", "udh di pinggir jembatan, hampir loncat"
        return Hit("self_harm", i - 1, i + 1, third_before(words, i))
    up_there = _STANDING.intersection(words) or any(
        w in HEIGHTS and words[k - 1 : k] and words[k - 1] in _AT_HEIGHT for k, w in enumerate(words[:i])
    )
    if wanting and up_there and any(w in HEIGHTS for w in words[max(0, i - 14) : i]):
        # "standing on the roof now, she say want to jump": up there already, and wanting to
        return Hit("self_harm", i, i + 1, third_before(words, i))
    if wanting and FIRST.intersection(words[max(0, i - 3) : i]) and any(w in HEIGHTS for w in words[max(0, i - 8) : i]):
        # "tiap liat jendela lantai 30 ini sy kepikiran loncat": the height named, then her wish
        return Hit("self_harm", i, i + 1, third_before(words, i))
    thought = i >= 2 and words[i - 1] in ("about", "of") and words[i - 2] in _THINKING
    if thought and words[i + 1 : i + 2] in ([], [","], ["again"], ["every"], ["lately"], ["off"]):
        # "i keep thinking about jumping", "thought of jumping again": the thought that stays
        return Hit("self_harm", i - 2, i + 1, third_before(words, i))
    if not any(w in HEIGHTS for w in words[i + 1 : i + 5]):
        # "pengen loncat aja dari sini": wanting to jump, "aja", with no height named; not for joy
        if wanting and "aja" in words[i + 1 : i + 3] and not _JOY.intersection(words):
            return Hit("self_harm", i, i + 1, third_before(words, i))
        return None
    return Hit("self_harm" if wanting else "danger", i, i + 1, third_before(words, i))


def life(words: list[str], i: int, raw: str) -> Hit | None:
    """ "udah gak pengen hidup", "capek hidup", "hidup percuma": no wish to live."""
    before = words[max(0, i - 3) : i]
    if i + 1 < len(words) and words[i + 1] in WHERE:
        # "gk mau hidup sama majikan", "don't want to live here": where, not whether; but no
        # strength left to live like this is giving up ("sy gk kuat lg hidup kyk gini")
        strength = any(w in _STRENGTH and negated(words, max(0, i - 3) + k) for k, w in enumerate(before))
        if not (words[i + 1] in _LIKE and strength):
            return None
        return Hit("self_harm", max(0, i - 3), i + 1, third_before(words, max(0, i - 3)))
    weary = any(w in WEARY for w in before) or any(w in POINTLESS for w in words[i + 1 : i + 3])
    # "hidup sy udah gk berarti": life that means nothing (not "gk berarti tanpa anak2 sy", nor laughing)
    weary = weary or (
        any(w in _MEANING and negated(words, k) for k, w in enumerate(words[i + 1 : i + 5], start=i + 1))
        and not {"tanpa", "without"}.intersection(words[i + 1 : i + 8])
        and not laughing(words, raw)
    )
    # "udah gk ada alasan buat hidup": no reason left to live; "tak guna saya hidup", "apa guna
    # hidup": no use in living (not "kerja guna hidup keluarga": in order to)
    # also with words between ("gk ada alasan lg buat hidup"); "gk pantes hidup", "i dont deserve
    # to live": not worth living
    bare = _said_last(words, i)  # "hidup" said last, not "hidup miskin", "hidup boros"
    reason = next((k for k in range(max(0, i - 4), i) if words[k] in _REASON), -1)
    weary = weary or (bare and reason >= 0 and negated(words, reason))
    worth = next((k for k in range(max(0, i - 3), i) if words[k] in _WORTH), -1)
    weary = weary or (bare and worth > 0 and negated(words, worth))
    use = next((k for k in range(max(0, i - 3), i) if words[k] == "guna"), -1)
    weary = weary or (use > 0 and (negated(words, use) or words[use - 1] == "apa"))
    # "buat apa hidup", "ngapain hidup": what is life for
    weary = (
        weary
        or (i >= 1 and words[i - 1] == "ngapain")
        or (i >= 2 and words[i - 1] == "apa" and words[i - 2] in ("buat", "untuk", "utk", "bwt"))
    )
    refused = False
    for k, word in enumerate(before):
        if word in WANT_LIVE and max(0, i - 3) + k > 0 and negated(words, max(0, i - 3) + k):
            refused = True
    if not (weary or refused):
        return None
    return Hit("self_harm", max(0, i - 3), i + 1, third_before(words, max(0, i - 3)))


#: a reason to live, said to be none: "gk ada alasan lg buat hidup", "no reason to live"
_REASON = frozenset({"alasan", "alesan", "reason"})

#: worth living, said not to be: "sy gk pantes hidup", "i dont deserve to live"
_WORTH = frozenset({"layak", "pantas", "pantes", "berhak", "deserve", "deserves", "worthy"})

#: what may follow a life said to be worth nothing, as the sentence ends
_SENTENCE_ENDS = frozenset({",", "lg", "lagi", "lgi", "anymore", "again", "ini", "aja", "sj", "di", "in", "on", "mbak",
                            "kak"})  # fmt: skip


def _said_last(words: list[str], i: int) -> bool:
    """``words[i]`` ends what is said: the last word, or followed only by a word that closes it.
    (A tuple built with ``*`` inside ``in`` stopped mypyc with an internal error.)"""
    return i + 1 >= len(words) or words[i + 1] in _SENTENCE_ENDS


def no_reason_to_hold_on(words: list[str], i: int, raw: str) -> Hit | None:
    """ "udah gak ada alasan buat bertahan", "no reason to go on": holding on, with no reason
    left (not "bertahan" alone: "gk kuat bertahan di rumah ini" is a job she cannot stand)."""
    reason = next((k for k in range(max(0, i - 4), i) if words[k] in _REASON), -1)
    if reason < 0 or not negated(words, reason) or not _said_last(words, i) or "di" in words[i + 1 : i + 2]:
        return None  # not "gk ada alasan buat bertahan kerja disini", "... di rumah ini"
    return Hit("self_harm", reason, i + 1, third_before(words, reason))


#: "hidup kyk gini": living like this
_LIKE = frozenset({"kayak", "kyk", "kek", "like", "seperti"})

#: the strength to go on, said gone ("gk kuat lg", "udh gk sanggup")
_STRENGTH = frozenset({"kuat", "sanggup", "tahan", "kuwat"})

#: leaving a place: what is not done alive in a threat ("gk bakal keluar idup2 dr sini")
_LEAVE = frozenset({"keluar", "kluar", "pulang", "balik", "pergi", "leave", "out", "go", "home"})


def not_leaving_alive(words: list[str], i: int, raw: str) -> Hit | None:
    """ "bos bilang sy gk bakal keluar idup2 dr sini", "you will not leave here alive": a threat
    on her life (not "kami semua keluar hidup2 dr kecelakaan itu")."""
    # "gk bakal pulang ke indonesia dlm keadaan hidup": the place and "in a state" between
    leave = next((k for k in range(max(0, i - 6), i) if words[k] in _LEAVE), -1)
    if leave < 0 or NEGATORS.isdisjoint(words[max(0, leave - 3) : leave]):
        return None
    start = max(0, leave - 3)
    return Hit("danger", start, i + 1, third_before(words, start))


#: where the dead are: "mau nyusul bapak di surga", "pengen nyusul almarhumah ibu"
_BEYOND = frozenset({"surga", "syurga", "akhirat", "almarhum", "almarhumah", "alm", "almh", "heaven", "baka"})


def follow_the_dead(words: list[str], i: int, raw: str) -> Hit | None:
    """ "aku mau nyusul bapak aja di surga": joining the dead; not "mau nyusul suami ke korea"."""
    if negated(words, i):
        return None
    if _BEYOND.intersection(words[i + 1 : i + 6]):
        return Hit("self_harm", i, i + 1, third_before(words, i))
    # "udh gk kuat lg, mau nyusul bapak aja": a parent and nothing of a place, after giving up
    parent = words[i + 1 : i + 2] and words[i + 1] in _PARENTS
    gone = _GIVEN_UP.intersection(words[:i]) or _GONE.intersection(words[:i]) or _said_gone(words[:i])
    if parent and _JUST.intersection(words[i + 2 : i + 4]) and gone:
        return Hit("self_harm", i, i + 2, third_before(words, i))
    # "bapak wes ora ono, pengen nyusul wae": joining, said just so, after a parent gone
    if words[i + 1 : i + 2] and words[i + 1] in _JUST and _PARENTS.intersection(words[:i]) and gone:
        return Hit("self_harm", i, i + 2, third_before(words, i))
    return None


_PARENTS = frozenset({"bapak", "bpk", "ibu", "emak", "mamak", "mama", "ayah", "abah", "bapa", "mbah", "nenek", "kakek"})

#: the parent said to be gone: "bapak udh gk ada", "almarhum ibu", "ibu meninggal"
_GONE = frozenset({"meninggal", "wafat", "tiada", "almarhum", "almarhumah", "alm", "almh", "passed"})


def _said_gone(words: list[str]) -> bool:
    """ "udh gk ada" said of someone: no longer here."""
    return any(
        words[k] in _NO and words[k + 1 : k + 2] in (["ada"], ["ono"]) and words[k - 1] in _ALREADY_GONE
        for k in range(1, len(words))
    )


_NO = frozenset({"gk", "ga", "gak", "tidak", "tdk", "nggak", "ora"})

_ALREADY_GONE = frozenset({"udh", "udah", "sudah", "sdh", "wes", "wis", "wus"})

_JUST = frozenset({"aja", "wae", "ae", "saja", "je", "mawon"})

#: "gk kuat lg", "capek", "pasrah": having given up
_GIVEN_UP = frozenset(
    {"kuat", "tahan", "sanggup", "capek", "cape", "lelah", "pasrah", "nyerah", "menyerah", "kiat", "kuwat"}
)

#: pills, swallowed all at once: "i drink all the madam pills", "minum semua obat tidur nenek"
_PILLS = frozenset({"pills", "pill", "tablets", "tablet", "obat", "obatnya", "panadol", "paracetamol", "sleeping",
                    "obatan", "obat2an", "obat2"})  # fmt: skip

_ALL = frozenset({"all", "semua", "sebotol", "segenggam", "banyak", "handful", "bottle", "sekaligus", "seluruh"})


def overdose(words: list[str], i: int, raw: str) -> Hit | None:
    """Swallowing all the pills: "i drink all the madam pills already", "obat tidur madam banyak dan
    mau diminum semua"; pills stored up for it ("udh nyiapin obat2an yg banyak, mlm ini"); not
    "take the pills after eating" nor "beli semua obat di apotek"."""
    if negated(words, i):
        return None
    if words[i] in _STORED_UP:
        after = words[i + 1 : i + 6]
        if _PILLS.intersection(after) and _ALL.intersection(after) and _TONIGHT.intersection(words[i:]):
            return Hit("self_harm", i, i + 1, third_before(words, i))
        # "obat tidur nyonya udh sy simpen banyak. sy cm mau istirahat": stored up, and rest longed for
        around = words[max(0, i - 6) : i + 3]
        if _PILLS.intersection(around) and _ALL.intersection(around) and _REST.intersection(words[i:]):
            return Hit("self_harm", i, i + 1, third_before(words, i))
        # sleeping pills stored up, many of them: "sy nyimpen obat tidur dr klinik, udh banyak",
        # "obat tidur madam sy kumpulin" (not medicine kept for a cold)
        sleeping = any(
            (w in _PILLS and words[k + 1 : k + 2] in (["tidur"], ["tdr"])) or words[k : k + 2] == ["sleeping", "pills"]
            for k, w in enumerate(words)
        )
        if sleeping and (_ALL.intersection(words) or _GATHERED.intersection(words[i:])):
            return Hit("self_harm", i, i + 1, third_before(words, i))
        return None
    after = words[i + 1 : i + 6]
    around = words[max(0, i - 8) : i + 6]  # "nyimpen obat tidur byk bgt, katanya mau diminum semua"
    if not (_PILLS.intersection(after) and _ALL.intersection(after)):
        if not (words[i] in _PASSIVE_SWALLOW and _PILLS.intersection(around) and _ALL.intersection(around)):
            return None
    return Hit("self_harm", i, i + 1, third_before(words, i))


#: gathered one by one: "udh kekumpul", "kumpulin"
_GATHERED = frozenset({"kekumpul", "terkumpul", "kumpulin", "ngumpulin", "kumpulkan", "collected", "collecting"})

#: the words the overdose rule is called at: swallowing, passive or active, and storing up
SWALLOWING = frozenset({"drink", "drank", "take", "took", "taking", "swallow", "swallowed", "minum", "telen", "nelen",
                        "telan", "menelan"})  # fmt: skip

#: "obat tidur ... mau diminum semua": the pills named before the swallowing
_PASSIVE_SWALLOW = frozenset({"diminum", "ditelan", "ditelen"})

#: pills stored up, and a time set: "udh nyiapin obat2an yg banyak, mlm ini aja"
_STORED_UP = frozenset({"nyiapin", "siapin", "menyiapkan", "nyimpen", "nyimpan", "simpan", "simpen", "ngumpulin",
                        "kumpulin", "kumpulkan", "saved", "collected", "stored", "kekumpul", "collecting",
                        "saving", "keeping", "hoarding"})  # fmt: skip

#: the rest longed for that stored-up pills are meant to bring: "sy cm mau istirahat"
_REST = frozenset({"istirahat", "tenang", "selamanya", "rest", "forever", "peace"})

_TONIGHT = frozenset({"mlm", "malam", "malem", "tonight", "besok", "nanti"})

#: what poisons: "racun tikus", "pemutih", "obat nyamuk cair", "rat poison"
POISONS = frozenset({"racun", "racunnya", "poison", "pemutih", "bleach", "baygon", "pestisida", "pesticide",
                     "insektisida", "sianida", "cyanide", "clorox", "bayclin", "pembersih", "karbol",
                     "cleaner"})  # fmt: skip

_DRINKS = frozenset({"minum", "diminum", "drink", "telan", "ditelan", "nelen", "swallow", "nenggak", "tenggak"})

_ENDS = frozenset({"meninggal", "mati", "die", "dying", "way", "jalan", "beres", "selesai"})


def poison(words: list[str], i: int, raw: str) -> Hit | None:
    """A poison she means to drink: "udh beli obat nyamuk cair, malem ini sy minum", "kalau sy minum
    pemutih banyak langsung meninggal gk?", "i buy rat poison today, it is the only way"; not
    "racun tikus buat di dapur" nor "pemutih buat cuci baju"."""
    if words[i] == "nyamuk" and (not i or words[i - 1] != "obat"):
        return None  # only "obat nyamuk", the poison, not the mosquito
    if negated(words, i):
        return None
    near = words[max(0, i - 6) : i + 7]
    if _DRINKS.intersection(near):
        return Hit("self_harm", i, i + 1, third_before(words, i))
    prepared = _PREPARED.intersection(words[max(0, i - 3) : i + 5])
    if prepared and not _PESTS.intersection(words) and not _FOR_PESTS.intersection(words[i + 1 : i + 8]):
        return Hit("self_harm", i, i + 1, third_before(words, i))  # "sy udh siapin racunnya"
    if _ENDS.intersection(words[i + 1 : i + 12]) and not _FOR_PESTS.intersection(words[i + 1 : i + 8]):
        return Hit("self_harm", i, i + 1, third_before(words, i))
    return None


_PESTS = frozenset({"tikus", "kecoa", "nyamuk", "semut", "rayap", "rat", "rats", "cockroach", "cockroaches", "ants"})

_PREPARED = frozenset({"siapin", "nyiapin", "menyiapkan", "disiapkan", "prepared", "ready"})

#: a poison for what it is for: "racun tikus buat di dapur, banyak tikus"
_FOR_PESTS = frozenset({"buat", "untuk", "utk", "for", "kitchen", "dapur", "baju", "cuci", "laundry", "lantai"})

OVERDOSE_WORDS = SWALLOWING | _PASSIVE_SWALLOW | _STORED_UP
