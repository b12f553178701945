"""Questions people ask the service back, in their own words: "ini gratis?", "brp lama kak?",
"siapa yg akan hubungi sy?", "majikan bisa tau gk?". Each gets a short true answer
(``common.faq_<topic>``), then the question she was at is asked again; nothing is stored.

Only a short message that is a question and tells no problem is read here: "majikan gk bayar
gaji, sy hrs bayar?" is a story, read by the understanding step as usual.
"""

from __future__ import annotations

import itertools

from flows.inputs.base import normalize
from flows.reading import ADDRESS

#: a question in form: a question mark, a word that asks, or a tag at the end ("bisa tau gk?")
_ASKING = frozenset({"apa", "apakah", "brp", "berapa", "siapa", "kapan", "gimana", "gmn", "bagaimana", "bgmn", "kah",
                     "is", "will", "who", "how", "when", "does", "do", "can"})  # fmt: skip
_TAG = frozenset({"gk", "ga", "gak", "nggak", "ngga", "enggak", "tidak", "kan", "ya"})
_ADDRESS = ADDRESS | frozenset({"mas", "dong", "sih", "nih"})
_COST = frozenset({"gratis", "free", "biaya", "biayanya", "bayar", "bayarnya", "membayar", "dibayar", "byr", "ongkos",
                   "tarif", "cost", "costs", "fee", "fees", "charge", "pay", "paid", "duit", "uang"})  # fmt: skip
#: the service, the report: what a question of cost is about ("ini gratis?", "lapor hrs bayar?")
_SERVICE = frozenset({"ini", "lapor", "melapor", "laporan", "ngelapor", "layanan", "pengaduan", "ngadu", "mengadu",
                      "this", "it", "report", "reporting", "service", "gratis", "free", "hrs", "harus", "perlu",
                      "must", "need"})  # fmt: skip
_LONG = frozenset({"lama", "lamanya", "long"})
_WHEN_DONE = frozenset({"dihubungi", "dibalas", "diproses", "ditangani", "dibantu", "selesai", "kabar", "dijawab",
                        "direspon", "respon", "balasan", "contacted", "reply", "answer", "hear"})  # fmt: skip
_WHO = frozenset({"siapa", "who"})
_HANDLES = frozenset({"hubungi", "menghubungi", "hubungin", "telpon", "telepon", "nelpon", "bantu", "membantu",
                      "baca", "membaca", "tangani", "menangani", "urus", "mengurus", "petugasnya", "contact",
                      "call", "read", "handle", "help", "helps"})  # fmt: skip
_WHO_ELSE = frozenset({"majikan", "majikannya", "agen", "agency", "employer", "bos", "madam", "pt", "keluarga"})
_KNOW = frozenset({"tau", "tahu", "tw", "know", "knows", "liat", "lihat", "baca"})
#: "takut ketahuan majikan": the fear that the employer learns of her report
_FEAR = frozenset({"takut", "tkt", "khawatir", "kuatir", "afraid", "scared", "worried"})
_FOUND_OUT = frozenset({"ketahuan", "ketauan", "ketawan", "tau", "tahu", "know", "knows", "find"})
#: "bisa telpon sy gk kak?", "petugas bisa nelpon aku?", "can you call me": a call asked for
_CALLED = frozenset({"telpon", "telepon", "telp", "tlp", "nelpon", "menelepon", "nelepon", "ditelpon", "ditelepon",
                     "call", "calls", "vc", "videocall"})  # fmt: skip
_ME = frozenset({"sy", "saya", "aku", "aq", "gw", "me", "ditelpon", "ditelepon"})
#: "jgn telpon sy ya": a call refused, hers to say at the phone question
_NOT_CALLED = frozenset({"jgn", "jangan", "usah", "dont", "don't", "not", "never"})
#: not "aman": "aman gk?" at "are you safe now?" is hers to answer
_SECRET = frozenset({"rahasia", "privasi", "private", "secret", "confidential"})
#: her data asked about: "data sy buat apa aja?", "cerita sy dikasih ke siapa?", "what do you do with my data"
_DATA = frozenset({"data", "datanya", "dataku", "informasi", "info", "cerita", "ceritanya", "laporannya", "identitas"})
_USED = frozenset({"buat", "untuk", "utk", "dipake", "dipakai", "digunakan", "dikasih", "dikirim", "diberikan",
                   "disebar", "use", "used", "do", "share", "shared", "given", "send", "sent"})  # fmt: skip
_WHAT_FOR = frozenset({"apa", "apaan", "siapa", "mana", "what", "who", "where"})
#: "ini aman gk?", "chat ini aman kan?", "is this safe?": the service asked about, not her safety
_SAFE_WORD = frozenset({"aman", "safe"})
_THIS = frozenset({"ini", "chat", "bot", "layanan", "lapor", "melapor", "laporan", "this", "it", "app", "aplikasi"})
#: a story, not a question to the service: "majikan gk bayar", "gaji sy gk dibayar?"
_STORY = frozenset({"gaji", "gajinya", "gajiku", "salary", "wage", "wages", "potong", "dipotong", "utang", "hutang",
                    "paspor", "passport", "pukul", "dipukul", "agen", "calo", "sponsor", "pt", "kontrak"})  # fmt: skip
#: after this many words a message is a story or an answer, not a quick question
MAX_WORDS = 9


def question_for_service(text: str) -> str | None:
    """The topic of a question to the service (``cost``, ``how_long``, ``who``, ``privacy``,
    ``real``), or None."""
    words = normalize(text).split()
    if not words or len(words) > MAX_WORDS:
        return None
    have = set(words)
    tail = [w for w in words if w not in _ADDRESS][-1:]
    asked = "?" in text or bool(have & _ASKING) or (bool(tail) and tail[0] in _TAG and len(words) > 1)
    asked = asked or bool(have & _FEAR and have & _FOUND_OUT)
    if not asked:
        return None
    if have & _WHO and have & _HANDLES and not have & _STORY and not _she_calls(words):
        # "siapa yg akan hubungi sy?", "who will read this?"; not "who can i call" (numbers she
        # asks for) nor "my employer dont give salary, who can i call" (her report)
        return "who"
    if have & _CALLED and have & _ME and not have & (_STORY | _NOT_CALLED | _WHO_ELSE) and not _she_calls(words):
        return "call"  # "bisa telpon sy gk kak?", "can you call me?" (it was filed as her city)
    if have & _FEAR and have & _FOUND_OUT and have & _WHO_ELSE and not have & _STORY - _WHO_ELSE:
        return "privacy"  # "sy mau lapor tp takut ketahuan majikan": her fear answered, asked or not
    if have & _WHO_ELSE and have & _KNOW and _knows_after_who(words):
        return "privacy"  # "majikan bisa tau gk?", "will my employer know?" (not "gk tau pt nya apa")
    if have & _SECRET and not have & _STORY:
        return "privacy"  # "ini rahasia kan?", "aman gk kak?"
    if have & _DATA and have & _USED and have & _WHAT_FOR and not have & _STORY:
        # "data sy buat apa aja?", "what do you do with my data?" (not "data sy dipake buat pinjol
        # gmn?": her story, of her data misused)
        return "privacy"
    if have & _SAFE_WORD and have & _THIS and not have & _STORY and words[0] not in {"sy", "saya", "aku", "i", "im"}:
        return "privacy"  # "ini aman ga kak?", "is this safe?" (not "sy aman", hers to answer)
    if have & _STORY:
        return None
    if is_it_real(words):
        return "real"  # "ini siapa ya? bukan penipuan kan?", "is this a scam?"
    if have & _COST and have & _SERVICE:
        return "cost"  # "ini gratis?", "lapor hrs bayar gk?", "is it free?"
    if have & _LONG and (have & _WHEN_DONE or have & {"brp", "berapa", "how"} or len(words) <= 4):
        return "how_long"  # "brp lama kak?", "berapa lama sampai dihubungi?"
    if "kapan" in have and have & _WHEN_DONE:
        return "how_long"  # "kapan sy dihubungi?"
    return None


def _she_calls(words: list[str]) -> bool:
    """ "who can i call", "who do i contact": she is the one who would call."""
    return any(a == "i" and b in _HANDLES for a, b in itertools.pairwise(words))


def _knows_after_who(words: list[str]) -> bool:
    """The one who would know comes first ("majikan bisa tau gk?"); "gk tau pt nya apa" is her
    not knowing the agency's name, an answer, not a question about who learns of the report."""
    first_know = next(i for i, w in enumerate(words) if w in _KNOW)
    return any(w in _WHO_ELSE for w in words[:first_know])


#: "bukan penipuan kan?", "ini resmi?", "is this legit?": whether the service is what it says
_REAL = frozenset({"penipuan", "tipu", "nipu", "menipu", "tipuan", "scam", "scammer", "hoax", "hoaks", "palsu", "resmi",
                   "official", "legit", "real", "asli", "beneran", "pemerintah", "government", "fake"})  # fmt: skip
#: what the question is about: this chat, this number, the service
_THIS_CHAT = frozenset({"ini", "bot", "layanan", "chat", "akun", "nomor", "service", "this", "you", "kalian"})
#: "ini siapa ya?", "siapa ini kak": who is writing to her; short, nothing else asked
_WHO_IS_THIS = 4


def is_it_real(words: list[str]) -> bool:
    """ "ini siapa ya?", "ini resmi gk?", "bukan penipuan kan?", "is this a scam?": whether
    the service is real and who runs it (it was kept as her story, and not answered)."""
    have = set(words) - _ADDRESS
    if "siapa" in have and "ini" in have and len(have) <= _WHO_IS_THIS and not have & _HANDLES:
        return True
    # "bukan penipuan kan?" names nothing else: the service it is written to
    return bool(have & _REAL) and (bool(have & _THIS_CHAT) or have <= _REAL | _TAG | {"bukan", "is", "it", "a", "not"})
