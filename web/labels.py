"""Words for the console instead of codes: categories, stages, countries, indicators, money, and
times in WIB beside the worker's own local time.

A code the catalogs do not know is shown as words made from it ("kerja_paksa" → "Kerja paksa"),
never as the bare code; the catalog tests keep that the exception.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from flows.catalog import Catalog
from flows.inputs import country_name
from storage.deadlines import WIB

#: the destination countries' time zones (one zone each is enough for a worker's local time)
ZONES = {
    "MY": "Asia/Kuala_Lumpur",
    "SG": "Asia/Singapore",
    "BN": "Asia/Brunei",
    "HK": "Asia/Hong_Kong",
    "MO": "Asia/Macau",
    "TW": "Asia/Taipei",
    "KR": "Asia/Seoul",
    "JP": "Asia/Tokyo",
    "CN": "Asia/Shanghai",
    "SA": "Asia/Riyadh",
    "AE": "Asia/Dubai",
    "QA": "Asia/Qatar",
    "KW": "Asia/Kuwait",
    "BH": "Asia/Bahrain",
    "OM": "Asia/Muscat",
    "JO": "Asia/Amman",
    "TR": "Europe/Istanbul",
    "KH": "Asia/Phnom_Penh",
    "TH": "Asia/Bangkok",
    "PL": "Europe/Warsaw",
    "US": "America/New_York",
}
MONTHS = {
    "id": ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def words_of(code: str) -> str:
    """A last resort for a code no catalog names: its words, capitalised."""
    text = code.rsplit(".", 1)[-1].replace("_", " ").strip()
    return text[:1].upper() + text[1:] if text else "-"


@dataclass
class Labels:
    catalog: Catalog
    lang: str
    words: dict[str, Any]

    def key(self, key: str) -> str:
        if self.catalog.has(key, self.lang) or self.catalog.has(key):
            return self.catalog.render(self.lang, key)
        return words_of(key)

    def category(self, code: str | None) -> str:
        return self.key(f"category.{code}") if code else "-"

    def status(self, code: str) -> str:
        return self.key(f"case_status.{code}")

    def indicator(self, code: str) -> str:
        return self.key(f"indicator.{code}")

    def country(self, code: str | None) -> str:
        return country_name(code, self.lang) if code else "-"

    def categories(self) -> list[tuple[str, str]]:
        codes = [k.split(".", 1)[1] for k in self.catalog.messages["id"] if k.startswith("category.")]
        return sorted(((c, self.category(c)) for c in codes), key=lambda pair: pair[1])

    def money(self, value: Any) -> str:
        """``{"amount": 9000, "currency": "SAR"}`` → "SAR 9.000" (Indonesian digit grouping)."""
        if not isinstance(value, dict) or not isinstance(value.get("amount"), int | float):
            return str(value)
        amount = f"{value['amount']:,.0f}"
        if self.lang == "id":
            amount = amount.replace(",", ".")
        return f"{value.get('currency') or ''} {amount}".strip()

    def when(self, moment: datetime | None, country: str | None = None) -> str:
        """ "3 Des 2026 14:05 WIB", and the worker's local time beside it when she is abroad."""
        if moment is None:
            return "-"
        jakarta = moment.astimezone(WIB)
        text = f"{self._date(jakarta)} {jakarta:%H:%M} WIB"
        zone = ZONES.get(country or "")
        if zone:
            local = moment.astimezone(ZoneInfo(zone))
            if local.utcoffset() != jakarta.utcoffset():
                text += f" · {local:%H:%M} {self.words['local_time']} {self.country(country)}"
        return text

    def day(self, moment: datetime | None) -> str:
        return self._date(moment.astimezone(WIB)) if moment else "-"

    def _date(self, moment: datetime) -> str:
        return f"{moment.day} {MONTHS.get(self.lang, MONTHS['id'])[moment.month - 1]} {moment.year}"

    def duration(self, seconds: float | None) -> str:
        """A span as a mediator says it: "2 hari 3 jam", "5 jam", "40 menit"."""
        if seconds is None:
            return "-"
        minutes = int(seconds // 60)
        days, rest = divmod(minutes, 24 * 60)
        hours, mins = divmod(rest, 60)
        unit = self.words["units"]
        if days:
            return f"{days} {unit['d']} {hours} {unit['h']}" if hours else f"{days} {unit['d']}"
        if hours:
            return f"{hours} {unit['h']}"
        return f"{mins} {unit['m']}"
