"""The trained second opinion on danger (flows/understand/danger_model.py): trained on the tune
parts only, shipped as the training gives it, read in plain Python as scikit-learn reads it,
quiet on short answers; fairly sure, it makes the bot ask (flows/safety_check.py), very sure and
with no word the rules have judged, it raises the alarm (ADR 0020)."""

import json
from typing import Any

import numpy as np
import pytest

from bench import evalsets, train_danger
from bench.ngram_training import transform
from bench.train_danger import examples, fit
from flows.understand import danger_model
from flows.understand.danger import detect
from flows.understand.normalize import read_text
from tests.support.models import assert_shipped_is_trained, train_with


@pytest.fixture(scope="module")
def fitted() -> Any:
    """One training on the tune part, shared: both tests below need it, and each takes seconds."""
    texts, labels = examples()
    return fit(texts, labels)


def test_it_learns_from_the_tune_parts_and_never_from_the_held_out_parts() -> None:
    texts, labels = examples()
    tune = {read_text(i["text"]).plain() for i in evalsets.danger("tune") + evalsets.understanding("tune")}
    held = {read_text(i["text"]).plain() for i in evalsets.danger("heldout") + evalsets.understanding("heldout")}
    assert set(texts) == tune
    leaked = len(set(texts) & held - tune)  # a count: pytest would print the texts of a set
    assert leaked == 0
    assert set(labels) == {"danger", "self_harm", "none"}


def test_the_shipped_weights_are_what_training_on_the_tune_parts_gives(
    fitted: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whoever changes a tune part retrains (`make model`); nobody ships weights from elsewhere."""
    fresh = train_with(train_danger, fitted, monkeypatch)
    shipped = json.loads(danger_model.MODEL.read_text(encoding="utf-8"))
    assert shipped["classes"] == ["danger", "none", "self_harm"]
    assert_shipped_is_trained(fresh, shipped)


def test_plain_python_reads_as_scikit_learn_does(fitted: Any) -> None:
    texts, _ = examples()
    chars, words, model = fitted
    theirs = 1.0 - model.predict_proba(transform(chars, words, texts))[:, list(model.classes_).index("none")]
    ours = np.array([danger_model.probability(t) for t in texts])
    # the shipped file drops the smallest weights: the same decision nearly everywhere
    agree = ((theirs >= danger_model.THRESHOLD) == (ours >= danger_model.THRESHOLD)).mean()
    assert agree >= 0.99
    assert float(np.median(np.abs(theirs - ours))) < 0.01


def test_short_answers_are_never_worrying_whatever_they_say() -> None:
    for text in ("takut", "sy takut", "dikurung", "Siti Aminah", "riyadh"):
        assert not danger_model.sounds_dangerous(text), text
    # a telling the model finds alarming with room to spare (retraining moves it by hundredths)
    assert danger_model.sounds_dangerous("majikan suka ngamuk ke sy tiap malam, sy ketakutan tinggal disini")
    assert not danger_model.sounds_dangerous("majikan gk bayar gaji udh 5 bln")


@pytest.mark.parametrize(
    ("text", "kind", "third"),
    [
        # sold on to another employer for "night work", told by her brother: no rule's words
        ("adik sy di oman bilang dia dikasih ke majikan lain buat kerja malem, dia nangis", "danger", True),
        # (a pregnancy he orders ended, "sy hamil dr majikan laki2 sy, dia maksa sy. skrg dia nyuruh
        # sy gugurin", was here; the rule of a pregnancy ended under pressure reads it now:
        # tests/unit/test_danger_forms_and_kinds.py)
        # (a wish to be gone said without a word of dying, "klo aq gk ada lagi semua org malah lega",
        # was here; the farewell rules read it now: tests/unit/test_danger.py)
    ],
)
def test_a_danger_told_in_words_no_rule_knows_raises_the_alarm(text: str, kind: str, third: bool) -> None:
    found = detect(text)
    assert found is not None
    assert (found.kind, found.third_person) == (kind, third)
    assert found.words.startswith(text.split()[0].lower())  # her words, for the mediator


def test_where_the_rules_judged_the_words_or_the_message_is_short_the_model_raises_nothing() -> None:
    # each of these the model alone finds alarming; the rules have judged their words of danger
    for text in ("sy dilarang keluar malam sama majikan", "kalo dipukul majikan, ngadunya kemana ya kak?"):
        assert danger_model.probability(read_text(text).plain()) >= danger_model.THRESHOLD, text
        assert detect(text) is None, text
    assert detect("dia maksa sy") is None  # three words: an answer, not a telling
