"""The dialog engine: ``step(dialog, state, inbound, now, entropy) -> Turn``. Pure.

It knows nothing of Telegram, SQL or the clock: time and randomness are passed in, replies and
effects are returned for the host to commit and then deliver. The same engine therefore runs
under the console, both Telegram frameworks and any future channel, and is tested by feeding
``Inbound`` values and reading ``Turn`` values.

One turn, in order: system events (lookup results, mediator messages); button presses (a stale
or forged button gets "that question has passed"); the danger words (help first, then carry on
urgent); global commands; a message only the trained second opinion finds alarming (asked about
first: flows/safety_check.py); a pending confirmation; then the current node's answer.

What her words are taken for once those are dealt with is flows/taking.py; what is read in them
before, flows/asides.py; the values a message's words use (the lines to call), flows/message_values.py.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flows import (
    absorbing,
    accepting,
    after_filing,
    answering,
    asides,
    asking,
    collecting,
    cries,
    detours,
    events,
    message_values,
    moving,
    numbers_asked,
    parsing,
    safety_check,
    taking,
)
from flows.catalog import MISSING, Message, is_code, remember
from flows.commands import command_of
from flows.dialog import ENTRY_FLOW, Dialog
from flows.leaving_words import leaving_in_words, never_mind, stop_taken_back
from flows.reading import (
    answer_kind,
    asks_for_person,
    phone_watched,
    read_danger,
)
from flows.spec import (
    Condition,
    Flow,
    Node,
)
from flows.turn_words import (
    BUTTON_COMMANDS,
    ENTROPY_BYTES,
    ERASING,
    PLAIN_ANSWERS,
    YES_NO_PENDING,
    go_on_in_words,
    new_state,
)
from flows.types import (
    Awaiting,
    ConversationState,
    Effect,
    Inbound,
    Lookup,
    Option,
    Reply,
    Turn,
)
from flows.understand.types import Understanding

_new_tuple = tuple.__new__
_REPLY_FIELDS = ("text", "options", "request_contact", "remove_keyboard")
#: commands whose word is also an option's at some question ("private", "balik"): there, the answer
_ALSO_ANSWERS = frozenset({"discreet", "back"})
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
            if st.pending and (st.pending.get("kind") in YES_NO_PENDING or st.pending.get("kind") == "confirm_value"):
                kind = "yesno"
            elif st.pending:
                kind = "choice"
            if kind:
                awaiting = Awaiting(node.id, kind)
        elif st.pending:
            awaiting = Awaiting("", "yesno" if st.pending.get("kind") in YES_NO_PENDING else "choice")
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
            value = message_values.variable(self, name, extra)
            if value is not MISSING:
                context[name] = value
        return context

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
            # the slots her own words filled ("'city' in heard": the city was not asked)
            "heard": tuple(st.slots.get("_from_words") or ()),
            # the city is her country (Singapore, Hong Kong): not asked, and not where she is
            "city_of_country": bool(st.slots.get("_city_of_country")),
            # on a ship at sea ("kapal ikan dekat fiji"): no city to ask
            "at_sea": bool(st.slots.get("at_sea")),
            # the danger told is someone else's ("anak sy dipukul majikannya"), not the writer's
            "third_person": bool(st.slots.get("_third_person")),
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
            collecting.on_media(self, inbound.media)
        elif inbound.text is not None and inbound.text.strip():
            self.on_text(inbound.text)
        else:
            self.on_unsupported()

    def on_unsupported(self) -> None:
        if self.state.node is not None and not self.state.pending:
            # a sticker at a question is a miss like any other: the second offers a person, the
            # third passes an optional question (stickers looped on "belum bisa kami baca")
            accepting.miss(self, self.node, "unsupported")
            return
        self.say("common.unsupported")
        if self.state.node is None and not self.state.pending:
            moving.start_flow(self, ENTRY_FLOW)
        else:
            asking.reask(self)

    def on_button(self, data: str) -> None:
        st = self.state
        seq, sep, option = data.partition(":")
        if not sep:
            seq, option = str(st.seq), data
        if st.node is not None:
            current = asking.buttons(self, self.node)
        else:
            current = asking.pending_buttons(self) if st.pending else []
        if st.node is None and not st.pending and st.held:
            current = [("pesan", "")]
        # the buttons that run a command ("Bicara dengan petugas") work wherever they were shown
        if seq != str(st.seq) or (option not in {i for i, _ in current} and option not in BUTTON_COMMANDS):
            self.say("common.stale_button")
            if st.node is None and not st.pending:
                moving.start_flow(self, ENTRY_FLOW)
            else:
                asking.reask(self)
            return
        self.on_text(option, from_button=True)

    def on_location(self, where: tuple[float, float]) -> None:
        """A shared location answers "where are you now?" (the urgent path's question)."""
        st = self.state
        if st.node is not None and not st.pending and self.node.slot in ("city", "where_now", "location"):
            lat, lon = where
            st.slots["location"] = f"{lat:.5f},{lon:.5f}"
            accepting.accept(self, self.node, f"📍 {lat:.5f}, {lon:.5f}", f"📍 {lat:.5f}, {lon:.5f}")
        else:
            self.on_unsupported()

    def on_contact(self, phone: str) -> None:
        if self.state.node is not None and self.node.input == "phone" and not self.state.pending:
            answering.answer(self, self.node, phone)
        else:
            self.on_unsupported()

    def on_text(self, text: str, *, from_button: bool = False) -> None:
        self.pressed = from_button
        if from_button and text in BUTTON_COMMANDS:
            detours.on_command(self, BUTTON_COMMANDS[text])
            return
        st = self.state
        if (
            not from_button
            and st.held
            and st.held.get("noticed")
            and not st.pending
            and (st.node is None or st.flow == ENTRY_FLOW)
            and answer_kind(text) == "yes"
        ):
            detours.on_command(self, "messages")  # "ya" to "Ada pesan dari petugas ...": shown
            return
        if not from_button and text not in PLAIN_ANSWERS:
            command = command_of(text)
            if command in _ALSO_ANSWERS and asides.names_an_option(self, text):
                command = None  # "private" to "where is the work?", "balik" to "what do you want most?"
            if (
                command == "agent"
                and st.node is not None
                and self.node.slot == "agency"
                and parsing.only_an_agency_word(text)
            ):
                command = None  # "agent" to "which agency (PT)?": her recruitment agent, not our staff
            in_words = command is None and asks_for_person(text)  # "talk to someone please"
            command = "agent" if in_words else command
            at_rest = st.node is None or st.flow == ENTRY_FLOW
            hidden = (st.pending or {}).get("kind") == asking.HIDDEN
            if (
                command is None
                and (hidden or (at_rest and isinstance(st.slots.get("_draft"), dict)))
                and go_on_in_words(text)
            ):
                # "lanjut kak" after a report stopped or filed with "cukup", or after the chat was
                # hidden ("majikan pulang"); "kak sy mau lanjutin laporan yg td" began a new report
                command = "resume"
            if command is None:
                command = leaving_in_words(text)  # "udh sy mau brenti dulu aja", "hapus aja semua sy takut"
                if command == "cancel" and (st.node is None or st.flow == ENTRY_FLOW) and not st.pending:
                    # nothing to stop: "pengen udahan aja" said first may be about her life, not
                    # the chat ("Tidak ada laporan yang sedang diisi" answered it); read as words
                    command = None
            if command == "erase" and asides.hide_at_offer(self, text):
                return  # "iya hapus aja kak" to "if Yes, we delete the messages": her Yes
            pending = self.state.pending
            if command is None and not pending and st.node is not None and stop_taken_back(text):
                # "gk jadi batal kak" just after "lanjut": she goes on; the question again (it was
                # read as "gk" and passed over, the place a rescuer needs left empty)
                self.say("common.draft_resumed")
                asking.reask(self)
                return
            if command is None and not pending and st.node is not None and never_mind(text):
                command = "cancel"  # "sy takut, gk jadi": asked first ("Mau berhenti dulu?"), the draft kept
            if (
                command in ("erase", "cancel")  # "batalkan" to "what shall we erase?": option 2's word
                and pending
                and (
                    (pending.get("kind") == "erase_choice" and detours.erase_choice_in_words(text))
                    # "iya hapus aja" to "Yakin ...?": her yes (the choices were shown again)
                    or (pending.get("kind") == "erase_confirm" and answer_kind(text) == "yes")
                )
            ):
                command = None  # "tarik laporan" to "what shall we erase?": her choice, read there
            # danger first, at every turn and in every state; the help command is never an alarm
            danger = read_danger(text) if command != "help" else None
            if danger is not None and danger.third_person and asides.safe_about_herself(self, text):
                danger = None  # "sy aman pak, anak sy yg gk aman": her answer; the danger is known
            if danger is not None:
                # a cry that answers "is anyone in danger?" brings the message it was asked about;
                # "ya, dalam bahaya" is her answer, not more of her story
                held = safety_check.release(self)
                said = "" if held and safety_check.read_reply(text) else text
                cries.on_danger(self, danger, said, told=held)
                return
            if command is None and phone_watched(text):
                if self.state.pending and self.state.pending.get("kind") in ERASING:
                    # "hapus semua data sy kak, majikan mau cek hp" to "what shall we erase?": her
                    # choice is read, and the chat goes discreet as well
                    self.state.discreet = True
                else:
                    detours.hide_now(self, text)  # "majikan dtg": the chat off her phone now, her answers kept
                    return
            if command is None and asides.phone_checked_told(self, text):
                return
            if command is None and not self.state.pending and asides.language_named(self, text):
                return
            if command and safety_check.leaves_question(command):
                # a command that leaves the question ("batal", "status"): her message is taken
                # first, as if nothing had been asked, so that nothing she wrote is lost
                held = safety_check.release(self)
                if held:
                    taking.take(self, held)
                    self.state.slots[safety_check.ASKED] = "tidak dijawab"  # asked once is enough
            if in_words or (
                command in ("start", "status") and (self.state.node is None or self.state.flow == ENTRY_FLOW)
            ):
                # "hello", "good morning": welcomed in English; "check status": asked in English
                absorbing.maybe_detect_language(self, text)
            if command and detours.on_command(self, command):
                return
            if command is None and not self.state.pending and after_filing.status_in_report(self, text):
                return
            absorbing.maybe_detect_language(self, text)
            if (
                safety_check.should_ask(self, text)
                and not parsing.answers_plainly(self, text)
                and not numbers_asked.asks_for_numbers(text)  # "emergency numbers please": given, not asked about
            ):
                safety_check.ask(self, text)
                return
        taking.take(self, text, from_button=from_button)

    # ------------------------------------------------------------------ called on the run by other modules
    def take(self, text: str, *, from_button: bool = False) -> None:
        taking.take(self, text, from_button=from_button)

    def report_discreet(self) -> None:
        asides.report_discreet(self)

    def from_home(self) -> bool:
        return message_values.from_home(self)
