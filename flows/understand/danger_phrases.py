"""Phrases, self-harm and life: words in order ("lebih baik mati", "locked in"), a wish to die or
not to live ("sy mau mati aja", "udah gak pengen hidup", "mau lompat ke laut aja")."""

from __future__ import annotations

from itertools import pairwise

from flows.understand.danger_context import (
    KIN,
    SHOUT,
    Hit,
    Rule,
    business_sold,
    employer_side,
    idiom,
    negated,
    person_after,
    third_before,
)
from flows.understand.danger_no_care import medicine_taken
from flows.understand.danger_words import (
    ASKING,
    DEVICES,
    FIRST,
    HEIGHTS,
    HELP_PHRASES,
    LIFE,
    NEGATORS,
    POINTLESS,
    REQUEST,
    SKIPPABLE,
    THINGS,
    WANT_LIVE,
    WANTING,
    WEARY,
    WHERE,
)


def _match(words: list[str], i: int, phrase: tuple[str, ...]) -> int:
    """Where ``phrase`` ends when it starts at ``i`` (words in ``SKIPPABLE`` may stand between
    its words, none between words it lists itself), or -1."""
    j = i + 1
    for want in phrase[1:]:
        while j < len(words) and words[j] != want and words[j] in SKIPPABLE and want not in SKIPPABLE:
            j += 1
        if j >= len(words) or words[j] != want:
            return -1
        j += 1
    return j


#: one meal, and days: "not eaten breakfast" is a busy morning, "not eaten for two days" is not
_MEALS = frozenset({"breakfast", "lunch", "dinner", "yet", "today", "sarapan"})
_DAYS = frozenset({"days", "day", "hari"})
#: what is killed in a kitchen: "help me kill the cockroach", "tolong bunuhin kecoa"
PESTS = frozenset({"cockroach", "cockroaches", "kecoa", "nyamuk", "mosquito", "mosquitoes", "semut", "ants",
                   "tikus", "rat", "rats", "mouse", "lizard", "cicak", "lalat", "flies", "kutu", "bedbugs",
                   "rayap"})  # fmt: skip
#: a question right after "help" makes it a request ("help, how do i ...")
QUESTION = frozenset({"what", "how", "where", "which", "apa", "gimana", "bagaimana", "berapa", "kapan", "dimana"})
#: before "cara" (how to), the short forms too: "tolong gmn cara usirnya" (a bare "tolong gmn ini"
#: stays a cry: what now, not how to)
HOW_QUESTION = QUESTION | {"gmn", "gmna", "gmana", "bgmn", "gimna"}
#: after a question word, how to do a thing: "gimana cara ...", "how to ..."
HOW_TO = frozenset({"cara", "caranya", "to"})
#: politeness between a help phrase and its request ("help me please check my status")
PLEASE = frozenset({"please", "pls", "plz", "plis", "tolong", "dong", "kindly"})


#: thanks, before "for help me": help that was given
THANKED = frozenset({"thank", "thanks", "thankyou", "makasih", "terimakasih", "tq", "ty"})
#: a phrase named, not said: "how to say 'help me' in arabic", "artinya 'tolong' apa"
SAYING = frozenset({"say", "saying", "word", "words", "artinya", "arti", "translate", "spell", "bahasa"})


#: a phone's or an app's trouble, with which "help me" asks for a hand, not a rescue
TECH = frozenset({"error", "eror", "password", "pw", "login", "log", "reset", "aplikasi", "app", "apps", "otp",
                  "wifi", "update", "install", "download", "jobstreet", "upload", "verifikasi", "sinyal",
                  "signal", "form", "formulir", "kolom", "fill",
                  # money sent home that has not arrived: "please help, my remittance not arrived"
                  "remittance", "remitansi", "remit", "wesel", "virus", "hack", "hacked", "dihack",
                  "kehack",
                  # a phone locked by its own lock: "screen lock i forget the pattern ... pls help"
                  "unlock", "pattern", "pola", "pin", "passcode"})  # fmt: skip
_FORMS = frozenset({"formulir", "form", "kolom", "isian", "diisi", "aplikasi", "website", "web", "wajib"})


#: what bites or scratches after "kena": "kena cakar kucing", "kena gigit anjing"
_BEASTS = frozenset({"kucing", "anjing", "nyamuk", "semut", "tikus", "ular", "lebah", "tawon", "monyet", "burung",
                     "ayam", "cat", "dog", "kitten", "puppy"})  # fmt: skip


def phrase_rule(table: dict[str, list[tuple[str, ...]]], kind: str) -> Rule:
    """The rule for the phrases of ``table`` (by first word): danger ("locked in", "help me",
    not "help me check my status") or self-harm ("lebih baik mati", not "hp mau mati")."""

    def rule(words: list[str], i: int, raw: str) -> Hit | None:
        for phrase in table[words[i]]:
            end = _match(words, i, phrase)
            if end < 0:
                continue
            if kind == "self_harm":
                return _self_harm(words, i, end, raw)
            if negated(words, i) or idiom(words, i) or idiom(words, end - 1):
                return None
            if phrase[0] in ("kena", "kene") and words[end : end + 1] and words[end].removesuffix("nya") in _BEASTS:
                return None  # "sy kena cakar kucing majikan": an animal's doing, not a person's
            if phrase[0] in ("trapped", "terjebak", "terperangkap", "kejebak") and (
                _FEELING.intersection(words[max(0, i - 2) : i])
                or laughing(words, raw)
                or _STUCK_IN.intersection(words[end : end + 4])
            ):
                return None  # "i feel trapped in this boring routine haha": a mood
            if phrase == ("takut", "mati") and laughing(words, raw):
                return None  # "sy jd takut mati hehe" after a sermon: a passing fear, laughed off
            if phrase[0] in ("kode", "code") and _FORMS.intersection(words):
                return None  # "kode merah di formulir online itu wajib diisi": a form's mark
            if phrase[0] == "dijual" and business_sold(words, i):
                return None  # "perusahaan sy dijual ke grup lain"
            if phrase[0] in _MEDICINE_FIRST and medicine_taken(words, i, raw) is None:
                return None  # "resep obat sy diambil di apotek": the kind's rule judges (collected, not taken)
            if phrase[0] in _BED_FIRST and employer_side(words, i):
                return None  # "anak majikan tidur di balkon": the house's own, not her bed
            if GAMES.intersection(words[end : end + 5]):
                return None  # "i was beaten in the badminton match"
            if phrase[0] in ("kept", "ditahan", "cannot", "can", "cant") and _SHELTERING.intersection(words):
                return None  # "kept inside all day because of the rain", "i cannot go out today, rain"
            if phrase[0] in _ASKED and IN_HER_CARE.intersection(words[max(0, i - 3) : end + 3]):
                return None  # "nenek minta sy tidur sama dia krn takut gelap": the one she cares for
            if phrase[-1] in ("eaten", "eat") and end < len(words) and words[end] in _MEALS:
                if not _DAYS.intersection(words):
                    return None  # "i have not eaten breakfast, busy morning": a meal skipped, not starving
            if phrase[0] == "locked" and any(w in THINGS for w in words[max(0, i - 3) : i]):
                return None  # "the cat is locked in the bathroom": an animal or a thing
            device = any(w in DEVICES for w in words[max(0, i - 3) : i])
            if "mati" in phrase and device and not FIRST.intersection(phrase):
                return None  # "batre hampir mati"; not "hp ini ketahuan, sy mati"
            if phrase[0] in HELP_PHRASES:
                asking = words[max(0, i - 3) : i]
                if SAYING.intersection(asking):
                    return None  # "how to say 'help me' in arabic": the words, not a cry
                if words[i - 1 : i] == ["for"] and THANKED.intersection(words[max(0, i - 5) : i]):
                    return None  # "thank you very much for help me yesterday": thanks for help given
                if PESTS.intersection(words[end : end + 4]):
                    return None  # "help me kill the cockroach": a pest in the kitchen
                if a_games_line(words, i) or help_with_a_phone(words, i, end, raw):
                    return None  # "main game, teriak 'help me help me'"; "aplikasi nya error trs, help me pls"
                if any(w in ASKING for w in asking):
                    if not SHOUT.search(raw):
                        return None
                nxt = end
                while nxt < len(words) and (words[nxt] in FIRST or words[nxt] in PLEASE or words[nxt] == ","):
                    nxt += 1  # "help me please check": still a request
                if nxt < len(words) and words[nxt] in REQUEST:
                    return None
                if nxt + 1 < len(words) and words[nxt] in QUESTION and words[nxt + 1] in HOW_TO:
                    return None  # "help me pls, gimana cara ganti bahasa": how to do a thing
                about_her = any(w in FIRST for w in words[i:end])  # "help me, what should i do" stays a cry
                if nxt < len(words) and words[nxt] in QUESTION and "!" not in raw and not about_her:
                    return None  # "please help, what documents do i need": a question follows
            if phrase[0] in ("i", "save", "rescue") or any(w in FIRST or w == "my" for w in phrase):
                return Hit("danger", i, end, False)
            # after a passive ("dicium paksa anak majikan") comes who did it, not to whom
            done_to = phrase[0] == "forced" or any(w.startswith(("di", "ter")) and len(w) > 4 for w in phrase)
            after = None if done_to else person_after(words, end - 1)
            if after is not None:
                return Hit("danger", i, max(end, after[1] + 1), after[0])
            return Hit("danger", i, end, third_before(words, i) and not _her_just_before(words, i))
        return None

    return rule


#: a phrase of her medicine taken ("obat sy diambil") is judged as its kind (``medicine_taken``)
_MEDICINE_FIRST = frozenset({"obat", "obatku", "insulinku", "insulin", "inhaler", "medicine"})
#: a phrase of where she sleeps ("tidur di balkon")
_BED_FIRST = frozenset({"tidur", "sleep", "slept", "sleeping", "turu"})


def a_games_line(words: list[str], i: int) -> bool:
    """A game named just before the cry: "temen yg lagi main game 'tolong aku diserang'"."""
    return bool(GAMES.intersection(words[max(0, i - 8) : i]))


def help_with_a_phone(words: list[str], start: int, end: int, raw: str) -> bool:
    """A phone's, an app's or a remittance's trouble around a plea, not shouted: "aplikasi nya error trs,
    help me pls"."""
    return bool(TECH.intersection(words[max(0, start - 12) : end + 10])) and not SHOUT.search(raw)


def _her_just_before(words: list[str], i: int) -> bool:
    """She is named just before the phrase, as whom it is done to, not as whose someone is:
    "they want me to entertain the guests" (not "teman sy dimasukin ke kamar gelap")."""
    return any(
        words[k] in FIRST and words[k] not in ("my", "our") and not (k and words[k - 1] in KIN)
        for k in range(max(0, i - 3), i)
    )


#: self-harm phrases a negation before them does not undo ("gk ada gunanya sy hidup")
_NEGATION_PROOF = NEGATORS | {"don", "do", "no", "can", "gunanya", "artinya", "guna", "arti", "percuma", "ada"}


#: "like", "as if": "kayak di berita", "bunyi kyk dipukul"
LIKE = frozenset({"kayak", "kyk", "kaya", "seperti", "spt", "like", "macam"})
#: living "like this" is despair, not a place ("ga sanggup hidup kyk gini")
_LIKE_THIS = frozenset({"kayak", "kyk", "kaya", "seperti", "spt", "like", "begini", "gini", "begitu"})
#: games lost, not fights: "beat me at chess", "beaten in the badminton match"
GAMES = frozenset({"chess", "catur", "badminton", "game", "games", "match", "cards", "kartu", "football", "soccer",
                   "race", "contest", "competition", "quiz", "ludo", "monopoly", "uno", "scrabble", "domino",
                   "mahjong", "tennis", "pingpong", "basketball", "volleyball"})  # fmt: skip
#: stuck in what traps everyone: "trapped in traffic", "terjebak hujan di pasar"
_STUCK_IN = frozenset({"traffic", "macet", "jam", "rain", "hujan", "lift", "elevator", "queue", "antrian", "antri"})
_FEELING = frozenset({"feel", "feeling", "felt", "merasa", "rasanya", "ngerasa"})
#: why she stays in that is no one's doing
_SHELTERING = frozenset(
    {"rain", "hujan", "typhoon", "topan", "badai", "storm", "covid", "sick", "sakit", "weather", "cuaca"}
)
#: asked to share a bed by the one she looks after is care, not assault
_ASKED = frozenset({"minta", "ngajak", "ajak", "ngajakin", "diajak"})
IN_HER_CARE = frozenset({"nenek", "kakek", "ama", "akong", "amah", "oma", "opa", "lansia", "pasien", "bayi", "balita",
                          "grandma", "grandpa", "patient", "baby", "alaga", "lola", "lolo", "ahma",
                          "ward"})  # fmt: skip
#: what a life means, said with a negation: "gk berarti", "tidak ada artinya"
_MEANING = frozenset({"berarti", "bermakna", "berharga", "artinya", "gunanya", "berguna", "guna"})
#: jumping for joy
_JOY = frozenset({"kegirangan", "senang", "gembira", "bahagia", "happy", "joy", "seneng", "girang", "seru", "asyik",
                  "asik", "berenang", "renang", "swim", "swimming", "snorkeling", "diving", "fun"})  # fmt: skip
#: what follows "my life" that makes it a thing: "my life story", "my life insurance"
_A_THING_OF_LIFE = frozenset({"story", "stories", "book", "insurance", "savings", "plan", "plans", "goal", "goals"})
#: words of self-harm that laughter does not take back
_EXPLICIT = frozenset({"bunuh", "diri", "bundir", "suicide", "kill", "myself", "gantung", "racun", "overdose",
                       "overdosis", "wrists", "wrist", "hang", "nadi", "lompat", "jump"})  # fmt: skip
#: living "in this world" is living at all, not living somewhere
_IN_THIS_WORLD = frozenset({"dunia", "world", "bumi"})
#: laughing emoji (tears of joy, rolling on the floor)
_LAUGHING_EMOJI = ("\U0001f602", "\U0001f923")
_LAUGHTER = ("wkwk", "awokwok", "hahah", "hehe", "xixixi")


def laughing(words: list[str], raw: str) -> bool:
    """ "wkwk", "hahaha", "lol", 😂: a message said laughing."""
    if any(face in raw for face in _LAUGHING_EMOJI):
        return True
    if any(w.startswith(_LAUGHTER) or w in ("lol", "lmao", "haha") for w in words):
        return True
    return any(a == b and a in ("ha", "he", "hi", "wk") for a, b in pairwise(words))  # "ha ha"


def _self_harm(words: list[str], i: int, end: int, raw: str) -> Hit | None:
    """A self-harm phrase found at ``i``..``end``: "mau mati" wanted by her ("sy mau mati aja"),
    not a device ("hp sy mau mati") nor said laughing; afraid to die ("tidak mau mati di sini")
    is danger. Only the hyperbole of "mati" yields to laughter: "bunuh diri wkwk" is still read."""
    phrase = words[i:end]
    if idiom(words, end - 1):
        return None  # "hampir mati bosan": dying of boredom
    if phrase[-1] == "die" and {"hair", "rambut"}.intersection(words[end : end + 3]):
        return None  # "i want to die my hair brown": dye
    if end < len(words) and words[end] in _A_THING_OF_LIFE:
        return None  # "finish my life story book", "end my life insurance"
    if laughing(words, raw) and not _EXPLICIT.intersection(phrase) and "mati" not in phrase:
        return None  # "my game life is over lol": a figure of speech; "bunuh diri wkwk" is still read
    somewhere = end < len(words) and words[end] in WHERE and words[end] not in _LIKE_THIS
    ending = phrase[0] in _ENDING  # "i just end my life here": whether, wherever
    if phrase[-1] in LIFE and somewhere and not ending and not _IN_THIS_WORLD.intersection(words[end + 1 : end + 3]):
        return None  # "I don't want to live with my employer": where, not whether ("di dunia" is whether)
    if laughing(words, raw) and _KIDDING.intersection(words):
        return None  # "bunuh diri aja deh ngurusnya ribet bgt 🤣 canda min": laughed, and said a joke
    if "selamanya" in phrase and laughing(words, raw):
        return None  # "mau tidur selamanya di hari libur wkwk": a lie-in, said laughing
    if "selamanya" in phrase and end < len(words) and words[end] in ("dari", "dr", "ke", "di"):
        return None  # "pergi selamanya dari perusahaan ini": leaving a place
    if phrase[-1] in ("ngilang", "menghilang") and {"dari", "dr", "sebentar", "bentar", "ke"}.intersection(
        words[end : end + 2]
    ):
        return None  # "pengen menghilang sebentar dari sosmed": a break, not an end
    dying = next((w for w in ("mati", "maot", "mate") if w in phrase), None)
    if dying is not None:
        k = i + phrase.index(dying)
        # "hp sy mau mati", "lampu mati aja", "mati aja hp nya": a device, not a wish
        if any(w in DEVICES for w in words[max(0, k - 4) : k]) or any(w in DEVICES for w in words[k + 1 : k + 4]):
            return None
        if phrase[0] in ("mau", "mo", "mati") and k + 1 < len(words) and words[k + 1] in ("lampu", "listrik"):
            return None
        if laughing(words, raw):
            return None  # "capek bgt mau mati rasanya wkwk": a figure of speech, said laughing
        if negated(words, i):
            # "sy tidak mau mati di sini": afraid for her life, not a wish to die
            return Hit("danger", i, end, third_before(words, i))
        if phrase[0] in ("mau", "mo") and not (
            (end < len(words) and words[end] in ("aja", "saja", "ajah", "ja", "rasanya", "rasany", "sj"))
            or (i and words[i - 1] in FIRST | {"rasanya", "pengen", "pengin", "ingin", "aja", "pasrah"})
        ):
            return None
    elif phrase[0] not in _NEGATION_PROOF and negated(words, i):
        return None
    return Hit("self_harm", i, end, third_before(words, i))


#: "just kidding" said with the laughter
_KIDDING = frozenset({"canda", "becanda", "bercanda", "kidding", "joking", "jk", "guyon", "guyonan"})
#: a life ended, not lived somewhere: "end my life here", "mengakhiri hidup di sini"
_ENDING = frozenset({"end", "ending", "finish", "take", "akhiri", "mengakhiri", "ngakhirin", "akhirin", "habisi"})
_ALMOST = frozenset({"tinggal", "hampir", "nyaris", "almost", "nearly"})
_NOBODY_CARES = frozenset({"peduli", "perduli", "care", "cares", "nangis", "kehilangan", "miss"})


_AT_HEIGHT = frozenset({"di", "on", "atas", "at"})
#: she is up on the height already: "standing on the roof", "berdiri di balkon"
_STANDING = frozenset({"standing", "stand", "stood", "berdiri", "nangkring", "naik", "climbed", "climb", "sitting",
                       "duduk", "manjat", "memanjat"})  # fmt: skip


_THINKING = frozenset({"thinking", "think", "thinks", "thought", "dreaming"})


def jump(words: list[str], i: int, raw: str) -> Hit | None:
    """ "sy mau lompat ke laut aja": a wish to die when she wants it, danger otherwise."""
    if negated(words, i):
        return None
    wanting = any(w in WANTING for w in words[max(0, i - 3) : i]) or "aja" in words[i + 1 : i + 7]
    # "klo sy lompat dr lantai 20 ini siapa yg peduli": nobody would care if she did
    wanting = wanting or bool(_NOBODY_CARES.intersection(words[i + 1 :]))
    if _JOY.intersection(words):
        return None  # "kami lompat ke laut berenang ... seru bgt": for fun
    if i > 0 and words[i - 1] in _ALMOST and any(w in HEIGHTS for w in words[max(0, i - 8) : i]):
        # "berdiri di balkon lt 12, tinggal loncat", "udh di pinggir jembatan, hampir loncat"
        return Hit("self_harm", i - 1, i + 1, third_before(words, i))
    up_there = _STANDING.intersection(words) or any(
        w in HEIGHTS and words[k - 1 : k] and words[k - 1] in _AT_HEIGHT for k, w in enumerate(words[:i])
    )
    if wanting and up_there and any(w in HEIGHTS for w in words[max(0, i - 14) : i]):
        # "standing on the roof now, she say want to jump": up there already, and wanting to
        return Hit("self_harm", i, i + 1, third_before(words, i))
    if wanting and FIRST.intersection(words[max(0, i - 3) : i]) and any(w in HEIGHTS for w in words[max(0, i - 8) : i]):
        # "tiap liat jendela lantai 30 ini sy kepikiran loncat": the height named, then her wish
        return Hit("self_harm", i, i + 1, third_before(words, i))
    thought = i >= 2 and words[i - 1] in ("about", "of") and words[i - 2] in _THINKING
    if thought and words[i + 1 : i + 2] in ([], [","], ["again"], ["every"], ["lately"], ["off"]):
        # "i keep thinking about jumping", "thought of jumping again": the thought that stays
        return Hit("self_harm", i - 2, i + 1, third_before(words, i))
    if not any(w in HEIGHTS for w in words[i + 1 : i + 5]):
        # "pengen loncat aja dari sini": wanting to jump, "aja", with no height named; not for joy
        if wanting and "aja" in words[i + 1 : i + 3] and not _JOY.intersection(words):
            return Hit("self_harm", i, i + 1, third_before(words, i))
        return None
    return Hit("self_harm" if wanting else "danger", i, i + 1, third_before(words, i))


def life(words: list[str], i: int, raw: str) -> Hit | None:
    """ "udah gak pengen hidup", "capek hidup", "hidup percuma": no wish to live."""
    before = words[max(0, i - 3) : i]
    if i + 1 < len(words) and words[i + 1] in WHERE:
        # "gk mau hidup sama majikan", "don't want to live here": where, not whether; but no
        # strength left to live like this is giving up ("sy gk kuat lg hidup kyk gini")
        strength = any(w in _STRENGTH and negated(words, max(0, i - 3) + k) for k, w in enumerate(before))
        if not (words[i + 1] in _LIKE and strength):
            return None
        return Hit("self_harm", max(0, i - 3), i + 1, third_before(words, max(0, i - 3)))
    weary = any(w in WEARY for w in before) or any(w in POINTLESS for w in words[i + 1 : i + 3])
    # "hidup sy udah gk berarti": life that means nothing (not "gk berarti tanpa anak2 sy", nor laughing)
    weary = weary or (
        any(w in _MEANING and negated(words, k) for k, w in enumerate(words[i + 1 : i + 5], start=i + 1))
        and not {"tanpa", "without"}.intersection(words[i + 1 : i + 8])
        and not laughing(words, raw)
    )
    # "udah gk ada alasan buat hidup": no reason left to live; "tak guna saya hidup", "apa guna
    # hidup": no use in living (not "kerja guna hidup keluarga": in order to)
    # also with words between ("gk ada alasan lg buat hidup"); "gk pantes hidup", "i dont deserve
    # to live": not worth living
    bare = _said_last(words, i)  # "hidup" said last, not "hidup miskin", "hidup boros"
    reason = next((k for k in range(max(0, i - 4), i) if words[k] in _REASON), -1)
    weary = weary or (bare and reason >= 0 and negated(words, reason))
    worth = next((k for k in range(max(0, i - 3), i) if words[k] in _WORTH), -1)
    weary = weary or (bare and worth > 0 and negated(words, worth))
    use = next((k for k in range(max(0, i - 3), i) if words[k] == "guna"), -1)
    weary = weary or (use > 0 and (negated(words, use) or words[use - 1] == "apa"))
    # "buat apa hidup", "ngapain hidup": what is life for
    weary = (
        weary
        or (i >= 1 and words[i - 1] == "ngapain")
        or (i >= 2 and words[i - 1] == "apa" and words[i - 2] in ("buat", "untuk", "utk", "bwt"))
    )
    refused = False
    for k, word in enumerate(before):
        if word in WANT_LIVE and max(0, i - 3) + k > 0 and negated(words, max(0, i - 3) + k):
            refused = True
    if not (weary or refused):
        return None
    return Hit("self_harm", max(0, i - 3), i + 1, third_before(words, max(0, i - 3)))


#: a reason to live, said to be none: "gk ada alasan lg buat hidup", "no reason to live"
_REASON = frozenset({"alasan", "alesan", "reason"})
#: worth living, said not to be: "sy gk pantes hidup", "i dont deserve to live"
_WORTH = frozenset({"layak", "pantas", "pantes", "berhak", "deserve", "deserves", "worthy"})
#: what may follow a life said to be worth nothing, as the sentence ends
_SENTENCE_ENDS = frozenset({",", "lg", "lagi", "lgi", "anymore", "again", "ini", "aja", "sj", "di", "in", "on", "mbak",
                            "kak"})  # fmt: skip


def _said_last(words: list[str], i: int) -> bool:
    """``words[i]`` ends what is said: the last word, or followed only by a word that closes it.
    (A tuple built with ``*`` inside ``in`` stopped mypyc with an internal error.)"""
    return i + 1 >= len(words) or words[i + 1] in _SENTENCE_ENDS


def no_reason_to_hold_on(words: list[str], i: int, raw: str) -> Hit | None:
    """ "udah gak ada alasan buat bertahan", "no reason to go on": holding on, with no reason
    left (not "bertahan" alone: "gk kuat bertahan di rumah ini" is a job she cannot stand)."""
    reason = next((k for k in range(max(0, i - 4), i) if words[k] in _REASON), -1)
    if reason < 0 or not negated(words, reason) or not _said_last(words, i) or "di" in words[i + 1 : i + 2]:
        return None  # not "gk ada alasan buat bertahan kerja disini", "... di rumah ini"
    return Hit("self_harm", reason, i + 1, third_before(words, reason))


#: "hidup kyk gini": living like this
_LIKE = frozenset({"kayak", "kyk", "kek", "like", "seperti"})
#: the strength to go on, said gone ("gk kuat lg", "udh gk sanggup")
_STRENGTH = frozenset({"kuat", "sanggup", "tahan", "kuwat"})


#: leaving a place: what is not done alive in a threat ("gk bakal keluar idup2 dr sini")
_LEAVE = frozenset({"keluar", "kluar", "pulang", "balik", "pergi", "leave", "out", "go", "home"})


def not_leaving_alive(words: list[str], i: int, raw: str) -> Hit | None:
    """ "bos bilang sy gk bakal keluar idup2 dr sini", "you will not leave here alive": a threat
    on her life (not "kami semua keluar hidup2 dr kecelakaan itu")."""
    # "gk bakal pulang ke indonesia dlm keadaan hidup": the place and "in a state" between
    leave = next((k for k in range(max(0, i - 6), i) if words[k] in _LEAVE), -1)
    if leave < 0 or NEGATORS.isdisjoint(words[max(0, leave - 3) : leave]):
        return None
    start = max(0, leave - 3)
    return Hit("danger", start, i + 1, third_before(words, start))


#: where the dead are: "mau nyusul bapak di surga", "pengen nyusul almarhumah ibu"
_BEYOND = frozenset({"surga", "syurga", "akhirat", "almarhum", "almarhumah", "alm", "almh", "heaven", "baka"})


def follow_the_dead(words: list[str], i: int, raw: str) -> Hit | None:
    """ "aku mau nyusul bapak aja di surga": joining the dead; not "mau nyusul suami ke korea"."""
    if negated(words, i):
        return None
    if _BEYOND.intersection(words[i + 1 : i + 6]):
        return Hit("self_harm", i, i + 1, third_before(words, i))
    # "udh gk kuat lg, mau nyusul bapak aja": a parent and nothing of a place, after giving up
    parent = words[i + 1 : i + 2] and words[i + 1] in _PARENTS
    gone = _GIVEN_UP.intersection(words[:i]) or _GONE.intersection(words[:i]) or _said_gone(words[:i])
    if parent and _JUST.intersection(words[i + 2 : i + 4]) and gone:
        return Hit("self_harm", i, i + 2, third_before(words, i))
    # "bapak wes ora ono, pengen nyusul wae": joining, said just so, after a parent gone
    if words[i + 1 : i + 2] and words[i + 1] in _JUST and _PARENTS.intersection(words[:i]) and gone:
        return Hit("self_harm", i, i + 2, third_before(words, i))
    return None


_PARENTS = frozenset({"bapak", "bpk", "ibu", "emak", "mamak", "mama", "ayah", "abah", "bapa", "mbah", "nenek", "kakek"})
#: the parent said to be gone: "bapak udh gk ada", "almarhum ibu", "ibu meninggal"
_GONE = frozenset({"meninggal", "wafat", "tiada", "almarhum", "almarhumah", "alm", "almh", "passed"})


def _said_gone(words: list[str]) -> bool:
    """ "udh gk ada" said of someone: no longer here."""
    return any(
        words[k] in _NO and words[k + 1 : k + 2] in (["ada"], ["ono"]) and words[k - 1] in _ALREADY_GONE
        for k in range(1, len(words))
    )


_NO = frozenset({"gk", "ga", "gak", "tidak", "tdk", "nggak", "ora"})
_ALREADY_GONE = frozenset({"udh", "udah", "sudah", "sdh", "wes", "wis", "wus"})
_JUST = frozenset({"aja", "wae", "ae", "saja", "je", "mawon"})


#: "gk kuat lg", "capek", "pasrah": having given up
_GIVEN_UP = frozenset(
    {"kuat", "tahan", "sanggup", "capek", "cape", "lelah", "pasrah", "nyerah", "menyerah", "kiat", "kuwat"}
)


#: pills, swallowed all at once: "i drink all the madam pills", "minum semua obat tidur nenek"
_PILLS = frozenset({"pills", "pill", "tablets", "tablet", "obat", "obatnya", "panadol", "paracetamol", "sleeping",
                    "obatan", "obat2an", "obat2"})  # fmt: skip
_ALL = frozenset({"all", "semua", "sebotol", "segenggam", "banyak", "handful", "bottle", "sekaligus", "seluruh"})


def overdose(words: list[str], i: int, raw: str) -> Hit | None:
    """Swallowing all the pills: "i drink all the madam pills already", "obat tidur madam banyak dan
    mau diminum semua"; pills stored up for it ("udh nyiapin obat2an yg banyak, mlm ini"); not
    "take the pills after eating" nor "beli semua obat di apotek"."""
    if negated(words, i):
        return None
    if words[i] in _STORED_UP:
        after = words[i + 1 : i + 6]
        if _PILLS.intersection(after) and _ALL.intersection(after) and _TONIGHT.intersection(words[i:]):
            return Hit("self_harm", i, i + 1, third_before(words, i))
        # "obat tidur nyonya udh sy simpen banyak. sy cm mau istirahat": stored up, and rest longed for
        around = words[max(0, i - 6) : i + 3]
        if _PILLS.intersection(around) and _ALL.intersection(around) and _REST.intersection(words[i:]):
            return Hit("self_harm", i, i + 1, third_before(words, i))
        # sleeping pills stored up, many of them: "sy nyimpen obat tidur dr klinik, udh banyak",
        # "obat tidur madam sy kumpulin" (not medicine kept for a cold)
        sleeping = any(
            (w in _PILLS and words[k + 1 : k + 2] in (["tidur"], ["tdr"])) or words[k : k + 2] == ["sleeping", "pills"]
            for k, w in enumerate(words)
        )
        if sleeping and (_ALL.intersection(words) or _GATHERED.intersection(words[i:])):
            return Hit("self_harm", i, i + 1, third_before(words, i))
        return None
    after = words[i + 1 : i + 6]
    around = words[max(0, i - 8) : i + 6]  # "nyimpen obat tidur byk bgt, katanya mau diminum semua"
    if not (_PILLS.intersection(after) and _ALL.intersection(after)):
        if not (words[i] in _PASSIVE_SWALLOW and _PILLS.intersection(around) and _ALL.intersection(around)):
            return None
    return Hit("self_harm", i, i + 1, third_before(words, i))


#: gathered one by one: "udh kekumpul", "kumpulin"
_GATHERED = frozenset({"kekumpul", "terkumpul", "kumpulin", "ngumpulin", "kumpulkan", "collected", "collecting"})
#: the words the overdose rule is called at: swallowing, passive or active, and storing up
SWALLOWING = frozenset({"drink", "drank", "take", "took", "taking", "swallow", "swallowed", "minum", "telen", "nelen",
                        "telan", "menelan"})  # fmt: skip
#: "obat tidur ... mau diminum semua": the pills named before the swallowing
_PASSIVE_SWALLOW = frozenset({"diminum", "ditelan", "ditelen"})
#: pills stored up, and a time set: "udh nyiapin obat2an yg banyak, mlm ini aja"
_STORED_UP = frozenset({"nyiapin", "siapin", "menyiapkan", "nyimpen", "nyimpan", "simpan", "simpen", "ngumpulin",
                        "kumpulin", "kumpulkan", "saved", "collected", "stored", "kekumpul", "collecting",
                        "saving", "keeping", "hoarding"})  # fmt: skip
#: the rest longed for that stored-up pills are meant to bring: "sy cm mau istirahat"
_REST = frozenset({"istirahat", "tenang", "selamanya", "rest", "forever", "peace"})
_TONIGHT = frozenset({"mlm", "malam", "malem", "tonight", "besok", "nanti"})
#: what poisons: "racun tikus", "pemutih", "obat nyamuk cair", "rat poison"
POISONS = frozenset({"racun", "racunnya", "poison", "pemutih", "bleach", "baygon", "pestisida", "pesticide",
                     "insektisida", "sianida", "cyanide", "clorox", "bayclin", "pembersih", "karbol",
                     "cleaner"})  # fmt: skip
_DRINKS = frozenset({"minum", "diminum", "drink", "telan", "ditelan", "nelen", "swallow", "nenggak", "tenggak"})
_ENDS = frozenset({"meninggal", "mati", "die", "dying", "way", "jalan", "beres", "selesai"})


def poison(words: list[str], i: int, raw: str) -> Hit | None:
    """A poison she means to drink: "udh beli obat nyamuk cair, malem ini sy minum", "kalau sy minum
    pemutih banyak langsung meninggal gk?", "i buy rat poison today, it is the only way"; not
    "racun tikus buat di dapur" nor "pemutih buat cuci baju"."""
    if words[i] == "nyamuk" and (not i or words[i - 1] != "obat"):
        return None  # only "obat nyamuk", the poison, not the mosquito
    if negated(words, i):
        return None
    near = words[max(0, i - 6) : i + 7]
    if _DRINKS.intersection(near):
        return Hit("self_harm", i, i + 1, third_before(words, i))
    prepared = _PREPARED.intersection(words[max(0, i - 3) : i + 5])
    if prepared and not _PESTS.intersection(words) and not _FOR_PESTS.intersection(words[i + 1 : i + 8]):
        return Hit("self_harm", i, i + 1, third_before(words, i))  # "sy udh siapin racunnya"
    if _ENDS.intersection(words[i + 1 : i + 12]) and not _FOR_PESTS.intersection(words[i + 1 : i + 8]):
        return Hit("self_harm", i, i + 1, third_before(words, i))
    return None


_PESTS = frozenset({"tikus", "kecoa", "nyamuk", "semut", "rayap", "rat", "rats", "cockroach", "cockroaches", "ants"})
_PREPARED = frozenset({"siapin", "nyiapin", "menyiapkan", "disiapkan", "prepared", "ready"})
#: a poison for what it is for: "racun tikus buat di dapur, banyak tikus"
_FOR_PESTS = frozenset({"buat", "untuk", "utk", "for", "kitchen", "dapur", "baju", "cuci", "laundry", "lantai"})


OVERDOSE_WORDS = SWALLOWING | _PASSIVE_SWALLOW | _STORED_UP
