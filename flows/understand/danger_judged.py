"""The model's alarm where the rules judged a word of danger and read nothing (ADR 0006, 7 December,
branch danger12).

Where a word of danger is said ("disiram", "ancam", "luka", "pisau") and no rule took it as danger,
the model is not asked: the rules have judged the word, and the model is surest exactly on the
look-alikes that share danger's words (ADR 0020). But most of what the rules miss on fresh messages
is a known word in a frame no rule was written for ("tangan sy melepuh kena air panas yg disiram
nyonya", "klo nanya malah diancam dipulangin dan dibuang di jalan"). Here the model may speak,
when the rules' own judgement has nothing to say against it: every such word read as the rules
read a hit's (not negated, not a what-if, not a thing's, no veto of ``danger_lookalikes`` or
``danger_senses``, not over), at least one of them a blow, a lock, a wound, a weapon or a threat, someone
who may harm her named, no question asked, and the model at least ``danger_model.ALARM_JUDGED``
sure, above its alarm where no word was judged.
"""

from __future__ import annotations

from flows.understand.danger_context import Hit, hypothetical, negated, thing_before
from flows.understand.danger_everyday import everyday
from flows.understand.danger_lookalikes import taken_back
from flows.understand.danger_over import over
from flows.understand.danger_senses import harmless_sense
from flows.understand.danger_words import (
    ACTIVE_NEEDS_PERSON,
    EN_VIOLENCE,
    INJURY,
    KILL,
    PASSIVE,
    PASSIVE_UNLESS_THING,
    STARVING,
    THREAT,
    VIOLENCE,
    WEAPONS,
)

#: the judged words that may let the model speak: a blow, a lock, a wound, a weapon, a threat, in
#: the forms of the languages of the archipelago. Not English ("he locked me out of the house",
#: "my boss beat me at chess", "agency threatened us with transfer": the shipped model reads those
#: 0.95-0.99, its English harmless messages too few), not a cry, not life and death (the cry and
#: the self-harm rules judge those), not going out, food or medicine, which say little alone
STRONG = frozenset(
    w
    for w in frozenset().union(
        VIOLENCE, PASSIVE, PASSIVE_UNLESS_THING, ACTIVE_NEEDS_PERSON, INJURY, WEAPONS, KILL, THREAT, STARVING
    )
    if w not in EN_VIOLENCE and not w.startswith(("threat", "kill", "hurt", "starv"))
)

#: who may harm her: the house, the agency, the boat, the compound; "he", "she", "they"
DOERS = frozenset({"majikan", "majikanku", "majikannya", "nyonya", "tuan", "madam", "mam", "maam", "sir", "boss",
                   "bos", "employer", "agen", "agensi", "agent", "kafil", "kapten", "captain", "mandor", "baba",
                   "mama", "taitai", "laoban", "amo", "dunungan", "bendaraku", "sponsor", "supervisor", "he", "she",
                   "dia", "mereka", "they"})  # fmt: skip


def heard_past_the_rules(raw: str, words: list[str], judged: list[int]) -> bool:
    """The judged words at ``judged`` leave the model free to raise the alarm: no sign the rules
    read of a harmless sense, one of them a strong word of danger, a doer named, not asked."""
    if "?" in raw or all(words[i] not in STRONG for i in judged) or DOERS.isdisjoint(words):
        return False
    for i in judged:
        if negated(words, i) or hypothetical(words, i) or thing_before(words, i):
            return False  # "majikan gk pernah mukul sy", "kalo disiram ...", "pintu gudang dikunci"
        hit = Hit("danger", i, i + 1, False)
        if taken_back(words, hit) or harmless_sense(words, hit) or everyday(words, hit, raw) or over(words, i, i + 1):
            return False  # a film, a game, a past that is over, a sense its context tells
    return True
