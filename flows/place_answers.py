"""What is typed where her city (or where exactly she is) was asked, and is no place: a question
about the question ("maksudnya gmn kak?", "kok nanya kota sih", "emang harus ya?"), a pointing
back ("udh sy bilang td di taiwan"), or another answer ("sy jaga nenek"). Each was filed as the
city ("Kota: maksudnya gmn kak?"), the question passed over. A question about the employer's or
the agency's question is told what is asked too (it was filed as the employer or the agency)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flows import absorbing, accepting, asking, inputs
from flows.spec import Node
from flows.understand.said_before import points_back

if TYPE_CHECKING:
    from flows.engine import _Run

#: the place questions
_PLACES = frozenset({"city", "where_now"})
#: the questions whose meaning is said when she asks it ("maksudnya gmn kak?" at the agency question
#: was filed "Agen: maksudnya gmn kak?"): a line of the locale each, ``common.place_meant_<slot>``
_MEANT_SAID = _PLACES | frozenset({"employer_name", "agency"})
#: "maksudnya gmn kak?", "apa itu kak", "emang harus ya?", "kok nanya kota sih", "gimana maksudnya"
_MEANT = re.compile(
    r"^(?:(?:emang|memang|kok|lho|loh)\s+\w+|apa\s+(?:itu|maksud\w*|ya)|maksud\w*|(?:gimana|gmn|bagaimana)(?:\s+\w+)?"
    r"|what\s+do\s+you\s+mean|what\s+is\s+(?:this|that))\b"
)
#: at most this many words, such a question is only that
_MEANT_WORDS = 6


def not_a_place(run: _Run, node: Node, text: str) -> bool:
    """True when ``text`` at a place question is no place and has been answered here."""
    if node.slot not in _MEANT_SAID or run.pressed:
        return False
    found = absorbing.read(run, text)
    if found.city or found.at_sea:
        return False
    said = inputs.normalize(text)
    words = said.split()
    told_country = found.country is not None and found.country == run.state.slots.get("country")
    if (len(words) <= _MEANT_WORDS and _MEANT.match(said) and not found.country) or (
        told_country and points_back(words)
    ):
        # ("udh sy bilang td di taiwan": the country she told; the city is what is asked)
        # what the question means, then the question (not "Kota: maksudnya gmn kak?")
        family = "_family" if run.state.flow == "family_report" and node.slot != "where_now" else ""
        run.say(f"common.place_meant_{node.slot}{family}")
        asking.ask(run, node, bump=False)
        return True
    if node.slot not in _PLACES:
        return False
    if points_back(words):
        # "udh sy bilang td di taiwan": the country she told, not a city; said so, asked again
        accepting.miss(run, node, "pointed_back")
        return True
    if node.slot == "city" and not found.country and (found.sector or found.employer_type):
        # "sy jaga nenek" at the city: her work, kept for the staff; the city still asked
        absorbing.absorb(run, text, node, story=True)
        accepting.miss(run, node, "told")
        return True
    return False
