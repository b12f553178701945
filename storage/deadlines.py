"""Response deadlines: when a mediator owes the reporter an answer.

A new case is due within ``reply_days`` working days (the same number the closing message
promises the reporter: ``dialog.reply_days``); an urgent one within ``urgent_hours``. Working days
are Monday to Friday in Jakarta, minus Indonesia's public holidays as the ``holidays`` library
knows them (Islamic holidays move each year; a hand-kept list would go stale).

"Within N working days" means by the end of the Nth working day after the day it came in (Jakarta
time): a report on Friday evening with ``reply_days: 3`` is due by Wednesday 23:59 WIB, one that
comes in before the long weekend of Idul Fitri is due after it.

The same clock runs again each time the reporter writes (the next response); while the case waits
for her (a mediator answered, or the stage is "menunggu_info") nothing is due.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo

WIB = ZoneInfo("Asia/Jakarta")


#: Indonesia's public holidays as the pinned ``holidays`` library computes them, for the years a
#: deployment will meet, written by ``python -m storage.deadlines`` (never by hand): the library
#: is ~11 MB resident and Indonesia's calendar ~8 MB more (302 modules), which the first filing
#: loaded into every bot (docs/decisions/0014-production-path.md). A test compares every year
#: here with the library, so an upgrade that corrects a date fails until this is written again; a
#: year not here is asked of the library, as before.
SHIPPED = Path(__file__).with_name("holidays_id.json")
SHIPPED_YEARS = range(2024, 2036)


@lru_cache(maxsize=1)
def _shipped() -> dict[int, frozenset[date]]:
    data = json.loads(SHIPPED.read_text())
    return {int(year): frozenset(date.fromisoformat(d) for d in days) for year, days in data["years"].items()}


def _library_holidays(year: int) -> frozenset[date]:
    # imported on first use: a bot at rest, or one that files only in the shipped years, holds none of it
    import holidays

    return frozenset(holidays.country_holidays("ID", years=year))


@lru_cache(maxsize=16)
def _holidays_of(year: int) -> frozenset[date]:
    shipped = _shipped().get(year)
    return shipped if shipped is not None else _library_holidays(year)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in _holidays_of(day.year)


def add_working_days(start: date, days: int) -> date:
    """The ``days``-th working day after ``start`` (``start`` itself never counts)."""
    day = start
    left = max(days, 0)
    while left:
        day += timedelta(days=1)
        if is_working_day(day):
            left -= 1
    return day


@dataclass(frozen=True)
class Deadlines:
    reply_days: int = 3
    urgent_hours: int = 24

    def due(self, since: datetime, urgent: bool) -> datetime:
        """When an answer is due for a message (or a report) that came in at ``since``."""
        if urgent:
            return since + timedelta(hours=self.urgent_hours)
        local = since.astimezone(WIB).date()
        last = add_working_days(local, self.reply_days)
        return datetime.combine(last, time(23, 59, 59), WIB).astimezone(since.tzinfo)


def write_shipped() -> None:
    """``python -m storage.deadlines``: write ``SHIPPED`` from the library (after upgrading it)."""
    import holidays

    years = {str(y): sorted(d.isoformat() for d in _library_holidays(y)) for y in SHIPPED_YEARS}
    SHIPPED.write_text(json.dumps({"library": f"holidays {holidays.__version__}", "years": years}, indent=1) + "\n")


if __name__ == "__main__":
    write_shipped()
