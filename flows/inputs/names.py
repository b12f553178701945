"""A name as people type it at a name question: "nama sy Yuli", "my name is Siti", "majikan sy
namanya Mr Ahmad", "Yuli kak" give the name alone, as written; the words around it are the way
she talks, not part of the name the staff will look for."""

from __future__ import annotations

import re

from flows.understand.lexicon import LEXICON

_PRONOUN = r"(?:saya|sy|aku|aq|ku|gw|gue|gua|kami|my|her|his|their)"
_KIN = (
    r"(?:anak|istri|suami|ibu|mama|kakak|kaka|kak|adik|adek|ade|bapak|ayah|keponakan|teman|temen|majikan|bos|boss"
    r"|ama|amah|akong|kakek|nenek|oma|opa|nyonya|tuan|kafil|kafeel|sponsor"
    r"|employer|sister|brother|daughter|son|wife|husband|mother|friend|madam|sir)"
)
#: what leads up to the name itself ("nama lengkap sy adalah", "my employer's name is")
_LEAD_IN = re.compile(
    rf"""^\s*(?:
        (?:{_KIN}(?:\s*nya)?(?:\s+{_PRONOUN})?\s+)?(?:nama|name)(?:\s*nya)?(?:\s+lengkap(?:nya)?)?
            (?:\s+{_PRONOUN}|\s+{_KIN}(?:nya)?(?:\s+{_PRONOUN})?)?(?:\s+(?:adalah|yaitu|is))?
      | namaku | namaq
      | {_PRONOUN}(?:\s+{_KIN}(?:'s)?)?\s+name(?:\s+is)?
      | i\s+am | i'm | im | it's | its | this\s+is
      | {_KIN}\s*nya
      | saya | sy | aku | aq | gw | gue | gua | ane | sya
    )(?=[\s:=,\-])[\s:=,\-]*""",
    re.IGNORECASE | re.VERBOSE,
)
#: a word of address, a particle or a time word after the name ("Yuli kak", "Siti ya bu", "Wati
#: kemarin": when she wrote, not who she is)
_TAIL = re.compile(
    r"(?:[\s,.!]+(?:kak|ka|kk|bu|pak|mbak|mba|min|gan|sis|ya|yah|ma'am|maam|madam|sir|pls|please"
    r"|kemarin|kemaren|kmrn|kmarin|tadi|td|barusan|sekarang|skrg|yesterday|today))+[\s.!]*$",
    re.IGNORECASE,
)
#: a phone number alone, as typed: at least seven digits, with spaces, dashes, dots or brackets
_NUMBER_ONLY = re.compile(r"^\s*\+?[\d\s\-.()]{7,}\s*$")


def read_name(text: str, *, firm: bool = False) -> str | None:
    """The name in ``text``, the words before and after it taken off ("nama sy Yuli": Yuli;
    "kn udh sy blg td, Nur Hasanah": Nur Hasanah), or None when it holds no name, only
    everyday words ("tolong dibantu ya kak", "gak tau, katanya sih di arab"). ``firm``: an
    employer, often named with everyday words ("panti jompo Sakura no Sato", "pabrik elektronik
    hong da"): a few words with one name-like word among them are its name."""
    clauses = [c for c in (_strip(part) for part in _CLAUSE.split(text)) if c]
    # "gk ada sinyal di laut, wa aja 0812..." to the employer's name: a clause that begins with
    # "not" says something is not so; it names nobody (it was filed as the employer's name)
    clauses = [c for c in clauses if _NEGATION.match(c) is None]
    if not clauses:
        return None
    best = max(clauses, key=_namelike)  # the first of the most name-like
    if not _WORD.search(best):
        return None  # "😭😭🙏", "???": no letter, no name
    letters = _WORD.findall(best)
    if best.strip().lower() in _NOT_A_NAME:
        return None  # "perempuan" typed where a name was asked: her sex, not a name
    if all(w.lower() in _GREETING for w in _WORD.findall(text)):
        return None  # "halo kak", "maaf kak baru bls", "p": she is back, no name given
    words = len(letters)
    if words > 1 and _namelike(best) < _NAMELIKE and not (firm and words <= _FIRM_WORDS and _namelike(best) > 0):
        return None  # (one word may be any name)
    return best if len(clauses) > 1 else _strip(text) or text.strip()


#: "its name is" inside a clause: "bos cina gw namanya ah seng"
_NAMED = re.compile(r"\b(?:nama\s*nya|namanya|name\s+is)\s+(?=\w)", re.IGNORECASE)


def _strip(value: str) -> str:
    value = value.strip()
    lead = _LEAD_IN.match(value)
    if lead is not None and lead.end() < len(value):
        value = value[lead.end() :]
    elif (named := _NAMED.search(value)) is not None:
        value = value[named.end() :]  # the name after "namanya", the words before it about who
    return _TAIL.sub("", value).strip(" ,.:;-")


def _namelike(clause: str) -> float:
    """The share of its words that are no everyday word typed in lower case ("Sri" is a name,
    "sri" may be too; "dibantu" is not)."""
    words = _WORD.findall(clause)
    if not words:
        return 0.0
    return sum(1 for w in words if not (w.islower() and w in LEXICON.spellings)) / len(words)


#: words that answer another question (her sex) and are never a person's or a firm's name
_NOT_A_NAME = frozenset({"perempuan", "wanita", "laki", "laki-laki", "laki2", "lelaki", "pria", "cewek", "cowok",
                         "female", "male", "woman", "man", "girl", "boy"})  # fmt: skip
#: a greeting, a call or an apology on coming back, typed where a name was asked
_GREETING = frozenset({"halo", "hallo", "helo", "hai", "hi", "hello", "assalamualaikum", "asalamualaikum", "salam",
                       "p", "ping", "kak", "kakak", "ka", "mbak", "mba", "pak", "bu", "permisi", "maaf", "baru", "bls",
                       "balas", "sorry", "ya", "lagi"})  # fmt: skip
#: a name's parts are mostly not everyday words
_NAMELIKE = 0.5
#: an employer's name may be longer and mostly everyday words ("panti jompo Sakura no Sato")
_FIRM_WORDS = 6
#: given names and name parts often borne in Indonesia, for a name typed alone where a place was
#: asked; none is an everyday word or a destination's place ("Indah", "Putri", "Ayu" are words too)
_GIVEN = frozenset({
    "siti", "sri", "nur", "nurul", "dewi", "eka", "dwi", "yuli", "yuni", "rina", "wati", "lestari", "wahyuni",
    "aminah", "fatimah", "suryani", "rahayu", "ningsih", "susanti", "hartini", "sumiati", "painem", "warsini",
    "tarsih", "karsih", "suminah", "rohmah", "rohimah", "khotimah", "umi", "ummi", "nining", "neneng", "euis",
    "erna", "yanti", "yati", "mulyani", "kartini", "sulastri", "sumarni", "tuti", "titin", "lilis", "imas",
    "iis", "nani", "ratna", "ratih", "puji", "endang", "sutini", "sukarsih", "marni", "wartini", "darsih",
    "casih", "carsih", "rasminah", "yuyun", "yayuk", "anik", "nunung", "muhammad", "mohammad", "muhamad",
    "ahmad", "agus", "budi", "slamet", "joko", "bambang", "eko", "heru", "hendra", "rudi", "andi", "asep",
    "ujang", "dedi", "yusuf", "abdul", "hadi", "wahyu", "bayu", "arif", "rizki", "fajar", "imam", "supri",
    "suparman", "sugeng", "teguh", "sumarno", "sutrisno", "tarno", "darto", "kasmini", "sumini", "tumini",
    "eni", "ani", "yeni", "eti", "yeti", "tini", "rini", "yani", "lia", "nia", "mia", "ika", "ela", "nita", "ita",
    "ria", "desi", "dian", "fitri", "rita", "ida", "iin", "inah", "minah", "sumi", "warni", "sarmi", "karti",
    "sunarti", "suryati", "jumiati", "nurhayati", "kusmiati", "rukmini",
})  # fmt: skip
#: a word that no name alone holds: she said where ("siti di jeddah") or who ("sri anak sy")
_NOT_IN_A_NAME = frozenset({"di", "dari", "dr", "ke", "kota", "daerah", "in", "at", "anak", "istri", "ibu", "adik"})
#: the marks of a firm's name: a company, an agency, a training centre ("PT", "LPK", "Sdn Bhd")
_FIRM = frozenset({"pt", "cv", "ud", "lpk", "p3mi", "pjtki", "co", "ltd", "inc", "sdn", "bhd", "pte", "llc", "corp",
                   "company", "limited", "group", "service", "services", "agency", "agensi", "agent", "kk",
                   "kabushiki", "kaisha", "yugen", "factory", "pabrik", "kilang"})  # fmt: skip
#: a name typed alone is at most this many words
_BARE_NAME_WORDS = 4
_CLAUSE = re.compile(r"[,;\n]+")
#: a clause that begins with a negation ("gk ada sinyal", "blm tau", "tidak punya")
_NEGATION = re.compile(
    r"^(?:gk|ga|gak|g|nggak|ngga|nga|enggak|engga|tidak|tdk|tak|ndak|ora|blm|belum|dont|don't|not)\s",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")


def looks_like_a_name(text: str) -> bool:
    """ "Sri Wahyuni" where a number was asked: one to four words, each capitalised, no digit."""
    words = text.split()
    return (
        0 < len(words) <= 4
        and not any(c.isdigit() for c in text)
        # "PT Sakura Kaigo Service" where her number was asked: a firm, never her name (it was
        # filed as her name, "Namanya sudah kami catat")
        and not any(w.lower().strip(".,") in _FIRM for w in words)
        and all(w[:1].isupper() for w in words)
        and read_name(text) is not None
        and _namelike(text) >= _NAMELIKE
    )


def a_bare_name(text: str) -> str | None:
    """ "Siti Aminah", "sri wahyuni kak" typed alone where a place was asked: a name that begins
    with a given name people in Indonesia often bear (a place is never checked here: the caller
    does), as she wrote it; None for anything else ("Kajang", "jalan mawar", "siti di jeddah")."""
    name = _strip(text)
    words = name.split()
    if not 0 < len(words) <= _BARE_NAME_WORDS or not all(w.isalpha() for w in words):
        return None
    if words[0].lower() not in _GIVEN or any(w.lower() in _NOT_IN_A_NAME for w in words):
        return None
    return name


def is_number_only(text: str) -> bool:
    """``text`` is a phone number and nothing else: no name at all."""
    return _NUMBER_ONLY.match(text) is not None and sum(c.isdigit() for c in text) >= 7
