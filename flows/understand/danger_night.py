"""A man at her door or in her room at night, sent to his room, her clothes torn: rules of the danger
reader (``danger_rules.RULES``) that need the night, the man and her fear told together."""

from __future__ import annotations

from flows.understand.danger_context import Hit, employer_side, negated, third_before
from flows.understand.danger_words import FIRST

#: while the wife is away: "pas taitai kerja", "kalau madam pergi"
_AWAY = frozenset({"pergi", "keluar", "kerja", "tidur", "away", "sleeps", "sleep", "asleep"})

_WIFE = frozenset({"taitai", "madam", "nyonya", "istrinya", "istri", "mama", "ibu", "wife", "maam", "nyonyah"})


def _wife_away(words: list[str]) -> bool:
    """ "pas taitai kerja", "when madam sleep": the wife of the house is not there."""
    return any(w in _AWAY and _WIFE.intersection(words[max(0, k - 2) : k]) for k, w in enumerate(words))


#: Malay "bilik", Sundanese "kamarna"
_ROOM = frozenset({"kamar", "kmr", "room", "bedroom", "bilik"})

#: her room said of her by someone else: "majikan laki2 maksa masuk kamarnya tiap malam"
_HER_ROOM = frozenset({"kamarnya", "kmrnya", "kamarku", "kamar2", "biliknya", "kamarna"})

#: a man of the house: "tiap malam sy ngunci pintu kamar krn bapak suka masuk"
_MAN = frozenset({"bapak", "pak", "tuan", "baba", "sinsang", "laoban", "sir", "mister", "suami", "suaminya", "laki",
                  "laki2", "cowok", "anaknya", "kakek", "akong", "grandpa", "husband"})  # fmt: skip

#: she locks or wedges her door: "sy ngunci pintu kamar", "pintu sy ganjal lemari"
_LOCKS_HERSELF = frozenset({"ngunci", "kunci", "mengunci", "dikunci", "lock", "locked", "ganjal", "ngeganjal"})

_NIGHT = frozenset({"malam", "malem", "mlm", "malam2", "malem2", "night", "tengah", "subuh", "dini", "semalam",
                    "semalem", "tonight", "lastnight"})  # fmt: skip

FORCING = frozenset({"paksa", "maksa", "memaksa", "force", "forced", "forcing"})


def night_visits(words: list[str], i: int, raw: str) -> Hit | None:
    """ "baba masuk kamar sy malam2", "sinsang suka masuk kamar pas taitai kerja, sy takut": a man
    of the house coming into her room at night, when the wife is away, or so that she is afraid."""
    forced_in = _forcing_in(words, i)
    if forced_in is not None:
        return forced_in
    j = i + 2 if i + 1 < len(words) and words[i + 1] in ("ke", "into", "in", "to") else i + 1
    if j + 1 < len(words) and words[j] in ("my", "our"):
        j += 1  # "comes into my room"
    if j < len(words) and words[j] in _HER_ROOM:
        # her room, told by her or by family: forced, at night, or feared
        if negated(words, i):
            return None
        forced = i > 0 and words[i - 1] in ("maksa", "memaksa", "paksa", "dipaksa", "nekat")
        if forced or _NIGHT.intersection(words[max(0, i - 4) : j + 6]) or AFRAID.intersection(words):
            return Hit("danger", i, j + 1, third_before(words, i) and words[j] != "kamarku")
        return None
    if (j >= len(words) or words[j] not in _ROOM) and _locks_her_door(words, i):
        return Hit("danger", max(0, i - 3), i + 1, False)
    if j >= len(words) or words[j] not in _ROOM:
        return None
    if words[j + 1 : j + 2] in (["dia"], ["her"]) and not negated(words, i):
        # "kafilnya suka masuk kamar dia malem2": her room, told by family
        if _NIGHT.intersection(words[max(0, i - 4) : j + 6]) or AFRAID.intersection(words) or _wife_away(words):
            return Hit("danger", i, j + 2, True)
        return None
    if FORCING.intersection(words[j + 1 : j + 5]) and not negated(words, i):
        # "bos nya masuk kamar malem2 paksa dia": forced on her in her room ("kamar sy": the writer's)
        hers = bool(FIRST.intersection(words[j + 1 : j + 2]))
        return Hit("danger", i, j + 1, not hers and third_before(words, i) and not employer_side(words, i))
    if _habitual_man(words, i) and words[j + 1 : j + 2] not in ([w] for w in KIN_OTHER) and not negated(words, i):
        # "suaminya sering masuk kamar", "majikan lakinya suka masuk kamar": a man of the house
        # who comes into her room as a habit
        return Hit("danger", max(0, i - 3), j + 1, third_before(words, max(0, i - 3)))
    mine = FIRST | {"my", "our"}
    if not mine.intersection(words[j - 1 : j + 3]) and not AFRAID.intersection(words):
        return None  # "majikan masuk kamar anaknya": not hers, and nobody afraid
    if negated(words, i):
        return None
    if not (_NIGHT.intersection(words[max(0, i - 4) : i + 6]) or AFRAID.intersection(words) or _wife_away(words)):
        return None
    return Hit("danger", i, j + 1, False)  # her room: whoever comes, it is she who is in danger


#: the room or its door, named before someone forces his way in
_ROOM_OR_DOOR = _ROOM | _HER_ROOM | frozenset({"pintu", "pintunya", "door"})

#: forced to go in somewhere to work: "maksa masuk kerja" is not someone forcing her door
_TO_WORK = frozenset({"kerja", "kantor", "sekolah", "shift", "work", "lembur", "pabrik"})

#: as a habit: "suka masuk", "sering masuk", "suka nyoba masuk"
_HABIT = frozenset({"suka", "sering", "selalu", "sllu", "slalu", "always", "often", "keep", "keeps"})

#: a grown man of the house, not her own husband nor a child
_GROWN_MAN = frozenset({"tuan", "baba", "sinsang", "laoban", "sir", "mister", "suaminya", "lakinya", "laki2nya",
                        "husband", "bos", "boss", "bosnya", "sopir", "supir", "driver"})  # fmt: skip

#: someone else's room: "masuk kamar anaknya", "masuk kamar nenek"
KIN_OTHER = frozenset({"anak", "anaknya", "anak2", "nenek", "kakek", "ibu", "ibunya", "madam", "dia", "mereka", "tamu",
                       "his", "their"})  # fmt: skip


def _habitual_man(words: list[str], i: int) -> bool:
    """A grown man of the house comes in as a habit: "suaminya sering masuk", "majikan lakinya
    suka nyoba masuk"."""
    before = words[max(0, i - 4) : i]
    if not _HABIT.intersection(before[-3:]):
        return False
    k = max((n for n, w in enumerate(before) if w in _GROWN_MAN), default=-1)
    return k >= 0 and not (FIRST | {"my"}).intersection(before[k + 1 : k + 2])


def _forcing_in(words: list[str], i: int) -> Hit | None:
    """ "sopir majikan ngetok2 pintu kamar sy maksa masuk": someone forcing his way into her room;
    the room or its door named just before, not a place of work after."""
    if not i or words[i - 1] not in FORCING or (i + 1 < len(words) and words[i + 1] in _TO_WORK):
        return None
    before = words[max(0, i - 8) : i]
    if not _ROOM_OR_DOOR.intersection(before) or negated(words, i - 1):
        return None
    hers = bool((FIRST | {"my", "our"}).intersection(before))
    return Hit("danger", i - 1, i + 1, not hers and third_before(words, i - 1) and not employer_side(words, i - 1))


def _locks_her_door(words: list[str], i: int) -> bool:
    """ "tiap malam sy ngunci pintu kamar krn bapak suka masuk pas ibu tidur": she locks her room
    because a man of the house comes in (at night, or while the wife is away)."""
    before = words[max(0, i - 9) : i]
    if not (
        _LOCKS_HERSELF.intersection(before)
        and _ROOM.intersection(before)
        and _MAN.intersection(words[max(0, i - 3) : i])
    ):
        return False
    return _unguarded_hour(words)


def _unguarded_hour(words: list[str]) -> bool:
    """At night, while the wife of the house is away, or she is afraid: when a man's attention to
    her room is a danger, not a chore."""
    return bool(_NIGHT.intersection(words) or _wife_away(words) or AFRAID.intersection(words))


#: she is afraid of it: "sinsang suka masuk kamar pas taitai kerja, sy takut" (defined twice before the
#: module was split; this set, the second, was the one read)
AFRAID = frozenset({"takut", "tkt", "ketakutan", "gemeteran", "gemetar", "scared", "afraid", "terrified", "wedi"})

_CLOTHES = frozenset({"baju", "pakaian", "celana", "kerudung", "jilbab", "hijab", "clothes", "dress", "shirt"})


def torn_clothes(words: list[str], i: int, raw: str) -> Hit | None:
    """ "baju sy dirobek2 sm majikan", "he tore my clothes": her clothes torn by someone."""
    if negated(words, i) or not _CLOTHES.intersection(words[max(0, i - 3) : i + 4]):
        return None
    hers = bool((FIRST | {"my"}).intersection(words[max(0, i - 3) : i + 4]))
    return Hit("danger", i, i + 1, False) if hers else None


#: the same said by him, her named after: "tuan manggil sy ke kamarnya", "he call me to his room"
SENDS = frozenset({"manggil", "memanggil", "panggil", "nyuruh", "menyuruh", "suruh", "ngajak", "mengajak", "ajak",
                    "maksa", "memaksa", "call", "calls", "ask", "asks", "tell", "tells", "order", "orders",
                    "force", "forces"})  # fmt: skip


def sent_to_his_room(words: list[str], i: int, raw: str) -> Hit | None:
    """ "kakak sy disuruh ke kamar bapak tiap malam pas nyonya pergi": she is sent to a man's room
    at night, while the wife is away, or so that she is afraid (not "disuruh ke kamar mandi")."""
    at = i + 2 if words[i] in SENDS else i + 1  # "manggil sy ke kamarnya": her named first
    if words[i] in SENDS and not (words[i + 1 : i + 2] and words[i + 1] in FIRST | {"me"}):
        return None
    rest = words[at : at + 5]
    if not rest or rest[0] not in ("ke", "to", "into") or negated(words, i):
        return None
    room = next((k for k, w in enumerate(rest) if w in _ROOM or w in _HIS_ROOM), -1)
    if room < 0:
        return None
    his = rest[room] in _HIS_ROOM and bool(_MAN.intersection(words[:i]))  # "tuan ... manggil sy ke kamarnya"
    if not his and not _MAN.intersection(rest[room + 1 : room + 3] + rest[max(0, room - 2) : room]):
        return None
    if not _unguarded_hour(words):
        return None
    return Hit("danger", i, at + 1 + room, third_before(words, i))


#: his room, said with -nya after a man of the house was named: "tuan ... manggil sy ke kamarnya"
_HIS_ROOM = frozenset({"kamarnya", "kmrnya", "biliknya"})


#: a lock taken off: "dicopot", "dilepas", "dibongkar", "removed", "took off"
LOCK_REMOVED = frozenset({"dicopot", "dicopotin", "nyopot", "nyopotin", "copot", "dilepas", "dilepasin", "ngelepas",
                          "dibongkar", "ngebongkar", "removed", "remove", "removes"})  # fmt: skip
_LOCKS = frozenset({"kunci", "kuncinya", "gembok", "gemboknya", "grendel", "grendelnya", "slot", "selot", "lock",
                    "locks", "kunci2"})  # fmt: skip
#: a lock changed or mended: "diganti yg baru", "rusak", "dibenerin"
_MENDED = frozenset({"ganti", "diganti", "gantiin", "baru", "rusak", "benerin", "dibenerin", "diperbaiki", "repair",
                     "replace", "replaced", "broken", "new", "tukang"})  # fmt: skip


def lock_taken_off(words: list[str], i: int, raw: str) -> Hit | None:
    """The lock of her room taken off by someone of the house: "kunci pintu kamar sy dicopot
    majikan", "pintu kamar sy gk ada kuncinya, dicopot sama tuan". So that he can come in: a
    danger as the night visits are. Not her own doing, not a lock mended or changed, not a
    room that is not hers ("kunci kamar mandi dicopot tukang buat diganti")."""
    window = words[max(0, i - 8) : i + 5]
    if negated(words, i) or not _LOCKS.intersection(window) or _MENDED.intersection(words):
        return None
    room = next((k for k in range(max(0, i - 8), i) if words[k] in _ROOM), -1)
    hers = (room >= 0 and FIRST.intersection(words[room + 1 : room + 3])) or _HER_ROOM.intersection(window)
    if not hers or "mandi" in words[room + 1 : room + 2]:
        return None
    if FIRST.intersection(words[i + 1 : i + 2]) or words[i + 1 : i + 2] == ["sendiri"]:
        return None  # "sy copot sendiri": she did it
    return Hit("danger", max(0, room), i + 1, third_before(words, max(0, room)))
