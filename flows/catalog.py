"""Message catalogs: every string the bot says, by stable key, per language.

Values in ``locales/<lang>.yaml`` are Jinja2 templates, compiled once in a sandbox. User text only
ever enters as a variable, never as template source, so "{{ 7*7 }}" typed by a user stays literal.
A key missing in one language falls back to Indonesian, the complete default.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from jinja2 import ChainableUndefined, Template, TemplateSyntaxError, meta, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

from flows import yaml_text

DEFAULT_LANG = "id"
#: a variable the context does not have (renders as nothing, like Jinja's undefined)
MISSING: Any = type("Missing", (), {"__repr__": lambda self: "MISSING"})()
#: at most this many rendered messages are remembered (see ``Message.render``)
MEMO_SIZE = 4096


class CatalogError(Exception):
    """A locale file is malformed; the message names the file and the key."""


def _flatten(prefix: str, node: Any, out: dict[str, str], origin: str) -> None:
    if isinstance(node, Mapping):
        for key, value in node.items():
            if isinstance(key, bool):  # YAML 1.1 reads a bare yes/no key as a boolean
                key = "yes" if key else "no"
            _flatten(f"{prefix}.{key}" if prefix else str(key), value, out, origin)
    elif isinstance(node, str):
        out[prefix] = node
    elif isinstance(node, int | float | bool):
        out[prefix] = str(node)
    else:
        raise CatalogError(f"{origin}: key '{prefix}' must be text, not {type(node).__name__}")


def _environment() -> ImmutableSandboxedEnvironment:
    env = ImmutableSandboxedEnvironment(
        autoescape=False,
        undefined=ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    return env


#: (variable, attribute or None): one value a message reads from its context
Path_ = tuple[str, str | None]


@dataclass(slots=True, eq=False)  # identity hash: a cheap memo key
class Message:
    """One compiled message, with what it reads, so the engine renders it cheaply.

    Rendering through Jinja costs ~10 µs (a context per call); the engine renders several
    messages every turn. Two shortcuts give exactly Jinja's output for less:

    - ``parts``: a message that only substitutes values ("{{ n }}. {{ label }}: {{ value }}") is
      joined directly when the values are text or whole numbers; anything else goes to Jinja.
    - ``deps``: any other message is remembered by the values it reads, but only when every one
      is a code the dialog itself defines (an option id, a flag, a number), never user text, so
      no personal data is kept in memory by this cache.
    """

    source: str
    names: frozenset[str]
    parts: tuple[str | Path_, ...] | None
    deps: tuple[Path_, ...]
    env: ImmutableSandboxedEnvironment
    #: compiled at load when the message has template syntax; a message without any (most of
    #: them: ~630 of ~710) is compiled only if something renders it through Jinja after all.
    #: Each compiled template is a Python module's code: ~2 KB and 0.14 ms apiece (issue 18)
    compiled: Template | None = None

    @property
    def template(self) -> Template:
        found = self.compiled
        if found is None:
            found = self.compiled = self.env.from_string(self.source)
        return found

    def render(
        self, context: Mapping[str, Any], memo: dict[Any, str] | None = None, codes: frozenset[Any] = frozenset()
    ) -> str:
        if self.parts is not None:
            joined = self._join(context)
            if joined is not None:
                return joined
        key = self.code_key(context, codes) if memo is not None else None
        if key is not None:
            assert memo is not None
            found = memo.get(key)
            if found is not None:
                return found
        text = str(self.template.render(**context)).strip()
        if key is not None:
            assert memo is not None
            remember(memo, key, text)
        return text

    def join_plain(self, context: Mapping[str, Any]) -> str | None:
        """The words of a message that is only text and plain substitutions, given the values
        it reads; None when it is not such a message (or a value needs Jinja's conversion)."""
        return self._join(context) if self.parts is not None else None

    def _join(self, context: Mapping[str, Any]) -> str | None:
        out = []
        for part in self.parts or ():
            if isinstance(part, str):
                out.append(part)
                continue
            value = _lookup(context, part)
            if value is MISSING:
                continue
            kind = type(value)
            if kind is str:
                out.append(value)
            elif kind is int:
                out.append(str(value))
            else:
                return None  # None, floats, objects: Jinja's own conversion decides
        return "".join(out).strip()

    def code_key(self, context: Mapping[str, Any], codes: frozenset[Any]) -> tuple[Any, ...] | None:
        """This message and the values it reads, if all are codes (else None: not to be kept)."""
        key: list[Any] = [self]
        for path in self.deps:
            value = _lookup(context, path)
            if not is_code(value, codes):
                return None
            key.append((type(value).__name__, value))
        return tuple(key)


def is_code(value: Any, codes: frozenset[Any]) -> bool:
    """A value a remembered text may be keyed by: absent, None, a flag, a whole number, or a string
    the dialog itself defines. User text never is. (Keys pair it with its type: True is not 1.)"""
    kind = type(value)
    return value is MISSING or value is None or kind is bool or kind is int or (kind is str and value in codes)


def remember(memo: dict[Any, Any], key: Any, value: Any) -> Any:
    """Keep ``value`` under ``key``, dropping the oldest entry once the memo holds MEMO_SIZE."""
    if len(memo) >= MEMO_SIZE:
        del memo[next(iter(memo))]
    memo[key] = value
    return value


def _lookup(context: Mapping[str, Any], path: Path_) -> Any:
    value = context.get(path[0], MISSING)
    if path[1] is None or value is MISSING:
        return value
    if isinstance(value, dict):
        return value.get(path[1], MISSING)
    return _Opaque  # an attribute of an object: only Jinja knows


#: a value only Jinja can turn into text (never a cache key, never joined)
_Opaque: Any = object()


def _analyse(template_ast: nodes.Template) -> tuple[frozenset[str], tuple[str | Path_, ...] | None, tuple[Path_, ...]]:
    """The free variables of a message, its substitution parts if it is nothing more, and the
    (variable, attribute) values its output depends on."""
    names = frozenset(meta.find_undeclared_variables(template_ast))
    # dict methods (items, keys, get...) win over keys in Jinja's attribute lookup: never shortcut them
    attrs = [
        (g.node.name, g.attr, id(g.node))
        for g in template_ast.find_all(nodes.Getattr)
        if isinstance(g.node, nodes.Name) and g.node.name in names and not hasattr(dict, g.attr)
    ]
    via_attr = {node_id for _, _, node_id in attrs}
    whole = {n.name for n in template_ast.find_all(nodes.Name) if n.name in names and id(n) not in via_attr}
    deps = sorted({(n, None) for n in whole} | {(n, a) for n, a, _ in attrs if n not in whole}, key=str)
    return names, _substitution_parts(template_ast, names, via_attr), tuple(deps)


def _substitution_parts(
    template_ast: nodes.Template, names: frozenset[str], via_attr: set[int]
) -> tuple[str | Path_, ...] | None:
    """Text and plain ``{{ name }}``/``{{ name.attr }}`` pieces, or None if the message has more."""
    parts: list[str | Path_] = []
    for node in template_ast.body:
        if not isinstance(node, nodes.Output):
            return None
        for item in node.nodes:
            if isinstance(item, nodes.TemplateData):
                parts.append(item.data)
            elif isinstance(item, nodes.Name) and item.name in names:
                parts.append((item.name, None))
            elif isinstance(item, nodes.Getattr) and isinstance(item.node, nodes.Name) and id(item.node) in via_attr:
                parts.append((item.node.name, item.attr))
            else:
                return None
    return tuple(parts)


class Catalog:
    """All languages' messages, compiled. ``render(lang, key, **ctx)`` is the one entry point."""

    def __init__(self, messages: dict[str, dict[str, str]], origin: dict[str, str] | None = None) -> None:
        if DEFAULT_LANG not in messages:
            raise CatalogError(f"locales: the default language '{DEFAULT_LANG}' is missing")
        self._env = _environment()
        self.messages = messages
        self._origin = origin or {}
        self._compiled: dict[tuple[str, str], Message] = {}
        #: messages without any template syntax: rendered once (most labels and questions)
        self._static: dict[tuple[str, str], str] = {}
        for lang, entries in messages.items():
            for key, source in entries.items():
                plain = "{" not in source  # no template syntax: nothing to compile, nothing to fail
                if plain:
                    self._static[(lang, key)] = source.strip()
                try:
                    tree = self._env.parse(source)
                    names, parts, deps = _analyse(tree)
                    # compiled here, not at first use, so that a bad template (an unknown filter is
                    # found only when compiling) fails the load, not a reply
                    template = None if plain else self._env.from_string(tree)
                except TemplateSyntaxError as exc:
                    where = self._origin.get(lang, lang)
                    raise CatalogError(f"{where}: key '{key}': bad template: {exc.message}") from exc
                self._compiled[(lang, key)] = Message(source, names, parts, deps, self._env, template)
        #: per language, every key's static text (Indonesian's where the language lacks the key):
        #: one dict lookup per label, which the engine does a dozen times a turn
        self._static_in: dict[str, dict[str, str]] = {
            lang: {
                key: text
                for key in messages[DEFAULT_LANG].keys() | entries.keys()
                if (text := self._lookup_static(lang, key)) is not None
            }
            for lang, entries in messages.items()
        }

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self.messages)

    def has(self, key: str, lang: str = DEFAULT_LANG) -> bool:
        return key in self.messages.get(lang, {})

    def missing(self, keys: set[str]) -> dict[str, set[str]]:
        """Keys absent per language (for the flow linter and the locale test)."""
        return {lang: keys - set(entries) for lang, entries in self.messages.items() if keys - set(entries)}

    def static(self, lang: str, key: str) -> str | None:
        """The message when it has no variables (no rendering needed), else None."""
        table = self._static_in.get(lang)
        return table.get(key) if table is not None else self._lookup_static(lang, key)

    def _lookup_static(self, lang: str, key: str) -> str | None:
        found = self._static.get((lang, key))
        if found is None and (lang, key) not in self._compiled:
            found = self._static.get((DEFAULT_LANG, key))
        return found

    def message(self, lang: str, key: str) -> Message:
        """The compiled message, falling back to Indonesian."""
        found = self._compiled.get((lang, key)) or self._compiled.get((DEFAULT_LANG, key))
        if found is None:
            raise KeyError(f"no message '{key}' in any locale")
        return found

    def render(self, lang_code: str, message_key: str, /, **context: Any) -> str:
        # (names no template uses: compiled by mypyc, a context "lang" would clash with them)
        static = self.static(lang_code, message_key)
        if static is not None:
            return static
        return self.message(lang_code, message_key).render(context)


def load_catalog(directory: Path) -> Catalog:
    messages: dict[str, dict[str, str]] = {}
    origin: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            data = yaml_text.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise CatalogError(f"{path}: not valid YAML: {exc}") from exc
        flat: dict[str, str] = {}
        _flatten("", data, flat, str(path))
        messages[path.stem] = flat
        origin[path.stem] = str(path)
    if not messages:
        raise CatalogError(f"{directory}: no locale files (*.yaml)")
    return Catalog(messages, origin)
