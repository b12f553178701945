"""The node types a flow file is written in, one class each, with the checks each makes of
itself at load time (``check``). Apart from the loader (flows/spec.py): these are what the engine
reads at every turn; reading and validating the YAML happens once, at start-up."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

from flows.conditions import Condition, Transition


@dataclass(frozen=True)
class ChoiceOption:
    id: str
    label: str
    next: str | None = None
    value: Any = None
    #: slots this option empties (a "back to the list" option clears the choice it undoes)
    clears: tuple[str, ...] = ()
    #: the words people use for this option, per language, on top of fuzzy matching of its label
    #: ("perorangan" for a household employer, "sy mamanya" for a parent)
    synonyms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    #: the kinds of plain answer, read with negation kept, that pick this option ("ga usah",
    #: "not now", "udah" pick "Cukup sampai sini" when it lists no, done); flows.understand's AnswerKind
    answers: tuple[str, ...] = ()


@dataclass
class Node:
    """Fields every node has. Subclasses add their own and are registered by ``type``."""

    type: ClassVar[str] = ""
    #: the input kind the node waits for, or None for nodes that do not wait
    input: ClassVar[str | None] = None
    #: extra YAML fields this type accepts
    extra_fields: ClassVar[frozenset[str]] = frozenset()

    id: str
    prompt: str | None = None
    slot: str | None = None
    optional: bool = False
    why: str | None = None
    example: str | None = None
    #: what is said when an answer is not understood, instead of ``common.invalid.<input>``
    invalid: str | None = None
    label: str | None = None
    when: Condition | None = None
    next: tuple[Transition, ...] = ()
    progress: bool = False
    essential: bool = False
    raw: dict[str, Any] = field(default_factory=dict)

    def targets(self) -> set[str]:
        return {t.to for t in self.next}

    def locale_keys(self) -> set[str]:
        return {k for k in (self.prompt, self.why, self.example, self.invalid, self.label) if k}

    def conditions(self) -> list[Condition]:
        return [c for c in [self.when, *(t.when for t in self.next)] if c is not None]

    def check(self, fail: Any) -> None:
        """Type-specific validation; ``fail(message)`` raises a FlowError naming the node."""
        if self.input and not self.slot:
            fail("an input node needs a 'slot'")
        if not self.prompt:
            fail("needs a 'prompt'")
        if not self.next and not isinstance(self, ChoiceNode):
            fail("dead end: no 'next'")


@dataclass
class MessageNode(Node):
    """Says its prompt and goes on.  ``intro: {type: message, prompt: complaint.intro, next: q1}``"""

    type: ClassVar[str] = "message"


@dataclass
class ChoiceNode(Node):
    """Numbered options; the user types a number, the label or a word close to it, or taps.

    ``group: {type: choice, prompt: k, slot: group, options: [{id: gaji, label: g.gaji, next: x}]}``
    """

    type: ClassVar[str] = "choice"
    input: ClassVar[str | None] = "choice"
    extra_fields: ClassVar[frozenset[str]] = frozenset(
        {"options", "fallback", "suggest", "first_message", "free_text", "unknown"}
    )
    options: tuple[ChoiceOption, ...] = ()

    def targets(self) -> set[str]:
        return super().targets() | {o.next for o in self.options if o.next}

    def locale_keys(self) -> set[str]:
        suggest = self.raw.get("suggest") or {}
        unknown = self.raw.get("unknown") or {}
        return (
            super().locale_keys()
            | {o.label for o in self.options}
            | ({suggest["prompt"]} if suggest else set())
            | ({unknown["label"]} if unknown else set())
        )

    def check(self, fail: Any) -> None:
        super().check(fail)
        if not self.options:
            fail("a choice needs 'options'")
        ids = [o.id for o in self.options]
        if len(ids) != len(set(ids)):
            fail("option ids must be unique")
        if not self.next and any(o.next is None for o in self.options):
            fail("dead end: an option has no 'next' and the node has none")
        fallback = self.raw.get("fallback")
        if fallback is not None and fallback not in ids:
            fail(f"'fallback' names unknown option {fallback!r}")
        not_known = self.raw.get("unknown")
        if not_known is not None and (not isinstance(not_known, dict) or set(not_known) != {"value", "label"}):
            fail("'unknown' needs exactly 'value' and 'label'")
        unknown = set(self.raw.get("first_message") or ()) - set(ids)
        if unknown:
            fail(f"'first_message' names unknown options {sorted(unknown)}")
        suggest = self.raw.get("suggest")
        if suggest is not None:
            if not isinstance(suggest, dict) or set(suggest) != {"from", "slot", "label", "prompt"}:
                fail("'suggest' needs exactly 'from', 'slot', 'label' and 'prompt'")
            if not str(suggest["from"]).startswith("_"):
                fail("'suggest' reads its values 'from' an internal slot (its name starts with '_')")


@dataclass
class YesNoNode(Node):
    """Ya or tidak. ``indicator`` (an ILO code) is added on a yes; ``urgent_if_yes`` marks urgency.

    ``held: {type: yesno, prompt: k, slot: passport_held, indicator: retention_of_documents, next: x}``
    """

    type: ClassVar[str] = "yesno"
    input: ClassVar[str | None] = "yesno"
    extra_fields: ClassVar[frozenset[str]] = frozenset(
        {"indicator", "urgent_if_yes", "yes_next", "no_next", "discreet_if_yes", "discreet_if_no", "asks"}
    )


@dataclass
class TextNode(Node):
    """One message of text. ``name: {type: text, prompt: k, slot: worker_name, next: x}``.
    ``holds: name`` reads a person's or a firm's name out of what she wrote ("nama sy Yuli");
    ``holds: number`` takes only an answer with a digit (a passport number): a sentence there is
    kept with her story and the question is passed; ``phone_slot`` is where a phone number typed
    there instead belongs; ``time_slots``: the date questions (the first asked in this report)
    that a time typed there instead answers ("3 bulan lalu" to "which city?")."""

    type: ClassVar[str] = "text"
    input: ClassVar[str | None] = "text"
    extra_fields: ClassVar[frozenset[str]] = frozenset({"max_length", "holds", "phone_slot", "time_slots", "known_for"})


@dataclass
class CodeNode(Node):
    """A case number (7 symbols) or access code (8), by its shape: ``number: {type: code,
    prompt: k, slot: case_number, symbols: 7}``. "gk ada" or a question is no code and no try."""

    type: ClassVar[str] = "code"
    input: ClassVar[str | None] = "code"
    #: ``hint``: the line after two misses, in place of the report flows' "Petugas kami akan
    #: membalas di sini" (nobody replies in a status check: no report holds this chat)
    extra_fields: ClassVar[frozenset[str]] = frozenset({"symbols", "hint"})

    def locale_keys(self) -> set[str]:
        hint = self.raw.get("hint")
        return super().locale_keys() | ({str(hint)} if hint else set())


@dataclass
class LongTextNode(Node):
    """Several messages until "selesai". ``story: {type: longtext, prompt: k, slot: story, next: x}``"""

    type: ClassVar[str] = "longtext"
    input: ClassVar[str | None] = "longtext"
    extra_fields: ClassVar[frozenset[str]] = frozenset({"max_length"})


@dataclass
class PhoneNode(Node):
    """A phone number (or a shared contact). ``phone: {type: phone, slot: phone, country_slot: country}``.
    ``name_slot``: where a name typed here instead belongs; ``own_slot`` (a question about someone
    else's number): where the writer's own number goes when she says it is hers ("(hp sy)")."""

    type: ClassVar[str] = "phone"
    input: ClassVar[str | None] = "phone"
    extra_fields: ClassVar[frozenset[str]] = frozenset({"country_slot", "name_slot", "own_slot"})


@dataclass
class CountryNode(Node):
    """A country, stored as ISO alpha-2. ``country: {type: country, prompt: k, slot: country}``"""

    type: ClassVar[str] = "country"
    input: ClassVar[str | None] = "country"
    #: "tidak tahu" is an answer here (a family that lost contact): the case goes to the default office
    extra_fields: ClassVar[frozenset[str]] = frozenset({"unknown_ok"})


@dataclass
class ProvinceNode(Node):
    """One of Indonesia's 38 provinces. ``province: {type: province, prompt: k, slot: province}``;
    ``rest_slot: regency`` keeps what she wrote beside the province ("NTB, lombok timur")."""

    type: ClassVar[str] = "province"
    input: ClassVar[str | None] = "province"
    extra_fields: ClassVar[frozenset[str]] = frozenset({"rest_slot"})


@dataclass
class DateNode(Node):
    """A date or "since when". ``since: {type: date, prompt: k, slot: since, past_only: true}``"""

    type: ClassVar[str] = "date"
    input: ClassVar[str | None] = "date"
    extra_fields: ClassVar[frozenset[str]] = frozenset({"past_only"})


@dataclass
class NumberNode(Node):
    """A whole number. ``age: {type: number, prompt: k, slot: age, min: 15, max: 80}``"""

    type: ClassVar[str] = "number"
    input: ClassVar[str | None] = "number"
    extra_fields: ClassVar[frozenset[str]] = frozenset({"min", "max"})


@dataclass
class MoneyNode(Node):
    """An amount of money with its currency ("1200 riyal", "RM 1.500", "25 juta"), stored as
    ``{"amount": 1200, "currency": "SAR"}``. ``owed: {type: money, prompt: k, slot: money_owed}``"""

    type: ClassVar[str] = "money"
    input: ClassVar[str | None] = "money"


@dataclass
class UnderstoodNode(Node):
    """Says back in one message what the person's own words already told ("Kami catat: gaji
    belum dibayar 5 bulan, di Arab Saudi. Benar?"); "salah" asks which line is wrong (its
    button, number or label: "negaranya", "1 dan 3", or all of it) and forgets only that, so it
    is asked; with a single line, that line. Passed over when nothing was understood. ``understood: {type: understood,
    prompt: understood.prompt, next: q}``"""

    type: ClassVar[str] = "understood"
    input: ClassVar[str | None] = "understood"

    def check(self, fail: Any) -> None:
        if not self.prompt or not self.next:
            fail("an understood node needs 'prompt' and 'next'")


@dataclass
class RevisitNode(Node):
    """Asks, one by one, the questions the urgent path passed over before the case was filed,
    then goes on. ``later: {type: revisit, next: q}``"""

    type: ClassVar[str] = "revisit"

    def check(self, fail: Any) -> None:
        if not self.next:
            fail("dead end: no 'next'")


@dataclass
class UpdateCaseNode(Node):
    """Adds the answers given after filing to the filed case. ``update: {type: update_case, next: done}``"""

    type: ClassVar[str] = "update_case"

    def check(self, fail: Any) -> None:
        if not self.next:
            fail("dead end: no 'next'")


@dataclass
class MediaNode(Node):
    """Photos, documents, voice notes until "selesai"; skippable.

    ``evidence: {type: media, prompt: k, slot: evidence, optional: true, next: x}``
    """

    type: ClassVar[str] = "media"
    input: ClassVar[str | None] = "media"


@dataclass
class SummaryNode(Node):
    """Lists the answers, numbered; a number re-asks that field, a yes confirms.

    ``summary: {type: summary, prompt: summary.header, fields: [country, worker_name], next: file}``
    """

    type: ClassVar[str] = "summary"
    input: ClassVar[str | None] = "summary"
    extra_fields: ClassVar[frozenset[str]] = frozenset({"fields", "words"})

    def check(self, fail: Any) -> None:
        if not self.prompt:
            fail("needs a 'prompt'")
        if not self.next:
            fail("dead end: no 'next'")
        if not self.raw.get("fields"):
            fail("a summary needs 'fields'")


@dataclass
class FileCaseNode(Node):
    """Files the case and goes on. ``file: {type: file_case, category_slot: category, next: done}``"""

    type: ClassVar[str] = "file_case"
    extra_fields: ClassVar[frozenset[str]] = frozenset(
        {"category_slot", "indicators_from_category", "indicators_if_no_harm_told", "reporter_kind"}
    )

    def check(self, fail: Any) -> None:
        if not self.next:
            fail("dead end: no 'next'")


@dataclass
class StatusCheckNode(Node):
    """Asks storage for the status of ``case_number`` with ``access_code``; renders the answer.

    ``check: {type: status_check, next: done}``
    """

    type: ClassVar[str] = "status_check"
    extra_fields: ClassVar[frozenset[str]] = frozenset({"number_slot", "code_slot"})

    def check(self, fail: Any) -> None:
        if not self.next:
            fail("dead end: no 'next'")


@dataclass
class MyCasesNode(Node):
    """Shows the status of the cases this chat filed (no code needed) and goes to ``found_next``;
    with none, goes to ``next``. ``mine: {type: my_cases, found_next: menu, next: number}``"""

    type: ClassVar[str] = "my_cases"
    extra_fields: ClassVar[frozenset[str]] = frozenset({"found_next"})

    def targets(self) -> set[str]:
        found = self.raw.get("found_next")
        return super().targets() | ({str(found)} if found else set())

    def check(self, fail: Any) -> None:
        if not self.next or not self.raw.get("found_next"):
            fail("a my_cases node needs 'next' (no cases) and 'found_next' (cases shown)")


@dataclass
class FamilyCodeNode(Node):
    """Makes a new family code (status only) for the chat's latest case and shows it once.

    ``new_code: {type: family_code, prompt: status.family_code, next: done}``
    """

    type: ClassVar[str] = "family_code"

    def check(self, fail: Any) -> None:
        if not self.prompt or not self.next:
            fail("a family_code node needs 'prompt' and 'next'")


@dataclass
class GotoNode(Node):
    """Continues in another flow. ``report: {type: goto, flow: complaint}``; ``urgent: true``
    starts it on the urgent path with the help numbers first (the menu's emergency button)."""

    type: ClassVar[str] = "goto"
    extra_fields: ClassVar[frozenset[str]] = frozenset({"flow", "urgent"})

    def check(self, fail: Any) -> None:
        if not self.raw.get("flow"):
            fail("a goto needs 'flow'")


@dataclass
class SetLanguageNode(Node):
    """Switches the conversation to a language and goes on; ``lang: other`` switches between
    Indonesian and English (the menu's "English" / "Bahasa Indonesia" button).

    ``to_other_language: {type: set_language, lang: other, next: welcome}``"""

    type: ClassVar[str] = "set_language"
    extra_fields: ClassVar[frozenset[str]] = frozenset({"lang"})

    def check(self, fail: Any) -> None:
        if not self.raw.get("lang") or not self.next:
            fail("a set_language node needs 'lang' and 'next'")


@dataclass
class EndNode(Node):
    """Says its prompt; the conversation is over. ``done: {type: end, prompt: complaint.done}``"""

    type: ClassVar[str] = "end"

    def check(self, fail: Any) -> None:
        if not self.prompt:
            fail("needs a 'prompt'")
