"""The ILO forced-labour indicators the words support, and what the person asks for.

An indicator is proposed from its own patterns ("paspor ditahan" -> retention_of_documents, "gk
boleh keluar" -> restriction_of_movement, "hp disita" -> isolation, "kerja 18 jam" ->
excessive_overtime) and from the categories that are one ("gaji_tidak_dibayar" is withholding of
wages). ``wants`` are the flows' option ids: pulang, gaji, paspor, pindah, hukum, and jenazah (the
family's: the body brought home).
"""

from __future__ import annotations

from flows.understand.matcher import Match
from flows.understand.normalize import Text
from flows.understand.scoring import rank
from flows.understand.types import INDICATORS

STRONG = 2.0
FROM_CATEGORY = {
    "gaji_tidak_dibayar": "withholding_of_wages",
    "potongan_gaji": "withholding_of_wages",
    "penahanan_dokumen": "retention_of_documents",
    "kekerasan_seksual": "physical_sexual_violence",
    "penipuan_kerja": "deception",
}
#: what a category asks for when it is what happened ("kontrak habis, gk dipulangkan": to go home)
WANTS_FROM_CATEGORY = {"tidak_dipulangkan": "pulang"}
WANTS = ("pulang", "gaji", "paspor", "pindah", "hukum", "jenazah")
_KNOWN = frozenset(INDICATORS)


def read_indicators(
    text: Text, matches: list[Match], categories: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    found: dict[str, str] = {}
    for scored in rank(matches):
        if scored.value in _KNOWN and scored.score >= STRONG:
            found.setdefault(scored.value, text.quote(scored.best.start, scored.best.end))
    for category in categories:
        indicator = FROM_CATEGORY.get(category)
        if indicator:
            found.setdefault(indicator, "")
    ordered = [i for i in INDICATORS if i in found]
    return tuple(ordered), tuple(found[i] for i in ordered)


def read_wants(
    text: Text, matches: list[Match], categories: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    ranked = [s for s in rank(matches) if s.value in WANTS and s.score >= STRONG]
    body = [s.best for s in ranked if s.value == "jenazah"]
    # "pulangin jenazahnya": the body is brought home, the worker does not go home
    ranked = [s for s in ranked if s.value != "pulang" or not any(_overlap(s.best, b) for b in body)]
    ranked.sort(key=lambda s: s.first)
    wants = [s.value for s in ranked]
    quotes = [text.quote(s.best.start, s.best.end) for s in ranked]
    for category in categories:
        implied = WANTS_FROM_CATEGORY.get(category)
        if implied and implied not in wants:
            wants.append(implied)
            quotes.append("")
    return tuple(wants), tuple(quotes)


def _overlap(a: Match, b: Match) -> bool:
    return a.start < b.end and b.start < a.end
