"""Which language a free text is in: Indonesian (Malay counts as Indonesian) or English.

langdetect is probabilistic; it is seeded so the same text always gives the same answer, and a
text too short to judge gives ``None`` rather than a guess.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

MIN_LETTERS = 12
MIN_PROBABILITY = 0.80
AS_INDONESIAN = frozenset({"id", "ms", "jw", "su", "tl"})


@lru_cache(maxsize=1)
def _seeded() -> bool:
    # langdetect is imported when a text first needs it (most are settled by the words below):
    # the idle bot does without it (~1 MB, issue 18)
    from langdetect import DetectorFactory

    DetectorFactory.seed = 0
    return True


#: everyday words that settle the question without the statistical model (which costs ~9 ms),
#: with the short forms of chat Indonesian: most messages that reached langdetect were plainly
#: Indonesian in those ("sy gk dikasih hari libur", "selamat malam"), a tenth of the engine's time
#: on varied traffic; three of them it called Tagalog or Finnish, and the chat's language stayed open
INDONESIAN = frozenset(
    "saya aku tidak gak nggak yang dan di ke dari ini itu ada mau sudah belum gaji majikan "
    "tolong bisa dengan untuk kami kerja agen paspor pulang bulan tapi juga "
    "sy aq gk ga ngga udh udah sdh blm bln thn tlg yg dgn krn tp trs skrg lg jg sm dr utk bs gmn "
    "kak mbak min selamat pagi siang sore malam assalamualaikum asslm tanya minta mohon bantu "
    "dikasih kasih dipotong kabar anak suami istri ibu bapak tiap sampai smp pake pakai lewat lwt "
    "laporan lapor nomor kode lupa hilang".split()
)
ENGLISH = frozenset(
    "i my the and is are was not have has with to of for please me employer salary want "
    "help passport agency work am im scared afraid hurt report forgot forget lost number code what "
    "can you your she he her his".split()
)


#: a greeting only English says (not "halo", "hai", "hi", which Indonesians write too): the
#: welcome comes in English, with "Bahasa Indonesia" as a button
ENGLISH_GREETINGS = frozenset(
    {"hello", "hello there", "hi there", "hey there", "good morning", "good afternoon", "good evening", "good day",
     "hello sir", "hello madam", "hello maam", "hello mam", "hello good morning", "hi good morning", "greetings",
     "good morning sir", "good morning madam", "good evening sir", "hello everyone", "morning"}
)  # fmt: skip


#: a status asked for as only English asks it ("check" alone is not English's own: "check laporan
#: sy" is ours; "cek status" stays ours)
ENGLISH_ASKS = frozenset(
    {"check status", "check my status", "check the status", "status check", "check my report", "check report",
     "check my case", "case status", "report status", "check status please", "check my report status"}
)  # fmt: skip


#: Tagalog's own little words: a Filipino writing Tagalog-English ("update po sa report ko") reads
#: English best (no words of ours, and langdetect calls it Tagalog, which we answer in Indonesian)
TAGALOG = frozenset("po opo ng ang mga naman yung ako ko sa salamat hindi".split())


def detect_language(text: str) -> str | None:
    words = text.split(None, 3)
    said = " ".join(w.strip(".,!?;:()\"'").lower() for w in words)
    if len(words) <= 3 and said in ENGLISH_GREETINGS:
        return "en"  # a greeting is three words at most: a long message is not split whole
    if len(text.split()) <= 4 and " ".join(w.strip(".,!?;:()\"'").lower() for w in text.split()) in ENGLISH_ASKS:
        return "en"  # "check status": the prompts that follow in English (they came in Indonesian)
    if len(text.split()) <= 4 and _english_only(text.split()):
        return "en"  # "i am scared", "my boss hurt me": too short for the letters, plainly English
    if _taglish(text.split()):
        return "en"
    if len(text) < MIN_LETTERS:
        # "i am scared", "im afraid": too short for the model, but no Indonesian says it so
        short = [w.strip(".,!?;:()\"'").lower() for w in text.split()]
        if sum(w in ENGLISH for w in short) >= 2 and not any(w in INDONESIAN for w in short):
            return "en"
        return None
    letters = sum(ch.isalpha() for ch in text)
    if letters < MIN_LETTERS:
        return None
    words = [w.strip(".,!?;:()\"'").lower() for w in text[:400].split()]
    id_hits = sum(w in INDONESIAN for w in words)
    en_hits = sum(w in ENGLISH for w in words)
    if id_hits >= 2 and id_hits >= 4 * en_hits:
        return "id"  # ("kak aku helper di singapore, majikan suruh aku kerja jg di toko ...")
    if id_hits and en_hits == 0 and len(words) <= 3:
        return "id"  # "assalamualaikum", "selamat malam kak": a greeting of ours, few words
    if en_hits >= 2 and en_hits >= 4 * id_hits:
        return "en"
    _seeded()
    from langdetect import LangDetectException

    try:
        guesses = _detect_langs(text[:1000])
    except LangDetectException:
        return None
    best = guesses[0]
    if best.prob < MIN_PROBABILITY:
        return None
    if best.lang in AS_INDONESIAN:
        return "id"
    if best.lang == "en":
        return "en"
    return None


def _taglish(words: list[str]) -> bool:
    """Two of Tagalog's own words, one of English's, none of ours: "update po sa report ko"."""
    said = [w.strip(".,!?;:()\"'").lower() for w in words]
    english = sum(w in ENGLISH or w in ("update", "report", "status", "case", "maam", "sir") for w in said)
    return sum(w in TAGALOG for w in said) >= 2 and english >= 1 and not any(w in INDONESIAN for w in said)


def _english_only(words: list[str]) -> bool:
    """Two of English's own words or more, and none of ours."""
    said = [w.strip(".,!?;:()\"'").lower() for w in words]
    return sum(w in ENGLISH for w in said) >= 2 and not any(w in INDONESIAN for w in said)


def _detect_langs(text: str) -> Any:
    """``langdetect.detect_langs(text)``, the same numbers reached with less work (ADR 0023).

    langdetect's detector draws n-grams of the text at random (seeded: ``_seeded``) and, for
    each, multiplies every language's probability by the n-gram's weight in it, one list item
    at a time through a method call; that loop was about a fifth of an engine turn on varied
    traffic. Here the same draws from the same generator, the same products and the same sums in
    the same order: each probability is the same float as
    langdetect's (tests/unit/test_language.py compares the two on the tune sets' messages). The
    loops are langdetect's own, typed: compiled (flows/native.py), they run as C."""
    from langdetect.detector import Detector
    from langdetect.lang_detect_exception import ErrorCode, LangDetectException

    from flows.language_table import factory as sparse_factory

    factory = sparse_factory()
    if not factory.langlist:
        raise LangDetectException(ErrorCode.NeedLoadProfileError, "Need to load profiles.")
    detector = Detector(factory)
    detector.append(text)
    detector.cleaning_text()
    ngrams = detector._extract_ngrams()
    if not ngrams:
        raise LangDetectException(ErrorCode.CantDetectError, "No features in text.")
    # every n-gram drawn is in the table (_extract_ngrams keeps only those): its row (the
    # languages where it has a weight), looked up once; a draw from the rows takes the same
    # random number as a draw from the n-grams
    table = detector.word_lang_prob_map
    rows = [table[gram] for gram in ngrams]
    trials = detector.n_trial
    langprob = [0.0] * len(detector.langlist)
    rng = detector.random
    rng.seed(detector.seed)
    # random.Random.choice(rows) is rows[r] for the first r of getrandbits(bits) below the count:
    # the same draws, without two Python calls each
    draw = rng.getrandbits
    count = len(rows)
    bits = count.bit_length()
    for _ in range(trials):
        prob: list[float] = detector._init_probability()
        alpha = detector.alpha + rng.gauss(0.0, 1.0) * detector.ALPHA_WIDTH
        weight: float = alpha / detector.BASE_FREQ
        i = 0
        while True:
            r = draw(bits)
            while r >= count:
                r = draw(bits)
            _weigh(prob, rows[r], weight)
            if i % 5 == 0:
                if _normalize(prob) > detector.CONV_THRESHOLD or i >= detector.ITERATION_LIMIT:
                    break
            i += 1
        for j in range(len(langprob)):
            langprob[j] += prob[j] / trials
    detector.langprob = langprob
    return detector.get_probabilities()


def _weigh(prob: list[float], row: tuple[Any, ...], weight: float) -> None:
    """langdetect's ``Detector._update_lang_prob``: each language's probability times its weight.
    ``row`` holds (language index, weight) of the languages where the n-gram has one, in order
    (flows/language_table.py); the others are multiplied by ``weight``, which is ``weight + 0.0``."""
    size = len(row)
    j = 0
    nxt: int = row[0] if size else -1
    for k in range(len(prob)):
        if k == nxt:
            prob[k] *= weight + row[j + 1]
            j += 2
            nxt = row[j] if j < size else -1
        else:
            prob[k] *= weight


def _normalize(prob: list[float]) -> float:
    """langdetect's ``Detector._normalize_prob``: the probabilities summed to one; the largest."""
    largest, total = 0.0, sum(prob)
    for k in range(len(prob)):
        p = prob[k] / total
        if largest < p:
            largest = p
        prob[k] = p
    return largest
