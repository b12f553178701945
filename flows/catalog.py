"""Message catalogs: every string the bot says, by stable key, per language.

Values in ``locales/<lang>.yaml`` are Jinja2 templates, compiled once in a sandbox. User text only
ever enters as a variable, never as template source, so "{{ 7*7 }}" typed by a user stays literal.
A key missing in one language falls back to Indonesian, the complete default.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from jinja2 import ChainableUndefined, TemplateSyntaxError
from jinja2.sandbox import ImmutableSandboxedEnvironment

DEFAULT_LANG = "id"


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


class Catalog:
    """All languages' messages, compiled. ``render(lang, key, **ctx)`` is the one entry point."""

    def __init__(self, messages: dict[str, dict[str, str]], origin: dict[str, str] | None = None) -> None:
        if DEFAULT_LANG not in messages:
            raise CatalogError(f"locales: the default language '{DEFAULT_LANG}' is missing")
        self._env = _environment()
        self.messages = messages
        self._origin = origin or {}
        self._compiled: dict[tuple[str, str], Any] = {}
        #: messages without any template syntax: rendered once (most labels and questions)
        self._static: dict[tuple[str, str], str] = {}
        for lang, entries in messages.items():
            for key, source in entries.items():
                if "{" not in source:
                    self._static[(lang, key)] = source.strip()
                try:
                    self._compiled[(lang, key)] = self._env.from_string(source)
                except TemplateSyntaxError as exc:
                    where = self._origin.get(lang, lang)
                    raise CatalogError(f"{where}: key '{key}': bad template: {exc.message}") from exc

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
        found = self._static.get((lang, key))
        if found is None and (lang, key) not in self._compiled:
            found = self._static.get((DEFAULT_LANG, key))
        return found

    def render(self, lang: str, key: str, /, **context: Any) -> str:
        static = self.static(lang, key)
        if static is not None:
            return static
        template = self._compiled.get((lang, key)) or self._compiled.get((DEFAULT_LANG, key))
        if template is None:
            raise KeyError(f"no message '{key}' in any locale")
        return str(template.render(**context)).strip()


def load_catalog(directory: Path) -> Catalog:
    messages: dict[str, dict[str, str]] = {}
    origin: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except yaml.YAMLError as exc:
            raise CatalogError(f"{path}: not valid YAML: {exc}") from exc
        flat: dict[str, str] = {}
        _flatten("", data, flat, str(path))
        messages[path.stem] = flat
        origin[path.stem] = str(path)
    if not messages:
        raise CatalogError(f"{directory}: no locale files (*.yaml)")
    return Catalog(messages, origin)
