"""Shaping replies for Telegram, and keeping to its sending limits.

Telegram counts a message's length in UTF-16 code units (an emoji can be two), at most 4,096.
Long texts are split at a paragraph, a line or a word, never inside a character. The limits:
about 30 messages a second in all and about one a second to one chat; a 429 says how long to wait.
"""

from __future__ import annotations

from typing import Any

from bot.outgoing import RateLimiter, utf16_len
from bot.outgoing import split_text as _split
from flows.types import Reply

LIMIT = 4096


def markup_for(reply: Reply) -> dict[str, Any] | None:
    """Inline buttons (two to a row when short), or the 'share my number' keyboard."""
    if reply.request_contact:
        rows: list[list[dict[str, Any]]] = [
            [{"text": "📱 Kirim nomor saya / Share my number", "request_contact": True}]
        ]
        rows += [[{"text": o.label}] for o in reply.options]
        return {"keyboard": rows, "resize_keyboard": True, "one_time_keyboard": True}
    if not reply.options:
        return {"remove_keyboard": True} if reply.remove_keyboard else None
    buttons = [{"text": o.label, "callback_data": o.data[:64]} for o in reply.options]
    rows = []
    row: list[dict[str, Any]] = []
    for button in buttons:
        short = len(button["text"]) <= 14
        if row and (not short or len(row) == 2 or len(row[0]["text"]) > 14):
            rows.append(row)
            row = []
        row.append(button)
    if row:
        rows.append(row)
    return {"inline_keyboard": rows}


def split_text(text: str, limit: int = LIMIT) -> list[str]:
    """Telegram's split: at most 4,096 UTF-16 code units a message."""
    return _split(text, limit)


__all__ = ["LIMIT", "RateLimiter", "markup_for", "split_text", "utf16_len"]
