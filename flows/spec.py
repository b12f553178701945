"""Flow files: load, validate whole, and describe (see docs/FLOW_SPEC.md).

Every error is found at start-up and names the file and the node: an unknown node type or
target, an unreachable node, a dead end, a missing locale key or a condition that uses an unknown
name. At run time the engine can then trust the flow.

The node types are flows/nodes.py, the conditions flows/conditions.py; their names are imported
from here as well (``from flows.spec import ChoiceNode``), so this stays the one door to a flow.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from jinja2.exceptions import TemplateSyntaxError

from flows import yaml_text
from flows.conditions import Condition, Transition, compile_condition
from flows.nodes import (
    ChoiceNode,
    ChoiceOption,
    CodeNode,
    CountryNode,
    DateNode,
    EndNode,
    FamilyCodeNode,
    FileCaseNode,
    GotoNode,
    LongTextNode,
    MediaNode,
    MessageNode,
    MoneyNode,
    MyCasesNode,
    Node,
    NumberNode,
    PhoneNode,
    ProvinceNode,
    RevisitNode,
    SetLanguageNode,
    StatusCheckNode,
    SummaryNode,
    TextNode,
    UnderstoodNode,
    UpdateCaseNode,
    YesNoNode,
)

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


class FlowError(Exception):
    """A flow file is invalid. The message names the file and the node."""


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
