"""Phrases: words in order ("lebih baik mati", "locked in"), read by the phrase tables' rules, and
the wish to die a phrase says ("sy mau mati aja", "udah gak pengen hidup"); the other ways
self-harm is told are in danger_self_harm.py, laughter in danger_laughter.py."""

from __future__ import annotations

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
from flows.understand.danger_laughter import laughing
from flows.understand.danger_no_care import medicine_taken
from flows.understand.danger_words import (
    ASKING,
    DEVICES,
    FIRST,
    HELP_PHRASES,
    LIFE,
    NEGATORS,
    REQUEST,
    SKIPPABLE,
    THINGS,
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
#: what follows "my life" that makes it a thing: "my life story", "my life insurance"
_A_THING_OF_LIFE = frozenset({"story", "stories", "book", "insurance", "savings", "plan", "plans", "goal", "goals"})
#: words of self-harm that laughter does not take back
_EXPLICIT = frozenset({"bunuh", "diri", "bundir", "suicide", "kill", "myself", "gantung", "racun", "overdose",
                       "overdosis", "wrists", "wrist", "hang", "nadi", "lompat", "jump"})  # fmt: skip
#: living "in this world" is living at all, not living somewhere
_IN_THIS_WORLD = frozenset({"dunia", "world", "bumi"})


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
