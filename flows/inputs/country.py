"""Countries by their Indonesian or English names and the short forms workers use.

Names come from pycountry's data (ISO 3166) with its Indonesian translations (flows/countries.py);
a curated alias table adds what people actually type ("ksa", "hk", "malay", "taiwan", "dubai").
An exact name or alias is taken; a close one (a typo) is confirmed first.
"""

from __future__ import annotations

from functools import lru_cache

from flows.countries import by_alpha_2, countries, indonesian
from flows.inputs.base import NOT_FOUND, Parsed, normalize

#: what people type → ISO alpha-2. Destinations in the complaint statistics come first.
ALIASES: dict[str, str] = {
    "arab saudi": "SA",
    "saudi": "SA",
    "saudi arabia": "SA",
    "ksa": "SA",
    "arab": "SA",
    "arabia": "SA",
    "saudia": "SA",
    "mekah": "SA",
    "makkah": "SA",
    "mekkah": "SA",
    "madinah": "SA",
    "riyadh": "SA",
    "jeddah": "SA",
    "jedah": "SA",
    "malaysia": "MY",
    "malay": "MY",
    "malaisia": "MY",
    "mly": "MY",
    "my": "MY",
    "kl": "MY",
    "kuala lumpur": "MY",
    "sabah": "MY",
    "serawak": "MY",
    "sarawak": "MY",
    "johor": "MY",
    "penang": "MY",
    "hongkong": "HK",
    "hong kong": "HK",
    "hk": "HK",
    "taiwan": "TW",
    "twn": "TW",
    "tw": "TW",
    "taipei": "TW",
    "singapura": "SG",
    "singapore": "SG",
    "sg": "SG",
    "spore": "SG",
    "korea": "KR",
    "korsel": "KR",
    "korea selatan": "KR",
    "south korea": "KR",
    "kr": "KR",
    "jepang": "JP",
    "japan": "JP",
    "jp": "JP",
    "uae": "AE",
    "uea": "AE",
    "emirat": "AE",
    "emirates": "AE",
    "uni emirat arab": "AE",
    "dubai": "AE",
    "abu dhabi": "AE",
    "abudhabi": "AE",
    "sharjah": "AE",
    "qatar": "QA",
    "katar": "QA",
    "doha": "QA",
    "kuwait": "KW",
    "kuwet": "KW",
    "brunei": "BN",
    "brunei darussalam": "BN",
    "kamboja": "KH",
    "cambodia": "KH",
    "kh": "KH",
    "oman": "OM",
    "bahrain": "BH",
    "bahrein": "BH",
    "yordania": "JO",
    "jordan": "JO",
    "turki": "TR",
    "turkey": "TR",
    "turkiye": "TR",
    "polandia": "PL",
    "poland": "PL",
    "myanmar": "MM",
    "burma": "MM",
    "thailand": "TH",
    "thailan": "TH",
    "vietnam": "VN",
    "filipina": "PH",
    "philippines": "PH",
    "china": "CN",
    "tiongkok": "CN",
    "cina": "CN",
    "makau": "MO",
    "macau": "MO",
    "australia": "AU",
    "selandia baru": "NZ",
    "new zealand": "NZ",
    "amerika": "US",
    "usa": "US",
    "as": "US",
    "inggris": "GB",
    "uk": "GB",
    "jerman": "DE",
    "belanda": "NL",
    "italia": "IT",
    "spanyol": "ES",
    "mesir": "EG",
    "irak": "IQ",
    "iran": "IR",
    "suriah": "SY",
    "libanon": "LB",
    "lebanon": "LB",
    "laos": "LA",
    "indonesia": "ID",
    "indo": "ID",
    "ri": "ID",
    "timor leste": "TL",
}


def country_name(code: str, lang: str = "id") -> str:
    """The everyday name of a country in Indonesian or English ("Arab Saudi", "Taiwan")."""
    country = by_alpha_2(code)
    if country is None:
        return code
    english = country.common_name or country.name
    if lang != "id":
        return str(english)
    name = indonesian().gettext(country.name)
    return str(name.split(",")[0])


#: English names said with "the" after "in" ("in the United Arab Emirates", "in the Philippines")
_WITH_THE = frozenset(
    {"Netherlands", "Philippines", "Maldives", "Russian Federation", "Bahamas", "Gambia", "Comoros",
     "Marshall Islands", "Solomon Islands", "Czech Republic", "Dominican Republic", "Central African Republic"}
)  # fmt: skip


def after_in(name: str, lang: str) -> str:
    """A country's name as said after "in" / "di": English puts "the" before some."""
    if lang == "en" and (name.startswith("United ") or name in _WITH_THE):
        return f"the {name}"
    return name


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    """Every normalised name → code: ISO names in English and Indonesian, common names, aliases."""
    table: dict[str, str] = {}
    for country in countries():
        code = country.alpha_2
        for name in (
            country.name,
            country.common_name,
            country.official_name,
            indonesian().gettext(country.name),
        ):
            if name:
                table.setdefault(normalize(name), code)
                table.setdefault(normalize(name.split(",")[0]), code)
    table.update({normalize(alias): code for alias, code in ALIASES.items()})
    from flows.understand.lexicon import LEXICON  # the understanding's names: one list to keep

    for name, code in LEXICON.country_names.items():
        table.setdefault(normalize(name), code)  # "singapur", "brunai": asked "Maksud Anda ...?" before
    return table


def flag_country(text: str) -> str | None:
    """ "🇸🇦": a flag is two regional-indicator letters, the country's ISO code; None when the
    text holds no flag, or flags of two countries."""
    letters = [chr(ord(c) - 0x1F1E6 + ord("A")) for c in text if 0x1F1E6 <= ord(c) <= 0x1F1FF]
    codes = {"".join(letters[i : i + 2]) for i in range(0, len(letters) - 1, 2)}
    return next(iter(codes)) if len(codes) == 1 and len(letters) % 2 == 0 else None


def parse_country(text: str, lang: str = "id") -> Parsed:
    flag = flag_country(text)
    if flag is not None and flag != "ID" and country_name(flag, lang) != flag:
        return Parsed(True, flag, country_name(flag, lang))  # "🇸🇦" to "which country?"
    key = normalize(text)
    key = key.removeprefix("negara ").removeprefix("di ").strip()
    if not key or len(key) > 60:
        return NOT_FOUND
    names = _names()
    code = names.get(key)
    if code:
        return Parsed(True, code, country_name(code, lang))
    if len(key) < 4:
        return NOT_FOUND
    from rapidfuzz import fuzz, process  # at the first fuzzy match: not at idle (issue 18)

    match = process.extractOne(key, names.keys(), scorer=fuzz.ratio, score_cutoff=80)
    if match is None:
        return NOT_FOUND
    code = names[match[0]]
    return Parsed(True, code, country_name(code, lang), confirm=True)
