"""Her story and her evidence: several messages (text, photos, voice notes, files) collected
until "selesai"; a photo or voice note sent at any other question is kept as evidence too."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from flows import absorbing, accepting, answering, asking, inputs, moving, not_known
from flows.dialog import ENTRY_FLOW
from flows.reading import answer_kind
from flows.spec import Node
from flows.turn_words import NOT_EVIDENCE, REPLY_UNTIL, REPORT_FLOWS
from flows.types import CaseMessage, Media

if TYPE_CHECKING:
    from flows.engine import _Run

#: "udh", "udah kak" after her story: she has finished ("sudah 4 bulan" is more of it)
_ALREADY = frozenset({"udh", "udah", "sudah", "sdh", "dah", "uda", "kak", "ka", "mbak", "mba", "min", "bu", "pak",
                      "ya"})  # fmt: skip
#: "no photo", "i dont have any document", "none po" to "any document or photo?": nothing to give
#: (it was "Send a photo ... type Done", three times)
_NONE_IN_ENGLISH = re.compile(
    r"\s*(?:no|none|nothing|(?:i\s+)?(?:dont|don't|do\s+not)\s+have)(?:\s+(?:any|po|mam|maam|madam|sir))*"
    r"(?:\s+(?:photos?|pictures?|pics?|documents?|evidence|proof|files?|papers?|screenshots?|videos?|one))?"
    r"(?:\s+(?:po|mam|maam|madam|sir))?[\s.!]*",
    re.IGNORECASE,
)


def answer_collecting(run: _Run, node: Node, text: str) -> None:
    """Long text and media: several messages until "selesai"."""
    st = run.state
    assert node.slot is not None
    have = st.slots.get(node.slot)
    # her first words alone ("sy di malaysia kak") are kept, but no story told yet
    told = have if asking.collecting(run, node) else None
    spoken = node.input == "longtext" and bool(st.slots.get("_extra_media"))
    # "udh itu aja", "udah" after her story: done; "gk ada", "ga ada bukti" to an optional
    # question: nothing to give (neither is kept as part of the story)
    said = answer_kind(text) if len(text) <= answering.SHORT_REPLY else None
    bare = set(inputs.normalize(text).split())
    finished = said == "done" or (bool(told or spoken) and bool(bare) and bare <= _ALREADY)
    # "gk tau", "gk punya" to "any evidence?": nothing to give (it looped on the question)
    declined = node.optional and not told and (said == "no" or (node.input == "media" and said == "unknown"))
    declined = declined or bool(
        node.optional and not told and node.input == "media" and _NONE_IN_ENGLISH.fullmatch(text)
    )
    if inputs.is_done(text) or finished or declined or (node.optional and inputs.is_skip(text)):
        if have or node.optional or spoken:
            st.slots[f"{node.slot}_display"] = collected_display(run, node, have)
            if not have:
                st.slots[node.slot] = None
            st.misses = 0
            moving.go(run, moving.next_of(run, node))
            return
        accepting.miss(run, node, None)
        return
    if node.input == "media":
        accepting.miss(run, node, None)
        return
    if not told and node.optional and not_known.is_unknown(run, text):
        # "gk tau" to "tell what happened": she does not know what to write; one hint, then on
        # (her first words, when the question was asked for them, stay with the report)
        if st.misses:
            st.slots[node.slot] = have or None
            st.slots[f"{node.slot}_display"] = collected_display(run, node, have)
            st.misses = 0
            moving.go(run, moving.next_of(run, node))
            return
        st.misses += 1
        run.say_with_buttons(run.render("common.story_unknown"), asking.buttons(run, node))
        return
    if node.input == "longtext" and absorbing.said_again(have, text):
        # the same message twice in a row (sent again on a weak signal): kept once
        run.say_with_buttons(run.render("common.longtext_more"), asking.buttons(run, node))
        return
    limit = int(node.raw.get("max_length", 20000))
    combined = f"{have}\n\n{text.strip()}" if have else text.strip()
    if len(combined) > limit:
        accepting.miss(run, node, "too_long")
        return
    st.slots[node.slot] = combined
    if answering.in_report(run):
        absorbing.absorb(run, text, node)  # the story is read, not only kept
    run.say_with_buttons(run.render("common.longtext_more"), asking.buttons(run, node))


def collected_display(run: _Run, node: Node, have: Any) -> str:
    if not have:
        extra = len(run.state.slots.get("_extra_media") or [])
        return f"[{extra}]" if extra and node.input == "longtext" else "-"
    if node.input == "media":
        return str(len(have))
    text = str(have)
    return text if len(text) <= 200 else text[:197] + "..."


def _media_item(media: Media) -> dict[str, Any]:
    return {
        "kind": media.kind,
        "file_id": media.file_id,
        "size": media.size,
        "mime_type": media.mime_type,
        "file_name": media.file_name,
    }


def on_media(run: _Run, media: Media) -> None:
    st = run.state
    node = run.node if st.node is not None and not st.pending else None
    collecting = node is not None and node.input in ("media", "longtext")
    replying = (
        st.reply_case
        and (st.node is None or (st.pending or {}).get("kind") == "reply")
        and run.now.timestamp() <= float(st.slots.get(REPLY_UNTIL) or 0)
        and media.kind not in NOT_EVIDENCE
        and (media.size is None or media.size <= run.dialog.settings.max_attachment_bytes)
    )
    if replying:
        # a photo or a voice note as her answer to a mediator: on that case, with the reply
        run.effects.append(CaseMessage(str(st.reply_case), "", attachments=(media,)))
        run.say("common.reply_recorded", case_number=st.reply_case)
        if st.node is not None:
            asking.ask_pending(run)
        return
    if (
        not st.pending
        and (st.node is None or st.flow == ENTRY_FLOW)
        and media.kind not in NOT_EVIDENCE
        and (media.size is None or media.size <= run.dialog.settings.max_attachment_bytes)
    ):
        # a voice note (or a photo) as her first message: the report starts with it, kept for
        # the staff, as the story question keeps one; it was refused and lost
        draft = st.slots.get("_draft")  # a report she stopped stays kept
        st.slots = {"_draft": draft} if draft else {}
        st.slots["_extra_media"] = [_media_item(media)]
        st.flow, st.history, st.return_to = "complaint", [], None
        run.say("common.media_first")
        moving.go(run, run.flow.start)
        return
    if (
        node is not None
        and not collecting
        and st.flow in REPORT_FLOWS
        and media.kind not in NOT_EVIDENCE
        and (media.size is None or media.size <= run.dialog.settings.max_attachment_bytes)
    ):
        # a second voice note, a photo, at any question of her report: kept for the staff with
        # the report (it was refused and lost), and the question is still open; it counts as a
        # miss, so the second offers a person and the third passes an optional question (three
        # voice notes in a row looped on "pertanyaan ini belum terjawab" with no way on)
        st.slots["_extra_media"] = [*(st.slots.get("_extra_media") or []), _media_item(media)]
        accepting.miss(run, node, "media_told")
        return
    if node is None or not collecting:
        run.on_unsupported()
        return
    assert node.slot is not None
    if media.kind in NOT_EVIDENCE:
        run.say("common.media_unsupported")
        asking.ask(run, node, bump=False)
        return
    if media.size is not None and media.size > run.dialog.settings.max_attachment_bytes:
        run.say("common.media_too_big", max_mb=run.dialog.settings.max_attachment_bytes // (1024 * 1024))
        asking.ask(run, node, bump=False)
        return
    item = _media_item(media)
    if node.input == "media":
        st.slots[node.slot] = [*(st.slots.get(node.slot) or []), item]
    else:
        st.slots["_extra_media"] = [*(st.slots.get("_extra_media") or []), item]
    run.say_with_buttons(run.render("common.media_more"), [("selesai", run.render("common.done"))])


# ------------------------------------------------------------------ summary
