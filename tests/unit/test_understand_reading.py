"""How the patterns read a message: negation, conditions, look-alikes, clitics, several places."""

from datetime import date

import pytest

from flows.understand import understand
from flows.understand.matcher import Index, compile_pattern

TODAY = date(2026, 12, 3)
CLASSES = {"neg": ["tidak", "belum"]}


def read(text):
    return understand(text, TODAY)


def index(*patterns):
    compiled = [p for text, label in patterns for p in compile_pattern(label, 3, text, CLASSES)]
    return Index(compiled, CLASSES["neg"], ["pernah", "bisa"], ["kalau", "takut"])


def labels(ix, text):
    return [m.label for m in ix.find(tuple(text.split()))]


def test_a_pattern_is_found_by_its_rarest_word_but_read_in_order():
    ix = index(("gaji .. {neg} (dibayar|digaji)", "category:unpaid"))
    assert labels(ix, "gaji saya sudah tidak dibayar") == ["category:unpaid"]
    assert labels(ix, "tidak dibayar gaji") == []
    assert labels(ix, "gaji . tidak dibayar") == []  # not across a clause break


def test_negation_reaches_past_an_auxiliary_and_blocks_a_plain_pattern():
    ix = index(("{neg} digaji", "category:unpaid"), ("dipukul", "category:hit"))
    assert labels(ix, "tidak pernah digaji") == ["category:unpaid"]
    assert labels(ix, "tidak pernah dipukul") == ["denies:hit"]  # not read: denied (ADR 0027)
    assert labels(ix, "saya dipukul") == ["category:hit"]


def test_a_condition_or_a_fear_is_not_an_event():
    ix = index(("dipecat", "category:fired"))
    assert labels(ix, "kalau saya lapor saya dipecat") == []
    assert labels(ix, "takut dipecat") == []
    assert labels(ix, "saya dipecat") == ["category:fired"]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("sy kerja di malaysia, kalo sy kabur nanti ditangkap", "melarikan_diri"),
        ("sy takut dipulangkan paksa", "deportasi"),
        ("majikan tidak pernah pukul sy", "kekerasan"),
        ("permit sy msh hidup, paspor sy pegang sendiri", "penahanan_dokumen"),
        ("sy baru lahiran di rumah sakit", "sakit"),
    ],
)
def test_what_is_denied_feared_or_only_looks_alike_is_no_category(text, absent):
    assert absent not in read(text).categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("gajinya ditahan bos", "gaji_tidak_dibayar"),
        ("gk pernah digaji", "gaji_tidak_dibayar"),
        ("udh 4 bulan cm dibayar setengah", "gaji_tidak_dibayar"),
        ("kalau ditelepon katanya majikan blm bayar gajinya", "gaji_tidak_dibayar"),
        ("ada yg ngaku dr BP2MI minta uang pendaftaran", "penipuan_kerja"),
    ],
)
def test_chat_forms_of_a_problem(text, category):
    assert category in read(text).categories


def test_the_destination_among_several_places():
    assert read("dijanjikan kerja di thailand, trus dibawa ke kamboja").country == "KH"
    assert read("diberangkatkan ke korea tp kapalnya kapal tuna bendera taiwan, di laut").country == "TW"
    assert read("sy nikah sm org pakistan di dubai").country == "AE"
    assert read("gaji 120 dinar kuwait").country is None
    assert read("selangor, klang").city == "Klang"


def test_a_nationality_is_who_someone_is_not_where_she_is():
    u = read(
        "Hello po, im Filipina helper here in Hong Kong. My friend Indonesian helper Yanti her employer not giving her food"
    )
    assert u.country == "HK"
    assert read("a Filipina maid in Kuwait told me").country == "KW"
    assert read("sy kerja di filipina").country == "PH"  # the country said alone is still a place


def test_a_writer_who_only_says_who_she_is_and_tells_a_friends_story_is_not_the_worker():
    u = read("im Filipina helper here in Hong Kong. My friend Indonesian helper Yanti her employer not giving her food")
    assert u.reporter != "self" and u.relation == "lainnya"
    u = read("hello sir i am indonesia worker in malaysia, my friend she run away from employer")
    assert u.reporter != "self"
    assert read("i am working in saudi, my friend also not paid").reporter == "self"  # her own story


@pytest.mark.parametrize(
    ("text", "currency"),
    [("sy di hongkong gaji 4990 dolar", "HKD"), ("sy di taiwan gaji 20000 dolar", "TWD"),
     ("sy di singapura gaji 600 dolar", "SGD"), ("sy di brunei gaji 400 dolar", "BND")],
)  # fmt: skip
def test_dollars_are_the_dollars_of_the_country_she_is_in(text, currency):
    assert [m.currency for m in read(text).money] == [currency]


def test_the_same_currency_for_a_bare_amount_after_one_was_named():
    money = read("gaji sy 1000 dirham cuma dikasih 600").money
    assert [(m.amount, m.currency) for m in money] == [(1000, "AED"), (600, "AED")]
    assert read("kata PT 0 rupiah tp disuruh bayar 12 juta").money[-1].amount == 12_000_000
    assert all(m.amount > 0 for m in read("kata PT 0 rupiah tp disuruh bayar 12 juta").money)


def test_a_relative_named_after_her_own_story_is_not_the_worker():
    u = read("sy di sabah, anak sy lahir disini gk punya akte")
    assert (u.reporter, u.relation) == ("self", None)
    u = read("saya ingin melaporkan kejadian yang menimpa keponakan saya di saudi")
    assert (u.reporter, u.relation) == ("family", "saudara")


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("assalamualaikum, sy pamannya. keponakan sy kerja di malaysia gk ada kabar", "saudara"),
        ("keponakan sy di taiwan", "saudara"),
        ("my uncle works on a ship", "saudara"),
        ("bojo kulo ditangkep polisi malaysia", "pasangan"),
        ("kulo bojone", "pasangan"),
        ("teman sy di hongkong", "lainnya"),
    ],
)
def test_an_uncle_a_niece_and_a_javanese_spouse_are_family(text, relation):
    u = read(text)
    assert (u.reporter, u.relation) == ("family", relation)


def test_a_passport_held_said_in_javanese_is_read():
    assert "penahanan_dokumen" in read("bojo kulo ditangkep polisi malaysia, paspore dicekel majikan").categories


@pytest.mark.parametrize(
    ("text", "country"),
    [("sy di malysia", "MY"), ("kerja di hongkog", "HK"), ("singapure", "SG"), ("riyadth", "SA"), ("brunai", "BN")],
)
def test_a_misspelt_destination_is_still_read(text, country):
    assert read(text).country == country


def test_a_word_that_only_resembles_a_place_is_not_one():
    assert read("sy sabar aja").country is None
    assert read("majikan jahat").country is None
