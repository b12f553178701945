"""The engine's one door to the understanding step (flows/understand/): what a message says,
whether it is a cry for help, and the short answers read with their negation kept.

One place decides how the engine reads text, so a turn reads a message once: the engine keeps
the ``Understanding`` of the message it is handling and every check of that turn uses it.
"""

from __future__ import annotations

import functools
import importlib
import itertools
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from flows.danger import detect_danger
from flows.employers_phone import on_employers_phone
from flows.inputs.base import Parsed, normalize
from flows.inputs.words import NO, is_skip, parse_yesno
from flows.understand.money import in_local_currency, owed_of_months
from flows.understand.normalize import read_text
from flows.understand.types import Danger, Understanding


def _reader(module: str, name: str) -> Callable[..., Any] | None:
    """A reader of the understanding package, or None while it is not there (being built)."""
    try:
        found = getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None
    return found if callable(found) else None


_understand = _reader("flows.understand", "understand")
_read_answer = _reader("flows.understand.answers", "read_answer")
_read_consent = _reader("flows.understand.answers", "read_consent")
_detect = _reader("flows.understand.danger", "detect")
_sounds_dangerous = _reader("flows.understand.danger_model", "sounds_dangerous")
_vague_since = _reader("flows.understand.when", "vague_since")
_EMPTY = Understanding()
UNKNOWN = Parsed(True, None, None, error="unknown")


#: the last message read is kept with what was read in it (an Understanding is immutable): a turn
#: may ask twice of one message (the money question's parser and the reading of what else it
#: tells both read "7500 riyal"), and reading is most of a turn's time
_understand_last = functools.lru_cache(maxsize=1)(_understand) if _understand is not None else None


def understand(text: str, today: date, lang: str = "id") -> Understanding:
    if _understand_last is None:
        return _EMPTY
    found: Understanding = _understand_last(text, today, lang)
    return found


def read_danger(text: str) -> Danger | None:
    """A cry for help in ``text``, or None. Never the help command (checked by the caller too)."""
    if _detect is not None:
        danger: Danger | None = _detect(text)
        return danger
    return Danger("danger") if detect_danger(text) else None


def sounds_dangerous(text: str) -> bool:
    """No rule reads danger in ``text``, but the trained second opinion would ask (ADR 0006)."""
    return bool(_sounds_dangerous is not None and _sounds_dangerous(text))


def vague_since(text: str) -> bool:
    """ "sejak awal", "dr awal kerja": a time without a date (flows/understand/when.py)."""
    return bool(_vague_since is not None and _vague_since(text))


def read_yesno(text: str) -> Parsed:
    """Ya or tidak with the negation kept: "gk setuju" and "blm" are No; "gk tau" is an answer of
    its own (``UNKNOWN``: value None, never No); a mix is not understood."""
    if _read_answer is not None:
        kind = _read_answer(text)
        if kind == "yes":
            return Parsed(True, True)
        if kind == "no":
            return Parsed(True, False)
        if kind == "unknown":
            return UNKNOWN
        if kind is not None:
            return Parsed(False, error=kind)
        return parse_yesno(text)
    if is_skip(text) and normalize(text) not in ("lewati", "lewat", "skip", "-"):
        return UNKNOWN
    return parse_yesno(text)


#: the pronouns that tell the worker's sex in an English sentence ("she is 19 year old")
_SHE = frozenset({"she", "shes", "her", "hers", "herself"})
_HE = frozenset({"he", "hes", "him", "his", "himself"})


def sex_by_pronoun(text: str) -> str | None:
    """ "she is 24 years old, from Kendal" to "the worker's sex?": F; "he go to korea" M; None
    when both or neither are said."""
    words = set(normalize(text).split())
    she, he = bool(_SHE & words), bool(_HE & words)
    return None if she == he else ("F" if she else "M")


def answer_kind(text: str) -> str | None:
    """What kind of short answer ``text`` is (yes, no, unknown, skip, done), negation kept."""
    if _read_answer is None:
        parsed = parse_yesno(text)
        return None if not parsed.ok else ("yes" if parsed.value else "no")
    kind: str | None = _read_answer(text)
    return kind


def read_consent(text: str) -> bool | None:
    """True only for an agreement with no negation; False for a refusal; None otherwise."""
    if _read_consent is not None:
        consent: bool | None = _read_consent(text)
        return consent
    parsed = parse_yesno(text)
    if parsed.ok:
        return bool(parsed.value)
    words = normalize(text).split()
    return False if words and words[0] in NO else None


def read_money(
    text: str, today: date, lang: str, country: object = None, role: str | None = None
) -> dict[str, Any] | None:
    """The amount of money the text names for ``role`` (what the question asks: "owed", "fee",
    "wage"), as the flows keep it, in the currency meant in ``country`` (hers, when known): to
    "how much is unpaid?", "gaji sebulan 1500 real, jd total 4500" is 4500, not the monthly wage."""
    found = understand(text, today, lang).money
    if not found:
        return None
    chosen = next((m for m in found if m.role == role), None) if role else None
    if chosen is None and role == "owed":
        # "3 bulan gaji, sebulan 750 dolar": 3 x 750 unpaid (the wage is kept as the wage)
        chosen = owed_of_months(read_text(text), found)
    if chosen is None and role not in (None, "wage"):
        chosen = next((m for m in found if m.role != "wage"), None)
    chosen = chosen or found[0]
    return {"amount": chosen.amount, "currency": in_local_currency(chosen.currency, country)}


#: a report's status asked in a sentence: "status" beside a report word, or a check of the report
_STATUS_WORD = frozenset({"status", "perkembangan", "perkembangannya", "progres", "progress", "progresnya", "kabar",
                          "kabarnya", "update", "updates", "updatenya", "apdet", "news", "diproses", "ditangani",
                          "ditindaklanjuti", "processed", "handled"})  # fmt: skip
_REPORT_WORD = frozenset({"laporan", "lapora", "laporannya", "report", "pengaduan", "aduan", "kasus", "case",
                          "complaint", "tiket"})  # fmt: skip
_CHECK_WORD = frozenset({"cek", "check", "ngecek", "mengecek", "lihat", "liat", "tanya", "nanya", "gimana",
                         "bagaimana", "gmn", "gmna", "sampai", "sampe", "how", "track", "status"})  # fmt: skip


def asks_status(text: str) -> bool:
    """ "hello, i want to check my report status", "gimana laporan sy kak", "cek status": she asks
    after a report she made, and tells no problem in the same words (the caller checks that)."""
    words = set(normalize(text).split())
    if len(words) > 14 or not words & (_REPORT_WORD | _STATUS_WORD):
        return False
    if words & _STATUS_WORD and words & _REPORT_WORD:
        return True  # "any update on my case?", "ada kabar laporan sy?"
    return bool(words & _CHECK_WORD) and bool(words & (_REPORT_WORD | {"status"}))


#: the code or number of a report, named as such ("kode akses", "no laporan", "access code")
_CODE_NAMED = re.compile(
    r"\b(?:kode|kodenya|code|pin|(?:nomor|nomer|no)\s+(?:laporan|lapor|kasus)|case\s+number|report\s+number)\b"
)
#: and gone: lost, forgotten, deleted, on the phone she no longer has
_GONE = re.compile(
    r"\b(?:hilang|ilang|lupa|lost|forgot|forget|kehapus|terhapus|kehilangan|ganti\s+(?:hp|handphone|henpon|phone)"
    r"|(?:hp|handphone|henpon|phone)\s+(?:ganti|baru|rusak|hilang|dicuri|dijual)|new\s+phone)\b"
)


def names_a_code(text: str) -> bool:
    """ "my report number is bgn-ju7g", "no laporan sy BGN-JU7G": the number named as her report's."""
    return _CODE_NAMED.search(normalize(text)) is not None


def code_lost_said(text: str) -> bool:
    """ "kode akses sy hilang, hp ganti", "lupa kode laporan", "i lost my access code": she wants
    her report back without its code (it began a new report)."""
    plain = normalize(text)
    return len(plain.split()) <= 16 and bool(_CODE_NAMED.search(plain)) and bool(_GONE.search(plain))


#: nobody has answered yet: "kok blm ada yg hubungi", "no reply yet", "lama bgt"
_WAITING = frozenset({"hubungi", "menghubungi", "dihubungi", "ditanggapi", "tanggapan", "respon", "respons", "direspon",
                      "dibalas", "balas", "balasan", "response", "contacted", "reply", "replied", "answer", "lama",
                      "lambat"})  # fmt: skip


def waits_for_an_answer(text: str) -> bool:
    """ "kak laporan sy kok blm ada yg hubungi, udh 2 minggu", "my report no reply yet": her report
    named, and the wait for an answer (a status, not a story of lost contact)."""
    words = set(normalize(text).split())
    return len(words) <= 16 and bool(words & _REPORT_WORD) and bool(words & _WAITING)


def asks_news(text: str) -> bool:
    """A word of asking after something ("tanya", "gmn", "kabar", "update"): beside a case number,
    she asks after that case ("ada kabar soal jenazah kakak sy? DFT-WJG9")."""
    words = set(normalize(text).split())
    return bool(words & (_STATUS_WORD | _CHECK_WORD | {"tanya", "tanyakan", "menanyakan", "nanyain", "ask", "asking"}))


def asks_for_news(text: str) -> bool:
    """ "ada kabar pak soal anak sy?", "any update?": news asked for in a word of news (a
    problem word beside it, "kabar" read as lost contact, does not make it a new story)."""
    words = normalize(text).split()
    for i, word in enumerate(words):
        if word in _STATUS_WORD:
            before = words[max(0, i - 2) : i]
            # "udh 3 bln gk ada kabar" is lost contact, a story: not a question for news
            return not any(w in NO or w in _DENY for w in before)
    return False


#: "gk ada", "ga ada yg salah", "nothing to change": nothing to change, said to "Mau mengubah?"
_NONE_TO = frozenset({"gk", "ga", "gak", "nggak", "ngga", "enggak", "tidak", "tdk", "tak", "ndak", "nothing", "no"})
_NONE_REST = frozenset({"ada", "yg", "yang", "salah", "perlu", "mau", "diubah", "ubah", "diganti", "ganti", "kok",
                        "sih", "kak", "mbak", "pak", "bu", "to", "change", "changes", "wrong", "is", "ok", "oke",
                        "thanks", "makasih", "lg", "lagi"})  # fmt: skip


#: what "gk ada" is said of when it answers "Benar?" rather than "Mau mengubah?"
_WHAT_IS_WRONG = frozenset({"salah", "diubah", "ubah", "diganti", "ganti", "wrong", "change", "changes"})


def nothing_to_change(text: str, *, bare: bool = True) -> bool:
    """ "gk ada", "ga ada yg salah kak", "nothing to change": read as "it is right", not as a No
    (the summary asks "Mau mengubah?"; a bare "gk" there still means something is wrong, and "gk
    ada yg bener" is no such answer: "benar" is not among the words). ``bare=False`` (to "Benar?"):
    "gk ada" alone is not enough, the words must say what there is none of ("yg salah")."""
    words = normalize(text).split()
    if not words or len(words) > 7 or not set(words) <= _NONE_TO | _NONE_REST:
        return False
    if not bare and "nothing" not in words and not _WHAT_IS_WRONG.intersection(words):
        return False
    if "nothing" in words or words[:2] in (["no", "changes"], ["no", "change"]):
        return True
    return any(w in _NONE_TO and nxt == "ada" for w, nxt in itertools.pairwise(words))


_DENY = frozenset({"gk", "ga", "gak", "nggak", "ngga", "enggak", "tidak", "tdk", "tak", "blm", "belum", "no", "never"})


#: someone to talk to, asked for in a sentence ("talk to someone please", "sy mau ngomong sm
#: petugas dong", "bisa bicara dgn org?"): a word for a person of the service beside a word for
#: talking; the service's own words for its people alone in a short message ("minta admin aja")
_STAFF = frozenset({"petugas", "petugasnya", "admin", "adminnya", "cs", "operator", "human", "manusia", "staff",
                    "staf", "officer", "agent"})  # fmt: skip
_SOMEONE = _STAFF | frozenset({"orang", "org", "orangnya", "someone", "somebody", "person", "seseorang", "people"})
#: "orang beneran, bukan robot", "a real person": a person, not this bot
_NOT_A_BOT = frozenset({"robot", "bot", "beneran", "asli", "real", "mesin"})
_TALK = frozenset({"bicara", "berbicara", "ngomong", "ngobrol", "omong", "talk", "speak", "chat", "hubungi",
                   "menghubungi", "contact", "telpon", "telepon", "call", "curhat"})  # fmt: skip
#: the asking: "ada orang chat sy terus" tells, "mau ngomong sm orang" asks
_WISH = frozenset({"mau", "ingin", "pengen", "pingin", "pgn", "bisa", "bs", "minta", "butuh", "tolong", "tlg", "want",
                   "need", "can", "could", "please", "pls", "plz", "let", "may", "boleh"})  # fmt: skip
#: a person already in her story, not one she asks for ("orang tua", "orang itu")
_NOT_ASKED = frozenset({"tua", "itu", "ini", "lain", "yg", "yang", "rumah", "majikan", "agen", "pt"})


def asks_for_person(text: str) -> bool:
    """She asks to talk to a person of the service, in a short sentence of her own."""
    words = normalize(text).split()
    if not words or len(words) > 14:
        return False
    have = set(words)
    if have & _NOT_ASKED:
        return False
    if have & _SOMEONE and have & _NOT_A_BOT and have & (_TALK | _WISH):
        return True
    if len(words) > 10:
        return False
    if have & _SOMEONE and have & _TALK and have & (_STAFF | _WISH):
        return True
    # "agent" alone is the recruitment agent more often than the service's ("2000 dollar to agent"
    # to "how much have you paid?" put her through to the staff): asked for only in a sentence
    return len(words) <= 4 and bool(have & _STAFF - {"agent"})


#: who may take her phone and look ("majikan dtg", "madam is coming", "hp sy mau dicek bos")
_WATCHER = frozenset({"majikan", "majikanku", "majikannya", "bos", "boss", "madam", "mam", "mem", "maam", "nyonya",
                      "tuan", "employer", "sir", "baba", "agen", "agency"})  # fmt: skip
_COMING = frozenset({"dtg", "datang", "dateng", "dtang", "pulang", "coming", "come", "comes", "here", "kesini", "otw",
                     "balik"})  # fmt: skip
#: what may stand between the one who comes and the coming ("majikan udh dtg", "madam is coming")
_BETWEEN = frozenset({"udh", "udah", "sdh", "sudah", "lg", "lagi", "is", "mau", "akan", "baru", "bentar", "already"})
_PHONE = frozenset(
    {"hp", "hpku", "hpnya", "hape", "handphone", "henpon", "ponsel", "phone", "phones", "mobile", "cellphone"}
)
_LOOKS = frozenset({"cek", "dicek", "ngecek", "check", "checks", "checking", "checked", "periksa", "diperiksa",
                    "meriksa", "liat", "lihat", "dilihat", "diliat", "ngeliat", "see", "look", "diawasi", "awasi",
                    "ngawasin", "mengawasi", "dipantau", "pantau", "mantau", "memantau", "dimonitor", "monitor",
                    "monitors", "monitored", "watched", "watches", "disadap", "diintip", "ngintip"})  # fmt: skip
_CHAT = frozenset({"chat", "obrolan", "pesan", "percakapan", "messages", "message"})
_CLEAR = frozenset({"hapus", "delete", "apus"})
#: said of now or of the next minutes, not of what happens every day ("majikan suka cek hp sy")
_NOW = frozenset({"mau", "akan", "lg", "lagi", "sedang", "bentar", "sebentar", "skrg", "sekarang", "now", "gonna",
                  "going", "want", "wants", "will", "is", "dulu"})  # fmt: skip
#: a clause of waiting, luck or supposition: "nunggu majikan pulang", "klo dia liat hp"
_NOT_NOW = frozenset({"tunggu", "nunggu", "nungguin", "waiting", "untung", "kalau", "kalo", "klo", "kl",
                      "if", "when", "pas", "waktu", "sebelum", "sblm", "setelah", "stlh", "abis", "habis"})  # fmt: skip
_CLAUSES = re.compile(r"[,.;!?\n]+")
#: the phone taken from her hands ("hp sy mau dipinjem majikan")
_TAKEN = frozenset({"dipinjam", "dipinjem", "diambil", "dipake", "dipakai", "dirampas", "disita"})
#: a hush or a "later" that tells someone is near now ("eh bntr ada madam", "nnt lg ya kak, ada orang")
_HUSH = frozenset({"sst", "ssst", "sstt", "ssstt", "psst", "eh", "bntr", "bentar", "sebentar", "nnt", "nanti", "ntar",
                   "tar", "awas", "wait", "later"})  # fmt: skip
_SOMEONE_HERE = _WATCHER | frozenset({"orang", "org", "someone", "somebody"})
#: the words of her hurry around "majikan dtg" ("hapus aja kak majikan dtg", "cepet kak bos udh pulang")
_HURRY_AROUND = _WATCHER | _COMING | _BETWEEN | _HUSH | _CLEAR | frozenset(
    {"aja", "ajah", "saja", "kak", "ka", "kk", "mbak", "mba", "dulu", "ya", "yah", "sy", "cepet", "cepat", "buruan",
     "plis", "pls", "please", "tolong", "tlg", "duh", "aduh", "waduh", "udahan", "stop"}
)  # fmt: skip
#: at most this many words, such a hurried message is that alone
_HURRIED = 7


#: money of the one who may look: "uang agen balik" is money back, nobody coming
_HIS_MONEY = frozenset({"uang", "duit", "biaya", "gaji", "money", "fee", "fees", "salary"})


def _comes(words: list[str]) -> bool:
    """The one who may look, then the coming, side by side or with one word between."""
    for i, word in enumerate(words):
        if word not in _WATCHER or (i > 0 and words[i - 1] in _HIS_MONEY):
            continue  # "uang agen balik": the agency's money back, not the agent coming
        rest = words[i + 1 : i + 3]
        if rest[:1] and rest[0] in _COMING:
            return True
        if len(rest) == 2 and rest[0] in _BETWEEN and rest[1] in _COMING:
            return True
    return False


def _looks_now(words: list[str]) -> bool:
    """The one who may look, then "now" and the looking: "bos lg liat", "madam lagi cek"."""
    for i, word in enumerate(words[:-2]):
        if word in _WATCHER and words[i + 1] in ("lg", "lagi", "sedang", "is") and words[i + 2] in _LOOKS:
            rest = words[i + 3 : i + 4]
            if not rest or rest[0] in _PHONE | {"sini", "kesini", "ke", "here"}:
                return True  # looking at her phone, not at the television
    return False


def phone_watched(text: str) -> bool:
    """Someone is about to see her phone: "nanti aja ya kak, majikan dtg", "hp sy mau dicek
    majikan, hapus chat ini", "madam is coming". A short clause that says so, now; a story of
    what happens every day ("majikan suka cek hp sy", "nunggu majikan pulang") is not."""
    if len(text) > 200:
        return False
    hushed = bool(_HUSH.intersection(normalize(text).split()))
    # "istri sy di hongkong, ..., skrg hp nya disita majikan": her family's phone, not the writer's
    kin = bool(_KIN_AWAY.intersection(normalize(text).split()))
    for clause in _CLAUSES.split(text):
        words = normalize(clause).split()
        have = set(words)
        if not words or have & _NOT_NOW or any(ch.isdigit() for ch in clause):
            continue
        if kin and _theirs(words):
            continue
        if len(words) <= 4 and _comes(words):
            return True
        if len(words) <= _HURRIED and _comes(words) and have <= _HURRY_AROUND:
            return True  # "hapus aja kak majikan dtg": her hurry around it (it was kept as her story)
        if len(words) <= 4 and _looks_now(words):
            return True  # "sst bos lg liat"
        if len(words) <= 4 and "ada" in have and have & _SOMEONE_HERE and hushed:
            return True  # "eh bntr ada madam", "nnt lg ya kak, ada orang"
        if len(words) <= 8 and have & _PHONE and have & _TAKEN and have & _NOW:
            return True  # "hp sy mau dipinjem majikan"
        if len(words) <= 8 and have & _PHONE and have & _LOOKS and have & _NOW:
            return True
        if len(words) <= 4 and have & _CLEAR and have & _CHAT and len(words) > 2:
            return True  # "hapus chat ini" in a sentence (alone it is the erase command)
    return False


#: the writer's family far away, whose phone "hp nya" is
_KIN_AWAY = frozenset({"istri", "suami", "anak", "adik", "adek", "kakak", "ibu", "mama", "mamak", "bapak", "ayah",
                       "wife", "husband", "daughter", "son", "sister", "brother", "mother", "father"})  # fmt: skip
_THEIR = frozenset({"nya", "dia", "her", "his", "istri", "suami", "anak", "adik", "kakak", "ibu", "mama", "bapak"})


def _theirs(words: list[str]) -> bool:
    """The phone in the clause is hers or his over there: "hp nya", "hpnya", "hp dia", "her phone"."""
    for i, word in enumerate(words):
        if word == "hpnya" or (word in _PHONE and i + 1 < len(words) and words[i + 1] in _THEIR):
            return True
        if word in _PHONE and i >= 1 and words[i - 1] in ("her", "his"):
            return True
    return False


#: taking her phone, beside the words of looking ("majikan ambil hp sy buat dicek")
_TAKES = _TAKEN | frozenset({"ambil", "ngambil", "ambilin", "minta", "take", "takes", "took", "sita", "nyita",
                             "pinjam", "pinjem", "minjem", "minjam", "borrow", "borrows", "pake", "pakai", "make",
                             "uses"})  # fmt: skip
#: "hp nya punya majikan", "hp ini milik madam": the phone itself is the employer's
_OWNS = frozenset({"punya", "milik", "owns", "belongs"})
#: "mungkin", "kadang", "bisa jadi": someone may see it, and a maybe is not a no
MAYBE = frozenset({"mungkin", "mgkn", "mungkn", "kadang", "kadang2", "kdg", "kdang", "terkadang", "sometimes",
                   "maybe", "perhaps", "bisa jadi", "bs jadi", "bisa jd", "kayaknya", "kyknya",
                   "sepertinya"})  # fmt: skip
#: "hp sy gk pernah dicek", "nobody checks my phone": the phone is not looked at
_NOT_LOOKED = frozenset({"tidak", "tdk", "gk", "ga", "gak", "nggak", "ngga", "enggak", "ndak", "nda", "never", "not",
                         "no", "nobody", "belum", "blm", "jangan", "jgn", "aman"})  # fmt: skip


def tells_phone_checked(text: str) -> bool:
    """A clause of her story that says someone checks or takes her phone ("majikan suka cek hp
    sy. paspor sy ditahan ..."): her chat must be cleared from the start, not after a question."""
    # "gk usah kak majikan suka liat hp sy": the refusal answers the question, and its "gk" is no
    # negation of the clause after it
    text = _REFUSAL_FIRST.sub(", ", text)
    # "i dont have phone, only this one from madam": the phone named in the clause before
    named = bool(set(normalize(text).split()) & _PHONE)
    return any(
        phone_is_checked(clause)
        and (
            bool(set(normalize(clause).split()) & _PHONE)
            or (named and on_employers_phone(normalize(clause).split(), _PHONE, _WATCHER))
        )
        for clause in _STORY_CLAUSES.split(text)
        if clause.strip()
    )


#: a refusal opening the message: "gk usah kak", "jgn kak", "no need"
_REFUSAL_FIRST = re.compile(
    r"^\s*(?:(?:gk|ga|gak|nggak|ngga|tidak|tdk|no|jgn|jangan)\s+(?:usah|perlu|need)\b(?:\s+(?:kak|ka|mbak|mba|pak|bu))?"
    r"|(?:jgn|jangan)\s+(?:kak|ka|mbak|mba|pak|bu)\b)",
    re.IGNORECASE,
)


#: a story's clauses: punctuation, and the words that join two ("tp", "dan")
_STORY_CLAUSES = re.compile(r"[.,;!?\n]+|\s(?:tp|tapi|dan|trs|terus|but|and)\s", re.IGNORECASE)


def clauses(text: str) -> list[str]:
    """The clauses of ``text`` between punctuation, empty ones left out."""
    return [c for c in _CLAUSES.split(text) if c.strip()]


#: "hp sy sendiri", "hp pribadi", "my own phone": the phone is hers alone
_OWN = frozenset({"sendiri", "pribadi", "own", "sndiri", "sdiri"})


def own_phone(text: str) -> bool:
    """ "hp sy sendiri", "ini hp pribadi kok", "it's my own phone" to "may someone see your phone?":
    a No, unless someone is said to look at it or hold it too."""
    words = normalize(text).split()
    have = set(words)
    if not words or len(words) > 12 or not have & _OWN or not have & _PHONE:
        return False
    looked = bool(have & _LOOKS) and not have & _NOT_LOOKED  # "gk ada yg liat" is nobody looking
    return not phone_is_checked(text) and not looked and not have & (_WATCHER | _TAKES | MAYBE)


def maybe_seen(text: str) -> bool:
    """ "mungkin", "kadang2", "bisa jadi" to "may someone see your phone?": a maybe is a yes
    there (her chat stayed visible, read as "don't know"); "gk mungkin" is a no."""
    key = normalize(text)
    words = key.split()
    if not words or len(words) > 8 or set(words) & _NOT_LOOKED:
        return False
    return bool(set(words) & MAYBE) or any(" " in m and m in key for m in MAYBE)


def phone_is_checked(text: str) -> bool:
    """Someone looks at or takes her phone, now or as a habit: "iya hp sy dicek", "kadang2
    majikan ambil hp sy buat dicek", "madam checks my phone". Yes to "may someone see your
    phone?" and No to "can you write safely?" (read as "safe", her chat stayed visible); a
    sentence with a "not" in it ("hp sy gk pernah dicek") is left to the yes/no reader."""
    if len(parts := clauses(text)) > 1:
        # "gk punya hp sendiri, ini hp majikan": the clause that says it, whatever the other says
        return any(phone_is_checked(part) for part in parts)
    words = normalize(text).split()
    have = set(words)
    if not words or len(words) > 20 or have & _NOT_LOOKED:
        return False
    if on_employers_phone(words, _PHONE, _WATCHER):
        # "ini hp majikan", "pake hp madam", "this is madam phone", "only this one from madam":
        # she writes on the employer's phone
        return True
    looked = bool(have & (_LOOKS | _TAKES))
    if have & _OWNS and have & _PHONE and have & _WATCHER:
        return True  # the phone is the employer's
    return looked and bool(have & _PHONE or have & _WATCHER)


#: thanks and acknowledgements, and the words of address around them ("ok makasih ya kak")
_THANKS = frozenset({"makasih", "terima", "kasih", "trims", "trimakasih", "terimakasih", "makasi", "mksh", "tq", "ty",
                     "thanks", "thank", "you", "thx", "ok", "oke", "okay", "okey", "sip", "siap", "baik", "noted",
                     "alhamdulillah", "amin", "aamiin"})  # fmt: skip
#: how she addresses whoever reads ("kak", "bu", "min"): said around an answer, never the answer
ADDRESS = frozenset({"kak", "ka", "kk", "bu", "pak", "mbak", "min", "sis"})
_AROUND = ADDRESS | frozenset({"ya", "yah", "banyak", "bnyk", "so", "much", "very", "sir", "madam", "maam", "🙏"})


def is_thanks(text: str) -> bool:
    """ "ok makasih kak", "thank you so much": thanks, and nothing asked or told."""
    words = normalize(text).split()
    return bool(words) and len(words) <= 6 and bool(set(words) & _THANKS) and set(words) <= _THANKS | _AROUND


#: the writer says she or he is the employer ("sy majikannya", "i am her employer"), or tells of
#: "my maid" who ran away: the service takes reports from workers and their families; an
#: employer's report of a worker who ran away must not become a case that helps find her
_EMPLOYER_SELF = re.compile(
    # "sy majikan", "saya adalah majikannya, ..." (a clause ends there, or names whose employer):
    # not "sy majikannya jahat", chat Indonesian for "as for me, the employer is cruel"
    r"\b(?:sy|saya|aku|aq|kami)\s+(?:adalah\s+|ini\s+|sebagai\s+)?(?:majikan|majikannya|employer)"
    r"(?:\s*(?:[,.;!?]|$)|\s+(?:dari|dr|pekerja|pembantu|art|prt|tkw|tki)\b)"
    r"|\bi\s*(?:am|'m)\s+(?:the\s+|her\s+|his\s+|an\s+)?employer\b",
    re.IGNORECASE,
)
_MY_WORKER_LEFT = re.compile(
    r"\b(?:pembantu|art|prt|pekerja|maid|helper)\s+(?:sy|saya|aku|kami|my)?\s*(?:\w+\s+){0,3}"
    r"(?:kabur|lari|minggat|hilang|ran\s+away|run\s+away|missing|absconded)\b"
    r"|\bmy\s+(?:maid|helper|domestic\s+worker)\b",
    re.IGNORECASE,
)


def employer_writing(text: str) -> bool:
    """ "sy majikan, pembantu sy kabur bawa uang sy", "i am her employer": the writer is the employer."""
    if _EMPLOYER_SELF.search(text):
        return True
    mine = re.search(
        r"\b(?:pembantu|art|prt)\s+(?:sy|saya|aku|kami)\b|\bmy\s+(?:maid|helper|domestic\s+worker)\b", text, re.I
    )
    return bool(mine) and bool(_MY_WORKER_LEFT.search(text))


#: a language asked for in words: "sorry can i write english", "english please", "pake bahasa
#: indonesia aja kak", "do you speak indonesian?" (only the bare command "bahasa" worked)
_LANGUAGE_NAMES = (
    ("en", re.compile(r"\b(?:english|inggris|eng)\b", re.IGNORECASE)),
    ("id", re.compile(r"\bbahasa\s+(?:indonesia|indo)\b|\bindonesian\b|\bbhs\s+indo(?:nesia)?\b", re.IGNORECASE)),
)
#: what a language's name qualifies when it is no language asked for: "indonesian embassy"
_NAMED_THING = re.compile(
    r"\s+(?:embassy|consulate|government|worker|workers|people|citizen|citizens|passport|agency|agent|"
    r"police|law|number|phone|migrant|migrants|maid|helper|helpers|community|school|teacher)\b",
    re.IGNORECASE,
)
_LANGUAGE_ASK = frozenset({"write", "speak", "talk", "use", "in", "please", "pls", "plz", "can", "could", "only",
                           "pakai", "pake", "pk", "bisa", "bs", "aja", "saja", "dong", "mau", "boleh", "bahasa",
                           "ganti", "tulis", "nulis", "ngomong", "understand", "ngerti", "paham"})  # fmt: skip
#: "sy gk ngerti bahasa inggris", "i dont understand indonesian": the other one
_NOT = frozenset({"gk", "ga", "gak", "nggak", "ngga", "tidak", "tdk", "kurang", "dont", "don", "not", "cannot", "cant",
                  "no"})  # fmt: skip


def language_asked(text: str) -> str | None:
    """The language a short message asks the bot to use, or None."""
    words = normalize(text).split()
    if not words or len(words) > 8:
        return None
    for lang, name in _LANGUAGE_NAMES:
        found = name.search(text)
        if found and _NAMED_THING.match(text, found.end()):
            continue  # "indonesian embassy phone number please": the embassy, not the language
        if found and (len(words) <= 2 or set(words) & _LANGUAGE_ASK):
            if set(words) & _NOT:
                return "id" if lang == "en" else "en"
            return lang
    return None


#: a plea, thanks or a call to her helper, and nothing else: "tolong dibantu ya kak", "mohon bantuannya"
_PLEA = frozenset({"tolong", "tlg", "tulung", "bantu", "dibantu", "bantuin", "bantuan", "bantuannya", "mohon",
                   "minta", "please", "pls", "plis", "help", "ya", "yah", "kak", "ka", "kakak", "mbak", "mba", "pak",
                   "bu", "ibu", "dong", "deh", "sangat", "banget", "bgt", "sekali", "terima", "kasih", "makasih",
                   "thanks", "thank", "you", "sy", "saya", "aku", "kami", "min", "admin", "us", "me"})  # fmt: skip


#: "lanjut aja kak": go on, and nothing else
#: (not "terus": to "were you threatened?" it may mean "all the time")
_GO_ON = frozenset({"lanjut", "lanjutkan", "lanjutin", "teruskan", "next", "continue"})
_GO_ON_FILLER = frozenset({"aja", "ajah", "saja", "dulu", "kak", "deh", "dong", "yuk", "ayo", "please"})


def only_go_on(text: str) -> bool:
    words = set(normalize(text).split())
    return bool(words & _GO_ON) and words <= _GO_ON | _GO_ON_FILLER


def only_a_plea(text: str) -> bool:
    """Words that ask for help or thank, and say nothing else: no answer to a question of words.
    Tears alone ("😭", "😢😢") are one too: she was told "mohon jawab Ya atau Tidak"."""
    words = set(normalize(text).split())
    if not words:
        shown = [ch for ch in text if not ch.isspace() and ch not in _JOINERS]
        return bool(shown) and all(ch in _TEARS for ch in shown)
    return words <= _PLEA and not words.isdisjoint(_ASKING)


#: faces of crying and sorrow, typed alone where an answer was asked
_TEARS = frozenset("😭😢🥺😥😰😿😔😞💔😩😫🙁☹")
#: the invisible marks an emoji may carry (a variation selector, a joiner)
_JOINERS = frozenset("\ufe0f\u200d")


#: the words of the plea itself ("ya kak" alone is a yes)
_ASKING = frozenset({"tolong", "tlg", "tulung", "bantu", "dibantu", "bantuin", "bantuan", "bantuannya", "mohon",
                     "please", "pls", "plis", "help"})  # fmt: skip
