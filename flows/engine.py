"""The dialog engine: ``step(dialog, state, inbound, now, entropy) -> Turn``. Pure.

It knows nothing of Telegram, SQL or the clock: time and randomness are passed in, replies and
effects are returned for the host to commit and then deliver. The same engine therefore runs
under the console, both Telegram frameworks and any future channel, and is tested by feeding
``Inbound`` values and reading ``Turn`` values.

One turn, in order: system events (lookup results, mediator messages); button presses (a stale
or forged button gets "that question has passed"); the danger words (help first, then carry on
urgent); global commands; a message only the trained second opinion finds alarming (asked about
first: flows/safety_check.py); a pending confirmation; then the current node's answer.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flows import absorbing, answering, asking, collecting, detours, events, inputs, moving, safety_check
from flows.catalog import MISSING, Message, is_code, remember
from flows.commands import command_of
from flows.dialog import ENTRY_FLOW, Dialog
from flows.leaving_words import leaving_in_words, never_mind
from flows.questions import question_for_service
from flows.reading import (
    answer_kind,
    asks_for_person,
    clauses,
    employer_writing,
    is_thanks,
    language_asked,
    phone_watched,
    read_danger,
    tells_phone_checked,
)
from flows.spec import (
    ChoiceNode,
    Condition,
    Flow,
    Node,
)
from flows.turn_words import (
    BUTTON_COMMANDS,
    ENTROPY_BYTES,
    ERASING,
    NUMBERS_FOR,
    PLAIN_ANSWERS,
    REPLY_UNTIL,
    REPORT_FLOWS,
    YES_NO_PENDING,
    go_on_in_words,
    new_state,
)
from flows.types import (
    Awaiting,
    CaseMessage,
    ConversationState,
    Effect,
    Inbound,
    Lookup,
    Option,
    Reply,
    Turn,
    UpdateCase,
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


#: problems of a worker still in Indonesia (she never left): Indonesia's lines first
NOT_YET_LEFT = frozenset({"gagal_berangkat"})


#: at most this many words, a message about her phone is that alone, not more of her story
_SHORT_TELLING = 8


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

    def abroad(self) -> bool:
        """The one writing is abroad: the worker herself, in a country that is not Indonesia (a
        family writes from home, and Indonesia's toll-free lines are theirs to call). Her country
        not known yet counts as abroad: "tolong sy dipukul majikan" comes from where she works,
        and a line dialled only inside Indonesia would fail her."""
        st = self.state
        country = st.slots.get("country")
        if self.from_home():
            return False
        if st.flow == "complaint":
            return country != "ID"
        last = self.last_report()
        # the menu after her report: where she was when she filed it
        return last is not None and bool(last.get("country")) and last.get("country") != "ID"

    def from_home(self) -> bool:
        """The one writing is in Indonesia: a family member, a worker who has not left yet ("sy
        blm berangkat, masih di penampungan") or is back: numbers to call from there first."""
        st = self.state
        return (
            st.flow == "family_report"
            or st.slots.get("reporter_kind") == "family"
            or st.slots.get("category") in NOT_YET_LEFT
            or bool(st.slots.get("_back_home"))  # "udh dideportasi, skrg di kampung"
            or bool((self.last_report() or {}).get("home"))  # the menu after a family's report
        )

    def danger_at_home(self) -> bool:
        """A cry from someone in Indonesia about danger there: a worker back home or not gone
        yet ("sy msh di penampungan PT, dikunci"), a family member threatened herself ("calo
        ngancam sy"); not a mother told of her daughter's danger abroad."""
        st = self.state
        if not st.urgent or not self.from_home():
            return False
        if st.flow == "family_report" or st.slots.get("reporter_kind") == "family":
            return not st.slots.get("_third_person")
        return True

    def last_report(self) -> dict[str, Any] | None:
        """The report filed last in this chat, at the menu after it (no report in progress)."""
        last = self.state.slots.get("_last_case")
        return last if isinstance(last, dict) and self.state.flow not in REPORT_FLOWS else None

    def her_country(self) -> str | None:
        """Her country: of this report, else of the numbers she just asked for ("nomor kbri
        malaysia"), else of the report she filed last (the menu after filing keeps no answers)."""
        slots = self.state.slots
        last = slots.get("_last_case")
        for country in (
            slots.get("country"),
            slots.get(NUMBERS_FOR),
            last.get("country") if isinstance(last, dict) else None,
        ):
            if isinstance(country, str) and country:
                return country
        return None

    def near(self) -> str | None:
        """The coast nearest her ship ("di kapal taiwan dkt fiji": Fiji), when she is at sea."""
        near = self.state.slots.get("near") if self.state.slots.get("at_sea") else None
        return near if isinstance(near, str) else None

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
        if name in ("hotlines", "all_hotlines"):
            lines = self.dialog.settings.hotlines_for(
                self.her_country(),
                st.lang,
                self.near(),
                self.abroad(),
                self.from_home(),
                self.danger_at_home(),
                danger_abroad=st.urgent and self.from_home() and not self.danger_at_home(),
                every=name == "all_hotlines",  # "nomor penting": every line, not the few
            )
            return [{"name": h.name, "number": h.number, "kind": h.kind} for h in lines]
        if name == "crisis_lines":
            # where she is not known yet, Indonesia's line as well (its name says it is dialled
            # from Indonesia): "capek hidup" as a first message had no one to talk to, only KP2MI
            country = st.slots.get("country")
            lines = self.dialog.settings.crisis_lines_for(country, st.lang, self.abroad() and bool(country))
            return [{"name": h.name, "number": h.number, "kind": h.kind} for h in lines]
        if name == "her_crisis_lines":
            # someone else's wish to die: the lines she can call where she is, to pass on to her
            lines = self.dialog.settings.crisis_lines_for(st.slots.get("country"), st.lang, True)
            return [{"name": h.name, "number": h.number, "kind": h.kind} for h in lines]
        if name == "country_name":
            # "call now (in Poland)" only above Poland's own numbers, and never for a ship at sea
            country = self.her_country()
            if st.slots.get("at_sea") or not self.dialog.settings.local_lines(country):
                return ""
            if self.from_home():
                return ""  # a family at home: the list starts with Indonesia's lines, not the country's
            name = st.slots.get("country_display") or (inputs.country_name(country, st.lang) if country else "")
            return inputs.after_in(str(name), st.lang)  # "in the United Arab Emirates"
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
            answering.accept(self, self.node, f"📍 {lat:.5f}, {lon:.5f}", f"📍 {lat:.5f}, {lon:.5f}")
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
            if command in _ALSO_ANSWERS and self.names_an_option(text):
                command = None  # "private" to "where is the work?", "balik" to "what do you want most?"
            in_words = command is None and asks_for_person(text)  # "talk to someone please"
            command = "agent" if in_words else command
            at_rest = st.node is None or st.flow == ENTRY_FLOW
            if command is None and at_rest and isinstance(st.slots.get("_draft"), dict) and go_on_in_words(text):
                command = "resume"  # "lanjut kak" after a report stopped or filed with "cukup"
            if command is None:
                command = leaving_in_words(text)  # "udh sy mau brenti dulu aja", "hapus aja semua sy takut"
                if command == "cancel" and (st.node is None or st.flow == ENTRY_FLOW) and not st.pending:
                    # nothing to stop: "pengen udahan aja" said first may be about her life, not
                    # the chat ("Tidak ada laporan yang sedang diisi" answered it); read as words
                    command = None
            pending = self.state.pending
            if command is None and not pending and st.node is not None and never_mind(text):
                command = "cancel"  # "sy takut, gk jadi": asked first ("Mau berhenti dulu?"), the draft kept
            if (
                command == "erase"
                and pending
                and pending.get("kind") == "erase_choice"
                and detours.erase_choice_in_words(text)
            ):
                command = None  # "tarik laporan" to "what shall we erase?": her choice, read there
            # danger first, at every turn and in every state; the help command is never an alarm
            danger = read_danger(text) if command != "help" else None
            if danger is not None and danger.third_person and self.safe_about_herself(text):
                danger = None  # "sy aman pak, anak sy yg gk aman": her answer; the danger is known
            if danger is not None:
                # a cry that answers "is anyone in danger?" brings the message it was asked about;
                # "ya, dalam bahaya" is her answer, not more of her story
                held = safety_check.release(self)
                said = "" if held and safety_check.read_reply(text) else text
                absorbing.on_danger(self, danger, said, told=held)
                return
            if command is None and phone_watched(text):
                if self.state.pending and self.state.pending.get("kind") in ERASING:
                    # "hapus semua data sy kak, majikan mau cek hp" to "what shall we erase?": her
                    # choice is read, and the chat goes discreet as well
                    self.state.discreet = True
                else:
                    detours.hide_now(self)  # "majikan dtg": the chat off her phone now, her answers kept
                    return
            if command is None and self.phone_checked_told(text):
                return
            if command is None and not self.state.pending and self.language_named(text):
                return
            if command and safety_check.leaves_question(command):
                # a command that leaves the question ("batal", "status"): her message is taken
                # first, as if nothing had been asked, so that nothing she wrote is lost
                held = safety_check.release(self)
                if held:
                    self.take(held)
                    self.state.slots[safety_check.ASKED] = "tidak dijawab"  # asked once is enough
            if in_words or (command == "start" and (self.state.node is None or self.state.flow == ENTRY_FLOW)):
                absorbing.maybe_detect_language(self, text)  # "hello", "good morning": welcomed in English
            if command and detours.on_command(self, command):
                return
            if command is None and not self.state.pending and absorbing.status_in_report(self, text):
                return
            absorbing.maybe_detect_language(self, text)
            if (
                safety_check.should_ask(self, text)
                and not answering.answers_plainly(self, text)
                and not answering.asks_for_numbers(text)  # "emergency numbers please": given, not asked about
            ):
                safety_check.ask(self, text)
                return
        self.take(text, from_button=from_button)

    def names_an_option(self, text: str) -> bool:
        """The message is one of the words of an option of the choice asked (it was taken as the
        command of the same word: "private" turned discreet mode on, "balik" went back)."""
        st = self.state
        if st.pending or st.node is None or st.flow == ENTRY_FLOW:
            return False
        node = self.node
        return isinstance(node, ChoiceNode) and asking.synonym(self, node, text) is not None

    def safe_about_herself(self, text: str) -> bool:
        """At "are you yourself safe now?" of a report already urgent, she says she is, and who
        is not: an answer to the question, not a new cry (it looped, the numbers said again)."""
        st = self.state
        if not st.urgent or st.node is None or st.pending:
            return False
        node = self.node
        return node.raw.get("asks") == "safe" and safety_check.said_in_danger(text) is False

    def language_named(self, text: str) -> bool:
        """ "sorry can i write english", "pake bahasa indonesia aja kak": that language from now
        on, and the question she was at asked again in it (only the bare "bahasa" worked)."""
        lang = language_asked(text)
        rest = ""
        if lang is None and self.state.node is not None:
            # "maaf sy pake bhs indonesia aja ya, nama sy Ani": the language asked in one clause,
            # the answer in the others (she stayed in English for eight questions)
            parts = clauses(text)
            for n, clause in enumerate(parts):
                lang = language_asked(clause)
                if lang is not None:
                    rest = ", ".join(c.strip() for c in parts[:n] + parts[n + 1 :])
                    break
        if lang is None or lang not in self.dialog.catalog.languages:
            return False
        self.state.lang, self.state.lang_locked = lang, True
        if rest and self.state.node is not None and not self.state.pending:
            answering.answer(self, self.node, rest)
            return True
        detours.resume_or_menu(self)
        return True

    def answer_question(self, text: str) -> bool:
        """ "ini gratis?", "brp lama kak?": a short true answer, then the question she was at
        (or the menu, when nothing is under way); her question is not taken as an answer."""
        topic = question_for_service(text)
        if topic is None:
            return False
        if topic == "privacy" and self.state.discreet:
            topic = "privacy_on"  # "ketik Rahasia" would turn it off
        self.say(f"common.faq_{topic}")
        if self.state.node is not None:
            asking.reask(self)
        elif not self.state.slots.get("_last_case"):
            moving.start_flow(self, ENTRY_FLOW)
        return True

    def employer_turned_away(self, text: str) -> bool:
        """ "sy majikan, pembantu sy kabur bawa uang sy": the service takes reports from workers
        and their families; an employer's report of a worker who ran away is told where to go
        and is not kept (filed, it was a "worker" case that could help find her). Only before a
        report has her consent: inside one, the words are read as usual."""
        st = self.state
        if st.urgent or not employer_writing(text):
            return False
        before_consent = st.flow in REPORT_FLOWS and "consent" not in st.slots
        if st.node is not None and st.flow != ENTRY_FLOW and not before_consent:
            return False
        self.say("common.employer_reporter")
        moving.finish(self)
        return True

    def first_choice(self, text: str) -> None:
        """ "sy mau lapor", "mau cek status laporan" as a first message: the welcome is said, and
        the choice her words name is taken at once (only those the menu lists in ``first_message``,
        and only by their words, never a guess), so she need not say it twice."""
        st = self.state
        if st.node is None or st.pending:
            return
        node = self.node
        if not isinstance(node, ChoiceNode) or not node.raw.get("first_message"):
            return
        if asking.synonym(self, node, text) in node.raw["first_message"]:
            welcome = len(self.replies) - 1
            answering.answer(self, node, text)
            if welcome >= 0 and self.state.node != node.id:
                # the greeting alone: the menu's list and buttons above the consent's were two
                # menus at once, and "pilih di bawah" pointed at the wrong one
                self.replies[welcome] = _new_tuple(Reply, (self.render("menu.greeting"), (), False, False))

    def report_discreet(self) -> None:
        """Her report goes discreet; a filed one also holds the staff's messages until she writes."""
        st = self.state
        st.discreet = True
        st.slots["discreet_mode"] = True
        st.slots["discreet_mode_display"] = self.render("common.yes")
        if "case_number" in st.slots:
            # a flag alone: storage keeps the answers filed (storage/store_effects._update_case);
            # the "may we send you news?" question, if still to come, is then not asked
            st.slots["notify"] = False
            st.slots["notify_display"] = self.render("common.no")
            self.effects.append(UpdateCase(str(st.slots["case_number"]), {}, notify_reporter=False))

    def phone_checked_told(self, text: str) -> bool:
        """ "majikan suka cek hp sy" said after filing, or as a short answer in her report ("jgn,
        majikan suka liat hp" to "may we send you news?"): her chat goes discreet from now on,
        said in one line, and the question stays. A story that says it is read as a story (its
        report turns discreet there, flows/absorbing.py). True when the message is handled."""
        st = self.state
        if st.discreet or st.flow == "family_report" or not tells_phone_checked(text):
            return False
        in_report = st.node is not None and st.flow in REPORT_FLOWS
        if in_report and (self.node.raw.get("discreet_if_yes") or self.node.raw.get("discreet_if_no")):
            return False  # "can you write safely?", "may someone see your phone?": her answer there
        last = absorbing.last_case(self) if st.node is None else None
        if in_report and (any(c.isdigit() for c in text) or not absorbing.read(self, text).is_empty()):
            # "gk ada hp sendiri, pake hp temen 0178889900": discreet, and the answer read as usual
            self.report_discreet()
            return False
        if in_report and len(text.split()) <= _SHORT_TELLING:
            self.report_discreet()
            if "case_number" in st.slots:
                self.effects.append(CaseMessage(str(st.slots["case_number"]), text.strip()))
            else:
                absorbing.keep_words(self, text)
            self.say("common.discreet_on")
            detours.resume_or_menu(self, menu=False)
            return True
        if last is not None:
            # the turn's closing line says it: discreet now, the chat gone in ten minutes
            st.discreet = True
            number = str(last.get("number") or "")
            self.effects.append(CaseMessage(number, text.strip()))
            # the staff's messages wait until she writes (storage/casework.is_held)
            self.effects.append(UpdateCase(number, {}, notify_reporter=False))
            self.say("common.phone_noted", case_number=number)
            return True
        return False

    def take(self, text: str, *, from_button: bool = False) -> None:
        """``text`` as what it answers: a pending confirmation, a first message, or the question."""
        st = self.state
        if st.pending:
            detours.on_pending(self, text)
            return
        replying = st.node is None and st.reply_case is not None
        if not from_button and not replying and self.answer_question(text):
            return  # (while she answers a mediator, her question is for the mediator)
        if not from_button and self.employer_turned_away(text):
            return
        if st.node is None:
            if st.reply_case and self.now.timestamp() > float(st.slots.get(REPLY_UNTIL) or 0):
                st.reply_case = None  # a mediator's message of days ago: her words are read afresh
            if st.reply_case and not from_button:
                if absorbing.to_status(self, text):
                    return  # "kak gmn laporan sy": the status, not a reply
                if answer_kind(text) == "done":
                    st.reply_case = None  # "selesai", "udah itu aja": her reply is finished
                    self.say("menu.thanks")
                    return
                self.effects.append(CaseMessage(st.reply_case, text.strip()))
                self.say("common.reply_recorded", case_number=st.reply_case)
                return
            if not from_button and absorbing.ask_follow_up(self, text):
                return
            if not from_button and is_thanks(text) and (st.slots.get("_last_case") or st.seq > 0):
                # "makasih ya kak 🙏" after filing, or after a status check: a warm line, not the
                # menu (only a chat's first message gets the welcome)
                self.say("menu.thanks")
                return
            if not from_button and absorbing.to_status(self, text):
                return
            if not from_button and answering.numbers_asked(self, text):
                return  # "minta nomor penting, sy di malaysia": the numbers, not a report
            if not from_button and absorbing.start_report(self, text):
                return
            last = absorbing.last_case(self)
            if not from_button and last and len(text.split()) <= 2:
                # "ya", "gk", "🙏", "p" soon after filing: one short line, not the whole menu again
                self.say("menu.after_filing", case_number=str(last.get("number") or ""))
                return
            moving.start_flow(self, ENTRY_FLOW)
            if not from_button:
                self.first_choice(text)
                # (read afresh: inside this branch mypyc takes st.node for None, and the choice moved it)
                now_at: str | None = self.state.node
                if self.state.flow == ENTRY_FLOW and now_at is not None and not self.state.pending:
                    absorbing.keep_before_report(self, text)  # "majikan jahat": kept for the report
            return
        answering.answer(self, self.node, text)
