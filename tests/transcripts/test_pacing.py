"""Honest pacing (issue 13): what the golden transcripts really ask, counted and timed.

Time is estimated as a person on a phone spends it: reading the bot's words at 130 words a minute,
typing her answers at 90 characters a minute, 3 seconds a button. The targets: a wage complaint
told in one opening message is filed within 12 answers, a family's report of lost contact within
15, each under 5 minutes; the "Pertanyaan N dari M" counter never promises fewer questions than
come, and the family's "kira-kira 5 menit" holds."""

from __future__ import annotations

import re

import pytest

from tests.transcripts.test_safety_scripts import filed, play

READ_WPM = 130
TYPE_CPM = 90
BUTTON_S = 3
PROGRESS = re.compile(r"(?:Pertanyaan|Question) (\d+) (?:dari|of) (\d+)")


def pace(name: str) -> tuple[int, float, list[tuple[int, int]]]:
    """Answers until the case is filed, the minutes they take, and the counters shown."""
    turns = play(name)
    answer, _ = filed(turns)
    seconds = 0.0
    counters: list[tuple[int, int]] = []
    for item, turn in turns[: answer + 1]:
        words = sum(len(r.text.split()) for r in turn.replies)
        seconds += words / READ_WPM * 60
        if item == "/start":
            pass
        elif isinstance(item, str):
            seconds += len(item) / TYPE_CPM * 60
        else:
            seconds += BUTTON_S
        for reply in turn.replies:
            counters += [(int(n), int(m)) for n, m in PROGRESS.findall(reply.text)]
    return answer, seconds / 60, counters


@pytest.mark.parametrize(("name", "most_answers"), [("complaint_id", 12), ("family_report_id", 15)])
def test_a_report_told_once_is_filed_within_few_answers(name: str, most_answers: int) -> None:
    answers, minutes, _ = pace(name)
    print(f"{name}: filed at answer {answers}, about {minutes:.1f} minutes")
    assert answers <= most_answers


@pytest.mark.parametrize("name", ["complaint_id", "family_report_id"])
def test_a_report_told_once_takes_under_five_minutes(name: str) -> None:
    _, minutes, _ = pace(name)
    print(f"{name}: {minutes:.2f} minutes to filing")
    assert minutes < 5, f"{name}: about {minutes:.2f} minutes"


@pytest.mark.parametrize("name", ["complaint_id", "complaint_en", "family_report_id", "trafficking_menu_id"])
def test_the_question_counter_never_promises_fewer_questions_than_come(name: str) -> None:
    _, _, counters = pace(name)
    assert counters, "the questions are counted"
    for n, m in counters:
        assert 1 <= n <= m, counters
    shown = [n for n, _ in counters]
    assert shown == sorted(shown), f"the count goes forward: {counters}"
    assert counters[-1][0] == counters[-1][1], f"the last question before filing is 'M dari M': {counters}"


def test_the_familys_promised_minutes_hold() -> None:
    _, minutes, _ = pace("family_report_id")
    promised = re.search(r"kira-kira (\d+) menit", _family_intro())
    assert promised is not None
    assert minutes <= int(promised.group(1))


def _family_intro() -> str:
    import yaml

    from tests.transcripts.test_transcripts import ROOT

    words = yaml.safe_load((ROOT / "locales" / "id.yaml").read_text(encoding="utf-8"))
    return str(words["family"]["intro"])
