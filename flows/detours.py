"""Commands at any step and where they lead: going back, pausing a report and resuming its draft,
and the confirmations asked before leaving or erasing."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from flows import (
    absorbing,
    accepting,
    after_filing,
    answering,
    asking,
    before_report,
    displays,
    inputs,
    moving,
    parsing,
    safety_check,
)
from flows.dialog import ENTRY_FLOW
from flows.reading import asks_for_news, asks_status, read_yesno
from flows.turn_words import LANGUAGE_OPTIONS, NUMBERS_FOR, REPORT_FLOWS, new_state
from flows.types import CaseMessage, EraseReporterData, Lookup, NotifyMediators

if TYPE_CHECKING:
    from flows.engine import _Run


#: commands that leave "more for your report, or a new one?" with what she wrote added to it
#: (not "batal" or "hapus": she may not want it kept)
_KEEPS_FOLLOW_UP = frozenset({"status", "start", "messages", "restart", "resume", "language", "discreet"})


def on_command(run: _Run, command: str) -> bool:
    """Run a global command. False: the word is not a command here (it is then an answer,
    like "lanjut" at a step that collects several messages when no draft is kept)."""
    st = run.state
    if command in _KEEPS_FOLLOW_UP:
        keep_follow_up(run)
    if command in _BACK_TO_REPORT and moving.back_to_paused_report(run, draft=command != "cancel"):
        return True
    if command in ("help", "unknown_slash"):
        run.say("common.help")
        resume_or_menu(run)
    elif command == "start":
        if (st.pending or {}).get("kind") == "reply":
            st.pending = None  # "menu" after answering a mediator: done replying, the menu again
        resume_or_menu(run)
    elif command == "back":
        go_back(run)
    elif command == "restart":
        if st.node is not None and asking.unfiled_report(run):
            # a report under way is not wiped by one word: asked first, as "batal" is
            st.pending = {"kind": "restart"}
            asking.ask_pending(run)
            return True
        restart(run)
    elif command == "cancel":
        if st.node is None or st.flow == ENTRY_FLOW:
            st.pending = None
            last = after_filing.last_case(run, linked=True) if st.node is None else None
            if last is not None:
                # "batal" soon after filing: is her report cancelled? It is not, and she is told
                # how to withdraw it ("no report in progress" left her unsure)
                run.say("common.cancelled_filed", case_number=str(last.get("number") or ""))
                return True
            # at the menu itself: not "type anything for the menu"
            run.say("common.cancelled_nothing", at_menu=st.node is not None)
            return True
        if st.flow not in REPORT_FLOWS:
            # "batal" while checking a status: the check ends; a report she stopped stays kept
            moving.finish(run)
            moving.start_flow(run, ENTRY_FLOW)
            return True
        if moving.end_after_filing(run):
            # "stop" during the extra questions: the report is filed; what she answered so far is
            # added to it and the questions end ("nothing has been sent yet" was untrue here)
            return True
        if not st.urgent and "consent" not in st.slots and run.node.slot == "consent" and not run.replies:
            # before she agreed nothing is kept, so nothing is promised for "lanjut" ("Jawaban
            # Anda tidak hilang. Kami simpan 7 hari" was said to someone who had answered nothing);
            # not when her held message has just opened the report in this turn: that is kept
            last = st.slots.get("_last_case")
            reset_slots(run)
            if last:
                st.slots["_last_case"] = last
            st.node, st.flow, st.history, st.pending, st.return_to = None, ENTRY_FLOW, [], None, None
            run.say("common.cancelled_unsaved")
            return True
        st.pending = {"kind": "cancel"}
        asking.ask_pending(run)
    elif command == "resume":
        return resume_draft(run)
    elif command == "language":
        st.pending = {"kind": "language"}
        asking.ask_pending(run)
    elif command == "status":
        pause_and_start(run, "status")
    elif command == "erase":
        st.pending = {"kind": "erase_choice"}
        asking.ask_pending(run)
    elif command == "hotlines":
        held = st.pending.get("text") if st.pending and st.pending.get("kind") == safety_check.KIND else None
        if held and not st.slots.get("country"):
            # "sy di riyadh" in the message the safety question holds: Saudi Arabia's numbers
            # (she got Indonesia's only, her country unread until she answered)
            country = absorbing.read(run, str(held)).country
            if country:
                st.slots[NUMBERS_FOR] = country
        run.say("common.hotlines")
        resume_or_menu(run, menu=False)
    elif command == "messages":
        if not st.held:
            run.say("common.no_messages")
            resume_or_menu(run, menu=False)
            return True
        run.effects.append(Lookup("held_messages"))
    elif command == "agent":
        ask_for_a_person(run)
    elif command == "discreet":
        st.discreet = not st.discreet
        run.say("common.discreet_on" if st.discreet else "common.discreet_off")
        resume_or_menu(run, menu=False)
    return True


def ask_for_a_person(run: _Run) -> None:
    """ "Bicara dengan petugas": the mediators are told, on her report when there is one (a
    report filed in the last weeks too: "petugas" after a notice went out with no number). The
    staff write to her through a report, so without one she is told so, never promised a call
    nobody can make."""
    st = run.state
    last = after_filing.last_case(run, linked=True)
    case = st.slots.get("case_number") or (last or {}).get("number")
    country = st.slots.get("country") or (last or {}).get("country")
    run.effects.append(NotifyMediators("agent_request", case_number=case, country=country, urgent=st.urgent))
    if case:
        run.say("common.agent_requested", case_number=case)
        resume_or_menu(run, menu=False)
    elif asking.unfiled_report(run):
        run.say("common.agent_requested_draft")
        resume_or_menu(run, menu=False)
    else:
        run.say("common.agent_requested_none")
        resume_or_menu(run, menu=True)


def restart(run: _Run) -> None:
    st = run.state
    run.say("common.restart")
    reset_slots(run)
    st.pending, st.return_to = None, None
    flow = st.flow if st.node is not None else ENTRY_FLOW
    moving.start_flow(run, flow)


#: more words than this, the message that hides the chat tells more than that someone comes
_A_STORY = 6


def hide_now(run: _Run, text: str = "") -> None:
    """ "majikan dtg", "hp sy mau dicek majikan": someone is about to see her phone. Discreet
    mode clears the chat from it at once but for one plain line ("Oke. Ketik Lanjut kapan
    saja."); the report stays where it was: "lanjut" asks its question again, and an answer
    typed instead goes on as if nothing had happened. A story that ends so ("... gaji blm
    dibayar 4 bln, bntr majikan dtg") is kept with her story (it was lost)."""
    st = run.state
    if st.flow in REPORT_FLOWS and st.node is not None and len(text.split()) > _A_STORY:
        absorbing.absorb(run, text, None, story=True)  # kept, and read as her story is
    st.discreet = True
    st.pending = {"kind": asking.HIDDEN}
    asking.ask_pending(run)


def reset_slots(run: _Run) -> None:
    """Empty the answers, keeping a draft she stopped (``lanjut`` brings it back)."""
    st = run.state
    draft = st.slots.get("_draft")
    st.slots = {"_draft": draft} if draft else {}


def take_held(run: _Run, held: str) -> None:
    """After "aman": the message that raised the safety question, as if nothing had been asked;
    but a sentence that does not answer the question is more of her story, kept and thanked for
    ("majikan sering lempar barang, sy takut" at the name question was tried as a name, and lost)."""
    st = run.state
    asked = st.slots.get(safety_check.ASKED)
    if (
        st.node is None
        or st.pending
        or run.node.input in ("longtext", "media")
        # "sy takut kak" at the name question parses as a name ("takut"): a feeling, no answer
        or (parsing.parse(run, run.node, held).ok and not safety_check.gave_up(held))
    ):
        run.take(held)
        run.state.slots.setdefault(safety_check.ASKED, asked)  # asked once per report, the one it began too
        return
    absorbing.absorb(run, held, None, story=True)
    accepting.miss(run, run.node, "told")


def keep_draft(run: _Run) -> None:
    """ "batal" confirmed: the answers so far are kept for ``draft_days`` days, not thrown away."""
    st = run.state
    until = run.now.timestamp() + run.dialog.settings.draft_days * 86400
    slots = {k: v for k, v in st.slots.items() if k != "_draft"}
    draft = {"flow": st.flow, "node": st.node, "slots": slots, "history": st.history, "until": until}
    st.slots = {"_draft": draft}
    st.node, st.flow, st.history, st.pending, st.return_to = None, ENTRY_FLOW, [], None, None


def resume_draft(run: _Run) -> bool:
    st = run.state
    if st.pending and st.pending.get("kind") == "reply":
        st.pending = None
        asking.reask(run)
        return True
    if st.pending and st.pending.get("kind") == asking.HIDDEN:
        st.pending = None
        resume_or_menu(run)  # back from hiding the chat: her question again
        return True
    draft = st.slots.get("_draft")
    if not isinstance(draft, dict):
        return False
    if float(draft.get("until") or 0) < run.now.timestamp():
        st.slots.pop("_draft", None)
        run.say("common.draft_expired")
        resume_or_menu(run)
        return True
    st.flow = str(draft["flow"])
    st.slots = dict(draft["slots"])
    st.history = list(draft["history"])
    st.node = draft["node"]
    st.pending, st.return_to = None, None
    run.say("common.draft_resumed")
    if st.node is not None and run.node.input is None:
        moving.go(run, st.node)  # the questions after filing, stopped with "cukup": from the first
    elif st.node is not None:
        asking.ask(run, run.node)
    else:
        moving.start_flow(run, ENTRY_FLOW)
    return True


#: said while checking a status in the middle of a report: back to the report
_BACK_TO_REPORT = frozenset({"back", "resume", "cancel", "start"})


def resume_or_menu(run: _Run, *, menu: bool = True) -> None:
    if run.state.node is not None or run.state.pending:
        asking.reask(run)
    elif menu:
        moving.start_flow(run, ENTRY_FLOW)


def go_back(run: _Run) -> None:
    st = run.state
    st.pending = None
    st.return_to = None
    if len(st.history) < 2:
        run.say("common.back_none")
        resume_or_menu(run)
        return
    st.history.pop()
    previous = st.history[-1]
    st.node = previous
    asking.ask(run, run.node)


def pause_and_start(run: _Run, flow_id: str, preset: dict[str, Any] | None = None) -> None:
    """The report she is in kept aside (``lanjut`` brings it back) while ``flow_id`` runs, with
    ``preset`` slots already known (a case number she wrote)."""
    st = run.state
    if st.node is not None and st.flow not in (flow_id, ENTRY_FLOW):
        st.slots = {
            "_paused": {
                "flow": st.flow,
                "node": st.node,
                "slots": st.slots,
                "history": st.history,
                "return_to": st.return_to,
            }
        }
    else:
        # a report stopped with "batal" stays kept while she checks a status ("lanjut" after it)
        draft = st.slots.get("_draft")
        last = st.slots.get("_last_case")  # her filed report: a cry after the check still finds it
        st.slots = {"_draft": draft} if draft else {}
        if last:
            st.slots["_last_case"] = last
    st.pending = None
    st.return_to = None
    st.slots.update(preset or {})
    moving.start_flow(run, flow_id)


def on_pending(run: _Run, text: str) -> None:
    st = run.state
    pending = st.pending or {}
    kind = pending.get("kind")
    if kind == "language":
        parsed = inputs.parse_choice(text, LANGUAGE_OPTIONS, st.lang)
        if not parsed.ok:
            run.say("common.invalid.choice")
            asking.ask_pending(run)
            return
        st.lang = str(parsed.value)
        st.lang_locked = True
        st.pending = None
        displays.display_again(run)  # "Myself (the worker)", not "Saya sendiri", in her summary
        run.say("common.language_set")
        resume_or_menu(run)
        return
    if kind == "reply":
        # a mediator asked her something: what she writes now answers it, not the form
        case = str(pending.get("case") or "")
        st.pending = None
        if inputs.parse_choice(text, [("lanjut", run.render("common.reply_continue"))], st.lang).ok:
            asking.reask(run)
            return
        run.effects.append(CaseMessage(case, text.strip()))
        # she may answer in several messages: each goes to the mediator until she goes on
        st.pending = pending
        run.say_with_buttons(
            run.render("common.reply_more", case_number=case),
            [("lanjut", run.render("common.reply_continue"))],
        )
        return
    if kind == safety_check.KIND:
        held = safety_check.on_reply(run, text)
        if held is not None:
            take_held(run, held)
        return
    if kind == asking.HIDDEN:
        # she writes again after hiding the chat: what she writes is taken as if never hidden
        st.pending = None
        run.take(text)
        return
    if kind == "follow_up":
        on_follow_up(run, pending, text)
        return
    if kind == "erase_choice":
        parsed = inputs.parse_choice(text, asking.pending_buttons(run), st.lang)
        if erase_choice_in_words(text) == "kembali":
            parsed = inputs.Parsed(True, "kembali", "kembali")  # "batal": erase nothing, not "Batalkan laporan ini"
        if not parsed.ok and (said := erase_choice_in_words(text)) is not None:
            parsed = inputs.Parsed(True, said, said)
        if not parsed.ok and (number := _one_number(text)) is not None:
            # "yg no 3", "nomor 2 aja": the number of a choice, in a short sentence
            parsed = inputs.parse_choice(number, asking.pending_buttons(run), st.lang)
        st.pending = None
        if not parsed.ok or parsed.value == "kembali":
            run.say("common.erase_nothing") if parsed.ok else run.say("common.invalid.choice")
            if not parsed.ok:
                st.pending = pending
                asking.ask_pending(run)
                return
            resume_or_menu(run)
            return
        mode = str(parsed.value)
        if mode == "chat":
            erase(run, mode)
            return
        if mode == "withdraw" and asking.unfiled_report(run):
            mode = "draft"  # the report she is filling in; a report already sent is not touched unnamed
        st.pending = {"kind": "erase_confirm", "mode": mode}
        asking.ask_pending(run)
        return
    yes = read_yesno(text)
    if kind == "erase_confirm":
        st.pending = None
        # "lanjut" to "Yakin membatalkan laporan ...?" is no yes: it is the word she was taught to
        # go on with her report ("continue" kept it, "lanjut" erased it); erasing needs a clear yes
        go_on = bool(_GO_ON.intersection(inputs.normalize(text).split()))
        if yes.ok and yes.value and not go_on:
            erase(run, str(pending.get("mode") or "all"))
        else:
            run.say("common.erase_nothing")
            resume_or_menu(run)
        return
    if kind == "restart":
        st.pending = None
        if yes.ok and yes.value:
            restart(run)
        else:
            asking.reask(run)
        return
    if kind == "cancel":
        st.pending = None
        go_on = bool(_GO_ON.intersection(inputs.normalize(text).split()))
        if yes.ok and yes.value and not go_on:  # "lanjut" to "stop for now?" is "no, go on"
            keep_draft(run)
            run.say("common.cancelled", days=run.dialog.settings.draft_days)
        else:
            asking.reask(run)
        return
    # confirm_value: "Arab Saudi, benar?"
    st.pending = None
    if yes.ok and yes.value:
        accepting.accept(run, run.node, pending.get("value"), str(pending.get("display", "")))
    elif yes.ok and yes.value is False:
        named = _named(run, text) if len(text.split()) > 1 else None
        if named is not None and named.ok and named.value != pending.get("value"):
            answering.answer(run, run.node, text)  # "bukan, sy di singapura": the one she names
        else:
            asking.ask(run, run.node, bump=False)
    else:
        _went_on_without_yes(run, pending, text)


def _named(run: _Run, text: str) -> inputs.Parsed:
    """The value ``text`` names for the question, by its parser or in a sentence ("sy di singapura")."""
    parsed = parsing.parse(run, run.node, text)
    return parsed if parsed.ok else parsing.from_words(run, run.node, text)


def _went_on_without_yes(run: _Run, pending: dict[str, Any], text: str) -> None:
    """Neither yes nor no to "Malaysia, benar?": another value named ("bukan, taiwan") is her
    answer; words that go on with her story ("rumah majikan di cheras") leave the value as it
    was read, and are kept with her story (they were read as the country and lost)."""
    parsed = _named(run, text)
    if parsed.ok and parsed.value != pending.get("value"):
        answering.answer(run, run.node, text)
    elif len(text.split()) < 2 and not parsed.ok:
        run.state.pending = pending  # "hah?": asked again
        asking.ask_pending(run)
    else:
        if answering.in_report(run):
            absorbing.absorb(run, text, run.node, story=True)
        accepting.accept(run, run.node, pending.get("value"), str(pending.get("display", "")))


def _more_of_her_story(text: str) -> bool:
    """Words that tell something ("temen sy jg gk digaji", "15000 riyal"), not "?" or "hah"."""
    words = inputs.normalize(text).split()
    return len(words) >= 2 or any(c.isdigit() for c in text)


def keep_follow_up(run: _Run) -> None:
    """A command while "more for your report, or a new one?" waits ("status", "menu"): what she
    wrote goes to that report, as "Ya, tambahkan" would have put it (it vanished)."""
    pending = run.state.pending or {}
    if pending.get("kind") == "follow_up" and pending.get("case") and str(pending.get("text") or "").strip():
        run.effects.append(CaseMessage(str(pending["case"]), str(pending["text"]).strip()))
        run.state.pending = None


#: "go on", said to "shall we stop for now?": it is a no
_GO_ON = frozenset({"lanjut", "lanjutkan", "terus", "teruskan", "continue", "go", "lanjutin"})


def on_follow_up(run: _Run, pending: dict[str, Any], text: str) -> None:
    st = run.state
    if len(text.split()) > 2 and (asks_status(text) or asks_for_news(text)):
        # "kak gmn laporan sy" to "more for your report, or a new one?": the status; what she
        # wrote before goes to her report, so that nothing is lost
        st.pending = None
        run.effects.append(CaseMessage(str(pending.get("case") or ""), str(pending.get("text") or "").strip()))
        if not after_filing.to_status(run, text):
            moving.start_flow(run, "status")
        return
    parsed = inputs.parse_choice(text, asking.pending_buttons(run), st.lang)
    yes = read_yesno(text)
    added = (parsed.ok and parsed.value == "tambah") or (not parsed.ok and yes.ok and yes.value is True)
    new = (parsed.ok and parsed.value == "baru") or (not parsed.ok and yes.ok and yes.value is False)
    if not (added or new):
        if _more_of_her_story(text):
            # "temen sy jg gk digaji" after "sy mau lapor lagi": kept with what she wrote first,
            # and the question stays (each fragment was refused, and lost)
            st.pending = {**pending, "text": f"{pending.get('text') or ''}\n\n{text.strip()}".strip()}
            run.say("common.follow_up_kept")
        else:
            run.say("common.invalid.choice")
        asking.ask_pending(run)
        return
    st.pending = None
    told = str(pending.get("text") or "")
    case = str(pending.get("case") or "")
    if added:
        run.effects.append(CaseMessage(case, told.strip()))
        run.say("common.follow_up_added", case_number=case)
        return
    st.slots.pop("_last_case", None)
    if not before_report.start_report(run, told):
        moving.start_flow(run, ENTRY_FLOW)


#: the erase choices in her words: "hapus semua data sy", "tarik laporannya", "chatnya aja",
#: "gk jadi"; the first that her words name, in this order
_ERASE_WORDS = (
    ("kembali", frozenset({"gajadi", "gakjadi", "lanjut", "lanjutkan", "back", "cancel", "batal", "nevermind"})),
    ("all", frozenset({"semua", "semuanya", "all", "everything", "seluruh", "total"})),
    (
        "withdraw",
        frozenset(
            {
                "tarik",
                "tarikin",
                "withdraw",
                "cabut",
                "batalkan",
                "batalin",
                "dibatalin",
                "dibatalkan",
                "laporan",
                "laporannya",
                "report",
            }
        ),
    ),
    ("chat", frozenset({"obrolan", "obrolannya", "chat", "chatnya", "pesan", "pesannya", "hp", "history"})),
)


_NOT_AFTER_ALL = re.compile(r"\b(?:gk|ga|gak|nggak|ngga|enggak|tidak|tdk|ndak|nda)\s+jadi\b")


_A_NUMBER = re.compile(r"(?<![\d.,])\d(?![\d.,])")


def _one_number(text: str) -> str | None:
    """The one digit of a short answer ("yg no 3"), else None."""
    found = _A_NUMBER.findall(text)
    return found[0] if len(found) == 1 and len(text.split()) <= 5 else None


def erase_choice_in_words(text: str) -> str | None:
    """Which of the erase choices her words name, or None."""
    plain = inputs.normalize(text)
    if _NOT_AFTER_ALL.search(plain):
        return "kembali"  # "gk jadi": not "jadi hapus semua"
    words = set(plain.split())
    return next((choice for choice, said in _ERASE_WORDS if words & said), None)


def erase(run: _Run, mode: str) -> None:
    """One of the three erasures she chose; the chat starts afresh, and the last messages are
    handled discreetly (deleted from the phone after a while). ``draft``: only the report she
    is filling in is dropped; nothing stored elsewhere is touched."""
    if mode != "draft":
        run.effects.append(EraseReporterData(mode=mode))  # type: ignore[arg-type]
    lang = run.state.lang
    run.state = new_state(lang)
    run.state.lang_locked = True
    run.state.discreet = True
    run.say(f"common.erase_done_{mode}")


# ------------------------------------------------------------------ answers
