"""An answer the question's parser could not read: a kind word, a piece of her story told where a
number was asked, several choices at once, her name at a choice; kept and said back, never lost
(flows/answering.py reads the answer first)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from flows import (
    absorbing,
    accepting,
    answering,
    asides,
    asking,
    before_report,
    inputs,
    misplaced,
    safety_check,
    understood_list,
)
from flows.reading import (
    answer_kind,
    only_a_plea,
)
from flows.spec import ChoiceNode, Node, YesNoNode
from flows.understand.said_before import points_back

if TYPE_CHECKING:
    from flows.engine import _Run


def _story_just_left(run: _Run) -> bool:
    """The question before this one was her story, told and not ended with "selesai"."""
    st = run.state
    if len(st.history) < 2 or st.history[-2] not in run.flow.nodes:
        return False
    before = run.flow.node(st.history[-2])
    return before.input == "longtext" and bool(before.slot and st.slots.get(before.slot))


def _noted(slots: dict[str, Any], known: set[str]) -> bool:
    """Whether her words filled a value that was not known before (a place, a time, a problem)."""
    return any(
        not k.startswith("_") and not k.endswith("_display") and k not in known and v is not None
        for k, v in slots.items()
    )


def not_understood(run: _Run, node: Node, text: str, parsed: inputs.Parsed, at_menu: bool) -> None:
    """An answer its question's parser could not read: what it tells is kept and said back kindly,
    and the question asked again (a miss counts towards the offer of a person)."""
    st = run.state
    kind = node.input
    if not run.pressed and answer_kind(text) == "done" and _story_just_left(run):
        # "selesai" as she was told to end her story, which a cry had just cut short: it is
        # kept; the question that came instead is asked again, no "mohon jawab Ya atau Tidak"
        run.say("common.story_kept")
        asking.ask(run, node, bump=False)
        return
    if answering.in_report(run) and not run.pressed and only_a_plea(text):
        accepting.miss(
            run, node, "plea"
        )  # "tolong dibantu ya kak": a kind word, the question again (no "Ya atau Tidak")
        return
    if answering.in_report(run) and not run.pressed and points_back(inputs.normalize(text).split()):
        accepting.miss(run, node, "pointed_back")  # "kan udh sy bilang td": told, and not found; said so
        return
    if node.slot == "consent" and not run.pressed and asides.watched_at_consent(run, text):
        return
    if answering.in_report(run) and not run.pressed and len(text) > 3:
        # "sy di hongkong" to "can you write safely?": not the answer, but told once
        # all the same, and never asked again; a sentence ("di rumah majikan, dkt masjid" to
        # the phone question) is kept with her story, so that nothing she wrote is lost (a
        # long one too: 4,000 characters about her employer where his name was asked)
        # "1 and 3", "both 1 and 3 please" are choices she tried, not her story
        told = len(answering.TOLD.findall(text)) >= 3 and not (
            isinstance(node, ChoiceNode) and misplaced.choices_tried(text)
        )
        # "agennya PT Sumber Rejeki" at "more questions?" after filing: more for her case, kept
        told = told or (node.slot == "_more" and len(text.split()) >= 2)
        told = told and not only_a_plea(text)  # "tolong dibantu ya kak" tells the staff nothing new
        offered = misplaced.suggested_before(run, node)
        before = len(st.slots)
        # (a value once unknown counts as new: "Negara: tidak tahu (timur tengah)", then "dubai")
        known = {k for k, v in st.slots.items() if not k.startswith("_") and v is not None}
        absorbing.absorb(run, text, node, story=told)
        if node.slot == "consent" and (told or len(st.slots) > before or understood_list.a_piece(text)):
            # "udh 4 bln", "sy di jeddah": her story in pieces before she agreed; each piece
            # kept with it, and the consent asked in one short line, not its whole text again
            if not told:
                absorbing.absorb(run, text, None, story=True)
            # "sy takut kak" on the urgent path: heard, not "Terima kasih, sudah kami catat"
            afraid = st.urgent and safety_check.gave_up(text)
            again = "complaint.consent.again_afraid" if afraid else "complaint.consent.again"
            run.say_with_buttons(run.render(again), asking.buttons(run, node))
            return
        if offered is not None:
            # the list she was shown keeps its numbers: "3" typed again means what it did
            st.slots[offered[0]] = offered[1]
        if (
            isinstance(node, ChoiceNode)
            and node.invalid is None
            and not misplaced.a_telling(text)
            and absorbing.read(run, text).own_name
        ):
            # "nama sy Sulastri" at "Jenis kelamin Anda?": her name noted, the question again
            # ("Maaf, pilihan itu tidak ada" read as if she had typed nonsense)
            run.say("common.name_noted")
            asking.ask(run, node, bump=False)
            return
        # ("udh 3 bln" to the phone question: the time is kept, the number still asked; "dubai
        # kayanya" to "when did you last hear from her?": the place kept, not "cannot read that date")
        noted = (isinstance(node, YesNoNode | ChoiceNode) or kind in ("phone", "date")) and _noted(st.slots, known)
        if node.invalid is None and ((told and (misplaced.a_telling(text) or node.slot == "_more")) or noted):
            # more of her story where a number was asked, "sy di riyadh" to "can someone see
            # your phone?": thanked for and kept, not called unreadable
            accepting.miss(run, node, "told")
            return
    if isinstance(node, ChoiceNode) and misplaced.several_choices(text, len(node.options)):
        accepting.miss(run, node, "several")  # "2 dan 5": one at a time, the others in her words
        return
    if at_menu and not run.pressed:
        before_report.keep_before_report(run, text)  # "majikan galak": kept for the report it leads to
    accepting.miss(run, node, parsed.error)
    return
