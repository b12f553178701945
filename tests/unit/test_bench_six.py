"""The six-question dialog that bench/baselines.py compares with python-telegram-bot and aiogram:
it must load beside the real locales and, fed the benchmark's answers, ask each question once and
file the case. Otherwise the comparison would time something else (re-asks, or no filing)."""

from __future__ import annotations

from datetime import UTC, datetime

from bench.baselines import answers, six_dialog
from flows.engine import step
from flows.types import ConversationState, FileCase, Inbound

NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)


def test_the_benchmark_answers_walk_the_six_questions_and_file() -> None:
    dialog = six_dialog()
    assert set(dialog.flows) == {"menu", "six"}
    state: ConversationState | None = None
    asked = []
    for i, text in enumerate(answers(7)):
        turn = step(dialog, state, Inbound("bench", "7", f"u{i}", text=text), NOW, bytes(range(32)))
        state = turn.state
        asked.append(turn.awaiting.node if turn.awaiting else None)
    assert asked == ["worker_name", "country", "category", "phone", "story", "confirm", None]
    filed = [e for e in turn.effects if isinstance(e, FileCase)]
    assert len(filed) == 1
    case = filed[0]
    assert case.flow == "six"
    assert case.category == "gaji_tidak_dibayar"
    assert case.fields["worker_name"] == "Pekerja 7"
    assert case.fields["country"] == "MY"
    assert str(case.fields["phone"]).startswith("+60")
    assert "Nomor laporan" in turn.replies[-1].text
