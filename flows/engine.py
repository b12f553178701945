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

from babel.dates import format_date

from flows import codes, inputs
from flows.catalog import MISSING, Message, is_code, remember
from flows.commands import command_of
from flows.danger import detect_danger
from flows.dialog import ENTRY_FLOW, Dialog
from flows.inputs.words import DONE, NO, SKIP, YES
from flows.language import MIN_LETTERS, detect_language
from flows.proposals import propose
from flows.reading import read_consent, read_danger, read_money, read_yesno, understand
from flows.spec import (
    ChoiceNode,
    Condition,
    EndNode,
    FamilyCodeNode,
    FileCaseNode,
    Flow,
    GotoNode,
    MediaNode,
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
from flows.types import (
    Awaiting,
    CaseMessage,
    ConversationState,
    Effect,
    EraseReporterData,
    FileCase,
    Inbound,
    Lookup,
    Media,
    NewFamilyCode,
    NotifyMediators,
    Option,
    RecordConsent,
    Reply,
    Turn,
    UpdateCase,
)
from flows.understand.types import Danger, Understanding

#: answers to the consent question that mean "I agree"
CONSENT_YES = frozenset({"setuju", "ya", "yes", "agree", "true"})
#: the consent question's answers that give or refuse it ("baca" only shows the full text)
CONSENT_ANSWERS = frozenset({"setuju", "tolak"})
#: evidence kinds that are not evidence
NOT_EVIDENCE = frozenset({"sticker", "animation"})
#: engine-level chain guard: a flow that loops through non-asking nodes is a bug, not a hang
MAX_HOPS = 200
ENTROPY_BYTES = 24
#: flows that file a report: a cry for help elsewhere (menu, status) starts a complaint at once
REPORT_FLOWS = ("complaint", "family_report")
LANGUAGE_OPTIONS = (("id", "Bahasa Indonesia"), ("en", "English"))
#: the order in which "Kami catat" says back what her words told
UNDERSTOOD_ORDER = (
    "reporter_kind",
    "relation",
    "category",
    "since",
    "last_contact",
    "money_owed",
    "wage",
    "fees_paid",
    "money_deducted",
    "country",
    "city",
    "sector",
    "employer_type",
    "agency",
    "route",
    "sc_documents",
    "sc_movement",
    "sc_threats",
    "sc_debt",
    "sc_hours",
    "wants",
)
#: values that need their question's label to be read back ("Sejak Juli 2026", "Kota Riyadh")
LABELLED_UNDERSTOOD = frozenset({"since", "last_contact", "money_owed", "wage", "fees_paid", "city", "agency"})
#: buttons that run a command: reach a person, show the messages held for her
BUTTON_COMMANDS = {"petugas": "agent", "pesan": "messages"}
_new_tuple = tuple.__new__
_REPLY_FIELDS = ("text", "options", "request_contact", "remove_keyboard")
if Reply._fields != _REPLY_FIELDS or Option._fields != ("id", "label", "data"):
    raise RuntimeError("Reply or Option changed: update the tuples say() and say_with_buttons() build")
#: the answers most messages are, exactly as typed: a number, ya, tidak, lewati, selesai. Neither
#: a cry for help nor a command (checked here, once) and too short for language detection, so
#: those three checks are skipped for them. Only our own words: no user text is kept.
PLAIN_ANSWERS = frozenset(
    word
    for word in (*(str(n) for n in range(100)), *YES, *NO, *SKIP, *DONE)
    if len(word) < MIN_LETTERS and not detect_danger(word) and command_of(word) is None
)


#: where the understanding step keeps the words behind a slot, when not under the slot's own name
_EVIDENCE_OF = {
    "category": "categories",
    "reporter_kind": "reporter",
    "money_owed": "money",
    "wage": "money",
    "fees_paid": "money",
    "money_deducted": "money",
    "sc_documents": "indicators",
    "sc_movement": "indicators",
    "sc_wages": "indicators",
    "sc_threats": "indicators",
    "sc_debt": "indicators",
    "sc_hours": "indicators",
}


def money_display(value: dict[str, Any], lang: str) -> str:
    """``{"amount": 7500, "currency": "SAR"}`` as people read it: "7.500 SAR" (id), "7,500 SAR" (en)."""
    amount = int(value.get("amount") or 0)
    grouped = f"{amount:,}"
    if lang == "id":
        grouped = grouped.replace(",", ".")
    return f"{grouped} {value.get('currency') or ''}".strip()


def new_state(lang: str = "id") -> ConversationState:
    return ConversationState(flow=ENTRY_FLOW, node=None, lang=lang)


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
            parts.append(self.summary_text(node))
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
                    self.file_case(node)
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
                self.update_case()
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
            self.on_system(inbound.system)
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
            self.on_media(inbound.media)
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
            self.accept(self.node, f"📍 {lat:.5f}, {lon:.5f}", f"📍 {lat:.5f}, {lon:.5f}")
        else:
            self.on_unsupported()

    def on_contact(self, phone: str) -> None:
        if self.state.node is not None and self.node.input == "phone" and not self.state.pending:
            self.answer(self.node, phone)
        else:
            self.on_unsupported()

    def on_text(self, text: str, *, from_button: bool = False) -> None:
        st = self.state
        self.pressed = from_button
        if from_button and text in BUTTON_COMMANDS:
            self.on_command(BUTTON_COMMANDS[text])
            return
        if not from_button and text not in PLAIN_ANSWERS:
            command = command_of(text)
            # danger first, at every turn and in every state; the help command is never an alarm
            danger = read_danger(text) if command != "help" else None
            if danger is not None:
                self.on_danger(danger, text)
                return
            if command and self.on_command(command):
                return
            self.maybe_detect_language(text)
        if st.pending:
            self.on_pending(text)
            return
        if st.node is None:
            if st.reply_case and not from_button:
                self.effects.append(CaseMessage(st.reply_case, text.strip()))
                self.say("common.reply_recorded", case_number=st.reply_case)
                return
            if not from_button and self.start_report(text):
                return
            self.start_flow(ENTRY_FLOW)
            return
        self.answer(self.node, text)

    def read(self, text: str) -> Understanding:
        """What ``text`` says, read once a turn however many steps ask."""
        found = self._read
        if found is None or found[0] is not text:
            found = (text, understand(text, self.now.date(), self.state.lang))
            self._read = found
        return found[1]

    def start_report(self, text: str, *, urgent: bool = False) -> bool:
        """A first message that already tells the problem ("sy mau lapor majikan gk bayar gaji udh
        5 bln") starts the report with what it says: never thrown away, never asked again."""
        if not self.open_report(text, urgent=urgent):
            return False
        self.say("common.opening_thanks")
        self.go(self.flow.start)
        return True

    def open_report(self, text: str, *, urgent: bool = False) -> bool:
        st = self.state
        understood = self.read(text)
        if not urgent and understood.is_empty():
            return False
        if understood.language and not st.lang_locked and understood.language in self.dialog.catalog.languages:
            st.lang = understood.language
            st.lang_locked = True
        st.flow = "family_report" if understood.reporter == "family" else "complaint"
        self.reset_slots()
        st.history = []
        st.pending = None
        st.return_to = None
        self.absorb(text, None, story=True)
        return True

    def absorb(self, text: str, asked: Node | None, *, story: bool = False) -> None:
        """Put what ``text`` says into the slots still empty, and remember that those values came
        from her own words (mediators see it; the bot says them back once)."""
        st = self.state
        if story:
            have = st.slots.get("story")
            st.slots["story"] = f"{have}\n\n{text.strip()}" if have else text.strip()
            st.slots["story_display"] = self.collected_display_text(st.slots["story"])
        understood = self.read(text)
        proposed = self.proposed(understood)
        if not proposed:
            return
        words = dict(st.slots.get("_from_words") or {})
        for slot, value in proposed.items():
            if asked is not None and slot == asked.slot:
                continue
            if slot.startswith("_"):
                if isinstance(value, list):
                    merged = [*(st.slots.get(slot) or [])]
                    merged += [v for v in value if v not in merged and v != st.slots.get("category")]
                    st.slots[slot] = merged
                else:
                    st.slots[slot] = value
                continue
            if slot in st.slots and st.slots[slot] is not None:
                continue
            if slot == "reporter_kind" and st.flow != "complaint":
                continue
            st.slots[slot] = value
            display = self.display_of(slot, value)
            if display is not None:
                st.slots[f"{slot}_display"] = display
            source = next((k for k, v in self.flow.understood_as.items() if v == slot), slot)
            words[slot] = understood.evidence.get(source) or understood.evidence.get(_EVIDENCE_OF.get(source, ""), "")
        if words:
            st.slots["_from_words"] = words

    def proposed(self, understood: Understanding) -> dict[str, Any]:
        """The proposals of ``understood`` under this flow's slot names."""
        proposed = propose(understood, self.now.date())
        for source, slot in self.flow.understood_as.items():
            if source in proposed:
                proposed[slot] = proposed.pop(source)
        return proposed

    def display_of(self, slot: str, value: Any) -> str | None:
        """A proposed value in the person's language, as the question that asks it would show it."""
        lang = self.state.lang
        if slot == "category":
            key = f"category.{value}"
            return self.render(key) if self.dialog.catalog.has(key, lang) else str(value)
        if slot == "country":
            return inputs.country_name(str(value), lang)
        if slot in ("money_owed", "wage", "fees_paid", "money_deducted") and isinstance(value, dict):
            return money_display(value, lang)
        if slot in ("since", "last_contact"):
            raw = str(self.state.slots.get("_since_raw") or "")
            if raw[:1] == "P" and raw[-1:] in "DWMY" and raw[1:-1].isdigit():
                # said as "5 bln": shown as said, "5 bulan lalu", not as a date it was turned into
                return self.render(f"common.ago.{raw[-1]}", n=int(raw[1:-1]))
            shape = str(self.state.slots.get("_since_shape") or "month")
            return self.format_date(value, {"day": "d MMMM y", "month": "MMMM y", "year": "y"}.get(shape, "MMMM y"))
        if slot in ("reporter_kind", "relation", "sex", "employer_type", "route", "wants", "sector"):
            key = f"complaint.{slot}.{value}"
            return self.render(key) if self.dialog.catalog.has(key, lang) else str(value)
        if isinstance(value, bool):
            return self.render("common.yes" if value else "common.no")
        if isinstance(value, str):
            return value
        return None

    def collected_display_text(self, text: str) -> str:
        """The start of her story, enough to know it again in the summary: she wrote it, and the
        mediators read it whole (a long echo only slows her down)."""
        if len(text) <= 60:
            return text
        cut = text[:60].rsplit(" ", 1)[0]
        return cut + "..."

    def maybe_detect_language(self, text: str) -> None:
        st = self.state
        if st.lang_locked:
            return
        if st.node is not None and self.node.input not in ("text", "longtext", "choice"):
            return
        lang = detect_language(text)
        if lang and lang in self.dialog.catalog.languages:
            st.lang_locked = True
            st.lang = lang

    def on_danger(self, danger: Danger, text: str) -> None:
        """Help first, at every cry: the numbers for her country, the mediators alerted, and the
        cry never taken as an answer. Then the report goes on, on the urgent path."""
        st = self.state
        first = not st.urgent
        st.urgent = True
        in_report = st.node is not None and st.flow in REPORT_FLOWS
        if in_report:
            self.absorb(text, None)
        else:
            # the report starts from this message: its country gives the right numbers at once
            self.open_report(text, urgent=True)
        if danger.third_person:
            st.slots["_third_person"] = True
        if danger.kind == "self_harm":
            st.slots["self_harm"] = True
            self.say("common.danger_self_harm")
        elif danger.third_person:
            self.say("common.danger_other")
        else:
            self.say("common.danger" if first else "common.danger_again")
        self.effects.append(NotifyMediators("danger_alert", country=st.slots.get("country"), urgent=True))
        if not in_report:
            self.go(self.flow.start)
            return
        if st.pending:
            self.ask_pending()
        elif self.node.essential or not self.node.next or st.slots.get("case_number"):
            self.reask()
        else:
            # a question the urgent path passes over: on to the next one it asks
            self.go(self.next_of(self.node))

    # ------------------------------------------------------------------ commands
    def on_command(self, command: str) -> bool:
        """Run a global command. False: the word is not a command here (it is then an answer,
        like "lanjut" at a step that collects several messages when no draft is kept)."""
        st = self.state
        if command in ("help", "unknown_slash"):
            self.say("common.help")
            self.resume_or_menu()
        elif command == "start":
            self.resume_or_menu()
        elif command == "back":
            self.go_back()
        elif command == "restart":
            self.say("common.restart")
            self.reset_slots()
            st.pending, st.return_to = None, None
            flow = st.flow if st.node is not None else ENTRY_FLOW
            self.start_flow(flow)
        elif command == "cancel":
            if st.node is None or st.flow == ENTRY_FLOW:
                st.pending = None
                self.say("common.cancelled_nothing")
                return True
            st.pending = {"kind": "cancel"}
            self.ask_pending()
        elif command == "resume":
            return self.resume_draft()
        elif command == "language":
            st.pending = {"kind": "language"}
            self.ask_pending()
        elif command == "status":
            self.pause_and_start("status")
        elif command == "erase":
            st.pending = {"kind": "erase_choice"}
            self.ask_pending()
        elif command == "hotlines":
            self.say("common.hotlines")
            self.resume_or_menu(menu=False)
        elif command == "messages":
            if not st.held:
                self.say("common.no_messages")
                self.resume_or_menu(menu=False)
                return True
            self.effects.append(Lookup("held_messages"))
        elif command == "agent":
            self.effects.append(
                NotifyMediators(
                    "agent_request",
                    case_number=st.slots.get("case_number"),
                    country=st.slots.get("country"),
                    urgent=st.urgent,
                )
            )
            self.say("common.agent_requested")
            self.resume_or_menu(menu=False)
        elif command == "discreet":
            st.discreet = not st.discreet
            self.say("common.discreet_on" if st.discreet else "common.discreet_off")
            self.resume_or_menu(menu=False)
        return True

    def reset_slots(self) -> None:
        """Empty the answers, keeping a draft she stopped (``lanjut`` brings it back)."""
        st = self.state
        draft = st.slots.get("_draft")
        st.slots = {"_draft": draft} if draft else {}

    def keep_draft(self) -> None:
        """"batal" confirmed: the answers so far are kept for ``draft_days`` days, not thrown away."""
        st = self.state
        until = self.now.timestamp() + self.dialog.settings.draft_days * 86400
        slots = {k: v for k, v in st.slots.items() if k != "_draft"}
        draft = {"flow": st.flow, "node": st.node, "slots": slots, "history": st.history, "until": until}
        st.slots = {"_draft": draft}
        st.node, st.flow, st.history, st.pending, st.return_to = None, ENTRY_FLOW, [], None, None

    def resume_draft(self) -> bool:
        st = self.state
        if st.pending and st.pending.get("kind") == "reply":
            st.pending = None
            self.reask()
            return True
        draft = st.slots.get("_draft")
        if not isinstance(draft, dict):
            return False
        if float(draft.get("until") or 0) < self.now.timestamp():
            st.slots.pop("_draft", None)
            self.say("common.draft_expired")
            self.resume_or_menu()
            return True
        st.flow = str(draft["flow"])
        st.slots = dict(draft["slots"])
        st.history = list(draft["history"])
        st.node = draft["node"]
        st.pending, st.return_to = None, None
        self.say("common.draft_resumed")
        if st.node is not None:
            self.ask(self.node)
        else:
            self.start_flow(ENTRY_FLOW)
        return True

    def resume_or_menu(self, *, menu: bool = True) -> None:
        if self.state.node is not None or self.state.pending:
            self.reask()
        elif menu:
            self.start_flow(ENTRY_FLOW)

    def go_back(self) -> None:
        st = self.state
        st.pending = None
        st.return_to = None
        if len(st.history) < 2:
            self.say("common.back_none")
            self.resume_or_menu()
            return
        st.history.pop()
        previous = st.history[-1]
        st.node = previous
        self.ask(self.node)

    def pause_and_start(self, flow_id: str) -> None:
        st = self.state
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
            st.slots = {}
        st.pending = None
        st.return_to = None
        self.start_flow(flow_id)

    def on_pending(self, text: str) -> None:
        st = self.state
        pending = st.pending or {}
        kind = pending.get("kind")
        if kind == "language":
            parsed = inputs.parse_choice(text, LANGUAGE_OPTIONS, st.lang)
            if not parsed.ok:
                self.say("common.invalid.choice")
                self.ask_pending()
                return
            st.lang = str(parsed.value)
            st.lang_locked = True
            st.pending = None
            self.say("common.language_set")
            self.resume_or_menu()
            return
        if kind == "reply":
            # a mediator asked her something: what she writes now answers it, not the form
            case = str(pending.get("case") or "")
            st.pending = None
            if inputs.parse_choice(text, [("lanjut", self.render("common.reply_continue"))], st.lang).ok:
                self.reask()
                return
            self.effects.append(CaseMessage(case, text.strip()))
            self.say("common.reply_recorded", case_number=case)
            self.reask()
            return
        if kind == "erase_choice":
            parsed = inputs.parse_choice(text, self.pending_buttons(), st.lang)
            st.pending = None
            if not parsed.ok or parsed.value == "kembali":
                self.say("common.erase_nothing") if parsed.ok else self.say("common.invalid.choice")
                if not parsed.ok:
                    st.pending = pending
                    self.ask_pending()
                    return
                self.resume_or_menu()
                return
            mode = str(parsed.value)
            if mode == "chat":
                self.erase(mode)
                return
            st.pending = {"kind": "erase_confirm", "mode": mode}
            self.ask_pending()
            return
        yes = read_yesno(text)
        if kind == "erase_confirm":
            st.pending = None
            if yes.ok and yes.value:
                self.erase(str(pending.get("mode") or "all"))
            else:
                self.say("common.erase_nothing")
                self.resume_or_menu()
            return
        if kind == "cancel":
            st.pending = None
            if yes.ok and yes.value:
                self.keep_draft()
                self.say("common.cancelled", days=self.dialog.settings.draft_days)
            else:
                self.reask()
            return
        # confirm_value: "Arab Saudi, benar?"
        st.pending = None
        if yes.ok and yes.value:
            self.accept(self.node, pending.get("value"), str(pending.get("display", "")))
        elif yes.ok and yes.value is False:
            self.ask(self.node, bump=False)
        else:
            self.answer(self.node, text)

    def erase(self, mode: str) -> None:
        """One of the three erasures she chose; the chat starts afresh, and the last messages are
        handled discreetly (deleted from the phone after a while)."""
        self.effects.append(EraseReporterData(mode=mode))  # type: ignore[arg-type]
        lang = self.state.lang
        self.state = new_state(lang)
        self.state.lang_locked = True
        self.state.discreet = True
        self.say(f"common.erase_done_{mode}")

    # ------------------------------------------------------------------ answers
    def answer(self, node: Node, text: str) -> None:
        st = self.state
        kind = node.input
        if kind is None:
            # waiting on a lookup that was never answered (a host crash mid-turn): ask again
            self.go(node.id)
            return
        if node.optional and kind not in ("longtext", "media") and (
            inputs.is_skip(text) or (kind == "phone" and inputs.is_chat_only(text))
        ):
            self.accept(node, None, self.render("common.unknown") if self.is_unknown(text) else "-")
            return
        if isinstance(node, SummaryNode):
            self.answer_summary(node, text)
            return
        if isinstance(node, UnderstoodNode):
            self.answer_understood(node, text)
            return
        if kind in ("longtext", "media"):
            self.answer_collecting(node, text)
            return
        parsed = self.parse(node, text)
        if not parsed.ok and self.in_report() and parsed.error != "too_long":
            understood = self.from_words(node, text)
            parsed = understood if understood.ok else parsed
        if not parsed.ok and isinstance(node, ChoiceNode) and st.flow == ENTRY_FLOW and self.start_report(text):
            return  # a sentence where the menu was expected: the story has begun
        fallback = node.raw.get("fallback") if isinstance(node, ChoiceNode) else None
        if not parsed.ok and fallback and len(text.split()) >= 3:
            assert isinstance(node, ChoiceNode)
            option = next(o for o in node.options if o.id == fallback)
            parsed = inputs.Parsed(True, option.id, self.render(option.label))
        if not parsed.ok:
            if self.in_report() and not self.pressed and len(text) > 3 and parsed.error != "too_long":
                # "sy di hongkong" to "can you write safely?": not the answer, but told once
                # all the same, and never asked again
                self.absorb(text, node)
            self.miss(node, parsed.error)
            return
        if (
            self.in_report()
            and not self.pressed
            and kind in ("text", "country", "choice", "date", "money")
            and len(text) > 3
        ):
            self.absorb(text, node)
            if kind == "text" and node.slot == "agency":
                # "lwt PT Maju Jaya, resmi": the agency's name, the route read beside it
                named = propose(self.read(text), self.now.date()).get("agency")
                if isinstance(named, str) and named:
                    parsed = inputs.Parsed(True, named, named)
        if parsed.confirm:
            st.pending = {"kind": "confirm_value", "value": parsed.value, "display": parsed.display or ""}
            self.ask_pending()
            return
        display = parsed.display if parsed.display is not None else str(parsed.value)
        self.accept(node, parsed.value, display)

    def in_report(self) -> bool:
        return self.state.flow in REPORT_FLOWS

    def is_unknown(self, text: str) -> bool:
        parsed = read_yesno(text)
        return parsed.ok and parsed.value is None

    def from_words(self, node: Node, text: str) -> inputs.Parsed:
        """An answer its question's parser missed, read by the understanding step: "di kapal
        taiwan dkt fiji" to the country question, "udh 5 bln" to "since when"."""
        if node.slot is None:
            return inputs.Parsed(False, error="not_found")
        proposed = self.proposed(self.read(text))
        value = proposed.get(node.slot)
        if value is None:
            return inputs.Parsed(False, error="not_found")
        if isinstance(node, ChoiceNode) and value not in {o.id for o in node.options}:
            return inputs.Parsed(False, error="not_found")
        if node.input == "date":
            self.state.slots["_since_shape"] = proposed.get("_since_shape")
            self.state.slots["_since_raw"] = proposed.get("_since_raw")
        return inputs.Parsed(True, value, self.display_of(node.slot, value))

    def answer_understood(self, node: UnderstoodNode, text: str) -> None:
        """ "Kami catat: ... Benar?" Yes keeps the values; "salah" forgets them, so they are asked."""
        st = self.state
        parsed = inputs.parse_choice(text, self.buttons(node), st.lang)
        yes = read_yesno(text)
        if (parsed.ok and parsed.value == "ya") or (not parsed.ok and yes.ok and yes.value is True):
            st.slots["_understood_ok"] = True
            self.go(self.next_of(node))
            return
        if (parsed.ok and parsed.value == "salah") or (not parsed.ok and yes.ok and yes.value is False):
            for slot in st.slots.get("_from_words") or {}:
                st.slots.pop(slot, None)
                st.slots.pop(f"{slot}_display", None)
            for slot in ("_more_categories", "_indicators", "_since_shape"):
                st.slots.pop(slot, None)
            st.slots["_from_words"] = {}
            st.slots["_understood_ok"] = False
            self.say("understood.will_ask")
            self.go(self.next_of(node))
            return
        self.miss(node, None)

    def parse(self, node: Node, text: str) -> inputs.Parsed:
        st = self.state
        kind = node.input
        raw = node.raw
        if isinstance(node, ChoiceNode):
            if node.slot == "consent":
                consent = read_consent(text)
                if consent is not None:
                    option = node.options[0] if consent else node.options[-1]
                    return inputs.Parsed(True, option.id, self.render(option.label))
            synonym = self.synonym(node, text)
            if synonym is not None:
                return inputs.Parsed(True, synonym, dict(self.option_labels(node)).get(synonym))
            return inputs.parse_choice(text, list(self.option_labels(node)), st.lang)
        if kind == "yesno":
            parsed = read_yesno(text)
            if parsed.ok and parsed.value is None:
                # "gk tau" is not No: it is kept as unknown
                return parsed._replace(display=self.render("common.unknown"))
            if parsed.ok:
                return parsed._replace(display=self.render("common.yes" if parsed.value else "common.no"))
            return parsed
        if kind == "money":
            found = read_money(text, self.now.date(), st.lang)
            if found is None:
                return inputs.Parsed(False, error="not_found")
            return inputs.Parsed(True, found, money_display(found, st.lang))
        if kind == "text":
            value = text.strip()
            if len(value) > int(raw.get("max_length", 500)):
                return inputs.Parsed(False, error="too_long")
            return inputs.Parsed(True, value, value)
        if kind == "phone":
            region = st.slots.get(str(raw.get("country_slot", "country")))
            return inputs.parse_phone(text, region if isinstance(region, str) else None)
        if kind == "country":
            parsed = inputs.parse_country(text, st.lang)
            if not parsed.ok and raw.get("unknown_ok") and (self.is_unknown(text) or inputs.is_skip(text)):
                return inputs.Parsed(True, None, self.render("common.unknown"))
            return parsed
        if kind == "province":
            return inputs.parse_province(text)
        if kind == "date":
            return inputs.parse_date(text, self.now.date(), st.lang, bool(raw.get("past_only", True)))
        if kind == "number":
            return inputs.parse_number(text, int(raw.get("min", 0)), int(raw.get("max", 10**9)))
        raise RuntimeError(f"{self.flow.path}: node '{node.id}' of kind {kind} cannot parse text")

    def miss(self, node: Node, error: str | None) -> None:
        """A kind, short repair: one line saying what was not understood, then the question again.
        From the second miss the line carries an example and the question offers "Lewati" (when
        it may be skipped) and "Bicara dengan petugas" as buttons. Never more than two messages."""
        st = self.state
        st.misses += 1
        lines = []
        if not isinstance(node, SummaryNode):  # the summary repeats its own instructions
            lines.append(self.render("common.too_long" if error == "too_long" else f"common.invalid.{node.input}"))
        if st.misses >= 2:
            if node.example:
                lines.append(self.render("common.example_intro") + " " + self.render(node.example))
            lines.append(self.render("common.repair_hint" if node.optional else "common.agent_hint"))
        if lines:
            self.replies.append(_new_tuple(Reply, ("\n".join(lines), (), False, False)))
        self.ask(node, bump=False)

    def accept(self, node: Node, value: Any, display: str) -> None:
        st = self.state
        assert node.slot is not None
        st.slots[node.slot] = value
        st.slots[f"{node.slot}_display"] = display
        st.misses = 0
        if isinstance(node, ChoiceNode):
            for opt in node.options:
                if opt.id == value:
                    for cleared in opt.clears:
                        st.slots.pop(cleared, None)
                        st.slots.pop(f"{cleared}_display", None)
                    if opt.value is not None:
                        st.slots[node.slot] = opt.value
        if isinstance(node, YesNoNode) and value is True and node.raw.get("urgent_if_yes"):
            st.urgent = True
        if isinstance(node, YesNoNode) and node.raw.get("discreet_if_yes") and isinstance(value, bool):
            st.discreet = value
        if isinstance(node, YesNoNode) and node.raw.get("discreet_if_no") and value is False:
            st.discreet = True
        if node.slot == "category" and value in self.flow.urgent_categories and not st.urgent:
            # trafficking or violence chosen from the list is danger too: help first, urgently
            st.urgent = True
            self.say("common.danger")
            self.effects.append(NotifyMediators("danger_alert", country=st.slots.get("country"), urgent=True))
        if node.slot == "consent" and value in CONSENT_ANSWERS:
            given = str(value).lower() in CONSENT_YES
            if given:
                st.slots["_consent_at"] = self.now.isoformat()
            self.effects.append(RecordConsent(self.dialog.settings.consent_version, self.now, given))
        self.go(self.next_of(node, value))

    def answer_collecting(self, node: Node, text: str) -> None:
        """Long text and media: several messages until "selesai"."""
        st = self.state
        assert node.slot is not None
        have = st.slots.get(node.slot)
        spoken = node.input == "longtext" and bool(st.slots.get("_extra_media"))
        if inputs.is_done(text) or (node.optional and inputs.is_skip(text)):
            if have or node.optional or spoken:
                st.slots[f"{node.slot}_display"] = self.collected_display(node, have)
                if not have:
                    st.slots[node.slot] = None
                st.misses = 0
                self.go(self.next_of(node))
                return
            self.miss(node, None)
            return
        if node.input == "media":
            self.miss(node, None)
            return
        limit = int(node.raw.get("max_length", 20000))
        combined = f"{have}\n\n{text.strip()}" if have else text.strip()
        if len(combined) > limit:
            self.miss(node, "too_long")
            return
        st.slots[node.slot] = combined
        if self.in_report():
            self.absorb(text, node)  # the story is read, not only kept
        self.say_with_buttons(self.render("common.longtext_more"), self.buttons(node))

    def collected_display(self, node: Node, have: Any) -> str:
        if not have:
            extra = len(self.state.slots.get("_extra_media") or [])
            return f"[{extra}]" if extra and node.input == "longtext" else "-"
        if node.input == "media":
            return str(len(have))
        text = str(have)
        return text if len(text) <= 200 else text[:197] + "..."

    def on_media(self, media: Media) -> None:
        st = self.state
        node = self.node if st.node is not None and not st.pending else None
        collecting = node is not None and node.input in ("media", "longtext")
        if node is None or not collecting:
            self.on_unsupported()
            return
        assert node.slot is not None
        if media.kind in NOT_EVIDENCE:
            self.say("common.media_unsupported")
            self.ask(node, bump=False)
            return
        if media.size is not None and media.size > self.dialog.settings.max_attachment_bytes:
            self.say("common.media_too_big", max_mb=self.dialog.settings.max_attachment_bytes // (1024 * 1024))
            self.ask(node, bump=False)
            return
        item = {
            "kind": media.kind,
            "file_id": media.file_id,
            "size": media.size,
            "mime_type": media.mime_type,
            "file_name": media.file_name,
        }
        if node.input == "media":
            st.slots[node.slot] = [*(st.slots.get(node.slot) or []), item]
        else:
            st.slots["_extra_media"] = [*(st.slots.get("_extra_media") or []), item]
        self.say_with_buttons(self.render("common.media_more"), [("selesai", self.render("common.done"))])

    # ------------------------------------------------------------------ summary
    def summary_labels(self, node: SummaryNode) -> tuple[tuple[str, str, str], ...]:
        """(slot, its display slot, label) of every field the summary may list, in its order:
        the dialog's own words, so kept per language and node when the labels are static."""
        key = ("summary", self.state.lang, id(node))
        found: tuple[tuple[str, str, str], ...] | None = self.dialog.memo.get(key)
        if found is not None:
            return found
        out = []
        static = True
        catalog = self.dialog.catalog
        for item in node.raw.get("fields", []):
            slot = item if isinstance(item, str) else str(item.get("slot"))
            source = self.flow.labelled(slot)
            label_key = (source.label or source.prompt) if source else None
            static = static and (label_key is None or catalog.static(self.state.lang, label_key) is not None)
            out.append((slot, f"{slot}_display", self.render(label_key) if label_key else slot))
        labels = tuple(out)
        if static:
            remember(self.dialog.memo, key, labels)
        return labels

    def summary_fields(self, node: SummaryNode) -> list[tuple[str, str, str]]:
        """(slot, label, shown value) of every field that was asked, in the summary's order."""
        slots = self.state.slots
        out = []
        for slot, display, label in self.summary_labels(node):
            if slot not in slots and display not in slots:
                continue
            value = slots.get(display)
            out.append((slot, label, "-" if value is None or value == "" else str(value)))
        return out

    def summary_text(self, node: SummaryNode) -> str:
        lang = self.state.lang
        catalog = self.dialog.catalog
        line = catalog.message(lang, "summary.line") if catalog.static(lang, "summary.line") is None else None
        lines = []
        for i, (_, label, value) in enumerate(self.summary_fields(node), 1):
            # a plain line ("{{ n }}. {{ label }}: {{ value }}") is joined at once; else rendered
            joined = line.join_plain({"n": i, "label": label, "value": value}) if line is not None else None
            lines.append(joined if joined is not None else self.render("summary.line", n=i, label=label, value=value))
        return "\n".join(lines)

    def answer_summary(self, node: SummaryNode, text: str) -> None:
        st = self.state
        fields = self.summary_fields(node) if text.strip().isdigit() else []
        number = inputs.parse_number(text, 1, max(1, len(fields)))
        if fields and number.ok:
            slot = fields[int(number.value) - 1][0]
            target = self.correction_target(node, slot)
            st.return_to = {"node": node.id, "slot": slot}
            st.history.append(target)
            self.go(target)
            return
        yes = inputs.parse_yesno(text)
        if yes.ok and yes.value:
            self.go(self.next_of(node))
            return
        self.miss(node, None)

    def correction_target(self, node: SummaryNode, slot: str) -> str:
        for item in node.raw.get("fields", []):
            if isinstance(item, dict) and item.get("slot") == slot and item.get("from"):
                return str(item["from"])
        asked_by = [n.id for n in self.flow.nodes.values() if n.slot == slot and n.id in self.state.history]
        if asked_by:
            return asked_by[-1]
        labelled = self.flow.labelled(slot)
        return labelled.id if labelled is not None else node.id

    # ------------------------------------------------------------------ filing
    def file_case(self, node: FileCaseNode) -> None:
        st = self.state
        slots = st.slots
        category_slot = str(node.raw.get("category_slot", "category"))
        category = str(slots.get(category_slot) or "lainnya")
        secondary = tuple(c for c in slots.get("_more_categories") or [] if c != category)
        urgent = st.urgent or category in self.flow.urgent_categories
        number = codes.case_number(self.entropy[0:8])
        access = codes.access_code(self.entropy[8:16])
        family = codes.access_code(self.entropy[16:24])
        media = self.all_media(slots)
        consent_at = slots.get("_consent_at")
        self.effects.append(
            FileCase(
                number=number,
                access_code=access,
                family_code=family,
                flow=self.flow.id,
                category=category,
                urgent=urgent,
                reporter_kind=str(node.raw.get("reporter_kind") or slots.get("reporter_kind") or "self"),
                language=st.lang,
                indicators=self.indicators(category, node.raw.get("indicators_from_category") or {}),
                fields=self.case_fields(),
                consent_version=self.dialog.settings.consent_version,
                consent_at=datetime.fromisoformat(consent_at) if isinstance(consent_at, str) else self.now,
                discreet=st.discreet,
                # notices only if the reporter agreed; a skipped question means yes, unless discreet
                notify_reporter=slots["notify"] if isinstance(slots.get("notify"), bool) else not st.discreet,
                attachments=tuple(self.as_media(m) for m in media),
                secondary_categories=secondary,
                from_words=tuple(sorted(slots.get("_from_words") or {})),
            )
        )
        self.case = {"number": number, "access_code": access, "family_code": family}
        slots["case_number"] = number
        slots["_filed_media"] = len(media)
        slots["_filed_fields"] = len(self.case_fields())
        slots["_file_node"] = node.id

    def update_case(self) -> None:
        """The answers given after filing, added to the filed case (nothing when none came)."""
        st = self.state
        slots = st.slots
        number = slots.get("case_number")
        if not number:
            return
        node = self.flow.node(str(slots.get("_file_node") or ""))
        category = str(slots.get("category") or "lainnya")
        media = self.all_media(slots)
        filed = int(slots.get("_filed_media") or 0)
        fields = self.case_fields()
        if len(media) == filed and len(fields) == slots.get("_filed_fields"):
            return  # nothing was added after filing
        self.effects.append(
            UpdateCase(
                case_number=str(number),
                fields=fields,
                indicators=self.indicators(category, node.raw.get("indicators_from_category") or {}),
                secondary_categories=tuple(c for c in slots.get("_more_categories") or [] if c != category),
                notify_reporter=slots["notify"] if isinstance(slots.get("notify"), bool) else None,
                attachments=tuple(self.as_media(m) for m in media[filed:]),
            )
        )
        slots["_filed_media"] = len(media)

    def case_fields(self) -> dict[str, Any]:
        fields = {k: v for k, v in self.state.slots.items() if not k.startswith("_")}
        words = self.state.slots.get("_from_words")
        if words:
            # which answers came from her own words, and the words (mediators see both)
            fields["from_words"] = dict(words)
        return fields

    def indicators(self, category: str, from_category: dict[str, Any]) -> tuple[str, ...]:
        slots = self.state.slots
        found: list[str] = []
        for slot, code in self.indicator_slots():
            if slots.get(slot) is True and code not in found:
                found.append(code)
        for code in [*from_category.get(category, []), *(slots.get("_indicators") or [])]:
            if code not in found:
                found.append(str(code))
        return tuple(found)

    def all_media(self, slots: dict[str, Any]) -> list[dict[str, Any]]:
        return [*(self.media_of(slots)), *(slots.get("_extra_media") or [])]

    def as_media(self, m: dict[str, Any]) -> Media:
        return Media(m["kind"], m["file_id"], m.get("size"), m.get("mime_type"), m.get("file_name"))

    def indicator_slots(self) -> tuple[tuple[str, str], ...]:
        """(slot, indicator code) of the flow's yes/no questions that mark an indicator on a yes."""
        key = ("indicators", id(self.flow))
        found: tuple[tuple[str, str], ...] | None = self.dialog.memo.get(key)
        if found is None:
            found = tuple(
                (n.slot, str(n.raw["indicator"]))
                for n in self.flow.nodes.values()
                if isinstance(n, YesNoNode) and n.slot and n.raw.get("indicator")
            )
            remember(self.dialog.memo, key, found)
        return found

    def media_of(self, slots: dict[str, Any]) -> list[dict[str, Any]]:
        key = ("media", id(self.flow))
        media_slots: tuple[str, ...] | None = self.dialog.memo.get(key)
        if media_slots is None:
            media_slots = tuple(n.slot for n in self.flow.nodes.values() if isinstance(n, MediaNode) and n.slot)
            remember(self.dialog.memo, key, media_slots)
        out: list[dict[str, Any]] = []
        for slot in media_slots:
            if isinstance(slots.get(slot), list):
                out.extend(slots[slot])
        return out

    # ------------------------------------------------------------------ system
    def on_system(self, event: dict[str, Any]) -> None:
        st = self.state
        if event.get("lookup") == "status" and st.node is not None and isinstance(self.node, StatusCheckNode):
            node = self.node
            self.status_result = self.status_words(event)
            if event.get("limited"):
                self.say("status.result.limited")
            elif event.get("found"):
                self.say("status.result.found")
            else:
                self.say("status.result.not_found")
            st.slots.pop(str(node.raw.get("code_slot", "access_code")), None)
            self.go(self.next_of(node))
        elif event.get("lookup") == "my_cases" and st.node is not None and isinstance(self.node, MyCasesNode):
            mine = self.node
            own = [c for c in event.get("cases") or [] if isinstance(c, dict)]
            if not own:
                self.go(self.next_of(mine))
                return
            cases = [self.status_words({"found": c}) for c in own[:5]]
            st.slots["_my_cases"] = [c["number"] for c in cases]
            self.say("status.mine", cases=cases)
            self.go(str(mine.raw["found_next"]))
        elif event.get("event") == "still_handled":
            self.say("common.still_handled", case_number=str(event.get("case_number", "")))
        elif event.get("event") == "mediator_message":
            self.show_mediator_messages([event])
        elif event.get("event") == "mediator_message_held":
            # held by her choice: nothing is sent now; she is told when she next writes
            held = st.held or {"cases": [], "noticed": False}
            cases = [c for c in held.get("cases") or [] if c != event.get("case_number")]
            st.held = {"cases": [*cases, str(event.get("case_number", ""))], "noticed": False}
        elif event.get("lookup") == "held_messages":
            messages = [m for m in event.get("messages") or [] if isinstance(m, dict)]
            st.held = None
            if not messages:
                self.say("common.no_messages")
                self.resume_or_menu(menu=False)
                return
            self.show_mediator_messages(messages)
        elif event.get("event") == "status_notice":
            notice = {
                "status": event.get("status"),
                "changed_at": event.get("changed_at"),
                "number": event.get("case_number"),
            }
            self.status_result = self.status_words({"found": notice})
            self.say("common.status_notice")

    def show_mediator_messages(self, messages: list[dict[str, Any]]) -> None:
        """A mediator's question reaches her; what she writes next goes to that case, even in the
        middle of another question (a button brings her back to it)."""
        st = self.state
        case = ""
        for message in messages:
            case = str(message.get("case_number", ""))
            self.say("common.mediator_message", case_number=case, text=str(message.get("text", "")))
        st.reply_case = case
        if st.node is not None:
            st.pending = {"kind": "reply", "case": case}
            self.ask_pending()

    def status_words(self, event: dict[str, Any]) -> dict[str, Any]:
        found = event.get("found") or {}
        status = str(found.get("status") or "baru")
        changed = found.get("changed_at")
        return {
            "number": found.get("number", ""),
            "stage": self.render(f"status.stage.{status}") if found else "",
            "next": self.render(f"status.next.{status}") if found else "",
            "changed_at": self.format_date(changed) if changed else "",
            "retry_minutes": max(1, int(event.get("retry_after", 60)) // 60),
        }

    def format_date(self, value: Any, pattern: str = "long") -> str:
        when = datetime.fromisoformat(value) if isinstance(value, str) else value
        return str(format_date(when, format=pattern, locale=self.state.lang))
