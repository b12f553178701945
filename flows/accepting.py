"""A question answered: the value kept in its slot and the dialog moved on; or a kind, short
repair and the question again."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from flows import (
    absorbing,
    answering,
    asking,
    correcting,
    moving,
    who_reports,
)
from flows.spec import ChoiceNode, Node, SummaryNode, UnderstoodNode, YesNoNode
from flows.turn_words import (
    CONSENT_ANSWERS,
    CONSENT_YES,
)
from flows.types import NotifyMediators, RecordConsent, Reply

if TYPE_CHECKING:
    from flows.engine import _Run

_new_tuple = tuple.__new__


def miss(run: _Run, node: Node, error: str | None) -> None:
    """A kind, short repair: one line saying what was not understood, then the question again.
    From the second miss the line carries an example and the question offers "Lewati" (when
    it may be skipped) and "Bicara dengan petugas" as buttons. Never more than two messages."""
    st = run.state
    if error not in ("told", "plea"):
        st.misses += 1
    if st.misses >= 3 and _may_pass(run, node):
        # "ok", "ok", "ok" to "which route did you leave by?": a question that may be skipped is
        # not asked a fourth time (it looped seven times), and nothing she wrote is lost
        run.say("common.skipped_after_misses")
        accept(run, node, None, "-")
        return
    lines = []
    if isinstance(node, SummaryNode) and error not in ("plea", "unsupported", "media_told"):
        # the summary repeats its own instructions; one short line says she was read
        lines.append(run.render("summary.unclear"))
    else:
        said = node.invalid or f"common.invalid.{node.input}"
        if error in (
            "too_long",
            "not_an_answer",
            "a_number",
            "told",
            "no_name",
            "several",
            "pointed_back",
            "plea",
            "needed",
            "yes_not_an_answer",
            "yes_a_number",
            "media_told",
            "unsupported",
        ):
            said = f"common.{error}"
        lines.append(run.render(said))
    if st.misses >= 2:
        if node.example:
            lines.append(run.render("common.example_intro") + " " + run.render(node.example))
        hint = node.raw.get("hint")  # the status check's own: no "Petugas kami akan membalas di sini"
        lines.append(run.render(str(hint) if hint else "common.repair_hint" if node.optional else "common.agent_hint"))
    if lines:
        run.replies.append(_new_tuple(Reply, ("\n".join(lines), (), False, False)))
    asking.ask(run, node, bump=False)


def _may_pass(run: _Run, node: Node) -> bool:
    """An optional question of a report, asked for a value (not the consent, a list to confirm,
    the story or the summary): after three misses it is passed over."""
    return (
        node.optional
        and node.slot is not None
        and node.slot != "consent"
        and answering.in_report(run)
        and not isinstance(node, SummaryNode | UnderstoodNode)
        and node.input not in ("longtext", "media")
    )


def accept(run: _Run, node: Node, value: Any, display: str) -> None:
    st = run.state
    assert node.slot is not None
    if isinstance(node, ChoiceNode) and isinstance(value, str) and value.startswith(asking.SUGGESTED):
        accept_suggested(run, node, value.removeprefix(asking.SUGGESTED), display)
        return
    if node.slot == "country" and isinstance(value, str):
        # "negaranya salah, harusnya qatar" (or "4", then "qatar") under "Kota: Riyadh": no city
        # of Qatar, so it goes (the summary showed Qatar with Riyadh, and the case was filed so)
        correcting.city_of_another_country_goes(run, value)
    st.slots[node.slot] = value
    st.slots[f"{node.slot}_display"] = display
    st.misses = 0
    if isinstance(node, ChoiceNode):
        for opt in node.options:
            if opt.id == value:
                for cleared in opt.clears:
                    st.slots.pop(cleared, None)
                    st.slots.pop(f"{cleared}_display", None)
                if opt.value is not None:
                    st.slots[node.slot] = opt.value
    if isinstance(node, YesNoNode) and value is True and node.raw.get("urgent_if_yes"):
        st.urgent = True
    if isinstance(node, YesNoNode) and node.raw.get("discreet_if_yes") and isinstance(value, bool):
        st.discreet = value
    if isinstance(node, YesNoNode) and node.raw.get("discreet_if_no") and value is False:
        st.discreet = True
    if node.slot == "country":
        absorbing.numbers_for_her_country(run)
    if node.slot == "reporter_kind":
        who_reports.chose(run, value)
    if node.slot == "category":
        chose_category(run, value)
    if node.slot == "_more" and isinstance(node, ChoiceNode):
        moving.keep_rest_for_later(run, node, value)
    if node.slot == "consent" and value in CONSENT_ANSWERS:
        given = str(value).lower() in CONSENT_YES
        if given:
            st.slots["_consent_at"] = run.now.isoformat()
        run.effects.append(RecordConsent(run.dialog.settings.consent_version, run.now, given))
    moving.go(run, moving.next_of(run, node, value))


def accept_suggested(run: _Run, node: ChoiceNode, value: str, display: str) -> None:
    """A suggestion taken ("Penipuan kerja" offered before the groups): it fills the slot the
    suggestion names (the category) and the question is answered; on to the node's own next."""
    st = run.state
    assert node.slot is not None
    target = str(node.raw["suggest"]["slot"])
    st.slots[target] = value
    st.slots[f"{target}_display"] = display
    if node.slot != target:  # the complaint flow's group question: answered by the suggestion
        st.slots[node.slot] = asking.SUGGESTED.rstrip("_")
        st.slots[f"{node.slot}_display"] = display
    st.misses = 0
    if target == "category":
        chose_category(run, value)
    ret = st.return_to
    if ret and ret.get("slot") == target:
        # a correction from the summary, or a question the urgent path left for later: back there
        st.return_to = None
        moving.go(run, str(ret["node"]))
        return
    moving.go(run, moving.next_of(run, node))


def chose_category(run: _Run, value: Any) -> None:
    """Trafficking or violence chosen from the list is danger too: help first, urgently."""
    st = run.state
    if value in run.flow.urgent_categories and not st.urgent:
        st.urgent = True
        run.say("common.danger")
        run.effects.append(NotifyMediators("danger_alert", country=st.slots.get("country"), urgent=True))
