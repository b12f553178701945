"""Since when: "5 bln" -> "P5M", "udh 2 thn" -> "P2Y", "sejak juni" -> the most recent June.

A duration is an ISO 8601 duration; a date is ISO with the precision said ("2026-06",
"2025-03-03", "2024"). Today is passed in, never read from a clock. Among several figures the
one said as "sudah", "sejak", "selama" or "... lalu" wins over a contract's length or an age
("kontrak 2 tahun", "umur 25 tahun"), which are never taken.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from flows.understand.heard_from import passed_on_yesterday
from flows.understand.lexicon import LEXICON
from flows.understand.matcher import Match
from flows.understand.money import CURRENCIES
from flows.understand.normalize import BREAK, Text, read_text

UNITS = {
    "hari": "D",
    "day": "D",
    "days": "D",
    "minggu": "W",
    "pekan": "W",
    "week": "W",
    "weeks": "W",
    "bulan": "M",
    "month": "M",
    "months": "M",
    "tahun": "Y",
    "tahunan": "Y",
    "bulanan": "M",
    "mingguan": "W",
    "year": "Y",
    "years": "Y",
}
MONTHS = {
    "januari": 1, "january": 1, "jan": 1,
    "februari": 2, "pebruari": 2, "february": 2, "feb": 2,
    "maret": 3, "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "june": 6, "jun": 6,
    "juli": 7, "july": 7, "jul": 7,
    "agustus": 8, "august": 8, "agu": 8, "agt": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "oktober": 10, "october": 10, "okt": 10, "oct": 10,
    "november": 11, "nopember": 11, "nov": 11,
    "desember": 12, "december": 12, "des": 12, "dec": 12,
}  # fmt: skip
#: a month said by a short name only counts after one of these ("sejak mar", "bulan jun")
_SHORT_MONTHS = frozenset(k for k in MONTHS if len(k) <= 4 and k not in ("mei", "may", "juni", "juli", "june", "july"))
AGO = frozenset({"lalu", "ago", "kemarin", "belakangan", "terakhir", "ini"})
NOT_SINCE = frozenset(
    {"kontrak", "contract", "umur", "usia", "age", "berumur", "aged", "masa", "hamil", "pregnant", "dalam", "within"}
)
#: a time said of the work itself ("baru 3 bln kerja", "udh 4 thn di kuwait", "worked 6 years"):
#: not since when the problem began, unless a problem is said right beside it
WORK = frozenset(
    {"kerja", "bekerja", "work", "worked", "working", "berangkat", "diberangkatkan", "brgkt", "came", "went", "arrived",
     "tinggal", "disini", "disana", "live", "lived", "living"}
)  # fmt: skip
#: right after the time, a place: "udh 4 thn di kuwait", "3 years in Hong Kong"
WHERE = frozenset({"di", "in", "at"})
#: "gaji 6 bln" is six months of wages, not six months ago
COUNTED = frozenset({"gaji", "salary", "wages"})
DEDUCTED = frozenset({"potong", "dipotong", "potongan", "memotong", "deducted", "deduction"})
LAST = frozenset({"terakhir", "last"})
YESTERDAY = frozenset({"kemarin", "yesterday", "semalam", "semalem"})
TODAY_WORDS = frozenset({"barusan", "tadi"})
LATER = frozenset({"lagi", "later", "kedepan", "depan"})
_SINCE_WORDS = frozenset({"sejak", "since", "dari", "semenjak", "mulai", "pas", "waktu", "habis", "setelah"})
_DATE_MARKERS = frozenset(
    {"sejak", "since", "mulai", "dari", "semenjak", "from", "tanggal", "bulan", "in", "on", "pas", "waktu", "tahun"}
)
_ONE = frozenset({"a", "an", "se"})
_HOURS = frozenset({"jam", "hours", "hour", "menit", "minutes", *UNITS})
_RATE = frozenset(
    {
        "a",
        "per",
        "sehari",
        "seminggu",
        "sebulan",
        "setahun",
        "tiap",
        "setiap",
        "every",
        "each",
        "an",
        "sekali",
        "once",
        "sekalian",
    }
)  # "libur cuma sebulan sekali": how often, not since when
_PER = frozenset(
    {
        "per",
        "tiap",
        "setiap",
        "every",
        "each",
        "a",
        "rm",
        "riyal",
        "ringgit",
        "ntd",
        "hkd",
        "usd",
        "sgd",
        "rp",
        "rupiah",
        "dolar",
        "ribu",
        "juta",
        "sar",
        "dollar",
    }
)


#: a time said before these is how long that lasts: "1 month notice", "notis 1 bulan" is not one
_LENGTH_OF = frozenset({"notice", "notis", "advance", "cuti", "leave", "probation", "percobaan"})


#: "give me 14 days", "dikasih waktu 2 minggu": a time given to her, ahead (a deadline)
_GIVE = frozenset(
    {"give", "gives", "gave", "given", "giving", "dikasih", "diberi", "dikasi", "kasih", "beri", "ngasih"}
)
_NOT_GIVEN = frozenset({"tidak", "not", "never", "belum", "no"})
_GIVEN_TO = frozenset({"me", "her", "him", "us", "them", "waktu", "time", "saya", "dia", "only", "cuma", "hanya"})


def _time_given(words: tuple[str, ...], start: int) -> bool:
    """The time at ``start`` is one given to her: "give me 14 days", "dikasih waktu 14 hari"."""
    k = start - 1
    while k >= 0 and start - k <= 3 and words[k] in _GIVEN_TO:
        k -= 1
    if k < 0 or words[k] not in _GIVE or _NOT_GIVEN.intersection(words[max(0, k - 2) : k]):
        return False  # "gaji gk dikasih 3 bln", "libur gk pernah dikasih 10 bln": not given, for so long
    return k == start - 1 or words[k + 1] in _GIVEN_TO


#: "sudah sebulan 1500 riyal blm dibayar": a time after all
_ALREADY = frozenset({"sudah", "udah", "dah", "selama", "sejak", "since", "already", "for"})


def _amount_at(words: tuple[str, ...], k: int) -> bool:
    """An amount of money begins at ``k``: "1500 riyal", "rm 1500"."""
    if k >= len(words):
        return False
    if words[k] in CURRENCIES:
        return k + 1 < len(words) and words[k + 1][:1].isdigit()
    return words[k][:1].isdigit() and k + 1 < len(words) and words[k + 1] in CURRENCIES


#: what is taken of the wages named after a time ("6 month salary deduction", "3 bln gaji utk biaya")
_TAKEN = DEDUCTED | frozenset({"fee", "fees", "biaya", "charge", "charged", "cut", "dipotongnya"})


def _wages_taken_after(words: tuple[str, ...], end: int) -> bool:
    """ "N month salary" followed by what is taken of it: an amount of wages, not since when."""
    return end < len(words) and words[end] in COUNTED and bool(_TAKEN.intersection(words[end + 1 : end + 4]))


def _duration(amount: float, unit: str) -> str:
    """An ISO duration; a fraction goes down to the next unit ("1.5 tahun" -> "P18M")."""
    if amount != int(amount):
        if unit == "Y":
            return f"P{round(amount * 12)}M"
        if unit == "M":
            return f"P{round(amount * 30)}D"
        if unit == "W":
            return f"P{round(amount * 7)}D"
        return f"P{max(1, round(amount))}D"
    return f"P{int(amount)}{unit}"


def _number(word: str) -> float | None:
    try:
        return float(word)
    except ValueError:
        return 1.0 if word in _ONE else None


def _about(words: tuple[str, ...], i: int) -> bool:
    """ "3 minggu an", "2 bulan an": "-an" typed apart, about that long (not "an hour")."""
    return words[i] == "an" and (i + 1 == len(words) or words[i + 1] not in UNITS)


def _before(words: tuple[str, ...], i: int, span: int) -> list[str]:
    out = []
    for k in range(i - 1, max(-1, i - 1 - span), -1):
        if words[k] == BREAK:
            break
        out.append(words[k])
    return out


def _month_date(words: tuple[str, ...], i: int, today: date) -> tuple[str, int] | None:
    """A date around the month word at ``i``: ("2026-06", end) or ("2025-03-03", end)."""
    month = MONTHS[words[i]]
    day: int | None = None
    if i >= 1 and words[i - 1].isdigit() and 1 <= int(words[i - 1]) <= 31:
        day = int(words[i - 1])
    end = i + 1
    year: int | None = None
    if end < len(words) and words[end] == "tahun":
        end += 1
    if end < len(words) and words[end].isdigit() and len(words[end]) in (2, 4):
        year = int(words[end])
        year = year + 2000 if year < 100 else year
        end += 1
    if year is None:
        year = today.year if month <= today.month else today.year - 1
    if not 1950 <= year <= today.year:
        return None
    if day is not None:
        try:
            when = date(year, month, day)
        except ValueError:
            return None
        if when > today:
            return None
        return when.isoformat(), end
    return f"{year:04d}-{month:02d}", end


#: the feasts as English and Malay name them, beside the lexicon's ("since eid", "lepas hari raya"):
#: in code, not the lexicon (a new word there changes how the trained models read every message)
_FEAST_NAMES = {
    ("eid",): ("lebaran",),
    ("eid", "al", "fitr"): ("lebaran",),
    ("eid", "ul", "fitr"): ("lebaran",),
    ("hari", "raya"): ("lebaran",),
    ("raya",): ("lebaran",),  # Malay "sejak raya" (read only after "sejak", "pas", "last"...)
    ("raya", "haji"): ("idul", "adha"),
    ("eid", "al", "adha"): ("idul", "adha"),
    ("eid", "ul", "adha"): ("idul", "adha"),
    ("ramadhan",): ("ramadan",),
    ("chinese", "new", "year"): ("imlek",),
    ("cny",): ("imlek",),
    ("tahun", "baru", "imlek"): ("imlek",),
}
FEASTS = {
    **LEXICON.feasts,
    **{name: LEXICON.feasts[same] for name, same in _FEAST_NAMES.items() if same in LEXICON.feasts},
}
#: the words a time can end on or begin with: the rest of the message is passed over at once
_TRIGGERS = frozenset({*UNITS, *MONTHS, *YESTERDAY, *TODAY_WORDS, "lalu", "last"} | {name[0] for name in FEASTS})


def _feast(words: tuple[str, ...], i: int, today: date) -> tuple[str, int] | None:
    """ "sejak lebaran": the month of the most recent such feast ("2026-03" read on 2026-12-03)."""
    # the longest name first: "lebaran haji" is not "lebaran"
    for name, months in sorted(FEASTS.items(), key=lambda item: -len(item[0])):
        if tuple(words[i : i + len(name)]) != name:
            continue
        end = i + len(name)
        if end < len(words) and (words[end] in YESTERDAY or words[end] == "lalu"):
            end += 1  # "sejak lebaran kemarin": the last one, not yesterday
        if tuple(words[end : end + 2]) in _LAST_YEAR:
            month = months.get(today.year - 1)  # "lebaran thn lalu": last year's, not this year's
            return (f"{today.year - 1:04d}-{month:02d}", end + 2) if month else None
        if end < len(words) and words[end].isdigit() and len(words[end]) == 4:
            year = int(words[end])
            month = months.get(year)
            return (f"{year:04d}-{month:02d}", end + 1) if month else None
        for year in (today.year, today.year - 1):
            month = months.get(year)
            if month and (year, month) < (today.year, today.month):  # this month's may be to come
                return f"{year:04d}-{month:02d}", end
    return None


def _after_feast(words: tuple[str, ...], i: int) -> bool:
    """A feast's name ends just before ``i``: "lebaran kemarin", "puasa kmrn"."""
    return any(tuple(words[max(0, i - len(name)) : i]) == name for name in FEASTS)


#: "last year", "tahun lalu" beside a month: that month of last year
_LAST_YEAR = (("last", "year"), ("tahun", "lalu"), ("thn", "lalu"), ("tahun", "kemarin"), ("thn", "kemarin"),
              ("tahun", "kmrn"), ("thn", "kmrn"), ("taun", "lalu"), ("tahun", "kemaren"))  # fmt: skip


def _year_before(words: tuple[str, ...], i: int, today: date) -> int | None:
    """The year said just before a month ("thn 2024 bln 3", "tahun 2024 bulan maret"), or None."""
    k = i - 1 if i >= 1 and words[i - 1] == "bulan" and words[i] != "bulan" else i
    if k >= 2 and words[k - 2] == "tahun" and words[k - 1].isdigit() and len(words[k - 1]) == 4:
        year = int(words[k - 1])
        return year if 1950 <= year <= today.year else None
    return None


def _last_year_beside(words: tuple[str, ...], i: int) -> bool:
    near = words[max(0, i - 3) : i + 4]
    return any(tuple(near[k : k + 2]) in _LAST_YEAR for k in range(len(near) - 1))


#: a word between "since" and a feast's name: "dr bulan puasa", "since last ramadan"
_BEFORE_FEAST = frozenset({"bulan", "month", "last", "after", "habis", "setelah", "abis", "the"})


def _since_before_feast(words: tuple[str, ...], i: int) -> int:
    """How far back "since" stands before a feast's name: 1 in "sejak lebaran", 2 in "dr bulan
    puasa"; 0 when it does not."""
    if i >= 1 and words[i - 1] in _SINCE_WORDS:
        return 1
    if i >= 2 and words[i - 1] in _BEFORE_FEAST and words[i - 2] in _SINCE_WORDS:
        return 2  # "dr bulan puasa", "since last ramadan", "since after lebaran"
    return 0


def _last_before(words: tuple[str, ...], i: int) -> bool:
    """ "terakhir telp lebaran kemarin": the last call at a feast, a time told without "sejak"
    (a family's last contact; it was not read, and asked)."""
    if any(w in LAST for w in _before(words, i, 3)):
        return True
    # "last time she call us was during eid", "terakhir dia telp pas lebaran": at the feast, "last" further back
    return i >= 1 and words[i - 1] in _AT_FEAST and any(w in LAST for w in _before(words, i, 8))


#: a feast's time said as "at": "during eid", "pas lebaran", "waktu lebaran"
_AT_FEAST = frozenset({"during", "at", "on", "pas", "waktu", "saat", "ketika", "masa", "in"})


def _beside(words: tuple[str, ...], start: int, end: int, which: frozenset[str]) -> bool:
    """Whether one of ``which`` stands within three words of ``words[start:end]``, same clause."""
    after: list[str] = []
    for k in range(end, min(len(words), end + 3)):
        if words[k] == BREAK:
            break
        after.append(words[k])
    return any(w in which for w in _before(words, start, 3)) or any(w in which for w in after)


#: a problem told as lasting the whole time she has worked: "dr awal", "blm pernah", "tiap bulan"
_WHOLE_TIME = frozenset({"awal", "pernah", "never", "tiap", "setiap", "saben", "every", "each", "since"})


def _work_in_clause(words: tuple[str, ...], start: int) -> bool:
    """A work or departure word earlier in the clause of the figure at ``start`` ("sy kerja di
    kebun sawit di sabah udh 12 thn", "berangkat lwt PT Surya thn lalu")."""
    for k in range(start - 1, max(-1, start - 12), -1):
        if words[k] == BREAK:
            return False
        if words[k] in WORK:
            return True
    return False


def _in_clause(words: tuple[str, ...], start: int, near: list[tuple[int, int]]) -> bool:
    """Whether a problem's words stand in the clause of the figure at ``start``."""
    first = start
    while first > 0 and words[first - 1] != BREAK:
        first -= 1
    last = start
    while last < len(words) and words[last] != BREAK:
        last += 1
    return any(s < last and e > first for s, e in near)


def _worked_for(before: list[str]) -> bool:
    """ "udh kerja", "sudah bekerja selama": the words before a figure say she has worked that long."""
    # ``before`` is nearest first: the work word stands between the figure and the marker
    marker = next((k for k, w in enumerate(before) if w in LEXICON.since_markers), None)
    return marker is not None and any(w in WORK for w in before[:marker])


def read_since(text: Text, today: date, near: list[tuple[int, int]]) -> tuple[str | None, str, tuple[int, int]]:
    """The best "since when" in the message, the words that say it and where they stand.
    ``near``: the spans of the problem's words; a figure close to them is more likely to be
    about the problem."""
    words = text.words
    markers = LEXICON.since_markers
    close: set[int] = set()  # positions within four words of the problem's words
    for s, e in near:
        close.update(range(max(0, s - 4), e + 4))
    best: tuple[float, int, str, int, int] | None = None  # score, -position, value, start, end
    triggers = _TRIGGERS
    for i, word in enumerate(words):
        if word not in triggers and not (len(word) == 4 and word.isdigit()):
            continue
        value: str | None = None
        start, end = i, i + 1
        score = 1.0
        if (
            word == "bulan"
            and i + 1 < len(words)
            and words[i + 1].isdigit()
            and 1 <= int(words[i + 1]) <= 12
            and (
                any(w in _SINCE_WORDS for w in _before(words, i, 2))
                or _year_before(words, i, today)
                or tuple(words[i + 2 : i + 3]) == ("tahun",)
            )
        ):
            month = int(words[i + 1])  # "sejak bulan 3": March; "thn 2024 bln 3": March 2024
            year = _year_before(words, i, today) or (today.year if month < today.month else today.year - 1)
            start = i - 2 if _year_before(words, i, today) else i
            end = i + 2
            if end + 1 < len(words) and words[end] == "tahun" and words[end + 1].isdigit():
                end += 1  # "bln 3 thn 2024"
            if end < len(words) and words[end].isdigit() and len(words[end]) == 4:
                year, end = int(words[end]), end + 1
            if (year, month) > (today.year, today.month) or year < 1950:
                continue
            value, score = f"{year:04d}-{month:02d}", 3.0
        elif word in UNITS and i >= 1 and (amount := _number(words[i - 1])) is not None:
            # ("sejak hari raya": no number before "hari", the feast is read below)
            if amount <= 0 or amount > 100:
                continue
            start = i - 1
            ahead = words[start - 1] if start >= 1 else ""
            if ahead and (ahead in _PER or ahead in CURRENCIES or ahead in _HOURS or ahead[0].isdigit()):
                continue  # "RM 1500 sebulan", "4500 NT sebulan", "gaji per 1 bulan": a rate, not a time
            if end < len(words) and words[end] in _RATE and not _about(words, end):
                continue  # "7 days a week", "2 hari seminggu"
            if amount == 1 and _amount_at(words, end) and not (start >= 1 and words[start - 1] in _ALREADY):
                continue  # "gaji sebulan 1500 riyal": a monthly wage, not a month ago
            if words[start] in _ONE and not (end < len(words) and words[end] in AGO):
                continue  # "a day" is a time only as "a day ago"
            unit = UNITS[word]
            value = _duration(amount, unit)
            if end < len(words) and words[end] in ("yang", "yg") and end + 1 < len(words) and words[end + 1] == "lalu":
                end += 2
                score += 2
            elif end < len(words) and words[end] in AGO:
                end += 1
                score += 2
            if end < len(words) and words[end] in LATER:
                continue
            if end < len(words) and words[end] in _LENGTH_OF:
                continue  # "1 month notice", "2 minggu cuti": how long something lasts, not since when
            if _time_given(words, start):
                continue  # "give me 14 days to leave", "dikasih waktu 2 minggu": a time ahead of her
            if unit == "Y" and amount >= 15:
                score -= 2
        elif word in MONTHS:
            before = _before(words, i, 2)
            if word in _SHORT_MONTHS and not any(w in _DATE_MARKERS for w in before):
                continue
            if _inside_a_name(text, i):
                continue  # "Tan Mei Ling": a name, not May
            found = _month_date(words, i, today)
            if found is None:
                continue
            value, end = found
            said_year = _year_before(words, i, today)
            if said_year and len(value) == 7:
                value = f"{said_year:04d}{value[4:]}"  # "tahun 2024 bulan maret"
                start = i - 3 if i >= 3 and words[i - 1] == "bulan" else i - 2
            if len(value) == 7 and value.startswith(str(today.year)) and _last_year_beside(words, i):
                value = f"{today.year - 1:04d}{value[4:]}"  # "last year december", "desember tahun lalu"
                score += 2  # the month says more than the "year ago" beside it
            if start >= 1 and words[start - 1].isdigit():
                start -= 1
            score += 1 if any(w in _DATE_MARKERS for w in before) else 0
        elif len(word) == 4 and word.isdigit() and 1950 <= int(word) <= today.year:
            before = _before(words, i, 3)
            if not before or (before[0] not in _DATE_MARKERS and not any(w in LAST for w in before)):
                continue
            value, score = word, 1.5
            start = i - 1
        elif ((gap := _since_before_feast(words, i)) or _last_before(words, i)) and (
            found_feast := _feast(words, i, today)
        ):
            value, end = found_feast
            start, score = i - gap, 3.0
        elif word in YESTERDAY and i >= 1 and words[i - 1] in UNITS and (i < 2 or _number(words[i - 2]) is None):
            value, start, score = _duration(1, UNITS[words[i - 1]]), i - 1, 2.0  # "bulan kemarin": last month
        elif word in YESTERDAY:
            if _after_feast(words, i):
                continue  # "lebaran kemarin" is the last Lebaran, read with the feast
            value, score = (today - timedelta(days=1)).isoformat(), 2.0
        elif word in TODAY_WORDS and end < len(words) and words[end] in ("pagi", "subuh", "siang", "sore", "malam"):
            # "kmrn majikannya telp katanya ... td pagi": the morning of yesterday's call
            day = today - timedelta(days=1) if passed_on_yesterday(words, i) else today
            value, end, score = day.isoformat(), end + 1, 2.0
        elif (
            word == "lalu"
            and i >= 1
            and words[i - 1] in UNITS
            and (i < 2 or _number(words[i - 2]) is None)
            and not _after_feast(words, i - 1)  # "lebaran tahun lalu": last year's Lebaran, read with it
        ):
            value, start, score = _duration(1, UNITS[words[i - 1]]), i - 1, 2.0  # "bulan lalu"
        elif word == "last" and i + 1 < len(words) and words[i + 1] in UNITS:
            value, end, score = _duration(1, UNITS[words[i + 1]]), i + 2, 2.0  # "since last month"
        if value is None:
            continue
        before = _before(words, start, 3)
        said_since = any(w in markers for w in before)
        if said_since:
            score += 2
        if value[0] != "P" and any(w in LAST for w in _before(words, start, 5)):
            score += 3  # "terakhir telpon 2019", "the last time she called was January"
        if value[0] == "P" and any(w in NOT_SINCE for w in before):
            score -= 3  # "kontrak 2 tahun", "umur 25 tahun", "hamil 4 bln" (not "contract ended in June")
        if value[0] == "P" and not said_since and any(w in DEDUCTED for w in before):
            continue  # "dipotong gaji 7 bulan": seven months of deductions
        if value[0] == "P" and not said_since and _wages_taken_after(words, end):
            continue  # "6 month salary deduction", "3 bulan gaji buat biaya agen": wages taken, not a time
        problem_beside = start in close and (end - 1) in close
        at_work = _beside(words, start, end, WORK)
        if (
            problem_beside
            and not at_work
            and _work_in_clause(words, start)
            and not _in_clause(words, start, near)
            and not _WHOLE_TIME.intersection(words[end : end + 15])
        ):
            # "adik sy berangkat lwt PT Surya thn lalu, skrg gk ada kabar": when she left (or how
            # long she has worked), the problem told in the next clause ("..., gaji blm dibayar
            # dr awal": the whole time, and so since then)
            continue
        if problem_beside and not at_work:
            score += 1
        elif problem_beside:
            if said_since and _worked_for(before):
                # "udh kerja 2 thn, gaji gk dibayar 3 bln": "udh kerja" says how long she has
                # worked, not since when the problem is
                score -= 2
        elif at_work or (end < len(words) and words[end] in WHERE):
            continue
        elif not said_since and before and before[0] in COUNTED:
            continue
        if score < 1:
            continue
        if best is None or score > best[0]:
            best = (score, -start, value, start, end)
    if best is None:
        return None, "", (0, 0)
    return best[2], text.quote(best[3], best[4]), (best[3], best[4])


def _capitalised(text: Text, i: int) -> bool:
    if not 0 <= i < len(text.words) or text.words[i] == BREAK or text.origin[i] != text.last[i]:
        return False
    raw = text.raw[text.origin[i]].strip(" .,!?;:\"'()[]")
    return raw[:1].isupper() and not raw.isupper()


def _inside_a_name(text: Text, i: int) -> bool:
    """ "me, Tan Mei Ling": a month's name in capitals between two other words in capitals, with
    no number beside it, is part of a person's name."""
    words = text.words
    if not _capitalised(text, i):
        return False
    near = [words[k] for k in (i - 2, i - 1, i + 1, i + 2) if 0 <= k < len(words)]
    if any(w[:1].isdigit() for w in near):
        return False
    return all(
        _capitalised(text, k) and words[k] not in MONTHS and words[k] not in UNITS and words[k] not in _DATE_MARKERS
        for k in (i - 1, i + 1)
    )


def vague_since(text: str) -> bool:
    """ "dr awal kerja", "sejak awal", "udh lama", "since I arrive": a short answer to "since
    when?" that is a time without a date. The engine keeps her words as the answer."""
    if len(text) > 60 or any(ch.isdigit() for ch in text):
        return False
    words = read_text(text).words
    return 0 < len(words) <= 6 and not LEXICON.classes.get("since_vague", frozenset()).isdisjoint(words)


#: the wage's words: "3 months of her salary", "gaji 3 bln" is a time said of the wage
_WAGE = frozenset({"gaji", "gajinya", "gajiku", "gajian", "digaji", "salary", "salaries", "wage", "wages", "upah",
                   "bayaran", "pay", "paid", "dibayar", "dibayarkan"})  # fmt: skip
LOST_CONTACT = "category:putus_komunikasi"


def said_of_lost_contact(words: Sequence[str], at: tuple[int, int], problems: Sequence[Match]) -> bool:
    """Whether the time at ``at`` is said of lost contact ("gk ada kabar 3 bln": when they last
    heard from her), and not of another problem nearer to it ("the agency took 3 months of her
    salary and she cant call us": three months of wages, not three months without news)."""
    lost = [(m.start, m.end) for m in problems if m.label == LOST_CONTACT]
    if not lost or _not_home_for(words, at):
        return False
    others = [(m.start, m.end) for m in problems if m.label != LOST_CONTACT]
    others += [(i, i + 1) for i, word in enumerate(words) if word in _WAGE]
    if not others:
        return True
    return min(_gap(at, span) for span in lost) <= min(_gap(at, span) for span in others)


#: "gk pulang 2 thn", "blm pulang 3 tahun", "not come home for 2 years": how long she has not been home
_HOME = frozenset({"pulang", "balik", "mudik", "home"})
_NOT_YET = frozenset({"tidak", "belum", "not", "never"})


def _not_home_for(words: Sequence[str], at: tuple[int, int]) -> bool:
    """The time is how long she has not come home, not when they last heard from her."""
    before = [w for w in words[max(0, at[0] - 4) : at[0]] if w not in ("for", "selama", "sudah", "come", "came")]
    return bool(before) and before[-1] in _HOME and len(before) >= 2 and before[-2] in _NOT_YET


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Words between two spans (0 when they touch or overlap)."""
    return max(0, b[0] - a[1], a[0] - b[1])
