"""Chat Indonesian to plain words: what every reader of a message sees."""

import pytest

from flows.understand.normalize import normalize_chat, read_text


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("sy gk tau", "saya tidak tahu"),
        ("aq blm dibayar udh 5bln", "saya belum dibayar sudah 5 bulan"),
        ("ngga, tdk, ga, gak, nggak", "tidak tidak tidak tidak tidak"),
        ("tlg sy mau plg krn gk kuat", "tolong saya mau pulang karena tidak kuat"),
        ("tolooong", "tolong"),
        ("iyaaa", "iya"),
        ("lima bulan", "5 bulan"),
        ("dua puluh lima thn", "25 tahun"),
        ("satu setengah tahun", "1.5 tahun"),
        ("setengah bulan", "0.5 bulan"),
        ("sebulan", "1 bulan"),
        ("sejuta", "1 juta"),
        ("gatau", "tidak tahu"),
        ("gamau", "tidak mau"),
        ("sy mamanya", "saya mama nya"),
        ("gajinya blm dibayar", "gaji nya belum dibayar"),
        ("di pukul majikan", "dipukul majikan"),
        ("tinggal di rumah", "tinggal di rumah"),
        ("anak2 sy", "anak saya"),
        ("I don't know", "i do not know"),
        ("five months", "5 months"),
    ],
)
def test_chat_words_become_plain_words(typed, plain):
    assert normalize_chat(typed) == plain


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("RM 1.500", "rm 1500"),
        ("NT$ 20.000", "ntd 20000"),
        ("HK$4.990", "hkd 4990"),
        ("25jt", "25 juta"),
        ("1,5 juta", "1.5 juta"),
        ("500rb", "500 ribu"),
    ],
)
def test_amounts_keep_their_value(typed, plain):
    assert normalize_chat(typed) == plain


def test_evidence_quotes_the_persons_own_words():
    text = read_text("majikan sy gk bayar gaji, udh 5 bln!")
    words = text.words
    start = words.index("tidak")
    assert text.quote(start, start + 3) == "gk bayar gaji"
    five = words.index("5")
    assert text.quote(five, five + 2) == "5 bln"


def test_a_clause_break_is_kept_between_words():
    assert read_text("gaji, tidak").words == ("gaji", ".", "tidak")
    assert normalize_chat("gaji, tidak") == "gaji tidak"


def test_empty_and_emoji_only_messages_have_no_words():
    assert normalize_chat("") == ""
    assert normalize_chat("🙏🙏") == ""


@pytest.mark.parametrize(
    ("typed", "plain"),
    [("pspor", "paspor"), ("mjkn", "majikan"), ("mninggal", "meninggal"), ("skit", "sakit"), ("kbur", "kabur")],
)
def test_vowels_dropped_in_a_hurry_are_put_back(typed, plain):
    assert normalize_chat(typed) == plain


@pytest.mark.parametrize("typed", ["sakti", "mngl", "xyz", "link"])
def test_a_real_word_or_an_ambiguous_skeleton_is_left_as_typed(typed):
    assert normalize_chat(typed) == typed


@pytest.mark.parametrize(("typed", "plain"), [("K.S.A", "ksa"), ("P.T.", "pt"), ("U.A.E.", "uae")])
def test_an_acronym_written_with_dots_is_one_word(typed, plain):
    assert normalize_chat(typed) == plain


def test_javanese_words_in_chat_indonesian():
    assert normalize_chat("gajiku durung dibayar 3 sasi") == "gaji saya belum dibayar 3 bulan"
    assert normalize_chat("aku pengin mulih") == "saya ingin pulang"


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        # the colloquial suffix -in, and the written forms it stands for
        ("paspor sy ditahanin agen", "paspor saya ditahan agen"),
        ("sy diberhentiin mendadak", "saya diberhentikan mendadak"),
        ("gaji sy dipotongin trs", "gaji saya dipotong terus"),
        # the nasal active of speech, the accidental ke- and Jakarta's e for a
        ("majikan nahan paspor", "majikan tahan paspor"),
        ("kesiram minyak panas", "tersiram minyak panas"),
        ("disimpen sponsor tanpa alesan", "disimpan sponsor tanpa alasan"),
        # known words are never rewritten, unknown ones that reach no known word stay as typed
        ("keluarga sy di kampung", "keluarga saya di kampung"),
        ("makanan sisa", "makanan sisa"),
        ("sy nyuci baju", "saya nyuci baju"),
    ],
)
def test_inflected_and_spoken_forms_reach_the_words_the_lexicon_knows(typed: str, plain: str) -> None:
    assert normalize_chat(typed) == plain
