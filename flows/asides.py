"""What the turn checks in her words before it reads them as a command, a cry or an answer:
a word that names an option of the question (not the command of that word), "sy aman" at "are
you safe?" (her answer, not a new cry), and what she says about the chat itself: a language
named, her phone checked by the employer (the chat goes discreet)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flows import absorbing, accepting, after_filing, answering, asking, detours, inputs, safety_check
from flows.dialog import ENTRY_FLOW
from flows.reading import clauses, language_asked, tells_phone_checked
from flows.spec import ChoiceNode
from flows.turn_words import REPORT_FLOWS
from flows.types import CaseMessage, UpdateCase
from flows.who_is_near import free_to_write

if TYPE_CHECKING:
    from flows.engine import _Run

#: at most this many words, a message about her phone is that alone, not more of her story
_SHORT_TELLING = 8
#: at most this many words, "gk aman kak" at the urgent consent says whether she can write safely
_SAFE_SAID = 5
_SAFE_WORD = frozenset({"aman", "safe"})


def clauses_words(text: str) -> set[str]:
    return set(inputs.normalize(text).split())


def names_an_option(run: _Run, text: str) -> bool:
    """The message is one of the words of an option of the choice asked (it was taken as the
    command of the same word: "private" turned discreet mode on, "balik" went back)."""
    st = run.state
    if st.pending or st.node is None or st.flow == ENTRY_FLOW:
        return False
    node = run.node
    return isinstance(node, ChoiceNode) and asking.synonym(run, node, text) is not None


def safe_about_herself(run: _Run, text: str) -> bool:
    """At "are you yourself safe now?" of a report already urgent, she says she is, and who
    is not: an answer to the question, not a new cry (it looped, the numbers said again)."""
    st = run.state
    if not st.urgent or st.node is None or st.pending:
        return False
    node = run.node
    return node.raw.get("asks") == "safe" and safety_check.said_in_danger(text) is False


def language_named(run: _Run, text: str) -> bool:
    """ "sorry can i write english", "pake bahasa indonesia aja kak": that language from now
    on, and the question she was at asked again in it (only the bare "bahasa" worked)."""
    lang = language_asked(text)
    rest = ""
    if lang is None and run.state.node is not None:
        # "maaf sy pake bhs indonesia aja ya, nama sy Ani": the language asked in one clause,
        # the answer in the others (she stayed in English for eight questions)
        parts = clauses(text)
        for n, clause in enumerate(parts):
            lang = language_asked(clause)
            if lang is not None:
                rest = ", ".join(c.strip() for c in parts[:n] + parts[n + 1 :])
                break
    if lang is None or lang not in run.dialog.catalog.languages:
        return False
    run.state.lang, run.state.lang_locked = lang, True
    if rest and run.state.node is not None and not run.state.pending:
        answering.answer(run, run.node, rest)
        return True
    detours.resume_or_menu(run)
    return True


def report_discreet(run: _Run) -> None:
    """Her report goes discreet; a filed one also holds the staff's messages until she writes."""
    st = run.state
    st.discreet = True
    st.slots["discreet_mode"] = True
    st.slots["discreet_mode_display"] = run.render("common.yes")
    if "case_number" in st.slots:
        # a flag alone: storage keeps the answers filed (storage/store_effects._update_case);
        # the "may we send you news?" question, if still to come, is then not asked
        st.slots["notify"] = False
        st.slots["notify_display"] = run.render("common.no")
        run.effects.append(UpdateCase(str(st.slots["case_number"]), {}, notify_reporter=False))


def phone_checked_told(run: _Run, text: str) -> bool:
    """ "majikan suka cek hp sy" said after filing, or as a short answer in her report ("jgn,
    majikan suka liat hp" to "may we send you news?"): her chat goes discreet from now on,
    said in one line, and the question stays. A story that says it is read as a story (its
    report turns discreet there, flows/absorbing.py). True when the message is handled."""
    st = run.state
    if st.discreet or st.flow == "family_report" or not tells_phone_checked(text):
        return False
    in_report = st.node is not None and st.flow in REPORT_FLOWS
    if in_report and (run.node.raw.get("discreet_if_yes") or run.node.raw.get("discreet_if_no")):
        return False  # "can you write safely?", "may someone see your phone?": her answer there
    last = after_filing.last_case(run) if st.node is None else None
    if in_report and run.node.slot == "notify" and "case_number" in st.slots:
        # "jgn kak, hp sy suka dicek majikan" to "may the staff send you news here?": her No; it
        # was "sudah kami catat ... belum terjawab" and the question again, already answered
        report_discreet(run)
        run.effects.append(CaseMessage(str(st.slots["case_number"]), text.strip()))
        accepting.accept(run, run.node, False, run.render("common.no"))
        return True
    if in_report and (any(c.isdigit() for c in text) or not absorbing.read(run, text).is_empty()):
        # "gk ada hp sendiri, pake hp temen 0178889900": discreet, and the answer read as usual
        report_discreet(run)
        return False
    if in_report and len(text.split()) <= _SHORT_TELLING:
        report_discreet(run)
        if "case_number" in st.slots:
            run.effects.append(CaseMessage(str(st.slots["case_number"]), text.strip()))
        else:
            absorbing.keep_words(run, text)
        run.say("common.discreet_on")
        detours.resume_or_menu(run, menu=False)
        return True
    if last is not None:
        # the turn's closing line says it: discreet now, the chat gone in ten minutes
        st.discreet = True
        number = str(last.get("number") or "")
        run.effects.append(CaseMessage(number, text.strip()))
        # the staff's messages wait until she writes (storage/casework.is_held)
        run.effects.append(UpdateCase(number, {}, notify_reporter=False))
        run.say("common.phone_noted", case_number=number)
        return True
    return False


def watched_at_consent(run: _Run, text: str) -> bool:
    """ "gk bisa, majikan di rumah" typed at the consent of an urgent report: someone is with her.
    That is her answer to "can you write safely now?", asked next: the chat goes discreet at once
    (its messages are deleted from her phone) and the question is not asked again; the consent
    is asked in one short line. "majikan lg tidur" is a Yes kept the same way, and the message
    goes on as any other at the consent. True when the message is handled."""
    st = run.state
    if not st.urgent or st.discreet or "safe_now" in st.slots:
        return False
    free = free_to_write(text)
    if free is None and len(text.split()) <= _SAFE_SAID and _SAFE_WORD.intersection(clauses_words(text)):
        # "gk aman", "aman kak": her answer to "can you write safely?" said before it was asked
        # ("gk aman" was kept as her story, and the question then asked what she had said)
        danger = safety_check.said_in_danger(text)
        if danger is False:
            # "aman kak": she can write; kept as her answer (not as story), the consent asked again
            st.slots["safe_now"] = True
            st.slots["safe_now_display"] = run.render("common.yes")
            run.say_with_buttons(run.render("complaint.consent.again"), asking.buttons(run, run.node))
            return True
        free = None if danger is None else False
    if free:
        # "majikan lg tidur": she can write now; kept, and the question not asked again
        st.slots["safe_now"] = True
        st.slots["safe_now_display"] = run.render("common.yes")
    if free is not False:
        return False
    st.discreet = True
    st.slots["safe_now"] = False
    st.slots["safe_now_display"] = run.render("common.no")
    said = run.render("common.discreet_on") + "\n\n" + run.render("complaint.consent.again")
    run.say_with_buttons(said, asking.buttons(run, run.node))  # one message: she may have seconds
    return True


#: "iya hapus aja kak" to "may someone see your phone? If Yes, we delete the messages": a Yes
_HIDE_WORDS = frozenset({"iya", "ya", "iyah", "iy", "y", "yes", "ok", "oke", "boleh", "mau", "hapus", "hapusin", "apus",
                         "apusin", "dihapus", "diapus", "delete", "aja", "ajah", "saja", "kak", "ka", "kk", "mbak",
                         "mba", "min", "dong", "deh", "tolong", "tlg", "pls", "please", "pesannya", "chatnya",
                         "obrolannya", "sy", "saya"})  # fmt: skip
_ERASE_WORD = frozenset({"hapus", "hapusin", "apus", "apusin", "dihapus", "diapus", "delete"})
#: at most this many words, such a message is only that
_HIDE_SAID = 6


def hide_at_offer(run: _Run, text: str) -> bool:
    """ "iya hapus aja kak", "hapus aja" to the discreet offer (which says the messages are
    deleted when she says Yes): her Yes, not the erase command (it showed "Apa yang ingin Anda
    hapus?" with "Hapus semua data" to a woman who only wanted her chat off her phone)."""
    st = run.state
    if st.pending or st.node is None or st.flow not in REPORT_FLOWS or run.pressed:
        return False
    node = run.node
    words = inputs.normalize(text).split()
    if not node.raw.get("discreet_if_yes") or not 2 <= len(words) <= _HIDE_SAID:  # "hapus" alone: the command
        return False
    if not _ERASE_WORD.intersection(words) or not set(words) <= _HIDE_WORDS:
        return False
    accepting.accept(run, node, True, run.render("common.yes"))
    return True
