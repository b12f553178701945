"""The console channel: chat with the bot in a terminal, or as JSON lines for tests and tools.

It is a real channel, not a test double: the same service, engine and storage as Telegram. In
``--jsonl`` mode each stdin line is ``{"text": ...}`` or ``{"choice": "<option id>"}`` and each bot
message is printed as ``{"type": "message", "text": ..., "options": [...]}``, followed by
``{"type": "await", "node": ..., "input": ...}`` when the bot waits for an answer, or by
``{"type": "done"}`` when the dialog ended (the next message starts again from the menu).
"""

from __future__ import annotations

import asyncio
import json
import mimetypes
import sys
import uuid
from pathlib import Path
from typing import Any, TextIO, get_args

from app.safe_json import BadJSON, loads_limited
from app.service import Delivery, DialogService
from flows.types import Inbound, Media, MediaKind
from storage.api import StorageError

CHANNEL = "console"
#: how long a turn is retried while the database is down before the console gives up on it
STORAGE_RETRY_SECONDS = 30.0
MEDIA_KINDS = frozenset(get_args(MediaKind))
FILE_PREFIXES = ("!file ", "!foto ", "!photo ", "!suara ", "!voice ")
#: one JSONL line: a message of 4,096 characters with room to spare
MAX_LINE_BYTES = 64 * 1024


def _of_type(value: Any, kind: type) -> Any:
    """A field of a JSONL line, or None when it is not of the expected kind."""
    return value if isinstance(value, kind) and not isinstance(value, bool) else None


def _size(value: Any) -> int | None:
    """A file size the attachments column can hold (a bigger one failed the filing turn)."""
    size = _of_type(value, int)
    return size if size is not None and 0 <= size < 2**53 else None


class ConsoleChannel:
    def __init__(
        self,
        service: DialogService,
        chat_id: str = "1",
        *,
        jsonl: bool = False,
        stdin: TextIO | None = None,
        stdout: TextIO | None = None,
    ) -> None:
        self.service = service
        self.chat_id = chat_id
        self.jsonl = jsonl
        self.stdin = stdin or sys.stdin
        self.stdout = stdout or sys.stdout
        self.last_buttons: dict[str, str] = {}
        #: messages on the (imagined) phone since the last discreet clean-up
        self.shown = 0

    # ------------------------------------------------------------------ input
    def inbound(self, **fields: Any) -> Inbound:
        return Inbound(CHANNEL, self.chat_id, f"{CHANNEL}:{self.chat_id}:{uuid.uuid4().hex}", self.chat_id, **fields)

    def parse_line(self, line: str) -> Inbound | None:
        if self.jsonl:
            try:
                data = loads_limited(line, max_bytes=MAX_LINE_BYTES)
            except BadJSON as exc:
                self.emit({"type": "error", "error": f'{exc}: expected {{"text": ...}} or {{"choice": ...}}'})
                return None
            if not isinstance(data, dict):
                self.emit({"type": "error", "error": "expected a JSON object"})
                return None
            if "choice" in data:
                return self.inbound(choice=self.last_buttons.get(str(data["choice"]), str(data["choice"])))
            if "contact" in data:
                return self.inbound(contact_phone=str(data["contact"]))
            if "media" in data and isinstance(data["media"], dict):
                media = data["media"]
                kind = str(media.get("kind", "document"))
                return self.inbound(
                    media=Media(
                        kind if kind in MEDIA_KINDS else "document",  # type: ignore[arg-type]
                        str(media.get("file_id", "")),
                        _size(media.get("size")),
                        (_of_type(media.get("mime_type"), str) or "")[:100] or None,
                        (_of_type(media.get("file_name"), str) or "")[:255] or None,
                    )
                )
            return self.inbound(text=str(data.get("text", "")))
        text = line.rstrip("\n")
        lowered = text.lower()
        for prefix in FILE_PREFIXES:
            if lowered.startswith(prefix):
                return self.file_inbound(text[len(prefix) :].strip(), prefix)
        return self.inbound(text=text)

    def file_inbound(self, path_text: str, prefix: str) -> Inbound:
        path = Path(path_text).expanduser()
        kind: MediaKind = (
            "voice"
            if prefix.strip() in ("!suara", "!voice")
            else "photo"
            if prefix.strip() in ("!foto", "!photo")
            else "document"
        )
        size = path.stat().st_size if path.is_file() else None
        mime = mimetypes.guess_type(path.name)[0]
        return self.inbound(media=Media(kind, f"console:{path}", size, mime, path.name))

    # ------------------------------------------------------------------ output
    def emit(self, obj: dict[str, Any]) -> None:
        self.stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
        self.stdout.flush()

    def show(self, delivery: Delivery) -> None:
        if delivery.discreet and self.shown:
            # what Telegram would delete from the phone in discreet mode: the earlier messages
            if self.jsonl:
                self.emit({"type": "deleted", "count": self.shown})
            else:
                self.stdout.write(f"\n[mode rahasia: {self.shown} pesan sebelumnya dihapus dari HP]\n")
            self.shown = 0
        self.shown += len(delivery.replies) + 1  # the bot's replies and the message that caused them
        self.last_buttons = {}
        for reply in delivery.replies:
            for option in reply.options:
                self.last_buttons[option.id] = option.data
            if self.jsonl:
                self.emit(
                    {
                        "type": "message",
                        "text": reply.text,
                        "options": [{"id": o.id, "label": o.label} for o in reply.options],
                    }
                )
            else:
                self.stdout.write("\n" + reply.text + "\n")
                if reply.options:
                    self.stdout.write("   " + "  ".join(f"[{o.label}]" for o in reply.options) + "\n")
        if delivery.awaiting is None and self.jsonl:
            self.emit({"type": "done"})  # the dialog ended; any message starts again
        if delivery.awaiting is not None:
            if self.jsonl:
                self.emit({"type": "await", "node": delivery.awaiting.node, "input": delivery.awaiting.input})
            elif delivery.awaiting.input == "media":
                self.stdout.write(
                    "   (konsol: '!file <path>' melampirkan berkas; 'lewati' atau 'selesai' untuk lanjut)\n"
                )
        if not self.jsonl:
            self.stdout.write("> ")
        self.stdout.flush()

    # ------------------------------------------------------------------ loop
    async def deliver(self, inbound: Inbound) -> None:
        """Run one turn; while the database is down, retry the same update (same key: no double)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + STORAGE_RETRY_SECONDS
        delay = 0.2
        while True:
            try:
                delivery = await self.service.handle(inbound)
                break
            except StorageError:
                if loop.time() > deadline:
                    self.notice("storage_down")
                    return
                await asyncio.sleep(delay)
                delay = min(delay * 2, 3.0)
        if delivery is not None:
            self.show(delivery)
            try:
                await self.service.delivered(inbound)
            except StorageError:
                pass  # shown already; at worst a redelivery would show it again

    def notice(self, code: str) -> None:
        message = "Maaf, sistem sedang bermasalah. Pesan Anda belum tersimpan: coba kirim lagi sebentar lagi."
        if self.jsonl:
            self.emit({"type": "error", "error": code, "text": message})
        else:
            self.stdout.write("\n" + message + "\n> ")
            self.stdout.flush()

    async def send_file(self, chat_id: str, name: str, mime: str, data: bytes) -> None:
        """A mediator's file: the console has no phone to put it on; it names it and its size."""
        if chat_id != self.chat_id:
            raise LookupError("that console chat is not open")
        line = f"[berkas dari petugas: {name}, {max(1, len(data) // 1024)} KB]"
        if self.jsonl:
            self.emit({"file": {"name": name, "mime": mime, "bytes": len(data)}})
        else:
            print(line, flush=True)

    async def send(self, chat_id: str, delivery: Delivery) -> None:
        """Deliver an outbox message (a mediator's message, a status notice) to this console chat."""
        if chat_id != self.chat_id:
            raise LookupError("that console chat is not open")
        self.show(delivery)

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        await self.deliver(self.inbound(text="/start"))
        while True:
            line = await loop.run_in_executor(None, self.stdin.readline)
            if not line:
                return 0
            if not line.strip() and self.jsonl:
                continue
            inbound = self.parse_line(line)
            if inbound is not None:
                await self.deliver(inbound)
