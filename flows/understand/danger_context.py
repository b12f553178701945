"""What the danger rules ask of the words around a word: is it negated, whose is it (hers or
someone else's), is it said of a thing, is it an idiom. ``Hit`` is one place that reads as
danger."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.understand.danger_words import (
    ADDRESS,
    APPS,
    BETWEEN,
    BODY,
    EMPLOYER,
    FIRST,
    IDIOMS,
    NEGATION_GAP,
    NEGATORS,
    OWNERS,
    TENSE,
    THINGS,
    THIRD,
    WITH,
)

#: how far before a passive verb its subject may stand ("adik sy yg kerja di taiwan dikurung")
SUBJECT_WINDOW = 6
SHOUT = re.compile(r"!{2,}|!\s*!")
#: a cry drawn out: "toloong", "tolongg", "heeelp", "helpp"
DRAWN = re.compile(r"t+o+l+o{2,}n+g|t+o{2,}l+o+n+g|t+o+l+o+n+g{2,}|h+e{2,}l+p|h+e+l+p{2,}")


class Hit:
    """One place in the message that reads as danger."""

    __slots__ = ("end", "kind", "start", "third")

    def __init__(self, kind: str, start: int, end: int, third: bool) -> None:
        self.kind, self.start, self.end, self.third = kind, start, end, third


def negated(words: list[str], i: int) -> bool:
    """A negation just before ``i``, across "pernah", "sampai", "ada yang"... at most three."""
    j = i - 1
    gap = 0
    while j >= 0 and gap <= 3:
        word = words[j]
        if word in NEGATORS:
            return True
        if word in _LET_ALONE and _never(words[max(0, j - 4) : j]):
            return True  # "gk pernah marah apalagi mukul": never even angry, let alone a blow
        if word not in NEGATION_GAP:
            return False
        j -= 1
        gap += 1
    return False


#: "let alone", after "never": "gk pernah marah apalagi mukul" (after a plain "not" it is "and
#: worse": "sy gk betah, apalagi dipukul terus" is a report)
_LET_ALONE = frozenset({"apalagi", "apalg", "aplg", "apalagii"})


def _never(before: list[str]) -> bool:
    """ "gk pernah", "tidak pernah", "never" among the words before, with no clause break after it."""
    for k in range(len(before) - 1, -1, -1):
        word = before[k]
        if word == ",":
            return False
        if word == "never" or (word in NEGATORS and before[k + 1 : k + 2] in (["pernah"], ["prnh"])):
            return True
    return False


def negator_before(words: list[str], start: int, also: frozenset[str] = frozenset()) -> int:
    """Where a negation (or a word of ``also``) stands at ``start`` or up to two words before it,
    across "pernah", "sama sekali" and her own "sy" ("sy ga dikasih keluar"), or -1."""
    for k in range(start, max(-1, start - 3), -1):
        if words[k] in NEGATORS or words[k] in also:
            return k
        if words[k] not in NEGATION_GAP and words[k] not in FIRST:
            break
    return -1


#: who a family writes about: "anak sy", "suamiku", "my sister" (not "dia", "orang", "tkw")
KIN = THIRD - {
    "dia",
    "beliau",
    "mereka",
    "orang",
    "wanita",
    "perempuan",
    "pekerja",
    "tkw",
    "pmi",
    "art",
    "prt",
    "helper",
    "maid",
}
_POSSESSIVE = frozenset({"sy", "saya", "aku", "aq", "ku", "gw", "gue", "abdi", "kami", "kulo", "sengko"})
#: how a family passes on what someone of hers said or wrote: after these, "sy" and "aku" are hers
RELAY = frozenset(
    {"bilang", "blg", "katanya", "ktnya", "kata", "jare", "jarene", "cenah", "ceunah", "tulis", "nulis", "nulisnya",
     "ngepost", "posting", "post", "status", "chat", "ngechat", "sms", "nelpon", "nelfon", "telpon", "telp", "vn",
     "ngirim", "kirim", "pesen", "pesan", "said", "says", "say", "wrote", "write", "writes", "texted", "text", "texts",
     "told", "called", "messaged", "ngomong", "ngabari", "ngabarin", "cerita", "curhat", "ngadu", "ngeluh", "message",
     "msg", "mesej", "hantar", "kabari", "bisik", "wa", "whatsapp", "sanjang", "matur", "ngendika"}
)  # fmt: skip


def clause_before(words: list[str], i: int, reach: int) -> list[str]:
    """The up to ``reach`` words before ``i`` that stand in its clause (after any ",")."""
    span = words[max(0, i - reach) : i]
    return span[span.index(",") + 1 :] if "," in span else span


def clause_after(words: list[str], i: int, reach: int) -> list[str]:
    """The up to ``reach`` words after ``i`` that stand in its clause (before any ",")."""
    span = words[i + 1 : i + 1 + reach]
    return span[: span.index(",")] if "," in span else span


#: words of KIN that open a message without naming who it is about
_NOT_OPENING = frozenset({"she", "he", "they", "her", "him", "them", "someone", "girl", "woman", "women", "worker",
                          "workers", "bayi", "baby", "janin", "kandungan", "kandungannya", "dik", "ade",
                          "abk"})  # fmt: skip


#: what follows a word for her kin when she speaks to them: "ibu maafin aq ya", "mak tolong"
_VOCATIVE_NEXT = frozenset({"maafin", "maafkan", "maaf", "ampuni", "ampunin", "tolong", "tlg", "jangan", "please",
                            "sorry", "forgive"})  # fmt: skip


def kin_named(words: list[str], start: int, stop: int, *, addressed: bool = True) -> bool:
    """Someone of hers is named between ``start`` and ``stop``: "anak sy", "bojoku", "my cousin".
    ``addressed=False``: not a word she also calls the reader by ("mba sy masih bingung")."""
    span = words[start:stop]
    if (
        start == 0
        and span
        and span[0] in KIN
        and span[0] not in ADDRESS
        and span[0] not in _NOT_OPENING
        and span[1:2] != ["of"]  # "wife of boss hold knife": the employer's, not hers
        and not _VOCATIVE_NEXT.intersection(span[1:2])  # "ibu maafin aq": she speaks to her mother
        and not EMPLOYER.intersection(span[1:2])
    ):
        return True  # "adek ipar di kapal fiji, ...": the message opens with who it is about
    return any(
        w in KIN
        and (addressed or w not in ADDRESS)
        and (
            (k + 1 < len(span) and span[k + 1] in _POSSESSIVE)
            or w.endswith("ku")
            or (k > 0 and span[k - 1] in ("my", "our"))
        )
        for k, w in enumerate(span)
    )


_WORKERS = frozenset({"pekerja", "tkw", "tki", "pmi", "art", "prt", "abk", "orang", "wanita", "perempuan", "dia",
                      "mereka", "beliau"})  # fmt: skip


def kin_at(words: list[str], stop: int) -> int:
    """Where someone of hers is first named in ``words[:stop]``, more loosely than ``kin_named``
    (not a word she calls the reader by): "temen sekamar sy", "anak kulo Warsini", and the writer
    naming herself by whom she is to the worker ("saya suaminya Yati", "saya abang kepada
    Rohani"). -1 when nobody is."""
    span = words[:stop]
    for k, w in enumerate(span):
        if k and span[k - 1] == "ada" and w in _WORKERS and w not in ("dia", "mereka", "beliau"):
            return k  # "ada pmi di grup fb minta tlg": a worker she brings up
        if w.endswith("nya") and w[:-3] in KIN and w[:-3] not in ADDRESS and not (k and span[k - 1] in FIRST):
            if not EMPLOYER.intersection(span[k + 1 : k + 2]):
                return k  # "bu RT sy minta tlg, anaknya di arab ...": someone's child, not hers
        if w in FIRST and k + 1 < len(span):
            nxt = span[k + 1]
            if (nxt.endswith("nya") and nxt[:-3] in KIN) or (nxt.endswith("ipun") and nxt[:-4] in KIN):
                return k + 1  # "saya suaminya", "sy mamanya", Javanese "kula simbokipun"
            if nxt in KIN and nxt not in ADDRESS and nxt not in _NOT_OPENING and nxt not in _WORKERS:
                return k + 1  # "saya abang kepada Rohani", "saya kawan sebilik Siti": who she is to her
        if w not in KIN or w in ADDRESS or w in _NOT_OPENING or _VOCATIVE_NEXT.intersection(span[k + 1 : k + 2]):
            continue  # not "ibu maafin aq": she speaks to her
        if w.endswith("ku") or (k > 0 and span[k - 1] in ("my", "our")):
            return k
        if _POSSESSIVE.intersection(clause_after(span, k, 2)):
            return k  # "anak kulo", "temen sekamar sy" (not "ini hp tmn. kami ...")
        if k and span[k - 1] == "ada" and w not in _WORKERS:
            return k  # "kak ada teman satu agensi, katanya ...": someone she brings up
    return -1


#: "bukan saya yang dipukul": the person is denied, not the deed
_NOT_HER = frozenset({"bukan", "bkn", "bukn", "bkan", "not"})
#: "we" before a count of people ("kami 20 orang", "we 5 workers") makes her one of them
_WE = frozenset({"kami", "kita", "we", "us"})


def third_before(words: list[str], i: int) -> bool:
    """Whose is the passive verb at ``i``: someone else's ("teman saya dipukul") or hers."""
    for j in range(i - 1, max(-1, i - 1 - SUBJECT_WINDOW), -1):
        word = words[j]
        if word == ",":
            return False  # another clause: its people are not this verb's
        if word in FIRST:
            if j and words[j - 1] in _NOT_HER:
                return True  # "bkn sy yg dipukul tp teman sy": not her, so someone else
            # "teman saya", "teman sekamar sy": a possessive after someone else
            # not across a comma: "mbak, kulo dikunci" names whom she speaks to
            return any(w in THIRD for w in clause_before(words, j, 2)) and not together(words, j)
        if word in THIRD:
            if any(w in _WE for w in words[max(0, j - 3) : j]):
                return False  # "kami 20 orang dikurung": she is one of them
            # "sy sm tmn2 disekap": she is one of them
            return not together(words, j)
    return False


#: a pronoun that names who does it ("dia mukul", "he came with a knife"), not whom it is done to
_DOERS = frozenset({"dia", "dy", "he", "she", "they", "mereka", "beliau"})
_BE = frozenset({"was", "were", "is", "are", "got", "get", "gets", "been", "being", "be"})


def the_one_who_does_it(words: list[str], i: int) -> bool:
    """The "dia" before a harm at ``i`` is who does it, and nobody else of hers is named: "sy
    takut, dia marah2 bawa pisau" is her own danger (the one she fears), not someone else's. Not
    for a passive ("dia dipukul": done to her) or a message that names anyone else."""
    word = words[i]
    if word.startswith(("di", "ter", "ke")) or (i and words[i - 1] in _BE):
        return False
    if any(w in THIRD and w not in _DOERS for w in words):
        return False
    for j in range(i - 1, max(-1, i - 1 - SUBJECT_WINDOW), -1):
        if words[j] == "," or words[j] in FIRST:
            return False
        if words[j] in THIRD:
            return words[j] in _DOERS
    return False


def together(words: list[str], j: int) -> bool:
    """Is the person at ``j`` joined to her ("sy sm tmn2", "teman dan saya")?"""
    near = words[max(0, j - 3) : j + 3]
    return any(w in WITH for w in near) and any(w in FIRST for w in near if w not in ("n",))


def employer_side(words: list[str], i: int) -> bool:
    """The employer's family or the employer is the one it happened to ("anak majikan dipukul")."""
    before = words[max(0, i - 3) : i]
    if not before or any(w in FIRST for w in before):
        return False
    start = max(0, i - 3)
    # "di sebelah rumah majikan tiap malem dijambak": the employer's house is where, not who
    return any(w in EMPLOYER and not (k + start and words[k + start - 1] in _PLACE) for k, w in enumerate(before))


#: a place word before the employer's: "rumah majikan", "di majikan", "ke agen"
_PLACE = frozenset({"rumah", "rmh", "di", "ke", "dari", "dr", "sebelah", "tempat", "house", "at"})


#: everyone around her ("they beat anyone who tries to leave"): hers when she spoke of herself first
_GROUP = frozenset({"anyone", "anybody", "everyone", "everybody", "whoever", "workers"})
_MINE = frozenset({"my", "our"})


def person_after(words: list[str], i: int) -> tuple[bool, int] | None:
    """Who comes right after an active verb ("pukul saya", "pukul adik sy"): (someone else?,
    where), or None."""
    for j in range(i + 1, min(len(words), i + 3)):
        word = words[j]
        if word in FIRST:
            return False, j
        if word in _WHOSE_THING and words[j + 1 : j + 2] and words[j + 1] in THINGS and words[j + 1] not in BODY:
            return None  # "my madam locked her car keys inside": her things, not her
        if word in _GROUP:
            return not any(w in FIRST or w in _MINE for w in words[:i]), j
        if word == "my" and j + 1 < len(words) and words[j + 1] in THIRD:
            return True, j + 1
        if word == "my" and j + 1 < len(words) and words[j + 1] in BODY:
            return False, j + 1
        if word == "my" and j + 1 < len(words) and words[j + 1] in _FAMILY and words[j + 2 : j + 3] not in _ITS_THINGS:
            return False, j + 1  # "they will hurt my family": a threat to her through her family
        if word in THIRD:
            return True, j
        if word in _FAMILY and ((j + 1 < len(words) and words[j + 1] in FIRST) or word.endswith("ku")):
            return False, j + 1  # "mau bunuh keluarga sy": a threat to her through her family
        if word not in BETWEEN:
            return None
    return None


#: what a family owns, said after it: "sold my family house"
_ITS_THINGS = (
    ["house"],
    ["home"],
    ["land"],
    ["car"],
    ["business"],
    ["shop"],
    ["farm"],
    ["name"],
    ["photo"],
    ["photos"],
)
_FAMILY = frozenset({"keluarga", "keluargaku", "family", "anak2", "anak2ku", "ortu", "ortuku", "kids", "children",
                     "parents"})  # fmt: skip
#: whose thing follows: "her car", "his phone"
_WHOSE_THING = frozenset({"her", "his", "their", "your"})


def thing_before(words: list[str], i: int) -> bool:
    """A thing is what the verb is about: "akun dikunci", "hp sy dikunci", "akun fb sy dikunci"."""
    for j in range(i - 1, max(-1, i - 4), -1):
        word = words[j]
        if word in THINGS or (word.endswith("nya") and word[:-3] in THINGS):
            if j and words[j - 1] in _HANDLES and FIRST.intersection(words[j + 1 : i]):
                return False  # "klo ketahuan pegang hp sy dipukul": she holds the phone, she is hit
            return True  # "dagingnya dipukul pake ulekan"
        if (
            word not in FIRST
            and word not in OWNERS
            and word not in APPS
            and word not in TENSE
            and word not in _WHICH
            and word not in _MUST
        ):
            return False
    return False


#: what she does with a thing before what is done to her: "pegang hp sy dipukul", "main hp aku dikunci"
_HANDLES = frozenset({"pegang", "megang", "main", "maen", "mainin", "pake", "pakai", "make", "buka", "bukak",
                      "ambil", "liat", "lihat", "sentuh", "nyentuh", "pinjem", "pinjam", "pencet", "bawa", "punya",
                      "nyimpen", "simpen", "ngecas", "pegang2"})  # fmt: skip
#: "hp yg kekunci": the thing, then "which"
_WHICH = frozenset({"yg", "yang", "which", "that"})
#: what must be done to the thing: "dagingnya hrs dipukul dulu biar empuk"
_MUST = frozenset({"hrs", "harus", "mesti", "musti", "perlu", "wajib", "must", "should"})


# ------------------------------------------------------------------ the rules, by first word


def idiom(words: list[str], i: int) -> bool:
    """An idiom or look-alike: "dipukul rata", "siksa kubur", "terjebak macet"."""
    after = IDIOMS.get(words[i])
    if after is None or i + 1 >= len(words):
        return False
    nxt = words[i + 2] if words[i + 1] == "," and i + 2 < len(words) else words[i + 1]
    return nxt in after  # "ditampar... ombak": the pause of a joke told


Rule = Callable[[list[str], int, str], "Hit | None"]


#: "kalo", "if": what follows may not have happened
_IF = frozenset({"kalo", "kalau", "klo", "kalu", "klu", "jika", "jikalau", "apabila", "bila", "if", "seandainya"})
#: she says she is asking: "sy mau tanya, kalo dipukul lapornya kemana"
_ASKING_TO_KNOW = frozenset({"tanya", "nanya", "bertanya", "nanyain", "ask", "asking", "wondering", "cara", "how",
                             "hukumannya", "hukumnya", "aturannya", "sanksinya", "pasal", "tugas", "skripsi",
                             "penelitian", "lapornya", "ngadunya", "melapornya", "report", "kemana", "kmana",
                             "where", "pengaduan", "aduan", "hotline", "prosedur", "procedure", "sanksi",
                             "hukuman", "who", "siapa"})  # fmt: skip
_AGAIN = frozenset({"lagi", "lg", "again", "terus", "trus"})
#: "like this", said of her state now: "klo dikurung gini", "kalau dipukulin begini terus"
_LIKE_THIS_NOW = frozenset({"gini", "begini", "giniin", "ginian", "gene", "ngene", "kieu"})
_HABITUAL = frozenset({"tiap", "setiap", "sering", "selalu", "mulu", "melulu", "every", "always", "everyday", "daily"})
#: a habit said between "kalo" and the act: "kalo mabok suka ngunciin sy" is whenever, not if
_WHENEVER = _HABITUAL | frozenset({"suka", "pasti", "psti", "slalu", "srg"})
#: "kl" is "kalau" unless it is a place: "adik sy di KL dipukul majikan" is Kuala Lumpur
_PLACE_BEFORE = frozenset({"di", "ke", "dr", "dari", "in", "at", "to", "from", "kat", "dekat", "dkt"})


def _placed(words: list[str], k: int) -> bool:
    """ "di KL", "ke kl": the word at ``k`` names a place after a word of where."""
    return k > 0 and words[k - 1] in _PLACE_BEFORE


#: what may come: "kalo sy dipukul nanti", "if one day she hit me"
_LATER = frozenset({"nanti", "nanti2", "nntii", "ntar", "entar", "nnti", "later", "someday", "suatu"})
#: what to do, asked before an "if": "what to do if ...", "harus gimana kalo ..."
_WHAT_TO_DO = frozenset({("what", "to"), ("harus", "dilakukan"), ("harus", "dilakuin"), ("harus", "ngapain"),
                         ("harus", "gimana"), ("harus", "bagaimana"), ("hrs", "gimana"), ("hrs", "gmn")})  # fmt: skip
#: "kalo misal", "if for example": supposing
#: "just in case": a supposition
_SUPPOSE = frozenset({"misal", "misalnya", "umpama", "umpamanya", "andai", "andaikan", "example", "instance", "case"})


_BECAUSE = frozenset({"soalnya", "soale", "krn", "karena", "karna", "coz", "because", "since"})
_LATELY = frozenset({"td", "tadi", "kemarin", "kemaren", "kmrn", "semalam", "semalem", "barusan", "today", "yesterday",
                     "tonight", "lastnight"})  # fmt: skip


#: what she does that the blow follows: the "if" of a habit, not of a question
_HER_ACTS = frozenset({"nangis", "menangis", "salah", "telat", "terlambat", "lambat", "lelet", "minta", "nanya",
                       "tanya", "nolak", "menolak", "protes", "ngeluh", "mengeluh", "ketiduran", "lupa", "ngelawan",
                       "melawan", "bantah", "membantah", "jawab", "ngejawab", "cry", "late", "slow",
                       "mistake"})  # fmt: skip


def hypothetical(words: list[str], i: int) -> bool:
    """ "sy mau tanya, kalo dipukul majikan lapornya kemana?": a question about what to do if,
    not a report. "kalo sy dipukul lagi sy kabur" (no asking) stays a report."""
    first = max(0, i - 3)
    before = words[first:i]
    ifs = [j for j, w in enumerate(before) if w in _IF or (w == "kl" and not _placed(words, first + j))]
    if not ifs:
        return False
    at_if = max(ifs)
    now = words[i + 1 : i + 5]
    if _LIKE_THIS_NOW.intersection(now[: now.index(",")] if "," in now else now):
        return False  # "klo dikurung di kamar gini sy hrs telpon siapa?": as she is now, not if
    if _WHENEVER.intersection(before[at_if + 1 :]) and FIRST.intersection(words[i + 1 : i + 3]):
        return False  # "anaknya kalo mabok suka ngunciin sy": whenever he is drunk, he does it to her
    if _ESCAPES.intersection(words[i : i + 2]) and _THE_LAW.intersection(words[i + 1 :]):
        return True  # "kalau sy mau kabur dr majikan, nanti jadi ilegal gk?", "if we run away we go jail?"
    if _HER_ACTS.intersection(before[at_if + 1 :]):
        return False  # "kalau nangis dipukul", "klo salah dikit ditampar": what happens when she does
    if _AGAIN.intersection(words[i + 1 : i + 3]):
        return False  # "kalo dipukul lagi sy lari kemana": it has happened
    if _HABITUAL.intersection(words[i + 1 : i + 5]):
        return False  # "sy harus gimana kalo majikan mukul sy tiap hari": it keeps happening
    if any(w in _BECAUSE and _LATELY.intersection(words[k + 1 : k + 4]) for k, w in enumerate(words[i:], start=i)):
        return False  # "... bisa dilaporin gk? soalnya td pagi sy digituin": it happened
    if _LAW_ASKED.intersection(words[i + 1 :]) and not FIRST.intersection(words[first + at_if : i + 4]):
        return True  # "klo majikan nyuruh aborsi itu legal gk kak?": the law asked of a case, nobody's
    if _SUPPOSE.intersection(before) or _ASKING_TO_KNOW.intersection(words[:i]):
        return True  # "kalo misal dipukul ...", "sy mau tanya, kalo dipukul ..."
    if any(tuple(words[k : k + 2]) in _WHAT_TO_DO for k in range(max(0, first - 4), first + at_if)):
        return True  # "they teach us what to do if someone attack us", "apa yg harus dilakukan kalo ..."
    if _LATER.intersection(words[i + 1 : i + 4]) and _ASKING_TO_KNOW.intersection(words[i:]):
        return True  # "kalo sy dipukul majikan nanti, lapornya kemana?": what may come, asked about
    # the asking said after: "kalo dipukul lapor kemana? nanya aja", with nobody named in between
    return bool(_ASKING_TO_KNOW.intersection(words[i:])) and not FIRST.intersection(before[at_if:])


#: running away, which she may ask the law about before doing it
_ESCAPES = frozenset({"kabur", "kabor", "lari", "minggat", "run", "escape"})
#: what the law does to one who runs away: "jadi ilegal gk?", "masuk penjara?", "go jail?"
_THE_LAW = frozenset({"ilegal", "illegal", "penjara", "dipenjara", "jail", "prison", "pidana", "dipidana",
                      "blacklist", "diblacklist", "deportasi", "dideportasi", "deport", "deported", "hukum",
                      "hukumannya", "law", "aturan", "aturannya", "rule", "overstay", "undocumented"})  # fmt: skip
#: the law asked of what "if" supposes: "itu legal gk?", "melanggar hukum gk?"
_LAW_ASKED = _THE_LAW | frozenset({"legal", "melanggar", "dilarang", "halal", "haram"})
#: "tp pelan", "tapi bercanda": what takes the harm out of it, after a "but"
_SOFT = frozenset({"pelan", "pelan2", "bercanda", "becanda", "gemes", "gemas", "joking", "kidding", "playing"})
_BUT = frozenset({"tapi", "tp", "tpi", "but", "cuma", "cuman"})


def softened(words: list[str], i: int) -> bool:
    """ "suka mukul2 kalo lagi pikun, tp pelan": said with what takes the harm out. Only a
    gentle or playful word counts: "dipukul tapi ga sakit kok" is still a report."""
    if _SOFT.intersection(words[i + 1 : i + 4]) and "," not in words[i + 1 : i + 3]:
        return True  # "mukul sy pelan2": gently, right after
    for k in range(i + 1, min(len(words), i + 10)):
        if words[k] in _BUT:
            return bool(_SOFT.intersection(words[k + 1 : k + 4]))
    return False


#: a business that is sold: "perusahaan sy dijual", "pabriknya dijual"
_BUSINESS = frozenset({"perusahaan", "perusahaannya", "pabrik", "pabriknya", "toko", "tokonya", "usaha", "bisnis",
                       "company", "restoran", "saham", "kebun", "kebunnya", "ladang"})  # fmt: skip


def business_sold(words: list[str], i: int) -> bool:
    """The word before "dijual" at ``i`` (past her "sy") is a business: the firm is sold, not she."""
    owner = i - 2 if i >= 2 and words[i - 1] in FIRST else i - 1
    return owner >= 0 and words[owner] in _BUSINESS
