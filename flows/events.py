"""What the bot says on its own: a status check's answer, a mediator's message, a notice (system inbounds)."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from flows import asking, detours, moving
from flows.spec import MyCasesNode, StatusCheckNode
from flows.turn_words import CHECKED, FOLLOW_UP_HOURS, REPLY_HOURS, REPLY_UNTIL, TRIED, TRIED_FOR

if TYPE_CHECKING:
    from flows.engine import _Run


def on_system(run: _Run, event: dict[str, Any]) -> None:
    st = run.state
    if event.get("lookup") == "status" and st.node is not None and isinstance(run.node, StatusCheckNode):
        node = run.node
        run.status_result = status_words(run, event, by_code=True)
        if event.get("limited"):
            run.say("status.result.limited")
        elif event.get("found"):
            run.say("status.result.found")
            st.slots.pop(TRIED, None)
            number = str((event.get("found") or {}).get("number") or "")
            if number:
                # the case she has just looked up with its code: a cry in the next hours goes on it
                st.slots[CHECKED] = {"number": number, "until": run.now.timestamp() + FOLLOW_UP_HOURS * 3600}
        else:
            run.say("status.result.not_found")
            number = str(st.slots.get(str(node.raw.get("number_slot", "case_number"))) or "")
            code = str(st.slots.get(str(node.raw.get("code_slot", "access_code"))) or "")
            if number:
                # "ckrm qedf" typed next, the code corrected alone: tried with this number; the
                # number corrected alone ("oh salah, BGN-JU7G"): with this code
                st.slots[TRIED] = {"number": number, "code": code, "until": run.now.timestamp() + TRIED_FOR}
        st.slots.pop(str(node.raw.get("code_slot", "access_code")), None)
        moving.go(run, moving.next_of(run, node))
    elif event.get("lookup") == "my_cases" and st.node is not None and isinstance(run.node, MyCasesNode):
        mine = run.node
        own = [c for c in event.get("cases") or [] if isinstance(c, dict)]
        if not own:
            moving.go(run, moving.next_of(run, mine))
            return
        cases = [status_words(run, {"found": c}) for c in own[:5]]
        st.slots["_my_cases"] = [c["number"] for c in cases]
        run.say("status.mine", cases=cases)
        moving.go(run, str(mine.raw["found_next"]))
    elif event.get("event") == "still_handled":
        run.say("common.still_handled", case_number=str(event.get("case_number", "")))
    elif event.get("event") == "mediator_message":
        show_mediator_messages(run, [event])
    elif event.get("event") == "mediator_message_held":
        # held by her choice: nothing is sent now; she is told when she next writes
        held = st.held or {"cases": [], "noticed": False}
        cases = [c for c in held.get("cases") or [] if c != event.get("case_number")]
        st.held = {"cases": [*cases, str(event.get("case_number", ""))], "noticed": False}
    elif event.get("lookup") == "held_messages":
        messages = [m for m in event.get("messages") or [] if isinstance(m, dict)]
        st.held = None
        if not messages:
            run.say("common.no_messages")
            detours.resume_or_menu(run, menu=False)
            return
        show_mediator_messages(run, messages)
    elif event.get("event") == "status_notice":
        notice = {
            "status": event.get("status"),
            "changed_at": event.get("changed_at"),
            "number": event.get("case_number"),
        }
        run.status_result = status_words(run, {"found": notice})
        run.say("common.status_notice")


def show_mediator_messages(run: _Run, messages: list[dict[str, Any]]) -> None:
    """A mediator's question reaches her; what she writes next goes to that case, even in the
    middle of another question (a button brings her back to it)."""
    st = run.state
    case = ""
    for message in messages:
        case = str(message.get("case_number", ""))
        run.say("common.mediator_message", case_number=case, text=str(message.get("text", "")))
    st.reply_case = case
    # what she writes for a day goes to that case; after it, her words are read afresh
    st.slots[REPLY_UNTIL] = run.now.timestamp() + REPLY_HOURS * 3600
    if st.node is not None:
        st.pending = {"kind": "reply", "case": case}
        asking.ask_pending(run)


def status_words(run: _Run, event: dict[str, Any], *, by_code: bool = False) -> dict[str, Any]:
    """A case's stage in words. ``by_code``: looked up by its number and a code, perhaps by her
    family on another phone, so news is promised to the reporter's chat, never to this one."""
    found = event.get("found") or {}
    status = str(found.get("status") or "baru")
    changed = found.get("changed_at")
    next_key = f"status.next_by_code.{status}"
    if not (by_code and run.dialog.catalog.has(next_key, run.state.lang)):
        next_key = f"status.next.{status}"
    return {
        "number": found.get("number", ""),
        "stage": run.render(f"status.stage.{status}") if found else "",
        "next": run.render(next_key) if found else "",
        "changed_at": date_words(run, changed) if changed else "",
        "retry_minutes": max(1, int(event.get("retry_after", 60)) // 60),
    }


def date_words(run: _Run, value: Any, pattern: str = "long") -> str:
    from babel.dates import format_date  # at the first date: not at idle (issue 18)

    when = datetime.fromisoformat(value) if isinstance(value, str) else value
    return str(format_date(when, format=pattern, locale=run.state.lang))
