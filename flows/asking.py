"""Asking: a node's question in words and buttons (progress counter, numbered options, why we
ask), the words an option is known by, the pending confirmations, and asking again."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from flows import filing, inputs, moving
from flows.catalog import is_code, remember
from flows.inputs.words import NO
from flows.spec import ChoiceNode, EndNode, FileCaseNode, GotoNode, Node, SummaryNode, UnderstoodNode, YesNoNode
from flows.turn_words import (
    LABELLED_UNDERSTOOD,
    LANGUAGE_OPTIONS,
    MAX_HOPS,
    REPORT_FLOWS,
    SAID_BY_ANOTHER,
    SAID_BY_CATEGORY,
    STORY_OPENING,
    UNDERSTOOD_ORDER,
)
from flows.understand.lexicon import LEXICON
from flows.understand.normalize import BREAK, read_text

if TYPE_CHECKING:
    from flows.engine import _Run


def buttons(run: _Run, node: Node) -> list[tuple[str, str]]:
    """The buttons of a node's question: also what a bare option id from the console may be."""
    st = run.state
    if st.pending:
        return pending_buttons(run)
    out: list[tuple[str, str]] = []
    if isinstance(node, ChoiceNode):
        out = list(option_labels(run, node))
    elif isinstance(node, YesNoNode):
        out = yes_no_buttons(run)
    elif isinstance(node, SummaryNode):
        out = [("ya", run.render("common.yes"))]
    elif isinstance(node, UnderstoodNode) and st.slots.get(WHICH_WRONG):
        out = [(f"{WRONG_ITEM}{k}", line) for k, (_, line) in enumerate(understood_lines(run), 1)]
        out.append((ALL_WRONG, run.render("understood.all")))
    elif isinstance(node, UnderstoodNode):
        out = [("ya", run.render("understood.yes")), ("salah", run.render("understood.wrong"))]
    elif node.input in ("longtext", "media") and collecting(run, node):
        # Once something is kept, Selesai is the way on; a Lewati beside it would only confuse.
        return [("selesai", run.render("common.done"))]
    if node.optional and node.input:
        out.append(("lewati", run.render("common.skip")))
    if st.misses >= 2 and node.input:
        out.append(("petugas", run.render("common.agent_button")))
    if st.held:
        out.append(("pesan", run.render("common.held_button")))
    return out


def synonym(run: _Run, node: ChoiceNode, text: str) -> str | None:
    """The option whose words (the flow's ``synonyms``) the answer uses: the whole answer, or a
    short answer that names one option's words and no other's. Her chat's language first, then
    the others: in an English chat she still types "gaji dibayar", "cewek", "jaga nenek", and in
    an Indonesian one "salary", "go home" (they were "not one of the choices")."""
    key = ("synonyms", run.state.lang, id(node))
    table: dict[str, str] | None = run.dialog.memo.get(key)
    if table is None:
        table = {}
        for option in node.options:
            for word in option.synonyms.get(run.state.lang, ()) + option.synonyms.get("any", ()):
                table.setdefault(inputs.normalize(word), option.id)
        for option in node.options:
            for lang, words in sorted(option.synonyms.items()):
                if lang not in (run.state.lang, "any"):
                    for word in words:
                        table.setdefault(inputs.normalize(word), option.id)
        remember(run.dialog.memo, key, table)
    if not table:
        return None
    found = _synonym_in(table, inputs.normalize(text))
    if found is None:
        # "rmh tangga", "prsh": the words as chat shorthand spells them out ("rumah tangga"); it
        # was "Maksud Anda ...?", and her next answer typed there changed this one
        plain = " ".join(w for w in read_text(text).words if w != BREAK)
        if plain and plain != inputs.normalize(text):
            found = _synonym_in(table, plain)
    return found


def _synonym_in(table: dict[str, str], answer: str) -> str | None:
    if answer in table:
        return table[answer]
    words = answer.split()
    if len(words) > 6 or _BUT.intersection(words):
        return None  # "ok kak tp kok lama ya": more than the option, kept as her words
    padded = f" {answer} "
    found = {(word, option) for word, option in table.items() if f" {word} " in padded}
    options = {option for _, option in found}
    if len(options) != 1:
        return None
    # "bukan perorangan", "gk setuju": a negated word names no option
    negated = any(w in NO for w in words) and not any(any(n in NO for n in word.split()) for word, _ in found)
    return None if negated else options.pop()


#: "but": a short answer with it says more than one option's words ("siap kak, tapi ...")
_BUT = frozenset({"tp", "tapi", "tpi", "but", "namun"})


#: while she says which understood line is wrong (after "ada yang salah"): the state's flag, the
#: buttons' ids (a line's number after the prefix, and all of them) and a further problem's item
WHICH_WRONG = "_which_wrong"
WRONG_ITEM = "salah_"
ALL_WRONG = "semua"
MORE_PROBLEM = "problem:"
#: the id of a suggested option: this prefix and the value it sets ("saran_penipuan_kerja")
SUGGESTED = "saran_"
#: the chat hidden from her phone ("majikan dtg") until she writes again
HIDDEN = "hidden"
#: at most this many suggestions before a choice's own options
MAX_SUGGESTED = 3


def suggestions(run: _Run, node: ChoiceNode) -> tuple[str, ...]:
    """The values a choice with ``suggest`` offers first: what her words most likely told (the
    problems understood, then the understanding step's alternatives), also when she corrects the
    problem from the summary. Only values the catalog can name, none twice, at most
    ``MAX_SUGGESTED``."""
    suggest = node.raw.get("suggest")
    if not suggest:
        return ()
    slots = run.state.slots
    found: list[str] = []
    for value in slots.get(suggest["from"]) or ():
        key = f"{suggest['label']}.{value}"
        if value not in found and run.dialog.catalog.has(key, run.state.lang):
            found.append(str(value))
    return tuple(found[:MAX_SUGGESTED])


def option_labels(run: _Run, node: ChoiceNode) -> tuple[tuple[str, str], ...]:
    """(id, label) of a choice's options, any suggestions first; asked for three times a turn,
    so kept per language (and suggestions) when the labels have no variables."""
    offered = suggestions(run, node)
    key = ("options", run.state.lang, id(node), offered)
    found: tuple[tuple[str, str], ...] | None = run.dialog.memo.get(key)
    if found is None:
        label = str(node.raw["suggest"]["label"]) if offered else ""
        found = tuple((f"{SUGGESTED}{v}", run.render(f"{label}.{v}")) for v in offered)
        # an option offered first is not listed twice ("2. Lost contact", "3. Lost contact / no
        # news" in the family's list)
        found += tuple((o.id, run.render(o.label)) for o in node.options if o.id not in offered)
        if all(run.dialog.catalog.static(run.state.lang, o.label) is not None for o in node.options):
            remember(run.dialog.memo, key, found)
    return found


def yes_no_buttons(run: _Run) -> list[tuple[str, str]]:
    return [("ya", run.render("common.yes")), ("tidak", run.render("common.no"))]


def collecting(run: _Run, node: Node) -> bool:
    """Whether something is kept at this question already (her first words alone, "sy di
    malaysia kak", are no story told: the story question asked for them offers Lewati)."""
    if not node.slot:
        return False
    have = run.state.slots.get(node.slot)
    return bool(have) and have != run.state.slots.get(STORY_OPENING)


def ask(run: _Run, node: Node, *, bump: bool = True) -> None:
    """Send a node's question. ``bump`` makes earlier buttons stale (a new question)."""
    st = run.state
    if bump:
        st.seq += 1
        st.misses = 0
    run.say_with_buttons(question(run, node), buttons(run, node), request_contact=node.input == "phone")


def question(run: _Run, node: Node) -> str:
    """A node's question in words: progress, prompt, numbered options, why we ask. Kept per
    language and node when every part depends only on the dialog's codes (not the summary)."""
    assert node.prompt is not None
    prompt = node.prompt
    labels: list[str] = []
    if isinstance(node, ChoiceNode):
        offered = suggestions(run, node)
        if offered:
            suggest = node.raw["suggest"]
            prompt = str(suggest["prompt"])
            labels = [f"{suggest['label']}.{v}" for v in offered]
        labels += [o.label for o in node.options]
    if run.replies and run.state.flow == "menu" and node.id == run.flow.start:
        # the menu after a line said in this turn ("Tidak ada laporan yang sedang diisi", the
        # numbers, "kami di sini untuk membantu"): its list only, not the greeting once more
        prompt = ""
    keys = [k for k in (prompt, node.why) if k] + labels
    codes = [run.code_key(k) for k in keys]
    # numbered up to filing; the questions after it are extra, and said to be
    numbered = node.progress and "case_number" not in run.state.slots and run.state.return_to is None
    counter = progress(run, node) if numbered else None
    memo_key = None
    if not isinstance(node, SummaryNode | UnderstoodNode) and all(c is not None for c in codes):
        memo_key = ("question", run.state.lang, id(node), counter, *codes)
        found: str | None = run.dialog.memo.get(memo_key)
        if found is not None:
            return found
    parts = []
    if counter is not None:
        parts.append(run.render("common.progress", n=counter[0], total=counter[1]))
    if isinstance(node, UnderstoodNode) and run.state.slots.get(WHICH_WRONG):
        # which of the lines is wrong: the rest are kept, only that one is asked
        lines = understood_lines(run)
        parts.append(run.render("understood.which"))
        parts.append("\n".join(f"{k}. {line}" for k, (_, line) in enumerate(lines, 1)))
        return "\n\n".join(parts)
    if prompt:
        parts.append(run.render(prompt))
    if isinstance(node, UnderstoodNode):
        parts.append(understood_text(run))
        parts.append(run.render("understood.footer"))
    if isinstance(node, SummaryNode):
        parts.append(filing.summary_text(run, node))
        parts.append(run.render("summary.footer"))
    if isinstance(node, ChoiceNode):
        parts.append("\n".join(f"{i}. {label}" for i, (_, label) in enumerate(option_labels(run, node), 1)))
    if node.why:
        parts.append(run.render(node.why))
    text = "\n\n".join(p for p in parts if p)
    if memo_key is not None:
        remember(run.dialog.memo, memo_key, text)
    return text


def understood_text(run: _Run) -> str:
    """What her own words told, one line each, in the summary's order."""
    # a screening Yes the flow has no label for (a family's "not allowed out") says nothing: no
    # empty line in the list
    return "\n".join(f"- {line}" for _, line in understood_items(run) if line)


def understood_lines(run: _Run) -> list[tuple[str, str]]:
    """The lines of ``understood_items`` that say something: what "ada yang salah" offers."""
    return [(what, line) for what, line in understood_items(run) if line]


def understood_items(run: _Run) -> list[tuple[str, str]]:
    """What her own words told, in the summary's order: (what, line), ``what`` the slot, or
    ``MORE_PROBLEM`` and the code for a further problem."""
    slots = run.state.slots
    words = slots.get("_from_words") or {}
    problems = {slots.get("category"), *(slots.get("_more_categories") or ())}
    items: list[tuple[str, str]] = []
    for slot in UNDERSTOOD_ORDER:
        if slot in words and slots.get(f"{slot}_display"):
            value = slots[slot]
            if value is True and SAID_BY_CATEGORY.get(slot) in problems:
                continue
            if said_by_another(slots, problems, slot, value):
                continue
            if value is True:  # a screening answer: its label says it ("Paspor dipegang orang lain")
                source = run.flow.labelled(slot)
                items.append((slot, run.render(source.label) if source and source.label else ""))
                continue
            if slot in LABELLED_UNDERSTOOD and not (slot == "city" and _a_region(value)):
                source = run.flow.labelled(slot)
                # a value no question asks ("500 MYR" cut from her wage) has its own label
                label = source.label if source is not None and source.label else f"understood.label.{slot}"
                if run.dialog.catalog.has(label, run.state.lang):
                    items.append((slot, f"{run.render(label)} {slots[f'{slot}_display']}"))
                    continue
            items.append((slot, str(slots[f"{slot}_display"])))
            if slot == "category":
                more = slots.get("_more_categories") or []
                items += [(f"{MORE_PROBLEM}{c}", run.render(f"category.{c}")) for c in more]
    return items


#: the last word of a place that is no city: "Kaohsiung County", "Eastern Province"
_REGION_WORDS = frozenset({"county", "province", "state", "prefecture", "provinsi", "negeri", "wilayah", "region"})


def _a_region(place: Any) -> bool:
    """A state or region read as the city ("sabah", "selangor"): said back as itself, not "Kota
    Sabah"; so is a city whose name says it ("Kota Kinabalu", "Kuwait City": not "Kota Kota Kinabalu")."""
    if not isinstance(place, str) or not place:
        return False
    said = place.lower().split()
    return place in LEXICON.regions or said[-1] in _REGION_WORDS or said[0] == "kota" or said[-1] == "city"


def said_by_another(slots: dict[str, Any], problems: set[Any], slot: str, value: Any) -> bool:
    said = SAID_BY_ANOTHER.get((slot, value)) if isinstance(value, str) else None
    if said is None:
        return False
    other, values = said
    return bool(problems.intersection(values)) if other == "category" else slots.get(other) in values


def progress(run: _Run, node: Node) -> tuple[int, int]:
    """ "Question n of total": the questions asked so far and those still ahead on the way to
    filing, as the answers known now make them (a value told in her words is not counted)."""
    st = run.state
    asked = sum(1 for h in st.history if h in run.flow.nodes and run.flow.node(h).progress)
    if node.id not in st.history:
        asked += 1
    return asked, asked + questions_ahead(run, node)


def questions_ahead(run: _Run, node: Node) -> int:
    st = run.state
    filled = frozenset(k for k in st.slots if not k.startswith("_"))
    key = (
        "ahead",
        id(run.flow),
        node.id,
        st.urgent,
        filled,
        *(
            (name, st.slots.get(name))
            for name in ("category", "reporter_kind", "relation")
            if is_code(st.slots.get(name), run.dialog.codes)
        ),
    )
    found: int | None = run.dialog.memo.get(key)
    if found is not None:
        return found
    count = 0
    seen = {node.id}
    node_id = expected_next(run, node)
    for _ in range(MAX_HOPS):
        if node_id is None or node_id in seen:
            break
        seen.add(node_id)
        ahead = run.flow.node(node_id)
        if isinstance(ahead, FileCaseNode | EndNode | GotoNode):
            break
        passed = (
            (ahead.when is not None and not run.holds(ahead.when))
            or (ahead.input is not None and ahead.slot is not None and ahead.slot in st.slots)
            or (st.urgent and ahead.input and not ahead.essential and bool(ahead.next))
        )
        if not passed and ahead.progress:
            count += 1
        node_id = expected_next(run, ahead)
    return int(remember(run.dialog.memo, key, count))


def expected_next(run: _Run, node: Node) -> str | None:
    """Where a node leads when its answer is not known yet: its default way on."""
    for transition in node.next:
        if transition.when is None or run.holds(transition.when):
            return transition.to
    if isinstance(node, ChoiceNode):
        for option in node.options:
            if option.next:
                return option.next
    return None


def reask(run: _Run) -> None:
    st = run.state
    if st.pending:
        ask_pending(run)
    elif st.node is not None:
        if run.node.input is None:
            moving.go(run, run.node.id)  # a lookup never answered: ask the host again
        else:
            ask(run, run.node, bump=False)


def unfiled_report(run: _Run) -> bool:
    """A report being filled in and not yet filed (lost with the chat, wiped by "restart")."""
    st = run.state
    return st.flow in REPORT_FLOWS and bool(st.slots) and "case_number" not in st.slots


def ask_pending(run: _Run) -> None:
    pending = run.state.pending or {}
    kind = pending.get("kind")
    if kind == "confirm_value":
        text = run.render("common.confirm_value", value=pending.get("display", ""))
    elif kind == "erase_choice":
        # a report being filled in and not yet filed is lost with the chat: she is told so
        # "hapus" before any report was sent: no "a report already sent is still handled" as if
        # there were one (a report sent from this chat long ago is still named, conditionally)
        slots = run.state.slots
        filed = bool(slots.get("_last_case") or slots.get("case_number") or slots.get("_my_cases"))
        text = run.render("common.erase_choose", draft=unfiled_report(run), filed=filed)
    elif kind == "erase_confirm":
        text = run.render(f"common.erase_confirm_{pending.get('mode')}")
    elif kind == "cancel":
        text = run.render("common.cancel_confirm", days=run.dialog.settings.draft_days)
    elif kind == "restart":
        text = run.render("common.restart_confirm")
    elif kind == "reply":
        text = run.render("common.reply_prompt", case_number=pending.get("case", ""))
    elif kind == "safety":
        text = run.render("common.safety.prompt")
    elif kind == "follow_up":
        key = "common.follow_up_prompt_case" if pending.get("looked_up") else "common.follow_up_prompt"
        text = run.render(key, case_number=pending.get("case", ""))
    elif kind == HIDDEN:
        run.say("common.hide_now")  # one plain line, no buttons: nothing on the screen to read
        return
    else:
        text = run.render("common.language_choose")
    run.say_with_buttons(text, pending_buttons(run))


def pending_buttons(run: _Run) -> list[tuple[str, str]]:
    kind = (run.state.pending or {}).get("kind")
    if kind == "language":
        return list(LANGUAGE_OPTIONS)
    if kind == "erase_choice":
        return [
            ("chat", run.render("common.erase_option.chat")),
            # a report being filled in: this choice cancels it, never a report already sent
            (
                "withdraw",
                run.render("common.erase_option.draft" if unfiled_report(run) else "common.erase_option.withdraw"),
            ),
            ("all", run.render("common.erase_option.all")),
            ("kembali", run.render("common.erase_option.back")),
        ]
    if kind == "reply":
        return [("lanjut", run.render("common.reply_continue"))]
    if kind == "safety":
        return [("bahaya", run.render("common.safety.danger")), ("aman", run.render("common.safety.safe"))]
    if kind == "follow_up":
        return [("tambah", run.render("common.follow_up_add")), ("baru", run.render("common.follow_up_new"))]
    return yes_no_buttons(run)
