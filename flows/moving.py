"""Moving: entering a node and running every node that asks nothing (messages, filing, lookups,
language, revisits) until a question or the end; where a node leads; ending and starting a flow."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from flows import asking, codes, filing
from flows.dialog import ENTRY_FLOW
from flows.spec import (
    ChoiceNode,
    EndNode,
    FamilyCodeNode,
    FileCaseNode,
    GotoNode,
    MessageNode,
    MyCasesNode,
    Node,
    RevisitNode,
    SetLanguageNode,
    StatusCheckNode,
    SummaryNode,
    UnderstoodNode,
    UpdateCaseNode,
    YesNoNode,
)
from flows.turn_words import (
    CHECKED,
    FOLLOW_UP_HOURS,
    LINKED_DAYS,
    MAX_HOPS,
    REPORT_FLOWS,
    STORY_OPENING,
    STORY_TO_TELL,
    TRIED,
)
from flows.types import Lookup, NewFamilyCode, NotifyMediators

if TYPE_CHECKING:
    from flows.engine import _Run


def go(run: _Run, node_id: str) -> None:
    """Enter a node and run every non-asking node after it until a question or the end.

    A question is passed over when its condition does not hold, when its answer is already
    known (told in her own words, or answered before: never asked twice), or, on the urgent
    path before the case is filed, when it is not one of the few a rescuer needs (those are
    asked after filing, by the flow's ``revisit`` node)."""
    st = run.state
    entered = node_id
    for _ in range(MAX_HOPS):
        node = run.flow.node(node_id)
        if node.when is not None and not run.holds(node.when) and not correcting(run, node):
            node_id = next_of(run, node)
            continue
        if (
            node.input
            and node.slot
            and node.slot in st.slots
            and st.return_to is None
            and not (node.slot == "story" and story_still_to_tell(run))
        ):
            node_id = next_of(run, node, st.slots[node.slot])
            continue
        # a choice that routes (no default next, like the menu) cannot be passed over
        if (
            st.urgent
            and node.input
            and not node.essential
            and node.next
            and "case_number" not in st.slots
            # back at the summary she was correcting: shown, though the urgent path passes it
            # (a violent problem chosen there is not filed before she has seen it and said Ya)
            and not (node_id == entered and isinstance(node, SummaryNode))
        ):
            later = list(st.slots.get("_later") or [])
            if node.slot and node.id not in later:
                later.append(node.id)
            st.slots["_later"] = later
            node_id = next_of(run, node)
            continue
        if isinstance(node, MessageNode):
            run.say(node.prompt or "")
            node_id = next_of(run, node)
            continue
        if isinstance(node, GotoNode):
            st.flow = str(node.raw["flow"])
            st.history = []
            if st.flow in REPORT_FLOWS and not node.raw.get("urgent"):
                st.urgent = False  # a new report is not urgent because the last one was
            if node.raw.get("urgent") and not st.urgent:
                st.urgent = True
                run.say("common.danger")
                run.effects.append(NotifyMediators("danger_alert", urgent=True))
            node_id = run.flow.start
            continue
        if isinstance(node, FileCaseNode):
            if "case_number" not in st.slots:  # a case is filed once, whatever way leads here
                filing.file_case(run, node)
            node_id = next_of(run, node)
            continue
        if isinstance(node, UnderstoodNode):
            if st.slots.get("_from_words") and "_understood_ok" not in st.slots:
                st.node = node.id
                if not st.history or st.history[-1] != node.id:
                    st.history.append(node.id)
                asking.ask(run, node)
                return
            node_id = next_of(run, node)
            continue
        if isinstance(node, RevisitNode):
            later = [n for n in st.slots.get("_later") or [] if n in run.flow.nodes]
            while later and run.flow.node(later[0]).slot in st.slots:
                later.pop(0)
            if later:
                target = run.flow.node(later.pop(0))
                st.slots["_later"] = later
                st.return_to = {"node": node.id, "slot": target.raw.get("returns_on") or target.slot}
                node_id = target.id
                continue
            st.slots.pop("_later", None)
            node_id = next_of(run, node)
            continue
        if isinstance(node, UpdateCaseNode):
            filing.update_case(run)
            node_id = next_of(run, node)
            continue
        if isinstance(node, SetLanguageNode):
            lang = str(node.raw["lang"])
            st.lang = ("en" if st.lang == "id" else "id") if lang == "other" else lang
            st.lang_locked = True
            st.slots.pop(node.slot or "menu_choice", None)
            st.slots.pop("menu_choice", None)
            node_id = next_of(run, node)
            continue
        if isinstance(node, StatusCheckNode):
            st.node = node.id
            number_slot = node.raw.get("number_slot", "case_number")
            code_slot = node.raw.get("code_slot", "access_code")
            run.effects.append(
                Lookup(
                    "status",
                    {"number": str(st.slots.get(number_slot) or ""), "code": str(st.slots.get(code_slot) or "")},
                )
            )
            return
        if isinstance(node, MyCasesNode):
            st.node = node.id
            run.effects.append(Lookup("my_cases"))
            return
        if isinstance(node, FamilyCodeNode):
            numbers = st.slots.get("_my_cases") or []
            if numbers:
                code = codes.access_code(run.entropy[16:24])
                run.effects.append(NewFamilyCode(str(numbers[0]), code))
                run.say(node.prompt or "", code=code, case_number=numbers[0])
            node_id = next_of(run, node)
            continue
        if isinstance(node, EndNode):
            run.say(node.prompt or "")
            finish(run)
            return
        st.node = node.id
        if not st.history or st.history[-1] != node.id:
            st.history.append(node.id)
        asking.ask(run, node)
        return
    raise RuntimeError(f"{run.flow.path}: more than {MAX_HOPS} steps without a question at '{node_id}'")


def story_still_to_tell(run: _Run) -> bool:
    """ "sy di malaysia kak" opened her report, and nothing she wrote since told a problem: the
    story question is asked all the same (once; her first words are kept in it)."""
    slots = run.state.slots
    if bool(slots.pop(STORY_TO_TELL, None)) and not slots.get("category") and not slots.get("_indicators"):
        slots[STORY_OPENING] = slots.get("story")  # no story of hers yet: the question reads as if empty
        return True
    return False


def correcting(run: _Run, node: Node) -> bool:
    """Whether ``node`` asks the field she chose to correct from the summary."""
    ret = run.state.return_to
    if not ret or not ret.get("correcting"):
        return False
    return ret.get("slot") in (node.slot, node.raw.get("returns_on"))


def next_of(run: _Run, node: Node, value: Any = None) -> str:
    st = run.state
    ret = st.return_to
    if ret and node.slot and node.slot == ret.get("slot"):
        st.return_to = None
        return str(ret["node"])
    if isinstance(node, ChoiceNode):
        for opt in node.options:
            if opt.id == value and opt.next:
                return opt.next
    if isinstance(node, YesNoNode) and value is not None:
        branch = node.raw.get("yes_next" if value else "no_next")
        if branch:
            return str(branch)
    for transition in node.next:
        if transition.when is None or run.holds(transition.when):
            return transition.to
    raise RuntimeError(f"{run.flow.path}: node '{node.id}' has no transition")


def end_after_filing(run: _Run) -> bool:
    """The questions after filing end ("cukup", "stop"): what she answered so far is added to her
    case (the flow's update node). False when no report of this flow is filed yet."""
    st = run.state
    update = next((n.id for n in run.flow.nodes.values() if isinstance(n, UpdateCaseNode)), None)
    if update is None or not st.slots.get("case_number"):
        return False
    st.pending = None
    kept = st.node is not None and run.node.optional and run.node.input is not None
    if kept:
        # the rest stays for "lanjut" as a stopped draft does: from this question, with what the
        # case already holds (added first, so that only newer answers update it again)
        filing.update_case(run)
        until = run.now.timestamp() + run.dialog.settings.draft_days * 86400
        slots = {k: v for k, v in st.slots.items() if k != "_draft"}
        st.slots["_draft"] = {"flow": st.flow, "node": st.node, "slots": slots, "history": st.history, "until": until}
    go(run, update)
    if kept:
        run.say("common.after_filing_kept")
    return True


def keep_rest_for_later(run: _Run, node: ChoiceNode, value: Any) -> None:
    """ "cukup" to "more questions?" after filing: the rest stays for "lanjut" (as a stopped
    draft does), so that "lanjut" typed later brings them back (it said only "report received")."""
    st = run.state
    go_on = next((o for o in node.options if "yes" in o.answers and o.next), None)
    if go_on is None or value == go_on.id or not st.slots.get("case_number"):
        return
    until = run.now.timestamp() + run.dialog.settings.draft_days * 86400
    slots = {k: v for k, v in st.slots.items() if k not in ("_draft", node.slot, f"{node.slot}_display")}
    st.slots["_draft"] = {"flow": st.flow, "node": go_on.next, "slots": slots, "history": [], "until": until}


def finish(run: _Run) -> None:
    """The flow ended: drop the answers (the case holds them now) and resume a paused flow."""
    st = run.state
    st.node = None
    st.history = []
    st.pending = None
    st.return_to = None
    st.misses = 0
    paused = st.slots.get("_paused")
    draft = st.slots.get("_draft")
    # the status check's "case_number" is the number she looked up, not a report she filed: no
    # "is this more for the report you just sent?" follows it
    filed = st.slots.get("case_number") if st.flow in REPORT_FLOWS else None
    country = st.slots.get("country")
    home = run.from_home()  # a family's report, or hers before leaving: Indonesia's numbers first
    last = st.slots.get("_last_case")  # kept through a status check: a cry days later finds it
    checked = st.slots.get(CHECKED)
    tried = st.slots.get(TRIED)
    st.slots = {"_draft": draft} if draft and not paused else {}
    for key, kept in ((CHECKED, checked), (TRIED, tried)):
        if isinstance(kept, dict) and float(kept.get("until") or 0) > run.now.timestamp():
            st.slots[key] = kept
    if filed and not paused:
        now = run.now.timestamp()
        # her country too: a cry after filing gets its numbers (flows/after_filing.told_after_filing)
        st.slots["_last_case"] = {
            "number": str(filed),
            "until": now + FOLLOW_UP_HOURS * 3600,
            "linked_until": now + LINKED_DAYS * 86400,
            "country": country,
            "home": home,
        }
    elif isinstance(last, dict) and not paused:
        st.slots["_last_case"] = last
    if paused:
        st.flow = paused["flow"]
        # copies: the paused dicts are shared with the state this turn started from
        st.slots = dict(paused["slots"])
        st.history = list(paused["history"])
        st.node = paused["node"]
        st.return_to = paused.get("return_to")
        if st.node is not None:
            asking.ask(run, run.node)
    else:
        st.flow = ENTRY_FLOW


def back_to_paused_report(run: _Run, *, draft: bool = True) -> bool:
    """ "status" typed in the middle of a report asks a report number she may not have yet:
    "kembali", "lanjut", "batal", "menu" or "blm punya nomor" take her back to the report,
    where she left it (it was a dead end: every way out led to the number question again)."""
    st = run.state
    if st.flow != "status":
        return False
    if not st.slots.get("_paused"):
        if not draft or not isinstance(st.slots.get("_draft"), dict):
            return False
        # a report stopped with "batal", then a status check: "lanjut" brings the report back
        from flows.detours import resume_draft

        st.node, st.history, st.pending, st.return_to = None, [], None, None
        return resume_draft(run)
    run.say("common.draft_resumed")
    finish(run)
    return True


def start_flow(run: _Run, flow_id: str) -> None:
    st = run.state
    st.flow = flow_id
    st.history = []
    st.pending = None
    go(run, run.flow.start)
