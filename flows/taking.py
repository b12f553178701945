"""Her message taken as what it answers: a pending confirmation, a reply to a mediator, a
question of hers ("ini gratis?"), an employer turned away, a first message, or the question
asked (flows/answering.py). The turn (flows/engine.py) comes here once commands and cries are
dealt with."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows import after_filing, answering, asking, before_report, detours, inputs, moving, numbers_asked
from flows.dialog import ENTRY_FLOW
from flows.questions import question_for_service
from flows.reading import answer_kind, employer_writing, is_thanks
from flows.spec import ChoiceNode
from flows.turn_words import REPLY_UNTIL, REPORT_FLOWS
from flows.types import CaseMessage, Reply

if TYPE_CHECKING:
    from flows.engine import _Run

_new_tuple = tuple.__new__


def take(run: _Run, text: str, *, from_button: bool = False) -> None:
    """``text`` as what it answers: a pending confirmation, a first message, or the question."""
    st = run.state
    if st.pending:
        detours.on_pending(run, text)
        return
    replying = st.node is None and st.reply_case is not None
    if not from_button and not replying and answer_question(run, text):
        return  # (while she answers a mediator, her question is for the mediator)
    if not from_button and employer_turned_away(run, text):
        return
    if st.node is None:
        if st.reply_case and run.now.timestamp() > float(st.slots.get(REPLY_UNTIL) or 0):
            st.reply_case = None  # a mediator's message of days ago: her words are read afresh
        if st.reply_case and not from_button:
            if after_filing.to_status(run, text):
                return  # "kak gmn laporan sy": the status, not a reply
            if answer_kind(text) == "done":
                st.reply_case = None  # "selesai", "udah itu aja": her reply is finished
                run.say("menu.thanks")
                return
            run.effects.append(CaseMessage(st.reply_case, text.strip()))
            run.say("common.reply_recorded", case_number=st.reply_case)
            return
        if not from_button and after_filing.ask_follow_up(run, text):
            return
        if not from_button and is_thanks(text) and (st.slots.get("_last_case") or st.seq > 0):
            # "makasih ya kak 🙏" after filing, or after a status check: a warm line, not the
            # menu (only a chat's first message gets the welcome)
            run.say("menu.thanks")
            return
        if not from_button and after_filing.to_status(run, text):
            return
        if not from_button and numbers_asked.numbers_asked(run, text):
            return  # "minta nomor penting, sy di malaysia": the numbers, not a report
        if not from_button and before_report.consent_said_first(run, text):
            return  # "eh setuju deh kak" after refusing: agreed, not "Setuju?" asked again
        if not from_button and before_report.start_report(run, text):
            return
        last = after_filing.last_case(run)
        if not from_button and last and len(text.split()) <= 2:
            # "ya", "gk", "🙏", "p" soon after filing: one short line, not the whole menu again
            run.say("menu.after_filing", case_number=str(last.get("number") or ""))
            return
        moving.start_flow(run, ENTRY_FLOW)
        if not from_button:
            first_choice(run, text)
            # (read afresh: inside this branch mypyc takes st.node for None, and the choice moved it)
            now_at: str | None = run.state.node
            if run.state.flow == ENTRY_FLOW and now_at is not None and not run.state.pending:
                before_report.keep_before_report(run, text)  # "majikan jahat": kept for the report
        return
    answering.answer(run, run.node, text)


def answer_question(run: _Run, text: str) -> bool:
    """ "ini gratis?", "brp lama kak?": a short true answer, then the question she was at
    (or the menu, when nothing is under way); her question is not taken as an answer."""
    topic = question_for_service(text)
    if topic is None:
        return False
    if topic == "privacy" and run.state.discreet:
        topic = "privacy_on"  # "ketik Rahasia" would turn it off
    run.say(f"common.faq_{topic}")
    if run.state.node is not None:
        asking.reask(run)
    elif topic == "privacy" and _REPORT_WISH.intersection(inputs.normalize(text).split()):
        # "sy mau lapor tp takut ketahuan majikan": reassured, and her report begins (it was the
        # welcome menu, her fear not answered)
        moving.start_flow(run, "complaint")
    elif not run.state.slots.get("_last_case"):
        moving.start_flow(run, ENTRY_FLOW)
    return True


#: the wish to report, said with a question or a fear
_REPORT_WISH = frozenset({"lapor", "melapor", "ngelapor", "laporan", "ngadu", "mengadu", "report"})


def employer_turned_away(run: _Run, text: str) -> bool:
    """ "sy majikan, pembantu sy kabur bawa uang sy": the service takes reports from workers
    and their families; an employer's report of a worker who ran away is told where to go
    and is not kept (filed, it was a "worker" case that could help find her). Only before a
    report has her consent: inside one, the words are read as usual."""
    st = run.state
    if st.urgent or not employer_writing(text):
        return False
    before_consent = st.flow in REPORT_FLOWS and "consent" not in st.slots
    if st.node is not None and st.flow != ENTRY_FLOW and not before_consent:
        return False
    run.say("common.employer_reporter")
    moving.finish(run)
    return True


def first_choice(run: _Run, text: str) -> None:
    """ "sy mau lapor", "mau cek status laporan" as a first message: the welcome is said, and
    the choice her words name is taken at once (only those the menu lists in ``first_message``,
    and only by their words, never a guess), so she need not say it twice."""
    st = run.state
    if st.node is None or st.pending:
        return
    node = run.node
    if not isinstance(node, ChoiceNode) or not node.raw.get("first_message"):
        return
    if asking.synonym(run, node, text) in node.raw["first_message"]:
        welcome = len(run.replies) - 1
        answering.answer(run, node, text)
        if welcome >= 0 and run.state.node != node.id:
            # the greeting alone: the menu's list and buttons above the consent's were two
            # menus at once, and "pilih di bawah" pointed at the wrong one
            run.replies[welcome] = _new_tuple(Reply, (run.render("menu.greeting"), (), False, False))
