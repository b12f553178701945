"""Indonesia's public holidays shipped with the bot (storage/holidays_id.json) are the pinned
library's own, year by year; a year not shipped is asked of the library."""

from __future__ import annotations

from datetime import date

import holidays

from storage import deadlines


def test_every_shipped_year_is_what_the_library_computes() -> None:
    shipped = deadlines._shipped()
    assert sorted(shipped) == list(deadlines.SHIPPED_YEARS), "run: python -m storage.deadlines"
    for year, days in shipped.items():
        library = frozenset(holidays.country_holidays("ID", years=year))
        assert days == library, f"{year} differs from holidays {holidays.__version__}: run python -m storage.deadlines"


def test_a_year_not_shipped_is_asked_of_the_library() -> None:
    year = deadlines.SHIPPED_YEARS.stop + 5
    assert deadlines._holidays_of(year) == frozenset(holidays.country_holidays("ID", years=year))
    assert date(year, 8, 17) in deadlines._holidays_of(year), "Independence Day"
