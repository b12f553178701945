"""Telegram update JSON → Inbound values. Pure, and never raises on a malformed update."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flows.types import Inbound, Media, MediaKind

CHANNEL = "telegram"


#: not frozen: a frozen dataclass's __init__ sets each field through object.__setattr__, five
#: times a plain one's, and one is made per turn (never changed after; docs/decisions/0014)
@dataclass(slots=True)
class Converted:
    """What one update means: inbounds to run (in order), or why it is ignored on purpose."""

    inbounds: tuple[Inbound, ...] = ()
    ignored: str | None = None
    callback_id: str | None = None
    chat_id: str | None = None
    message_id: int | None = None


def _ignore(reason: str) -> Converted:
    return Converted(ignored=reason)


def _media(message: dict[str, Any]) -> Media | None:
    photos = message.get("photo")
    if isinstance(photos, list) and photos:
        best = max((p for p in photos if isinstance(p, dict)), key=lambda p: p.get("file_size") or 0, default=None)
        if best and best.get("file_id"):
            return Media("photo", str(best["file_id"]), _size(best.get("file_size")), "image/jpeg")
    kinds: tuple[MediaKind, ...] = ("document", "voice", "audio", "video", "video_note", "sticker", "animation")
    for kind in kinds:
        item = message.get(kind)
        if isinstance(item, dict) and item.get("file_id"):
            return Media(
                kind,
                str(item["file_id"]),
                _size(item.get("file_size")),
                _text(item.get("mime_type"), MIME_MAX),
                _text(item.get("file_name"), NAME_MAX),
            )
    return None


#: the widths of the attachment columns: a longer value made the whole turn (the filing turn,
#: with every answer) fail in the database, again on every try
MIME_MAX = 100
NAME_MAX = 255


def _size(value: Any) -> int | None:
    """A file size as Telegram sends it (at most 2 GB), else unknown."""
    return value if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**53 else None


def _text(value: Any, limit: int) -> str | None:
    return value[:limit] if isinstance(value, str) else None


def convert(update: Any) -> Converted:
    if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
        return _ignore("malformed")
    # dedup keys name the message, not the update: Telegram may start update ids again (after a
    # week without updates, or for a new bot), and an old key must never swallow a new message
    fallback = f"{CHANNEL}:u{update['update_id']}"
    query = update.get("callback_query")
    if isinstance(query, dict):
        message: dict[str, Any] = query["message"] if isinstance(query.get("message"), dict) else {}
        chat: dict[str, Any] = message["chat"] if isinstance(message.get("chat"), dict) else {}
        user: dict[str, Any] = query["from"] if isinstance(query.get("from"), dict) else {}
        if chat.get("type", "private") != "private" or "id" not in user:
            return _ignore("not a private chat")
        chat_id = str(chat.get("id", user["id"]))
        data = query.get("data")
        query_id = query.get("id")
        # a callback query's id is unique for good (not a counter that restarts)
        key = f"{CHANNEL}:cb:{query_id}" if isinstance(query_id, str) and query_id else fallback
        inbound = Inbound(CHANNEL, chat_id, key, str(user["id"]), choice=str(data) if data is not None else "")
        return Converted((inbound,), callback_id=str(query.get("id", "")), chat_id=chat_id)
    if "edited_message" in update:
        # the dialog has moved on since the original; answering an edit would answer twice
        return _ignore("edited message")
    if "channel_post" in update or "edited_channel_post" in update:
        return _ignore("channel post")
    raw = update.get("message")
    if not isinstance(raw, dict):
        return _ignore("not a message")
    message = raw
    where = message.get("chat")
    sender = message.get("from")
    if not isinstance(where, dict) or "id" not in where or not isinstance(sender, dict) or "id" not in sender:
        return _ignore("malformed")
    if where.get("type") != "private":
        return _ignore("group message")
    if sender.get("is_bot"):
        return _ignore("from a bot")
    chat_id = str(where["id"])
    user_id = str(sender["id"])
    message_id = message.get("message_id") if isinstance(message.get("message_id"), int) else None
    # a message id is unique within its chat and never reused there
    key = f"{CHANNEL}:{chat_id}:{message_id}" if message_id is not None else fallback
    base: dict[str, Any] = {"channel": CHANNEL, "chat_id": chat_id, "user_id": user_id}
    text = message.get("text")
    if isinstance(text, str):
        return Converted((Inbound(update_key=key, text=text, **base),), chat_id=chat_id, message_id=message_id)
    contact = message.get("contact")
    if isinstance(contact, dict):
        if str(contact.get("user_id")) == user_id and contact.get("phone_number"):
            return Converted(
                (Inbound(update_key=key, contact_phone=str(contact["phone_number"]), **base),),
                chat_id=chat_id,
                message_id=message_id,
            )
        return Converted((Inbound(update_key=key, **base),), chat_id=chat_id, message_id=message_id)
    location = message.get("location")
    if isinstance(location, dict):
        try:
            point = (float(location["latitude"]), float(location["longitude"]))
        except (KeyError, TypeError, ValueError):
            return _ignore("malformed")
        return Converted((Inbound(update_key=key, location=point, **base),), chat_id=chat_id, message_id=message_id)
    media = _media(message)
    if media is not None:
        inbounds = [Inbound(update_key=f"{key}:m", media=media, **base)]
        caption = message.get("caption")
        if isinstance(caption, str) and caption.strip():
            # a photo with words: the file first, then the words, so neither is lost
            inbounds.append(Inbound(update_key=f"{key}:t", text=caption, **base))
        return Converted(tuple(inbounds), chat_id=chat_id, message_id=message_id)
    # anything else (a poll, a dice, a venue...): the engine answers kindly and asks again
    return Converted((Inbound(update_key=key, **base),), chat_id=chat_id, message_id=message_id)
