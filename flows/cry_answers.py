"""The answer typed before a cry in the same message.

"madam Noura, suaminya suka masuk kamar sy malem2 sy takut bgt" to "the employer's name?": the
cry is heard (help first, the staff alerted), and the name she gave in the first clause is kept
too. It was lost with the cry, and after filing she was asked the employer's name again.

Only a name question (``holds: name``) and only its first clause: a short clause with no cry in
it, read as a name by the question's own reader, followed by the clauses that hold the cry.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flows.inputs.names import read_name
from flows.reading import read_danger
from flows.spec import Node

if TYPE_CHECKING:
    from flows.engine import _Run

#: where her first clause ends: a comma, a full stop, a dash between words, a new line
_FIRST_CLAUSE = re.compile(r"^\s*([^,.;:!?\n]+?)\s*(?:[,.;:!?\n]+|\s-\s)\s*(\S.*)$", re.DOTALL)
#: a name is a few words
_NAME_WORDS = 5


def name_before_cry(text: str, *, firm: bool) -> str | None:
    """The name in the first clause of ``text`` when the cry is in the rest, else None."""
    found = _FIRST_CLAUSE.match(text)
    if found is None:
        return None
    first, rest = found.group(1), found.group(2)
    if len(first.split()) > _NAME_WORDS or read_danger(first) is not None or read_danger(rest) is None:
        return None
    return read_name(first, firm=firm)


def keep_name_before_cry(run: _Run, node: Node, text: str) -> bool:
    """Fill ``node``'s name slot from the clause before the cry; False when there is none."""
    slot = node.slot
    if slot is None or node.input != "text" or node.raw.get("holds") != "name" or run.state.slots.get(slot):
        return False
    name = name_before_cry(text, firm=slot == "employer_name")
    if name is None:
        return False
    run.state.slots[slot] = name
    run.state.slots[f"{slot}_display"] = name
    return True
