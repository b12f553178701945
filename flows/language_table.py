"""langdetect's n-gram table with only the weights that are not zero (issue 18, memory).

langdetect keeps, for each of its 87,598 n-grams, a list of 55 floats, one a language: ~63 MB
resident from the first text that needs it until the process ends. An n-gram has a weight in
2.1 languages on average; the rest are 0.0. Here each n-gram's row is a flat tuple of
``(language index, weight, ...)`` for those languages only (~20 MB in all), built from the same
profile files, in the same order, with the same arithmetic as ``DetectorFactory.add_profile``;
``flows.language._weigh`` multiplies a language without a weight by ``weight`` where langdetect
multiplies it by ``weight + 0.0``: the same float (tests/unit/test_same_numbers.py compares the
probabilities with langdetect's own, to the last bit). langdetect's own factory is left as it is
(never loaded by the bot): ``langdetect.detect`` elsewhere still works as before.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import ErrorCode, LangDetectException


class SparseFactory(DetectorFactory):
    """A ``DetectorFactory`` whose ``word_lang_prob_map`` rows hold the weights that are not zero."""

    def add_profile(self, profile: Any, index: int, langsize: int) -> None:
        lang = profile.name
        if lang in self.langlist:
            raise LangDetectException(ErrorCode.DuplicateLangError, "Duplicate the same language profile.")
        self.langlist.append(lang)
        table: dict[str, tuple[Any, ...]] = self.word_lang_prob_map
        for word in profile.freq:
            row = table.get(word)
            if row is None:
                row = table[word] = ()
            length = len(word)
            if 1 <= length <= 3:
                prob = 1.0 * profile.freq.get(word) / profile.n_words[length - 1]
                table[word] = (*row, index, prob)


@lru_cache(maxsize=1)
def factory() -> SparseFactory:
    """The table, loaded from langdetect's profiles at the first text that needs it."""
    loaded = SparseFactory()
    loaded.load_profile(PROFILES_DIRECTORY)
    return loaded
