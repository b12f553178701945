"""The trained second opinion on danger (flows/understand/danger_model.py): trained on the tune
parts only, shipped as the training gives it, read in plain Python as scikit-learn reads it, and
quiet on short answers (it only ever makes the bot ask: flows/safety_check.py)."""

import json

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from bench import evalsets
from bench.train_danger import MIN_DF, C, examples, train
from flows.understand import danger_model
from flows.understand.ngram_model import NGRAMS
from flows.understand.normalize import read_text
from tests.support.models import assert_shipped_is_trained


def test_it_learns_from_the_tune_parts_and_never_from_the_held_out_parts() -> None:
    texts, labels = examples()
    tune = {read_text(i["text"]).plain() for i in evalsets.danger("tune") + evalsets.understanding("tune")}
    held = {read_text(i["text"]).plain() for i in evalsets.danger("heldout") + evalsets.understanding("heldout")}
    assert set(texts) == tune
    assert not (set(texts) & held - tune)
    assert set(labels) == {"danger", "none"}


def test_the_shipped_weights_are_what_training_on_the_tune_parts_gives() -> None:
    """Whoever changes a tune part retrains (`make model`); nobody ships weights from elsewhere."""
    fresh = train()
    shipped = json.loads(danger_model.MODEL.read_text(encoding="utf-8"))
    assert shipped["classes"] == ["danger", "none"]
    assert_shipped_is_trained(fresh, shipped)


def test_plain_python_reads_as_scikit_learn_does() -> None:
    texts, labels = examples()
    vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAMS, sublinear_tf=True, min_df=MIN_DF)
    model = LogisticRegression(C=C, max_iter=10_000, class_weight="balanced").fit(
        vectorizer.fit_transform(texts), labels
    )
    theirs = model.predict_proba(vectorizer.transform(texts))[:, list(model.classes_).index("danger")]
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
