"""A file a mediator sends the reporter (a letter, a form, a list of shelters).

Kept like her evidence: encrypted with her key under <data>/attachments/, an ``attachments`` row
of kind ``to_reporter``, and a ``message_out`` event on the thread that names it. What goes out
follows the rule of a mediator's message (storage/casework.py ``is_held``): to a reporter who
said No to updates or chose discreet mode nothing is sent until she next writes and asks to read
it; otherwise the message that announces the file and the file itself leave through the outbox
(``reporter_message`` then ``reporter_file``), in that order. Erasure removes it with the rest.
"""

from __future__ import annotations

import asyncio
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update

from storage.casework import Actor, _case, check_reachable, record_message_out
from storage.files import remove_durably, write_durably
from storage.models import attachments
from storage.sql_store import SqlStore

#: what a mediator may send, by the first bytes of the file (the name's extension is not trusted)
SIGNATURES: tuple[tuple[bytes, str, str], ...] = (
    (b"%PDF-", "application/pdf", ".pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png", ".png"),
    (b"\xff\xd8\xff", "image/jpeg", ".jpg"),
    (b"PK\x03\x04", "application/zip", ""),  # .docx, .xlsx, .odt: an Office file is a zip
)
OFFICE = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".odt": "application/vnd.oasis.opendocument.text",
}
NAME_MAX = 80
_UNSAFE = re.compile(r"[^\w.\- ()]+")


class FileRefused(ValueError):
    """The file cannot be sent: empty, too large or of a type the reporter's phone may not open
    safely. ``reason`` is one of ``empty``, ``too_large``, ``type``."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class OutgoingFile:
    name: str
    mime: str
    data: bytes


def safe_name(name: str) -> str:
    """A file name a phone shows as is: no path, no control or markup characters, short."""
    name = unicodedata.normalize("NFKC", name).replace("\\", "/").rsplit("/", 1)[-1]
    name = _UNSAFE.sub("_", name).strip(" ._") or "berkas"
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    ext = ext[:10]
    return (stem[: NAME_MAX - len(ext) - 1] + ("." + ext if ext else "")).strip() or "berkas"


def checked(name: str, data: bytes, max_bytes: int) -> OutgoingFile:
    """The file as it will be sent, or FileRefused: its type is read from its bytes."""
    if not data:
        raise FileRefused("empty")
    if len(data) > max_bytes:
        raise FileRefused("too_large")
    name = safe_name(name)
    ext = "." + name.rpartition(".")[2].lower() if "." in name else ""
    for magic, mime, usual in SIGNATURES:
        if data.startswith(magic):
            if mime == "application/zip":
                if ext not in OFFICE:
                    raise FileRefused("type")
                return OutgoingFile(name, OFFICE[ext], data)
            if ext != usual and not (usual == ".jpg" and ext == ".jpeg"):
                name = name + usual  # the phone opens it by its name: the name tells the truth
            return OutgoingFile(name, mime, data)
    raise FileRefused("type")


def announcement(caption: str, name: str) -> str:
    """The message that goes before the file: the mediator's words, and the file's name."""
    caption = caption.strip()
    return f"{caption}\n\n📎 {name}" if caption else f"📎 {name}"


async def send_file_to_reporter(
    store: SqlStore, number: str, file: OutgoingFile, caption: str, now: datetime, actor: Actor | None = None
) -> bool:
    """Keep the file for the case and send it to the reporter (or hold it, as a message is
    held). Returns whether it is held. Raises ReporterUnreachable when the bot can no longer reach her."""
    actor = actor or Actor()
    written: list[Path] = []  # the encrypted copy, removed again if the transaction does not commit
    try:
        async with store.engine.begin() as conn:
            row = await _case(conn, number)
            check_reachable(row, number)
            key = store.keyring.unwrap(row.wrapped_key)
            values = {
                "case_id": row.id,
                "kind": "to_reporter",
                "file_id_enc": key.encrypt(b"to_reporter"),
                "size": len(file.data),
                "mime": file.mime,
                "created_at": now,
            }
            inserted = await conn.execute(insert(attachments).values(**values).returning(attachments.c.id))
            attachment_id = int(inserted.scalar_one())
            path = store._attachment_path(attachment_id)
            written.append(path)
            await asyncio.to_thread(write_durably, path, key.encrypt(file.data))
            await conn.execute(update(attachments).where(attachments.c.id == attachment_id).values(path=str(path)))
            described = {"attachment_id": attachment_id, "name": file.name, "mime": file.mime}
            text = announcement(caption, file.name)
            held = await record_message_out(store, conn, row, number, text, now, actor, described)
            if not held:  # the file follows the message that names it (held: when she asks to read)
                await store._enqueue(conn, "reporter_file", file_payload(number, attachment_id, file), now)
    except BaseException:
        if written:
            await asyncio.to_thread(remove_durably, written)
        raise
    return held


def file_payload(number: str, attachment_id: int, file: OutgoingFile) -> dict[str, Any]:
    return {"case_number": number, "attachment_id": attachment_id, "name": file.name, "mime": file.mime}


async def sent_file(store: SqlStore, attachment_id: int) -> tuple[str, bytes] | None:
    """A sent file's MIME type and bytes for the mediators' thread (None once erased)."""
    async with store.engine.connect() as conn:
        row = (
            await conn.execute(select(attachments.c.mime, attachments.c.kind).where(attachments.c.id == attachment_id))
        ).first()
    if row is None or row.kind != "to_reporter":
        return None
    data = await store.read_attachment(attachment_id)
    return None if data is None else (str(row.mime or "application/octet-stream"), data)
