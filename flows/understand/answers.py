"""Short answers with negation kept: yes, no, unknown, skip, done, or None when it is not one.

"gk setuju", "tidak mau", "blm", "bukan", "I don't agree" are no; "gk tau", "kurang tau", "lupa",
"not sure" are *unknown*, never no; "lewati", "skip" skip; "udah itu aja", "itu saja", "cukup"
done; "yaa", "iya bener", "sip", "ok", "setuju" yes. A mix ("ya tapi gk tau", "iya gk") is None:
the engine asks again rather than guess.

"sudah" (and "lanjut") answers "have you ...?" with yes, but ends a list at a collecting step.
The engine says which: ``read_answer(text, collecting=True)`` at a step that gathers several
messages (evidence, a story told in parts), where "sudah" is done; otherwise it is yes.
The words are data: ``answers`` in ``lexicon/id.yaml`` and ``lexicon/en.yaml``.
"""

from __future__ import annotations

import re

from flows.understand.lexicon import LEXICON
from flows.understand.normalize import BREAK, Text, read_text
from flows.understand.types import AnswerKind

#: more words than this that are not answer words, and it is a sentence, not an answer
MAX_OTHER = 2
_KINDS: dict[str, AnswerKind] = {"yes": "yes", "no": "no", "unknown": "unknown", "skip": "skip", "done": "done"}
#: yes-words that do not give consent to the processing of personal data
_NOT_CONSENT = frozenset({("ada",), ("pernah",), ("sudah",), ("bisa",), ("lanjut",), ("ya", "sudah")})


def _kinds(words: list[str]) -> tuple[list[tuple[str, tuple[str, ...]]], int]:
    """The answer phrases in order (longest first at each place) and how many other words.
    A clause break is kept as ("break", ()); a word we do not know just before a yes-word is kept
    as ("unknown word", ...): it may be a spelling of "tidak" we have never seen ("ngk setuju")."""
    phrases, longest = LEXICON.answer_phrases, LEXICON.answer_longest
    found: list[tuple[str, tuple[str, ...]]] = []
    other = 0
    i, n = 0, len(words)
    while i < n:
        if words[i] == BREAK:
            found.append(("break", ()))
            i += 1
            continue
        for size in range(min(longest, n - i), 0, -1):
            phrase = tuple(words[i : i + size])
            kind = phrases.get(phrase)
            if kind is not None:
                if kind != "filler":
                    found.append((kind, phrase))
                i += size
                break
        else:
            other += 1
            found.append(("other", (words[i],)))
            i += 1
    return found, other


def _read(text: Text, collecting: bool) -> tuple[AnswerKind | None, tuple[tuple[str, ...], ...]]:
    words = list(text.words)
    if not words:
        return None, ()
    found, other = _kinds(words)
    while found and found[-1][0] == "break":
        found.pop()
    if len(found) > 1 and found[-1][1] == ("ya",):
        found.pop()  # a closing "ya" is a particle: "gk tau ya", "tidak ya kak"
    plain = sum(kind not in ("break", "other") for kind, _ in found)
    if not plain or other > MAX_OTHER or (other and len(words) > 6):
        return None, ()
    kinds: list[str] = []
    said: list[tuple[str, ...]] = []
    negated = False
    previous = ""
    for kind, phrase in found:
        if kind in ("break", "other"):
            if negated and kind == "other":
                return None, ()  # "belum <a word we do not know>": perhaps "not sure", never a guessed no
            if negated:
                kinds.append("no")  # "tidak, ..." : the clause ended on its negation
                negated = False
            previous = kind
            continue
        if kind == "neg":
            if negated:
                return None, ()  # "bukan tidak mau": a double negation is not a plain answer
            negated = True
            previous = kind
            continue
        if previous == "other" and kind in ("yes", "either"):
            return None, ()  # "ngk setuju": an unknown word before a yes-word may negate it
        previous = kind
        if negated:
            if kind in ("yes", "either"):
                kind = "no"  # "tidak setuju", "belum mau", "tidak ada"
            elif kind != "no":
                return None, ()  # "jangan lewati", "tidak selesai"
            negated = False
        if kind == "either":
            kind = "done" if collecting else "yes"
        kinds.append(kind)
        said.append(phrase)
    if negated:
        kinds.append("no")  # "tidak", "belum", "bukan", "no" at the end
    distinct = set(kinds)
    if collecting and distinct == {"yes", "done"}:
        return "done", tuple(said)  # "ya sudah itu saja"
    if len(distinct) != 1:
        return None, ()
    if distinct == {"yes"} and _wants_something(found):
        return None, ()  # "sy mau pulang aja" to "is your passport held?": a wish, not a yes
    return _KINDS[distinct.pop()], tuple(said)


#: yes-words that are wanting: "mau", alone or "iya mau", is a yes; "mau pulang" wants something
_WANT = frozenset({("mau",), ("ingin",), ("pengen",), ("pingin",), ("want",), ("mw",), ("mo",)})


def _wants_something(found: list[tuple[str, tuple[str, ...]]]) -> bool:
    """Every yes-word is a word of wanting, and something she wants follows one of them."""
    yes = [k for k, (kind, _) in enumerate(found) if kind == "yes"]
    if not yes or any(found[k][1] not in _WANT for k in yes):
        return False
    return any(k + 1 < len(found) and found[k + 1][0] == "other" for k in yes)


#: a span of time: "4 bln", "3 tahun", "2 minggu", "5 hari"
_HOW_LONG = re.compile(
    r"\d+\s*(?:bln|bulan|thn|tahun|th|minggu|mgg|mg|hari|hr|month|months|year|years|week|weeks|day|days)\b",
    re.IGNORECASE,
)


#: a thumb or a tick alone says yes; a thumb down says no (skin tones and the emoji form aside)
_YES_SIGNS = frozenset({"👍", "👌", "✅", "✔", "🆗"})
_NO_SIGNS = frozenset({"👎", "❌", "✖"})
_SIGN_MARKS = frozenset({"\ufe0f", "\U0001f3fb", "\U0001f3fc", "\U0001f3fd", "\U0001f3fe", "\U0001f3ff", " "})


def _sign(text: str) -> AnswerKind | None:
    """ "👍", "👍🏽👍🏽": a yes typed as a sign (it looped three times at the consent question)."""
    signs = {c for c in text if c not in _SIGN_MARKS}
    if signs and signs <= _YES_SIGNS:
        return "yes"
    if signs and signs <= _NO_SIGNS:
        return "no"
    return None


#: a whole answer in the Gulf's Arabic, as workers there type it: "la" (no), "aiwa", "na'am" (yes)
_ARABIC: dict[str, AnswerKind] = {"la": "no", "laa": "no", "la'": "no", "la'a": "no", "aiwa": "yes", "aywa": "yes",
                                  "naam": "yes", "na'am": "yes",
                                  # Tagalog, as helpers from the Philippines' neighbours in Hong Kong
                                  # and the Gulf answer in English: "hindi po" (no), "opo" (yes,
                                  # politely); a bare "opo" is Javanese "what?", so only with "po"/"mam"
                                  "hindi": "no", "hindi po": "no", "hindi na": "no", "hindi na po": "no",
                                  "hindi mam": "no", "hindi po mam": "no", "opo po": "yes", "opo mam": "yes",
                                  "oo po": "yes", "opo ma'am": "yes",
                                  # Malay as typed in Malaysia: "x" for "tak" (no), "x de" (none)
                                  "x": "no", "x de": "no", "x ada": "no"}  # fmt: skip


def read_answer(text: str, collecting: bool = False) -> AnswerKind | None:
    """What a short reply says, or None. ``collecting``: the step gathers several messages and
    "sudah" ends it (done) rather than answering a question (yes)."""
    stripped = text.strip()
    if stripped in ("-", "--", "—", "–"):
        return "skip"
    if len(stripped) <= 12 and (sign := _sign(stripped)) is not None:
        return sign
    if (arabic := _ARABIC.get(stripped.lower().rstrip(" .!?"))) is not None:
        return arabic
    if not stripped or len(stripped) > 200:
        return None
    kind, said = _read(read_text(stripped), collecting)
    if kind == "yes" and said == (("sudah",),) and _HOW_LONG.search(stripped):
        return None  # "udh 4 bln", "sudah 3 tahun": how long it has been, not a yes
    return kind


#: words of wanting or of being able: what follows them is what she wants, or cannot do
_WANT_OR_CAN = frozenset({("mau",), ("ingin",), ("pengen",), ("pingin",), ("want",), ("mw",), ("mo",), ("i", "want"),
                          ("bisa",), ("boleh",), ("can",), ("dapat",)})  # fmt: skip


def _tells_her_story(found: list[tuple[str, tuple[str, ...]]]) -> bool:
    """A fragment of her story typed at the consent question, not a consent or a refusal: a
    word of her own before the answer's words ("majikan gk mau bayar", "jenazahnya blm bisa
    pulang": a refusal threw her report away), or something wanted or not possible after a
    word of wanting ("sy gk bisa pulang", "i want go home": it was taken as agreement)."""
    plain = [k for k, (kind, _) in enumerate(found) if kind != "break"]
    if plain and found[plain[0]][0] == "other":
        return True
    return any(
        kind == "yes" and phrase in _WANT_OR_CAN and k + 1 < len(found) and found[k + 1][0] == "other"
        for k, (kind, phrase) in enumerate(found)
    )


def read_consent(text: str) -> bool | None:
    """True only for an agreement not negated ("setuju", "ya", "ok", "I agree"); False for a
    refusal ("gk setuju", "tidak mau", "tolak"); None for anything else ("gk tau", "baca dulu")."""
    stripped = text.strip()
    if not stripped or len(stripped) > 200:
        return None
    if len(stripped) <= 12 and (sign := _sign(stripped)) is not None:
        return sign == "yes"
    words = read_text(stripped)
    if _tells_her_story(_kinds(list(words.words))[0]):
        return None
    kind, said = _read(words, collecting=False)
    if kind == "no":
        return False
    if kind == "yes" and not all(phrase in _NOT_CONSENT for phrase in said):
        return True
    return None
