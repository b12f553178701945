"""A flow's conditions (``when:``, ``next: [{if: ..., to: ...}]``), compiled once by Jinja's
sandbox, with the names each reads, and the transitions they guard. Apart from the nodes
(flows/nodes.py) and the loader (flows/spec.py) because the engine evaluates them every turn."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from jinja2 import meta
from jinja2.sandbox import ImmutableSandboxedEnvironment

_expr_env = ImmutableSandboxedEnvironment()


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
