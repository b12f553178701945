"""The trained second opinion on the category (flows/understand/category_model.py): trained on
the tune part only, shipped as the training gives it, read in plain Python as scikit-learn reads
it, and heard only when the lexicon reads nothing and what it reads is not denied."""

import json
from datetime import date
from typing import Any

import numpy as np
import pytest

from bench import evalsets, train_category
from bench.ngram_training import WORDS, transform
from bench.train_category import examples, fit
from flows.understand import category_model, understand
from flows.understand.ngram_model import word_ngrams
from flows.understand.normalize import read_text
from tests.support.models import assert_shipped_is_trained, train_with

TODAY = date(2026, 12, 3)


@pytest.fixture(scope="module")
def fitted() -> Any:
    """One training on the tune part, shared: both tests below need it, and each takes seconds."""
    texts, labels = examples()
    return fit(texts, labels)


def test_it_learns_from_the_tune_part_and_never_from_the_held_out_part() -> None:
    texts, _ = examples()
    tune = {read_text(i["text"]).plain() for i in evalsets.understanding("tune")}
    held = {read_text(i["text"]).plain() for i in evalsets.understanding("heldout")}
    assert set(texts) == tune
    assert not (set(texts) & held - tune)


def test_the_shipped_weights_are_what_training_on_the_tune_part_gives(
    fitted: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whoever changes the tune part retrains (`make model`); nobody ships weights from elsewhere."""
    fresh = train_with(train_category, fitted, monkeypatch)
    shipped = json.loads(category_model.MODEL.read_text(encoding="utf-8"))
    assert_shipped_is_trained(fresh, shipped)


def test_plain_python_reads_as_scikit_learn_does(fitted: Any) -> None:
    texts, _ = examples()
    chars, words, model = fitted
    theirs = model.classes_[np.argmax(model.predict_proba(transform(chars, words, texts)), axis=1)]
    ours = [max(p, key=p.__getitem__) for p in map(category_model.probabilities, texts)]
    assert sum(a == b for a, b in zip(theirs, ours, strict=True)) >= 0.99 * len(texts)
    assert category_model.char_ngrams("gaji") == [" ga", "gaj", "aji", "ji ", " gaj", "gaji", "aji ", " gaji", "gaji "]
    analyse = words.build_analyzer()
    for text in texts[:200]:
        assert word_ngrams(text, *WORDS) == analyse(text)


def test_a_story_in_words_the_lexicon_lacks_gets_the_models_reading() -> None:
    text = "uang hasil kerja sy ditahan bos 5 bulan"
    found = understand(text, TODAY)
    assert found.categories == ("gaji_tidak_dibayar",)
    # quoted as her whole message: the mediator sees what was read, and that no phrase said it
    assert found.evidence["categories"] == text


@pytest.mark.parametrize(
    "text",
    [
        "bos sy bilang uang kerja 4 bulan nanti aja, sy gk bisa kirim ke anak di kampung",
        "the boss keep our money 3 month, we cannot send to family",
        "sy gk pernah dikasih uang sama bos udh 4 bulan, katanya nanti",
    ],
)
def test_a_problem_told_beside_a_not_keeps_the_models_reading(text: str) -> None:
    """Only what the "not" denies is taken out: her wage withheld is still read (it once made the
    model say nothing in any message with a "not" in it)."""
    found = understand(text, TODAY)
    assert found.categories == ("gaji_tidak_dibayar",)
    assert found.evidence["categories"] == text


@pytest.mark.parametrize(
    "text",
    [
        "alhamdulillah majikan sy baik, gaji lancar, gk pernah dipukul",  # denied: nothing left to read
        "sy tidak pernah dipukul, majikan baik, gaji lancar alhamdulillah",
        "permit sy msh hidup, paspor sy pegang sendiri",  # a mask took the words back
        "Siti Aminah binti Ahmad",  # an answer, too short to be a story
        "hari ini sy libur, mau ke victoria park",  # a day off, below the model's threshold
        "assalamualaikum bu, selamat malam semua, apa kabar",
        "makasih ya kak, nnti sy kabarin lg",  # thanks: no question about something else either
    ],
)
def test_it_stays_quiet_on_denials_answers_greetings_and_questions(text: str) -> None:
    assert understand(text, TODAY).categories == ()


@pytest.mark.parametrize(
    "text",
    [
        "majikan sy mau pindah ke kanada, sy diajak ikut",
        "kalau mau kirim paket baju ke kampung dr hongkong lewat apa yg murah",
        # the model less sure (0.38), but it finds next to no "nothing told" (ADR 0019, category8)
        "tanya dong, kalo sim indo dipake di malaysia kena roaming gk",
    ],
)
def test_a_question_the_lexicon_has_no_words_for_is_read_as_something_else(text: str) -> None:
    """A question about something other than a listed problem, in words the lexicon lacks, is
    read as ``lainnya`` when the model is sure of it, as "mau tanya" is by the lexicon: the bot
    says it back instead of asking for the problem from the groups (ADR 0019, 6 December; it
    read nothing before)."""
    found = understand(text, TODAY)
    assert found.categories == ("lainnya",)
    assert found.evidence["categories"] == text


def test_threads_asking_at_once_get_the_same_reading_and_no_error() -> None:
    """The weights are prepared on first use; eight threads asking at that moment (the engine run
    in a thread pool) once saw half-built tables or a KeyError. One prepares, under a lock."""
    import threading

    from flows.understand.category_model import MODEL
    from flows.understand.ngram_model import NgramModel

    for _ in range(5):
        model = NgramModel(MODEL)
        barrier = threading.Barrier(8)
        readings: list[dict[str, float]] = []
        errors: list[BaseException] = []

        def ask(model: NgramModel = model, barrier: threading.Barrier = barrier) -> None:
            barrier.wait()
            try:
                readings.append(model.probabilities("saya mau pulang gaji tidak dibayar"))
            except Exception as error:  # what the test is about
                errors.append(error)

        threads = [threading.Thread(target=ask) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors
        assert len({tuple(sorted(r.items())) for r in readings}) == 1
