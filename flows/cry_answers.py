"""The answer typed before a cry in the same message.

A cry is heard first (help, the staff alerted), and it is no answer. But the clause before it
often is the answer to the question she was at, typed in a hurry with the cry after it:
- "madam Noura, suaminya suka masuk kamar sy malem2 sy takut bgt" to the employer's name: the
  name was lost, and after filing she was asked for it again;
- "+966 55 123 4567, tolong cepet kak sy dikunci di kamar" to her number: the number the staff
  need to reach her was lost, and asked again on the urgent path;
- "setuju, tp cepet ya kak majikan lg keluar, sy dikunci di rumah" at the consent: her Yes was
  lost, and the whole consent text came again while she was locked in.

Only the first clause, a short one with no cry in it, read by the question's own reader (a name,
a phone number, the consent), and only when the cry is in the clauses after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flows.inputs.names import read_name
from flows.reading import read_danger
from flows.spec import Node
from flows.turn_words import CONSENT_YES
from flows.types import RecordConsent

if TYPE_CHECKING:
    from flows.engine import _Run

#: where her first clause ends: a comma, a full stop, a new line
_FIRST_CLAUSE = re.compile(r"^\s*([^,.;:!?\n]+?)\s*[,.;:!?\n]+\s*(\S.*)$", re.DOTALL)
#: "setuju tp cepet ya ...": a consent followed by "but" without a comma
_CONSENT_THEN = re.compile(
    r"^\s*((?:ya\s+|iya\s+|ok\s+)?setuju)\s+(?:tp|tapi|but)\b\s*(\S.*)$", re.IGNORECASE | re.DOTALL
)
#: an answer is a few words
_ANSWER_WORDS = 5


def _answer_then_cry(text: str) -> str | None:
    """The first clause of ``text`` when it holds no cry and the rest does, else None."""
    found = _FIRST_CLAUSE.match(text) or _CONSENT_THEN.match(text)
    if found is None:
        return None
    first, rest = found.group(1), found.group(2)
    if len(first.split()) > _ANSWER_WORDS or read_danger(first) is not None or read_danger(rest) is None:
        return None
    return first


def keep_answer_before_cry(run: _Run, node: Node, text: str) -> bool:
    """Fill ``node``'s slot from the clause before the cry; False when there is none."""
    from flows import parsing  # (parsing reads through absorbing, which calls this)

    st = run.state
    slot = node.slot
    if slot is None or st.slots.get(slot) is not None:
        return False
    first = _answer_then_cry(text)
    if first is None:
        return False
    if node.input == "text" and node.raw.get("holds") == "name":
        name = read_name(first, firm=slot == "employer_name")
        if name is None:
            return False
        st.slots[slot] = st.slots[f"{slot}_display"] = name
        return True
    if node.input == "phone" or slot == "consent":
        parsed = parsing.parse(run, node, first)
        if not parsed.ok or parsed.value is None:
            return False
        if slot == "consent" and str(parsed.value).lower() not in CONSENT_YES:
            return False  # a refusal said before a cry is asked again, never taken in a hurry
        st.slots[slot] = parsed.value
        st.slots[f"{slot}_display"] = parsed.display or str(parsed.value)
        if slot == "consent":
            st.slots["_consent_at"] = run.now.isoformat()
            run.effects.append(RecordConsent(run.dialog.settings.consent_version, run.now, True))
        return True
    return False
