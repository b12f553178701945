"""A cry for help in any message, at any step: ``detect(text) -> Danger | None``.

Read word by word, with clause breaks kept as "," (rules never look across one): each word that
starts a rule (``flows.understand.danger_rules``, ``danger_phrases``; the questions they ask of
the words around in ``danger_context``) has it look at the words around it. The words
are data, ``lexicon/danger.yaml``, compiled once at import (``flows.understand.danger_words``).
Most words of a message start no rule, so a 1,000-character story costs a dictionary look-up
per word. ADR 0006 says why rules over a lexicon rather than patterns or a model. They know:

- Indonesian inflection: a root's di-/ke-/ter-/-in/-i forms and "kena <root>" are generated, the
  active forms (memukul, mukul) are listed; "di pukul" is read as "dipukul", "dipukul2" as
  "dipukul", "tolooong" as "tolong".
- Look-alikes: "pukul 3 sore" is a time, "kunci motor" a key, "bunuh nyamuk" an insect, "hp sy
  mati" a phone; a verb said of a thing ("hp dikunci") is no danger.
  What takes a hit back afterwards (a correction, the news, a dream, a sport, a how-to question,
  a past that is over) is in ``danger_lookalikes``.
- Negation: "tidak pernah dipukul" is none; "gk dikasih makan" is danger (its own rule); "jangan
  pukul saya" stays danger (a plea).
- "tolong" (also "please") is a cry alone, with saya/aku/kami, shouted ("tolong!!", "TOLONG"),
  drawn out or repeated; "tolong dibantu", "tolong bantu cek status", "tolong ya kak" are polite.
  The bot's own commands ("help", "/help", "bantuan") are never a cry.
- Third person: "teman saya dipukul", "adik sy dikurung majikan", "my sister is locked in".
- Self-harm ("sy mau mati aja", "pengen mati", "I want to die") has its own kind.

Where no rule matches any word, the trained model (``danger_model``) is asked: very sure, it
raises the alarm too (ADR 0020), so a danger told in words no rule knows ("adik sy di oman bilang
dia dikasih ke majikan lain buat kerja malem, dia nangis") is not missed.
"""

from __future__ import annotations

import re
import unicodedata

from flows.understand import danger_model
from flows.understand.danger_again import begun_again
from flows.understand.danger_context import KIN, RELAY, Hit, clause_before, kin_at, kin_named, the_one_who_does_it
from flows.understand.danger_cry import plea_before_a_complaint
from flows.understand.danger_everyday import everyday
from flows.understand.danger_in_general import in_general
from flows.understand.danger_judged import heard_past_the_rules
from flows.understand.danger_laughed import a_cry_laughed, laughed_off
from flows.understand.danger_laughter import laughing
from flows.understand.danger_lookalikes import taken_back
from flows.understand.danger_over import over, safe_at_refuge
from flows.understand.danger_rules import RULES
from flows.understand.danger_senses import harmless_sense, without_harmless
from flows.understand.danger_tokens import ELONGATED, JOINABLE, known_forms, tokens
from flows.understand.danger_words import (
    ACTIVE_NEEDS_PERSON,
    ALARM,
    COMMANDS,
    CONTRACTIONS,
    CRY,
    EN_VIOLENCE,
    FIRST,
    FOOD,
    IDIOMS,
    INJURY,
    JUMP,
    KILL,
    LIFE,
    MENACE,
    PASSIVE,
    PASSIVE_UNLESS_THING,
    STARVING,
    THREAT,
    VIOLENCE,
    WEAPONS,
)
from flows.understand.normalize import read_text, unaccented
from flows.understand.said_before import points_back
from flows.understand.types import Danger

#: longer messages are read up to here (a story is rarely a tenth of it)
MAX_CHARS = 20000
#: a clause break: rules never look across one ("... nipu orang, kalau gk capai target disetrum")
_BREAK = re.compile(r"[,;:?!\n]+|\.(?=\s|$)")
#: in plain ASCII, everything but letters, digits, spaces and the clause mark "," is a space
_ASCII_NOISE = {c: " " for c in range(128) if not chr(c).isalnum() and chr(c) not in ", "}
#: the words (letters and digits of any script) and the clause marks left as ","
_PIECES = re.compile(r"[^\W_]+|,")
#: invisible formatting characters (right-to-left marks, zero-width joiners, BOM)
_INVISIBLE = dict.fromkeys(c for c in range(0x2000, 0x2070) if unicodedata.category(chr(c)) == "Cf")
_INVISIBLE.update({0xFEFF: None, 0x200B: None, 0x00AD: None})
#: fewer words than this is an answer, not a telling: the model is not asked
MODEL_MIN_WORDS = 6
#: how much of the message is kept as the words that said it, when the model heard it
MODEL_WORDS_KEPT = 16
#: the words of danger itself (a blow, a lock, a threat, a wound, a cry, life and death): where
#: one is said and no rule took it as danger, the rules have judged it ("beat me to it", "sy
#: dilarang keluar malam", "kalo dipukul, ngadunya kemana?") and the model is not asked
_JUDGED_BY_RULES = frozenset().union(
    VIOLENCE, EN_VIOLENCE, PASSIVE, PASSIVE_UNLESS_THING, KILL, ACTIVE_NEEDS_PERSON, JUMP, LIFE, MENACE, THREAT,
    INJURY, IDIOMS, STARVING, WEAPONS, ALARM, CRY, FOOD,
    # kept in, pills, a room entered, a high floor: the rules' words for these; a goodbye, which
    # the farewell rules read for its second sign ("goodbye everyone, i am going home tomorrow")
    # a blanket, which the rules of being put out in the cold judge ("sy gk kuat dingin, minta
    # selimut tambahan ke majikan" read 0.96 once the model had seen the blind batch of 6 December)
    {"keluar", "dilarang", "obat", "masuk", "lantai", "goodbye", "selimut", "blanket"},
)  # fmt: skip
#: the words a danger can start with, as typed (before joining, squeezing, contractions)
_ENTRY = (
    frozenset(RULES)
    | frozenset(CONTRACTIONS)
    | frozenset(w[len(p) :] for w in JOINABLE for p in ("di", "ter", "e") if w.startswith(p))  # "di paksa"
)


#: the last message read and what it said: the engine and the understanding step read the same
#: message object in one turn
_last: tuple[str | None, Danger | None] = (None, None)


def detect(text: str) -> Danger | None:
    """The danger a message tells of, or None. ``words``: the words that say it."""
    global _last
    if not text:
        return None
    last = _last
    if text is last[0]:
        return last[1]
    found = _detect(text)
    _last = (text, found)
    return found


def _key(raw: str) -> str:
    """The message as lower-case words and "," for each clause break: "Sy DIPUKUL!! tolong" ->
    "sy dipukul , tolong". Emoji and other marks go; "S.O.S" is "s o s"."""
    if raw.isascii():
        # the common case: one table lookup per character (C speed)
        return " ".join(_BREAK.sub(" , ", raw.lower()).translate(_ASCII_NOISE).split()).strip(" ,")
    text = unaccented(unicodedata.normalize("NFKC", raw.translate(_INVISIBLE)).casefold())
    return " ".join(_PIECES.findall(_BREAK.sub(" , ", text))).strip(" ,")


def _detect(text: str) -> Danger | None:
    own, relayed = _own_words(text[:MAX_CHARS])
    if relayed is None:
        return _read(own)
    # a forwarded or copied chat: the cry in it is someone else's, unless she tells her own
    mine = _read(own) if own.strip() else None
    if mine is not None and not mine.third_person:
        return mine
    theirs = _read(relayed)
    if theirs is None:
        return mine
    return Danger(theirs.kind, True, theirs.words)


#: a forwarded message's mark on its own line or at its head: "*Diteruskan*", "Forwarded", "Fwd:"
_FORWARDED = re.compile(
    r"^\s*(?:[*_~]+\s*(?:pesan\s+)?(?:diteruskan|forwarded|fwd)(?:\s+message)?\s*[*_~]+:?"
    r"|(?:pesan\s+)?(?:diteruskan|forwarded|fwd)(?:\s+message)?\s*(?::|$))",
    re.IGNORECASE,
)
#: a line of a copied WhatsApp chat: "[12.03, 5/12/2026] Ani: ...", "5/12/26 12.03 - Ani: ..."
_CHAT_LINE = re.compile(
    r"^\s*(?:\[\s*\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?:\s*[ap]m)?,?\s*\d{1,2}/\d{1,2}/\d{2,4}\s*\]"
    r"|\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}[.:]\d{2}(?:\s*[ap]m)?\s+-)\s*[^:\n]{1,40}:",
    re.IGNORECASE,
)


def _own_words(raw: str) -> tuple[str, str | None]:
    """The writer's own words and, apart, what she passes on of someone else's chat: the lines
    after a forwarded mark ("*Diteruskan* Ani HK: kak tolong sy ..."), copied chat lines with
    their time and sender ("[12.03, 5/12/2026] Ani: tolong ..."), and quoted lines ("> tolong sy
    dikunci" above "itu pesan temen sy"). None: nothing passed on."""
    lower = raw.lower()
    if (
        "diteruskan" not in lower
        and "forwarded" not in lower
        and "fwd" not in lower
        and ("/" not in raw or not any(_CHAT_LINE.match(line) for line in raw.splitlines()))
        and ">" not in raw
    ):
        return raw, None
    own: list[str] = []
    relayed: list[str] = []
    lines = raw.splitlines()
    for k, line in enumerate(lines):
        mark = _FORWARDED.match(line)
        if mark:
            relayed.append(line[mark.end() :])
            relayed.extend(lines[k + 1 :])  # all that follows the mark is passed on
            break
        chat = _CHAT_LINE.match(line)
        if chat:
            relayed.append(line[chat.end() :])
        elif line.lstrip().startswith(">"):
            relayed.append(line.lstrip().lstrip(">"))  # a quoted line: "> tolong sy dikunci"
        elif (
            relayed
            and line.strip()
            and lines[k - 1].strip()
            and not own[-1:] == [lines[k - 1]]
            and not lines[k - 1].lstrip().startswith(">")  # a quote's lines each carry its mark
        ):
            relayed.append(line)  # right under a copied chat line: the sender's message going on
        else:
            own.append(line)
    if not relayed:
        return raw, None
    return "\n".join(own), "\n".join(relayed)


def _read(text: str) -> Danger | None:
    raw = text
    key = _key(raw)
    if not key or (key in COMMANDS and "!" not in raw):
        return None
    key = known_forms(key)
    if "2" not in key and not ELONGATED.search(key) and _ENTRY.isdisjoint(key.split()):
        # no word that can start a rule, none to squeeze or reduplicate: most answers
        return _heard_by_model(raw, key.split())
    words = tokens(key)
    hits: list[Hit] = []
    for i, word in enumerate(words):
        rules = RULES.get(word)
        if rules is None:
            continue
        for rule in rules:
            hit = rule(words, i, raw)
            if hit is not None:
                hits.append(hit)
                break
    if not hits:
        return _heard_by_model(raw, words)
    hits = [
        h
        for h in hits
        if not taken_back(words, h)
        and not plea_before_a_complaint(words, h.start, h.end, h.kind, raw)
        and not harmless_sense(words, h)  # "ora nate mukul", "gaji sy dicekik potongan" (danger_senses)
        and not in_general(words, h, raw)  # "klo nanti disekap gmn?", "hotline kekerasan" (danger_in_general)
        and not everyday(words, h, raw)  # "dipukul telak sm tagihan listrik", "kunci sy ketinggalan" (danger_everyday)
    ]
    if a_cry_laughed(words, raw, [(h.start, h.end) for h in hits]):
        return None  # "HELP 😂 the kids painted the wall": a cry said laughing, nothing else read
    if hits and laughed_off(words, raw):
        hits = [h for h in hits if h.kind == "self_harm"]  # "bunuh diri wkwk" is still read
    again = bool(hits) and begun_again(words)  # "dulu pernah dipukul ..., tp minggu ini mulai lagi"
    if hits and not again and over(words, min(h.start for h in hits), max(h.end for h in hits)):
        return None
    if not hits:
        return None
    if not again and _model_disagrees(raw, words, hits):
        return None
    best = min(hits, key=lambda h: (h.third, h.kind != "self_harm", h.start))
    said = " ".join(w for w in words[best.start : best.end] if w != ",")
    third = best.third or _said_of_another(words, best.kind, best.start, best.end)
    if third and best.kind != "self_harm" and the_one_who_does_it(words, best.start):
        third = False
    if not third and all(_FLIGHT.intersection(words[h.start : h.end]) for h in hits):
        if safe_at_refuge(words, max(h.end for h in hits)):
            return None  # "sy kabur dr majikan, skrg udh aman di KBRI": her flight is past, she is safe
    return Danger("self_harm" if best.kind == "self_harm" else "danger", third, said)


#: her flight: the one danger a refuge reached ends ("sy kabur dr majikan, skrg di KBRI"); a blow,
#: a wound, hunger told beside it stay an alarm for the mediators though she is safe now
_FLIGHT = frozenset({"kabur", "kbur", "lari", "melarikan", "minggat", "escape", "escaped", "run", "ran", "runaway"})


#: fewer words than this and the model's word does not take back a rule's hit ("darurat!!")
VETO_MIN_WORDS = 3


def _model_disagrees(raw: str, words: list[str], hits: list[Hit]) -> bool:
    """The rules read danger (never self-harm) in a telling the model is all but sure tells of
    none: a word of danger in a look-alike no veto of ``danger_lookalikes`` knows ("harga tiket
    mencekik", "is it true if we run away from employer we go jail?"). A self-harm hit is never
    taken back by the model (ADR 0020)."""
    if any(h.kind == "self_harm" for h in hits):
        return False
    if laughing(words, raw):
        return False  # "wkwk udh biasa dijambak tiap pagi": the rules judged the laughter (laughed_off)
    if sum(w != "," for w in words) < VETO_MIN_WORDS:
        return False
    # a bare cry ("tolong", "help me", "darurat") is the rules' weakest word: the model may take
    # it back when it is fairly sure of none, not all but sure ("tolong ya kak, sy mau tanya ...")
    said = [w for h in hits for w in words[h.start : h.end] if w != ","]
    bare = all(w in _BARE_CRY for w in said) and _calm(said, raw)
    veto = danger_model.VETO_CRY if bare else danger_model.VETO
    return danger_model.reading(read_text(raw).plain())[1] < veto


def _calm(said: list[str], raw: str) -> bool:
    """Said as typed every day: no "!", nothing in capitals ("I NEED HELP"), nothing drawn out
    ("tolooong"): the rules judged a shout, as they judge laughter."""
    lower = raw.lower()
    return "!" not in raw and all(w in lower and (len(w) < 3 or w.upper() not in raw) for w in said)


#: the words of a bare cry: "tolong", "help me", "darurat", "pls help"
_BARE_CRY = CRY | FIRST | ALARM | frozenset({",", "please", "pls", "plz", "plis", "dong", "me", "us", "ya", "kak"})


def _heard_by_model(raw: str, words: list[str]) -> Danger | None:
    """The model's alarm, for a telling no rule matched a word of: at least ``MODEL_MIN_WORDS``
    words, not laughed off, and the model at least ``danger_model.ALARM`` sure; where a word of
    danger the rules judged is said, only as ``danger_judged`` allows and ``ALARM_JUDGED`` sure.
    Said of someone else as a rule's hit would be: someone of hers named and she not in it."""
    said = [w for w in words if w != ","]
    if len(said) < MODEL_MIN_WORDS or laughed_off(words, raw):
        return None
    judged = [i for i, w in enumerate(words) if w in _JUDGED_BY_RULES]
    if judged and not heard_past_the_rules(raw, words, judged):
        return None  # "beat me to it", "sy dilarang keluar malam": the rules judged the words
    if points_back(said):
        return None  # "kan td udh sy bilang 24": what she told before, nothing new (said_before.py)
    if danger_model.an_address(said):
        return None  # "majikan sy tinggal di jalan padungan no 5": where, told for the staff

    kind, likely = danger_model.reading(read_text(raw).plain())
    if likely < (danger_model.ALARM_JUDGED if judged else danger_model.ALARM):
        return None
    plain = without_harmless(words)
    if plain is not None and danger_model.reading(read_text(plain).plain())[1] < danger_model.ALARM:
        return None  # "sy pengen belajar bela diri": sure only for "diri", whose sense is told (danger_senses)
    end = len(words)
    return Danger(kind, _said_of_another(words, kind, end, end), " ".join(said[:MODEL_WORDS_KEPT]))


def _said_of_another(words: list[str], kind: str, start: int, end: int) -> bool:
    """What is told at ``start:end`` is said of someone else. A wish to die is hers though she
    names her child elsewhere ("klo sy mati gaji sy ... ke anak sy gk? rasanya udh gk mau idup"),
    unless the message opens with someone of hers or passes on what someone said ("anak sy ...
    katanya udh gk mau idup")."""
    told = kind != "self_harm" or kin_named(words, 0, 6) or kin_at(words, 6) >= 0 or not RELAY.isdisjoint(words[:start])
    return bool(told) and _told_of_another(words, start, end)


def _told_of_another(words: list[str], start: int, end: int) -> bool:
    """A message that opens with someone of hers ("anak sy perempuan di riyadh, ... dikunci di
    kamar mandi") and never puts herself in it tells of that person, even where a later clause
    names nobody; so does what she passes on of that person's words ("... bilang 'aku dikunci'").
    Someone of hers named later ("Sy mau nanya ... Temen sekamar sy, Ani, ...") counts for what
    is told after, in its own clause. Not when she is the one it is done to ("... pukul sy")."""
    if kin_named(words, 0, 6):
        at, relayed = 0, kin_named(words, 0, 6, addressed=False) or kin_at(words, 6) >= 0
    else:
        # named later in a long message, before what is told of her: "Sy mau nanya cara lapor.
        # Temen sekamar sy, Ani, dari semalem kejang2 ...", "Pak saya suaminya Yati ..."
        at = kin_at(words, _LATER)
        if at < 0 or at >= start:
            return False
        relayed = True
    # she speaks of herself as who it happens to: "sy dipukul", "pukul sy", "me"; not in the
    # words she passes on ("anak sy bilang 'aku udh gk kuat'", "ponakan sy tulis 'jemput sy'")
    if at:
        # named later and then passing it on: "sy liat tmn sy, dia bisik '... aku dijual'"
        if any(words[k] in RELAY and _SPEAKER.intersection(words[k - 2 : k]) for k in range(at + 1, start)):
            return True
        # named later: only the clause of what is told counts ("Kami dah cuba hubungi majikan ...
        # Rohani hantar mesej ... dia dikurung")
        at = max(at, max((k for k in range(start) if words[k] == ","), default=0))
    first_kin = next((k for k in range(at, len(words)) if words[k] in KIN), at)
    for k in range(at, min(len(words), end + 2)):
        word = words[k]
        if word in RELAY and relayed and k > first_kin and not _speaks_herself(words, k):
            return True  # not her own "sy jg mau bilang, ..."
        if word in FIRST and word not in ("my", "our") and not KIN.intersection(clause_before(words, k, 2)):
            if k >= 3 and words[k - 2] == "satu" and words[k - 3] in KIN:
                continue  # "temen satu agen sy": hers, the friend's agency
            if words[k + 1 : k + 2] and words[k + 1] in _PERCEIVING:
                continue  # "saya dengar dia menjerit": she hears it, it is not done to her
            if 0 < k <= 2 and words[k - 1] in _NOT_ME:
                continue  # opening with "bkn sy, adik sy ...": she says it is not her
            if k >= 2 and words[k - 1] in _FOR and words[k - 2] in _NOT_ME:
                continue  # "sy mau lapor buat tmn, bkn buat sy"
            if _REPORTING.intersection(words[k + 1 : k + 3]):
                continue  # "sy mau lapor buat tmn": she reports it, it is not done to her
            return False
    return True


def _speaks_herself(words: list[str], k: int) -> bool:
    """The writer is who says or writes it: "sy jg mau bilang", not "anak sy bilang"."""
    return any(words[j] in FIRST and not (j and words[j - 1] in KIN) for j in range(max(0, k - 3), k))


#: what she perceives of someone else's danger: "saya dengar dia menjerit", "i saw her"
_PERCEIVING = frozenset({"dengar", "denger", "dgr", "mendengar", "lihat", "liat", "melihat", "nampak", "tengok",
                         "hear", "heard", "see", "saw", "tau", "tahu", "ketemu", "bertemu", "jumpa", "met",
                         "meet"})  # fmt: skip


#: she tells or asks of it: "sy mau lapor buat tmn", "sy mau nanya soal adik sy"
_REPORTING = frozenset({"lapor", "melapor", "laporin", "ngelaporin", "melaporkan", "report", "nanya", "tanya", "ask"})
_FOR = frozenset({"buat", "untuk", "utk", "for"})
#: "bukan saya", "not me": the writer says it is someone else
_NOT_ME = frozenset({"bukan", "bkn", "bukn", "not", "ndak", "bukane"})

#: who passes it on, right before the word of saying: "dia bisik", "she said"
_SPEAKER = KIN | frozenset({"dia", "she", "he", "beliau", "suaranya", "suara", "pesannya", "chatnya", "katanya"})

#: how far into a message someone of hers may be named first
_LATER = 16
