"""An answer read: kept in its slot, with what it also tells (the agency and the way she went, the
city and a name beside it, the regency beside its province), or a value to confirm first
(flows/answering.py reads the answer first)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows import (
    absorbing,
    accepting,
    answering,
    asking,
    inputs,
    parsing,
)
from flows.proposals import propose
from flows.spec import ChoiceNode, Node
from flows.understand.normalize import read_text
from flows.understand.work import read_agency

if TYPE_CHECKING:
    from flows.engine import _Run


#: the kinds of answer that are also read for what else they tell ("perorangan, di riyadh")
_ABSORBED = frozenset({"text", "country", "choice", "date", "money"})

#: at most this many words, an answer to the agency question that names only a way ("lewat calo")
_JUST_A_WAY = 4

#: at most this many words, an answer to the agency question read as a name typed alone ("PT Citra mandiri")
_AN_AGENCY = 6

#: at most this many words, a city answer that names a known place is that place
_JUST_A_PLACE = 3


def keep_parsed(run: _Run, node: Node, text: str, parsed: inputs.Parsed) -> None:
    """Her answer, read by its question's parser, kept; what else it tells is taken too, so that
    nothing she wrote beside the value is asked again."""
    st = run.state
    kind = node.input
    as_shown = kind == "choice" and inputs.normalize(text) == inputs.normalize(parsed.display or "")
    if (
        kind == "text"
        and node.slot == "agency"
        and answering.in_report(run)
        and not run.pressed
        and parsing.only_an_agency_word(text)
    ):
        # "agency", "pt", "lewat agen" to "which agency (PT)?": one went with her, unnamed (it
        # was filed as the agency's name, "Agency: agency"); the way she went is the flow's
        # own answer for a PT, the official route
        route = run.flow.nodes.get("route")
        if isinstance(route, ChoiceNode) and not st.slots.get("route"):
            option = next((o for o in route.options if o.id == "procedural"), None)
            if option is not None:
                st.slots["route"], st.slots["route_display"] = option.id, run.render(option.label)
        accepting.accept(run, node, None, "-")
        return
    # a name typed alone is only a name: "Mei Lestari", "Juni" are no months ("Sejak: Mei 2026" was filed)
    only_a_name = node.raw.get("holds") == "name" and inputs.normalize(str(parsed.value or "")) == inputs.normalize(
        text
    )
    if (
        answering.in_report(run)
        and not run.pressed
        and kind in _ABSORBED
        and len(text) > 3
        and not as_shown
        and not only_a_name
    ):
        # (an option typed as shown says nothing more: "gaji dan uang" is the group, not unpaid wages)
        absorbing.absorb(run, text, node)
        if kind == "text" and node.slot == "agency":
            # "lwt PT Maju Jaya, resmi": the agency's name, the route read beside it
            named = propose(absorbing.read(run, text), run.now.date()).get("agency")
            whole = read_agency(read_text(text), answered=True) if len(text.split()) <= _AN_AGENCY else None
            named = whole if isinstance(named, str) and whole and whole.startswith(named) else named
            if isinstance(named, str) and named:
                parsed = inputs.Parsed(True, named, named)
            elif absorbing.read(run, text).route and len(text.split()) <= _JUST_A_WAY:
                # "lewat calo", "resmi lwt PT": the way she went (read above), no agency named
                accepting.accept(run, node, None, "-")
                return
        if kind == "text" and node.slot == "city" and len(text.split()) <= _JUST_A_PLACE:
            # "taichung", "di kl": the place as it is written ("Taichung", "Kuala Lumpur"); a longer
            # answer ("jeddah, distrik al rawdah") is kept as she wrote it, every detail in it
            place = absorbing.read(run, text).city
            if place:
                parsed = inputs.Parsed(True, place, place)
        elif kind == "text" and node.slot == "city":
            # "kuala lumpur, nama sy siti aminah, majikan puan lim": the place, and the name and the
            # employer each in its own slot (the whole sentence was the city)
            found = absorbing.read(run, text)
            if found.city and (found.own_name or found.employer_name or found.phone or found.worker_name):
                parsed = inputs.Parsed(True, found.city, found.city)
    if parsed.confirm:
        st.pending = {"kind": "confirm_value", "value": parsed.value, "display": parsed.display or ""}
        asking.ask_pending(run)
        return
    display = parsed.display if parsed.display is not None else str(parsed.value)
    rest = node.raw.get("rest_slot") if kind == "province" else None
    if isinstance(rest, str) and "," in text:
        # "NTB, lombok timur": the regency beside it is kept, and not asked for again
        parts = [p.strip() for p in text.split(",") if p.strip()]
        others = [p for p in parts if not inputs.parse_province(p).ok or inputs.regency_in(p)]
        if others and not st.slots.get(rest):
            st.slots[rest] = st.slots[f"{rest}_display"] = ", ".join(others)
    elif isinstance(rest, str) and not st.slots.get(rest) and (regency := inputs.regency_in(text)):
        # "tegal", "cianjur jawa barat": the province it is in, and the regency itself
        st.slots[rest] = st.slots[f"{rest}_display"] = regency
    accepting.accept(run, node, parsed.value, display)
