"""Look-alikes of danger, read after a rule has fired: what takes a hit back.

A word taken back at once ("sy dijual... eh maksudnya hp sy"), the news or a drama, a dream, a
sport or a ball, a how-to question, a figure of speech ("kill me with work"), a threat said and
not meant, a fast, and a past that is over now ("dulu ... skrg udh di rumah"). Each was found in
a tune half of the danger set (ADR 0006) and is kept as a test in tests/unit/test_danger.py.
Later, from fresh messages written to probe the reader (6 December): a childhood ("waktu kecil"),
thanks sent from home for help back then, a quarrel settled ("udh diselesaikan"), hearsay ("pernah
denger ada tki ..."), the sea's waves, a children's game, a child's play told fondly ("lucu 🥰"),
and a film she watched; each beside a test that the same words with her own danger are read.
"""

from __future__ import annotations

from flows.understand.danger_context import Hit, hypothetical, kin_named
from flows.understand.danger_phrases import LIKE, PESTS, PLEASE, laughing
from flows.understand.danger_words import (
    CRY,
    DEVICES,
    EN_VIOLENCE,
    FIRST,
    KILL,
    NEGATORS,
    PASSIVE,
    THINGS,
    VIOLENCE,
    WEAPONS,
)

#: a threat of killing, which "he dont mean it" can take back (a blow it cannot)
_WORDS_OF_KILLING = KILL | {"kill", "kills", "killing"}

#: she takes the word back: "sy dijual... eh maksudnya hp sy mau dijual"
_CORRECTION = frozenset({"maksudnya", "maksudku", "maksud", "typo", "salah", "mean", "meant"})


def _corrected(words: list[str], end: int) -> bool:
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


#: Javanese "bola bali" / Indonesian "bolak balik": over and over, not a ball
_BACK = frozenset({"bali", "balik"})


def _over_and_over(words: list[str], k: int) -> bool:
    """ "ngeplak raiku bola bali", "majikan bola bali nggebuki aku": "bola" before "bali" is
    Javanese for "again and again" (as "bolak balik"), said of the blow, not a ball."""
    return words[k] == "bola" and bool(words[k + 1 : k + 2]) and words[k + 1] in _BACK


#: hit by a ball, not a hand: "dipukul bola voli", "kena bola"
_BALL = frozenset({"bola", "voli", "volley", "ball", "futsal", "basket", "shuttlecock", "kok"})
_AT_PLACE = frozenset({"ri", "di", "dalam", "nang", "neng"})
_JOKE = frozenset({"joke", "jokes", "joking", "bercanda", "becanda", "canda", "kidding", "bercandain"})
#: food so hot it "kills": "pedesnya mau bunuh orang"
_SPICY = frozenset({"pedes", "pedas", "pedesnya", "pedasnya", "spicy", "sambel", "sambal", "sambelnya", "sambalnya"})
#: a surprise for someone: "mau culik dia buat surprise ultah"
_SURPRISE = frozenset({"surprise", "surprize", "surpraise", "kejutan", "ultah", "ultahnya", "birthday",
                       # a birthday's flour and eggs: "semua ABK ngeroyok dia pake tepung sm telor"
                       "tepung", "telor", "telur", "flour", "eggs"})  # fmt: skip
#: made peace, by someone between them: "udh didamaiin gurunya"
_RECONCILED = frozenset({"didamaikan", "didamaiin", "didamaiken", "berdamai", "reconciled"})
#: settled, when already so ("udh diselesaikan gurunya", not "blm diselesaikan", "mau diselesaikan"),
#: or on good terms again ("skrg kami akur", not "gk akur")
#: (the reader brings "diselesaiin" to "selesaiin" before the rules run)
_SETTLED_BY = frozenset({"diselesaikan", "diselesaiin", "diselesein", "selesaikan", "selesaiin", "selesein"})
_ON_GOOD_TERMS = frozenset({"akur", "baikan"})


def _made_peace(after: list[str]) -> bool:
    """Made peace or settled, in the words after what was told."""
    for k, word in enumerate(after):
        before = after[max(0, k - 2) : k]
        if word in _RECONCILED:
            return True
        if word in _SETTLED_BY and _DONE.intersection(before) and not NEGATORS.intersection(before):
            return True
        if word in _ON_GOOD_TERMS and not NEGATORS.intersection(before):
            return True
    return False


#: a dream: "semalem mimpi dikejar majikan bawa pisau"
_DREAM = frozenset({"mimpi", "mimpiin", "bermimpi", "dream", "dreamed", "dreamt", "nightmare"})
_FASTING = frozenset({"puasa", "diet", "ramadan", "ramadhan", "fasting"})


def _not_meant(words: list[str]) -> bool:
    """ "he dont mean it", "dia gk serius": the words were not meant."""
    for k, word in enumerate(words):
        if word == "mean" and words[k + 1 : k + 2] == ["it"] and words[k - 1 : k] in _NOT_BEFORE_MEAN:
            return True
        if word == "serius" and k > 0 and words[k - 1] in NEGATORS:
            return True
    return False


_NOT_BEFORE_MEAN = (["don"], ["t"], ["not"], ["doesn"], ["didn"], ["never"])
#: sports that hit: "latihan silat ... kena tendang"
_SPORT = frozenset({"silat", "sparring", "samsak", "karate", "taekwondo", "boxing", "tinju", "muaythai", "judo",
                    "wushu", "kungfu", "gulat", "smackdown", "mma", "kickboxing"})  # fmt: skip
#: a match and who plays it, for a blow said of a player: "pemainnya nendang lawan", "kiper
#: ditendang striker", "the referee", not her
_MATCH = frozenset({"pemain", "pemainnya", "wasit", "pertandingan", "pertandingannya", "timnas", "penalti", "pinalti",
                    "kiper", "striker", "gol", "ronde", "ufc", "sepakbola", "football", "soccer", "referee", "player",
                    "players", "match", "goalkeeper", "dikartu", "lawannya", "opponent"})  # fmt: skip


def _a_match(words: list[str], start: int, end: int) -> bool:
    """A match named near the blow, and she not in the blow's clause: "pemainnya dikartu merah
    krn nendang lawan", "pemain kita dipukul lawan" (not "pas nonton timnas, majikan nendang sy")."""
    if not _MATCH.intersection(words[max(0, start - 8) : end + 8]):
        return False
    before = words[max(0, start - 6) : start]
    after = words[end : end + 4]
    clause = before[len(before) - before[::-1].index(",") :] if "," in before else before
    clause += words[start:end] + (after[: after.index(",")] if "," in after else after)
    hers = [k for k, w in enumerate(clause) if w in FIRST and not (k and clause[k - 1] in _TEAM)]
    return not hers and not _CRY_OR_FEAR.intersection(words)


#: whose side a player is on: "pemain kita", "tim kami"
_TEAM = _MATCH | {"tim", "team", "timnya", "klub", "club"}


#: a children's game the thing happened in, said after it: "dikunciin ... pas main petak umpet"
_GAMES = frozenset({"umpet", "perang2an", "perangperangan", "seek", "perangan", "pistolan", "waterfight"})
#: "main perang air", "water fight": a game with water
_WATER_GAME = (["perang", "air"], ["water", "fight"], ["water", "gun"], ["pistol", "air"])
_SUDDENLY = frozenset({"tiba2", "tiba", "trus", "terus", "tapi", "tp", "then", "suddenly", "but", ","})
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


def _news(words: list[str], start: int, end: int) -> bool:
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
    if "," in told:
        # only the clause of what is told: "film horor semalem bikin sy gk bisa tidur, ada yg dikurung"
        told = told[len(told) - told[::-1].index(",") :]
    # "film yg sy tonton ...": she is the one who watched, not one in the story
    return not any(w in FIRST and not _WATCHED.intersection(told[j + 1 : j + 2]) for j, w in enumerate(told))


def taken_back(words: list[str], hit: Hit) -> bool:
    """Said and taken back, or not hers: corrected, in the news, a figure of speech, a question."""
    start = hit.start
    if hit.kind == "self_harm" and _how_she_died(words, start, hit.end):
        return True  # "anak sy meninggal, majikan bilang bunuh diri, kami gk percaya": no crisis line for a father
    if _SPORT.intersection(words[max(0, start - 8) : hit.end + 8]):
        return True  # "kena tendang dikit pas sparring": a sport that hits
    if _a_match(words, start, hit.end):
        return True  # "pemainnya dikartu merah krn nendang lawan": a player's foul in a match
    ball = next((k for k in range(hit.end, min(len(words), hit.end + 3)) if words[k] in _BALL), -1)
    if ball >= 0 and words[ball - 1] not in _AT_PLACE and not _over_and_over(words, ball):
        return True  # "sy dipukul... bola voli": a ball (Bugis "dikurung ri bola" is "in the house")
    if _JOKE.intersection(words[max(0, start - 4) : start]):
        return True  # "my friend joke she will sell me to her boss": a joke, said as one
    if _DREAM.intersection(words[max(0, start - 6) : start]):
        return True  # "mimpi dikejar2 majikan bawa pisau": a dream
    if _SPICY.intersection(words[max(0, start - 3) : start]):
        return True  # "sambelnya pedesnya mau bunuh orang": food too hot, a figure of speech
    if _SURPRISE.intersection(words[start : hit.end + 5]):
        return True  # "kita mau culik dia buat surprise": a birthday prank
    if _made_peace(words[hit.end : hit.end + 12]) and not _CRY_OR_FEAR.intersection(words[hit.end :]):
        return True  # "dipukul temennya di sekolah, udh didamaikan": a quarrel settled, nobody afraid
    if _WORDS_OF_KILLING.intersection(words[start : hit.end]) and _not_meant(words):
        return True  # "he shout 'I will kill you' ... he dont mean it": a threat not meant (not a blow)
    if _ABOUT_THE_SUBJECT.intersection(words) and not _CRY_OR_FEAR.intersection(words):
        return True  # "modul cara mengenali tanda2 TPPO", "untuk penelitian tesis": the subject, not a case
    if _FASTING.intersection(words) and "sekali" in words[start : hit.end]:
        return True  # "puasa, makan sekali sehari": a fast, not a deprivation
    if _PRETEND.intersection(words[max(0, start - 2) : start]):
        return True  # "latihan kebakaran, disuruh pura2 terjebak": acted in a drill or a play
    if _pretend_play(words, start, hit.end):
        return True  # "main polisi2an, sy jd penjahat, dikunci di kamar mandi boongan": a game of pretend
    if _SHUT.intersection(words[start : hit.end]) and not FIRST.intersection(words[max(0, start - 2) : start]):
        if _CAGED.intersection(words[hit.end : hit.end + 3]) or _PETS.intersection(words[max(0, start - 3) : start]):
            return True  # "kucingku lg dikurung di kandang", "perkutut dikurung neng kurungan": a pet
    if _DISHES.intersection(words[max(0, start - 2) : start]):
        return True  # "pitik geprek kudu digebuki": chicken beaten flat, a recipe
    if _enjoyed(words[hit.end : hit.end + 4]) and not _CRY_OR_FEAR.intersection(words):
        return True  # "sy tidur di balkon, enak adem liat bintang": a place she enjoys
    if _CONFUSED_MIND.intersection(words) and _IN_CARE.intersection(words) and not _MARKED.intersection(words):
        return True  # "nenek yg sy jaga suka bilang 'bunuh aja aku' kalo lagi pikun": her patient's confusion
    if (
        _SIN.intersection(words[hit.end : hit.end + 3])
        and not FIRST.intersection(words[max(0, start - 3) : start])
        and not _WISH.intersection(words[max(0, start - 2) : start + 1])
    ):
        return True  # "kata ustadz bunuh diri itu dosa besar": the subject of a sermon, not her wish
    if _in_a_game(words[hit.end : hit.end + 8]):
        return True  # "sy dikunciin pintu sama anak majikan pas main petak umpet": a game
    weapon = words[hit.end - 1] in WEAPONS  # "senapan angin" is an air gun, not the wind
    if not weapon and _NATURE.intersection(words[hit.end : hit.end + 2]) and not _CRY_OR_FEAR.intersection(words):
        return True  # "kmrn dipukul ombak besar katanya seru": the sea, not a person
    if _KEPT_IN.intersection(words[start : hit.end]) and _stranded(words, start, hit.end):
        if not _CRY_OR_FEAR.intersection(words):
            return True  # "dia terkurung kat rumah seminggu sebab banjir", "nobody allow go out when typhoon"
    if _heard_of(words, start):
        return True  # "dulu pernah denger ada tki disiksa di saudi": something heard of, nobody of hers
    if _with_a_plaything(words, hit.end):
        return True  # "sy sering dipukul anak majikan pake bantal pas main": a pillow fight
    if _KEY_LEFT.intersection(words[hit.end : hit.end + 6]) and _LOCKING.intersection(words[start : hit.end]):
        return True  # "pintu kamar majikan kekunci, kuncinya ketinggalan di dalem": a key left inside
    if _by_herself(words, hit.end):
        return True  # "dikunci pintunya sama sy sendiri": she did it, to a door
    if _joked_after(words, hit.end) and not _CRY_OR_FEAR.intersection(words):
        return True  # "sy dikunciin pintu sama anak majikan, bercanda, trs dibuka lagi"
    if _KEPT_IN.intersection(words[start : hit.end]) and _QUARANTINE.intersection(words):
        if not _CRY_OR_FEAR.intersection(words):
            return True  # "isolasi mandiri di kamar, gk boleh keluar dulu sampe negatif"
    if _a_cry_over_a_mishap(words, start, hit.end):
        return True  # "tolong!!! hp sy jatuh ke kloset", "emergency, the cake burnt!": a thing, not her
    if _an_emergency_number(words, start, hit.end):
        return True  # "what number i call in emergency", "nomor darurat kbri brp": a number asked
    if _FEAR_WORDS.intersection(words[start : hit.end]) and _FEARED_ANIMALS.intersection(words[hit.end : hit.end + 2]):
        return True  # "i am scared of my employer dog": an animal feared
    if _an_illness_told(words, start, hit.end):
        return True  # "sakit perut tiap mens, sampe pingsan, periksa dmn yg murah": an illness, care sought
    if _strangled_by_prices(words, start, hit.end):
        return True  # "harga tiket pesawat mencekik", "bunga pinjaman mencekik leher": costs, a figure of speech
    if _word_asked(words, start, hit.end):
        return True  # "what is 'disiksa' in english?": the word, not a telling
    if words[start] == "help" and start and words[start - 1] in _HELPERS and not _FEAR_WORDS.intersection(words):
        return True  # "security help me out, all ok", "the shelter that help me": help given, told
    if _done_by_a_baby(words, start, hit.end):
        return True  # "adek bayi majikan gigit sy pas tumbuh gigi": a baby's bite, not a blow
    if _a_meal_coming(words, start, hit.end):
        return True  # "i'm starving, waiting for dinner": hungry before a meal
    if _another_food(words, start, hit.end):
        return True  # "udh 2 hari gk makan nasi krn majikan bule makannya roti": rice missed, not food
    if _a_scammers_tale(words, start):
        return True  # "penipuan yg ngaku dr BP2MI bilang anak kita disekap terus minta transfer": a lie
    if _a_story_watched(words, start, hit.end):
        return True  # "sinetron ... yg ditonton nyonya tiap malem isinya racun2an, mertua mau bunuh menantu"
    return (
        _corrected(words, hit.end)
        or _news(words, start, hit.end)
        or _figure(words, start)
        or hypothetical(words, start)
    )


#: told as pleasant: "enak adem", "sejuk", "cozy" (not "enak aja dia", which is outrage)
_PLEASANT = frozenset({"enak", "adem", "sejuk", "seger", "nyaman", "cozy", "cosy", "pleasant", "breezy"})


#: a death told: she has died, whatever is said of how
_DEATH = frozenset({"meninggal", "wafat", "tewas", "meninggoy", "almarhum", "almarhumah", "alm", "jenazah",
                    "jenazahnya", "mayat", "mayatnya", "jasad", "jasadnya", "died", "dead", "body", "passed", "funeral",
                    "autopsi", "autopsy", "otopsi", "dimakamkan", "pemakaman", "seda", "pupus"})  # fmt: skip
#: the cause doubted by her family: "kata polisi bunuh diri, kami gk percaya"
_BELIEVE = frozenset({"percaya", "believe", "yakin"})


def _how_she_died(words: list[str], start: int, end: int) -> bool:
    """Self-harm named as the cause of a death (told by her family), not as a wish of the writer:
    a death said outside the words, or the cause doubted ("kami gk percaya"), and no wish
    ("pengen", "mau") just before."""
    if _WISH.intersection(words[max(0, start - 3) : start + 1]):
        return False
    outside = words[:start] + words[end:]
    doubted = any(w in _BELIEVE and NEGATORS.intersection(words[max(0, k - 2) : k]) for k, w in enumerate(words))
    return bool(_DEATH.intersection(outside)) or doubted


def _enjoyed(after: list[str]) -> bool:
    """What was told is called pleasant right after it, not "enak aja" (how dare they)."""
    for k, word in enumerate(after):
        if word in _PLEASANT:
            return after[k + 1 : k + 2] not in (["aja"], ["aj"], ["saja"], ["bgt"]) or word != "enak"
    return False


def _in_a_game(after: list[str]) -> bool:
    """A game named right after what was told, in the same breath ("pas main petak umpet")."""
    for k, word in enumerate(after):
        if word in _SUDDENLY:
            return False
        if word in _GAMES or after[k : k + 2] in _WATER_GAME:
            return True
    return False


#: a mind confused by age or illness, whose cries and words are not a danger told
_CONFUSED_MIND = frozenset({"pikun", "dementia", "demensia", "dimensia", "demencia", "alzheimer", "alzheimers",
                            "linglung", "ngelindur", "mengigau", "ngigau"})  # fmt: skip
#: the one she cares for (as danger_phrases.IN_HER_CARE)
_IN_CARE = frozenset({"nenek", "kakek", "ama", "akong", "amah", "oma", "opa", "lansia", "pasien", "grandma",
                      "grandpa", "patient", "alaga", "lola", "lolo", "ahma", "ahkong", "ward"})  # fmt: skip
#: her own wish before it, which a sermon does not have: "pengen bunuh diri tp takut dosa"
_WISH = frozenset({"pengen", "pengin", "pingin", "pgn", "ingin", "mau", "want", "rasanya", "kepikiran", "niat",
                   "hoyong", "arep", "nak"})  # fmt: skip
#: what a sermon calls it: "bunuh diri itu dosa besar"
_SIN = frozenset({"dosa", "haram", "sin", "sinful", "berdosa"})
#: what strikes at sea or outdoors without a hand: "dipukul ombak", "hit by the waves"
_NATURE = frozenset({"ombak", "gelombang", "angin", "badai", "wave", "waves", "storm", "wind"})
#: the words of being kept in
_KEPT_IN = frozenset({"dikurung", "kurung", "terkurung", "dikunci", "locked", "out", "keluar", "kluar", "leave",
                      "metu", "kaluar", "kekunci", "terkunci", "kekurung", "stuck", "trapped"})  # fmt: skip
#: what shuts people in without a hand: a flood, snow, a lockdown
_STRANDED_BY = frozenset({"banjir", "flood", "flooding", "floods", "longsor", "landslide", "salju", "snow", "lockdown",
                          "udan", "ujan", "hujan2",
                          "hujan", "rain",
                          "typhoon", "topan", "taifun"})  # fmt: skip
#: shut out, not in: "dikunci di luar pas hujan" is her danger, whatever the weather
_OUTSIDE = frozenset({"luar", "outside", "balkon", "balcony", "teras"})


def _stranded(words: list[str], start: int, end: int) -> bool:
    """Kept in by the weather or a disaster named after it ("terkurung sebab banjir") or in the
    clauses just before ("hujan lebat, jalan putus. kami terkurung"); not shut outside in it."""
    if _OUTSIDE.intersection(words[start : end + 3]):
        return False
    return bool(
        _STRANDED_BY.intersection(words[end : end + 8]) or _STRANDED_BY.intersection(words[max(0, start - 10) : start])
    )


#: who helped her, said before "help" as learners tell it: "security help me out", "the shelter
#: that help me" (not "someone help me", "pls help", which are cries)
_HELPERS = frozenset({"security", "satpam", "guard", "guards", "police", "polisi", "neighbour", "neighbor",
                      "neighbours", "neighbors", "tetangga", "officer", "staff", "embassy", "kbri", "kjri", "shelter",
                      "that", "who", "which", "yg", "yang", "they", "he", "she"})  # fmt: skip
#: a baby or a toddler, or teething: what a baby does to her is no blow
_BABY = frozenset({"bayi", "baby", "babies", "balita", "batita", "toddler", "dedek", "teething"})
#: killing, selling, sex: never a baby's
_NOT_A_BABYS = _WORDS_OF_KILLING | {"dijual", "jual", "diperkosa", "perkosa", "raped"}


def _done_by_a_baby(words: list[str], start: int, end: int) -> bool:
    """A baby or a toddler named just before what is done ("adek bayi majikan suka jambak rambut
    sy"), or teething said with it ("gigit sy pas tumbuh gigi"): nobody afraid or crying out, and
    nothing a baby cannot do."""
    before = words[max(0, start - 6) : start]
    doer = before[len(before) - before[::-1].index(",") :] if "," in before else before
    # who does it: the baby, not a grown-up named after it ("krn bayi nangis majikan mukul sy");
    # a grown-up's child is the child ("anak majikan gigit sy")
    adults = [k for k, w in enumerate(doer) if w in _GROWN_UPS and not (k and doer[k - 1] in _CHILD_OF)]
    teething = any(w == "tumbuh" and words[k + 1 : k + 2] == ["gigi"] for k, w in enumerate(words))
    little = any(w == "kecil" and k and doer[k - 1] == "si" for k, w in enumerate(doer))
    baby = [k for k, w in enumerate(doer) if w in _BABY]
    if baby and any(k > baby[-1] for k in adults):
        return False
    if not (baby or little or (teething and not adults)):
        return False
    return not _NOT_A_BABYS.intersection(words[start:end]) and not _CRY_OR_FEAR.intersection(words)


_GROWN_UPS = frozenset({"majikan", "madam", "mam", "bos", "boss", "employer", "agen", "tuan", "sir", "nyonya", "suami",
                        "husband", "dia", "he", "she", "kakek", "nenek", "bapak", "ibu", "om", "tante"})  # fmt: skip
_CHILD_OF = frozenset({"anak", "anaknya", "bayi", "cucu", "cucunya", "baby", "adek", "dedek"})


#: a meal she waits for: "i'm starving, waiting for dinner", "laper bgt nunggu makan siang"
_MEALS = frozenset({"dinner", "lunch", "breakfast", "makan", "sarapan", "maksi", "makmal", "food"})
_WAITING = frozenset({"waiting", "wait", "nunggu", "nungguin", "menunggu", "tunggu", "until", "sampe", "sampai",
                      "ready", "siap", "mateng", "matang"})  # fmt: skip


def _a_meal_coming(words: list[str], start: int, end: int) -> bool:
    """Hungry before a meal she waits for, said in the next words ("i'm starving, waiting for
    dinner"): nobody keeps food from her, nothing is denied, nobody cries out."""
    if not {"starving", "kelaparan", "laper", "lapar", "hungry"}.intersection(words[start:end]):
        return False
    after = words[end : end + 6]
    if not _WAITING.intersection(after) or not _MEALS.intersection(after):
        return False
    rest = words[:start] + words[end:]
    return (
        not NEGATORS.intersection(words) and not _KEPT_FROM.intersection(rest) and not _CRY_OR_FEAR.intersection(words)
    )


#: the staple she misses, and what is eaten instead: "gk makan nasi ... makannya roti"
_STAPLE = frozenset({"nasi", "rice"})
_INSTEAD = frozenset({"roti", "bread", "pasta", "spaghetti", "kentang", "potato", "potatoes", "sandwich", "salad",
                      "sereal", "cereal", "oat", "oatmeal", "gandum", "burger", "pizza", "kangen", "miss", "rindu",
                      "pengen", "pingin"})  # fmt: skip
#: what makes a missed meal hers to be kept from: given, allowed, leftovers
_KEPT_FROM = frozenset({"dikasih", "kasih", "dikasi", "boleh", "dibolehin", "allowed", "given", "give", "sisa",
                        "basi", "leftover", "leftovers", "laper", "lapar", "hungry", "lemes"})  # fmt: skip


def _another_food(words: list[str], start: int, end: int) -> bool:
    """Rice not eaten because another food is ("udh 2 hari gk makan nasi krn majikan bule makannya
    roti, kangen nasi padang"): nobody keeps food from her, she is not hungry, nobody cries out."""
    if "makan" not in words[start:end] or not _STAPLE.intersection(words[end - 1 : end + 2]):
        return False
    if not _INSTEAD.intersection(words[end:]) or _KEPT_FROM.intersection(words):
        return False
    return not _CRY_OR_FEAR.intersection(words)


#: a swindle, and a swindler's claim: "penipuan yg ngaku dr polisi bilang anak ibu ditangkap"
_SCAM = frozenset({"penipuan", "penipu", "modus", "hoax", "hoaks", "scam", "scammer", "scammers", "nipu", "menipu",
                   "tipuan"})  # fmt: skip
#: posing as someone (not "bos scam bilang ...", a scam compound's boss, nor scamming as forced work)
_CLAIMS = frozenset({"ngaku", "ngaku2", "mengaku", "ngakunya", "pretend", "pretending", "impersonate", "posing"})
_SCAM_WORK = frozenset({"kerja", "work", "working", "disuruh", "dipaksa", "forced", "target", "bos", "boss"})


def _a_scammers_tale(words: list[str], start: int) -> bool:
    """A swindle named and then what the swindler claims ("penipuan yg ngaku dr BP2MI bilang anak
    kita disekap terus minta transfer"): the danger told is the lie, unless someone cries out."""
    before = words[max(0, start - 15) : start]
    k = next((k for k, w in enumerate(before) if w in _SCAM), -1)
    if k < 0 or not _CLAIMS.intersection(before[k + 1 :]) or _SCAM_WORK.intersection(words):
        return False
    return not _CRY_OR_FEAR.intersection(words)


#: what tells a story: a show, a book
_TOLD_IN = _SHOWS | {"sinetron", "drakor", "novel", "komik", "webtoon", "cerpen", "cerbung", "buku", "book"}
#: what she did with it or what it tells, said near its name: "yg ditonton nyonya", "isinya"
_ITS_STORY = _WATCHED | {"ditonton", "dibaca", "isinya", "ceritanya", "kisahnya", "alurnya", "episodenya", "tentang",
                         "about", "story", "plot", "judulnya"}  # fmt: skip
#: what breaks into her watching: "lg nonton film, tiba2 majikan nampar"
_BREAKS_IN = frozenset({"tiba2", "tiba", "suddenly", "tau2", "taunya", "skrg", "sekarang", "now", "td", "tadi"})
#: hers, said bare (a story's is "majikannya", "her boss")
_HER_BOSS = frozenset({"majikan", "madam", "mam", "bos", "boss", "employer", "agen", "tuan", "sir", "nyonya"})


def _a_story_watched(words: list[str], start: int, end: int) -> bool:
    """A show or a book named earlier with what she did with it or what it tells ("sinetron india
    yg ditonton nyonya tiap malem isinya racun2an trs, mertua mau bunuh menantu"): what is told
    after is its story, when nothing breaks into the watching ("tiba2"), nobody cries out, no one
    of hers is named before, and neither she nor her employer is in the clause of what is told."""
    k = next((k for k in range(start - 1, max(-1, start - 25), -1) if words[k] in _TOLD_IN), -1)
    if k < 0 or not _ITS_STORY.intersection(words[max(0, k - 3) : k + 8]):
        return False
    if _BREAKS_IN.intersection(words[k:start]) or _CRY_OR_FEAR.intersection(words) or kin_named(words, 0, start):
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


def _heard_of(words: list[str], start: int) -> bool:
    """ "sy pernah denger ada tki disiksa": a thing heard of about someone, not of hers (the kin
    of "sy denger adik sy dipukul" keeps it read)."""
    before = words[max(0, start - 10) : start]
    for k, word in enumerate(before):
        if word in _HEARD and _EVER.intersection(before[max(0, k - 2) : k]) and _SOMEONE.intersection(before[k + 1 :]):
            offset = start - len(before)
            return not kin_named(words, offset + k, start) and not FIRST.intersection(before[k + 1 :])
    return False


#: who did it, after a passive: "sama sy sendiri", "by myself"
_AGENT = frozenset({"sama", "sm", "ama", "oleh", "by", "karo"})


def _joked_after(words: list[str], end: int) -> bool:
    """Called a joke soon after ("..., bercanda, trs dibuka lagi"), not "he not joke"."""
    for k in range(end, min(len(words), end + 8)):
        if words[k] in _JOKE:
            return not (NEGATORS | {"not", "no", "bukan", "bkn", "never"}).intersection(words[max(0, k - 2) : k])
    return False


#: what strikes in play: "dipukul pake bantal", "hit me with a pillow"
_PLAYTHINGS = frozenset({"bantal", "guling", "pillow", "pillows", "mainan", "toy", "toys", "boneka", "balon",
                         "balloon", "kertas", "paper"})  # fmt: skip
_WITH_IT = frozenset({"pake", "pakai", "pakek", "dengan", "dgn", "with", "nganggo", "ku"})


def _with_a_plaything(words: list[str], end: int) -> bool:
    """Struck with a pillow or a toy, named right after: "dipukul anak majikan pake bantal"."""
    for k in range(end, min(len(words) - 1, end + 5)):
        if words[k] == ",":
            return False
        if words[k] in _WITH_IT and words[k + 1] in _PLAYTHINGS:
            return True
    return False


#: a key left behind or lost, which is why a door is locked
_KEY_LEFT = frozenset({"ketinggalan", "tertinggal", "ketinggal", "kelupaan", "ilang", "hilang", "forgot", "left",
                       "lost"})  # fmt: skip
_LOCKING = frozenset({"kekunci", "terkunci", "dikunci", "locked"})


#: who locks an account or a group, not a person: "dikunci sm admin grupnya"
_SYSTEMS = frozenset({"admin", "sistem", "system", "aplikasi", "app", "bank", "operator", "provider", "moderator"})


def _by_herself(words: list[str], end: int) -> bool:
    """The one who did it is she, named right after the passive: "dikunci pintunya sama sy
    sendiri" (not "sy dikunci sama majikan")."""
    if words[end : end + 1] and words[end] in _SYSTEMS:
        return True  # "atm sy keblokir, dikunci bank": a bank or a system locks an account, not a person
    for k in range(end, min(len(words) - 1, end + 3)):
        if words[k] == ",":
            return False
        if words[k] in _AGENT:
            if words[k + 1] in _SYSTEMS:
                return True  # "dikunci sm admin grupnya", "locked by the system": an account, not she
            return words[k + 1] in FIRST and words[k + 1] not in ("kami", "kita", "we", "us", "our")
    return False


#: what goes wrong with a thing: dropped, broken, burnt in the pan, lost
_MISHAPS = frozenset({"jatuh", "jatoh", "rusak", "pecah", "retak", "broken", "broke", "gosong", "burnt", "hilang",
                      "ilang", "lost", "kecemplung", "nyemplung", "tumpah", "spilled", "error", "nyangkut",
                      "ketinggalan"})  # fmt: skip
#: the things of a household a cry may be over, beyond the rules' things and devices
_HOUSEHOLD = THINGS | DEVICES | {"kue", "cake", "masakan", "nasi", "rice", "gelas", "piring", "dompet", "wallet",
                                 "kunci", "key", "keys", "cucian", "laundry", "sayur", "soup", "sup"}  # fmt: skip
#: what may stand in a bare cry's words: "tolong", "help me", "emergency"
_CRY_ONLY = CRY | FIRST | PLEASE | frozenset({"emergency", "darurat", "sos", "me"})
#: a person, or harm to one, which a cry over a thing must not name
_HARMED = frozenset({"takut", "scared", "afraid", "majikan", "madam", "bos", "boss", "tuan", "sir", "baba",
                     "mama", "agen", "dia", "he", "she", "luka", "darah", "blood", "kebakaran", "fire",
                     "api", "employer", "employers", "agent", "agency", "they", "them", "husband", "son", "suami",
                     "anak", "anaknya", "sopir", "driver"})  # fmt: skip


def _a_cry_over_a_mishap(words: list[str], start: int, end: int) -> bool:
    """A bare cry ("tolong!!!", "emergency") right before a thing's mishap told in the next words
    ("hp sy jatuh ke kloset", "the cake burnt"), with nobody and no harm named anywhere."""
    if not all(w in _CRY_ONLY or w == "," for w in words[start:end]):
        return False
    after = words[end : end + 7]
    if not any(w in _MISHAPS and _its_thing(after[:m]) for m, w in enumerate(after)):
        return False
    return not _HARMED.intersection(words) and not _CRY_OR_FEAR.intersection(words[end:])


#: whose the thing is, between it and its mishap: "hp sy jatuh", "kue nya gosong", "my phone broke"
_WHOSE = FIRST | frozenset({"nya", "the", "this", "itu", "ini"})


def _its_thing(before: list[str]) -> bool:
    """The mishap is the thing's, named right before it ("hp sy jatuh"), not hers ("sy jatuh di
    kamar mandi": she fell)."""
    if before[-1:] and before[-1] in _HOUSEHOLD:
        return True
    return len(before) >= 2 and before[-1] in _WHOSE and before[-2] in _HOUSEHOLD


#: the emergency asked about as a number to call
_NUMBER = frozenset({"number", "nomor", "nomer", "no", "nmr", "hotline", "kontak", "contact"})


def _an_emergency_number(words: list[str], start: int, end: int) -> bool:
    """ "what number i call in emergency", "nomor darurat kbri brp": a number asked, nothing else
    in the hit."""
    said = words[start:end]
    if not said or not all(w in ("emergency", "darurat") for w in said):
        return False
    return bool(_NUMBER.intersection(words[max(0, start - 5) : end + 2]))


#: fear words of the rules' phrases, and the animals feared: "scared of my employer dog"
_FEAR_WORDS = frozenset({"takut", "scared", "afraid", "terrified"})
_FEARED_ANIMALS = PESTS | frozenset({"anjing", "anjingnya", "dog", "dogs", "ular", "snake", "tikus", "rat", "lebah",
                                     "tawon", "bee", "bees", "spider", "laba", "ulat", "cicak", "kucing",
                                     "cat"})  # fmt: skip


#: what "strangles" her that is money: a price, a loan's interest, a debt, a fee
_COSTS = frozenset({"harga", "harganya", "bunga", "bunganya", "biaya", "biayanya", "cicilan", "cicilannya", "utang",
                    "hutang", "tagihan", "pajak", "potongan", "ongkos", "ongkir", "tarif", "sewa", "iuran", "pinjaman",
                    "pinjol", "kredit", "prices", "price", "rent", "interest", "debt", "fees", "bills"})  # fmt: skip


def _strangled_by_prices(words: list[str], start: int, end: int) -> bool:
    """A cost said to strangle ("harga tiket mencekik", "cicilan pinjol nyekik leher"): the
    active strangling word, a cost named just before it with no one between, and no one of hers
    after it in its clause (not "gara2 utang, sy dicekik majikan"; "bunga pinjol mencekik, sy
    nyesel" is her regret, in the next clause)."""
    after = words[end : end + 2]
    after = after[: after.index(",")] if "," in after else after
    if not _STRANGLES.intersection(words[start:end]) or FIRST.intersection(after):
        return False
    before = words[max(0, start - 5) : start]
    for k in range(len(before) - 1, -1, -1):
        if before[k] in _COSTS:
            return True
        if before[k] == "," or before[k] in FIRST or before[k] in _NOT_A_COST:
            return False
    return False


#: the signs of an illness or a birth a rule reads as grave: "sampe pingsan", "pendarahan"
_SIGNS = frozenset({"pingsan", "pendarahan", "perdarahan", "berdarah", "bleeding", "fainted", "faint", "mati",
                    "sesak", "sesek", "muntah", "kejang", "mimisan", "hamil", "pregnant"})  # fmt: skip
#: an illness, a birth or an operation named as its cause
_ILLNESS = frozenset({"mens", "haid", "menstruasi", "period", "hamil", "pregnant", "melahirkan", "lahiran",
                      "persalinan", "caesar", "sesar", "operasi", "surgery", "demam", "fever", "maag", "asma",
                      "asthma", "anemia", "vertigo", "migrain", "tifus", "tipes", "diare", "flu", "covid", "dbd",
                      "kanker", "gula", "diabetes", "keguguran", "kista", "usus"})  # fmt: skip
#: after it: she came through ("alhamdulillah selamat", "udh sembuh"), or she asks where to be seen
_CAME_THROUGH = frozenset({"selamat", "sembuh", "sehat", "pulih", "membaik", "alhamdulillah", "survived", "recovered"})
_CARE_ASKED = frozenset({"periksa", "diperiksa", "dmn", "dimana", "mana", "murah", "klinik", "dokter", "obat",
                         "biaya", "bpjs", "asuransi", "where", "clinic", "doctor", "cheap", "insurance"})  # fmt: skip
#: anyone who might cause it or keep her from care
_WHO_HARMS = frozenset({"majikan", "madam", "mam", "bos", "boss", "agen", "agency", "tuan", "employer", "sir", "baba",
                        "mama", "suami", "husband", "dia", "he", "she"})  # fmt: skip


def _an_illness_told(words: list[str], start: int, end: int) -> bool:
    """A grave sign of an illness or a birth named with it, and then either came through ("waktu
    hamil ... hampir mati pendarahan, alhamdulillah selamat") or care asked about ("sakit perut tiap
    mens, sampe pingsan, periksa dmn yg murah"): nobody named who may harm her or keep her from a
    doctor, no word of denial, fear or a cry, and no blow in what was read."""
    said = words[start:end]
    if not _SIGNS.intersection(said) or not _ILLNESS.intersection(words):
        return False
    if any(w in VIOLENCE or w in PASSIVE or w in EN_VIOLENCE or w in KILL for w in said):
        return False
    if _WHO_HARMS.intersection(words) or NEGATORS.intersection(words) or _CRY_OR_FEAR.intersection(words):
        return False
    return bool((_CAME_THROUGH | _CARE_ASKED).intersection(words[end:]))


#: the active forms of strangling (a cost is not "dicekik")
_STRANGLES = frozenset({"mencekik", "nyekik", "cekik", "mencekek", "nyekek", "ncekik", "strangling", "choking"})
#: who may strangle, between the cost and the word: "bunga pinjol (dan) majikan ..."
_NOT_A_COST = frozenset({"majikan", "bos", "agen", "dia", "he", "she", "suami", "madam", "tuan", "baba"})


#: an illness that keeps her in by a rule of health: isolation, quarantine, a test
_QUARANTINE = frozenset({"isolasi", "isoman", "karantina", "dikarantina", "quarantine", "quarantined", "isolation",
                         "covid", "negatif", "negative"})  # fmt: skip
#: a word asked about: "what is 'disiksa' in english", "'dikurung' artinya apa"
_MEANING = frozenset({"artinya", "arti", "meaning", "means", "translate", "terjemahan", "terjemahannya",
                      "inggrisnya", "arabnya", "mandarinnya", "english", "inggris", "arabic", "mandarin",
                      "cantonese", "kantonis"})  # fmt: skip


def _word_asked(words: list[str], start: int, end: int) -> bool:
    """The word is asked about, its meaning or its name in a language, in the same breath: right
    after ("disiksa in english", "dikurung artinya") or just before ("arti kata disekap")."""
    after = words[end : end + 3]
    before = words[max(0, start - 3) : start]
    if "," in after:
        after = after[: after.index(",")]
    asked = bool(_MEANING.intersection(after)) or bool({"arti", "artinya", "meaning"}.intersection(before))
    return asked and not FIRST.intersection(words[start:end]) and not _CRY_OR_FEAR.intersection(words[end:])


#: acted, not suffered: "pura2 terjebak" in a fire drill
_PRETEND = frozenset({"pura", "pura2", "purapura", "pretend", "pretending", "akting", "acting"})
#: said of a game's make-believe, after what is told: "dikunci di penjara boongan"
_MAKE_BELIEVE = _PRETEND | {"boongan", "bohongan", "boong2an", "bohong2an", "boongannya", "mainan", "pretend",
                            "imaginary"}  # fmt: skip
#: played at, "main polisi2an": the game's word doubled with -an; "main" said before it
_PLAY = frozenset({"main", "maen", "mainan", "play", "playing", "played", "bermain"})
#: what says it was no game after all
_FOR_REAL = frozenset({"beneran", "bneran", "serius", "sungguhan", "real", "really", "sakit", "luka", "nangis",
                       "berdarah", "memar"})  # fmt: skip


def _pretend_play(words: list[str], start: int, end: int) -> bool:
    """A game of make-believe: the rest of the hit's clause calls it pretend ("dikunci di
    penjara boongan"), or a game played at ("main polisi2an", "main perang-perangan") is named in the ten
    words before; nobody afraid, crying out or hurt for real."""
    if _CRY_OR_FEAR.intersection(words) or _FOR_REAL.intersection(words):
        return False
    after = words[end : end + 6]
    if _MAKE_BELIEVE.intersection(after[: after.index(",")] if "," in after else after):
        return True  # said after it only: "majikan pura2 baik trs ngunci sy" is her danger
    back = words[max(0, start - 10) : start]
    return any(w in _PLAY and _played_at(back[k + 1 : k + 3]) for k, w in enumerate(back))


def _played_at(game: list[str]) -> bool:
    """ "polisi2an", "perang perangan": a game's word doubled with -an."""
    return bool(game) and (game[0].endswith("2an") or game[1:] == [game[0] + "an"])


#: a cage and the pets kept in one: "dikurung di kandang", "burungnya dikurung" (not danger_rules'
#: animals that bite, nor "anjing", also an insult hurled before a blow)
_CAGED = frozenset({"kandang", "kandangnya", "kurungan", "sangkar", "cage", "kennel"})
_PETS = frozenset({"kucing", "kucingku", "kucingnya", "burung", "burungnya", "manuk", "perkutut", "kelinci",
                      "hamster", "cat", "bird", "kitten"})  # fmt: skip
#: shut in, of a pet
_SHUT = frozenset({"dikurung", "kurung", "terkurung", "dikunci", "dikandangin", "locked"})
#: dishes that are beaten or pounded: "pitik geprek", "ayam geprek"
_DISHES = frozenset({"geprek", "pitik", "penyet"})
#: what is written about danger, not of it: training material, research, a role play, homework
_ABOUT_THE_SUBJECT = frozenset({"modul", "materi", "simulasi", "penelitian", "tesis", "skripsi", "penyuluhan",
                                "documentary", "dokumenter",
                                "sosialisasi", "makalah", "seminar", "webinar", "statistik",
                                "paralegal", "ceramah", "pengajian", "sermon", "lecture", "kultum",
                                "khutbah"})  # fmt: skip
# not "kuliah": "sy kerja buat biaya kuliah adik, tp majikan sering mukul sy" is hers


def _figure(words: list[str], start: int) -> bool:
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


#: a past that is over: "dulu th 2019 sy pernah dikurung majikan, tp udh pulang, skrg di tempat yg baik"
_PAST = frozenset({"dulu", "dulunya", "dahulu", "ago", "lalu", "last", "previous", "sebelumnya", "kemarin", "kemaren",
                   "kmrn", "yesterday", "pernah"})  # fmt: skip
_NOW = frozenset({"skrg", "sekarang", "now", "kini"})
_FINE = frozenset({"baik", "aman", "safe", "good", "fine", "bahagia", "happy", "baru", "new", "rumah",
                   "indonesia", "kampung", "pulang", "home", "beda", "sembuh", "membaik", "better", "konseling",
                   "sehat", "healthy", "terapi", "leader", "sukses", "berhasil", "senang", "enak", "relawan",
                   "nyaman"})  # fmt: skip


#: "but already": "tp udh diperiksa dokter, aman"
_BUT = frozenset({"tp", "tapi", "but", "namun", "tpi"})
_ALREADY = frozenset({"udh", "udah", "sudah", "sdh", "dah", "already", "skrg", "sekarang", "now", "saiki", "wes",
                      "wis"})  # fmt: skip
#: safe or healed; not "gpp" (it's nothing), which is how a beaten woman plays it down ("tp udh gpp kok")
_SAFE_NOW = frozenset({"aman", "safe", "sembuh", "membaik", "slamet", "selamat"})
#: said to be safe: "tp anak sy aman kok"
_SAFE = frozenset({"aman", "safe"})


def _safe_now(words: list[str], end: int) -> bool:
    """ "kepala kebentur tp udh diperiksa dokter, aman": after the hit, "but already ... safe"."""
    after = words[end:]
    for k, word in enumerate(after):
        if word in _BUT and _ALREADY.intersection(after[k + 1 : k + 4]):
            rest = after[k + 1 : k + 10]
            return bool(_SAFE_NOW.intersection(rest)) and not NEGATORS.intersection(rest)
        if word in _BUT and _SAFE.intersection(after[k + 1 : k + 5]):
            # "tp anak sy aman kok": said to be safe, right after
            return not NEGATORS.intersection(after[k + 1 : k + 5])
    return False


_SETTLED = frozenset({"finished", "finish", "settled", "selesai", "beres", "sembuh", "recovered", "healed"})


def _fine_after(said: list[str]) -> bool:
    """A word of being fine in what is said after "now", not denied ("skrg tidak baik juga") and in
    the same clause as "now" or the next."""
    clauses = 0
    for k, word in enumerate(said):
        if word == ",":
            clauses += 1
            if clauses > 1:
                return False
        if word in _FINE:
            if word in _HOME_AGAIN and _STILL.intersection(said[max(0, k - 3) : k]):
                continue  # "skrg sy masih di rumah itu": still in that house, not home again
            return not NEGATORS.intersection(said[max(0, k - 3) : k])
    return False


#: still, as it was: "skrg sy masih di rumah itu dan dia makin marah"
_STILL = frozenset({"masih", "msh", "still", "tetep", "tetap", "msih"})


#: thanks, and when it was: "makasih udh bantu waktu sy dikurung majikan bulan lalu"
_THANKS = frozenset({"makasih", "terimakasih", "trimakasih", "trims", "thanks", "thank", "matur", "nuhun",
                     "alhamdulillah"})  # fmt: skip
_BACK_THEN = frozenset({"waktu", "wkt", "pas", "dulu", "when"})
_HOME_AGAIN = frozenset({"pulang", "rumah", "home", "kampung", "indonesia", "indo"})


#: "waktu kecil", "when i was small": long ago, as a child (not "sejak kecil", since then)
_CHILDHOOD_AT = frozenset({"waktu", "wkt", "pas", "masa", "jaman", "zaman"})
_SMALL = frozenset({"kecil", "kcl", "sd", "bocah"})
_YOUNG = frozenset({"small", "child", "kid", "young", "little"})


def _in_childhood(words: list[str], end: int) -> bool:
    """ "sy dipukul kakak sy waktu kecil, skrg kami akur": it happened in her childhood, said right
    after the last thing told."""
    after = words[end : end + 6]
    for k, word in enumerate(after[:-1]):
        if word == ",":
            return False
        if word in _CHILDHOOD_AT and after[k + 1] in _SMALL:
            return True
        if word == "when" and _as_a_child(words[end + k + 1 : end + k + 7]):
            return True
    return False


#: what says it goes on: "waktu kecil sy dijual, sampe skrg msh di sini"
_STILL = frozenset({"skrg", "sekarang", "masih", "msh", "now", "still", "sampai", "sampe", "until", "lagi", "lg"})


def _childhood_before(words: list[str], start: int) -> bool:
    """Her childhood named at the head of the clause of what is told ("waktu kecil sy sering
    dipukul rotan sm guru ngaji"), nothing said to go on since, nobody crying out or afraid."""
    before = words[max(0, start - 6) : start]
    clause = before[len(before) - before[::-1].index(",") :] if "," in before else before
    if not any(w in _CHILDHOOD_AT and clause[k + 1 : k + 2] and clause[k + 1] in _SMALL for k, w in enumerate(clause)):
        return False
    return not _STILL.intersection(words[start:]) and not _CRY_OR_FEAR.intersection(words)


def _as_a_child(said: list[str]) -> bool:
    """ "(when) i was small", "she was a child", ending the clause: not "when i was small mistake"."""
    if len(said) < 3 or said[1] != "was":
        return False
    at = 3 if said[2] == "a" else 2
    if at >= len(said) or said[at] not in _YOUNG:
        return False
    return at + 1 >= len(said) or said[at + 1] in (",", "and", "but", "now", "so")


def _thanks_from_home(words: list[str], start: int, end: int) -> bool:
    """Home again and thanking for help back then ("akhirnya sy udh sampe rumah, makasih buat yg
    bantu waktu sy dikurung"): over, unless fear or a cry is in it."""
    if not (_THANKS.intersection(words) and _BACK_THEN.intersection(words[max(0, start - 4) : start])):
        return False
    home = any(w in _DONE and _HOME_AGAIN.intersection(words[k + 1 : k + 4]) for k, w in enumerate(words))
    return home and not _CRY_OR_FEAR.intersection(words)


def _settled_after(words: list[str], end: int) -> bool:
    """Said to be settled after what was told, not "blm selesai" (not yet done) nor "i must finish
    all work first" (a task still ahead)."""
    return any(
        w in _SETTLED and not (NEGATORS | _STILL_AHEAD).intersection(words[max(end, k - 2) : k])
        for k, w in enumerate(words)
        if k >= end
    )


#: what is still to be done: "must finish", "harus selesai"
_STILL_AHEAD = frozenset({"must", "have", "need", "harus", "hrs", "musti", "kudu", "to"})


def over(words: list[str], start: int, end: int) -> bool:
    """Told as past ("dulu", "2 thn lalu") and said to be over now ("skrg ... baik"), or said to
    be safe already ("tp udh ..., aman"): not now."""
    if _safe_now(words, end) or _thanks_from_home(words, start, end) or _in_childhood(words, end):
        return True
    if _childhood_before(words, start):
        return True  # "waktu kecil sy sering dipukul rotan sm guru ngaji, jaman dulu emang gitu"
    if _PAST.intersection(words[end : end + 4]) and _settled_after(words, end):
        return True  # "hit by a bike last year in mongkok but all finished, insurance already pay"
    if _punished(words, end) and (_PAST.intersection(words) or _CULPRIT.intersection(words[:end])):
        return True  # "dulu sy disekap agen, udh diproses hukum", "pelaku yg mukul sy udh dipenjara"
    if not _PAST.intersection(words[:start]) and not any(_past_year(w) for w in words[:start]):
        return False
    after = words[end:]
    for k, word in enumerate(after):
        if word in _NOW and _fine_after(after[k + 1 : k + 10]):
            return True
        if word in _DONE and not (_BACK_HOME | _MOVED_ON | _WELL_AGAIN).isdisjoint(after[k + 1 : k + 3]):
            return True  # "dulu sy pernah dipukul ..., tp itu 5 thn lalu dan sy udh (lama) pulang"
        if word in _DONE and _long_ago(after[k + 1 : k + 3]):
            return True  # "dulu thn 2018 sy pernah dipukul majikan, udh lama bgt": long over
    return False


def _long_ago(said: list[str]) -> bool:
    """ "(udh) lama bgt", "(udh) lewat": long gone, ending the clause; not "udh lama dikurung"
    (how long it has gone on)."""
    if said[:1] in (["lewat"], ["berlalu"]):
        return True
    return said[:1] == ["lama"] and (len(said) == 1 or said[1] in _CLAUSE_END)


#: what may end "udh lama": "udh lama bgt", "udh lama, skrg ..."
_CLAUSE_END = frozenset({",", "bgt", "banget", "sekali", "kok", "kali", "itu", "lewat", "berlalu"})


#: the one who did it, dealt with by the law
_CULPRIT = frozenset({"pelaku", "pelakunya", "culprit", "perpetrator", "abuser"})
_BY_LAW = frozenset({"dipenjara", "dipenjarakan", "dihukum", "ditangkap", "diproses", "divonis", "dipidana",
                     "jailed", "arrested", "sentenced", "convicted", "ditahan_polisi"})  # fmt: skip


def _punished(words: list[str], end: int) -> bool:
    """Already dealt with by the law, after what was told: "udh diproses hukum", "udah dipenjara"."""
    after = words[end:]
    return any(w in _DONE and _BY_LAW.intersection(after[k + 1 : k + 3]) for k, w in enumerate(after)) and not (
        _CRY_OR_FEAR.intersection(words)
    )


def _past_year(word: str) -> bool:
    """A year gone by named as when it was: "2019 i work in saudi, the madam beat me ..."."""
    return len(word) == 4 and word.isdigit() and 1990 <= int(word) < _PAST_BEFORE


#: a year before this one is in the past whenever the bot runs (the reader stays pure: no clock;
#: a later year not counted errs toward reading the danger)
_PAST_BEFORE = 2026


#: "already" after a past: "..., tp itu 5 thn lalu dan sy udh pulang" (not "now": over() asks
#: for a word of being fine after that itself)
_DONE = frozenset({"udh", "udah", "sudah", "sdh", "dah", "already", "wes", "wis"})
_BACK_HOME = frozenset({"pulang", "balik", "sembuh", "selesai", "home"})
#: well or safe again: "..., udh aman semua itu 2 thn lalu", "ibu udah sehat di rumah"
_WELL_AGAIN = frozenset({"aman", "sehat", "safe", "fine"})
#: away from that employer: "last year my employer slapped me but i already change employer"
_MOVED_ON = frozenset({"change", "changed", "ganti", "pindah", "moved", "move", "transfer", "transferred"})


#: a cry or fear beside the laughter keeps the message read: "wkwk tolong sy dikunci"
_CRY_OR_FEAR = frozenset({"tolong", "tlg", "tolongin", "help", "takut", "scared", "afraid", "darurat",
                          "emergency", "sos"})  # fmt: skip


#: the words a bare cry starts with: "HELP 😂", "somebody help me ... lol"
_CRY_START = frozenset({"tolong", "tlg", "tolongin", "help", "somebody", "someone", "please", "pls", "plz"})


def a_cry_laughed(words: list[str], raw: str, spans: list[tuple[int, int]]) -> bool:
    """Only a cry was read, and the message laughs with no fear in it: "HELP 😂 the kids painted
    the wall", "somebody help me, i lost my octopus card lol" (not "tolong wkwk sy takut")."""
    if not spans or not laughing(words, raw) or _FEARED.intersection(words):
        return False
    return all(words[a] in _CRY_START and "call" not in words[a:b] for a, b in spans)


_FEARED = frozenset({"takut", "tkt", "scared", "afraid", "darurat", "emergency", "sos", "bahaya", "danger"})


def laughed_off(words: list[str], raw: str) -> bool:
    """Told laughing ("wkwk", "haha", 😂) with no cry for help and no fear in it: a joke, a film, a
    child's game ("dibuang ke laut kl masakan keasinan 😂"). Every laughing message of the tune
    part is harmless. Self-harm is not taken back by this (its phrases weigh laughter themselves)."""
    if _MARKED.intersection(words) or WEAPONS.intersection(words):
        return False  # "wkwk biasa lah kena gampar ... sampe gigi sy copot": laughing at a wound
    fond = _FOND.intersection(words) or any(face in raw for face in _FOND_FACES)
    return (laughing(words, raw) or bool(fond)) and not _CRY_OR_FEAR.intersection(words)


#: told fondly, of a child's play: "anak majikan suka mukul2 aku pake boneka, lucu bgt 🥰"
_FOND = frozenset({"lucu", "gemes", "gemesin", "ngegemesin", "cute", "adorable"})
_FOND_FACES = ("\U0001f970", "\U0001f60d", "\U0001f917")  # 🥰 😍 🤗


#: what a blow leaves, or how often it comes, that laughter does not take back
_MARKED = frozenset({"copot", "patah", "biru", "berdarah", "memar", "lebam", "bengkak", "luka", "jahit", "dijahit",
                     "bleeding", "bruised", "broken", "tiap", "setiap", "sering", "mulai"})  # fmt: skip


#: a place of refuge she can be at: the mission, a shelter, the police
_REFUGE = frozenset({"kbri", "kjri", "kdei", "embassy", "kedutaan", "kedubes", "konsulat", "consulate", "shelter",
                     "penampungan", "polisi", "police", "polis", "balai"})  # fmt: skip
#: being there: "udh di KBRI", "skrg sampe penampungan", "now at the embassy"
_AT = frozenset({"di", "dkbri", "at", "in", "sampe", "sampai", "nyampe", "nyampai", "arrived", "tinggal", "ikut"})
#: now, or already: the refuge is where she is, not where she means to go
_NOW_OR_DONE = _NOW | _DONE | frozenset({"alhamdulillah", "udh", "akhirnya", "finally", "sementara"})
#: meaning to go, asking how, or still not there: "mau ke KBRI", "gimana cara ke KBRI"
_NOT_THERE_YET = frozenset({"mau", "pengen", "pingin", "ingin", "want", "wanna", "gimana", "bagaimana", "gmn",
                            "cara", "how", "blm", "belum", "belom", "not", "harus", "hrs", "bisa", "can", "kalo",
                            "klo", "kalau", "if"})  # fmt: skip


def safe_at_refuge(words: list[str], end: int) -> bool:
    """After all that was told, she says she is safe now or already at a refuge ("sy kabur dr
    majikan, skrg udh aman di KBRI riyadh", "udh di penampungan KJRI"): the danger is past, not
    "mau ke KBRI tapi dikunci" (not there yet) nor "udh di KBRI tp msh takut" (fear now)."""
    if _FEARED.intersection(words):
        return False
    after = words[end:]
    for k, word in enumerate(after):
        before = after[max(0, k - 4) : k]
        if _NOT_THERE_YET.intersection(before) or NEGATORS.intersection(before):
            continue
        if word in _SAFE and _NOW_OR_DONE.intersection(before):
            return True  # "skrg udh aman"
        if word in _REFUGE and _AT.intersection(after[max(0, k - 2) : k]) and _NOW_OR_DONE.intersection(before):
            return True  # "skrg di KBRI", "udh sampe penampungan"
    return False
