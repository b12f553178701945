"""Short answers read with negation kept: "gk setuju" is no, "gk tau" unknown (never no)."""

import pytest

from flows.understand import read_answer, read_consent


@pytest.mark.parametrize(
    "typed",
    ["gk setuju", "tidak mau", "blm", "ga bisa", "bukan", "jangan", "no", "disagree", "I don't agree", "nope",
     "tdk", "gak", "belum pernah", "ngga boleh", "tidak ada", "gk ada", "tolak", "gasetuju", "tidak, makasih",
     "bukan kak", "nggak mau ya"],
)  # fmt: skip
def test_refusals_and_negated_yes_words_are_no(typed):
    assert read_answer(typed) == "no"


@pytest.mark.parametrize(
    "typed",
    ["gk tau", "ngga tau", "kurang tau", "tdk tahu", "lupa", "entah", "don't know", "not sure", "gatau",
     "gk tau kak", "sy lupa", "tidak ingat", "belum tau", "idk", "mungkin", "gk tau ya"],
)  # fmt: skip
def test_not_knowing_is_unknown_never_no(typed):
    assert read_answer(typed) == "unknown"


@pytest.mark.parametrize("typed", ["lewati", "skip", "-", "lewati aja"])
def test_skip(typed):
    assert read_answer(typed) == "skip"


@pytest.mark.parametrize("typed", ["udah itu aja", "itu saja", "cukup", "that's all", "sdh cukup", "selesai"])
def test_done(typed):
    assert read_answer(typed) == "done"
    assert read_answer(typed, collecting=True) == "done"


@pytest.mark.parametrize(
    "typed", ["yaa", "iya bener", "sip", "ok", "oke", "setuju", "boleh", "yes", "agree", "iya kak", "y", "okee siap"]
)
def test_yes(typed):
    assert read_answer(typed) == "yes"


@pytest.mark.parametrize("typed", ["ya tapi gk tau", "iya gk", "ya tidak", "gk tau, iya"])
def test_a_mix_is_not_an_answer(typed):
    assert read_answer(typed) is None


def test_sudah_answers_a_question_but_ends_a_collecting_step():
    assert read_answer("udah") == "yes"
    assert read_answer("udah", collecting=True) == "done"
    assert read_answer("ya udah itu aja", collecting=True) == "done"


@pytest.mark.parametrize(
    "typed", ["majikan sy gk bayar gaji udh 5 bln dan paspor ditahan", "halo", "Siti Aminah", "", "🙏"]
)
def test_a_sentence_or_a_name_is_not_an_answer(typed):
    assert read_answer(typed) is None


@pytest.mark.parametrize("typed", ["setuju", "ya setuju", "iya", "ok", "I agree", "boleh"])
def test_consent_only_for_an_agreement(typed):
    assert read_consent(typed) is True


@pytest.mark.parametrize("typed", ["gk setuju", "tidak setuju", "blm setuju", "tidak mau", "tolak", "I don't agree"])
def test_negated_agreement_refuses_consent(typed):
    assert read_consent(typed) is False


@pytest.mark.parametrize("typed", ["gk tau", "baca dulu", "ada", "udah", "ya tapi gk tau", "apa itu?"])
def test_no_consent_from_anything_else(typed):
    assert read_consent(typed) is None


NEGATORS = "tidak tdk tak gk g ga gak nggak ngga ngk enggak kagak ndak blm belum bukan jangan not no never dont".split()
YES_WORDS = "setuju stju mau bisa boleh ada pernah iya ya ok oke benar betul udah sip siap agree yes".split()


@pytest.mark.parametrize("negator", NEGATORS)
def test_no_spelling_of_a_negation_before_a_yes_word_is_read_as_yes(negator):
    for yes in YES_WORDS:
        for typed in (f"{negator} {yes}", f"sy {negator} {yes} kak", f"{negator.upper()} {yes.upper()}"):
            assert read_answer(typed) != "yes", typed
            assert read_consent(typed) is not True, typed


@pytest.mark.parametrize("typed", ["blm paham", "belum ngerti kak", "kurang inget", "gk yakin", "ga jelas juga"])
def test_not_understanding_or_remembering_is_unknown(typed):
    assert read_answer(typed) == "unknown"


@pytest.mark.parametrize("typed", ["ngk setuju", "gaaak setuju", "tidak xyzabc", "blm qwerty"])
def test_a_word_we_do_not_know_beside_a_negation_or_a_yes_word_is_no_answer(typed):
    assert read_answer(typed) not in ("yes", "unknown", "skip", "done")
    assert read_consent(typed) is not True


@pytest.mark.parametrize("typed", ["sy mau pulang aja", "mau gaji sy dibayar", "pengen pulang"])
def test_a_wish_is_not_a_yes(typed):
    """ "sy mau pulang aja" to "is your passport held?" was stored as Yes (and a passport
    indicator added); "mau" alone, "iya mau" and "mau kak" stay yes."""
    assert read_answer(typed) is None


@pytest.mark.parametrize("typed", ["mau", "iya mau", "mau kak", "sy mau"])
def test_wanting_alone_is_still_a_yes(typed):
    assert read_answer(typed) == "yes"


@pytest.mark.parametrize(
    ("sign", "agrees"), [("👍", True), ("👍🏽👍🏽", True), ("👌", True), ("✔️", True), ("👎", False)]
)
def test_a_thumb_is_an_answer(sign: str, agrees: bool) -> None:
    """👍 at the consent question looped three times ("Ketik 1 kalau setuju")."""
    assert read_consent(sign) is agrees
    assert read_answer(sign) == ("yes" if agrees else "no")


def test_a_praying_hand_is_no_answer() -> None:
    assert read_consent("🙏") is None and read_answer("🙏") is None
