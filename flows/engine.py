"""The dialog engine: ``step(dialog, state, inbound, now, entropy) -> Turn``. Pure.

It knows nothing of Telegram, SQL or the clock: time and randomness are passed in, replies and
effects are returned for the host to commit and then deliver. The same engine therefore runs
under the console, both Telegram frameworks and any future channel, and is tested by feeding
``Inbound`` values and reading ``Turn`` values.

One turn, in order: system events (lookup results, mediator messages); button presses (a stale
or forged button gets "that question has passed"); the danger words (help first, then carry on
urgent); global commands; a pending confirmation; then the current node's answer.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flows import absorbing, answering, codes, detours, events, filing, inputs
from flows.catalog import MISSING, Message, is_code, remember
from flows.commands import command_of
from flows.dialog import ENTRY_FLOW, Dialog
from flows.inputs.words import NO
from flows.reading import read_danger
from flows.spec import (
    ChoiceNode,
    Condition,
    EndNode,
    FamilyCodeNode,
    FileCaseNode,
    Flow,
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
    BUTTON_COMMANDS,
    ENTROPY_BYTES,
    LABELLED_UNDERSTOOD,
    LANGUAGE_OPTIONS,
    MAX_HOPS,
    PLAIN_ANSWERS,
    UNDERSTOOD_ORDER,
    new_state,
)
from flows.types import (
    Awaiting,
    CaseMessage,
    ConversationState,
    Effect,
    Inbound,
    Lookup,
    NewFamilyCode,
    NotifyMediators,
    Option,
    Reply,
    Turn,
)
from flows.understand.types import Understanding

_new_tuple = tuple.__new__
_REPLY_FIELDS = ("text", "options", "request_contact", "remove_keyboard")
if Reply._fields != _REPLY_FIELDS or Option._fields != ("id", "label", "data"):
    raise RuntimeError("Reply or Option changed: update the tuples say() and say_with_buttons() build")

def step(
    dialog: Dialog,
    state: ConversationState | None,
    inbound: Inbound,
    now: datetime,
    entropy: bytes,
) -> Turn:
    """One turn of the conversation. ``entropy`` (>= 24 random bytes) makes case numbers and codes."""
    run = _Run(dialog, state.copy() if state is not None else new_state(), now, entropy)
    run.handle(inbound)
    return run.turn()


class _Run:
    """The working state of one turn. Collects replies and effects; mutates its own state copy."""

    def __init__(self, dialog: Dialog, state: ConversationState, now: datetime, entropy: bytes) -> None:
        if len(entropy) < ENTROPY_BYTES:
            raise ValueError(f"step() needs at least {ENTROPY_BYTES} bytes of entropy")
        self.dialog = dialog
        self.state = state
        self.now = now
        self.entropy = entropy
        self.replies: list[Reply] = []
        self.effects: list[Effect] = []
        self.case: dict[str, str] = {}
        self.status_result: dict[str, Any] = {}
        self._read: tuple[str, Understanding] | None = None
        #: this turn is a button press: its text is our own option id, not her words to read
        self.pressed = False

    # ------------------------------------------------------------------ output
    def turn(self) -> Turn:
        st = self.state
        awaiting = None
        if st.node is not None:
            node = self.node
            kind = node.input
            if st.pending and st.pending.get("kind") in ("confirm_value", "erase_confirm", "cancel"):
                kind = "yesno"
            elif st.pending:
                kind = "choice"
            if kind:
                awaiting = Awaiting(node.id, kind)
        elif st.pending:
            awaiting = Awaiting("", "yesno" if st.pending.get("kind") in ("erase_confirm", "cancel") else "choice")
        closing_line = None
        if st.discreet and awaiting is None and self.replies and not self.waits_for_lookup():
            # the closing replies stay a while (time to note the number and code), then go too
            self.say("common.discreet_closing", minutes=self.dialog.settings.discreet_closing_minutes)
            closing_line = self.render("common.discreet_neutral")
        replies = tuple(self.replies)
        if st.discreet:
            # a neutral first line: a notification preview shows it, not the alarming words after it
            prefix = self.render("common.discreet_prefix")
            replies = tuple(r._replace(text=f"{prefix}\n\n{r.text}") for r in replies)
        return Turn(replies, st, tuple(self.effects), awaiting, discreet=st.discreet, closing_line=closing_line)

    def waits_for_lookup(self) -> bool:
        return any(isinstance(e, Lookup) for e in self.effects)

    def render(self, key: str, **extra: Any) -> str:
        lang = self.state.lang
        catalog = self.dialog.catalog
        static = catalog.static(lang, key)
        if static is not None:
            return static
        message = catalog.message(lang, key)
        return message.render(self.context(message, extra), self.dialog.memo, self.dialog.codes)

    def code_key(self, key: str) -> Any:
        """What a message's words depend on when that is only the dialog's codes, else None."""
        lang = self.state.lang
        catalog = self.dialog.catalog
        if catalog.static(lang, key) is not None:
            return key
        message = catalog.message(lang, key)
        return message.code_key(self.context(message, {}), self.dialog.codes)

    def context(self, message: Message, extra: dict[str, Any]) -> dict[str, Any]:
        """The variables ``message`` uses, and only those (absent ones left out, as Jinja expects)."""
        context = {}
        for name in message.names:
            value = self.variable(name, extra)
            if value is not MISSING:
                context[name] = value
        return context

    def variable(self, name: str, extra: dict[str, Any]) -> Any:
        """One variable a message may use; only those it uses are computed."""
        if name in extra:
            return extra[name]
        st = self.state
        if name == "slots":
            return st.slots
        if name == "lang":
            return st.lang
        if name == "case":
            return self.case
        if name == "settings":
            settings = self.dialog.settings
            return {"reply_days": settings.reply_days, "urgent_reply_hours": settings.urgent_reply_hours}
        if name == "urgent":
            return st.urgent
        if name == "hotlines":
            lines = self.dialog.settings.hotlines_for(st.slots.get("country"), st.lang)
            return [{"name": h.name, "number": h.number, "kind": h.kind} for h in lines]
        if name == "crisis_lines":
            lines = self.dialog.settings.crisis_lines_for(st.slots.get("country"), st.lang)
            return [{"name": h.name, "number": h.number, "kind": h.kind} for h in lines]
        if name == "country_name":
            return st.slots.get("country_display") or ""
        if name == "result":
            return self.status_result
        return MISSING

    # Replies and buttons are made with tuple.__new__, as a named tuple's own _make does: a
    # named tuple's __new__ is interpreted code, a frame a button once compiled (flows/native.py).
    def say(self, key: str, **extra: Any) -> None:
        self.replies.append(_new_tuple(Reply, (self.render(key, **extra), (), False, False)))

    def say_with_buttons(self, text: str, buttons: list[tuple[str, str]], *, request_contact: bool = False) -> None:
        prefix = f"{self.state.seq}:"
        options = tuple([_new_tuple(Option, (i, label, prefix + i)) for i, label in buttons])
        self.replies.append(_new_tuple(Reply, (text, options, request_contact, False)))

    # ------------------------------------------------------------------ where we are
    @property
    def flow(self) -> Flow:
        return self.dialog.flow(self.state.flow)

    @property
    def node(self) -> Node:
        assert self.state.node is not None
        return self.flow.node(self.state.node)

    def condition_context(self) -> dict[str, Any]:
        st = self.state
        return {**st.slots, **self.flags()}

    def flags(self) -> dict[str, Any]:
        st = self.state
        return {
            "urgent": st.urgent,
            "discreet": st.discreet,
            "lang": st.lang,
            "filed": "case_number" in st.slots,
            "told": bool(st.slots.get("story")),
        }

    def holds(self, condition: Condition) -> bool:
        """A flow condition, remembered by the values it reads when they are all the dialog's codes
        (a category, a flag): evaluating one through Jinja costs ~10 µs."""
        st = self.state
        flags = self.flags()
        key: list[Any] = [condition]
        for name in condition.names:
            value = flags[name] if name in flags else st.slots.get(name, MISSING)
            if not is_code(value, self.dialog.codes):
                return condition(self.condition_context())
            key.append((type(value).__name__, value))
        found = self.dialog.memo.get(tuple(key))
        if found is None:
            found = remember(self.dialog.memo, tuple(key), condition(self.condition_context()))
        return bool(found)

    def buttons(self, node: Node) -> list[tuple[str, str]]:
        """The buttons of a node's question: also what a bare option id from the console may be."""
        st = self.state
        if st.pending:
            return self.pending_buttons()
        out: list[tuple[str, str]] = []
        if isinstance(node, ChoiceNode):
            out = list(self.option_labels(node))
        elif isinstance(node, YesNoNode):
            out = self.yes_no_buttons()
        elif isinstance(node, SummaryNode):
            out = [("ya", self.render("common.yes"))]
        elif isinstance(node, UnderstoodNode):
            out = [("ya", self.render("understood.yes")), ("salah", self.render("understood.wrong"))]
        elif node.input in ("longtext", "media") and self.collecting(node):
            # Once something is kept, Selesai is the way on; a Lewati beside it would only confuse.
            return [("selesai", self.render("common.done"))]
        if node.optional and node.input:
            out.append(("lewati", self.render("common.skip")))
        if st.misses >= 2 and node.input:
            out.append(("petugas", self.render("common.agent_button")))
        if st.held:
            out.append(("pesan", self.render("common.held_button")))
        return out

    def synonym(self, node: ChoiceNode, text: str) -> str | None:
        """The option whose words (the flow's ``synonyms`` for this language) the answer uses:
        the whole answer, or a short answer that names one option's words and no other's."""
        key = ("synonyms", self.state.lang, id(node))
        table: dict[str, str] | None = self.dialog.memo.get(key)
        if table is None:
            table = {}
            for option in node.options:
                for word in option.synonyms.get(self.state.lang, ()) + option.synonyms.get("any", ()):
                    table.setdefault(inputs.normalize(word), option.id)
            remember(self.dialog.memo, key, table)
        if not table:
            return None
        answer = inputs.normalize(text)
        if answer in table:
            return table[answer]
        words = answer.split()
        if len(words) > 6:
            return None
        padded = f" {answer} "
        found = {(word, option) for word, option in table.items() if f" {word} " in padded}
        options = {option for _, option in found}
        if len(options) != 1:
            return None
        # "bukan perorangan", "gk setuju": a negated word names no option
        negated = any(w in NO for w in words) and not any(any(n in NO for n in word.split()) for word, _ in found)
        return None if negated else options.pop()

    def option_labels(self, node: ChoiceNode) -> tuple[tuple[str, str], ...]:
        """(id, label) of a choice's options; asked for three times a turn, so kept per language
        when the labels have no variables."""
        key = ("options", self.state.lang, id(node))
        found: tuple[tuple[str, str], ...] | None = self.dialog.memo.get(key)
        if found is None:
            found = tuple((o.id, self.render(o.label)) for o in node.options)
            if all(self.dialog.catalog.static(self.state.lang, o.label) is not None for o in node.options):
                remember(self.dialog.memo, key, found)
        return found

    def yes_no_buttons(self) -> list[tuple[str, str]]:
        return [("ya", self.render("common.yes")), ("tidak", self.render("common.no"))]

    def collecting(self, node: Node) -> bool:
        return bool(node.slot and self.state.slots.get(node.slot))

    # ------------------------------------------------------------------ asking
    def ask(self, node: Node, *, bump: bool = True) -> None:
        """Send a node's question. ``bump`` makes earlier buttons stale (a new question)."""
        st = self.state
        if bump:
            st.seq += 1
            st.misses = 0
        self.say_with_buttons(self.question(node), self.buttons(node), request_contact=node.input == "phone")

    def question(self, node: Node) -> str:
        """A node's question in words: progress, prompt, numbered options, why we ask. Kept per
        language and node when every part depends only on the dialog's codes (not the summary)."""
        assert node.prompt is not None
        keys = [k for k in (node.prompt, node.why) if k]
        if isinstance(node, ChoiceNode):
            keys += [o.label for o in node.options]
        codes = [self.code_key(k) for k in keys]
        # numbered up to filing; the questions after it are extra, and said to be
        numbered = node.progress and "case_number" not in self.state.slots and self.state.return_to is None
        counter = self.progress(node) if numbered else None
        memo_key = None
        if not isinstance(node, SummaryNode | UnderstoodNode) and all(c is not None for c in codes):
            memo_key = ("question", self.state.lang, id(node), counter, *codes)
            found: str | None = self.dialog.memo.get(memo_key)
            if found is not None:
                return found
        parts = []
        if counter is not None:
            parts.append(self.render("common.progress", n=counter[0], total=counter[1]))
        parts.append(self.render(node.prompt))
        if isinstance(node, UnderstoodNode):
            parts.append(self.understood_text())
            parts.append(self.render("understood.footer"))
        if isinstance(node, SummaryNode):
            parts.append(filing.summary_text(self, node))
            parts.append(self.render("summary.footer"))
        if isinstance(node, ChoiceNode):
            parts.append("\n".join(f"{i}. {label}" for i, (_, label) in enumerate(self.option_labels(node), 1)))
        if node.why:
            parts.append(self.render(node.why))
        text = "\n\n".join(p for p in parts if p)
        if memo_key is not None:
            remember(self.dialog.memo, memo_key, text)
        return text

    def understood_text(self) -> str:
        """What her own words told, one line each, in the summary's order."""
        slots = self.state.slots
        words = slots.get("_from_words") or {}
        lines = []
        for slot in UNDERSTOOD_ORDER:
            if slot in words and slots.get(f"{slot}_display"):
                value = slots[slot]
                if value is True:  # a screening answer: its label says it ("Paspor dipegang orang lain")
                    source = self.flow.labelled(slot)
                    lines.append(f"- {self.render(source.label)}" if source and source.label else "")
                    continue
                if slot in LABELLED_UNDERSTOOD:
                    source = self.flow.labelled(slot)
                    if source is not None and source.label:
                        lines.append(f"- {self.render(source.label)} {slots[f'{slot}_display']}")
                        continue
                lines.append(f"- {slots[f'{slot}_display']}")
                if slot == "category":
                    lines += [f"- {self.render(f'category.{c}')}" for c in slots.get("_more_categories") or []]
        return "\n".join(lines)

    def progress(self, node: Node) -> tuple[int, int]:
        """"Question n of total": the questions asked so far and those still ahead on the way to
        filing, as the answers known now make them (a value told in her words is not counted)."""
        st = self.state
        asked = sum(1 for h in st.history if h in self.flow.nodes and self.flow.node(h).progress)
        if node.id not in st.history:
            asked += 1
        return asked, asked + self.questions_ahead(node)

    def questions_ahead(self, node: Node) -> int:
        st = self.state
        filled = frozenset(k for k in st.slots if not k.startswith("_"))
        key = ("ahead", id(self.flow), node.id, st.urgent, filled, *(
            (name, st.slots.get(name)) for name in ("category", "reporter_kind", "relation")
            if is_code(st.slots.get(name), self.dialog.codes)
        ))
        found: int | None = self.dialog.memo.get(key)
        if found is not None:
            return found
        count = 0
        seen = {node.id}
        node_id = self.expected_next(node)
        for _ in range(MAX_HOPS):
            if node_id is None or node_id in seen:
                break
            seen.add(node_id)
            ahead = self.flow.node(node_id)
            if isinstance(ahead, FileCaseNode | EndNode | GotoNode):
                break
            passed = (
                (ahead.when is not None and not self.holds(ahead.when))
                or (ahead.input is not None and ahead.slot is not None and ahead.slot in st.slots)
                or (st.urgent and ahead.input and not ahead.essential and bool(ahead.next))
            )
            if not passed and ahead.progress:
                count += 1
            node_id = self.expected_next(ahead)
        return int(remember(self.dialog.memo, key, count))

    def expected_next(self, node: Node) -> str | None:
        """Where a node leads when its answer is not known yet: its default way on."""
        for transition in node.next:
            if transition.when is None or self.holds(transition.when):
                return transition.to
        if isinstance(node, ChoiceNode):
            for option in node.options:
                if option.next:
                    return option.next
        return None

    def reask(self) -> None:
        st = self.state
        if st.pending:
            self.ask_pending()
        elif st.node is not None:
            if self.node.input is None:
                self.go(self.node.id)  # a lookup never answered: ask the host again
            else:
                self.ask(self.node, bump=False)

    def ask_pending(self) -> None:
        pending = self.state.pending or {}
        kind = pending.get("kind")
        if kind == "confirm_value":
            text = self.render("common.confirm_value", value=pending.get("display", ""))
        elif kind == "erase_choice":
            text = self.render("common.erase_choose")
        elif kind == "erase_confirm":
            text = self.render(f"common.erase_confirm_{pending.get('mode')}")
        elif kind == "cancel":
            text = self.render("common.cancel_confirm", days=self.dialog.settings.draft_days)
        elif kind == "reply":
            text = self.render("common.reply_prompt", case_number=pending.get("case", ""))
        else:
            text = self.render("common.language_choose")
        self.say_with_buttons(text, self.pending_buttons())

    def pending_buttons(self) -> list[tuple[str, str]]:
        kind = (self.state.pending or {}).get("kind")
        if kind == "language":
            return list(LANGUAGE_OPTIONS)
        if kind == "erase_choice":
            return [
                ("chat", self.render("common.erase_option.chat")),
                ("withdraw", self.render("common.erase_option.withdraw")),
                ("all", self.render("common.erase_option.all")),
                ("kembali", self.render("common.erase_option.back")),
            ]
        if kind == "reply":
            return [("lanjut", self.render("common.reply_continue"))]
        return self.yes_no_buttons()

    # ------------------------------------------------------------------ moving
    def go(self, node_id: str) -> None:
        """Enter a node and run every non-asking node after it until a question or the end.

        A question is passed over when its condition does not hold, when its answer is already
        known (told in her own words, or answered before: never asked twice), or, on the urgent
        path before the case is filed, when it is not one of the few a rescuer needs (those are
        asked after filing, by the flow's ``revisit`` node)."""
        st = self.state
        for _ in range(MAX_HOPS):
            node = self.flow.node(node_id)
            if node.when is not None and not self.holds(node.when):
                node_id = self.next_of(node)
                continue
            if node.input and node.slot and node.slot in st.slots and st.return_to is None:
                node_id = self.next_of(node, st.slots[node.slot])
                continue
            # a choice that routes (no default next, like the menu) cannot be passed over
            if st.urgent and node.input and not node.essential and node.next and "case_number" not in st.slots:
                later = list(st.slots.get("_later") or [])
                if node.slot and node.id not in later:
                    later.append(node.id)
                st.slots["_later"] = later
                node_id = self.next_of(node)
                continue
            if isinstance(node, MessageNode):
                self.say(node.prompt or "")
                node_id = self.next_of(node)
                continue
            if isinstance(node, GotoNode):
                st.flow = str(node.raw["flow"])
                st.history = []
                if node.raw.get("urgent") and not st.urgent:
                    st.urgent = True
                    self.say("common.danger")
                    self.effects.append(NotifyMediators("danger_alert", urgent=True))
                node_id = self.flow.start
                continue
            if isinstance(node, FileCaseNode):
                if "case_number" not in st.slots:  # a case is filed once, whatever way leads here
                    filing.file_case(self, node)
                node_id = self.next_of(node)
                continue
            if isinstance(node, UnderstoodNode):
                if st.slots.get("_from_words") and "_understood_ok" not in st.slots:
                    st.node = node.id
                    if not st.history or st.history[-1] != node.id:
                        st.history.append(node.id)
                    self.ask(node)
                    return
                node_id = self.next_of(node)
                continue
            if isinstance(node, RevisitNode):
                later = [n for n in st.slots.get("_later") or [] if n in self.flow.nodes]
                while later and self.flow.node(later[0]).slot in st.slots:
                    later.pop(0)
                if later:
                    target = self.flow.node(later.pop(0))
                    st.slots["_later"] = later
                    st.return_to = {"node": node.id, "slot": target.raw.get("returns_on") or target.slot}
                    node_id = target.id
                    continue
                st.slots.pop("_later", None)
                node_id = self.next_of(node)
                continue
            if isinstance(node, UpdateCaseNode):
                filing.update_case(self)
                node_id = self.next_of(node)
                continue
            if isinstance(node, SetLanguageNode):
                st.lang = str(node.raw["lang"])
                st.lang_locked = True
                st.slots.pop(node.slot or "menu_choice", None)
                st.slots.pop("menu_choice", None)
                node_id = self.next_of(node)
                continue
            if isinstance(node, StatusCheckNode):
                st.node = node.id
                number_slot = node.raw.get("number_slot", "case_number")
                code_slot = node.raw.get("code_slot", "access_code")
                self.effects.append(
                    Lookup(
                        "status",
                        {"number": str(st.slots.get(number_slot) or ""), "code": str(st.slots.get(code_slot) or "")},
                    )
                )
                return
            if isinstance(node, MyCasesNode):
                st.node = node.id
                self.effects.append(Lookup("my_cases"))
                return
            if isinstance(node, FamilyCodeNode):
                numbers = st.slots.get("_my_cases") or []
                if numbers:
                    code = codes.access_code(self.entropy[16:24])
                    self.effects.append(NewFamilyCode(str(numbers[0]), code))
                    self.say(node.prompt or "", code=code, case_number=numbers[0])
                node_id = self.next_of(node)
                continue
            if isinstance(node, EndNode):
                self.say(node.prompt or "")
                self.finish()
                return
            st.node = node.id
            if not st.history or st.history[-1] != node.id:
                st.history.append(node.id)
            self.ask(node)
            return
        raise RuntimeError(f"{self.flow.path}: more than {MAX_HOPS} steps without a question at '{node_id}'")

    def next_of(self, node: Node, value: Any = None) -> str:
        st = self.state
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
            if transition.when is None or self.holds(transition.when):
                return transition.to
        raise RuntimeError(f"{self.flow.path}: node '{node.id}' has no transition")

    def finish(self) -> None:
        """The flow ended: drop the answers (the case holds them now) and resume a paused flow."""
        st = self.state
        st.node = None
        st.history = []
        st.pending = None
        st.return_to = None
        st.misses = 0
        keep = {k: v for k, v in st.slots.items() if k in ("_paused",)}
        paused = keep.get("_paused")
        st.slots = {}
        if paused:
            st.flow = paused["flow"]
            # copies: the paused dicts are shared with the state this turn started from
            st.slots = dict(paused["slots"])
            st.history = list(paused["history"])
            st.node = paused["node"]
            st.return_to = paused.get("return_to")
            if st.node is not None:
                self.ask(self.node)
        else:
            st.flow = ENTRY_FLOW

    def start_flow(self, flow_id: str) -> None:
        st = self.state
        st.flow = flow_id
        st.history = []
        st.pending = None
        self.go(self.flow.start)

    # ------------------------------------------------------------------ inbound
    def handle(self, inbound: Inbound) -> None:
        if inbound.system is not None:
            events.on_system(self, inbound.system)
            return
        self.on_inbound(inbound)
        held = self.state.held
        if held and not held.get("noticed") and not self.waits_for_lookup():
            # messages held by her choice: she is told now that she is writing, not before
            self.state.held = {**held, "noticed": True}
            self.say_with_buttons(self.render("common.held_notice"), [("pesan", self.render("common.held_button"))])

    def on_inbound(self, inbound: Inbound) -> None:
        if inbound.location is not None:
            self.on_location(inbound.location)
        elif inbound.choice is not None:
            self.on_button(inbound.choice)
        elif inbound.contact_phone is not None:
            self.on_contact(inbound.contact_phone)
        elif inbound.media is not None:
            answering.on_media(self, inbound.media)
        elif inbound.text is not None and inbound.text.strip():
            self.on_text(inbound.text)
        else:
            self.on_unsupported()

    def on_unsupported(self) -> None:
        self.say("common.unsupported")
        if self.state.node is None and not self.state.pending:
            self.start_flow(ENTRY_FLOW)
        else:
            self.reask()

    def on_button(self, data: str) -> None:
        st = self.state
        seq, sep, option = data.partition(":")
        if not sep:
            seq, option = str(st.seq), data
        current = self.buttons(self.node) if st.node is not None else (self.pending_buttons() if st.pending else [])
        if st.node is None and not st.pending and st.held:
            current = [("pesan", "")]
        if seq != str(st.seq) or option not in {i for i, _ in current}:
            self.say("common.stale_button")
            if st.node is None and not st.pending:
                self.start_flow(ENTRY_FLOW)
            else:
                self.reask()
            return
        self.on_text(option, from_button=True)

    def on_location(self, where: tuple[float, float]) -> None:
        """A shared location answers "where are you now?" (the urgent path's question)."""
        st = self.state
        if st.node is not None and not st.pending and self.node.slot in ("city", "location"):
            lat, lon = where
            st.slots["location"] = f"{lat:.5f},{lon:.5f}"
            answering.accept(self, self.node, f"📍 {lat:.5f}, {lon:.5f}", f"📍 {lat:.5f}, {lon:.5f}")
        else:
            self.on_unsupported()

    def on_contact(self, phone: str) -> None:
        if self.state.node is not None and self.node.input == "phone" and not self.state.pending:
            answering.answer(self, self.node, phone)
        else:
            self.on_unsupported()

    def on_text(self, text: str, *, from_button: bool = False) -> None:
        st = self.state
        self.pressed = from_button
        if from_button and text in BUTTON_COMMANDS:
            detours.on_command(self, BUTTON_COMMANDS[text])
            return
        if not from_button and text not in PLAIN_ANSWERS:
            command = command_of(text)
            # danger first, at every turn and in every state; the help command is never an alarm
            danger = read_danger(text) if command != "help" else None
            if danger is not None:
                absorbing.on_danger(self, danger, text)
                return
            if command and detours.on_command(self, command):
                return
            absorbing.maybe_detect_language(self, text)
        if st.pending:
            detours.on_pending(self, text)
            return
        if st.node is None:
            if st.reply_case and not from_button:
                self.effects.append(CaseMessage(st.reply_case, text.strip()))
                self.say("common.reply_recorded", case_number=st.reply_case)
                return
            if not from_button and absorbing.start_report(self, text):
                return
            self.start_flow(ENTRY_FLOW)
            return
        answering.answer(self, self.node, text)
