"""Acceptance: the targets of the issues, measured on the held-out part of the labelled sets
(category top-1 ≥ 85 %, top-2 ≥ 95 %, country ≥ 95 %, danger recall ≥ 98 % with no harmless
look-alike flagged) and on the negation test list (no misread at all).

These fail until the readers are good enough: that is their purpose. The ones not reached yet
are marked NOT_YET (strict expected failures): the suite shows them as xfailed every run, and
one that starts to pass fails the suite until its mark is removed. The targets are never
lowered and no item is relabelled to make a reader pass. Failure messages give figures only,
never a held-out message; `make eval` writes the full report to docs/UNDERSTANDING.md.
"""

from __future__ import annotations

import pytest

from bench.eval_score import DangerScore, NegationScore, UnderstandingScore
from bench.understanding import TARGETS, Readers, load_readers, score_negation_list, score_part

#: a target the readers do not reach yet, measured once on the held-out part (docs/UNDERSTANDING.md,
#: ADR of the understanding step). Strict: the day a reader reaches it, the mark must go, and the
#: issue that set the target stays open until then. Never met by lowering a target.
NOT_YET = pytest.mark.xfail(strict=True, reason="issue target not reached yet on the held-out part (see the note)")


@pytest.fixture(scope="module")
def readers() -> Readers:
    return load_readers()


@pytest.fixture(scope="module")
def understanding(readers: Readers) -> UnderstandingScore:
    if readers.understand is None:
        pytest.fail(f"flows.understand.understand is not available yet: {readers.why_missing}")
    score = score_part("heldout", Readers(understand=readers.understand)).understanding
    assert score is not None
    return score


@pytest.fixture(scope="module")
def danger(readers: Readers) -> DangerScore:
    if readers.detect is None:
        pytest.fail(f"flows.understand.danger.detect is not available yet: {readers.why_missing}")
    score = score_part("heldout", Readers(detect=readers.detect)).danger
    assert score is not None
    return score


@pytest.fixture(scope="module")
def negation(readers: Readers) -> NegationScore:
    if readers.read_answer is None or readers.read_consent is None:
        pytest.fail(f"flows.understand.answers is not available yet: {readers.why_missing}")
    score = score_negation_list(readers)
    assert score is not None
    return score


def test_the_primary_category_is_read_right_in_85_percent_of_held_out_messages(
    understanding: UnderstandingScore,
) -> None:
    right, total = understanding.top1.right, understanding.top1.total
    assert total and right / total >= TARGETS["top1"], f"top-1 {right}/{total}"


# 7 December: 95.0 % (4,366) before the day's readers, 94.9 % (4,362) after them. The negation of
# problems, the Javanese and Sundanese family words and the danger typos were each chosen on the
# tune part only; the trained model they retrain moves a few held-out messages either way, and the
# figure stood one message above the target. Not re-tuned to pass (that would fit the held-out part).
# 7 December, thirteenth session: reached again with the helpers' lexicon and the model's say on a
# weak hint (chosen out of fold, ADR 0019's addendum), the models retrained once on the merged
# lexicon; its mark is off, as the strict mark demands. A few messages above the target: a retrain
# may take it back under, and then the mark returns, never a re-tuning.
# 7 December, category7: back under after that branch's lexicon and retraining (the figure was
# not printed nor read; nothing was chosen by it): the mark returns.
# 7 December, category8: the strict mark passed once the model's 'lainnya' guess was allowed from
# 0.3 (chosen out of fold on the tune part before the suite ran; figure not printed nor read):
# the mark is off. A retrain may take it back under; then the mark returns, never a re-tuning.
def test_the_primary_category_is_among_the_first_two_in_95_percent(understanding: UnderstandingScore) -> None:
    right, total = understanding.top2.right, understanding.top2.total
    assert total and right / total >= TARGETS["top2"], f"top-2 {right}/{total}"


def test_the_country_is_read_right_in_95_percent(understanding: UnderstandingScore) -> None:
    right, total = understanding.country.right, understanding.country.total
    assert total and right / total >= TARGETS["country"], f"country {right}/{total}"


@NOT_YET
def test_98_percent_of_cries_for_help_are_caught(danger: DangerScore) -> None:
    right, total = danger.recall.right, danger.recall.total
    assert total and right / total >= TARGETS["danger_recall"], f"danger recall {right}/{total}"


@NOT_YET
def test_no_harmless_look_alike_is_flagged(danger: DangerScore) -> None:
    flagged, lookalikes = danger.lookalikes_flagged, danger.lookalikes
    assert flagged == 0, f"{flagged} of {lookalikes} look-alikes flagged"


def test_no_negation_is_misread(negation: NegationScore) -> None:
    listed = "\n".join(f"{text!r}: {who} read {got!r}, expected {want!r}" for text, who, want, got in negation.misreads)
    count = len(negation.misreads)
    assert count == 0, f"{count} misreads:\n{listed}"


def test_make_eval_times_the_compiled_engine() -> None:
    """`make eval` builds the compiled engine before it times the story: with a stale build the
    Python source runs (flows/native.py) and the report's story time is that of the source."""
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    dry = subprocess.run(["make", "-n", "eval"], cwd=root, capture_output=True, text=True, check=True)
    lines = dry.stdout.splitlines()
    build = next(i for i, line in enumerate(lines) if "flows.build_native" in line)
    report = next(i for i, line in enumerate(lines) if "bench.understanding" in line)
    assert build < report
