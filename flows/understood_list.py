"""The understood list: "Kami catat dari cerita Anda ... Benar?", what her own words told said
back once; yes keeps it, "ada yang salah" asks which line, and what she adds there is kept."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from flows import absorbing, accepting, answering, asking, displays, inputs, moving
from flows.inputs.names import is_number_only, looks_like_a_name
from flows.reading import answer_kind, nothing_to_change, read_yesno
from flows.spec import UnderstoodNode

if TYPE_CHECKING:
    from flows.engine import _Run


def answer_understood(run: _Run, node: UnderstoodNode, text: str) -> None:
    """ "Kami catat: ... Benar?" Yes keeps the values; "salah" asks which line is wrong when
    there are several (``which_wrong``), and forgets what is wrong so that it is asked."""
    st = run.state
    if st.slots.get(asking.WHICH_WRONG):
        which_wrong(run, node, text)
        return
    if nothing_to_change(text, bare=False):
        keep_understood(run, node)  # "gk ada yg salah", "nothing wrong": it was "which is wrong?"
        return
    parsed = inputs.parse_choice(text, asking.buttons(run, node), st.lang)
    yes = read_yesno(text)
    if (parsed.ok and parsed.value == "ya") or (not parsed.ok and yes.ok and yes.value is True):
        if answer_kind(text) is None and len(text.split()) >= 3:
            # "ya bener, sy mau pulang aja": a yes and more of her story; what it adds is noted
            # with the rest (it was dropped: only the yes was read)
            absorbing.absorb(run, text, None, story=True)
        keep_understood(run, node)
        return
    if not parsed.ok and yes.ok and yes.value is False and _a_sentence_not_a_no(run, text):
        # "gk ada hp, ini pinjem hp kawan": a sentence that begins with "gk", no line named
        # wrong; what it adds is said back, else it is kept with her story and she is asked again
        if told_ahead(run, node, text) or told_more(run, node, text):
            return
        absorbing.absorb(run, text, None, story=True)
        accepting.miss(run, node, "told")
        return
    if (parsed.ok and parsed.value == "salah") or (not parsed.ok and yes.ok and yes.value is False):
        if len(asking.understood_lines(run)) >= 2:
            st.slots[asking.WHICH_WRONG] = True
            asking.ask(run, node)
            return
        forget_understood(run, node)
        return
    if not parsed.ok and answer_kind(text) in ("skip", "done"):
        keep_understood(run, node)  # "lewati", "selesai", "udah itu aja": nothing to change
        return
    if not parsed.ok and not yes.ok and told_ahead(run, node, text):
        return
    if not parsed.ok and not yes.ok and len(text.strip()) > 3 and told_more(run, node, text):
        return
    if not parsed.ok and not yes.ok and len(text.split()) >= 2:
        # "kerja di rumah", "majikan sy galak": more of her story, kept with it (it was refused
        # up to eight times, and lost), and the question asked again once
        absorbing.absorb(run, text, None, story=True)
        accepting.miss(run, node, "told")
        return
    accepting.miss(run, node, None)


def told_ahead(run: _Run, node: UnderstoodNode, text: str) -> bool:
    """ "Sri", "0812 3456 7890" typed at "Kami catat ... Benar?": the name or the number asked
    next, kept (it was refused, "mohon jawab Ya", and then asked again), and the list asked once more."""
    slots = run.state.slots
    name_slot = "worker_name"
    number = answering.PHONE_IN_TEXT.search(text)
    if is_number_only(text) or (number is not None and not answering.ANOTHER_NUMBER.search(text, number.end())):
        # "0123456789 tp jgn telp siang2": the number, and when she may be called kept with her
        # story for the staff (the number was lost, and "jgn telp" read as lost contact)
        slot = "phone" if run.flow.labelled("phone") is not None else ""
        typed = text if number is None else number.group()
        parsed = inputs.parse_phone(typed, slots.get("country") if isinstance(slots.get("country"), str) else None)
        if not slot or slots.get(slot) or not parsed.ok:
            return False
        slots[slot], slots[f"{slot}_display"] = parsed.value, parsed.display or str(parsed.value)
        if typed.strip() != text.strip():
            absorbing.keep_words(run, text)
        run.say("common.number_noted")
    elif looks_like_a_name(text.strip()) and run.flow.labelled(name_slot) is not None and not slots.get(name_slot):
        slots[name_slot] = slots[f"{name_slot}_display"] = text.strip()
        run.say("common.name_noted")
    else:
        return False
    asking.ask(run, node, bump=False)
    return True


#: words that say a line is wrong: with them a sentence that begins with "gk" is a No
_SAYS_WRONG = frozenset({"salah", "bukan", "keliru", "ganti", "ubah", "wrong", "not", "harusnya", "seharusnya"})


def a_piece(text: str) -> bool:
    """ "sy takut", "dia marah2": two words or more and no question, a piece of her story."""
    return len(text.split()) >= 2 and "?" not in text


def _a_sentence_not_a_no(run: _Run, text: str) -> bool:
    """A sentence of four words or more that the answer reader does not take for a No (only its
    first word is one), and that names no line and says nothing is wrong."""
    words = inputs.normalize(text).split()
    if len(words) < 4 or answer_kind(text) is not None or _SAYS_WRONG.intersection(words):
        return False
    return not named_line(run, asking.understood_lines(run), text)


#: "bukan sy", "not me": the writer is not the one the report is about
_NOT_ME = re.compile(r"\b(?:bukan|bkn|not)\s+(?:sy|saya|aku|aq|me|i)\b", re.IGNORECASE)


def told_more(run: _Run, node: UnderstoodNode, text: str) -> bool:
    """ "di taichung" instead of an answer: something she adds; noted, and said back with the
    rest. False when her words add nothing."""
    st = run.state
    before = dict(st.slots.get("_from_words") or {})
    found = absorbing.read(run, text)
    not_hers = found.reporter in ("family", "organisation") and _NOT_ME.search(text) is not None
    if st.slots.get("reporter_kind") == "self" and not_hers:
        # "eh maaf bukan sy, ini adik sy yg kerja": she reports for her sister (it was kept as
        # her own report, her sister added beside it); the relation follows from the same words
        st.slots["reporter_kind"] = found.reporter
        st.slots["reporter_kind_display"] = displays.display_of(run, "reporter_kind", found.reporter) or found.reporter
        before["reporter_kind"] = ""
    absorbing.absorb(run, text, None)
    if dict(st.slots.get("_from_words") or {}) == before:
        return False
    st.slots.pop(asking.WHICH_WRONG, None)
    moving.go(run, node.id)
    return True


#: "1 dan 3", "1, 3", "2 & 4": several lines' numbers
_NUMBERS = re.compile(r"^\s*\d+(?:\s*(?:,|&|\+|/|dan|and|sama)?\s*\d+)+\s*$")


def which_wrong(run: _Run, node: UnderstoodNode, text: str) -> None:
    """Her answer to "Yang mana yang salah?": a line (its button, number or words), several
    numbers, or all of them. What she names is forgotten and asked; the rest is kept."""
    st = run.state
    lines = asking.understood_lines(run)
    # a line's label named ("kotanya", "the city") before the buttons' words are compared: a
    # loose likeness to a line's value ("the" in "Myself (the worker)") must not win over it
    chosen = named_line(run, lines, text)
    parsed = inputs.parse_choice(text, asking.buttons(run, node), st.lang)
    if not chosen and parsed.ok and str(parsed.value).startswith(asking.WRONG_ITEM):
        chosen = [lines[int(str(parsed.value).removeprefix(asking.WRONG_ITEM)) - 1][0]]
    elif not chosen and _NUMBERS.match(text):
        picked = {int(n) for n in re.findall(r"\d+", text)}
        if all(1 <= n <= len(lines) for n in picked):
            chosen = [lines[n - 1][0] for n in sorted(picked)]
    if (parsed.ok and parsed.value == asking.ALL_WRONG) or (chosen and len(chosen) == len(lines)):
        st.slots.pop(asking.WHICH_WRONG, None)
        forget_understood(run, node)
        return
    if chosen:
        for what in chosen:
            forget_one(run, what)
        # "we will ask that again" only when a question will: a fee read from a wage story
        # has no question in the wage complaint
        asked = any(n.slot in chosen and (n.when is None or run.holds(n.when)) for n in run.flow.nodes.values())
        run.say("understood.will_ask_again" if asked else "understood.removed")
        keep_understood(run, node)
        return
    yes = read_yesno(text)
    if not parsed.ok and yes.ok and yes.value is True:  # "udah bener kok": nothing is wrong after all
        keep_understood(run, node)
        return
    if not parsed.ok and answer_kind(text) in ("no", "done"):  # "gk ada", "cukup": none of them
        st.slots.pop(asking.WHICH_WRONG, None)
        keep_understood(run, node)
        return
    if not parsed.ok and len(text.strip()) > 3 and told_more(run, node, text):
        return
    st.misses += 1
    run.say("understood.which_invalid")
    asking.ask(run, node, bump=False)


def named_line(run: _Run, lines: list[tuple[str, str]], text: str) -> list[str]:
    """The one line whose question's label her words name ("negaranya", "kotanya salah",
    "the city"); none when no line's or several lines' labels are named."""
    said = {word.removesuffix("nya") for word in inputs.normalize(text).split()}
    named: list[str] = []
    for what, _ in lines:
        source = run.flow.labelled("category" if what.startswith(asking.MORE_PROBLEM) else what)
        if source is None or not source.label:
            continue
        words = {w for w in inputs.normalize(run.render(source.label)).split() if len(w) >= 4}
        if words & said:
            named.append(what)
    return named if len(named) == 1 else []


def keep_understood(run: _Run, node: UnderstoodNode) -> None:
    """What is still said back is right: kept, and on past the question."""
    run.state.slots.pop(asking.WHICH_WRONG, None)
    run.state.slots["_understood_ok"] = True
    moving.go(run, moving.next_of(run, node))


def forget_understood(run: _Run, node: UnderstoodNode) -> None:
    """Everything read from her words is wrong: forgotten, and asked one by one."""
    st = run.state
    for slot in st.slots.get("_from_words") or {}:
        st.slots.pop(slot, None)
        st.slots.pop(f"{slot}_display", None)
    for slot in ("_more_categories", "_indicators", "_since_shape"):
        st.slots.pop(slot, None)
    st.slots["_from_words"] = {}
    st.slots["_understood_ok"] = False
    run.say("understood.will_ask")
    moving.go(run, moving.next_of(run, node))


def forget_one(run: _Run, what: str) -> None:
    """One understood line she says is wrong: its value goes (and a wrong problem is not
    offered again first), so its question is asked."""
    slots = run.state.slots
    if what.startswith(asking.MORE_PROBLEM):
        wrong = what.removeprefix(asking.MORE_PROBLEM)
        slots["_more_categories"] = [c for c in slots.get("_more_categories") or [] if c != wrong]
        slots[absorbing.NOT_HER_PROBLEMS] = [*(slots.get(absorbing.NOT_HER_PROBLEMS) or []), wrong]
        return
    if what == "category":
        primary = slots.get("category")
        slots["_suggested_categories"] = [c for c in slots.get("_suggested_categories") or [] if c != primary]
        if isinstance(primary, str):
            slots[absorbing.NOT_HER_PROBLEMS] = [*(slots.get(absorbing.NOT_HER_PROBLEMS) or []), primary]
    if what == "since":
        slots.pop("_since_shape", None)
        slots.pop("_since_raw", None)
    slots.pop(what, None)
    slots.pop(f"{what}_display", None)
    words = dict(slots.get("_from_words") or {})
    words.pop(what, None)
    slots["_from_words"] = words
