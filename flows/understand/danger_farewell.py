"""Last words: a message that takes leave, which rarely says "mati". One sign alone is everyday
("maafin sy ya kak", "ini yg terakhir sy tanya", "titip anak ke ibu"); two together, one of them
a strong one, are how a goodbye before self-harm is written ("mak maafin sy, sy gk kuat lg, ini
yg terakhir"; "kalau sy gk ada nanti anak sy gmn, tlg titip dia"; "i write letter for my mom").
Saying goodbye and putting one's children in others' care are warning signs that suicide-prevention
guidance (WHO, LSM Into The Light) asks helpers to take seriously."""

from __future__ import annotations

from flows.understand.danger_context import Hit, negator_before
from flows.understand.danger_words import FIRST, NEGATORS, THIRD
from flows.understand.per_message import PerMessage

#: who a farewell is to, and an apology with it: "selamat tinggal semuanya, maafin sy"
_EVERYONE = frozenset({"semuanya", "semua", "dunia", "everyone", "everybody", "world", "all", "kalian"})
_SORRY = frozenset({"maaf", "maafin", "maafkan", "ampuni", "sorry", "forgive"})
#: an apology that asks forgiveness (not the polite "maaf" that opens a question)
_FORGIVE = frozenset({"maafin", "maafkan", "ampuni", "ampunin", "forgive", "halalin", "halalkan"})
#: whom she leaves behind
_HERS = frozenset({"mak", "ma", "mama", "mamah", "mamak", "ibu", "ibuk", "bu", "emak", "mom", "mum", "mother", "mommy",
                   "pak", "bapak", "ayah", "dad", "semua", "semuanya", "everyone", "anak", "anakku", "anak2", "family",
                   "keluarga", "suami", "husband", "kids", "children"})  # fmt: skip
_STRENGTH = frozenset({"sanggup", "kuat", "tahan", "kuwat"})
#: the ones she leaves in someone's care: "titip anak", "titip dia", "take care of my kids"
_CARED_FOR = frozenset({"anak", "anak2", "anakku", "anaku", "dia", "adik", "adek", "ibu", "mama", "mak", "emak",
                        "kids", "children", "son", "daughter", "mom", "mother", "family", "keluarga"})  # fmt: skip
_LOOK_AFTER = frozenset({"jaga", "jagain", "jagakan", "jagai", "rawat", "rawatin", "urus", "urusin"})
_CHILDREN = frozenset({"anak", "anak2", "anakku", "anaku", "anakq"})
_MY = frozenset({"sy", "saya", "aku", "aq", "ku", "anakku", "anaku", "anakq", "gw"})
_IF = frozenset({"kalau", "kalo", "klo", "kalu", "klu", "jika", "jikalau", "seandainya", "if", "when", "once"})
_HERE = frozenset({"ada", "around", "here", "alive"})
#: a day named between "kalau" and her: "kalau besok sy udh gk ada"
_SOME_DAY = frozenset({"besok", "bsk", "besuk", "nanti", "nnti", "ntar", "tomorrow", "someday", "suatu"})
_NO_LONGER = NEGATORS | frozenset({"udh", "udah", "sudah", "sdh", "dah", "no", "longer", "not", "m", "am", "is"})
_GONE = frozenset(
    {
        "gone",
        "dead",
        "mati",
        "die",
        "died",
        "meninggal",
        "tiada",
        # no longer answering: "kalo besok sy gk bales lagi"
        "bales",
        "balas",
        "reply",
        "respon",
        "aktif",
    }
)
#: what comes after "kalau sy gk ada" when it means gone, not out ("kalau sy gk ada di rumah")
_AFTER_GONE = frozenset({",", "lagi", "lg", "nanti", "nnti", "ntar", "anymore", "tolong", "tlg", "titip", "anak",
                         "jaga", "jagain", "please", "take", "mungkin", "maybe", "semua", "everyone"})  # fmt: skip
_LAST = frozenset({"terakhir", "trakhir", "terakhirku", "last", "final"})
_THIS = frozenset({"ini", "pesan", "pesen", "kata", "kata2", "chat", "message", "words", "goodbye", "time", "kali",
                   "kalinya"})  # fmt: skip
#: whom she leaves the children with while she works: "titip anak ke ibu", "titip anak sm mertua"
_TO_SOMEONE = frozenset({"ke", "sama", "sm", "ama", "di", "selama", "pas", "waktu", "with", "to", "while"})
#: what may end a "terakhir" that is a last message
_TAIL = FIRST | frozenset({"ya", "yaa", "kalinya", "kali", "dari", "dr", "from", "message", "msg", "chat", "words",
                          "ku", "nya", "mak", "ma", "bu", "ibu", "mom"})  # fmt: skip
_EASIER = frozenset({"tenang", "bahagia", "senang", "baik", "happy", "happier", "better", "easier", "ringan", "lega"})
#: who would be better off: "mungkin semua org lebih tenang"
_OTHERS = _EVERYONE | frozenset({"orang", "org", "keluarga", "family"})
_BURDEN = frozenset({"ngerepotin", "merepotkan", "nyusahin", "menyusahkan", "beban", "burden"})
_HEIGHT_NOW = frozenset({"jembatan", "atap", "balkon", "rooftop", "roof", "bridge", "tebing", "menara"})
_NOW = frozenset({"lg", "lagi", "sedang", "skrg", "sekarang", "now", "udh", "sudah", "udah", "already", "m", "am"})
_ROPE = frozenset({"tali", "rope", "noose"})
_ROOM = frozenset({"kamar", "kamarnya", "kamarku", "room", "leher", "neck", "plafon", "ceiling"})
_CHILDREN_ALL = frozenset({"anak", "anak2", "anakku", "kids", "children", "son", "daughter"})
_TELL = frozenset({"bilang", "bilangin", "sampaikan", "sampein", "sampaiin", "tell", "kasih", "tau"})
_FOREVER = frozenset({"selamanya", "forever", "slamanya"})
_LETTER = frozenset({"surat", "letter", "note", "wasiat"})
_FOR = frozenset({"buat", "untuk", "utk", "for", "to", "ke", "kpd", "kepada"})
_BETTER = frozenset({"better", "mending", "mendingan", "lebih"})
_GO = frozenset({"go", "pergi", "gone", "leave", "tiada", "ilang", "hilang"})


_GIVE_UP = frozenset({"nyerah", "menyerah", "pasrah"})
#: a message passed on to her family: "tolong sampein ke mamak", "bilangin ibu", "tell my mom"
_PASS_ON = frozenset({"sampein", "sampaikan", "sampaiin", "bilangin", "tell"})
_DONT = frozenset({"jangan", "jgn", "jngn", "dont", "don"})
_SEEK = frozenset({"cari", "nyari", "nyariin", "cariin", "look", "search", "t"})
_ME = frozenset({"sy", "saya", "aku", "aq", "me", "ak", "gw"})
#: a decision made: "udh mikir lama", "already decide", "udh bulat"
_DECIDED_AFTER = frozenset({"mikir", "memutuskan", "mutusin", "decide", "decided", "bulat", "mantap", "mantep",
                            "yakin"})  # fmt: skip
_ALREADY = frozenset({"udh", "udah", "sudah", "sdh", "dah", "already", "wis", "uwis"})
#: who would grieve: "ada yg nangis", "siapa yg sedih", "who will cry"
_WHO_WOULD = frozenset({"siapa", "yg", "yang", "who", "anyone", "anybody", "somebody"})
_GRIEVE = frozenset({"nangis", "nangisin", "sedih", "nyariin", "kehilangan", "cry", "miss", "care", "cares", "sad"})


def _after(words: list[str], i: int, reach: int) -> list[str]:
    return words[i + 1 : i + 1 + reach]


def _sign_at(words: list[str], k: int) -> tuple[str, bool] | None:
    """The sign of a goodbye that starts at ``k``, and whether it is a strong one."""
    word = words[k]
    nxt = words[k + 1] if k + 1 < len(words) else ","
    if word in _FORGIVE or (word in ("maaf", "sorry") and _HERS.intersection(words[max(0, k - 4) : k + 3])):
        return "sorry", False
    if word in _STRENGTH and k and negator_before(words, k - 1) >= 0:
        return "given_up", False  # "sy gk kuat lg", "udh gk sanggup"
    if word in _GIVE_UP and not negator_before(words, k - 1) >= 0:
        return "given_up", False  # "sy mau nyerah aja sama semuanya"
    if word in _PASS_ON and _HERS.intersection(_after(words, k, 3)):
        return "tell_family", True  # "tolong sampein ke mamak, ...", "tell my mom"
    if (
        word == "titip"
        and _CARED_FOR.intersection(_after(words, k, 2))
        and not _TO_SOMEONE.intersection(_after(words, k, 4))
    ):
        return "entrust", True  # not "titip anak ke ibu selama kerja": care while she works
    if word in _LOOK_AFTER and _CHILDREN.intersection(_after(words, k, 2)) and _MY.intersection(_after(words, k, 3)):
        return "entrust", True  # "tolong jagain anak2 ku", "rawat anak sy"
    if word == "care" and words[k - 1 : k] == ["take"] and _CARED_FOR.intersection(_after(words, k, 3)):
        return "entrust", True  # "take care of my kids"
    if word in _IF:
        # "kalau besok sy udh gk ada": a day may be named before her
        at = k + 1 if nxt in _SOME_DAY else k
        if words[at + 1 : at + 2] and words[at + 1] in FIRST and _gone_after(words, at + 2):
            return "absent", True  # "kalau sy gk ada nanti", "if i am not here anymore"
    if word in _LAST and (_THIS.intersection(words[max(0, k - 3) : k]) or _THIS.intersection(_after(words, k, 1))):
        if _ends_there(words, k + 1):
            return "last", True  # "ini yg terakhir", "pesan terakhir", "my last message"
    if word in _LETTER and _FOR.intersection(_after(words, k, 1)) and _HERS.intersection(_after(words, k, 3)):
        return "letter", True  # "surat buat mama", "letter for my mom"
    if word == "goodbye" or (word == "tinggal" and k and words[k - 1] in ("selamat", "slamat", "slmt")):
        return "goodbye", True
    if word in ("pamit", "pamitan") and _FOREVER.intersection(_after(words, k, 3)):
        return "goodbye", True  # "aku pamit selamanya"
    if word in _BETTER and FIRST.intersection(_after(words, k, 3)) and _GO.intersection(_after(words, k, 4)):
        return "better_gone", False  # "its better i go", "mending sy pergi"
    if word == "lebih" and _EASIER.intersection(_after(words, k, 1)) and _OTHERS.intersection(words[max(0, k - 3) : k]):
        return "better_off", True  # "mungkin semua org lebih tenang"
    if word in _BURDEN:
        return "burden", False  # "maaf ya ngerepotin", "cuma jd beban"
    if (
        word in _HEIGHT_NOW
        and k > 1
        and (
            words[k - 1] in ("di", "on", "atas", "at")
            or (words[k - 1] in ("the", "a") and words[k - 2] in ("on", "at"))
        )
        and _NOW.intersection(words[max(0, k - 5) : k + 3])
    ):
        if (FIRST | THIRD | {"she", "he", "dia"}).intersection(words[max(0, k - 5) : k]):
            return "on_height", True  # "sy lg di atas jembatan", "my friend stand on the bridge now"
    if word in _ROPE and _ROOM.intersection(_after(words, k, 4)):
        return "rope", True  # "kirim foto tali di kamarnya"
    if word in ("terakhir", "only", "satu2nya", "satunya") and words[k - 1 : k] in (["jalan"], ["way"]):
        return "last_way", False  # "ini jalan terakhir", "the only way"
    if word in _DONT and _SEEK.intersection(_after(words, k, 2)) and _ME.intersection(_after(words, k, 3)):
        return "dont_seek", True  # "jangan cari sy ya", "dont look for me"
    if word in _DECIDED_AFTER and k and _ALREADY.intersection(words[max(0, k - 3) : k]):
        return "decided", False  # "sy udh mikir lama", "i already decide"
    if word in _WHO_WOULD and _GRIEVE.intersection(_after(words, k, 3)):
        return "missed", False  # "apa ada yg nangis", "siapa yg sedih ya", "who will miss me"
    if word in _OTHERS and _EASIER.intersection(_after(words, k, 2)) and _IF.intersection(words[max(0, k - 6) : k]):
        return "better_off", False  # "if i gone everyone happy", "klo aq gk ada semua org lega"
    if word in ("sayang", "love", "sayangi") and _CHILDREN_ALL.intersection(words[max(0, k - 8) : k]):
        if _TELL.intersection(words[max(0, k - 8) : k]):
            return "tell_love", True  # "bilang aja sm anak2 sy kalo ibunya sayang mereka"
    return None


def _scan_signs(words: list[str]) -> tuple[set[str], set[str]]:
    """The strong and the weak signs of a goodbye in the message."""
    strong: set[str] = set()
    weak: set[str] = set()
    for k in range(len(words)):
        sign = _sign_at(words, k)
        if sign is not None:
            (strong if sign[1] else weak).add(sign[0])
    return strong, weak


#: asked by several rules of one message: scanned once per message
_signs: PerMessage[tuple[set[str], set[str]]] = PerMessage(_scan_signs)


def _ends_there(words: list[str], k: int) -> bool:
    """Nothing is done after "terakhir": "ini yg terakhir", "pesan terakhir dr sy", not "ini yg
    terakhir sy tanya"."""
    rest = [w for w in words[k : k + 3] if w not in _TAIL]
    return not rest or rest[0] == ","


def _gone_after(words: list[str], k: int) -> bool:
    """ "gk ada (lagi)", "not here anymore", "udh gk ada", "gone": from ``k``, and nothing after
    that makes it a place or a time ("gk ada di rumah", "gk ada kerjaan")."""
    j = k
    while j < len(words) and j < k + 4 and words[j] in _NO_LONGER:
        j += 1
    if j >= len(words):
        return False
    if words[j] in _GONE:
        return True
    if j == k or words[j] not in _HERE:
        return False
    after = words[j + 1] if j + 1 < len(words) else ","
    return after in _AFTER_GONE


def last_words(words: list[str], i: int, raw: str) -> Hit | None:
    """Two signs of a goodbye, one strong: self-harm, said softly."""
    if _sign_at(words, i) is None:
        return None
    strong, weak = _signs(words)
    if strong and len(strong | weak) >= 2:
        return Hit("self_harm", i, i + 1, False)
    return None


def farewell(words: list[str], i: int, raw: str) -> Hit | None:
    """ "selamat tinggal semuanya, maafin sy", "goodbye world": a last message; not "selamat
    tinggal bulan desember" nor "bye kak" at the end of a chat."""
    if words[i] == "titip":
        # "mak maafin sy, sy udh gk sanggup. sy titip anak2": her children entrusted, with an
        # apology and giving up (not "sy titip anak ke ibu selama kerja")
        given_up = any(w in _STRENGTH and negator_before(words, k - 1) >= 0 for k, w in enumerate(words) if k)
        if "anak" in words[i + 1 : i + 3] and _SORRY.intersection(words) and given_up:
            return Hit("self_harm", i, i + 2, False)
        return last_words(words, i, raw)
    if words[i] in ("pamit", "pamitan"):
        # "pamit ya semua, maafin salah sy": taking leave of everyone, asking to be forgiven
        if _EVERYONE.intersection(words[i + 1 : i + 4]) and _SORRY.intersection(words[i + 1 :]):
            return Hit("self_harm", i, i + 1, False)
        return last_words(words, i, raw)
    if words[i] == "tinggal" and (i == 0 or words[i - 1] not in ("selamat", "slamat", "slmt")):
        return None
    after = words[i + 1 : i + 3]
    # "goodbye everyone, i am going": leaving, and nothing said of where
    going = bool(words) and words[-1] in ("going", "pergi", "go", "gone") and words[-2:-1] != ["to"]
    if not (
        _EVERYONE.intersection(after) and (_SORRY.intersection(words) or "dunia" in after or "world" in after or going)
    ):
        return last_words(words, i, raw)
    return Hit("self_harm", max(0, i - 1), i + 2, False)


#: the words that may start a sign of a goodbye, for the rule table
#: (not the words of looking after: "jaga" would bring "dijaga" to "jaga" for every rule, and the
#: entrusting is found by the other sign that calls the rule)
LAST_WORDS_START = (
    _FORGIVE
    | _LAST
    | _LETTER
    | _IF
    | _STRENGTH
    | _BETTER
    | _BURDEN
    | _HEIGHT_NOW
    | _ROPE
    | {
        "maaf",
        "sorry",
        "care",
        "goodbye",
        "jangan",
        "jgn",
        "jngn",
        "dont",
        "don",
        "mikir",
        "nyerah",
        "menyerah",
        "pasrah",
        "sampein",
        "sampaikan",
        "sampaiin",
        "bilangin",
        "tell",
        "decide",
        "decided",
        "siapa",
        "who",
        "anyone",
        "semua",
        "everyone",
        "orang",
        "org",
        "pamit",
        "pamitan",
        "only",
        "satu2nya",
        "satunya",
        "sayang",
        "love",
        "sayangi",
    }
)
