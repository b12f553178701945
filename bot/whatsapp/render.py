"""Replies shaped to WhatsApp's limits, the way RapidPro's courier does it.

Up to 3 options go out as reply buttons, 4 to 10 as a list message, more as numbered text (she
answers with the number, which the engine understands). A button title holds 20 characters and
a list row's 24: a longer label is shortened there and said in full in the message (a row's
description, up to 72, or the numbered lines of the body). A text message holds 4,096
characters, the body of an interactive one 1,024: longer texts are split at a paragraph, a line
or a word. A button's id is the option's data (``<seq>:<option>``), so a pressed button comes
back as Telegram's callback data does and the engine checks it against the current question.
"""

from __future__ import annotations

from typing import Any

from bot.outgoing import split_text
from bot.whatsapp.convert import READ_HELD
from flows.types import Option, Reply

TEXT_LIMIT = 4096
BODY_LIMIT = 1024
BUTTON_TITLE = 20
ROW_TITLE = 24
ROW_DESCRIPTION = 72
MAX_BUTTONS = 3
MAX_ROWS = 10
MENU_BUTTON = "Pilih / Choose"


def shorten(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def _titles(options: tuple[Option, ...], limit: int) -> list[str]:
    """Short titles, unique as WhatsApp requires (numbered when shortening made two alike)."""
    titles = [shorten(o.label, limit) for o in options]
    if len(set(titles)) < len(titles):
        titles = [shorten(f"{n}. {o.label}", limit) for n, o in enumerate(options, 1)]
    return titles


def _with_labels(text: str, options: tuple[Option, ...], limit: int) -> str:
    """The full labels in the body when a title cannot hold them (the engine usually lists them)."""
    missing = [o.label for o in options if len(o.label) > limit and o.label not in text]
    if not missing:
        return text
    return text + "\n\n" + "\n".join(f"• {label}" for label in missing)


def text_payloads(text: str) -> list[dict[str, Any]]:
    return [{"type": "text", "text": {"body": part, "preview_url": False}} for part in split_text(text, TEXT_LIMIT)]


def _split_for_body(text: str) -> tuple[list[str], str]:
    """Texts to send first, and the last part (≤ 1,024) to carry the buttons."""
    parts = split_text(text, TEXT_LIMIT) or [""]
    tail = split_text(parts.pop(), BODY_LIMIT) or [""]
    return parts + tail[:-1], tail[-1]


def reply_payloads(reply: Reply) -> list[dict[str, Any]]:
    """One reply as the messages to send, in order (without the recipient)."""
    options = reply.options
    if not options or len(options) > MAX_ROWS:
        return text_payloads(reply.text)
    limit = BUTTON_TITLE if len(options) <= MAX_BUTTONS else ROW_TITLE
    text = _with_labels(reply.text, options, ROW_DESCRIPTION if limit == ROW_TITLE else limit)
    before, body = _split_for_body(text)
    payloads = [{"type": "text", "text": {"body": part, "preview_url": False}} for part in before]
    titles = _titles(options, limit)
    if len(options) <= MAX_BUTTONS:
        action: dict[str, Any] = {
            "buttons": [
                {"type": "reply", "reply": {"id": o.data, "title": title}}
                for o, title in zip(options, titles, strict=True)
            ]
        }
        kind = "button"
    else:
        rows = []
        for o, title in zip(options, titles, strict=True):
            row: dict[str, Any] = {"id": o.data, "title": title}
            if title != o.label:
                row["description"] = shorten(o.label, ROW_DESCRIPTION)
            rows.append(row)
        action = {"button": MENU_BUTTON, "sections": [{"title": shorten("Pilihan", ROW_TITLE), "rows": rows}]}
        kind = "list"
    payloads.append({"type": "interactive", "interactive": {"type": kind, "body": {"text": body}, "action": action}})
    return payloads


def template_payload(name: str, language: str, button: bool = False) -> dict[str, Any]:
    """The approved "there is news, reply to read it" template: no case details in it. With
    ``button`` its quick reply carries READ_HELD, so a press releases what waits."""
    template: dict[str, Any] = {"name": name, "language": {"code": language}}
    if button:
        template["components"] = [
            {
                "type": "button",
                "sub_type": "quick_reply",
                "index": "0",
                "parameters": [{"type": "payload", "payload": READ_HELD}],
            }
        ]
    return {"type": "template", "template": template}
