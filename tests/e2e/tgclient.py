"""The Telegram Bot API emulator for tests, and a simulated user who talks to the bot through it.

The emulator is the npm package telegram-test-api (pinned in tests/e2e/emulator) behind our
launcher, which fixes what real bot frameworks need (tests/e2e/emulator/README.md). Everything
runs on 127.0.0.1, on free ports, and is stopped in a finaliser.
"""

from __future__ import annotations

import base64
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from tests.support.processes import stop

EMULATOR_DIR = Path(__file__).resolve().parent / "emulator"
TOKEN = "123456:TEST-token_for-the-emulator"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def emulator() -> Iterator[str]:
    """Start the emulator; yield its base URL (e.g. http://127.0.0.1:41234)."""
    if not (EMULATOR_DIR / "node_modules" / "telegram-test-api").exists():
        raise RuntimeError("the emulator is not installed: run `make emulator` (npm ci in tests/e2e/emulator)")
    port = free_port()
    proc = subprocess.Popen(
        ["node", "launch.js", "--port", str(port)],
        cwd=EMULATOR_DIR,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()
        if not line.startswith("READY"):
            raise RuntimeError(f"the emulator did not start: {line}{proc.stdout.read(2000) if proc.poll() else ''}")
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(proc, patience=5)


@dataclass
class BotMessage:
    message_id: int
    text: str
    buttons: list[dict[str, Any]] = field(default_factory=list)
    keyboard: list[dict[str, Any]] = field(default_factory=list)

    def button(self, label_or_data: str) -> dict[str, Any]:
        for b in self.buttons:
            if label_or_data in (b.get("text"), b.get("callback_data")) or str(b.get("callback_data", "")).endswith(
                ":" + label_or_data
            ):
                return b
        raise KeyError(f"no button {label_or_data!r} in {[b.get('text') for b in self.buttons]}")


class User:
    """A person in a private chat with the bot, on the emulator."""

    def __init__(self, base_url: str, user_id: int, first_name: str = "Siti", token: str = TOKEN) -> None:
        self.base = base_url
        self.user_id = user_id
        self.first_name = first_name
        self.token = token
        self.http = httpx.Client(base_url=base_url, timeout=10)
        self.seen = 0

    def _chat(self) -> dict[str, Any]:
        return {"id": self.user_id, "type": "private", "first_name": self.first_name}

    def _from(self) -> dict[str, Any]:
        return {"id": self.user_id, "is_bot": False, "first_name": self.first_name, "language_code": "id"}

    def _send(self, message: dict[str, Any]) -> None:
        body = {"botToken": self.token, "from": self._from(), "chat": self._chat(), "date": int(time.time()), **message}
        self.http.post("/sendMessage", json=body).raise_for_status()

    def say(self, text: str) -> None:
        self._send({"text": text})

    def press(self, button: dict[str, Any], message_id: int = 1) -> None:
        body = {
            "botToken": self.token,
            "from": self._from(),
            "data": button["callback_data"],
            "message": {"message_id": message_id, "chat": self._chat(), "date": int(time.time()), "text": "."},
        }
        self.http.post("/sendCallback", json=body).raise_for_status()

    def press_data(self, data: str, message_id: int = 1) -> None:
        self.press({"callback_data": data}, message_id)

    def upload(self, content: bytes) -> str:
        answer = self.http.post("/control/upload", json={"content_base64": base64.b64encode(content).decode()})
        return str(answer.json()["file_id"])

    def send_photo(self, content: bytes, caption: str | None = None) -> str:
        file_id = self.upload(content)
        sizes = [{"file_id": file_id, "file_unique_id": file_id, "width": 90, "height": 90, "file_size": len(content)}]
        self._send({"photo": sizes, **({"caption": caption} if caption else {})})
        return file_id

    def send_document(self, content: bytes, name: str = "kontrak.pdf") -> str:
        file_id = self.upload(content)
        self._send(
            {
                "document": {
                    "file_id": file_id,
                    "file_unique_id": file_id,
                    "file_name": name,
                    "mime_type": "application/pdf",
                    "file_size": len(content),
                }
            }
        )
        return file_id

    def send_voice(self, content: bytes) -> str:
        file_id = self.upload(content)
        self._send(
            {
                "voice": {
                    "file_id": file_id,
                    "file_unique_id": file_id,
                    "duration": 3,
                    "mime_type": "audio/ogg",
                    "file_size": len(content),
                }
            }
        )
        return file_id

    def send_sticker(self) -> None:
        self._send(
            {
                "sticker": {
                    "file_id": "sticker-1",
                    "file_unique_id": "s1",
                    "width": 512,
                    "height": 512,
                    "is_animated": False,
                    "is_video": False,
                    "type": "regular",
                }
            }
        )

    def send_contact(self, phone: str) -> None:
        self._send({"contact": {"phone_number": phone, "first_name": self.first_name, "user_id": self.user_id}})

    def send_location(self) -> None:
        self._send({"location": {"latitude": 3.139, "longitude": 101.6869}})

    def control(self) -> dict[str, Any]:
        return dict(self.http.post("/control/botMessages", json={"token": self.token, "chatId": self.user_id}).json())

    def messages(self) -> list[BotMessage]:
        out = []
        for m in self.control()["result"]:
            markup = m.get("reply_markup") or {}
            buttons = [b for row in markup.get("inline_keyboard", []) for b in row]
            keyboard = [b for row in markup.get("keyboard", []) for b in row]
            out.append(BotMessage(m["message_id"], m.get("text") or "", buttons, keyboard))
        return out

    def documents(self) -> list[tuple[str, bytes]]:
        """Files the bot sent this user (sendDocument): (file name, bytes)."""
        return [
            (d["filename"], base64.b64decode(d["content_base64"]))
            for d in self.control()["documents"]
            if d["chat_id"] == self.user_id
        ]

    def deleted(self) -> list[int]:
        return [d["message_id"] for d in self.control()["deleted"] if d["chat_id"] == self.user_id]

    def wait(self, count: int = 1, timeout: float = 15.0) -> list[BotMessage]:
        """Wait for ``count`` new bot messages after those already seen; return them."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            messages = self.messages()
            if len(messages) >= self.seen + count:
                new = messages[self.seen :]
                self.seen = len(messages)
                return new
            time.sleep(0.05)
        got = self.messages()[self.seen :]
        raise AssertionError(f"expected {count} new bot message(s), got {len(got)}: {[m.text[:60] for m in got]}")

    def wait_until(self, fragment: str, timeout: float = 15.0) -> list[BotMessage]:
        """Wait until a new bot message contains ``fragment``; return every new message up to it."""
        deadline = time.monotonic() + timeout
        collected: list[BotMessage] = []
        while time.monotonic() < deadline:
            messages = self.messages()
            new = messages[self.seen :]
            for i, m in enumerate(new):
                if fragment in m.text:
                    collected = new[: i + 1]
                    self.seen += i + 1
                    return collected
            time.sleep(0.05)
        raise AssertionError(
            f"no bot message with {fragment!r}; new: {[m.text[:60] for m in self.messages()[self.seen :]]}"
        )

    def settle(self, quiet: float = 0.6, timeout: float = 15.0) -> list[BotMessage]:
        """Collect new messages until none arrive for ``quiet`` seconds."""
        deadline = time.monotonic() + timeout
        last = len(self.messages())
        still = time.monotonic()
        while time.monotonic() < deadline:
            time.sleep(0.05)
            now = len(self.messages())
            if now != last:
                last, still = now, time.monotonic()
            elif time.monotonic() - still >= quiet:
                break
        new = self.messages()[self.seen :]
        self.seen += len(new)
        return new


def fail_next_sends(base_url: str, count: int, retry_after: int = 1) -> None:
    httpx.post(f"{base_url}/control/fail429", json={"count": count, "retry_after": retry_after}, timeout=5)


def inject_send_faults(
    base_url: str,
    sequence: tuple[str, ...] = (),
    for_ms: int = 0,
    mode: str = "502",
    hold_ms: int = 1500,
    hang_after: int | None = None,
) -> None:
    """The next sendMessage calls fail, one per item of ``sequence`` ("502", or "hang": held for
    ``hold_ms`` then dropped unanswered), and then every call for ``for_ms`` ms fails with ``mode``
    (the window opens when the sequence is spent, so slow hangs cannot use it up).
    With ``hang_after``, every call hangs once that many messages were stored (the API stalls
    at a known point; a later call without it lifts the stall)."""
    body = {"sequence": list(sequence), "for_ms": for_ms, "mode": mode, "hold_ms": hold_ms, "hang_after": hang_after}
    httpx.post(f"{base_url}/control/faults", json=body, timeout=5).raise_for_status()
