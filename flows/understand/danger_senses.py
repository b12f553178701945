"""Harmless senses of a word of danger, told by what stands around it (issue 14, ADR 0020).

The rules read a blow, a lock, a sale or a weapon wherever the word is said; the look-alike
vetoes of ``danger_lookalikes`` were mostly written from messages of the tune part, and a fresh
look-alike meets them about one time in thirty. Each test here is a *kind* of context that makes
the word harmless whatever the word is, written from a blind batch (tests/data/danger/dev9.yaml)
and the tune part's out-of-fold false alarms:

- a "never" in Javanese or a dialect ("ora nate mukul", "gak tau nggebuki"): negation the rules
  know only in Indonesian ("tidak pernah");
- a small child as the one who does it, its age told ("anak majikan gigit sy, dia baru 2 thn");
- a thing done to money or a firm, not a person ("gaji sy dicekik potongan", "agensinya 'dijual'
  ke PT lain");
- what she read or saw of a stranger, or said "not me" ("berita soal tki dipukul itu bukan aq");
- a weapon as goods (made, sent, carried through an airport), a lock against thieves;
- a past with someone no longer in her life ("mantan suami dulu suka mukul, ... skrg sy tenang");
- thanks for a case handled in a year gone by; help given and told ("the shelter that help me");
- a word of killing said in jest, told as a joke after it ("'you kill me lah' ... ternyata bercanda");
- an account locked ("sy dikunci akun fb nya"); her own accident ("melepuh kena setrika, salah sy
  sendiri"); a meal skipped for her own reason ("gk makan seharian krn puasa"); a heart "tersayat";
  someone gone on to a new employer and safe now; trapped in a contract or a debt, not a place.

The model's alarm (no rule read a word) is checked for harmless senses too: ``misheard`` reads
the message again without the words whose harmless sense their neighbours tell ("bela diri",
"gk kuat dingin"); if the model is then no longer sure, it raised the alarm on those words alone.
Each kind has a dangerous twin in tests/unit/test_danger_senses.py that stays read.
"""

from __future__ import annotations

import re

from flows.understand.danger_context import KIN, Hit
from flows.understand.danger_told_of import same_to_her
from flows.understand.danger_words import FIRST, FOOD_GIVE, KILL, NEGATORS, WEAPONS

#: a cry or a fear anywhere keeps the message read
_CRY_OR_FEAR = frozenset({"tolong", "tlg", "tolongin", "help", "takut", "scared", "afraid", "darurat", "emergency",
                          "sos", "tulung", "nangis", "jemput"})  # fmt: skip


def harmless_sense(words: list[str], hit: Hit) -> bool:
    """The hit's word is said in a harmless sense its context tells. Self-harm is never taken
    back here (ADR 0020), but for a heart said to be cut ("hati sy tersayat"): no wound at all."""
    start, end = hit.start, hit.end
    if hit.kind == "self_harm":
        return _a_heart_wounded(words, start, end)
    return (
        _never_in_dialect(words, start)
        or _a_small_child(words, start, end)
        or _done_to_money_or_a_firm(words, start, end)
        or _a_strangers_case(words, start, end)
        or _weapon_as_goods(words, start, end)
        or _locked_against_thieves(words, start, end)
        or _former_and_at_peace(words, start, end)
        or _thanks_for_a_case_closed(words, start)
        or _help_given(words, start, end)
        or _said_in_jest(words, start, end)
        or _an_account_locked(words, start, end)
        or _her_own_accident(words, start, end)
        or _her_own_reason(words, start, end)
        or _a_heart_wounded(words, start, end)
        or _moved_on_and_safe(words, start, end)
        or _trapped_in_no_place(words, start, end)
    )


#: Javanese "ever": "nate" after any negator ("ora nate", "gak nate"); "tau" only after a Javanese
#: one ("ora tau", "ra tau"): Indonesian "gk tau" is "don't know" ("gk tau mau dibawa kmn")
_EVER = frozenset({"nate", "natem"})
_EVER_AFTER_ORA = frozenset({"tau", "tahu"})
_ORA = frozenset({"ora", "ra", "durung", "dereng", "mboten", "boten"})


def _never_in_dialect(words: list[str], start: int) -> bool:
    """ "majikanku galak tapi ora nate mukul": a negator, "ever", then the word."""
    if start < 2:
        return False
    ever, negator = words[start - 1], words[start - 2]
    return (ever in _EVER and negator in NEGATORS) or (ever in _EVER_AFTER_ORA and negator in _ORA)


#: a child; a small age told of it: "dia baru 2 thn", "umur 3 tahun", "5 yo", "balita"
_CHILD = frozenset({"anak", "anaknya", "bayi", "baby", "cucu", "cucunya", "adek", "dedek", "bocah", "toddler", "kid",
                    "child", "boy", "girl", "ponakan", "keponakan", "balita", "batita"})  # fmt: skip
_AGE_UNITS = frozenset({"thn", "th", "tahun", "taun", "tahunan", "yo", "year", "years", "yrs", "bln", "bulan",
                        "month", "months"})  # fmt: skip
#: what a small child does not do: touch her body, lock her in, starve her, threaten with a weapon
_NOT_A_CHILDS = frozenset({"perkosa", "diperkosa", "raba", "diraba", "remas", "cium", "dicium", "pegang",
                           "dipegang", "intip", "ngintip", "dikunci", "dikurung", "disekap", "rape", "touch",
                           "locked", "jual", "dijual", "sold"}) | WEAPONS  # fmt: skip


#: what an age follows: "umur 3 thn", "dia baru 2 thn", "anak majikan 5 thn"
_AGE_BEFORE = _CHILD | frozenset({"umur", "umurnya", "usia", "usianya", "baru", "aged", "age", "majikan", "majikanku"})
_MONTHS = frozenset({"bln", "bulan", "month", "months"})
_WRITTEN_AGE = re.compile(r"(\d{1,2})(?:yo|thn|th|tahun|y)$")


def _small_age(words: list[str]) -> bool:
    """An age of five or less told in the message ("dia baru 2 thn", "anak 3yo", "8 bulan"), or a
    toddler named; not a time gone by ("udh cerai 3 thn")."""
    if "balita" in words or "batita" in words or "toddler" in words:
        return True
    for k, word in enumerate(words):
        if not k or words[k - 1] not in _AGE_BEFORE:
            continue
        written = _WRITTEN_AGE.match(word)
        if written:
            return int(written.group(1)) <= 5
        if word.isdigit() and words[k + 1 : k + 2] and words[k + 1] in _AGE_UNITS:
            return int(word) <= (24 if words[k + 1] in _MONTHS else 5)
    return False


def _a_small_child(words: list[str], start: int, end: int) -> bool:
    """A child named just before what is done, and its small age told ("anak majikan gigit sy pas
    main, dia baru 2 thn", "anak majikan 5 thn tiap hr blg 'i will kill you' ke robotnya")."""
    before = words[max(0, start - 10) : start]
    clause = before[len(before) - before[::-1].index(",") :] if "," in before else before
    if not _CHILD.intersection(clause) or not _small_age(words):
        return False
    return not _NOT_A_CHILDS.intersection(words[start:end]) and not _CRY_OR_FEAR.intersection(words)


#: money and firms: what may be "strangled", "sold", "killed" without a person in it
_MONEY_OR_FIRM = frozenset({"gaji", "gajinya", "gajiku", "uang", "duit", "dompet", "tabungan", "kantong", "saldo",
                            "salary", "wages", "money", "agensi", "agensinya", "agency", "pt", "perusahaan",
                            "company", "toko", "usaha", "bisnis", "business", "kantor", "cabang", "saham",
                            "rekening"})  # fmt: skip
#: what may stand between the thing and its verb: "gaji sy", "agensi temen sy katanya"
_BETWEEN = FIRST | KIN | frozenset({"katanya", "nya", "itu", "ini", "lama", "baru", "yg", "yang", "jg", "juga", "udh",
                                    "udah", "sudah", "sdh", "dah", "mau", "akan", "lagi", "lg",
                                    "temen", "teman", "tmn", "kita", "kami"})  # fmt: skip
#: a passive verb: "dicekik", "dijual", "kena potong"
_PASSIVE_START = ("di", "ke", "ter")


def _done_to_money_or_a_firm(words: list[str], start: int, end: int) -> bool:
    """A passive word whose subject, the clause's head, is money or a firm: "gaji sy dicekik sama
    potongan", "agensi temen sy katanya 'dijual' ke PT lain" (not "temen sy dijual agensi")."""
    verb = words[start]
    if not verb.startswith(_PASSIVE_START) or FIRST.intersection(words[start + 1 : end]):
        return False
    before = words[max(0, start - 6) : start]
    clause = before[len(before) - before[::-1].index(",") :] if "," in before else before
    if not clause or clause[0] not in _MONEY_OR_FIRM:
        return False
    return all(w in _BETWEEN or w in _MONEY_OR_FIRM for w in clause[1:])


#: where a stranger's case is read or seen: the news, a post, a group
_MEDIA = frozenset({"berita", "artikel", "koran", "news", "facebook", "fb", "tiktok", "youtube", "yt", "instagram",
                    "ig", "viral", "postingan", "status", "twitter", "tv", "televisi", "radio", "video"})  # fmt: skip
#: a stranger of her trade: "ada pmi", "tki", "a maid"
_STRANGERS = frozenset({"pmi", "tki", "tkw", "bmi", "pembantu", "art", "maid", "helper", "worker", "orang",
                        "seseorang", "someone", "pekerja"})  # fmt: skip
#: "not me": "itu bukan aq", "not me", "bukan sy"
_ME = FIRST | frozenset({"aq", "ak", "me", "gue", "gw"})


def _a_strangers_case(words: list[str], start: int, end: int) -> bool:
    """A stranger of her trade in a case she read or saw ("baca artikel di facebook ada PMI
    dipenjara krn nyiksa anak majikan", "berita di tv soal tki dipukul itu bukan aq"): the media
    and the stranger named before the word, nobody of hers, she not in the word, no cry or fear;
    or she says right after that it is not her."""
    if FIRST.intersection(words[start:end]) or KIN.intersection(words[max(0, start - 8) : start]):
        return False
    after = words[end : end + 6]
    if any(w in ("bukan", "bkn", "not") and after[k + 1 : k + 2] and after[k + 1] in _ME for k, w in enumerate(after)):
        return not _CRY_OR_FEAR.intersection(words)
    before = words[max(0, start - 12) : start]
    media = [k for k, w in enumerate(before) if w in _MEDIA]
    if not media or not _STRANGERS.intersection(before[media[0] :]):
        return False
    if same_to_her(before[media[0] :]):
        return False  # "liat berita tkw dipukul, sy jg sama kak tiap hari dipukul": hers too
    return not _CRY_OR_FEAR.intersection(words)


#: a weapon as goods: made, sent, bought, carried on a plane, kept as a souvenir
_GOODS = frozenset({"bikin", "bikinan", "buatan", "kirim", "dikirim", "dikirimin", "ngirim", "beli", "dibeli", "jual",
                    "dijual", "bandara", "airport", "bagasi", "luggage", "pesawat", "imigrasi", "customs", "bea",
                    "cukai", "koleksi", "kenang", "kenangan", "oleh", "souvenir", "hadiah", "gift", "pandai",
                    "tukang", "pengrajin", "kerajinan", "pusaka", "antik"})  # fmt: skip
#: a threat or a blow near the weapon keeps it read
_MENACING = frozenset({"ancam", "ngancam", "mengancam", "diancam", "bunuh", "tusuk", "ditusuk", "bacok", "dibacok",
                       "kejar", "dikejar", "threaten", "threatened", "kill", "stab", "acungin", "todong",
                       "ditodong", "nodong", "sabet", "disabet", "mati", "lapor"})  # fmt: skip
#: a weapon in someone's hand: "lg pegang pisau", "holding a knife"
_HELD = frozenset({"pegang", "megang", "memegang", "pegangin", "holding", "hold", "nenteng", "acung"})


def _weapon_as_goods(words: list[str], start: int, end: int) -> bool:
    """ "kakek sy tukang bikin golok, sepupu sy minta dikirimin satu buat kenang2an, boleh ga bawa
    golok ke Korea?": the weapon made, sent, carried, with no threat or blow anywhere."""
    if not all(w in WEAPONS or w == "," for w in words[start:end]):
        return False
    if _HELD.intersection(words[max(0, start - 3) : start]):
        return False
    if not _GOODS.intersection(words) or _MENACING.intersection(words):
        return False
    return not (_CRY_OR_FEAR - {"takut"}).intersection(words)


#: locking's words; and thieves, the purpose
_LOCKING = frozenset({"dikunci", "kekunci", "dikunciin", "terkunci", "digembok", "locked", "lock"})
_PURPOSE = frozenset({"biar", "supaya", "spy", "agar", "so", "krn", "karena", "soalnya", "takut"})
_THIEVES = frozenset({"maling", "pencuri", "thief", "thieves", "burglar", "burglars", "rampok", "perampok",
                      "kemalingan", "dimaling", "dicuri", "robber", "robbers"})  # fmt: skip


def _locked_against_thieves(words: list[str], start: int, end: int) -> bool:
    """ "pintu gudang dikunci dr luar tiap malem biar gk ada maling": a lock whose purpose is
    thieves, with nobody of hers and not she in its clause."""
    if not _LOCKING.intersection(words[start:end]):
        return False
    before = words[max(0, start - 6) : start]
    clause = before[len(before) - before[::-1].index(",") :] if "," in before else before
    if _ME.intersection(clause) or KIN.intersection(clause) or _ME.intersection(words[start:end]):
        return False
    after = words[end : end + 8]
    return any(w in _PURPOSE and _THIEVES.intersection(after[k + 1 :]) for k, w in enumerate(after))


#: who is no longer in her life: "mantan suami", "ex employer", "majikan lama"
_FORMER = frozenset({"mantan", "ex", "former", "bekas"})
_NOW = frozenset({"skrg", "sekarang", "now", "kini", "saiki"})
#: at peace now
_AT_PEACE = frozenset({"tenang", "aman", "safe", "damai", "bahagia", "happy", "baik", "fine", "ok", "okay", "nyaman",
                       "seneng", "senang"})  # fmt: skip
_PAST = frozenset({"dulu", "dulunya", "pernah", "lalu", "ago", "used"})


def _former_and_at_peace(words: list[str], start: int, end: int) -> bool:
    """ "mantan suami dulu suka mukul, udh cerai 3 thn, skrg sy tenang kerja disini": the one who
    did it named as former, told in the past, and she at peace now."""
    before = words[max(0, start - 6) : start]
    if not _FORMER.intersection(before) or not _PAST.intersection(before + words[end : end + 3]):
        return False
    after = words[end:]
    for k, word in enumerate(after):
        if word in _NOW:
            rest = after[k + 1 : k + 5]
            if _AT_PEACE.intersection(rest) and not NEGATORS.intersection(rest):
                return not _CRY_OR_FEAR.intersection(words)
    return False


_THANKS = frozenset({"terimakasih", "makasih", "thanks", "thank", "trims", "nuhun"})
_CASE = frozenset({"kasus", "kasusnya", "penanganan", "case", "ditangani", "handled", "pendampingan"})
#: the reader stays pure (no clock): a year before this one is gone by
_THIS_YEAR = 2026


def _thanks_for_a_case_closed(words: list[str], start: int) -> bool:
    """ "terima kasih atas penanganan kasus penyiksaan Sdri. Marni tahun 2021, ybs sekarang sudah
    buka warung": thanks for a case handled, in a year gone by."""
    thanked = _THANKS.intersection(words) or any(
        w == "terima" and words[k + 1 : k + 2] == ["kasih"] for k, w in enumerate(words)
    )
    if not thanked or not _CASE.intersection(words[max(0, start - 6) : start + 1]):
        return False
    past = any(len(w) == 4 and w.isdigit() and 1990 <= int(w) < _THIS_YEAR for w in words)
    return past and not _CRY_OR_FEAR.intersection(words[start:])


#: who helps: "the shelter that help me", "org yg bantu"
_HELPERS = frozenset({"shelter", "embassy", "kbri", "kjri", "kdei", "ngo", "police", "polisi", "friend", "friends",
                      "people", "volunteer", "relawan", "lawyer", "organisation", "organization"})  # fmt: skip
_RELATIVE = frozenset({"that", "who", "which", "yg", "yang"})


def _help_given(words: list[str], start: int, end: int) -> bool:
    """ "thank you to the shelter that help me before": help given, told with thanks."""
    if words[start] not in ("help", "helped", "helping"):
        return False
    before = words[max(0, start - 3) : start]
    told = bool(before) and before[-1] in _RELATIVE and _HELPERS.intersection(before)
    return bool(told) and bool(_THANKS.intersection(words))


#: a joke: "ternyata bercanda", "just kidding", Javanese "guyon"
_JEST = frozenset({"bercanda", "becanda", "bcanda", "canda", "candaan", "bercandaan", "joking", "kidding", "joke",
                   "jokes", "guyon", "guyonan", "gurau", "bergurau", "iseng"})  # fmt: skip
_WORDS_OF_KILLING = KILL | frozenset({"kill", "kills", "killing"})
#: "dudu guyon", "bukan bercanda", "no joke": it was meant
_NOT_A_JOKE = NEGATORS | frozenset({"dudu", "duduk", "no", "not"})


def _said_in_jest(words: list[str], start: int, end: int) -> bool:
    """ "majikan suka bilang 'you kill me lah' kalau sy masak kepedesan, ... eh ternyata bercanda":
    a word of killing (not a blow) said, then told as a joke, not denied ("dia gk bercanda"), with
    no fear or cry."""
    if not _WORDS_OF_KILLING.intersection(words[start:end]):
        return False
    jest = [k for k in range(end, len(words)) if words[k] in _JEST]
    if not jest or any(_NOT_A_JOKE.intersection(words[max(0, k - 3) : k]) for k in jest):
        return False
    return not _CRY_OR_FEAR.intersection(words)


#: what a bank or an app locks: "sy dikunci akun fb nya", "kena blokir atm"
_ACCOUNTS = frozenset({"akun", "akunnya", "account", "fb", "facebook", "wa", "whatsapp", "ig", "instagram", "email",
                       "atm", "kartu", "card", "rekening", "aplikasi", "app", "sim", "simcard", "password", "pin",
                       "mbanking", "hp", "hpnya", "laptop"})  # fmt: skip


def _an_account_locked(words: list[str], start: int, end: int) -> bool:
    """ "sy dikunci akun fb nya, gk bisa login": the lock's thing named right after it."""
    if not _LOCKING.intersection(words[start:end]):
        return False
    # right after it, no clause break: not "sy dikunci, hp diambil" nor "dikunci dan hp mau diambil"
    return words[end : end + 1] != [] and words[end] in _ACCOUNTS and not _CRY_OR_FEAR.intersection(words) - {"tolong"}


#: her own doing: "salah sy sendiri", "gk sengaja", "my own fault", "kecerobohan sy"
_OWN_FAULT = frozenset({"ceroboh", "kecerobohan", "teledor", "accident", "accidentally",
                        "fault"})  # fmt: skip
#: who may harm her: not her own accident when one is named before the word
_DOERS = frozenset({"majikan", "madam", "mam", "bos", "boss", "tuan", "nyonya", "employer", "agen", "agency", "dia",
                    "he", "she", "suami", "husband", "sir", "baba", "mama", "anaknya"})  # fmt: skip


def _her_own_accident(words: list[str], start: int, end: int) -> bool:
    """ "tangan sy melepuh kena setrika, salah sy sendiri", "kena pisau, gk sengaja": a wound
    she says is her own doing, with nobody who harms her named before it."""
    if _DOERS.intersection(words[:end]) or _CRY_OR_FEAR.intersection(words):
        return False
    after = words[end : end + 8]
    own = any(w == "salah" and after[k + 1 : k + 2] and after[k + 1] in FIRST for k, w in enumerate(after))
    own = own or bool(_OWN_FAULT.intersection(after))
    # "gk sengaja" (by accident); a bare "sengaja" is "on purpose"
    own = own or any(w == "sengaja" and k and after[k - 1] in NEGATORS for k, w in enumerate(after))
    return own


#: her own reason for not eating: fasting, a diet, no appetite
_REASON = frozenset({"krn", "karena", "karna", "soalnya", "coz", "because", "lg", "lagi", "sedang"})
_OWN_REASONS = frozenset({"puasa", "diet", "sibuk", "males", "malas", "lupa", "kenyang", "nafsu", "sariawan",
                          "fasting", "ramadan", "ramadhan", "busy"})  # fmt: skip
_NOT_EATING = frozenset({"makan", "mkn", "eat", "eaten", "minum", "sarapan"})
#: made to eat or drink: the reason after it is the pretext, not hers (danger13)
_MADE_TO = frozenset({"dipaksa", "paksa", "maksa", "disuruh", "nyuruh", "forced", "made"})


def _her_own_reason(words: list[str], start: int, end: int) -> bool:
    """ "sy gk makan seharian krn puasa": no meal for a reason of her own, said after it."""
    said = words[start:end]
    if not _NOT_EATING.intersection(said) or FOOD_GIVE.intersection(said) or _DOERS.intersection(words):
        return False  # not "gk dikasih makan ... krn dianggap males": someone withholds it
    if _MADE_TO.intersection(words[max(0, start - 3) : start]):
        return False  # "dipaksa makan sambel sekilo krn lupa masak": made to eat, her lapse the pretext
    after = words[end : end + 5]
    return any(w in _REASON and _OWN_REASONS.intersection(after[k + 1 : k + 3]) for k, w in enumerate(after))


#: the heart or the feelings as what is wounded: "hati sy tersayat", "hatiku hancur"
_HEART = frozenset({"hati", "hatiku", "hatinya", "perasaan", "perasaanku", "heart", "jiwa"})


def _a_heart_wounded(words: list[str], start: int, end: int) -> bool:
    """ "hati sy tersayat liat anak sy nangis": the heart is the one cut, a figure."""
    before = words[max(0, start - 2) : start]
    return bool(before) and before[0] in _HEART and all(w in FIRST for w in before[1:])


#: gone on: "udh dapet majikan baru", "udah pindah", "already change employer"
_ON_TO = frozenset({"pindah", "ganti", "dapet", "dapat", "change", "changed", "moved", "pulang", "balik", "home"})


def _moved_on_and_safe(words: list[str], start: int, end: int) -> bool:
    """ "temen sy yg dipukul majikan udh dapet majikan baru, skrg dia aman": gone on from it
    and said to be safe now, with no cry or fear."""
    after = words[end:]
    gone = any(w in _DONE_WORDS and _ON_TO.intersection(after[k + 1 : k + 3]) for k, w in enumerate(after))
    if not gone or _CRY_OR_FEAR.intersection(words):
        return False
    for k, word in enumerate(after):
        if word in _NOW:
            rest = after[k + 1 : k + 4]
            if _SAFE_WORDS.intersection(rest) and not NEGATORS.intersection(rest):
                return True
    return False


_DONE_WORDS = frozenset({"udh", "udah", "sudah", "sdh", "dah", "already", "wes", "wis"})
_SAFE_WORDS = frozenset({"aman", "safe", "baik", "fine", "tenang", "bahagia", "happy"})
#: trapped in what is no place: a contract, a debt, traffic
_TRAPPED = frozenset({"trapped", "terperangkap", "terjebak", "kejebak", "stuck", "terjerat", "kejerat"})
_NO_PLACE = frozenset({"kontrak", "contract", "hutang", "utang", "debt", "loan", "pinjaman", "pinjol", "kad", "kartu",
                       "kredit", "credit", "macet", "traffic", "masalah", "hubungan", "relationship", "cinta", "love",
                       "friendzone", "situasi", "rutinitas", "routine"})  # fmt: skip


def _trapped_in_no_place(words: list[str], start: int, end: int) -> bool:
    """ "I'm trapped in this contract, can I break it legally?", "terperangkap dalam hutang kad
    kredit": trapped in a contract, a debt or traffic, not a place."""
    if not _TRAPPED.intersection(words[start:end]):
        return False
    return bool(_NO_PLACE.intersection(words[end : end + 4] + words[start:end])) and not (
        _CRY_OR_FEAR.intersection(words)
    )


# -- the model's alarm ------------------------------------------------------------------------

#: "diri" with a verb of care, learning or pride: not "bunuh diri"
_SELF_CARE = frozenset({"bela", "jaga", "menjaga", "percaya", "pd", "harga", "data", "foto", "kenal", "memperkenalkan",
                        "perkenalkan", "daftar", "mendaftarkan", "daftarin", "persiapkan", "siapin", "menyesuaikan",
                        "sesuaikan", "rawat", "merawat", "urus", "mengurus", "introspeksi", "kembangin",
                        "mengembangkan", "pengembangan", "manjain", "memanjakan"})  # fmt: skip
#: what she cannot stand that is weather, food or smell: "gk kuat dingin", "ga kuat pedes"
_SENSATIONS = frozenset({"dingin", "panas", "pedes", "pedas", "bau", "hawa", "cuaca", "salju", "ac", "asin",
                         "manis", "kedinginan", "kepanasan", "gerah", "cold", "heat", "hot", "spicy", "winter",
                         "angin", "capek", "cape", "capai", "lelah", "ngantuk"})  # fmt: skip
_BEAR = frozenset({"kuat", "tahan", "betah", "stand"})


def harmless_spans(words: list[str]) -> list[tuple[int, int]]:
    """The places whose harmless sense the neighbours tell: "bela diri", "gk kuat dingin"."""
    spans: list[tuple[int, int]] = []
    for k, word in enumerate(words):
        if word == "diri" and k and words[k - 1] in _SELF_CARE:
            spans.append((k - 1, k + 1))
        elif word in _BEAR and k and words[k - 1] in NEGATORS and words[k + 1 : k + 2] and words[k + 1] in _SENSATIONS:
            spans.append((k - 1, k + 2))
    return spans


def without_harmless(words: list[str]) -> str | None:
    """The message without its harmless senses, or None when it has none."""
    spans = harmless_spans(words)
    if not spans:
        return None
    dropped = {k for a, b in spans for k in range(a, b)}
    return " ".join(w for k, w in enumerate(words) if k not in dropped and w != ",")
