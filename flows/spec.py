"""Flow files: load, validate whole, and describe (see docs/FLOW_SPEC.md).

Every error is found at start-up and names the file and the node: an unknown node type or
target, an unreachable node, a dead end, a missing locale key or a condition that uses an unknown
name. At run time the engine can then trust the flow.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import yaml
from jinja2 import meta
from jinja2.exceptions import TemplateSyntaxError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from flows import yaml_text

SPEC_VERSION = 1
NODE_ID = re.compile(r"^[a-z][a-z0-9_]*$")
#: names a condition may use besides the flow's slots
FLAGS = frozenset(
    {
        "urgent",
        "discreet",
        "lang",
        "reporter_kind",
        "category",
        "filed",
        "told",
        "heard",
        "city_of_country",
        "at_sea",
        "third_person",
    }
)
#: the kinds of short answer flows/understand/answers.py reads (its types.AnswerKind)
ANSWER_KINDS = frozenset({"yes", "no", "unknown", "skip", "done"})

_expr_env = ImmutableSandboxedEnvironment()


class FlowError(Exception):
    """A flow file is invalid. The message names the file and the node."""


@dataclass(frozen=True)
class Condition:
    source: str
    names: frozenset[str]
    _fn: Any = field(repr=False, compare=False)

    def __call__(self, context: Mapping[str, Any]) -> bool:
        return bool(self._fn(**context))


def compile_condition(source: str) -> Condition:
    ast = _expr_env.parse("{{ (" + source + ") }}")
    names = frozenset(meta.find_undeclared_variables(ast))
    return Condition(source, names, _expr_env.compile_expression(source, undefined_to_none=True))


@dataclass(frozen=True)
class Transition:
    to: str
    when: Condition | None = None


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
    there instead belongs."""

    type: ClassVar[str] = "text"
    input: ClassVar[str | None] = "text"
    extra_fields: ClassVar[frozenset[str]] = frozenset({"max_length", "holds", "phone_slot", "known_for"})


@dataclass
class CodeNode(Node):
    """A case number (7 symbols) or access code (8), by its shape: ``number: {type: code,
    prompt: k, slot: case_number, symbols: 7}``. "gk ada" or a question is no code and no try."""

    type: ClassVar[str] = "code"
    input: ClassVar[str | None] = "code"
    extra_fields: ClassVar[frozenset[str]] = frozenset({"symbols"})


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


COMMON_FIELDS = frozenset(
    {
        "type",
        "prompt",
        "slot",
        "optional",
        "why",
        "example",
        "invalid",
        "label",
        "when",
        "next",
        "progress",
        "essential",
        "returns_on",
    }
)


#: node classes by their YAML ``type`` (a plain table: a registering decorator would keep
#: mypyc from compiling the classes, see flows/native.py)
NODE_TYPES: dict[str, type[Node]] = {
    cls.type: cls
    for cls in (
        MessageNode,
        ChoiceNode,
        YesNoNode,
        TextNode,
        CodeNode,
        LongTextNode,
        PhoneNode,
        CountryNode,
        ProvinceNode,
        DateNode,
        NumberNode,
        MoneyNode,
        UnderstoodNode,
        RevisitNode,
        UpdateCaseNode,
        MediaNode,
        SummaryNode,
        FileCaseNode,
        StatusCheckNode,
        MyCasesNode,
        FamilyCodeNode,
        GotoNode,
        SetLanguageNode,
        EndNode,
    )
}


@dataclass
class Flow:
    id: str
    path: str
    start: str
    nodes: dict[str, Node]
    urgent_categories: frozenset[str] = frozenset()
    progress_order: tuple[str, ...] = ()
    #: where a value read from the words goes in this flow, when its slot has another name here
    #: (a family's "since" is when they last heard from the worker)
    understood_as: Mapping[str, str] = field(default_factory=dict)
    _by_slot: dict[str, Node] | None = field(default=None, repr=False, compare=False)

    def node(self, node_id: str) -> Node:
        return self.nodes[node_id]

    def slots(self) -> set[str]:
        return {n.slot for n in self.nodes.values() if n.slot}

    def labelled(self, slot: str) -> Node | None:
        """The first node that fills ``slot`` (its label names the slot in the summary)."""
        if self._by_slot is None:
            self._by_slot = {}
            for n in self.nodes.values():
                if n.slot:
                    self._by_slot.setdefault(n.slot, n)
        return self._by_slot.get(slot)


def _parse_next(value: Any, fail: Any) -> tuple[Transition, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (Transition(value),)
    if not isinstance(value, list) or not value:
        fail("'next' must be a node id or a list of {if, to}")
    out: list[Transition] = []
    for i, item in enumerate(value):
        if not isinstance(item, Mapping) or "to" not in item:
            fail(f"'next' item {i + 1} needs 'to'")
        cond = item.get("if")
        out.append(Transition(str(item["to"]), _condition(cond, fail) if cond is not None else None))
    if out[-1].when is not None:
        fail("the last 'next' item must have no 'if' (otherwise the dialog can dead-end)")
    return tuple(out)


def _condition(source: Any, fail: Any) -> Condition:
    if not isinstance(source, str) or not source.strip():
        fail(f"bad condition {source!r}")
    try:
        return compile_condition(source)
    except TemplateSyntaxError as exc:
        fail(f"bad condition {source!r}: {exc.message}")
        raise  # unreachable: fail raises


def _parse_node(node_id: str, data: Any, fail: Any) -> Node:
    if not isinstance(data, Mapping):
        fail("must be a mapping")
    kind = data.get("type")
    cls = NODE_TYPES.get(str(kind))
    if cls is None:
        fail(f"unknown node type {kind!r} (known: {', '.join(sorted(NODE_TYPES))})")
        raise AssertionError  # unreachable
    unknown = set(data) - COMMON_FIELDS - cls.extra_fields
    if unknown:
        fail(f"unknown field(s) {', '.join(sorted(unknown))} for type '{kind}'")
    kwargs: dict[str, Any] = {
        "id": node_id,
        "prompt": data.get("prompt"),
        "slot": data.get("slot"),
        "optional": bool(data.get("optional", False)),
        "why": data.get("why"),
        "example": data.get("example"),
        "invalid": data.get("invalid"),
        "label": data.get("label"),
        "when": _condition(data["when"], fail) if "when" in data else None,
        "next": _parse_next(data.get("next"), fail),
        "progress": bool(data.get("progress", False)),
        "essential": bool(data.get("essential", False)),
        "raw": dict(data),
    }
    if cls is ChoiceNode:
        options = []
        for i, opt in enumerate(data.get("options") or []):
            if not isinstance(opt, Mapping) or "id" not in opt or "label" not in opt:
                fail(f"option {i + 1} needs 'id' and 'label'")
            synonyms = opt.get("synonyms") or {}
            if not isinstance(synonyms, Mapping) or not all(isinstance(v, list) for v in synonyms.values()):
                fail(f"option '{opt['id']}': 'synonyms' maps a language to a list of words")
            answers = opt.get("answers") or []
            if not isinstance(answers, list) or not set(answers) <= ANSWER_KINDS:
                fail(f"option '{opt['id']}': 'answers' lists kinds of plain answer: {sorted(ANSWER_KINDS)}")
            options.append(
                ChoiceOption(
                    str(opt["id"]),
                    str(opt["label"]),
                    opt.get("next"),
                    opt.get("value"),
                    tuple(map(str, opt.get("clears") or ())),
                    {str(lang): tuple(str(w) for w in words) for lang, words in synonyms.items()},
                    tuple(map(str, answers)),
                )
            )
        kwargs["options"] = tuple(options)
    node = cls(**kwargs)
    node.check(fail)
    return node


def _failer(path: str, node: str | None) -> Any:
    def fail(message: str) -> None:
        where = f"{path}: node '{node}'" if node else path
        raise FlowError(f"{where}: {message}")

    return fail


def parse_flow(path: str, data: Any) -> Flow:
    top = _failer(path, None)
    if not isinstance(data, Mapping):
        top("a flow file must be a mapping")
    version = data.get("spec_version")
    if not isinstance(version, int):
        top("'spec_version' (an integer) is required")
    if version > SPEC_VERSION:
        top(f"spec_version {version} is newer than this engine knows ({SPEC_VERSION}): upgrade the bot")
    flow_id = data.get("id")
    if flow_id != Path(path).stem:
        top(f"'id' must be the file name ('{Path(path).stem}'), not {flow_id!r}")
    raw_nodes = data.get("nodes")
    if not isinstance(raw_nodes, Mapping) or not raw_nodes:
        top("'nodes' must be a non-empty mapping")
    nodes: dict[str, Node] = {}
    for node_id, node_data in raw_nodes.items():
        fail = _failer(path, str(node_id))
        if not NODE_ID.match(str(node_id)):
            fail("node ids are lowercase letters, digits and _")
        nodes[str(node_id)] = _parse_node(str(node_id), node_data, fail)
    start = data.get("start")
    if start not in nodes:
        top(f"'start' names unknown node {start!r}")
    for node in nodes.values():
        for target in node.targets():
            if target not in nodes:
                _failer(path, node.id)(f"goes to unknown node '{target}'")
    slots = {n.slot for n in nodes.values() if n.slot}
    display = {f"{s}_display" for s in slots}
    for node in nodes.values():
        for cond in node.conditions():
            unknown = cond.names - slots - display - FLAGS
            if unknown:
                _failer(path, node.id)(f"condition {cond.source!r} uses unknown name(s): {', '.join(sorted(unknown))}")
    reachable = _reachable(str(start), nodes)
    for node_id in nodes:
        if node_id not in reachable:
            _failer(path, node_id)("unreachable from 'start'")
    if not any(isinstance(n, EndNode | GotoNode) for n in nodes.values()):
        top("no 'end' or 'goto' node: the dialog can never finish")
    urgent = data.get("urgent_categories") or []
    understood_as = data.get("understood_as") or {}
    if not isinstance(understood_as, Mapping) or not all(v in slots for v in understood_as.values()):
        top("'understood_as' maps a value the words give (since, ...) to a slot of this flow")
    return Flow(
        id=str(flow_id),
        path=path,
        start=str(start),
        nodes=nodes,
        urgent_categories=frozenset(map(str, urgent)),
        progress_order=tuple(n.id for n in nodes.values() if n.progress),
        understood_as={str(k): str(v) for k, v in understood_as.items()},
    )


def _reachable(start: str, nodes: Mapping[str, Node]) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        todo.extend(nodes[current].targets() - seen)
    return seen


def load_flow(path: Path) -> Flow:
    try:
        data = yaml_text.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise FlowError(f"{path}: not valid YAML: {exc}") from exc
    return parse_flow(str(path), data)


def check_references(flows: Mapping[str, Flow], locale_keys: Mapping[str, set[str]]) -> None:
    """Cross-file checks: goto targets exist, every locale key exists in every language."""
    for flow in flows.values():
        for node in flow.nodes.values():
            fail = _failer(flow.path, node.id)
            if isinstance(node, GotoNode) and node.raw["flow"] not in flows:
                fail(f"goes to unknown flow '{node.raw['flow']}'")
            for key in node.locale_keys():
                for lang, keys in locale_keys.items():
                    if key not in keys:
                        fail(f"locale key '{key}' is missing in locales/{lang}.yaml")


def all_locale_keys(flows: Iterable[Flow]) -> set[str]:
    return {key for flow in flows for node in flow.nodes.values() for key in node.locale_keys()}
