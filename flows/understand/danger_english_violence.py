"""Violence told in English (and the English words mixed into chat Indonesian): beaten, hit,
thrown overboard, threatened, with the senses that make them harmless. Rules of the danger reader
(``danger_rules.RULES``)."""

from __future__ import annotations

from flows.understand.danger_context import KIN, Hit, employer_side, negated, person_after, thing_before, third_before
from flows.understand.danger_phrases import GAMES as _GAMES
from flows.understand.danger_violence import ANIMALS, LITTLE_ONES
from flows.understand.danger_words import EMPLOYER, EN_PASSIVE, FIRST, THINGS, THIRD, WEAPONS

#: "i hit my head", "I burned my hand": she did it herself (an accident), not someone to her
_SELF_DONE = frozenset({"i", "aku", "saya", "sy"})

OVERBOARD_WHO = frozenset({"crew", "me", "him", "her", "us", "them", "friend", "worker", "workers", "man", "men",
                            "fisherman", "body", "someone", "people"})  # fmt: skip

#: how many of them: "chained three of us"
_SOME = frozenset({"two", "three", "four", "five", "six", "some", "many", "all", "several", "few", "both", "one"})

#: who "was thrown" may be said of
_A_PERSON = FIRST | THIRD | OVERBOARD_WHO | frozenset({"i", "we", "he", "she", "they"})

#: what strikes, when the verb names no one: "they hit with electric baton", "beat with a belt"
_INSTRUMENTS = WEAPONS | frozenset({"baton", "batons", "stick", "sticks", "belt", "belts", "cable", "cables", "wire",
                                    "hanger", "hose", "rod", "rods", "pipe", "pipes", "whip", "taser", "stun",
                                    "electric", "shocker"})  # fmt: skip

#: whoever tries to leave or speak: "beat who try escape", "beat anyone who complain"
_WHOEVER = frozenset({"who", "anyone", "anybody", "everyone", "everybody", "those", "whoever"})

_TRIES_TO_LEAVE = frozenset({"try", "tries", "tried", "trying", "run", "runs", "ran", "escape", "escapes",
                             "complain", "complains", "refuse", "refuses", "want", "wants", "ask", "asks"})  # fmt: skip

#: who strikes, said just before a bare blow: "they beat", "captain kick"
_THEY = frozenset({"they", "he", "she", "boss", "captain", "madam", "sir", "employer", "mandor", "guard", "guards"})

#: what may end a bare blow's clause: "if sleep they beat, ..."
_AFTER_BLOW = frozenset({",", "if", "when", "again", "every", "everyday", "always"})

#: blows that need no object to be one
_BLOWS = frozenset({"beat", "beats", "hit", "hits", "kick", "kicks", "slap", "slaps", "punch", "punches", "whip",
                    "whips", "hitting", "beating", "kicking", "slapping"})  # fmt: skip


def en_violence(words: list[str], i: int, raw: str) -> Hit | None:
    """English: "my employer hit me", "she was beaten"; not "I hit my head", "hit me up",
    "sold me a fake visa", "locked me out"."""
    if negated(words, i) or (i > 0 and words[i - 1] in _SELF_DONE):
        return None
    if words[i] == "bang" and (i == 0 or words[i + 1 : i + 2] not in (["me"], ["us"], ["her"], ["him"])):
        return None  # "Bang sy mau tanya": "bang" (abang) is how she addresses the reader
    if ANIMALS.intersection(words[max(0, i - 2) : i]) or ANIMALS.intersection(words[i + 1 : i + 3]):
        return None  # "the dog bit me", "bitten by a mosquito"
    if LITTLE_ONES.intersection(words[max(0, i - 2) : i]):
        return None  # "the baby hit me with his toy"
    if _GAMES.intersection(words[i + 1 : i + 6]):
        return None  # "my boss beat me at chess", "i was beaten in the badminton match"
    if words[i] in ("sold", "sell") and i + 1 < len(words) and words[i + 1] in ("a", "an", "some", "fake"):
        return None  # "i was sold a fake phone": cheated, not sold
    if words[i].startswith(("push", "shov")) and "to" in words[i + 1 : i + 3] and "down" not in words[i + 1 : i + 3]:
        return None  # "pushed me to work overtime", "i was pushed to sign": pressed, not shoved
    if words[i].startswith("pull") and "leg" in words[i + 1 : i + 3]:
        return None  # "he pulled my leg": teased
    if words[i + 1 : i + 2] in (["her"], ["his"], ["my"]) and words[i + 2 : i + 3] == ["head"]:
        if words[i + 3 : i + 4] in (["on"], ["against"]) and not EMPLOYER.intersection(words[max(0, i - 3) : i]):
            return None  # "grandma hit her head on the door": a bump, nobody struck her
    if (
        words[i].startswith("burn")
        and BY_MISHAP.intersection(words[i + 1 : i + 7])
        and not EMPLOYER.intersection(words[max(0, i - 3) : i])
    ):
        return None  # "my friend burn her hand when cooking": a kitchen mishap (not "madam burn me")
    if i and words[i - 1] in _MIXED_PASSIVE and words[i] not in _NOT_DONE_IN_MIXED:
        # an English verb given the Indonesian passive: "sy kena slap", "di hit sm madam",
        # "dipunch" (read as "di punch"); not "hp sy kena hit", not "anak majikan di hit temennya"
        if thing_before(words, i - 1) or employer_side(words, i - 1) or words[i + 1 : i + 2] in (["bola"], ["ball"]):
            return None
        return Hit("danger", i - 1, i + 1, third_before(words, i - 1))
    after = person_after(words, i)
    some = words[i + 1] if i + 1 < len(words) else ""
    if after is None and (some.isdigit() or some in _SOME) and words[i + 2 : i + 4] == ["of", "us"]:
        after = (False, i + 3)  # "captain chain 2 of us on deck": some of them, her among them
    if after is None and words[i].startswith(("thr", "sho")):
        # "she throws things at me", "the guard shoot at us": what is thrown or fired comes
        # between the verb and whom
        for k in range(i + 1, min(len(words) - 1, i + 5)):
            if words[k] == "at" and (words[k + 1] in FIRST or words[k + 1] in THIRD):
                return Hit("danger", i, k + 2, words[k + 1] in THIRD)
    if after is None and some in _WHOEVER:
        # "guard beat who try escape", "they beat anyone who runs": whoever tries to leave
        rest = [w for w in words[i + 2 : i + 4] if w != "who"]
        if rest and rest[0] in _TRIES_TO_LEAVE:
            return Hit("danger", i, i + 3, False)
    if after is None and some == "with" and _INSTRUMENTS.intersection(words[i + 2 : i + 5]):
        # "if you not reach target they hit with electric baton": the blow named by what strikes
        return Hit("danger", i, i + 2, third_before(words, i) and not FIRST.intersection(words[i : i + 8]))
    if after is not None and words[after[1]] == "i":
        return None  # "my phone screen lock i forget the pattern": "i" opens the next clause ("me" is done to)
    if after is not None:
        nxt = words[after[1] + 1] if after[1] + 1 < len(words) else ""
        if nxt in ("up", "back", "off", "out") and not (nxt == "up" and words[i].startswith("lock")):
            return None  # "hit me up", "beat me to it", "locked me out" are not violence
        if nxt == "to" and after[1] + 2 < len(words) and words[after[1] + 2] == "it":
            return None  # "beat me to it"
        if words[i] in ("sell", "sold") and nxt in ("a", "an", "the", "some", "fake", "this", "that"):
            return None  # "sold me a fake visa": cheated, not sold
        # "beat anyone who runs": whoever it is, she is among them
        return Hit("danger", i, after[1] + 1, after[0] and words[after[1]] not in _WHOEVER)
    prev = words[i - 1] if i else ""
    if prev in _THEY and words[i] in _BLOWS and (i + 1 == len(words) or words[i + 1] in _AFTER_BLOW):
        # "we work 20 hours no rest, if sleep they beat": the blow, with whom left unsaid
        return Hit("danger", i - 1, i + 1, third_before(words, i - 1))
    if prev in ("me", "us", "her", "him") and words[i].endswith(("ed", "en")):
        # "they keep me locked", "they left her tied": done to the person just before
        return Hit("danger", i - 1, i + 1, prev in ("her", "him"))
    done = words[i].endswith(("ed", "en", "wn", "t", "ld", "ck"))
    by_someone = words[i + 1 : i + 2] == ["by"] and _by_a_person(words[i + 2 : i + 5])
    if prev in EN_PASSIVE and not done and by_someone and not words[i].endswith(("s", "ing")):
        # the past left unmarked, as learners write it: "i was slap by madam", "i was rape by him"
        done = True
    if _FEELINGS.intersection(words[max(0, i - 3) : i]):
        return None  # "my feelings were hurt by my boss": her heart, not her body
    if prev in EN_PASSIVE and done and (words[i] not in ("hurt", "get") or by_someone):
        # "I was hit", "she was beaten", "we got locked": the subject is before
        if words[i] in ("locked", "kicked", "thrown") and i + 1 < len(words) and words[i + 1] in ("out",):
            return None  # "locked out", "kicked out of the group": shut out, not struck
        if any(w in THINGS for w in words[max(0, i - 3) : i - 1]):
            return None  # "the cat is locked in", "the door was locked": a thing or an animal
        if words[i] == "thrown" and not _A_PERSON.intersection(words[max(0, i - 3) : i - 1]):
            return None  # "the rubbish was thrown in the sea": thrown is said of a person only
        by = words[i + 1 : i + 4]
        if by[:1] == ["by"] and any(w in THINGS for w in by[1:]):
            return None  # "hit by the ball": an accident of play
        return Hit("danger", i - 1, i + 1, third_before(words, i - 1))
    return None


def _by_a_person(after_by: list[str]) -> bool:
    """Who did it, named after "by": her employer, someone of his house or hers, "him", "her"."""
    rest = list(after_by)
    while len(rest) > 1 and rest[0] in _DETERMINERS:
        rest = rest[1:]  # "by my employer", "by her husband" (not "by her words")
    return bool(rest) and (rest[0] in EMPLOYER or rest[0] in KIN or rest[0] in _WHO_BY)


_FEELINGS = frozenset({"feelings", "feeling", "heart", "pride", "ego", "perasaan", "hati"})

_DETERMINERS = frozenset({"my", "the", "his", "her", "their", "our", "a", "an"})

_WHO_BY = frozenset({"him", "her", "them", "husband", "wife", "son", "daughter", "guard", "guards", "captain",
                     "owner", "man", "men", "driver", "agent"})  # fmt: skip

#: the Indonesian passive said before an English verb: "kena slap", "di hit"
_MIXED_PASSIVE = frozenset({"kena", "kna", "kene", "di", "d"})

#: English verbs that are not a blow in that frame: "kena push" (pressed), "kena sell", "kena drug"
_NOT_DONE_IN_MIXED = frozenset({"push", "pushed", "pull", "pulled", "sell", "sold", "drug", "bang", "spit", "chain",
                                "lock", "touch", "shot", "shoot"})  # fmt: skip

BY_MISHAP = frozenset({"cooking", "cook", "cooked", "accident", "accidentally", "accidently", "slipped", "chopping",
                        "peeling", "masak", "kitchen"})  # fmt: skip
