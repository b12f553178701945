"""A wish to stop or to erase said in a sentence of her own: "udh sy mau brenti dulu aja, batal",
"hapus aja semua sy takut", "laporannya dicabut aja", "sy mau batalin laporan". These were kept
as more of her story ("sudah kami catat") while she was trying to leave. Both commands ask
before they do anything ("Mau berhenti dulu?", "Apa yang ingin Anda hapus?"), so a sentence
read as one costs a question, never her report; still, only a short sentence that says the
wish as hers is read: "majikan mau batalin kontrak sy", "sy mau berhenti kerja", "jangan dihapus"
are not."""

from __future__ import annotations

import itertools
import re

from flows.inputs import normalize

#: to stop filling in the report ("brenti", "udahan")
_STOP = frozenset({"batal", "batalin", "batalkan", "brenti", "berhenti", "berenti", "udahan", "sudahan", "stop",
                   "cancel"})  # fmt: skip
#: to erase ("hapus aja semua"), or to take the report back ("laporannya dicabut aja")
_ERASE = frozenset({"hapus", "hapusin", "apus", "apusin", "delete"})
_TAKE_BACK = frozenset({"cabut", "dicabut", "cabutin", "tarik", "ditarik", "tarikin", "batal", "batalin", "batalkan",
                        "dibatalin", "dibatalkan", "withdraw"})  # fmt: skip
_REPORT = frozenset({"laporan", "laporannya", "laporanku", "pengaduan", "aduan", "report"})
#: what says the wish is hers, now ("aja", "dulu", "mau", "pengen")
_WISH = frozenset({"aja", "ajah", "saja", "dulu", "deh", "dong", "mau", "pengen", "pgn", "pingin", "ingin", "want",
                   "please", "pls", "tolong", "tlg", "sy", "saya", "aku", "aq", "i"})  # fmt: skip
#: a stop or an erasure of something else than her report: her work, a contract, a flight
_SOMETHING_ELSE = frozenset({"kerja", "bekerja", "kontrak", "kontraknya", "majikan", "majikannya", "agen", "agensi",
                             "pt", "visa", "tiket", "penerbangan", "keberangkatan", "berangkat", "job", "work",
                             "contract", "gaji", "gajinya", "potongan", "foto", "fotonya", "video", "dia", "mereka",
                             "bos", "madam"})  # fmt: skip
#: a "not" before the wish: "jangan dihapus", "gk mau berhenti", "tidak jadi batal"
_NOT = frozenset({"jangan", "jgn", "gk", "ga", "gak", "nggak", "ngga", "enggak", "tidak", "tdk", "ndak", "dont",
                  "don't", "not", "never", "belum", "blm"})  # fmt: skip
#: her fear, after which the employer named is whom she fears ("takut majikan tau")
_FEAR = frozenset({"takut", "tkt", "khawatir", "kuatir", "afraid", "scared", "worried", "nanti", "nnt", "ntar"})
#: longer than this, a sentence is more of her story
_MOST_WORDS = 10


#: "sy takut, gk jadi", "gk jadi lapor deh": she changed her mind about reporting (a "not" before
#: "jadi", and around it only her wish, her report or her fear)
_NEVER_MIND_AROUND = _WISH | _REPORT | frozenset({"jadi", "jd", "lapor", "melapor", "takut", "tkt", "kak", "bu", "mbak",
                                                  "ya", "yah", "sih", "kok", "nanti", "nnt", "ketahuan"})  # fmt: skip


def never_mind(text: str) -> bool:
    """ "sy takut, gk jadi": a stop, read only when nothing is being asked of a command (to
    "what shall we erase?", "gk jadi" means: erase nothing)."""
    words = normalize(text).split()
    pairs = itertools.pairwise(words)
    said = any(a in _NOT and b in ("jadi", "jd") for a, b in pairs)
    if said and len(words) <= 7 and set(words) <= _NEVER_MIND_AROUND | _NOT:
        return True
    # "gk jadi deh kak, nanti aja sy tanya suami dulu": a stop, and for later (it was "Terima kasih,
    # itu sudah kami catat untuk petugas. Tapi pertanyaan ini belum terjawab.")
    parts = re.split(r"[,.;!?]", text, maxsplit=1)
    if len(parts) < 2:
        return False
    later = set(normalize(parts[1]).split())
    return 0 < len(later) <= 8 and bool(later & _LATER) and never_mind(parts[0])


#: for later: "nanti aja", "besok lagi", "dulu"
_LATER = frozenset({"nanti", "nnt", "ntar", "entar", "besok", "bsk", "dulu", "dl", "later", "tomorrow"})


def leaving_in_words(text: str) -> str | None:
    """ "cancel" or "erase" when a short sentence of hers says that wish, else None."""
    words = normalize(text).split()
    if len(words) < 2 or len(words) > _MOST_WORDS or not _NOT.isdisjoint(words):
        return None
    fear = next((k for k, w in enumerate(words) if w in _FEAR), len(words))
    # "hapus aja laporan sy, takut majikan tau": the employer is whom she fears, not what she erases
    have = set(words[:fear]) | (set(words[fear:]) - _SOMETHING_ELSE)
    if len(words) <= 3 and have & _REPORT and have & _TAKE_BACK and not have & _SOMETHING_ELSE:
        return "erase"  # "batalkan laporan", "tarik laporannya": said as a command, withdraw asked
    if not have & _WISH or have & _SOMETHING_ELSE:
        return None
    if have & _REPORT and have & (_TAKE_BACK | _ERASE):
        return "erase"  # "laporannya dicabut aja", "sy mau batalin laporan": withdraw is asked
    if have & _ERASE:
        return "erase"
    if have & _STOP:
        return "cancel"
    return None


#: "gk jadi batal kak", "ga jd berhenti", "gk jadi hapus": the stop (or the erasure) taken back
_TAKEN_BACK_AROUND = _NEVER_MIND_AROUND | _STOP | _ERASE | _TAKE_BACK | frozenset({"lanjut", "lanjutin", "aja", "deh"})


def stop_taken_back(text: str) -> bool:
    """A "not" before "jadi" and a word of stopping or erasing after it, nothing else: she goes
    on ("gk jadi batal kak" at the city question was read as "gk", no city, on the urgent path)."""
    words = normalize(text).split()
    if not 2 < len(words) <= 7 or not set(words) <= _TAKEN_BACK_AROUND | _NOT:
        return False
    for k, (a, b) in enumerate(itertools.pairwise(words)):
        if a in _NOT and b in ("jadi", "jd") and set(words[k + 2 :]) & (_STOP | _ERASE | _TAKE_BACK):
            return True
    return False
