"""The complaint's categories (KP2MI's codes, ``types.CATEGORIES``), ranked, several at once.

"gk digaji 5 bln, paspor ditahan, mau pulang" -> gaji_tidak_dibayar, penahanan_dokumen,
ingin_pulang. A value needs a score of at least ``STRONG`` (one plain statement) to be proposed;
when nothing is that plain, the single best hint is proposed alone. When the lexicon reads nothing
in a story, a trained model's confident reading is the second opinion (``category_model``,
ADR 0015; a question it reads as ``lainnya`` too, ADR 0019); otherwise what cannot be told is left
out. When it reads something, the same model has a say in which problem comes first (ADR 0017),
also before a hint alone, unless the hint is a question (ADR 0019, 7 December).
"""

from __future__ import annotations

from flows.understand import category_model, category_order, which_first
from flows.understand.lexicon import LEXICON
from flows.understand.matcher import Match
from flows.understand.normalize import BREAK, Text
from flows.understand.scoring import Scored, rank
from flows.understand.types import CATEGORIES

STRONG = 2.0
#: a hint this weak ("gaji", "paspor" alone) counts only as a short answer naming the topic
HINT = 1.0
TOPIC_WORDS = 3
#: a secondary category must weigh at least this share of the primary's score
SECONDARY_SHARE = 0.34
#: what dominates the case when it is said at all (a death, trafficking, sexual violence); a
#: question ("mau tanya") yields to the problem it asks about
PRIORITY = {"meninggal": 3.0, "perdagangan_orang": 1.0, "kekerasan_seksual": 1.0, "lainnya": -0.5}
#: at most this many alternatives, each at least this probable by the trained model (chosen on a
#: five-fold split of the tune part: a floor of 0.05 keeps every right alternative of 0.0 and
#: offers half as many)
ALTERNATIVES = 2
ALTERNATIVE_FLOOR = 0.05
#: when the model finds this much of its belief in "no problem told" and "other", the message
#: tells no problem ("sy mau lapor" put sexual violence first, from the word "lapor" alone)
NO_PROBLEM_MASS = 0.65
#: a category that says more than another one, which it then replaces: "kontrak habis tapi gk
#: dipulangkan" is tidak_dipulangkan (not also ingin_pulang); a death from illness or a fall is
#: meninggal; a scam that ends in a compound is trafficking
SUBSUMES = {
    "tidak_dipulangkan": ("ingin_pulang",),
    "meninggal": ("sakit", "kecelakaan"),
    "perdagangan_orang": ("penipuan_kerja",),
    "penipuan_kerja": ("putus_komunikasi",),  # the recruiter cannot be reached: part of the scam
    "gaji_tidak_dibayar": ("gagal_berangkat",),  # "gaji blm pernah dikirim": the wage not sent, not she
}
#: subsumed only where the words are the same: "agen gk bisa dihubungi" is the scam, but in "HP
#: ibu sy mati 3 bln, agen jg gk bisa dihubungi" the lost contact with her is a problem of its own
SAME_WORDS_ONLY = frozenset({("penipuan_kerja", "putus_komunikasi"), ("gaji_tidak_dibayar", "gagal_berangkat")})
_KNOWN = frozenset(CATEGORIES)


def read_categories(
    text: Text,
    matches: list[Match],
    *,
    guess: bool = True,
    reorder: bool = True,
    not_added: frozenset[str] = frozenset(),
    denials: list[Match] | tuple[Match, ...] = (),
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The categories, primary first, and for each the person's words that support it. When the
    lexicon reads none, the trained model's guess (``guess=False``: not even that). What comes
    first: the learned re-ranking of several (``category_order``), then the trained model's say
    (``_weighed``); ``reorder=False``: the lexicon's own order, which the re-ranking learns from.
    ``denials``: the ``denies:`` matches, problems her words say are not so ("paspor sy tidak
    ditahan", "gaji udh dibayar"): a hint inside the denied words is not read, nor does the
    trained model read the denied words (``model_text``)."""
    if denials:
        matches = [m for m in matches if m.weight >= STRONG or not _inside_denial(m, denials)]
    promised = promised_otherwise(text.words)
    if promised is not None:
        matches = [*matches, promised]
    ranked = [s for s in rank(matches) if s.value in _KNOWN]
    strong_values = {s.value for s in ranked if s.score >= STRONG}
    dropped = {
        d
        for v in strong_values
        for d in SUBSUMES.get(v, ())
        if (v, d) not in SAME_WORDS_ONLY or _said_within(matches, d, v)
    }
    if "putus_komunikasi" in strong_values and _agent_out_of_reach_only(text, matches):
        # "no news 2 month, agency not answering": the agency out of reach is part of the lost
        # contact with her, not a job scam of its own (it was filed as both)
        dropped.add("penipuan_kerja")
    ranked = [s for s in ranked if s.value not in dropped]
    if not ranked:
        return _second_opinion(text, denials) if guess else ((), ())
    death = next((s for s in ranked if s.value == "meninggal"), None)
    # a workmate's death told beside her own problem does not lead the case
    # her parent's death at home, told as why she wants to go home: going home leads
    going_home = death is not None and _parents_death_she_goes_home(text.words, death.first, ranked)
    others_death = death is not None and (going_home or someone_elses_death(text.words, death.first))
    priority = {**PRIORITY, "meninggal": 0.0} if others_death else PRIORITY
    ranked = sorted(ranked, key=lambda s: (-(s.score + priority.get(s.value, 0.0)), s.first))
    strong = [s for s in ranked if s.score >= STRONG]
    if not strong:
        best = ranked[0]
        if best.score < HINT and sum(w != BREAK for w in text.words) > TOPIC_WORDS:
            # "gaji" in a sentence about something else says nothing of its own
            return _second_opinion(text, denials) if guess else ((), ())
        hint = (best.value,), (text.quote(best.best.start, best.best.end),)
        if not reorder or best.value == "lainnya":
            return hint  # a question the lexicon knows as one ("boleh gk sy cari ...") stays one
        # a hint alone yields to what the model is sure of, as a plain statement does ("can i send
        # money home ..., my bank card lost": not going home; ADR 0019, addendum of 7 December)
        return which_first.put_first(text, *_named_first(*_weighed(text, *hint, not_added, denials)))
    top = strong[0].score + priority.get(strong[0].value, 0.0)
    chosen = [s for s in strong if s is strong[0] or s.score >= top * SECONDARY_SHARE]
    if len(chosen) > 1:
        # "something else" beside a named problem says nothing more ("... mau nanya hak sy")
        chosen = [chosen[0], *(s for s in chosen[1:] if s.value != "lainnya")]
    if len(chosen) > 1 and chosen[0].value == "meninggal" and others_death:
        chosen = [*chosen[1:], chosen[0]]
    if reorder and len(chosen) > 1:
        k = category_order.first_of(chosen, matches, text.words)
        if k:
            chosen = [chosen[k], *chosen[:k], *chosen[k + 1 :]]
    values = tuple(s.value for s in chosen)
    quotes = tuple(text.quote(s.best.start, s.best.end) for s in chosen)
    if reorder and (claim_after_death(values, text.words) or claim_after_healing(values, text.words)):
        k = values.index("jaminan_sosial")
        return (values[k], *values[:k], *values[k + 1 :]), (quotes[k], *quotes[:k], *quotes[k + 1 :])
    if not reorder:
        return values, quotes
    values, quotes = which_first.put_first(text, *_named_first(*_weighed(text, values, quotes, not_added, denials)))
    if going_home and values[0] == "meninggal" and len(values) > 1:
        return (*values[1:], values[0]), (*quotes[1:], quotes[0])  # the reason she goes, not the case
    return values, quotes


def _inside_denial(match: Match, denials: list[Match] | tuple[Match, ...]) -> bool:
    """A match of a problem within words that deny it: the "paspor" of "paspor sy tidak ditahan"."""
    value = match.label.partition(":")[2]
    return any(d.start <= match.start and match.end <= d.end and d.label.partition(":")[2] == value for d in denials)


def model_text(text: Text, denials: list[Match] | tuple[Match, ...] = ()) -> str:
    """What the trained model reads: the plain words less those that deny a problem ("paspor sy
    tidak ditahan, cuma gaji blm dibayar" -> "cuma gaji belum dibayar"): its n-grams cannot tell
    "paspor ditahan" from "paspor tidak ditahan". (Also barring the model from adding or guessing
    a denied problem was measured, ADR 0027: on the tune part it cost three right primaries.)"""
    if not denials:
        return text.plain()
    gone = {k for d in denials for k in range(d.start, d.end)}
    return " ".join(w for k, w in enumerate(text.words) if w != BREAK and k not in gone)


def _named_first(values: tuple[str, ...], quotes: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """ "Something else" behind a named problem says nothing more, also when the re-ranking has put
    the named problem before it ("mau tanya ..., apa sy harus bayar biaya lagi?")."""
    if len(values) < 2 or "lainnya" not in values[1:]:
        return values, quotes
    kept = [k for k, v in enumerate(values) if k == 0 or v != "lainnya"]
    return tuple(values[k] for k in kept), tuple(quotes[k] for k in kept)


#: whose death it is, read from the nearest person before the word of death: a workmate's or the
#: employer's family's ("temen sy 1 meninggal", "madam husband die") is told beside her own problem
_WORKMATES = frozenset(
    {
        "teman",
        "kawan",
        "rekan",
        "friend",
        "friends",
        "crew",
        "crewmate",
        "majikan",
        "employer",
        "majikanna",
        "majikannya",
    }
)
_HERS = frozenset({"anak", "suami", "istri", "adik", "kakak", "ibu", "bapak", "ayah", "saudara", "keponakan",
                   "sepupu", "brother", "sister", "husband", "wife", "son", "daughter", "mother", "father",
                   "saya", "i", "dia", "he", "she"})  # fmt: skip
_DEATH_REACH = 6


def someone_elses_death(words: tuple[str, ...], first: int) -> bool:
    """The first word of death (at ``first``) is said of a workmate or of the employer's family,
    within its clause: the case is the worker's own problem told around it."""
    for k in range(first - 1, max(-1, first - 1 - _DEATH_REACH), -1):
        word = words[k]
        if word == BREAK:
            return False
        if word in _WORKMATES:
            return True
        if word in ("nya", "na") and k and words[k - 1] in _ELDERS:
            # "mau pulang krn ibunya meninggal" (read "karena ibu nya"): her parent's death, the
            # reason she wants to go
            return bool(_BECAUSE.intersection(words[max(0, k - 3) : k - 1]))
        if word in _HERS:
            # "madam husband die": the employer's; "teman saya": "saya" owns the workmate before it
            before = words[k - 1] if k else ""
            if before in _WORKMATES or (word == "saya" and k and _WORKMATES.intersection(words[max(0, k - 2) : k])):
                return True
            return False
    return False


#: the worker's elders, whose death at home is a reason to go home, not the case's death
_ELDERS = frozenset({"ibu", "bapak", "ayah", "mama", "mamak", "emak", "bapa", "nenek", "kakek", "mertua"})
_BECAUSE = frozenset({"krn", "karena", "karna", "soalnya", "sebab", "gara2", "because", "coz"})


_ELDERS_EN = frozenset({"father", "mother", "dad", "mom", "mum", "grandmother", "grandfather", "grandma", "grandpa"})
#: where her parent died when it is not the case's death abroad ("bapak sy di kampung meninggal")
_AT_HOME = frozenset({"kampung", "desa", "indonesia", "indo", "village", "hometown", "home"})
_I = frozenset({"saya", "i", "me"})


def _parents_death_she_goes_home(words: tuple[str, ...], first: int, ranked: list[Scored]) -> bool:
    """Her own parent's death, told as why she wants to go home ("bantu sy pulang, bapak sy
    meninggal kemarin", "bapak sy di kampung meninggal kmrn, sy mau pulang", "i want go home,
    my mother died"): the case is going home, not a death abroad. Not when a body is to be brought
    home ("ibu sy meninggal di saudi, jenazahnya ..."), nor when the wish to go home is not hers."""
    if _BODY.intersection(words):
        return False
    home = next((s for s in ranked if s.value == "ingin_pulang"), None)
    if home is None:
        return False
    elder = False
    for k in range(first - 1, max(-1, first - 1 - _DEATH_REACH), -1):
        word = words[k]
        if word == BREAK:
            break
        if word in _ELDERS or word in _ELDERS_EN:
            elder = True
            break
        if word in ("saya", "nya", "my", "ku"):
            elder = bool(k and (words[k - 1] in _ELDERS or words[k - 1] in _ELDERS_EN))
            break
        if word in _HERS or word in _WORKMATES:
            return False
    if not elder:
        return False
    hers = bool(_I.intersection(words[max(0, home.first - 3) : home.first + 3]))
    return hers or bool(_AT_HOME.intersection(words[max(0, first - 4) : first + 4]))


#: healed: "udh sembuh", "already recovered"
_HEALED = frozenset({"sembuh", "pulih", "recovered", "healed", "membaik"})


def claim_after_healing(values: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """An accident or illness she has recovered from and a claim still open ("jatuh dr tangga 3
    bln lalu, udh sembuh. tp klaim asuransi gk diurus"): the claim is the case's open matter."""
    if values[:1] not in (("kecelakaan",), ("sakit",)) or "jaminan_sosial" not in values:
        return False
    return any(w in _HEALED and not negated_before(words, k) for k, w in enumerate(words))


def negated_before(words: tuple[str, ...], k: int) -> bool:
    """A negation in the two words before ``k``: "belum sembuh", "tidak pulih"."""
    return bool(LEXICON.classes.get("neg", frozenset()).intersection(words[max(0, k - 2) : k]))


#: the body, which while it is not home is what the family needs first
_BODY = frozenset({"jenazah", "jenazahnya", "mayat", "mayatnya", "jasad", "jasadnya", "body", "remains"})
#: the body home or buried: "jenazah sudah dipulangkan", "his body already arrived"
_DONE = frozenset({"sudah", "telah", "already", "was", "were", "been"})
_HOME = frozenset({"dipulangkan", "pulang", "sampai", "tiba", "dikubur", "dimakamkan", "dimakamin", "arrived",
                   "home", "buried", "sent"})  # fmt: skip
#: a death by accident, which mediators look into before its compensation
_ACCIDENT = frozenset({"kecelakaan", "accident", "jatuh", "fall", "fell", "ketiban", "tertimpa", "tertabrak",
                       "ditabrak", "collapse", "collapsed", "kesetrum"})  # fmt: skip
#: a death on a fishing boat, where forced labour is common (DOMAIN: fishing)
_AT_SEA = frozenset({"kapal", "abk", "ship", "boat", "vessel", "laut", "sea"})
#: the death itself in doubt: the family wants it looked into before any claim
_DOUBT = frozenset({"curiga", "janggal", "percaya", "suspicious", "believe", "aneh"})


def claim_after_death(values: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """A death from illness and a claim for its benefit ("ibu sy meninggal bln lalu krn serangan
    jantung, jenazah udh dipulangkan, tp santunan blm cair"): once the body is home, the claim is
    the case's open matter, so it comes first. Not while the body is still abroad, not after an
    accident or at sea (looked into first), nor when the death itself is in doubt."""
    if values[:1] != ("meninggal",) or "jaminan_sosial" not in values or _DOUBT.intersection(words):
        return False
    if "kecelakaan" in values or _ACCIDENT.intersection(words) or _AT_SEA.intersection(words):
        return False  # a death by accident or on a boat is looked into first
    if "pemulangan" in words:
        return False  # "ngurus asuransi sm pemulangan": the body is still to come
    for k, word in enumerate(words):
        if word in _BODY:
            after = words[k + 1 : k + 5]
            if not (_DONE.intersection(after) and _HOME.intersection(after)):
                return False  # the body named, and not as home: "jenazah masih di RS"
    return True


#: a job promised ("dijanjikan kerja di spa", "katanya kerja di pabrik", "harusnya kerja di panti")
_PROMISE = frozenset({"dijanjikan", "janji", "janjinya", "katanya", "harus", "seharusnya", "promised", "supposed",
                      "promise", "say", "said", "says", "tell", "told"})  # fmt: skip
#: what was said of the job in workers' English: "they say job in electronic factory", "agency tell
#: me job in cleaning service", "they promise factory job"
_SAID = frozenset({"say", "said", "says", "tell", "told"})
_JOB = frozenset({"job", "jobs", "work", "kerja"})
#: a turn told as what she does now, after a "but": "... but i work in farm", "tapi kerja di rumah"
_BUT = frozenset({"but", "tapi"})
_DOING = frozenset({"work", "working", "works", "kerja", "bekerja", "disuruh", "dipekerjakan"})
#: placed elsewhere instead: "but they send me to", "tapi perusahaan taruh saya di"
_PLACING = frozenset({"send", "sent", "put", "placed", "taruh", "ditaruh", "ditempatkan", "tempatkan", "dikirim",
                      "dipindah", "dipindahkan"})  # fmt: skip
_PLACED = frozenset({"me", "us", "saya", "kami", "her", "him", "dia"})
_PROMISED_WORK = frozenset({"kerja", "bekerja", "jadi", "sebagai", "work", "as", "to"})
#: and a later clause that turns ("tapi ternyata di rumah tangga", "sekarang malah kerja di rumah orang")
_TURN = frozenset({"ternyata", "malah", "instead", "nyatanya"})
_TURN_LEAD = frozenset({"tapi", "but", "sekarang", "dan", "terus", "lalu", "pas", "sampai", "sampe", "when",
                        "arrive", "arrived", "sana", "they", "agen", "broker", "perusahaan", "pt", "majikan",
                        "company"})  # fmt: skip
_KEPT = frozenset({"beneran", "benar", "bener", "memang", "emang", "sesuai", "sama", "really", "indeed"})
PROMISED_WEIGHT = 2.5


def promised_otherwise(words: tuple[str, ...] | list[str]) -> Match | None:
    """A job promised in one clause and what it turned out to be in a later one: "dijanjikan kerja
    di spa di bahrain, tp ternyata di rumah tangga". The lexicon's patterns stop at a clause
    break, so this one reading spans two. Not when the turn is denied ("ternyata tidak ada
    kerjaan": the scam's words, read by the lexicon)."""
    promise = next((k for k, w in enumerate(words) if w in _PROMISE and _promised_at(words, k)), None)
    if promise is None:
        return None
    seen_break = False
    for k in range(promise + 2, len(words)):
        word = words[k]
        if word == BREAK:
            seen_break = True
            continue
        if word in _BUT and (
            _doing_at(words, k + 1) or any(_placed_at(words, j) for j in range(k + 1, min(k + 3, len(words))))
        ):
            return Match("category:pekerjaan_tidak_sesuai", PROMISED_WEIGHT, promise, k + 1)
        if not seen_break or not (word in _TURN or _placed_at(words, k)):
            continue
        opens = k - 1
        while opens > promise and words[opens] != BREAK:
            opens -= 1
        if k - opens > 5 or any(w not in _TURN_LEAD for w in words[opens + 1 : k]):
            continue  # the turn must open its clause, perhaps after "tapi", "sekarang"
        if LEXICON.classes.get("neg", frozenset()).intersection(words[k + 1 : k + 4]):
            return None
        if _KEPT.intersection(words[k + 1 : k + 3]):
            return None  # "ternyata beneran di pabrik": the promise kept
        return Match("category:pekerjaan_tidak_sesuai", PROMISED_WEIGHT, promise, k + 1)
    return None


def _promised_at(words: tuple[str, ...] | list[str], k: int) -> bool:
    """ "dijanjikan kerja", "harusnya kerja", "agent promise me caregiver job": a job promised."""
    if words[k] not in _PROMISE or k + 1 >= len(words):
        return False
    nxt = words[k + 1]
    if nxt == "nya" and k + 2 < len(words):
        nxt = words[k + 2]  # "harus nya kerja"
    if words[k] in _SAID:
        after = words[k + 2 : k + 3] if nxt in _PLACED else (nxt,)
        return bool(_JOB.intersection(after))  # "they say job in ...", "tell me job in ..."
    if (
        words[k] in ("promise", "promised")
        and _JOB.intersection(words[k + 1 : k + 4])
        and BREAK not in words[k + 1 : k + 4]
    ):
        return True  # "they promise factory job"
    return nxt in _PROMISED_WORK or (words[k] == "promise" and nxt in _PLACED)


def _doing_at(words: tuple[str, ...] | list[str], k: int) -> bool:
    """ "(but) i work in farm", "(tapi) kerja di rumah": what she does now, told after a "but"."""
    if k < len(words) and words[k] in _PLACED | {"i", "we", "she", "he"}:
        k += 1
    return k < len(words) and words[k] in _DOING and not negated_before(tuple(words), k)


def _placed_at(words: tuple[str, ...] | list[str], k: int) -> bool:
    """ "but they send me to a house", "tapi perusahaan taruh saya di pabrik", "ditempatkan di":
    put somewhere else by someone (a person placed, not money sent)."""
    if words[k] not in _PLACING:
        return False
    return words[k].startswith("di") or (k + 1 < len(words) and words[k + 1] in _PLACED)


#: the words of "the agent cannot be reached" (the recruiter who took her money may be a scam)
_OUT_OF_REACH = frozenset({"answering", "answer", "answered", "reply", "replying", "reachable", "responding",
                           "respond", "dihubungi", "aktif", "respon", "balas", "bales", "jawab", "angkat", "diangkat",
                           "kabar"})  # fmt: skip


def _agent_out_of_reach_only(text: Text, matches: list[Match]) -> bool:
    """Every reading of a job scam is an agent out of reach, in other words than the lost
    contact's: "..., no news 2 month, agency not answering" (not "agen kabur bawa uang sy")."""
    scam = [m for m in matches if m.label == "category:penipuan_kerja"]
    lost = [m for m in matches if m.label == "category:putus_komunikasi"]
    if not scam or not lost:
        return False
    apart = any(all(not (m.start < n.end and n.start < m.end) for m in scam) for n in lost)
    return apart and all(_OUT_OF_REACH.intersection(text.words[m.start : m.end]) for m in scam)


def _said_within(matches: list[Match], inner: str, outer: str) -> bool:
    """Every match of ``inner`` overlaps one of ``outer``: the same words read two ways."""
    spans = [(m.start, m.end) for m in matches if m.label == f"category:{outer}"]
    return all(any(m.start < e and s < m.end for s, e in spans) for m in matches if m.label == f"category:{inner}")


#: English negations, beside the lexicon's own ({neg}: tidak, belum, bukan, ...)
_NOT = frozenset({"not", "no", "never", "dont", "don", "didn", "doesn", "isn", "wasn", "cannot", "without"})


def _weighed(
    text: Text,
    values: tuple[str, ...],
    quotes: tuple[str, ...],
    not_added: frozenset[str] = frozenset(),
    denials: list[Match] | tuple[Match, ...] = (),
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The lexicon's reading with the trained model's say in which problem comes first
    (``category_model.weigh``, ADR 0017). A primary only the model reads is quoted as the whole
    message: the bot says it back for her to confirm, like any understood value. ``not_added``:
    problems her words deny ("tiap hari masih wa sy": no lost contact), which the model may not
    add (only these: out of fold, barring every addition under any mask lost 28 messages)."""
    if PRIORITY.get(values[0], 0.0) > 0:  # a death, trafficking, sexual violence: said, it leads
        return values, quotes
    weighed = category_model.weigh(model_text(text, denials), values)
    weighed = tuple(v for v in weighed if v in values or v not in not_added)
    if weighed == values:
        return values, quotes
    quote_of = dict(zip(values, quotes, strict=True))
    whole = text.quote(0, len(text.words))
    return weighed, tuple(quote_of.get(v, whole) for v in weighed)


def _second_opinion(
    text: Text, denials: list[Match] | tuple[Match, ...] = ()
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What the trained model reads in a message the lexicon reads nothing in
    (flows/understand/category_model.py), quoted as the whole message. Character n-grams cannot
    tell "gk pernah dipukul" from "dipukul": in a message that says "not", the model must read the
    same problem with every denied phrase taken out (``_undenied``), or it says nothing. A denial
    then leaves nothing to read ("majikan baik, gk pernah dipukul"), while a problem told beside a
    "not" keeps its reading ("keep all worker passport ... we cannot go to town without it"):
    out of fold on the tune part, 29 more messages read right, 2 more answers given a problem."""
    plain = model_text(text, denials)
    words = plain.split()
    found = category_model.guess(plain) if words else None
    if found is None:
        return (), ()
    if any(_denies(w) for w in words):
        rest = _undenied(text.words)
        ranked = category_model.probabilities(" ".join(rest)) if rest else {}
        if not ranked or max(ranked, key=ranked.__getitem__) != found[0]:
            return (), ()
    return (found[0],), (text.quote(0, len(text.words)),)


#: what a "not" denies: itself and the next two words of its clause ("gk pernah dipukul")
_DENIED_SPAN = 2


def _denies(word: str) -> bool:
    return word in _NOT or word in LEXICON.classes.get("neg", ())


def _undenied(words: tuple[str, ...] | list[str]) -> list[str]:
    """The message's words without its denied phrases (chosen out of fold on the tune part: one,
    two or three words after the "not" read alike; two covers "tidak pernah dipukul")."""
    kept: list[str] = []
    skip = 0
    for word in words:
        if word == BREAK:
            skip = 0
        elif _denies(word):
            skip = _DENIED_SPAN
        elif skip:
            skip -= 1
        else:
            kept.append(word)
    return kept


def alternatives(text: Text, read: tuple[str, ...], denials: list[Match] | tuple[Match, ...] = ()) -> tuple[str, ...]:
    """The problems the trained model finds next most likely after ``read``: what the bot offers
    first, as buttons, when she says the problem it understood is not right (one tap instead of
    two lists). Never ``lainnya``, which has its own button, nor a message of fewer than three
    words (a name, a place); read without the words that deny a problem."""
    if text.plain().count(" ") < 2:
        return ()
    ranked = category_model.probabilities(model_text(text, denials))
    if ranked.get("_none", 0.0) + ranked.get("lainnya", 0.0) >= NO_PROBLEM_MASS:
        return ()  # "sy mau lapor utk anak sy": no problem told, so none to offer first
    found = [c for c in sorted(ranked, key=ranked.__getitem__, reverse=True) if c in _KNOWN and c not in read]
    return tuple(c for c in found if c != "lainnya" and ranked[c] >= ALTERNATIVE_FLOOR)[:ALTERNATIVES]
