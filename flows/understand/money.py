"""Amounts of money: "1200 riyal" -> 1200 SAR, "RM 1.500" -> 1500 MYR, "NT$ 20.000" -> 20000 TWD,
"25 juta" -> 25000000 IDR, "potong 300 dolar" -> a deduction of 300 USD.

A bare number is never money (it may be an age, a count of months); a currency word or sign, or
"ribu"/"juta", makes it money. ``role`` comes from the words just before or after it: "potong"
a deduction, "biaya"/"bayar ke PT" a fee, "utang"/"sisa"/"belum dibayar" owed, "gaji" the wage.
"""

from __future__ import annotations

from flows.understand.normalize import BREAK, Text
from flows.understand.types import Money, MoneyRole

CURRENCIES = {
    "riyal": "SAR", "rial": "SAR", "real": "SAR", "reyal": "SAR", "sar": "SAR", "sr": "SAR", "riyals": "SAR",
    "ringgit": "MYR", "rm": "MYR", "myr": "MYR",
    "ntd": "TWD", "nt": "TWD", "twd": "TWD",
    "hkd": "HKD",
    "sgd": "SGD",
    "rp": "IDR", "rupiah": "IDR", "idr": "IDR",
    "usd": "USD", "dolar": "USD", "dollar": "USD", "dollars": "USD", "dolar as": "USD",
    "aed": "AED", "dirham": "AED", "dirhams": "AED",
    "qar": "QAR",
    "kwd": "KWD", "dinar": "KWD",
    "omr": "OMR",
    "bhd": "BHD",
    "bnd": "BND",
    "won": "KRW", "krw": "KRW",
    "yen": "JPY", "jpy": "JPY",
    "baht": "THB", "thb": "THB",
    "yuan": "CNY", "rmb": "CNY", "cny": "CNY",
    "euro": "EUR", "eur": "EUR",
    "zloty": "PLN", "zlotych": "PLN", "pln": "PLN",
    "pataca": "MOP", "patacas": "MOP", "mop": "MOP",
}  # fmt: skip
#: a country's own riyal or dollar when the country is known ("riyal" in Qatar is QAR; Brunei's dollar is
#: "ringgit" in Malay)
LOCAL = {("SAR", "QA"): "QAR", ("SAR", "OM"): "OMR", ("USD", "SG"): "SGD", ("USD", "BN"): "BND", ("MYR", "BN"): "BND",
         ("USD", "HK"): "HKD", ("USD", "TW"): "TWD"}  # fmt: skip


def in_local_currency(currency: str, country: object) -> str:
    """``currency`` as meant where she works: "riyal" said in Qatar is QAR, also when the country
    was told in another message than the amount."""
    return LOCAL.get((currency, country), currency) if isinstance(country, str) else currency


#: "dolar" said with its country: "dolar hk", "dolar taiwan", "dolar singapura"
DOLLAR_OF = {"hk": "HKD", "hongkong": "HKD", "taiwan": "TWD", "nt": "TWD", "singapura": "SGD", "singapore": "SGD",
             "brunei": "BND", "as": "USD", "amerika": "USD", "us": "USD"}  # fmt: skip
#: currencies only one destination pays in: the country when no place is named ("dipotong 2000 NT
#: tiap bulan" is Taiwan). Riyal, dinar and dirham are left out: several countries pay in them.
ONE_COUNTRY = {"TWD": "TW", "MYR": "MY", "HKD": "HK", "SGD": "SG", "KRW": "KR", "JPY": "JP", "BND": "BN",
               "PLN": "PL", "MOP": "MO"}  # fmt: skip


def country_of_currency(money: tuple[Money, ...]) -> str | None:
    """The one destination the amounts' currencies name, or None (none, or several)."""
    named = {ONE_COUNTRY[m.currency] for m in money if m.currency in ONE_COUNTRY}
    return named.pop() if len(named) == 1 else None


MULTIPLIERS = {"ribu": 1_000, "rb": 1_000, "k": 1_000, "thousand": 1_000, "juta": 1_000_000, "jt": 1_000_000,
               "million": 1_000_000, "miliar": 1_000_000_000, "milyar": 1_000_000_000}  # fmt: skip
ROLES: dict[str, MoneyRole] = {
    "potong": "deduction", "dipotong": "deduction", "potongan": "deduction", "memotong": "deduction",
    "terpotong": "deduction", "deduct": "deduction", "deducted": "deduction", "deduction": "deduction",
    "deductions": "deduction",
    "biaya": "fee", "ongkos": "fee", "fee": "fee", "fees": "fee", "setor": "fee", "menyetor": "fee",
    "charged": "fee", "charge": "fee", "charges": "fee", "dimintai": "fee", "denda": "fee",
    "utang": "owed", "hutang": "owed", "tunggakan": "owed", "sisa": "owed", "total": "owed", "owed": "owed",
    "owes": "owed", "unpaid": "owed", "semua": "owed", "seluruhnya": "owed", "totalnya": "owed", "sisanya": "owed",
    "semuanya": "owed",
    "gaji": "wage", "digaji": "wage", "salary": "wage", "wage": "wage", "wages": "wage", "gajinya": "wage",
    "sebulan": "wage", "perbulan": "wage", "monthly": "wage",
}  # fmt: skip
_PAY_TO = frozenset({"pt", "agen", "sponsor", "calo", "lpk", "agency", "broker"})
_TIME = frozenset(
    {
        "hari",
        "minggu",
        "bulan",
        "tahun",
        "jam",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "hour",
        "hours",
        "kali",
        "orang",
        "x",
    }
)
_ASKED_OR_PAID = frozenset({"bayar", "membayar", "paid", "pay", "minta", "meminta", "diminta", "dimintai", "setor"})
#: a bare number after these is money when the message has named a currency already
_SAID_OF_MONEY = frozenset(
    {"gaji", "salary", "wage", "dikasih", "dibayar", "diberi", "cuma", "hanya", "only", "sisa", "total", "upah",
     "tinggal", "jadi", "paid", "pays", "bayar", "terima", "received", "kontrak", "contract", "seharusnya",
     "totalnya", "jd", "sisanya", "semuanya", "semua"}
)  # fmt: skip
#: the amount after these is the wage her contract says
_CONTRACT = frozenset({"kontrak", "kontraknya", "contract", "perjanjian"})
#: a sum demanded to set her free
_RANSOM = frozenset({"tebusan", "tebus", "menebus", "ditebus", "ransom"})
_NOT_PAID = frozenset({"tidak", "belum", "not", "never"})
_DEMAND = frozenset({"harus", "disuruh", "suruh", "nyuruh", "wajib", "must", "have", "has", "need", "needs"})
_PAYS = frozenset({"bayar", "membayar", "pay", "paying"})
_PAID = frozenset({"dibayar", "dibayarkan", "digaji", "paid", "bayar"})


def _and_the_rest(words: tuple[str, ...], end: int, amount: float, multiplier: int) -> tuple[float, int]:
    """An amount said in parts, the smaller after the larger: "seribu lima ratus riyal" (read "1
    ribu 500 riyal") is 1500, "1 juta 500 ribu" 1.5 million, "two thousand five hundred dollars"
    2500, "1 juta 500" 1.5 million; not a count of something else after it ("2 juta 3 bulan")."""
    n = len(words)
    while end < n:
        rest = _amount(words[end])
        if rest is None or rest <= 0:
            break
        after = end + 1
        scale = 1
        if after < n and words[after] in MULTIPLIERS:
            scale = MULTIPLIERS[words[after]]
            after += 1
        if (after < n and words[after] in _TIME) or rest * scale >= multiplier:
            break
        if scale == 1 and (rest < 10 or rest >= 1000):
            break  # "1jt 2" is read before; "2 ribu 5 orang" is no money of its own
        if scale == 1 and multiplier >= 1_000_000:
            scale = 1_000  # "1 juta 500": 1.5 million, as chat says it
        amount += rest * scale
        end = after
        if scale == 1:
            break
        multiplier = scale
    return amount, end


def _a_year(words: tuple[str, ...], start: int, end: int, amount: float) -> bool:
    """ "tahun dua ribu dua puluh dua" (read "tahun 2 ribu 22"): a year, not money; "setahun 2000
    ringgit" (read "1 tahun 2000 ringgit") is money."""
    if not 1950 <= amount <= 2100 or start < 1 or words[start - 1] not in _YEAR:
        return False
    said_of_money = end < len(words) and words[end] in CURRENCIES
    return not said_of_money and not (start >= 2 and words[start - 2].isdigit())


def _amount(word: str) -> float | None:
    if not word[0].isdigit():
        return None
    try:
        return float(word)
    except ValueError:
        return None


def _role(words: tuple[str, ...], start: int, end: int) -> MoneyRole | None:
    """What the amount is, from the words of its clause nearest to it."""
    before: list[str] = []
    for k in range(start - 1, max(-1, start - 7), -1):
        if words[k] == BREAK:
            break
        before.append(words[k])
    after: list[str] = []
    for k in range(end, min(len(words), end + 5)):
        if words[k] == BREAK or words[k] in _NEXT_CLAUSE:
            break  # "gaji $600 tp dipotong $400": the cut is the next clause's, not this wage's
        after.append(words[k])
    if any(w in _RANSOM for w in before):
        return None  # "minta tebusan 30jt biar bisa pulang": a ransom demanded, not a fee she paid
    if before[:1] and before[0] in _ONLY and "sisa" in before[1:3] and not any(w in _NOT_PAID for w in after):
        return None  # "dipotong 40 ribu yen, sisanya cm 90 ribu": what is left to her, not owed
    roles = [ROLES[w] for w in before if w in ROLES]
    if "deduction" in roles or (roles[:1] != ["wage"] and any(ROLES.get(w) == "deduction" for w in after[:2])):
        # ("gaji cm 2000 zloty dipotong buat mess": the wage, which is cut, not the amount cut)
        return "deduction"
    paid_to = any(w in _ASKED_OR_PAID for w in before) and any(w in _PAY_TO for w in before + after)
    # "they say i must pay 60000 NT first", "disuruh bayar 5 juta": asked of her, never owed to her
    demanded = any(w in _DEMAND for w in before) and any(w in _PAYS for w in before)
    if "fee" in roles or paid_to or demanded:
        return "fee"
    unpaid = any(w in _NOT_PAID for w in after) and any(w in _PAID for w in after)
    if "owed" in roles or (unpaid and "wage" not in roles[:2]):
        return "owed"
    if "wage" in roles or any(w in ("per", "sebulan", "perbulan", "month", "bulan") for w in after[:2]):
        return "wage"
    if len(before) >= 2 and before[0] in _MONTHS and before[1] in _EACH:
        return "wage"  # "sebulan 750 dolar" (read "1 bulan 750 dolar"), "per bulan 1500 riyal"
    return None


#: "sisanya cuma 90 ribu": only so much is left to her
_ONLY = frozenset({"cuma", "cm", "hanya", "tinggal", "only"})
#: currencies counted in thousands: "90 ribu" after an amount in yen or won is yen or won too
_IN_THOUSANDS = frozenset({"JPY", "KRW"})
#: a word that begins another clause: what follows it says nothing of the amount before it
_NEXT_CLAUSE = frozenset({"tp", "tapi", "but", "namun", "cuma", "hanya", "only"})
#: "sebulan" (read "1 bulan"), "per bulan", "tiap bulan", "a month": a monthly amount follows
_EACH = frozenset({"1", "per", "tiap", "setiap", "a", "each", "every"})
#: wages said not paid: "blm dibayar", "gk digaji", "not paid", "unpaid"
_PAY_WORDS = frozenset({"dibayar", "dibayarkan", "digaji", "gajian", "bayar", "paid", "pay", "dikasih", "diberi",
                        "diterima", "terima", "masuk", "cair", "ditransfer", "received", "given"})  # fmt: skip
_UNPAID = frozenset({"unpaid", "tunggakan", "nunggak", "menunggak", "owed", "owes", "hutang", "utang"})
_WAGE_WORDS = frozenset({"gaji", "salary", "wage", "wages", "upah"})
#: a clause where the months are of something other than wages unpaid: paid, cut, worked
_NOT_OWED = frozenset({"potong", "dipotong", "potongan", "deduct", "deducted", "sudah", "already", "kerja",
                       "bekerja", "work", "worked", "kontrak", "contract"})  # fmt: skip
_MONTHS_OWED = range(2, 61)


def _months_unpaid(words: tuple[str, ...]) -> tuple[int, tuple[int, int]] | None:
    """The months of wages she says are unpaid ("3 bulan gaji", "gaji 4 bulan blm dibayar", "5 bln
    gk digaji", "3 months not paid") and where that is said; None when no such count is said."""
    n = len(words)
    for k in range(n - 1):
        if words[k + 1] not in _MONTHS or not words[k].isdigit() or int(words[k]) not in _MONTHS_OWED:
            continue
        opens = k
        while opens > 0 and words[opens - 1] != BREAK:
            opens -= 1
        closes = k + 2
        while closes < n and words[closes] != BREAK:
            closes += 1
        clause = words[opens:closes]
        after = words[k + 2 : min(closes, k + 7)]
        negated_pay = any(w in _NOT_PAID and _PAY_WORDS.intersection(after[j + 1 : j + 3]) for j, w in enumerate(after))
        if negated_pay or _UNPAID.intersection(clause):
            return int(words[k]), (k, k + 2)
        wage_beside = (k >= 1 and words[k - 1] in _WAGE_WORDS) or (k + 2 < n and words[k + 2] in _WAGE_WORDS)
        if wage_beside and not _NOT_OWED.intersection(clause) and not _PAY_WORDS.intersection(clause):
            return int(words[k]), (k, k + 2)
    return None


def owed_of_months(text: Text, found: tuple[Money, ...]) -> Money | None:
    """ "3 bulan gaji, sebulan 750 dolar" told where the amount unpaid is asked: the months unpaid
    times the monthly wage (2250), as a mediator reckons it (the wage stays the wage). Only when
    no amount owed is said and one wage is. Not part of a story's reading (``read_money``): what
    is read there is the amounts she said, and a total is asked for, never worked out unseen."""
    if any(m.role == "owed" for m in found):
        return None
    wages = [m for m in found if m.role == "wage"]
    if len(wages) != 1:
        return None
    months = _months_unpaid(text.words)
    if months is None:
        return None
    return Money(wages[0].amount * months[0], wages[0].currency, "owed")


_YEAR = frozenset({"tahun", "year", "thn", "taun"})
#: less than this in rupiah is no sum anyone complains of: a foreign currency said before it
_FEW_THOUSAND = 10_000
_A_MILLION = 1_000_000
#: "x", "kali", "times" between a count of months and an amount
_TIMES = frozenset({"x", "kali", "times", "*"})
_MONTHS = frozenset({"bulan", "bln", "month", "months", "bl"})


def _times(words: tuple[str, ...], start: int, end: int) -> tuple[int, tuple[int, int]]:
    """The months an amount is multiplied by ("4 bulan x 1500", "1500 x 4 bulan", "5000 tiap bln
    x 11 bln"), 0 when it is not; and the span of the whole product."""
    if start >= 3 and words[start - 1] in _TIMES and words[start - 2] in _MONTHS and words[start - 3].isdigit():
        return int(words[start - 3]), (start - 3, end)
    for k in range(end, min(len(words) - 2, end + 3)):
        if words[k] in _TIMES and words[k + 1].isdigit() and words[k + 2] in _MONTHS:
            return int(words[k + 1]), (start, k + 3)
    return 0, (start, end)


def read_money(text: Text, country: str | None) -> tuple[tuple[Money, ...], tuple[str, ...]]:
    """Every amount said with a currency or a multiplier, in the order of the message."""
    words = text.words
    found: list[Money] = []
    quotes: list[str] = []
    n = len(words)
    i = 0
    taken = 0  # where the last amount ended: its currency word is not the next one's
    while i < n:
        amount = _amount(words[i])
        if amount is None:
            i += 1
            continue
        start, end = i, i + 1
        if end < n and words[end] in _TIME:
            i += 1
            continue  # "1 bulan", "5 tahun": a time, not money
        if end < n and words[end] in MULTIPLIERS:
            multiplier = MULTIPLIERS[words[end]]
            amount *= multiplier
            end += 1
            # "1jt 2", "1 juta 5": a digit after the multiplier is its first decimal (1.2 juta)
            if multiplier >= 1_000_000 and end < n and len(words[end]) == 1 and words[end].isdigit():
                if end + 1 >= n or (words[end + 1] not in _TIME and words[end + 1] not in MULTIPLIERS):
                    amount += int(words[end]) * multiplier // 10
                    end += 1
            amount, end = _and_the_rest(words, end, amount, multiplier)
        if _a_year(words, start, end, amount):
            i = end
            continue  # "tahun dua ribu dua puluh dua": a year, not money
        currency: str | None = None
        if start > taken and words[start - 1] in CURRENCIES:
            currency = CURRENCIES[words[start - 1]]
            start -= 1
        elif end < n and words[end] in CURRENCIES:
            currency = CURRENCIES[words[end]]
            end += 1
        if currency == "USD" and end < n and words[end] in DOLLAR_OF:
            currency = DOLLAR_OF[words[end]]
            end += 1
        if currency is None and end > i + 1:
            # "25 juta", "500 ribu": rupiah unless a currency is said; but a few thousand after a
            # foreign amount is more of that ("1200 ringgit padahal perjanjian seribu lima ratus")
            foreign = found and found[-1].currency != "IDR" and amount < _FEW_THOUSAND
            # ("potong 40 ribu yen, sisanya cm 90 ribu": yen, as are a few hundred thousand after it)
            foreign = foreign or (found and found[-1].currency in _IN_THOUSANDS and amount < _A_MILLION)
            currency = found[-1].currency if foreign else "IDR"
        if currency is None and found and start >= 1 and words[start - 1] in _SAID_OF_MONEY and amount >= 50:
            if end >= n or words[end] not in _TIME:
                currency = found[-1].currency  # "gaji 1000 dirham cuma dikasih 600"
        if currency is None or amount <= 0:
            i += 1
            continue
        if country is not None:
            currency = LOCAL.get((currency, country), currency)
        months, wide = _times(words, start, end)
        if months:
            # "4 months x 1,500 dirham", "5000 NT tiap bln x 11 bln": the monthly amount, and
            # the total owed that it makes
            cut = _role(words, start, end) == "deduction"  # "dipotong 5000 NT tiap bln x 11 bln"
            found.append(Money(round(amount), currency, "deduction" if cut else "wage"))
            quotes.append(text.quote(start, end))
            found.append(Money(round(amount * months), currency, "deduction" if cut else "owed"))
            quotes.append(text.quote(*wide))
            i = taken = max(end, wide[1])
            continue
        role = _role(words, start, end)
        if start >= 1 and words[start - 1] in _CONTRACT and role is None:
            role = "wage"  # "pdhl kontrak 4990": the wage the contract says
            # what she is paid instead ("cuma dibayar 3000") is no wage, debt or deduction of its own
            kept = [k for k, m in enumerate(found) if not (m.role == "wage" and m.currency == currency)]
            found, quotes = [found[k] for k in kept], [quotes[k] for k in kept]
        found.append(Money(round(amount), currency, role))
        quotes.append(text.quote(start, end))
        i = taken = end
    return tuple(found), tuple(quotes)
