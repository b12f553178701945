"""What both trained models (bench/train_category.py, bench/train_danger.py) fit the same way:
character n-grams and word n-grams side by side, each block normalised apart as scikit-learn's
``FeatureUnion`` would, then a logistic regression (ADR 0019, 0020)."""

from __future__ import annotations

from typing import Any

from flows.understand.ngram_model import NGRAMS

#: an n-gram seen in fewer messages than this is left out
MIN_DF = 2
#: the word n-grams beside the characters': one and two words
WORDS = (1, 2)


def fit(
    texts: list[str], labels: list[str], *, c: float, sublinear_tf: bool, class_weight: str | None = None
) -> tuple[Any, Any, Any]:
    """The characters' vectorizer, the words' vectorizer and the logistic regression over both."""
    from scipy.sparse import hstack
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    chars = TfidfVectorizer(analyzer="char_wb", ngram_range=NGRAMS, sublinear_tf=sublinear_tf, min_df=MIN_DF)
    words = TfidfVectorizer(analyzer="word", ngram_range=WORDS, token_pattern=r"\S+", min_df=MIN_DF)
    matrix = hstack([chars.fit_transform(texts), words.fit_transform(texts)]).tocsr()
    model = LogisticRegression(C=c, max_iter=10_000, class_weight=class_weight).fit(matrix, labels)
    return chars, words, model


def transform(chars: Any, words: Any, texts: list[str]) -> Any:
    """The messages as the fitted blocks read them, side by side."""
    from scipy.sparse import hstack

    return hstack([chars.transform(texts), words.transform(texts)]).tocsr()
