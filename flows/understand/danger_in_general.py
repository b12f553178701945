"""Danger named in general, not told as happening to anyone now (issue 14, ADR 0020, lookalike9).

Workers ask the bot about the law before anything happens, name services by what they are for,
and pass on cases that are closed. The words of danger are there; nobody is in it. Each test is a
*kind* of context, whatever the word of danger, written from a blind batch
(tests/data/danger/dev11.yaml, its DEV half only) and the tune part's out-of-fold false alarms:

- **supposed and asked**: an "if" right before the word, in its clause, of a time to come or before
  she leaves home, of anyone (she only as who asks), or said to be only a question ("nanya aja",
  "tanong lang"); and asked ("?", "gmn", "kemana", "apa"): "if i get abused in the future, can the
  agency ...?", "sblm berangkat sy mau tau, klo ada kekerasan ... gmn prosedurnya", "kalau kita
  dianiaya, hrs visum di rs mana?". Not when anything in the message says it happened, goes on or
  is now ("lagi", "td", "udh", "tiap", "skrg"), nor with someone of hers, a cry or a fear;
- **a service or a subject named by the danger it is for**: a noun of danger ("kekerasan",
  "penyiksaan", "abuse") right after a service, a rule or a subject ("hotline kekerasan",
  "pelatihan pencegahan kekerasan seksual"), or asked about with nobody named; not when she
  reports it or lived through it ("sy mau lapor soal kekerasan", "sy korban pelecehan");
- **a culprit judged**: "pelaku ..." or "majikan yg nyiksa ..." and the court's word after it
  ("divonis", "dihukum", "ditangkap"), she not in it;
- **years ago, or a rescue since**: a past told, then "itu 10 thn lalu" or "udh dipulangkan KBRI",
  nothing going on since ("masih", "sampe skrg", "lagi");
- **an animal shut in**: a lock said of a dog or a cat named right by it, in its clause, in Tagalog
  and English too ("kinulong ng amo ko ang aso sa kulungan");
- **money as who strangles**: a debt or a price right after the passive ("dicekik utang kartu
  kredit"; not "dicekik majikan krn utang").

Each kind has a dangerous twin in tests/unit/test_danger_in_general.py that stays read.
"""

from __future__ import annotations

from flows.understand.danger_context import KIN, Hit
from flows.understand.danger_words import FIRST

#: a cry, a fear or a plea to be fetched anywhere keeps the message read
_CRY_OR_FEAR = frozenset({"tolong", "tlg", "tolongin", "help", "takut", "scared", "afraid", "darurat", "emergency",
                          "sos", "tulung", "nangis", "jemput", "tulong", "tulungan"})  # fmt: skip
#: "if" and its kin: what follows is supposed ("kl" is also Kuala Lumpur: not here)
_IF = frozenset({"kalo", "kalau", "klo", "kalu", "klu", "jika", "jikalau", "apabila", "bila", "if",
                 "seandainya", "andai", "andaikan", "misal", "misalnya", "umpama", "sakaling", "kung",
                 # Javanese, Sundanese, Malay: "yen mengko ...", "upami engke ...", "sekiranya"
                 "yen", "nek", "lek", "upami", "lamun", "sekiranya"})  # fmt: skip
#: a time to come: what "if" supposes has not happened
_NOT_YET = frozenset({"nanti", "nnti", "ntar", "entar", "kelak", "future", "someday", "suatu", "jaga2",
                      "mengko", "mangke", "sesuk", "engke", "later"})  # fmt: skip
#: before she leaves home: "sblm berangkat", "before i go" (not "before he give my permit")
_BEFORE = frozenset({"sblm", "sebelum", "blm", "belum", "belom", "before"})
_LEAVING = frozenset({"berangkat", "brangkat", "brgkt", "pergi", "terbang", "leave", "leaving", "go", "departure"})
#: "kita", "we": anyone of her trade, in a supposition
_ANYONE = frozenset({"kita", "we", "us"})
#: she says it is only a question: "nanya aja", "tanong lang", "just asking" (not "cuma mau tanya
#: soal asuransi, ...", which opens many a case)
_JUST_ASKING = frozenset({"tanya", "nanya", "nanyain", "asking", "tanong", "ask"})
_ONLY = frozenset({"aja", "doang", "saja", "lang", "ja", "je", "only"})
_ONLY_AT = [[w] for w in sorted(_ONLY)]
#: she says she asks: "sy mau tau", "i want to ask": her word, not hers in it
_TO_KNOW = frozenset({"tanya", "nanya", "tau", "tahu", "ask", "know", "nanyain"})
#: she asks: "gmn prosedurnya", "mau tau", "can the agency ...", "bukti apa"
_ASKS = frozenset({"gmn", "gimana", "bagaimana", "gmna", "gmana", "gimna", "kemana", "kmn", "kmana", "prosedur",
                   "prosedurnya", "caranya", "cara", "how", "where", "what", "can", "could", "should", "tau",
                   "tahu", "tanya", "nanya", "apakah", "apa", "mana", "dmn", "dimana", "brp", "berapa", "paano",
                   "saan", "ano", "siapa", "who", "sanksinya", "hukumannya",
                   # Javanese, Sundanese: "kudu lapor nengdi?", "kedah lapor kamana?", "piye", "kumaha"
                   "nengdi", "ngendi", "endi", "piye", "pripun", "kumaha", "kamana", "timana", "saha",
                   "ngapain"})  # fmt: skip
#: it has happened, goes on, or is going on now
_HAPPENED = frozenset({"lagi", "lg", "again", "terus", "trus", "tiap", "setiap", "sering", "selalu", "every",
                       "always", "td", "tadi", "kemarin", "kemaren", "kmrn", "semalam", "semalem", "barusan",
                       "udh", "udah", "sudah", "sdh", "dah", "already", "skrg", "sekarang", "now", "today",
                       "yesterday", "masih", "msh", "still", "pernah", "ngalamin", "mengalami", "alami"})  # fmt: skip
#: nouns of danger, named as a kind of case
_DANGER_NOUNS = frozenset({"kekerasan", "penyiksaan", "pelecehan", "penganiayaan", "perdagangan", "eksploitasi",
                           "abuse", "violence", "harassment", "trafficking", "penyekapan", "pemerkosaan",
                           "perkosaan"})  # fmt: skip
#: what is named by the danger it is for: a service, a rule, a subject
_SERVICE = frozenset({"hotline", "layanan", "nomor", "no", "lembaga", "posko", "unit", "satgas", "uu", "undang2",
                      "undang", "hukum", "aturan", "pasal", "pencegahan", "penanganan", "anti", "against",
                      "soal", "tentang", "ttg", "mengenai", "about", "definisi", "materi", "modul", "kampanye",
                      "program", "pelaku", "kasus", "isu", "topik", "shelter", "pelatihan", "webinar", "seminar",
                      "edukasi", "sosialisasi", "nanganin", "menangani", "korban", "victims"})  # fmt: skip
#: she reports it or lived through it: "sy mau lapor soal kekerasan", "sy korban pelecehan"
_LIVED = frozenset({"lapor", "melapor", "melaporkan", "laporin", "ngadu", "mengadu", "adukan", "report",
                    "korban", "victim", "mengalami", "ngalamin", "alami", "kena", "jadi", "menjadi"})  # fmt: skip
#: the one who did it, named as such, and the court's or the police's word on him
_CULPRIT = frozenset({"pelaku", "pelakunya", "tersangka", "terdakwa", "culprit", "perpetrator", "suspect"})
#: a relative clause, the one who did it: "majikan yg nyiksa", "the man who hit", "amo na nanakit"
_WHO_DID = frozenset({"yg", "yang", "who", "na"})
_JUDGED = frozenset({"divonis", "dihukum", "dipenjara", "dipenjarakan", "ditangkap", "dipidana", "diadili",
                     "disidang", "sentenced", "convicted", "arrested", "jailed", "nakulong"})  # fmt: skip
#: "dulu", "pernah": a past told
_PAST = frozenset({"dulu", "dulunya", "dahulu", "pernah", "prnh"})
_YEARS = frozenset({"thn", "tahun", "taon", "years", "year", "yrs"})
_AGO = frozenset({"lalu", "ago", "yg", "yang"})
_STILL = frozenset({"masih", "msh", "still", "sampe", "sampai", "smp", "until", "lagi", "lg"})
#: taken out of it already: "udh ditolong KBRI", "already rescued"
_DONE = frozenset({"udh", "udah", "sudah", "sdh", "dah", "already", "wis", "wes"})
_RESCUED = frozenset({"ditolong", "diselamatkan", "dipulangkan", "dievakuasi", "dijemput", "rescued", "saved",
                      "repatriated", "evacuated", "nakauwi", "naligtas"})  # fmt: skip
#: a lock, shutting in
_LOCKS = frozenset({"kinulong", "ikinulong", "dikurung", "dikunci", "kurung", "terkurung", "locked", "lock",
                    "dikandangin", "kinandado"})  # fmt: skip
_ANIMALS = frozenset({"aso", "pusa", "ibon", "dog", "dogs", "cat", "cats", "puppy", "anjing", "kucing", "burung",
                      "ayam", "kambing", "sapi", "kelinci", "hamster", "bird"})  # fmt: skip
_CAGES = frozenset({"kandang", "kurungan", "kulungan", "cage", "kennel", "sangkar", "hawla"})
#: whose the boss is: "amo ko", "my employer" (she is not who is shut in)
_BOSS = frozenset({"amo", "majikan", "employer", "boss", "bos", "madam", "sir", "ma"})
#: money that strangles or kills, as the agent right after a passive: "dicekik utang"
_MONEY = frozenset({"utang", "hutang", "cicilan", "bunga", "tagihan", "pinjol", "kredit", "harga", "biaya",
                    "potongan", "debt", "debts", "loan", "loans", "bills", "interest", "rent"})  # fmt: skip
_BY = frozenset({"sama", "sm", "oleh", "ama", "by"})


def in_general(words: list[str], hit: Hit, raw: str) -> bool:
    """The hit at ``hit.start:hit.end`` names danger in general: supposed and asked, a service or
    a subject, a culprit judged, years ago or a rescue since, an animal shut in, money as who
    strangles. Never a self-harm hit, never beside a cry or a fear."""
    if hit.kind == "self_harm" or any(w in _CRY_OR_FEAR and not _help_asked_of(words, k) for k, w in enumerate(words)):
        return False
    start, end = hit.start, hit.end
    return (
        _supposed_and_asked(words, start, end, raw)
        or _named_for_it(words, start, end, raw)
        or _culprit_judged(words, start, end)
        or _years_ago(words, start, end)
        or _rescued_since(words, start, end)
        or _animal_shut_in(words, start, end)
        or _money_does_it(words, end)
    )


#: "can the agency help me", "bisa bantu": a service's help asked about, not a cry
_MAY = frozenset({"can", "could", "will", "would", "may", "to", "bisa", "boleh", "bs"})


def _help_asked_of(words: list[str], k: int) -> bool:
    """ "if i get abused in the future, can the agency help me or not?": "help" after a "can" of
    someone else, asked, is what a service does, not her cry."""
    return words[k] == "help" and any(
        w in _MAY and not FIRST.intersection(words[j + 1 : k]) for j, w in enumerate(words[max(0, k - 4) : k], k - 4)
    )


def _supposed_and_asked(words: list[str], start: int, end: int, raw: str) -> bool:
    """ "if i get abused in the future, can the agency ...?", "kalau kita dianiaya, hrs visum di
    rs mana?": an "if" right before the word, of a time to come, of anyone, or said to be a
    question; and asked. Nothing told as happened anywhere in the message, nobody of hers in it."""
    first = max(0, start - 6)
    ifs = [k for k in range(first, start) if words[k] in _IF]
    if not ifs or "," in words[ifs[-1] : start] or _HAPPENED.intersection(words):
        return False
    clause_end = next((k for k in range(end, len(words)) if words[k] == ","), len(words))
    clause = words[ifs[-1] : clause_end]
    if KIN.intersection(clause):
        return False  # "kalau adik sy dipukul nanti ...": someone of hers
    not_yet = _NOT_YET.intersection(words) or any(
        (w in _BEFORE and _LEAVING.intersection(words[k + 1 : k + 3])) or words[k : k + 2] == ["one", "day"]
        for k, w in enumerate(words)
    )
    # nobody named in it, and she only as who asks ("sy mau tau, kalo ada kekerasan ... gmn")
    anyone = not any(w in FIRST and w not in _ANYONE and not _TO_KNOW.intersection(words[k + 1 : k + 4])
                     for k, w in enumerate(words))  # fmt: skip
    only_asked = any(
        w in _JUST_ASKING and (words[k + 1 : k + 2] in _ONLY_AT or words[k - 1 : k] == ["just"])
        for k, w in enumerate(words)
    )
    if not (not_yet or anyone or only_asked):
        return False
    return "?" in raw or bool(_ASKS.intersection(words)) or any(w.endswith("kah") and len(w) > 5 for w in words)


def _named_for_it(words: list[str], start: int, end: int, raw: str) -> bool:
    """ "ada hotline kekerasan buat pmi gk kak", "gmn cara lapor kekerasan kalo gk punya pulsa?": a
    noun of danger naming what a service or a subject is for, or asked about, nobody of hers named
    and she not who lived through it."""
    if not _DANGER_NOUNS.intersection(words[start:end]) or end - start > 2:
        return False
    if KIN.intersection(words) or (FIRST.intersection(words) and _LIVED.intersection(words)):
        return False  # "sy mau lapor soal kekerasan majikan", "sy korban pelecehan": hers
    if FIRST.intersection(words[end : end + 3]):
        return False  # "kekerasan thd sy"
    if _SERVICE.intersection(words[max(0, start - 3) : start]):
        return True  # "hotline kekerasan", "pelatihan pencegahan kekerasan seksual"
    asked = "?" in raw or bool(_ASKS.intersection(words))
    return asked and not _HAPPENED.intersection(words) and not FIRST.intersection(words)


def _culprit_judged(words: list[str], start: int, end: int) -> bool:
    """ "pelaku penyiksaan PMI di taipei divonis 10 thn", "majikan yg nyiksa tkw di singapura
    dihukum penjara": the one who did it, named as such, dealt with by a court."""
    if not (_CULPRIT.intersection(words[max(0, start - 3) : start + 1]) or words[start - 1 : start] in _WHO_DID_AT):
        return False
    return bool(_JUDGED.intersection(words[end : end + 8])) and not FIRST.intersection(
        words[max(0, start - 3) : end + 8]
    )


_WHO_DID_AT = [[w] for w in sorted(_WHO_DID)]


def _years_ago(words: list[str], start: int, end: int) -> bool:
    """ "dulu pernah dikunciin, tp itu 10 thn lalu, skrg ...": dated years back, nothing since."""
    if not _PAST.intersection(words[max(0, start - 4) : start]):
        return False
    after = words[end : end + 12]
    for k in range(len(after) - 3):
        if after[k] == "itu" and after[k + 1].isdigit() and after[k + 2] in _YEARS and after[k + 3] in _AGO:
            return not _STILL.intersection(words[end:])
    return False


def _rescued_since(words: list[str], start: int, end: int) -> bool:
    """ "temen sy dulu dikurung majikan, udh ditolong KBRI dan pulang 2021": a past told and the
    rescue after it, nothing going on since."""
    if not _PAST.intersection(words[max(0, start - 4) : start]) or _STILL.intersection(words[end:]):
        return False
    after = words[end : end + 10]
    return any(w in _DONE and _RESCUED.intersection(after[k + 1 : k + 3]) for k, w in enumerate(after))


def _animal_shut_in(words: list[str], start: int, end: int) -> bool:
    """ "kinulong ng amo ko ang aso sa kulungan": a lock said of an animal named right by it, in
    its clause; a word of hers only as whose the boss is ("amo ko")."""
    if not _LOCKS.intersection(words[start:end]) or (FIRST | KIN).intersection(words[max(0, start - 3) : start]):
        return False  # "sy dikurung di kandang anjing", "adik sy dikurung ...": she or hers
    if _ANIMALS.intersection(words[max(0, start - 2) : start]):
        return not FIRST.intersection(words[start : end + 1])
    animal = next((k for k in range(end, min(len(words), end + 5)) if words[k] in _ANIMALS), -1)
    if animal < 0 or "," in words[end:animal] or words[animal - 1] in _CAGES:
        return False  # "... di kandang anjing": a cage she is put in
    return all(words[k - 1] in _BOSS for k in range(start, animal) if words[k] in FIRST)


def _money_does_it(words: list[str], end: int) -> bool:
    """ "dicekik utang kartu kredit": money is who does it, right after the word (not "dicekik
    majikan krn utang")."""
    if not words[end - 1].startswith(("di", "ter")) or _MONEY.intersection(words[max(0, end - 3) : end]):
        return False  # "punya utang biaya terbang": the debt is what is told
    nxt = words[end : end + 2]
    if nxt[:1] and nxt[0] in _BY:
        nxt = nxt[1:]
    return bool(nxt[:1]) and nxt[0] in _MONEY
