"""`run_bot.py console --jsonl` kept open for a whole test: lines in, the bot's JSON lines out,
read up to a fragment or to the end of a turn (the console says what it awaits next)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.support.transcript import load_script, to_jsonl

ROOT = Path(__file__).resolve().parents[2]


class LiveConsole:
    """One reporter's chat in the console process (``chat``), its errors in ``process.log``."""

    def __init__(self, env: dict[str, str], folder: Path, chat: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(ROOT / "run_bot.py"), "console", "--jsonl", "--chat-id", chat],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=(folder / "process.log").open("a"),
            text=True,
            env=env,
            cwd=ROOT,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin = self.proc.stdin
        self.stdout = self.proc.stdout

    def send(self, *lines: dict[str, Any]) -> None:
        for line in lines:
            self.stdin.write(json.dumps(line) + "\n")
        self.stdin.flush()

    def say(self, text: str) -> None:
        self.send({"text": text})

    def play(self, script: str) -> None:
        """A golden transcript's script, every line at once (as a fast typist would)."""
        self.send(*(to_jsonl(item) for item in load_script(script)))

    def line(self) -> dict[str, Any]:
        raw = self.stdout.readline()
        if not raw:
            raise AssertionError("the console exited early")
        found: dict[str, Any] = json.loads(raw)
        return found

    def read_until(self, fragment: str, timeout: float = 20) -> list[dict[str, Any]]:
        """The lines up to the first whose text holds ``fragment``."""
        seen: list[dict[str, Any]] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            raw = self.stdout.readline()
            if not raw:
                break
            seen.append(json.loads(raw))
            if fragment in seen[-1].get("text", ""):
                return seen
        raise AssertionError(f"no {fragment!r} in {seen}")

    def turn_end(self, timeout: float = 30) -> list[dict[str, Any]]:
        """The lines up to the end of the bot's turn."""
        seen: list[dict[str, Any]] = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            seen.append(self.line())
            if seen[-1].get("type") in ("await", "done"):
                return seen
        raise AssertionError(f"the turn did not end: {seen}")

    def close(self) -> None:
        """End of input: the console finishes its turns and exits (a killed one is only reaped)."""
        if not self.stdin.closed:
            try:
                self.stdin.close()
            except BrokenPipeError:
                pass
        self.proc.wait(timeout=20)


@contextmanager
def live_console(env: dict[str, str], folder: Path, chat: str) -> Iterator[LiveConsole]:
    console = LiveConsole(env, folder, chat)
    try:
        yield console
    finally:
        console.close()
