"""Answers to the later questions as people type them, found by playing 1,500 reporters of the
tuning part through the whole dialog (ADR 0028, round five): each was refused ("pilihan itu tidak
ada"), kept as a note with the question asked again, or filed as something it is not."""

from __future__ import annotations

import pytest

from tests.support.chat import Chat, text_of
from tests.unit.test_tell_it_once import chat_after

WAGES_ID = "majikan sy di riyadh gk bayar gaji 4 bln"
WAGES_EN = "my employer in riyadh not pay my salary 4 months"
FIRED = "sy dipecat majikan di riyadh"


def at(node: str, first: str = WAGES_ID) -> Chat:
    """A report told in one message, filed, and its later questions skipped until ``node``."""
    chat = Chat()
    chat.send(first)
    chat.press("setuju")
    chat.send("no")
    chat.send("yes")
    for _ in range(40):
        if chat.node == node:
            return chat
        chat.send("ya" if chat.node == "summary" else "lanjut" if chat.node == "more" else "lewati")
    raise AssertionError(f"{node} was never asked")


@pytest.mark.parametrize(
    ("first", "node", "said", "value"),
    [
        (WAGES_EN, "wants", "gaji dibayar", "gaji"),
        (WAGES_EN, "wants", "pindah majikan", "pindah"),
        (WAGES_EN, "sex", "cewek pak", "F"),
        (WAGES_EN, "sex", "laki2 pak, umur 34", "M"),
        (WAGES_ID, "wants", "salary paid", "gaji"),
    ],
)
def test_the_words_of_either_language_choose_an_option(first: str, node: str, said: str, value: str) -> None:
    """In a chat that went English she still types Indonesian, and the other way round."""
    chat = at(node, first)
    turn = chat.send(said)
    assert chat.slots[node] == value
    assert "not one of the choices" not in text_of(turn) and "pilihan itu tidak ada" not in text_of(turn)


@pytest.mark.parametrize("node", ["employer_type", "wants"])
def test_dont_know_passes_a_question_that_may_be_skipped(node: str) -> None:
    chat = at(node)
    turn = chat.send("gk tau")
    assert chat.node != node
    assert chat.slots[node] is None
    assert "pilihan itu tidak ada" not in text_of(turn)


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("jaga nenek pak, di rumah", "rumah_tangga"),
        ("di perkebunan sawit, kerjanya nebang sm angkut buah", "perusahaan"),
        ("the employer name is Mr Chen, a family, i take care his father", "rumah_tangga"),
    ],
)
def test_the_work_told_answers_where_the_work_is(said: str, value: str) -> None:
    chat = at("employer_type")
    chat.send(said)
    assert chat.slots["employer_type"] == value
    assert chat.node == "route"


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("PT Graha Insan Mandiri", "procedural"),
        ("pt nya PT Bina Karya Mandiri, di kendal", "procedural"),
        ("gak tau mbak sy cm ikut aja", "unknown"),
        ("gk tau sy, pokoknya diurusin semua", "unknown"),
        ("lwt calo", "calo"),
    ],
)
def test_the_route_is_read_from_the_pt_she_names_or_her_not_knowing(said: str, value: str) -> None:
    chat = at("route")
    chat.send(said)
    assert chat.slots["route"] == value
    assert chat.node != "route"


def test_not_knowing_the_agency_is_not_filed_as_its_name() -> None:
    """ "gk tau lewat PT apa, pokoknya ada yg ngurusin" was filed as the agency's name."""
    chat = at("agency")
    turn = chat.send("gk tau lewat PT apa, pokoknya ada yg ngurusin")
    assert chat.slots["agency"] is None
    assert "Rahasia" not in text_of(turn)  # not answered as "will the agency know?"


def test_the_agency_named_after_not_knowing_is_the_agency() -> None:
    chat = at("agency")
    chat.send("gk tau namanya, PT Sinar Abadi kalo gk salah")
    assert chat.slots["agency"] == "PT Sinar Abadi"


def test_not_knowing_the_pt_is_no_question_about_privacy() -> None:
    chat = at("route")
    turn = chat.send("gk tau pt nya apa")
    assert "rahasia" not in text_of(turn).lower()
    assert chat.slots["route"] == "unknown"


@pytest.mark.parametrize(
    ("said", "since"),
    [
        ("dr thn 2023", "2023-01-01"),
        ("thn 2024 bln 3 kak", "2024-03-01"),
        ("bln 3 thn 2024", "2024-03-01"),
        ("lebaran kemarin", "2026-03-01"),
        ("Since last Ramadan", "2026-02-01"),
        ("bulan puasa kemaren mbak, pas sahur terakhir dia telp", "2026-02-01"),
        ("3 minggu an", "2026-11-12"),
    ],
)
def test_since_when_as_typed(said: str, since: str) -> None:
    chat = at("since", FIRED)
    turn = chat.send(said)
    assert chat.slots["since"] == since, text_of(turn)
    assert chat.node != "since"


def at_the_problem_question() -> Chat:
    chat = chat_after("sy mau lapor", "@setuju", "gk", "lewati", "sy sendiri")  # no story yet
    assert chat.node == "category_group"
    return chat


@pytest.mark.parametrize(
    ("said", "category"),
    [
        ("habis kontrak tp ga boleh pulang", "tidak_dipulangkan"),
        ("udah 3 bulan, terakhir dikasih gaji bulan juli", "gaji_tidak_dibayar"),
        ("blm mbak, paspor msh dipegang agency", "penahanan_dokumen"),
    ],
)
def test_the_problem_told_in_a_sentence_answers_what_it_is_about(said: str, category: str) -> None:
    """It was "Terima kasih, itu sudah kami catat ... belum terjawab" and the list of groups again."""
    chat = at_the_problem_question()
    chat.send(said)
    assert chat.slots["category"] == category
    assert chat.node == "country"


def test_dont_know_what_the_problem_is_about_is_other() -> None:
    chat = at_the_problem_question()
    turn = chat.send("gk tau")
    assert "pilihan itu tidak ada" not in text_of(turn)
    assert chat.slots["category_group"] == "lainnya"
    assert chat.node == "country"


def test_i_want_to_report_offers_no_problem_first() -> None:
    """ "sy mau lapor utk anak sy" told no problem: the list of problems put "Kekerasan seksual"
    first, from the word "lapor" alone."""
    chat = Chat()
    chat.send("sy mau lapor utk anak sy")
    chat.press("setuju")
    chat.send("gk")
    chat.send("lewati")  # "Ceritakan apa yang terjadi ...": she has told no story yet (round ten)
    chat.send("lewati")
    assert chat.node == "category"
    assert "1. Kekerasan seksual" not in text_of(chat.turns[-1])


@pytest.mark.parametrize(
    ("said", "country", "city"),
    [("mesir? eh bukan, yordania pak. amman", "JO", "Amman"), ("jeddah eh salah, kuwait", "KW", None)],
)
def test_an_answer_taken_back_in_the_same_message_is_the_second_one(said: str, country: str, city: str | None) -> None:
    chat = chat_after("sy mau lapor, gaji sy gk dibayar 3 bln", "@setuju", "gk", "iya")
    assert chat.node == "country"
    chat.send(said)
    assert chat.slots["country"] == country
    assert chat.slots.get("city") == city


def test_a_cry_that_answers_the_screening_question_is_the_answer_too() -> None:
    """ "iya gk boleh keluar" to "Apakah Anda dilarang keluar rumah atau dikunci?": the alarm and
    the numbers, and the answer is Yes; the question is not asked again (her "gk tau" to it then
    replaced the Yes)."""
    chat = at("sc_movement")
    turn = chat.send("iya gk boleh keluar")
    assert chat.state is not None and chat.state.urgent
    assert "petugas" in text_of(turn).lower()
    assert chat.slots["sc_movement"] is True
    assert chat.node == "sc_threats"  # (her wages were told in her first message)


def test_a_wish_that_names_no_option_is_other_in_her_words() -> None:
    """ "pengen anak sy bisa libur tiap minggu" to "Apa yang paling Anda harapkan?": "Lainnya",
    and her words reach the staff with her story (it was "pilihan itu tidak ada")."""
    chat = at("wants")
    turn = chat.send("pengen bisa libur tiap minggu")
    assert "pilihan itu tidak ada" not in text_of(turn)
    assert chat.slots["wants"] == "lainnya"
    assert "pengen bisa libur tiap minggu" in chat.slots["story"]


@pytest.mark.parametrize(("said", "country"), [("singapur", "SG"), ("brunai", "BN"), ("emirat arab", "AE")])
def test_everyday_spellings_of_a_country_need_no_did_you_mean(said: str, country: str) -> None:
    """The understanding's own list of names ("singapur", "brunai") is the country question's too:
    it asked "Maksud Anda Singapura, benar?" for the way most people spell it."""
    chat = chat_after("sy mau lapor, gaji sy gk dibayar 3 bln", "@setuju", "gk", "iya")
    assert chat.node == "country"
    turn = chat.send(said)
    assert chat.slots["country"] == country
    assert "Maksud Anda" not in text_of(turn)


def test_going_with_a_pt_is_the_official_route() -> None:
    chat = at("route")
    chat.send("ikut pt kak")
    assert chat.slots["route"] == "procedural"


def test_a_country_taken_back_at_the_city_question_and_the_city_named_answers_it() -> None:
    """ "mesir? eh bukan, yordania pak. amman" at "Di kota mana?" of a report from Egypt: the
    country is Jordan and the city Amman; the city is not asked again."""
    chat = chat_after("sy kerja di mesir, gaji sy gk dibayar 3 bln", "@setuju", "gk", "iya")
    assert chat.node == "city"
    turn = chat.send("mesir? eh bukan, yordania pak. amman")
    assert (chat.slots["country"], chat.slots["city"]) == ("JO", "Amman")
    assert "Yordania" in text_of(turn)
    assert chat.node != "city"


@pytest.mark.parametrize("said", ["sometimes", "kadang2 kak", "sering bgt"])
def test_now_and_then_is_a_yes_to_what_happens_to_her(said: str) -> None:
    """It was "Maaf, mohon jawab Ya atau Tidak" to a worker kept in "sometimes"."""
    chat = at("sc_movement")
    turn = chat.send(said)
    assert chat.slots["sc_movement"] is True
    assert "Ya atau Tidak" not in text_of(turn)


def test_never_is_still_a_no() -> None:
    chat = at("sc_movement")
    chat.send("gk pernah")
    assert chat.slots["sc_movement"] is False


def test_nothing_to_send_ends_the_evidence_question() -> None:
    chat = at("evidence", WAGES_EN)
    chat.send("nothing")
    assert chat.node != "evidence"


@pytest.mark.parametrize("said", ["3 months salary", "gaji 4 bln kak"])
def test_money_owed_as_months_of_her_wage_is_kept_in_her_words(said: str) -> None:
    chat = at("money_owed")
    turn = chat.send(said)
    assert "cannot read" not in text_of(turn) and "tidak bisa kami baca" not in text_of(turn)
    assert chat.node != "money_owed"
    assert chat.slots["money_owed_display"] == said
    assert said in chat.slots["story"]


def test_a_short_wish_the_family_options_do_not_name_is_other() -> None:
    """ "change employer" to a family's "What do you hope for most?": "Lainnya" in her words."""
    chat = Chat()
    chat.send("my sister in riyadh, employer not pay her 5 months")
    chat.press("setuju")
    for _ in range(40):
        if chat.node == "wants":
            break
        chat.send("yes" if chat.node in ("summary", "understood") else "ok" if chat.node == "more" else "skip")
    assert chat.state is not None and chat.state.flow == "family_report" and chat.node == "wants"
    turn = chat.send("change employer")
    assert "not one of the choices" not in text_of(turn)
    assert chat.slots["wants"] == "lainnya"
    assert "change employer" in chat.slots["story"]


@pytest.mark.parametrize(
    ("first", "said", "money"),
    [
        (WAGES_ID, "4000", {"amount": 4000, "currency": "SAR"}),
        ("majikan sy di hongkong gk bayar gaji 2 bln", "4.500", {"amount": 4500, "currency": "HKD"}),
    ],
)
def test_an_amount_typed_alone_is_in_her_country_s_currency(first: str, said: str, money: dict[str, object]) -> None:
    """ "4000" to "Berapa uang yang belum dibayar?": it was refused for want of a currency."""
    chat = at("money_owed", first)
    chat.send(said)
    assert chat.slots["money_owed"] == money
    assert chat.node != "money_owed"


def test_a_large_fee_typed_alone_is_in_rupiah() -> None:
    chat = at("fees_paid", "sy di hongkong, biaya agensi kemahalan, potong gaji 7 bln")
    chat.send("15000000")
    assert chat.slots["fees_paid"] == {"amount": 15_000_000, "currency": "IDR"}
