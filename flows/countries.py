"""ISO 3166-1 countries and their Indonesian names: pycountry's own data files, read without
importing the pycountry package.

Its ``__init__`` imports ``importlib.metadata`` for its version string, and with it email, csv,
zipfile and calendar, and its database keeps an object and an index entry per field of every
country: in a fresh interpreter 3.9 MB resident and 60 modules, against 0.3 MB for reading the
same file here. The bot imports ``importlib.metadata`` anyway (SQLAlchemy does), so there the
saving is pycountry's own modules and objects (issue 18, idle memory;
docs/decisions/0014-production-path.md). The countries and names are the library's own,
and tests/unit/test_countries.py checks them against pycountry itself, field for field, so a
release that moves or changes its files fails there.
"""

from __future__ import annotations

import gettext
import importlib.util
import json
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple


class Country(NamedTuple):
    alpha_2: str
    name: str
    common_name: str | None
    official_name: str | None


def _folder() -> Path:
    """pycountry's installed folder, found without running its ``__init__``."""
    spec = importlib.util.find_spec("pycountry")
    if spec is None or spec.origin is None:
        raise ImportError("pycountry is not installed (requirements.txt)")
    return Path(spec.origin).parent


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every country of ISO 3166-1, in pycountry's order."""
    data = json.loads((_folder() / "databases" / "iso3166-1.json").read_text(encoding="utf-8"))
    return tuple(Country(e["alpha_2"], e["name"], e.get("common_name"), e.get("official_name")) for e in data["3166-1"])


@lru_cache(maxsize=1)
def _by_code() -> dict[str, Country]:
    return {country.alpha_2: country for country in countries()}


def by_alpha_2(code: str) -> Country | None:
    """The country of a two-letter code, in either case (as ``pycountry.countries.get``)."""
    return _by_code().get(code.upper())


@lru_cache(maxsize=1)
def indonesian() -> gettext.NullTranslations:
    """The Indonesian names of the countries (pycountry's translation catalogue)."""
    try:
        return gettext.translation("iso3166-1", str(_folder() / "locales"), languages=["id"])
    except OSError:
        return gettext.NullTranslations()
