"""YAML read as ``yaml.safe_load`` reads it, with libyaml's parser when PyYAML has it.

The same data (PyYAML's safe constructors and resolvers: a test compares every shipped file),
without the pure-Python parser's tokens, events and nodes, whose leftovers in the allocator were
~0.4 MB resident at idle for the flows, locales and config read at start (issue 18)."""

from __future__ import annotations

from typing import Any

import yaml

SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str) -> Any:
    """``yaml.safe_load(text)``; raises ``yaml.YAMLError`` as it does."""
    return yaml.load(text, Loader=SAFE_LOADER)  # noqa: S506 (safe constructors only)
