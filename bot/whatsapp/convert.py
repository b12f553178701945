"""Cloud API webhook JSON → inbounds and delivery statuses. Pure, and never raises.

One POST may hold several entries, each several changes, each messages and statuses mixed
(Meta's documented shape, and courier's and pywa's fixtures). A conversation is one number of
ours and one sender: its chat id is ``<phone_number_id>:<wa_id>``, so replies leave from the
number she wrote to. The wa_id *is* her phone number: it goes into the encrypted chat id and
the keyed hashes storage makes, and nowhere else.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flows.types import Inbound, Media, MediaKind

CHANNEL = "whatsapp"
#: the payload of the template's quick-reply button: "show me what is waiting"
READ_HELD = "pmi:read_held"


@dataclass(frozen=True)
class Incoming:
    """One message she sent, as the inbounds the engine runs (a photo with words is two)."""

    phone_number_id: str
    wa_id: str
    message_id: str
    inbounds: tuple[Inbound, ...]
    #: she pressed the template's button: release what was held, nothing for the dialog
    read_held: bool = False

    @property
    def chat_id(self) -> str:
        return chat_id_of(self.phone_number_id, self.wa_id)


@dataclass(frozen=True)
class Status:
    """What became of a message we sent: sent, delivered, read or failed (with Meta's codes)."""

    phone_number_id: str
    message_id: str
    status: str
    error_codes: tuple[int, ...] = ()


@dataclass(frozen=True)
class Converted:
    incoming: tuple[Incoming, ...] = ()
    statuses: tuple[Status, ...] = ()
    #: entries skipped on purpose (another number, a group, a reaction), counted for the logs
    ignored: int = 0


def chat_id_of(phone_number_id: str, wa_id: str) -> str:
    return f"{phone_number_id}:{wa_id}"


def split_chat_id(chat_id: str) -> tuple[str, str]:
    phone_number_id, _, wa_id = chat_id.partition(":")
    return phone_number_id, wa_id


MEDIA_KINDS: dict[str, MediaKind] = {
    "image": "photo",
    "document": "document",
    "audio": "audio",
    "video": "video",
    "sticker": "sticker",
}


def _media(message: dict[str, Any], kind: str) -> tuple[Media, str | None] | None:
    item = message.get(kind)
    if not isinstance(item, dict) or not item.get("id"):
        return None
    ours: MediaKind = "voice" if kind == "audio" and item.get("voice") else MEDIA_KINDS[kind]
    mime = item.get("mime_type") if isinstance(item.get("mime_type"), str) else None
    name = item.get("filename") if isinstance(item.get("filename"), str) else None
    caption = item.get("caption") if isinstance(item.get("caption"), str) else None
    return Media(ours, str(item["id"]), None, mime, name), caption


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _message(value: dict[str, Any], message: Any, phone_number_id: str) -> Incoming | None:
    if not isinstance(message, dict) or message.get("group_id"):
        return None
    wa_id = message.get("from")
    message_id = message.get("id")
    if not isinstance(wa_id, str) or not wa_id or not isinstance(message_id, str) or not message_id:
        return None
    kind = message.get("type")
    if kind in ("reaction", "system", "ephemeral", "request_welcome"):
        return None
    key = f"{CHANNEL}:{message_id}"
    base: dict[str, Any] = {"channel": CHANNEL, "chat_id": chat_id_of(phone_number_id, wa_id), "user_id": wa_id}

    def one(**fields: Any) -> Incoming:
        return Incoming(phone_number_id, wa_id, message_id, (Inbound(update_key=key, **base, **fields),))

    if kind == "text":
        body = _dict(message.get("text")).get("body")
        return one(text=str(body)) if isinstance(body, str) else one()
    if kind == "interactive":
        interactive = _dict(message.get("interactive"))
        reply = interactive.get("button_reply") or interactive.get("list_reply")
        if isinstance(reply, dict) and isinstance(reply.get("id"), str):
            # the option id we sent ("<seq>:<option>"): the engine checks it against the question
            return one(choice=reply["id"])
        return one()
    if kind == "button":  # a template's quick reply
        button = _dict(message.get("button"))
        if button.get("payload") == READ_HELD:
            return Incoming(phone_number_id, wa_id, message_id, (), read_held=True)
        text = button.get("text")
        return one(text=str(text)) if isinstance(text, str) else one()
    if kind == "location":
        where = _dict(message.get("location"))
        try:
            return one(location=(float(where["latitude"]), float(where["longitude"])))
        except (KeyError, TypeError, ValueError):
            return one()
    if kind == "contacts":
        cards = message.get("contacts")
        for card in cards if isinstance(cards, list) else []:
            for phone in card.get("phones", []) if isinstance(card, dict) else []:
                # her own number, shared on purpose: the one way it reaches the mediators
                if isinstance(phone, dict) and phone.get("wa_id") == wa_id and phone.get("phone"):
                    return one(contact_phone=str(phone["phone"]))
        return one()
    if isinstance(kind, str) and kind in MEDIA_KINDS:
        found = _media(message, kind)
        if found is None:
            return one()
        media, caption = found
        inbounds = [Inbound(update_key=f"{key}:m", media=media, **base)]
        if caption and caption.strip():
            # a photo with words: the file first, then the words, so neither is lost
            inbounds.append(Inbound(update_key=f"{key}:t", text=caption, **base))
        return Incoming(phone_number_id, wa_id, message_id, tuple(inbounds))
    # anything else (an order, a poll, "unsupported"): the engine answers kindly and asks again
    return one()


def _status(item: Any, phone_number_id: str) -> Status | None:
    if not isinstance(item, dict) or not isinstance(item.get("id"), str) or not isinstance(item.get("status"), str):
        return None
    codes = tuple(e["code"] for e in item.get("errors") or [] if isinstance(e, dict) and isinstance(e.get("code"), int))
    return Status(phone_number_id, item["id"], item["status"], codes)


def convert(body: Any, numbers: frozenset[str]) -> Converted:
    """Everything in one webhook POST addressed to one of ``numbers`` (our phone number ids)."""
    if not isinstance(body, dict) or body.get("object") != "whatsapp_business_account":
        return Converted(ignored=1)
    incoming: list[Incoming] = []
    statuses: list[Status] = []
    ignored = 0
    for entry in body.get("entry") or []:
        for change in (entry.get("changes") or []) if isinstance(entry, dict) else []:
            value = change.get("value") if isinstance(change, dict) else None
            if not isinstance(value, dict) or change.get("field") != "messages":
                ignored += 1
                continue
            metadata = _dict(value.get("metadata"))
            phone_number_id = str(metadata.get("phone_number_id") or "")
            if phone_number_id not in numbers:
                ignored += 1  # another number of the same business account: not ours to answer
                continue
            for message in value.get("messages") or []:
                found = _message(value, message, phone_number_id)
                if found is None:
                    ignored += 1
                else:
                    incoming.append(found)
            for item in value.get("statuses") or []:
                status = _status(item, phone_number_id)
                if status is not None:
                    statuses.append(status)
    return Converted(tuple(incoming), tuple(statuses), ignored)
