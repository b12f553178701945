"""The values a message's words may use (``{{ hotlines }}``, ``{{ country_name }}``, ...), each
computed only when the message uses it, and where she writes from, which picks the numbers:
abroad, at home in Indonesia, at sea. Apart from the turn (flows/engine.py) because the lines to
call are chosen here and nowhere else."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from flows import inputs
from flows.catalog import MISSING
from flows.turn_words import NUMBERS_FOR, REPORT_FLOWS

if TYPE_CHECKING:
    from flows.engine import _Run

#: problems of a worker still in Indonesia (she never left): Indonesia's lines first
NOT_YET_LEFT = frozenset({"gagal_berangkat"})


def abroad(run: _Run) -> bool:
    """The one writing is abroad: the worker herself, in a country that is not Indonesia (a
    family writes from home, and Indonesia's toll-free lines are theirs to call). Her country
    not known yet counts as abroad: "tolong sy dipukul majikan" comes from where she works,
    and a line dialled only inside Indonesia would fail her."""
    st = run.state
    country = st.slots.get("country")
    if from_home(run):
        return False
    if st.flow == "complaint":
        return country != "ID"
    last = last_report(run)
    # the menu after her report: where she was when she filed it
    return last is not None and bool(last.get("country")) and last.get("country") != "ID"


def from_home(run: _Run) -> bool:
    """The one writing is in Indonesia: a family member, a worker who has not left yet ("sy
    blm berangkat, masih di penampungan") or is back: numbers to call from there first."""
    st = run.state
    return (
        st.flow == "family_report"
        or st.slots.get("reporter_kind") == "family"
        or st.slots.get("category") in NOT_YET_LEFT
        or bool(st.slots.get("_back_home"))  # "udh dideportasi, skrg di kampung"
        or bool((last_report(run) or {}).get("home"))  # the menu after a family's report
    )


def danger_at_home(run: _Run) -> bool:
    """A cry from someone in Indonesia about danger there: a worker back home or not gone
    yet ("sy msh di penampungan PT, dikunci"), a family member threatened herself ("calo
    ngancam sy"); not a mother told of her daughter's danger abroad."""
    st = run.state
    if not st.urgent or not from_home(run):
        return False
    if st.flow == "family_report" or st.slots.get("reporter_kind") == "family":
        return not st.slots.get("_third_person")
    return True


def last_report(run: _Run) -> dict[str, Any] | None:
    """The report filed last in this chat, at the menu after it (no report in progress)."""
    last = run.state.slots.get("_last_case")
    return last if isinstance(last, dict) and run.state.flow not in REPORT_FLOWS else None


def her_country(run: _Run) -> str | None:
    """Her country: of this report, else of the numbers she just asked for ("nomor kbri
    malaysia"), else of the report she filed last (the menu after filing keeps no answers)."""
    slots = run.state.slots
    last = slots.get("_last_case")
    for country in (
        slots.get("country"),
        slots.get(NUMBERS_FOR),
        last.get("country") if isinstance(last, dict) else None,
    ):
        if isinstance(country, str) and country:
            return country
    return None


def near(run: _Run) -> str | None:
    """The coast nearest her ship ("di kapal taiwan dkt fiji": Fiji), when she is at sea."""
    near = run.state.slots.get("near") if run.state.slots.get("at_sea") else None
    return near if isinstance(near, str) else None


def variable(run: _Run, name: str, extra: dict[str, Any]) -> Any:
    """One variable a message may use; only those it uses are computed."""
    if name in extra:
        return extra[name]
    st = run.state
    if name == "slots":
        return st.slots
    if name == "lang":
        return st.lang
    if name == "case":
        return run.case
    if name == "settings":
        settings = run.dialog.settings
        return {"reply_days": settings.reply_days, "urgent_reply_hours": settings.urgent_reply_hours}
    if name == "urgent":
        return st.urgent
    if name in ("hotlines", "all_hotlines"):
        lines = run.dialog.settings.hotlines_for(
            her_country(run),
            st.lang,
            near(run),
            abroad(run),
            from_home(run),
            danger_at_home(run),
            danger_abroad=st.urgent and from_home(run) and not danger_at_home(run),
            every=name == "all_hotlines",  # "nomor penting": every line, not the few
        )
        return [{"name": h.name, "number": h.number, "kind": h.kind} for h in lines]
    if name == "crisis_lines":
        # where she is not known yet, Indonesia's line as well (its name says it is dialled
        # from Indonesia): "capek hidup" as a first message had no one to talk to, only KP2MI
        country = st.slots.get("country")
        lines = run.dialog.settings.crisis_lines_for(country, st.lang, abroad(run) and bool(country))
        return [{"name": h.name, "number": h.number, "kind": h.kind} for h in lines]
    if name == "her_crisis_lines":
        # someone else's wish to die: the lines she can call where she is, to pass on to her
        lines = run.dialog.settings.crisis_lines_for(st.slots.get("country"), st.lang, True)
        return [{"name": h.name, "number": h.number, "kind": h.kind} for h in lines]
    if name == "country_name":
        # "call now (in Poland)" only above Poland's own numbers, and never for a ship at sea
        country = her_country(run)
        if st.slots.get("at_sea") or not run.dialog.settings.local_lines(country):
            return ""
        if from_home(run):
            return ""  # a family at home: the list starts with Indonesia's lines, not the country's
        name = st.slots.get("country_display") or (inputs.country_name(country, st.lang) if country else "")
        return inputs.after_in(str(name), st.lang)  # "in the United Arab Emirates"
    if name == "result":
        return run.status_result
    return MISSING
