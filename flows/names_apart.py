"""Names kept apart, and a decline that says nothing more.

"Mr Tan" typed at "Berangkat lewat PT atau agen apa?" when "mr tan" is already the employer's
name: she gives the employer again, not the agency (it was filed "Agen: Mr Tan"). "gk usah kak"
at the phone question declines and tells the staff nothing (it was added to her story, where
the staff read "gk usah kak" out of any context)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows import asking, inputs
from flows.misplaced import DONT
from flows.reading import ADDRESS
from flows.spec import Node

if TYPE_CHECKING:
    from flows.engine import _Run

#: the words around a bare decline: "gk usah kak", "jgn ya kak", "gk ada deh"
_AROUND = ADDRESS | frozenset({"ya", "yah", "aja", "ajah", "deh", "dulu", "sy", "saya", "aku", "dong", "sih", "mbak",
                               "mba", "pak", "bu", "kak", "nya", "kok"})  # fmt: skip


def only_declined(text: str) -> bool:
    """ "gk usah kak", "jgn ya": a decline with words of address only."""
    rest = DONT.sub(" ", inputs.normalize(text), count=1).split()
    return all(w in _AROUND for w in rest)


def employer_at_agency(run: _Run, node: Node, text: str) -> bool:
    """ "Mr Tan" at the agency question, "mr tan" being the employer's name already: not the
    agency; said so in one line, and the question again. True when handled."""
    employer = run.state.slots.get("employer_name")
    if node.slot != "agency" or run.pressed or not isinstance(employer, str) or not employer:
        return False
    if inputs.normalize(text) != inputs.normalize(employer):
        return False
    run.say("common.employer_again")
    asking.ask(run, node, bump=False)
    return True
