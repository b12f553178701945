"""Indonesia's 38 provinces (with the 2022 Papua splits) and the short forms people use."""

from __future__ import annotations

from functools import lru_cache

from flows.inputs.base import NOT_FOUND, Parsed, normalize

PROVINCES: tuple[str, ...] = (
    "Aceh",
    "Sumatera Utara",
    "Sumatera Barat",
    "Riau",
    "Kepulauan Riau",
    "Jambi",
    "Bengkulu",
    "Sumatera Selatan",
    "Kepulauan Bangka Belitung",
    "Lampung",
    "Banten",
    "DKI Jakarta",
    "Jawa Barat",
    "Jawa Tengah",
    "DI Yogyakarta",
    "Jawa Timur",
    "Bali",
    "Nusa Tenggara Barat",
    "Nusa Tenggara Timur",
    "Kalimantan Barat",
    "Kalimantan Tengah",
    "Kalimantan Selatan",
    "Kalimantan Timur",
    "Kalimantan Utara",
    "Sulawesi Utara",
    "Gorontalo",
    "Sulawesi Tengah",
    "Sulawesi Barat",
    "Sulawesi Selatan",
    "Sulawesi Tenggara",
    "Maluku",
    "Maluku Utara",
    "Papua",
    "Papua Barat",
    "Papua Barat Daya",
    "Papua Tengah",
    "Papua Pegunungan",
    "Papua Selatan",
)

ALIASES: dict[str, str] = {
    "nad": "Aceh",
    "nanggroe aceh darussalam": "Aceh",
    "sumut": "Sumatera Utara",
    "sumbar": "Sumatera Barat",
    "kepri": "Kepulauan Riau",
    "sumsel": "Sumatera Selatan",
    "babel": "Kepulauan Bangka Belitung",
    "bangka belitung": "Kepulauan Bangka Belitung",
    "bangka": "Kepulauan Bangka Belitung",
    "dki": "DKI Jakarta",
    "jakarta": "DKI Jakarta",
    "jkt": "DKI Jakarta",
    "jabar": "Jawa Barat",
    "jateng": "Jawa Tengah",
    "diy": "DI Yogyakarta",
    "jogja": "DI Yogyakarta",
    "jogjakarta": "DI Yogyakarta",
    "yogya": "DI Yogyakarta",
    "yogyakarta": "DI Yogyakarta",
    "jatim": "Jawa Timur",
    "ntb": "Nusa Tenggara Barat",
    "lombok": "Nusa Tenggara Barat",
    "ntt": "Nusa Tenggara Timur",
    "kupang": "Nusa Tenggara Timur",
    "kalbar": "Kalimantan Barat",
    "kalteng": "Kalimantan Tengah",
    "kalsel": "Kalimantan Selatan",
    "kaltim": "Kalimantan Timur",
    "kaltara": "Kalimantan Utara",
    "sulut": "Sulawesi Utara",
    "sulteng": "Sulawesi Tengah",
    "sulbar": "Sulawesi Barat",
    "sulsel": "Sulawesi Selatan",
    "sultra": "Sulawesi Tenggara",
    "malut": "Maluku Utara",
    "pabar": "Papua Barat",
    "papua barat daya": "Papua Barat Daya",
    "pbd": "Papua Barat Daya",
    "sumatra utara": "Sumatera Utara",
    "sumatra barat": "Sumatera Barat",
    "sumatra selatan": "Sumatera Selatan",
    "west java": "Jawa Barat",
    "central java": "Jawa Tengah",
    "east java": "Jawa Timur",
}


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table = {normalize(p): p for p in PROVINCES}
    table.update({normalize(a): p for a, p in ALIASES.items()})
    return table


def parse_province(text: str) -> Parsed:
    """The province, also with the regency after it ("NTB, lombok timur", "jawa barat, cianjur"):
    the first part that names one."""
    if "," in text:
        for part in text.split(","):
            found = _parse_one(part)
            if found.ok and not found.confirm:
                return found
    return _parse_one(text)


def _parse_one(text: str) -> Parsed:
    key = normalize(text).removeprefix("provinsi ").removeprefix("prov ").strip()
    if not key or len(key) > 60:
        return NOT_FOUND
    table = _table()
    if key in table:
        return Parsed(True, table[key], table[key])
    if len(key) < 4:
        return NOT_FOUND
    from rapidfuzz import fuzz, process  # at the first fuzzy match: not at idle (issue 18)

    match = process.extractOne(key, table.keys(), scorer=fuzz.ratio, score_cutoff=80)
    if match is None:
        return NOT_FOUND
    name = table[match[0]]
    return Parsed(True, name, name, confirm=True)
