"""A cry for help at any turn: help first (the numbers for her country, the staff alerted), the
cry kept with her story and never taken as an answer; then the report goes on, on the urgent path."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from flows import absorbing, after_filing, asking, before_report, cry_answers, displays, inputs, moving
from flows.spec import SummaryNode
from flows.turn_words import NUMBERS_FOR, REPORT_FLOWS
from flows.types import CaseMessage, NotifyMediators
from flows.understand.types import Danger

if TYPE_CHECKING:
    from flows.engine import _Run


def say_cry_heard(run: _Run, danger: Danger, *, first: bool, filed: bool = False) -> None:
    """The answer to a cry: for someone else's danger, words for the one writing ("anak sy bilang
    mau bunuh diri" is not answered "Anda tidak sendirian"); for her own wish to die, someone to
    talk to; else help first (``first``), or "we hear you" again. ``filed``: a report of hers
    is on file, so the staff can write to her here (before that they cannot: no promise)."""
    if danger.third_person and (first or danger.kind == "self_harm"):
        # "adik sy katanya mau bunuh diri": numbers of people ready to listen, to pass on to her
        run.say("common.danger_other_self_harm" if danger.kind == "self_harm" else "common.danger_other", filed=filed)
    elif danger.third_person:
        # "anak sy yg gk aman" after "anak sy dipukul majikan": heard, not the whole list again
        run.say("common.danger_again")
    elif danger.kind == "self_harm":
        run.say("common.danger_self_harm")
        run.say("common.staff_told" if filed else "common.staff_told_unfiled")
    else:
        run.say("common.danger" if first else "common.danger_again", filed=filed)


#: words of giving up said with a wish to die ("gk kuat lg", "ra kuat meneh", "teu kuat deui"):
#: read alone they may sound like wanting to go home, but they tell of no problem
_GIVING_UP = frozenset(
    {"gk", "ga", "gak", "nggak", "ngga", "enggak", "tidak", "tdk", "tak", "ndak", "ra", "ora", "teu", "hente",
     "kuat", "sanggup", "tahan", "lg", "lagi", "meneh", "maneh", "deui", "udh", "udah", "sudah", "sdh", "tos",
     "wis", "wes", "sy", "saya", "aku", "abdi", "kula", "aja", "wae", "bae", "hidup", "urip", "capek", "cape"}
)  # fmt: skip


def wish_is_no_problem(run: _Run, danger: Danger, before: Any) -> None:
    """ "abdi tos teu kuat, hoyong maot wae", "aku ra kuat meneh, pengen mati wae": her wish to
    die is no death to report, and "can't go on" no wish to go home; a problem read only from
    those words is dropped (filed as "other", the self-harm flag says what it is), one told
    beside them ("gaji gk dibayar 5 bln, ...") stays."""
    slots = run.state.slots
    category = slots.get("category")
    if category is None or category == before:
        return
    evidence = inputs.normalize(str((slots.get("_from_words") or {}).get("category") or "")).split()
    cry = set(inputs.normalize(danger.words).split())
    if not evidence or not all(w in cry or w in _GIVING_UP for w in evidence):
        return
    more = [c for c in slots.get("_more_categories") or [] if c != category]
    words = dict(slots.get("_from_words") or {})
    words.pop("category", None)
    slots["_from_words"] = words
    slots["_suggested_categories"] = [c for c in slots.get("_suggested_categories") or [] if c != category]
    if more:
        slots["category"] = more[0]
        slots["category_display"] = displays.display_of(run, "category", more[0])
        slots["_more_categories"] = more[1:]
    else:
        for slot in ("category", "category_display", "_more_categories"):
            slots.pop(slot, None)


def on_danger(run: _Run, danger: Danger, text: str, *, told: str | None = None) -> None:
    """Help first, at every cry: the numbers for her country, the mediators alerted, and the
    cry never taken as an answer. Then the report goes on, on the urgent path. ``told``: the
    message the bot asked "is anyone in danger?" about (flows/safety_check.py), kept as written."""
    st = run.state
    first = not st.urgent
    st.urgent = True
    in_report = st.node is not None and st.flow in REPORT_FLOWS
    asked = run.node.slot if in_report and not st.pending else None
    unanswered = asked is not None and st.slots.get(asked) is None
    filed = None if in_report else after_filing.last_case(run, linked=True)
    # the case looked up just before ("cek status", then "anak sy dipukul lagi"): the alert names
    # it, so that the staff of that case hear of it (its timeline is the reporter's own: the words
    # go on the report this message opens)
    checked = None if in_report or filed is not None else after_filing.checked_case(run)
    problem_before = st.slots.get("category") if in_report else None
    if filed is not None:
        after_filing.told_after_filing(run, danger, "\n\n".join(t for t in (told, text) if t), filed, first=first)
        return
    if in_report:
        # her country told with the cry ("sy abk kapal taiwan, ... kapten suka pukul" after
        # "tolong"): its numbers come once, with the cry heard below, not as the whole list of
        # "Nomor penting" and then the first three again in the same reply
        numbers_for = st.slots.pop(NUMBERS_FOR, None)
        if told:
            # what she wrote that sounded like danger: kept whole with her story, whichever
            # question it came at (the mediators read the danger in her words)
            absorbing.absorb(run, told, None, story=True)
        if text:
            # the cry is no answer, but it is hers: kept with her story for the mediators
            absorbing.absorb(run, text, None, story=True)
            if unanswered:
                cry_answers.keep_answer_before_cry(run, run.node, text)  # "madam Noura, suaminya ...": the name too
        if numbers_for is not None:
            st.slots[NUMBERS_FOR] = numbers_for  # ("nomor kbri malaysia" asked before: still hers)
    else:
        # the report starts from this message: its country gives the right numbers at once
        before_report.open_report(run, "\n\n".join(t for t in (told, text) if t), urgent=True)
    if danger.third_person:
        st.slots["_third_person"] = True
    if danger.kind == "self_harm":
        st.slots["self_harm"] = True
        if not danger.third_person:
            wish_is_no_problem(run, danger, problem_before)
    # in the questions after filing her report is on file: no "we will ask a few things" (they
    # were asked), and the staff can write to her here
    on_file = in_report and isinstance(st.slots.get("case_number"), str)
    say_cry_heard(run, danger, first=first, filed=on_file)
    filed_as = st.slots.get("case_number") or (checked or {}).get("number")
    if in_report and isinstance(filed_as, str) and text:
        # told in the questions after filing ("pintu dikunci klo majikan pergi"): on her case's
        # timeline now, and the case marked urgent (the answers reach it only at the end)
        run.effects.append(CaseMessage(filed_as, text.strip(), urgent=True))
        run.say("common.danger_added", case_number=filed_as)
    run.effects.append(
        NotifyMediators(
            "danger_alert",
            case_number=filed_as if isinstance(filed_as, str) else None,
            country=st.slots.get("country"),
            urgent=True,
        )
    )
    st.slots[NUMBERS_FOR] = st.slots.get("country") or ""
    if not in_report:
        moving.go(run, run.flow.start)
        return
    if st.pending and st.pending.get("kind") in ("cancel", "restart"):
        # "sy dipukul" to "Mau berhenti dulu?": no stop is asked again after a cry; her report
        # goes on, on the urgent path ("batal" typed later still asks)
        st.pending = None
    if st.pending:
        asking.ask_pending(run)
    elif first and not st.slots.get("case_number"):
        # the urgent path's own questions may lie behind her ("can you write safely now?",
        # "where exactly are you?"): walked from the start, what she answered is passed over;
        # a correction from the summary she was making ends here (it kept her consent asked again)
        st.return_to = None
        moving.go(run, run.flow.start)
    elif unanswered and asked is not None and st.slots.get(asked) is not None and run.node.next:
        # "iya gk boleh keluar" to "are you forbidden to leave the house?": a cry, and the answer
        # her words give (it was asked again, and her "gk tau" then put in its place)
        moving.go(run, moving.next_of(run, run.node))
    elif run.node.essential or not run.node.next or st.slots.get("case_number") or isinstance(run.node, SummaryNode):
        # the summary too: "dia nangis2 di telp, katanya sering dipukul" typed there sent the
        # report she had not yet checked; her words are on it, and one Ya sends it
        asking.reask(run)
    else:
        # a question the urgent path passes over: on to the next one it asks
        moving.go(run, moving.next_of(run, run.node))
