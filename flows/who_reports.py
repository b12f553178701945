"""A name typed where "Siapa yang melapor?" was asked ("Sri Wahyuni"): she says who she is, not
which of the three she is. The name is kept until she chooses: her own name when she is the
worker, with her story for the staff when she writes for someone (it was "Maaf, pilihan itu
tidak ada", and the name was lost)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from flows import absorbing, asking, inputs
from flows.inputs.names import a_bare_name, looks_like_a_name
from flows.spec import ChoiceNode, Node
from flows.understand.lexicon import LEXICON

if TYPE_CHECKING:
    from flows.engine import _Run

#: the name she typed at the question, until she has chosen who reports
NAME_SAID = "_name_at_reporter"


def name_at_reporter(run: _Run, node: Node, text: str) -> bool:
    """True when ``text`` is a name alone, typed at the reporter question: kept, and the
    question asked again after one line that says so."""
    if node.slot != "reporter_kind" or not isinstance(node, ChoiceNode) or run.pressed:
        return False
    if (
        asking.synonym(run, node, text) is not None
        or inputs.parse_choice(text, list(asking.option_labels(run, node)), run.state.lang).ok
    ):
        return False
    words = inputs.normalize(text).split()
    everyday = any(w in LEXICON.spellings for w in words)
    if not (a_bare_name(text) or (looks_like_a_name(text) and not everyday)):
        return False
    found = absorbing.read(run, text)
    if found.country or found.city or found.categories:
        return False
    run.state.slots[NAME_SAID] = text.strip()
    run.say("complaint.reporter_kind.name_noted")
    asking.ask(run, node, bump=False)
    return True


def chose(run: _Run, value: Any) -> None:
    """Who reports is chosen: the name she typed before is the worker's when she is the worker,
    and otherwise kept with her story (whose name it is, the staff read there)."""
    slots = run.state.slots
    name = slots.pop(NAME_SAID, None)
    if not isinstance(name, str) or not name:
        return
    if value == "self" and not slots.get("worker_name"):
        slots["worker_name"] = slots["worker_name_display"] = name
    elif value != "self":
        absorbing.keep_words(run, name)
