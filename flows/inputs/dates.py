"""Dates and "since when", in Indonesian or English: "12 Maret 2024", "maret 2024", "3 bulan lalu".

The value is an ISO date; a month alone means its first day, a year alone the 1st of January, and
the display says only what was given ("Maret 2024"). Babel formats it in the user's language.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from flows.inputs.base import Parsed, normalize

MONTHS = {
    "januari": 1,
    "jan": 1,
    "january": 1,
    "februari": 2,
    "feb": 2,
    "pebruari": 2,
    "february": 2,
    "maret": 3,
    "mar": 3,
    "march": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "aug": 8,
    "august": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "october": 10,
    "november": 11,
    "nov": 11,
    "nopember": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
    "december": 12,
}
UNITS = {
    "hari": 1,
    "day": 1,
    "days": 1,
    "minggu": 7,
    "pekan": 7,
    "week": 7,
    "weeks": 7,
    "bulan": 30,
    "month": 30,
    "months": 30,
    "tahun": 365,
    "thn": 365,
    "year": 365,
    "years": 365,
}
_FILLER = re.compile(
    r"\b(?:sejak|dari|mulai|tanggal|tgl|tahun|since|from|on|bulan|pada|yang|sekitar|kira kira|kurang lebih)\b"
)
_NUMERIC = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_AGO = re.compile(
    r"^(\d+|se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)\s*(\w+)\s*"
    r"(?:yang\s*)?(?:lalu|yg lalu|ago|kemarin)$"
)
_SMALL = {
    "se": 1,
    "satu": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "lapan": 8,  # Malay
    "sembilan": 9,
    "sepuluh": 10,
}


def _year(text: str) -> int:
    value = int(text)
    return value + 2000 if value < 100 else value


def _result(when: date, today: date, lang: str, past_only: bool, shape: str) -> Parsed:
    if past_only and when > today:
        return Parsed(False, error="future")
    if when.year < 1950:
        return Parsed(False, error="not_found")
    pattern = {"day": "d MMMM y", "month": "MMMM y", "year": "y"}[shape]
    from babel.dates import format_date  # at the first date: not at idle (issue 18)

    return Parsed(
        True, when.isoformat(), str(format_date(when, pattern, locale=lang if lang in ("id", "en") else "id"))
    )


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(text: str, today: date, lang: str = "id", past_only: bool = True) -> Parsed:
    key = normalize(text)
    if not key or len(key) > 60:
        return Parsed(False, error="not_found")
    if key in ("hari ini", "today", "sekarang", "now"):
        return _result(today, today, lang, past_only, "day")
    if key in ("kemarin", "yesterday", "kmrn", "kemaren"):
        return _result(today - timedelta(days=1), today, lang, past_only, "day")
    if key in ("tahun lalu", "last year", "tahun kemarin"):
        return _result(date(today.year - 1, 1, 1), today, lang, past_only, "year")
    if key in ("bulan lalu", "last month", "bulan kemarin"):
        first = today.replace(day=1) - timedelta(days=1)
        return _result(first.replace(day=1), today, lang, past_only, "month")
    ago = _AGO.match(key.replace("yang lalu", "lalu"))
    if ago:
        amount = int(ago.group(1)) if ago.group(1).isdigit() else _SMALL[ago.group(1)]
        unit = UNITS.get(ago.group(2))
        if unit is None or amount > 100:
            return Parsed(False, error="not_found")
        when = today - timedelta(days=amount * unit)
        return _result(when, today, lang, past_only, "day" if unit < 30 else "month" if unit < 365 else "year")
    raw = text.strip()
    iso = _ISO.match(raw)
    if iso:
        found = _safe_date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        return _result(found, today, lang, past_only, "day") if found else Parsed(False, error="not_found")
    numeric = _NUMERIC.match(raw)
    if numeric:
        found = _safe_date(_year(numeric.group(3)), int(numeric.group(2)), int(numeric.group(1)))
        return _result(found, today, lang, past_only, "day") if found else Parsed(False, error="not_found")
    tokens = _FILLER.sub(" ", key).split()
    day = month = year = None
    for token in tokens:
        if token in MONTHS and month is None:
            month = MONTHS[token]
        elif token.isdigit() and len(token) == 4 and year is None:
            year = int(token)
        elif token.isdigit() and len(token) <= 2 and month is None and day is None:
            day = int(token)
        elif token.isdigit() and len(token) == 2 and month is not None and year is None:
            year = _year(token)
        else:
            return Parsed(False, error="not_found")
    if month is None and year is not None and day is None:
        return _result(date(year, 1, 1), today, lang, past_only, "year")
    if month is None:
        return Parsed(False, error="not_found")
    if year is None:
        # "sejak januari": the most recent such month that is not in the future
        year = today.year if month <= today.month else today.year - 1
    if day is not None:
        found = _safe_date(year, month, day)
        return _result(found, today, lang, past_only, "day") if found else Parsed(False, error="not_found")
    return _result(date(year, month, 1), today, lang, past_only, "month")
