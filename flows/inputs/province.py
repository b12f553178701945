"""Indonesia's 38 provinces (with the 2022 Papua splits), the short forms people use, and the
regencies that send most workers (a regency typed where the province is asked names it)."""

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


#: regencies and towns that send workers, by province: "tegal", "indramayu" typed where the
#: province is asked (it was "provinsi itu tidak kami kenal", three times)
_REGENCIES: dict[str, tuple[str, ...]] = {
    "Jawa Barat": ("indramayu", "cirebon", "cianjur", "sukabumi", "karawang", "subang", "majalengka", "kuningan",
                   "garut", "tasikmalaya", "tasik", "bekasi", "bandung", "purwakarta", "bogor", "sumedang", "ciamis",
                   "banjar", "pangandaran", "depok"),
    "Jawa Tengah": ("kendal", "cilacap", "brebes", "banyumas", "purwokerto", "kebumen", "wonosobo", "pati", "jepara",
                    "grobogan", "semarang", "tegal", "pemalang", "pekalongan", "banjarnegara", "purbalingga",
                    "boyolali", "sragen", "wonogiri", "klaten", "demak", "kudus", "rembang", "blora", "purworejo",
                    "magelang", "temanggung", "solo", "surakarta", "karanganyar", "sukoharjo", "salatiga"),
    "Jawa Timur": ("blitar", "malang", "tulungagung", "ponorogo", "banyuwangi", "jember", "kediri", "madiun",
                   "trenggalek", "lamongan", "tuban", "bojonegoro", "surabaya", "nganjuk", "ngawi", "magetan",
                   "pacitan", "jombang", "mojokerto", "sidoarjo", "gresik", "pasuruan", "probolinggo", "lumajang",
                   "situbondo", "bondowoso", "madura", "bangkalan", "sampang", "pamekasan", "sumenep"),
    "Nusa Tenggara Barat": ("lombok timur", "lombok tengah", "lombok barat", "lombok utara", "lotim", "loteng",
                            "lobar", "mataram", "sumbawa", "dompu", "bima"),
    "Nusa Tenggara Timur": ("ende", "sikka", "maumere", "larantuka", "flores timur", "flotim", "atambua", "belu",
                            "tts", "ttu", "malaka", "alor", "lembata", "manggarai", "ngada", "nagekeo", "sumba",
                            "flores", "timor tengah selatan", "timor tengah utara", "sumba barat daya", "soe",
                            "kefamenanu"),
    "Banten": ("tangerang", "serang", "lebak", "pandeglang", "cilegon"),
    "Lampung": ("lampung timur", "lampung tengah", "lampung selatan", "lampung utara", "metro", "pringsewu",
                "bandar lampung"),
    "Sumatera Utara": ("asahan", "deli serdang", "medan", "langkat", "batubara", "tanjung balai"),
    "Sumatera Selatan": ("palembang",),
    "Kalimantan Barat": ("pontianak", "sambas", "sanggau", "entikong", "singkawang"),
    "Kalimantan Utara": ("nunukan", "tarakan"),
    "Kepulauan Riau": ("batam", "tanjung pinang", "tanjungpinang"),
    "Sulawesi Selatan": ("makassar", "bone", "pinrang", "parepare", "sidrap", "wajo", "bulukumba"),
}  # fmt: skip


@lru_cache(maxsize=1)
def _regency_table() -> dict[str, str]:
    return {normalize(r): p for p, regencies in _REGENCIES.items() for r in regencies}


def regency_in(text: str) -> str | None:
    """The regency or town named in ``text`` ("tegal", "cianjur jawa barat"), as written in the
    table, capitalised; None when none is named."""
    found = _inside(text, _regency_table())
    return found[0].title() if found and len(found[0]) > 3 else (found[0].upper() if found else None)


def _inside(text: str, table: dict[str, str]) -> tuple[str, str] | None:
    """The longest run of up to three words of ``text`` that ``table`` holds, and its value."""
    words = normalize(text).split()
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            key = " ".join(words[i : i + size])
            if key in table:
                return key, table[key]
    return None


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
    found = _parse_one(text)
    if found.ok and not found.confirm:
        return found
    # "cianjur jawa barat", "dr tegal kak": a province named among other words, or a regency's
    inside = _inside(text, _table()) or _inside(text, _regency_table())
    if inside is not None:
        return Parsed(True, inside[1], inside[1])
    return found


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
