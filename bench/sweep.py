"""Which answers the dialog does not understand, over many whole conversations: the reporters
of the engine benchmark (bench/engine.py: the tuning part's opening messages and stories, short
answers as typed on a phone) are played to the end, and every question asked again after her
answer is counted by (question, answer), with the reply she got and where it happened.

    python -m bench.sweep            # 1,500 reporters, the 40 most frequent
    python -m bench.sweep 300 80     # 300 reporters, the 80 most frequent

A development tool, not a score: the pools give some questions answers meant for another (a
name at the sex question), so not every line is a fault. ADR 0029 lists what was found
with it. Reads only the tune part."""

from __future__ import annotations

import sys
from collections import Counter
from datetime import UTC, datetime

from bench.engine import MAX_TURNS, _next, reporters
from flows.dialog import load_dialog
from flows.engine import step
from flows.types import ConversationState, Inbound


def sweep(count: int) -> tuple[Counter[tuple[str, str]], dict[tuple[str, str], str], int]:
    """(question, answer) -> times asked again; an example of each; conversations not filed."""
    from app.config import load_settings

    dialog = load_dialog(load_settings().dialog)
    now = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)
    again: Counter[tuple[str, str]] = Counter()
    example: dict[tuple[str, str], str] = {}
    unfiled = 0
    for c, reporter in enumerate(reporters(count)):
        state: ConversationState | None = None
        text: str | None = reporter.first
        choice: str | None = None
        asked: dict[str, int] = {}
        filed = False
        last = ""
        for i in range(MAX_TURNS):
            turn = step(dialog, state, Inbound("sweep", str(c), f"{c}:{i}", text=text, choice=choice), now, bytes(32))
            filed = filed or any(type(e).__name__ == "FileCase" for e in turn.effects)
            before = state.node if state else None
            state = turn.state
            if state is None or (state.node is None and not state.pending) or (filed and state.flow == "menu"):
                break  # (a question pending outside a report, "are you in danger now?", is answered)
            if before == state.node and last and state.node != "story":
                key = (str(state.node), last)
                again[key] += 1
                said = " / ".join(r.text for r in turn.replies).replace("\n", " ")
                example.setdefault(key, f"#{c} {state.flow}/{state.lang}: {said[:160]}")
            text, choice = _next(reporter, state, turn, asked)
            last = text if text is not None else f"[{choice}]"
        unfiled += not filed
    return again, example, unfiled


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1500
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    again, example, unfiled = sweep(count)
    print(f"{count} reporters; not filed: {unfiled}; questions asked again: {sum(again.values())}")
    for (node, said), times in again.most_common(top):
        print(f"{times:5d}  {node:<16} {said!r}\n       {example[(node, said)]}")


if __name__ == "__main__":
    main()
