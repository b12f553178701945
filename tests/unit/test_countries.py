"""flows/countries.py reads pycountry's data files without importing pycountry (issue 18, idle
memory): the countries, their fields and their Indonesian names are exactly the library's."""

from __future__ import annotations

import gettext
import subprocess
import sys
from pathlib import Path

import pycountry

from flows.countries import by_alpha_2, countries, indonesian
from flows.inputs.country import country_name, parse_country

ROOT = Path(__file__).resolve().parents[2]


def test_every_country_and_field_is_pycountrys() -> None:
    theirs = list(pycountry.countries)
    assert [c.alpha_2 for c in countries()] == [c.alpha_2 for c in theirs]
    for ours, country in zip(countries(), theirs, strict=True):
        assert ours.name == country.name
        assert ours.common_name == getattr(country, "common_name", None)
        assert ours.official_name == getattr(country, "official_name", None)
        assert by_alpha_2(country.alpha_2.lower()) == ours
    assert by_alpha_2("XX") is None


def test_the_indonesian_names_are_pycountrys_translation() -> None:
    theirs = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    names = [indonesian().gettext(c.name) for c in countries()]
    assert names == [theirs.gettext(c.name) for c in pycountry.countries]
    assert indonesian().gettext("Saudi Arabia") == "Arab Saudi"
    assert country_name("SA") == "Arab Saudi" and country_name("TW", "en") == "Taiwan"
    assert parse_country("belanda").value == "NL"


def test_the_bot_reads_the_countries_without_importing_pycountry() -> None:
    probe = "import sys, flows.understand, flows.inputs.country as c; c.parse_country('jerman'); "
    probe += "assert 'pycountry' not in sys.modules, 'pycountry imported'"
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
