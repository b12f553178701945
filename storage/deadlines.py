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

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

WIB = ZoneInfo("Asia/Jakarta")


@lru_cache(maxsize=16)
def _holidays_of(year: int) -> frozenset[date]:
    # imported on first use: the library is ~11 MB resident, and Indonesia's calendar (it loads
    # every country's module) ~8 MB more; a bot at rest, or one that never files, holds neither
    import holidays

    return frozenset(holidays.country_holidays("ID", years=year))


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
