"""Danger told of, not lived: the news, a drama she watched, hearsay, a scammer's lie, a word asked
about, an emergency number asked for, how someone died, a figure of speech, a match's foul, a
word taken back at once. Look-alikes read after a rule has fired (danger_lookalikes.taken_back)."""

from __future__ import annotations

from flows.understand.danger_context import kin_named
from flows.understand.danger_over import CRY_OR_FEAR
from flows.understand.danger_phrases import LIKE
from flows.understand.danger_words import FIRST, NEGATORS

#: she takes the word back: "sy dijual... eh maksudnya hp sy mau dijual"
_CORRECTION = frozenset({"maksudnya", "maksudku", "maksud", "typo", "salah", "mean", "meant"})


def corrected(words: list[str], end: int) -> bool:
    """A correction right after what was said ("eh maksudnya", "salah ketik", "i mean"), or soon
    after it ("'dijual' ke majikan lain, ternyata maksudnya pindah kontrak")."""
    if "maksudnya" in words[end : end + 7] and "ternyata" in words[end : end + 7]:
        return True
    after = words[end : end + 3]
    return bool(_CORRECTION.intersection(after)) and (
        "eh" in after
        or "maksudnya" in after
        or "typo" in after
        or "ketik" in words[end : end + 4]
        or "mean" in after
        or "meant" in after
    )


def not_meant(words: list[str]) -> bool:
    """ "he dont mean it", "dia gk serius": the words were not meant."""
    for k, word in enumerate(words):
        if word == "mean" and words[k + 1 : k + 2] == ["it"] and words[k - 1 : k] in _NOT_BEFORE_MEAN:
            return True
        if word == "serius" and k > 0 and words[k - 1] in NEGATORS:
            return True
    return False


_NOT_BEFORE_MEAN = (["don"], ["t"], ["not"], ["doesn"], ["didn"], ["never"])

#: a match and who plays it, for a blow said of a player: "pemainnya nendang lawan", "kiper
#: ditendang striker", "the referee", not her
_MATCH = frozenset({"pemain", "pemainnya", "wasit", "pertandingan", "pertandingannya", "timnas", "penalti", "pinalti",
                    "kiper", "striker", "gol", "ronde", "ufc", "sepakbola", "football", "soccer", "referee", "player",
                    "players", "match", "goalkeeper", "dikartu", "lawannya", "opponent"})  # fmt: skip


def a_match(words: list[str], start: int, end: int) -> bool:
    """A match named near the blow, and she not in the blow's clause: "pemainnya dikartu merah
    krn nendang lawan", "pemain kita dipukul lawan" (not "pas nonton timnas, majikan nendang sy")."""
    if not _MATCH.intersection(words[max(0, start - 8) : end + 8]):
        return False
    before = words[max(0, start - 6) : start]
    after = words[end : end + 4]
    clause = before[len(before) - before[::-1].index(",") :] if "," in before else before
    clause += words[start:end] + (after[: after.index(",")] if "," in after else after)
    hers = [k for k, w in enumerate(clause) if w in FIRST and not (k and clause[k - 1] in _TEAM)]
    return not hers and not CRY_OR_FEAR.intersection(words)


#: whose side a player is on: "pemain kita", "tim kami"
_TEAM = _MATCH | {"tim", "team", "timnya", "klub", "club"}

#: someone else's story in the news or a show: "liat berita ada TKW dibunuh di arab"
_MEDIA = frozenset({"berita", "news", "viral", "koran", "artikel", "video", "film", "sinetron", "drakor", "drama",
                    "movie", "youtube", "tiktok", "fb", "facebook", "grup", "adegan", "scene", "radio"})  # fmt: skip

#: what she did with the news or the show: "film yg sy tonton", "berita yg aku baca"
_WATCHED = frozenset({"tonton", "nonton", "liat", "lihat", "baca", "dengar", "denger", "watch", "watched", "read",
                      "saw", "see"})  # fmt: skip

#: how far before what is told the news may be named: "nonton berita di tv malaysia soal pembantu
#: indonesia dikurung"
_NEWS_REACH = 12

_PLEA = frozenset({"tolong", "tlg", "tolongin", "help", "sos"})

#: where people post (not the news): a plea after what is told there is passed on for help
_POSTED = frozenset({"grup", "group", "fb", "facebook", "tiktok", "wa", "status"})

_NEWS = frozenset({"berita", "news", "koran", "radio", "artikel", "sinetron", "film", "movie", "drakor"})

#: a show that what is told happens in: "in the movie", "di drakor"
_SHOWS = frozenset({"film", "movie", "sinetron", "drakor", "drama", "series", "episode", "anime", "game"})

_IN = frozenset({"in", "di", "dalam", "dlm"})

#: the news, named right after what is told: "disiksa di berita", "in the news" (not a post)
_IN_THE_NEWS = frozenset({"berita", "koran", "news", "tv", "televisi", "tivi", "radio"})

#: who plays a part: "pemeran utamanya diculik", "the main character was killed"
_PLAYED_BY = frozenset({"pemeran", "pemerannya", "tokoh", "tokohnya", "karakter", "karakternya", "aktor", "aktris",
                        "actor", "actress", "character", "characters", "heroine", "hero"})  # fmt: skip

#: a clause after the show's that opens on a day of their lives: "..., kmrn dia dipukul suaminya"
_A_DAY_OPENS = tuple([w] for w in ("kmrn", "kemarin", "kemaren", "kmren", "kmaren", "td", "tadi", "tdi", "barusan",
                                   "yesterday"))  # fmt: skip

#: what breaks into her watching: "lg nonton film, tiba2 majikan nampar"
_BREAKS_IN_WATCHING = frozenset({"tiba2", "tiba", "suddenly", "tau2", "taunya"})


def news(words: list[str], start: int, end: int) -> bool:
    """Read in the news or seen in a show, with nothing of her own between: not her danger."""
    before = words[max(0, start - 6) : start]
    after = words[start + 1 : start + 6]
    if _PLAYED_BY.intersection(words[max(0, start - 3) : start]):
        return True  # "drama taiwan yg lg tayang, pemeran utamanya diculik": a part played
    if any(w in LIKE and _MEDIA.intersection(after[k + 1 : k + 3]) for k, w in enumerate(after)):
        return True  # "sy takut dia ketipu terus dijual kayak di berita2": a fear from the news
    if any(w in _IN and _SHOWS.intersection(after[k + 1 : k + 3]) for k, w in enumerate(after[:4])):
        return True  # "he was shot dead in the movie", "dibunuh di sinetron": a story on a screen
    if any(w in _IN and _IN_THE_NEWS.intersection(after[k + 1 : k + 2]) for k, w in enumerate(after[:3])):
        if not _PLEA.intersection(words) and not FIRST.intersection(words[max(0, start - 3) : start + 1]):
            return True  # "kasus penyiksaan pmi di berita td, lapornya kemana": a case in the news
    if not _MEDIA.intersection(before):
        # the news (not a post or a call) named further back: "nonton berita di tv malaysia soal
        # pembantu indonesia dikurung"
        before = words[max(0, start - _NEWS_REACH) : start]
        if not _NEWS.intersection(before):
            return False
    k = max(i for i, w in enumerate(before) if w in _MEDIA)
    if _PLEA.intersection(before[k + 1 :]):
        return False  # "ada tkw di grup wa minta tlg, katanya dikunci": a plea passed on, not the news
    if before[k] in _POSTED and _PLEA.intersection(words[start:]):
        # "grup wa PMI: ada cewek dikurung di apartemen, tlg ada yg bs hubungi polisi": a plea
        return False
    if kin_named(words, 0, start - len(before) + k) and before[k] not in _SHOWS:
        return False  # "my cousin write on fb she want to jump": someone of hers posted it (not a film she told of)
    told = before[k + 1 :]
    if "," in told and told[len(told) - told[::-1].index(",") :][:1] in _A_DAY_OPENS:
        return False  # "adik sy suka nonton sinetron tiap malem, kmrn dia dipukul suaminya": a day of hers
    if _BREAKS_IN_WATCHING.intersection(told) or FIRST.intersection(words[start:end]):
        return False  # "sy lg nonton film, tiba2 majikan nampar", "... majikan mukul kepala sy": hers
    if same_to_her(told):
        return False  # "di berita rame kekerasan pmi, sy jg ngalamin, tiap hari ditampar": hers too
    if "," in told:
        # only the clause of what is told: "film horor semalem bikin sy gk bisa tidur, ada yg dikurung"
        told = told[len(told) - told[::-1].index(",") :]
    # "film yg sy tonton ...": she is the one who watched, not one in the story
    return not any(w in FIRST and not _WATCHED.intersection(told[j + 1 : j + 2]) for j, w in enumerate(told))


#: "too", "the same", "go through": what she says of herself after the news ("sy jg ngalamin")
_TOO = frozenset({"jg", "juga", "jga", "gitu", "sama", "ngalamin", "mengalami", "alami", "ngalami", "too", "also",
                  "same", "experience", "experienced"})  # fmt: skip


def same_to_her(told: list[str]) -> bool:
    """She says it happens to her too, in the words after the news: "sy jg ngalamin", "sy juga
    sama kak", "me too" (and not "sy jg nonton", she watched it too)."""
    return any(
        w in FIRST and _TOO.intersection(told[j + 1 : j + 3]) and not _WATCHED.intersection(told[j + 1 : j + 4])
        for j, w in enumerate(told)
    )


#: a death told: she has died, whatever is said of how
_DEATH = frozenset({"meninggal", "wafat", "tewas", "meninggoy", "almarhum", "almarhumah", "alm", "jenazah",
                    "jenazahnya", "mayat", "mayatnya", "jasad", "jasadnya", "died", "dead", "body", "passed", "funeral",
                    "autopsi", "autopsy", "otopsi", "dimakamkan", "pemakaman", "seda", "pupus"})  # fmt: skip

#: the cause doubted by her family: "kata polisi bunuh diri, kami gk percaya"
_BELIEVE = frozenset({"percaya", "believe", "yakin"})


def how_she_died(words: list[str], start: int, end: int) -> bool:
    """Self-harm named as the cause of a death (told by her family), not as a wish of the writer:
    a death said outside the words, or the cause doubted ("kami gk percaya"), and no wish
    ("pengen", "mau") just before."""
    if WISH.intersection(words[max(0, start - 3) : start + 1]):
        return False
    outside = words[:start] + words[end:]
    doubted = any(w in _BELIEVE and NEGATORS.intersection(words[max(0, k - 2) : k]) for k, w in enumerate(words))
    return bool(_DEATH.intersection(outside)) or doubted


#: her own wish before it, which a sermon does not have: "pengen bunuh diri tp takut dosa"
WISH = frozenset({"pengen", "pengin", "pingin", "pgn", "ingin", "mau", "want", "rasanya", "kepikiran", "niat",
                   "hoyong", "arep", "nak"})  # fmt: skip

#: a swindle, and a swindler's claim: "penipuan yg ngaku dr polisi bilang anak ibu ditangkap"
_SCAM = frozenset({"penipuan", "penipu", "modus", "hoax", "hoaks", "scam", "scammer", "scammers", "nipu", "menipu",
                   "tipuan"})  # fmt: skip

#: posing as someone (not "bos scam bilang ...", a scam compound's boss, nor scamming as forced work)
_CLAIMS = frozenset({"ngaku", "ngaku2", "mengaku", "ngakunya", "pretend", "pretending", "impersonate", "posing"})

_SCAM_WORK = frozenset({"kerja", "work", "working", "disuruh", "dipaksa", "forced", "target", "bos", "boss"})


def a_scammers_tale(words: list[str], start: int) -> bool:
    """A swindle named and then what the swindler claims ("penipuan yg ngaku dr BP2MI bilang anak
    kita disekap terus minta transfer"): the danger told is the lie, unless someone cries out."""
    before = words[max(0, start - 15) : start]
    k = next((k for k, w in enumerate(before) if w in _SCAM), -1)
    if k < 0 or not _CLAIMS.intersection(before[k + 1 :]) or _SCAM_WORK.intersection(words):
        return False
    return not CRY_OR_FEAR.intersection(words)


#: what tells a story: a show, a book
_TOLD_IN = _SHOWS | {"sinetron", "drakor", "novel", "komik", "webtoon", "cerpen", "cerbung", "buku", "book"}

#: what she did with it or what it tells, said near its name: "yg ditonton nyonya", "isinya"
_ITS_STORY = _WATCHED | {"ditonton", "dibaca", "isinya", "ceritanya", "kisahnya", "alurnya", "episodenya", "tentang",
                         "about", "story", "plot", "judulnya"}  # fmt: skip

#: what breaks into her watching: "lg nonton film, tiba2 majikan nampar"
_BREAKS_IN = frozenset({"tiba2", "tiba", "suddenly", "tau2", "taunya", "skrg", "sekarang", "now", "td", "tadi"})

#: hers, said bare (a story's is "majikannya", "her boss")
_HER_BOSS = frozenset({"majikan", "madam", "mam", "bos", "boss", "employer", "agen", "tuan", "sir", "nyonya"})


def a_story_watched(words: list[str], start: int, end: int) -> bool:
    """A show or a book named earlier with what she did with it or what it tells ("sinetron india
    yg ditonton nyonya tiap malem isinya racun2an trs, mertua mau bunuh menantu"): what is told
    after is its story, when nothing breaks into the watching ("tiba2"), nobody cries out, no one
    of hers is named before, and neither she nor her employer is in the clause of what is told."""
    k = next((k for k in range(start - 1, max(-1, start - 25), -1) if words[k] in _TOLD_IN), -1)
    if k < 0 or not _ITS_STORY.intersection(words[max(0, k - 3) : k + 8]):
        return False
    if _BREAKS_IN.intersection(words[k:start]) or CRY_OR_FEAR.intersection(words) or kin_named(words, 0, start):
        return False
    before = words[k + 1 : start]
    after = words[end : end + 6]
    clause = before[len(before) - before[::-1].index(",") :] if "," in before else before
    clause = clause + words[start:end] + (after[: after.index(",")] if "," in after else after)
    # she is in it only as who watches: "... bunuh menantu 🙄 sy ikut nonton"
    hers = [j for j, w in enumerate(clause) if w in FIRST and not _WATCHED.intersection(clause[j + 1 : j + 3])]
    return not hers and not _HER_BOSS.intersection(clause)


#: "pernah denger ada ...", "i ever heard a maid ...": heard of, in general
_HEARD = frozenset({"denger", "dengar", "mendengar", "heard", "hear"})

_EVER = frozenset({"pernah", "prnh", "ever", "often", "sering"})

_SOMEONE = frozenset({"ada", "a", "some", "banyak", "many",
                      # a story or a case heard of: "pernah denger kasus PMI dibunuh", "denger cerita TKW disekap"
                      "kasus", "cerita", "berita", "kabar", "story", "stories", "case", "cases"})  # fmt: skip


def heard_of(words: list[str], start: int) -> bool:
    """ "sy pernah denger ada tki disiksa": a thing heard of about someone, not of hers (the kin
    of "sy denger adik sy dipukul" keeps it read)."""
    before = words[max(0, start - 10) : start]
    for k, word in enumerate(before):
        if word in _HEARD and _EVER.intersection(before[max(0, k - 2) : k]) and _SOMEONE.intersection(before[k + 1 :]):
            offset = start - len(before)
            return not kin_named(words, offset + k, start) and not FIRST.intersection(before[k + 1 :])
    return False


#: the emergency asked about as a number to call
_NUMBER = frozenset({"number", "nomor", "nomer", "no", "nmr", "hotline", "kontak", "contact"})


def an_emergency_number(words: list[str], start: int, end: int) -> bool:
    """ "what number i call in emergency", "nomor darurat kbri brp": a number asked, nothing else
    in the hit."""
    said = words[start:end]
    if not said or not all(w in ("emergency", "darurat") for w in said):
        return False
    return bool(_NUMBER.intersection(words[max(0, start - 5) : end + 2]))


#: a word asked about: "what is 'disiksa' in english", "'dikurung' artinya apa"
_MEANING = frozenset({"artinya", "arti", "meaning", "means", "translate", "terjemahan", "terjemahannya",
                      "inggrisnya", "arabnya", "mandarinnya", "english", "inggris", "arabic", "mandarin",
                      "cantonese", "kantonis"})  # fmt: skip


def word_asked(words: list[str], start: int, end: int) -> bool:
    """The word is asked about, its meaning or its name in a language, in the same breath: right
    after ("disiksa in english", "dikurung artinya") or just before ("arti kata disekap")."""
    after = words[end : end + 3]
    before = words[max(0, start - 3) : start]
    if "," in after:
        after = after[: after.index(",")]
    asked = bool(_MEANING.intersection(after)) or bool({"arti", "artinya", "meaning"}.intersection(before))
    return asked and not FIRST.intersection(words[start:end]) and not CRY_OR_FEAR.intersection(words[end:])


def figure(words: list[str], start: int) -> bool:
    """ "my boss kill me with work today": a figure of speech, said with what does the killing;
    "rasanya kayak dibunuh pelan2 sama agen": a likeness, not a deed."""
    if words[start] in ("dibunuh", "mati", "bunuh") and _LIKE.intersection(words[max(0, start - 2) : start]):
        return True
    for k in range(start, min(len(words), start + 3)):
        if words[k] in ("kill", "kills", "killing"):
            if words[k + 1 : k + 3] == ["me", "with"]:
                return True  # "you will kill me with your cooking"
            return bool(_PASTIMES.intersection(words[max(0, k - 3) : k]))  # "this game kill me every time"
    return False


_LIKE = frozenset({"kayak", "kyk", "kaya", "seperti", "spt", "like", "macam", "bagai", "bagaikan"})

#: what "kills" her in play
_PASTIMES = frozenset({"game", "games", "drama", "movie", "film", "song", "lagu", "match"})
