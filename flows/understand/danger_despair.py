"""Despair told without the word: dying along, rather dead, going to meet God, veins cut, things given
away, a life ended by an act. Rules of the danger reader (``danger_rules.RULES``)."""

from __future__ import annotations

from flows.understand.danger_context import Hit, negated, third_before
from flows.understand.danger_words import FIRST, NEGATORS

_ENDS = frozenset({"selesai", "beres", "berakhir", "end", "ends", "over", "tamat", "mati"})

_IF_WORDS = frozenset({"kalau", "kalo", "klo", "kl", "if", "jika", "seandainya"})

#: what she takes or does to herself
_ACTS = frozenset({"minum", "telan", "nelen", "menelan", "nenggak", "nengak", "took", "take", "swallow",
                   "swallowed", "drink", "drank", "loncat", "lompat", "terjun", "nyebrang", "jump", "nabrak",
                   "nabrakin", "gantung"})  # fmt: skip

#: what is swallowed to end it: a bottle, pills, poison, cleaner
_DOSE = frozenset({"botol", "bottle", "obat", "pil", "pills", "pill", "racun", "pembersih", "baygon", "tablet",
                   "semua", "all", "banyak", "many", "strip", "sebotol", "cairan"})  # fmt: skip


def ended_by_act(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy udh minum obat maag 1 botol, biar selesai", "kalo sy lompat biar semua berakhir": an
    act done to herself so that it ends. Not "minum obat biar cepet sembuh" (to heal)."""
    if words[i] in _ENDS:
        # "kalau aku lompat ke sungai ... pasti semua selesai": the end said after the act
        if i < 1 or words[i - 1] not in ("semua", "semuanya", "all", "everything"):
            return None
        after = [words[i]]
        before = words[max(0, i - 14) : i]
        if not _IF_WORDS.intersection(before):
            return None
    else:
        after = words[i + 1 : i + 4]
        before = words[max(0, i - 12) : i]
    if not _ENDS.intersection(after) or "sembuh" in after:
        return None
    act = next((k for k, w in enumerate(before) if w in _ACTS), -1)
    if act < 0 or not FIRST.intersection(before[max(0, act - 3) : act + 1]):
        return None
    if before[act] in (
        "minum",
        "telan",
        "nelen",
        "menelan",
        "nenggak",
        "nengak",
        "took",
        "take",
        "swallow",
        "swallowed",
        "drink",
        "drank",
    ) and not _DOSE.intersection(before[act:]):
        return None  # "minum kopi biar semua beres": not a dose
    start = i - len(before) + act
    return Hit("self_harm", start, min(i + 2, len(words)), third_before(words, start))


_BELONGINGS = frozenset({"barang", "baju", "things", "stuff", "belongings", "hartaku", "harta"})

_NO_NEED = frozenset({"butuh", "perlu", "need", "needed", "pakai", "pake"})


def gave_away(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy udh kasih semua barang sy ke temen, sy gk butuh lagi", "i give all my things to my
    friend, i dont need anymore": giving away what she owns as no longer needed (a warning sign
    of suicide in prevention guidance). Not giving things away before going home."""
    # "kasih semua barang sy", or the things first: "barang2 sy udh sy kasih semua ke adik"
    near = words[max(0, i - 5) : i + 5]
    if not _BELONGINGS.intersection(near) or not {"semua", "all"}.intersection(near):
        return None
    if {"pulang", "home", "mudik", "balik", "pindah", "move", "moving"}.intersection(words):
        return None  # "sy kasih semua barang ke temen krn mau pulang": going home
    for k in range(i + 4, min(len(words), i + 14)):
        if words[k] in _NO_NEED and (k and (words[k - 1] in NEGATORS or words[k - 1] in ("dont", "no", "t"))):
            return Hit("self_harm", i, k + 1, third_before(words, i))
    return None


def die_along(words: list[str], i: int, raw: str) -> Hit | None:
    """ "mending sy ikut mati sama anak sy yg udh gk ada", "pengen ikut mati aja": dying along
    with someone, wished (not "hp ikut mati", a phone, nor "ikut mati lampu")."""
    if words[i + 1 : i + 2] not in (["mati"], ["meninggal"], ["die"], ["mati2an"]) or words[i + 1] == "mati2an":
        return None
    if words[i + 2 : i + 3] and words[i + 2] in ("lampu", "listrik", "gaya", "kutu"):
        return None
    before = words[max(0, i - 4) : i]
    if not FIRST.intersection(before) or not (
        {"mending", "mendingan", "lebih", "pengen", "pengin", "ingin", "mau", "want", "better", "rasanya"}.intersection(
            before
        )
    ):
        return None
    return Hit("self_harm", max(0, i - 3), i + 2, third_before(words, max(0, i - 3)))


_FIGURES = frozenset({"ketawa", "gaya", "lampu", "kelaparan", "bosan", "bosen", "penasaran"})


def rather_dead(words: list[str], i: int, raw: str) -> Hit | None:
    """ "ibu sy bilang lebih baik dia mati drpd pulang bawa utang", "better i die than go back":
    death preferred to what her life is."""
    if words[i] == "baik" and (not i or words[i - 1] not in ("lebih", "lbh")):
        return None
    after = words[i + 1 : i + 4]
    dead = next((k for k, w in enumerate(after) if w in ("mati", "die", "dead", "meninggal", "mampus")), -1)
    if dead < 0 or not {"drpd", "daripada", "dripada", "than"}.intersection(words[i + 2 + dead : i + 5 + dead]):
        return None
    if _FIGURES.intersection(words[i + dead + 2 : i + dead + 8]):
        return None  # "lebih baik mati ketawa drpd ..."
    return Hit("self_harm", i, i + 2 + dead, third_before(words, i))


_WEARY = frozenset({"capek", "cape", "capai", "lelah", "penat", "tired", "kesel", "bosen", "muak"})


def to_meet_god(words: list[str], i: int, raw: str) -> Hit | None:
    """ "mau ketemu allah aja, capek di dunia", "pengen menghadap tuhan wae": wishing to meet God
    now, tired of the world (not a prayer, nor the hajj)."""
    if not {"ketemu", "menghadap", "bertemu", "meet", "see", "nyusul"}.intersection(words[max(0, i - 3) : i]):
        return None
    if not {"mau", "pengen", "pengin", "ingin", "want", "arep", "hoyong", "nak"}.intersection(words[max(0, i - 5) : i]):
        return None
    if not ({"aja", "wae", "saja", "je"}.intersection(words[i + 1 : i + 3]) or _WEARY.intersection(words)):
        return None
    if {"haji", "umroh", "umrah", "doa", "sholat", "solat", "pray", "insyaallah"}.intersection(words):
        return None
    return Hit("self_harm", max(0, i - 3), i + 1, third_before(words, max(0, i - 3)))


_CUTTING = frozenset({"potong", "motong", "nyayat", "sayat", "iris", "ngiris", "silet", "nyilet", "cut", "slit"})


def cut_veins(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy pengen motong nadi sy", "i want to cut my wrist": cutting her veins, wished or done."""
    if negated(words, i) or not _CUTTING.intersection(words[max(0, i - 3) : i]):
        return None
    if {"cek", "periksa", "check", "denyut", "pulse"}.intersection(words[max(0, i - 4) : i + 2]):
        return None  # a pulse taken
    return Hit("self_harm", max(0, i - 2), i + 1, third_before(words, max(0, i - 2)))
