"""One conversation with the pure engine on the real dialog (flows/*.yaml, locales/*.yaml,
config.yaml), typed the way a person types: the state is kept between turns as storage keeps it."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from app.config import load_settings
from flows.dialog import Dialog, load_dialog
from flows.engine import step
from flows.types import ConversationState, Effect, Inbound, Turn

NOW = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)


@lru_cache(maxsize=1)
def real_dialog() -> Dialog:
    return load_dialog(load_settings().dialog)


class Chat:
    def __init__(self, dialog: Dialog | None = None) -> None:
        self.dialog = dialog or real_dialog()
        self.state: ConversationState | None = None
        self.turns: list[Turn] = []
        self.counter = itertools.count(1)
        #: what the person sent: typed text and pressed buttons (an answer each)
        self.answers = 0

    def send(self, text: str | None = None, **kw: Any) -> Turn:
        n = next(self.counter)
        inbound = Inbound("test", "42", f"u{n}", "7", text=text, **kw)
        turn = step(self.dialog, self.state, inbound, NOW, bytes((n + i) % 256 for i in range(32)))
        self.state = turn.state
        self.turns.append(turn)
        if inbound.system is None:
            self.answers += 1
        return turn

    def press(self, option_id: str) -> Turn:
        for turn in reversed(self.turns):
            for reply in reversed(turn.replies):
                for option in reply.options:
                    if option.id == option_id:
                        return self.send(choice=option.data)
        raise AssertionError(f"no button {option_id!r} was shown")

    @property
    def node(self) -> str | None:
        assert self.state is not None
        return self.state.node

    @property
    def slots(self) -> dict[str, Any]:
        assert self.state is not None
        return self.state.slots

    def effects(self, kind: type) -> list[Any]:
        found: list[Effect] = [e for t in self.turns for e in t.effects if isinstance(e, kind)]
        return found


def text_of(turn: Turn) -> str:
    return "\n".join(r.text for r in turn.replies)
