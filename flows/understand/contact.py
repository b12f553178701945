"""Names and phone numbers told inside a story: "nama sy Sri Wahyuni ... no wa sy +852 6123
4567", "nama anak sy Rina, hp nya 0812 3456 7890". Told once, they are not asked again.

Only what the words say outright is read: a name after "nama saya", "my name is", "anak saya
namanya"; a number beside "hp", "wa", "no saya". A number beside an agency, an employer, a
passport or a bank account is none of hers; a number beside a relative is the worker's when a
family member writes. Read from the raw text: a name keeps the capitals she typed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from flows.inputs.phone import parse_phone
from flows.understand.lexicon import LEXICON

_SELF = r"(?:saya|sy|aku|aq|ku|gw|gue|gua)"
#: relatives and friends whose name a family member gives; those that are also words of address
#: ("ibu", "kak") count only with "saya" after them ("nama ibu saya")
_KIN_PLAIN = r"(?:anak|adik|adek|istri|suami|keponakan|ponakan|sepupu|menantu|cucu|teman|temen|tetangga)"
_KIN_ADDRESS = r"(?:ibu|mama|mamah|emak|bapak|ayah|kakak|kaka)"
_KIN_EN = r"(?:daughter|son|sister|brother|wife|husband|mother|mom|mum|father|niece|nephew|cousin|friend)"

#: the writer's own name follows
_OWN_NAME = re.compile(
    rf"""(?:
        \bnama\s*(?:lengkap\s*)?(?:{_SELF}|q)\b | \bnamaku\b | \bnamaq\b | \bjenengku\b | \bjeneng\s+kulo\b
      | \b{_SELF}\s+bernama\b | \bperkenalkan(?:\s+nama)?(?:\s*{_SELF})?\b
      | \bmy\s+name\s+is\b | \bmy\s+name's\b
    )(?:\s+(?:adalah|yaitu|is))?[\s:=,\-]*""",
    re.IGNORECASE | re.VERBOSE,
)
#: which child or sibling: "anak perempuan sy namanya Lestari", "adik bungsu sy namanya Dewi"
_WHICH = r"(?:\s+(?:perempuan|cewek|cowok|lelaki|laki\s*laki|laki2|pertama|kedua|ketiga|sulung|bungsu|tertua))?"
#: a relative's name follows
_WORKER_NAME = re.compile(
    rf"""(?:
        \bnama\s+(?:{_KIN_PLAIN}{_WHICH}(?:\s*{_SELF})? | {_KIN_ADDRESS}\s*{_SELF})\b
      | \b(?:{_KIN_PLAIN}{_WHICH}(?:\s*{_SELF})? | {_KIN_ADDRESS}\s*{_SELF})\s*,?\s*(?:namanya|nama\s+nya|bernama)\b
      | \bmy\s+{_KIN_EN}(?:'s\s+name\s+is|\s+name\s+is|\s*,?\s+named|\s*,?\s+called)\b
      | \b(?:her|his)\s+name\s+is\b
    )(?:\s+(?:adalah|yaitu|is))?[\s:=,\-]*""",
    re.IGNORECASE | re.VERBOSE,
)
#: the words for her employer: "sponsor" and "kafeel" in the Gulf, "madam"/"ma'am" in Asia
_EMPLOYER = r"(?:majikan|majikannya|bos|boss|madam|ma'am|mam|employer|sponsor|kafeel|kafil|kafiel)"
#: the employer's name follows ("majikan namanya Mr Tan", "nama majikan sy Madam Wong",
#: "sponsor name is Khalid")
_EMPLOYER_NAME = re.compile(
    rf"""(?:
        \bnama\s+{_EMPLOYER}(?:\s*(?:sy|saya|ku|aku|nya))?\b
      | \b(?:majikan|bos|boss)(?:\s*(?:sy|saya|ku|aku))?\s*,?\s*(?:namanya|nama\s+nya|bernama)\b
      | \b(?:majikan|bos|boss)(?:\s*(?:sy|saya|ku|aku|nya))?\s+(?=(?:mr|mrs|ms|miss|madam|mdm|puan|encik|tuan|
          nyonya|sir|baba|mama|cik)\.?\s+\w)
      | \b(?:my\s+|the\s+)?{_EMPLOYER}(?:'s\s+name\s+is|\s+name\s+is|\s+is\s+called|\s*,?\s+named|\s+name\b)
      | \bemployer(?:'s)?\s+name\s+is\b
    )(?:\s+(?:adalah|yaitu|is))?[\s:=,\-]*""",
    re.IGNORECASE | re.VERBOSE,
)
#: a relative named right after the word for her, in capitals: "istri sy Siti Aminah meninggal",
#: "my cousin Ratna works", "My friend Indonesian helper Yanti"; "Pekerja a.n. Warsini" (atas nama)
_KIN_THEN_NAME = re.compile(
    rf"""(?i:
        \b(?:{_KIN_PLAIN}|{_KIN_ADDRESS})\s*{_SELF}\b | \bmy\s+{_KIN_EN}\b
    )[\s:,\-]*(?i:(?:an?|indonesian|indonesia|filipina|pinay|helper|maid|worker|tkw|pmi)\s+){{0,3}}(?=[A-Z])""",
    re.VERBOSE,
)
#: the writer named by the worker she is kin to: "sy mamanya Rina", "sy ibu dari Rina", "saya
#: suaminya Yanti" (the name in capitals after it is the worker's); "I am Rina's mother" below
_KIN_OF = (
    r"(?:ibu|mama|mamah|mamak|emak|mak|bapak|bapa|ayah|papa|abah|kakak|kaka|adik|adek|suami|istri|bibi|tante"
    r"|paman|om|nenek|kakek|anak)"
)
#: the word of respect a child puts before a parent's name: "sy anaknya bu Karsih"
_RESPECT = r"(?:bu|ibu|pak|bapak|mbak|mba|mas|kak|bang|teh|a)"
#: "sy ibunya Rina", "sy ibu dari Sri", Malay "saya mak kepada Aminah", Javanese "kulo bapake Wati"
_WRITER_KIN_OF = re.compile(
    rf"""(?i:\b(?:{_SELF}|kulo|kula)\s+(?:ini\s+|adalah\s+)?(?:{_KIN_OF}(?:nya|ny|e|ne)|{_KIN_OF}\s+(?:dari|dr|kepada|kpd))\b)[\s,]*
    (?i:{_RESPECT}\.?\s+)?(?=[A-Z])""",
    re.VERBOSE,
)
#: "I am Rina's mother", "this is Yanti's husband": the name before "'s"
_WORKERS_KIN_EN = re.compile(
    rf"(?i:\b(?:i\s+am|i'm|im|this\s+is|we\s+are)\s+)([A-Z][\w]+(?:\s+[A-Z][\w]+){{0,2}})'s\s+(?i:{_KIN_EN})\b"
)
_AS_NAMED = re.compile(r"(?<!\w)a\.\s?n\.?\s+(?!(?:saya|sy|aku|kami)\b)(?=\w)", re.IGNORECASE)
#: a quick look for the words of those lead-ins: most messages have none
_MAY_NAME = re.compile(
    r"(?i:\b(?:sy|saya|aku|aq|ku|gw|gue|gua|my|kulo|kula)\b)[^.\n]{0,40}?\b[A-Z]|(?i:\ba\.\s?n\.)|[A-Z]\w*'s\s"
)
_NAME_WORD = re.compile(r"[^\W\d_][\w'.\-]*")
#: words that end a name: where she comes from, how old she is, what follows in the sentence
_AFTER_NAME = frozenset(
    "dari dr asal from umur usia kerja bekerja tinggal di dan and sy saya aku aq mau ingin pmi tkw tki "
    "sekarang skrg yg yang sudah udh udah sdh lagi lg kak ka kk bu pak mbak mba ya yah age aged years working "
    "work in at who the i im is was umurnya usianya tahun thn th berumur kelahiran lahir alamat no nomor hp wa "
    "nya ini itu".split()
)
#: at most this many words make a name
_MAX_NAME_WORDS = 4

#: a number written in a sentence: at least seven digits, spaces, dots, dashes or brackets between
NUMBER_IN_TEXT = re.compile(r"(?<![\w+])\+?\(?\d[\d\s\-.()]{5,}\d(?!\w)")
#: words that say a number is a phone or WhatsApp number
_PHONE_WORDS = frozenset(
    "hp hape handphone wa whatsapp whatsap watsap wasap telp tlp tlpn telpon telepon phone mobile contact "
    "kontak hubungi dihubungi call reach".split()
)
#: "no sy", "nomor saya", "my number": a number word with whose it is
_NUMBER_WORDS = frozenset("no nomor nmr nomer number num".split())
_SELF_WORDS = frozenset("saya sy aku aq ku gw gue gua my me i".split())
#: a number beside these is somebody else's, or no phone at all
_NOT_HERS = frozenset(
    "agen agensi agency agent pt sponsor majikan bos boss employer calo kantor polisi police kbri kjri kdei "
    "perusahaan company madam mister rekening rek account paspor passport ktp nik kk visa iqama arc kontrak "
    "resi laporan kasus case kode code gaji salary".split()
)
_KIN_WORDS = frozenset(
    "anak adik adek istri suami keponakan ponakan sepupu menantu cucu teman temen tetangga ibu mama mamah emak "
    "bapak ayah kakak kaka dia beliau daughter son sister brother wife husband mother mom mum father niece "
    "nephew cousin friend her his hpnya nomornya wanya nmrnya nya".split()
)
#: "ke nomor", "to this number": a number the writer calls, not her own
_CALLED = frozenset({"ke", "to"})
#: words before a number that say whose it is
_WINDOW = 6


@dataclass(frozen=True, slots=True)
class Contact:
    """Who the writer is and how to reach her, or the worker she writes about."""

    own_name: str | None = None
    worker_name: str | None = None
    phone: str | None = None  # the writer's, E.164
    worker_phone: str | None = None  # the worker's, when someone else writes
    employer_name: str | None = None
    evidence: dict[str, str] = field(default_factory=dict)


_NOTHING = Contact()
#: a message that may hold a name or a number: checked first, most hold neither
_MAY_TELL = re.compile(
    r"\d{3}|nam[ae]|bernama|jeneng|(?:majikan|bos)\w*\s+(?:sy\s+|saya\s+)?(?:mr|mrs|ms|miss|madam|mdm|puan|encik|tuan|nyonya|sir|cik)\b",
    re.IGNORECASE,
)


def read_contact(text: str, region: str | None = None) -> Contact:
    """Names and numbers ``text`` says outright. ``region``: the country she is in, for a number
    typed in its local form."""
    if not _MAY_TELL.search(text) and not _MAY_NAME.search(text):
        return _NOTHING  # most answers: no digit run, no "nama"/"name", no relative named
    evidence: dict[str, str] = {}
    own = _name_after(_OWN_NAME, text)
    worker = _name_after(_WORKER_NAME, text) or _named_kin(text)
    employer = _name_after(_EMPLOYER_NAME, text, _cased_end)
    if employer:
        evidence["employer_name"] = employer[1]
    if own:
        evidence["own_name"] = own[1]
    if worker:
        evidence["worker_name"] = worker[1]
    phone = worker_phone = None
    for found in NUMBER_IN_TEXT.finditer(text):
        whose = _whose(text[max(0, found.start() - 80) : found.start()])
        if whose is None:
            continue
        parsed = parse_phone(found.group(), region)
        if not parsed.ok:
            continue
        said = " ".join([*text[max(0, found.start() - 40) : found.start()].split()[-3:], found.group().strip()])
        if whose == "own" and phone is None:
            phone = str(parsed.value)
            evidence["phone"] = said
        elif whose == "kin" and worker_phone is None:
            worker_phone = str(parsed.value)
            evidence["worker_phone"] = said
    return Contact(
        own_name=own[0] if own else None,
        worker_name=worker[0] if worker else None,
        phone=phone,
        worker_phone=worker_phone,
        employer_name=employer[0] if employer else None,
        evidence=evidence,
    )


#: every lead-in holds one of these: the costly patterns are tried only around them
_ANCHOR = re.compile(r"nam|called|perkenalkan|jeneng|majikan|bos", re.IGNORECASE)


def _leads(lead: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The lead-ins in ``text``, looked for only near an anchor word (a story of 1,000
    characters has few)."""
    done = -1
    for anchor in _ANCHOR.finditer(text):
        found = lead.search(text, max(done + 1, anchor.start() - 30), anchor.end() + 25)
        if found is not None and found.start() > done:
            done = found.end()
            yield found


def _cased_end(value: str, words: list[str]) -> bool:
    """ "Madam Wong galak": a lower-case word after a capitalised name ends it."""
    return bool(words) and (_everyday(value) or (words[-1][:1].isupper() and value.islower()))


def _name_after(
    lead: re.Pattern[str], text: str, ends: Callable[[str, list[str]], bool] | None = None
) -> tuple[str, str] | None:
    """The name after the first lead-in that has one, and the words that said it."""
    for found in _leads(lead, text):
        # "nama sy Yuli kerja di ...": an everyday word after the name ends it
        named = _name_from(text, found, ends or (lambda value, words: bool(words) and _everyday(value)))
        if named:
            return named
    return None


def _named_kin(text: str) -> tuple[str, str] | None:
    """ "istri sy Siti Aminah meninggal", "Pekerja a.n. Warsini": a name in capitals right after a
    relative, or after "a.n."."""
    english = _WORKERS_KIN_EN.search(text)
    if english:
        return english.group(1), english.group(0)
    for lead, capitals in ((_KIN_THEN_NAME, True), (_WRITER_KIN_OF, True), (_AS_NAMED, False)):

        def ends(value: str, words: list[str], capitals: bool = capitals) -> bool:
            low = value.lower()
            if (capitals and not value[0].isupper()) or low in LEXICON.place_words:
                return True
            # "My friend She is ...", "anak sy Kerja": a word, not a name
            return (value.islower() or capitals) and low in LEXICON.spellings and low not in _NAMES_ALSO_WORDS

        for found in lead.finditer(text):
            named = _name_from(text, found, ends, adjacent=True)
            if named:
                return named
    return None


def _everyday(value: str) -> bool:
    return value.islower() and value.lower() in LEXICON.spellings


def _name_from(
    text: str, found: re.Match[str], ends: Callable[[str, list[str]], bool], *, adjacent: bool = False
) -> tuple[str, str] | None:
    """The name's words after a lead-in, and the words that said it: at most ``_MAX_NAME_WORDS``,
    ending at punctuation ("Sri Wahyuni, dr Cilacap"), a gap, a word said after names, or a word
    ``ends`` judges no part of it. ``adjacent``: the first word must follow the lead-in at once."""
    words: list[str] = []
    end = found.end()
    for word in _NAME_WORD.finditer(text, found.end()):
        between = text[end : word.start()]
        if words and (any(c in between for c in ",.;:!?\n") or len(between) > 2):
            break
        if adjacent and not words and word.start() != found.end():
            break
        value = word.group().rstrip(".'-")
        if value.lower() in _AFTER_NAME or ends(value, words):
            break
        words.append(value)
        end = word.start() + len(value)
        if len(words) == _MAX_NAME_WORDS:
            break
    return (" ".join(words), text[found.start() : end].strip()) if words else None


#: names that the lexicon also knows as words
_NAMES_ALSO_WORDS = frozenset({"sri", "nur", "mei", "intan", "indah", "putri", "dewi", "ayu", "lestari"})


def _whose(before: str) -> str | None:
    """ "own", "kin" or None (not a phone, or not hers to give) from the words before a number."""
    words = [w.strip(".,:;!?()\"'") for w in before.lower().split()[-_WINDOW:]]
    words = [w for w in words if w]
    if not words:
        return None
    # the nearest words count: "no agen 0812..." is the agency's even after "hp sy rusak";
    # "no majikannya 852...", "nomor agensinya" too (it was filed as the family's own number)
    near = words[-3:]
    if any(_someone_elses(w) for w in near):
        return None
    phone_word = any(w in _PHONE_WORDS for w in words) or any(
        w in _NUMBER_WORDS and nxt in _SELF_WORDS for w, nxt in itertools.pairwise(words)
    )
    if not phone_word and not any(w in _NUMBER_WORDS for w in near):
        return None
    if any(w in _KIN_WORDS or w in _CALLED for w in near):
        return "kin"  # "hp anak sy", "sy tlp ke nomor 0812...": the number she tries to reach
    if any(w in _SELF_WORDS for w in near):
        return "own"  # "paspor dipegang madam, no hp sy 0812...": "hp sy" says whose
    if any(_someone_elses(w) for w in words):
        return None
    return "own"


def _someone_elses(word: str) -> bool:
    """An agency, an employer, an account ... ("majikannya", "agensinya": the "-nya" of one)."""
    return word in _NOT_HERS or (
        word.endswith(("nya", "ny")) and word.removesuffix("nya").removesuffix("ny") in _NOT_HERS
    )
