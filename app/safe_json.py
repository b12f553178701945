"""JSON from outside, parsed within limits: a size cap and a nesting cap checked before parsing.

``json.loads`` recurses once per level: a body of 100,000 ``[`` raises RecursionError, which
took down the webhook's request (a 500) and the JSONL console (it exited). A Telegram update is a
few kilobytes and a handful of levels deep, so the caps below are generous for real input and
cut hostile input before the parser sees it.
"""

from __future__ import annotations

import json
import re
from typing import Any

#: a Telegram update is a few KB (a 4,096-character text with its entities is under 64 KB)
MAX_BYTES = 1 << 20
#: an update is about 6 levels deep (update → message → reply_to_message → ... → entities)
MAX_DEPTH = 32

# strings are skipped whole (brackets inside them do not count); the scan runs in C
_TOKENS = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]', re.DOTALL)


class BadJSON(ValueError):
    """The input is not JSON we accept; ``str()`` is a short reason fit for the sender."""


def nesting_depth(text: str, stop_above: int | None = None) -> int:
    """The deepest nesting of objects and arrays in ``text`` (strings ignored); the scan stops
    as soon as the depth passes ``stop_above``."""
    depth = deepest = 0
    for match in _TOKENS.finditer(text):
        bracket = match.group()
        if bracket in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if stop_above is not None and depth > stop_above:
                    break
        elif bracket in "]}":
            depth -= 1
    return deepest


def loads_limited(data: bytes | str, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH) -> Any:
    """Parse ``data`` or raise BadJSON with a reason (too large, too deeply nested, not JSON)."""
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        raise BadJSON(f"too large: at most {max_bytes} bytes")
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        raise BadJSON("not UTF-8") from None
    if nesting_depth(text, stop_above=max_depth) > max_depth:
        raise BadJSON(f"nested too deeply: at most {max_depth} levels")
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise BadJSON("not JSON") from None
