"""Misreadings of the problem that users noticed in a first message (issue 13, task category9;
ADR 0019, addendum of 7 December, night): each as she typed it, and what a mediator reads in it."""

from datetime import date

import pytest

from flows.understand import understand
from tests.support.chat import text_of
from tests.unit.test_tell_it_once import answer_through, chat_after

TODAY = date(2026, 12, 7)


def read(text: str):
    return understand(text, today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "sy disuruh pulang jam 6 sore tiap hari",
        "sy pulang kerja jam 11 malem terus, capek bgt",
        "tiap hari balik jam 10 malam dr pabrik",
    ],
)
def test_going_home_from_work_at_an_hour_is_no_wish_to_go_home(text: str) -> None:
    got = read(text)
    assert "ingin_pulang" not in got.categories
    assert "phk_sepihak" not in got.categories


def test_a_wish_to_go_home_is_still_read_beside_the_hour() -> None:
    assert read("sy mau pulang ke indo aja, tiap hari kerja sampe jam 11 malam").categories[0] == "ingin_pulang"


@pytest.mark.parametrize("text", ["sy mau putus kontrak", "gmn caranya putus kontrak, sy udh gk kuat"])
def test_her_wish_to_end_the_contract_is_going_home_not_a_dismissal(text: str) -> None:
    # she ends it, not the employer: a mediator handles it as her early return (or a change of
    # employer), never as a one-sided dismissal, which is the employer's doing
    got = read(text)
    assert got.categories[0] == "ingin_pulang"
    assert "phk_sepihak" not in got.categories


def test_a_contract_the_employer_ended_is_still_a_dismissal() -> None:
    assert read("kontrak sy diputus sm majikan padahal msh 1 thn").categories[0] == "phk_sepihak"


@pytest.mark.parametrize(
    "text",
    ["majikan gk kasih hp ke sy", "madam gk kasih hp, sy gk bisa telp anak", "agen gk kasih hp ke kami semua"],
)
def test_a_phone_she_is_not_given_is_lost_contact_not_wages(text: str) -> None:
    got = read(text)
    assert got.categories[0] == "putus_komunikasi"
    assert "gaji_tidak_dibayar" not in got.categories


def test_wages_not_given_are_still_wages() -> None:
    assert read("majikan gk kasih gaji ke sy udh 3 bln").categories[0] == "gaji_tidak_dibayar"


@pytest.mark.parametrize("text", ["sy dibully senior sy di pabrik", "my senior always bully me in the factory"])
def test_bullying_at_work_is_a_problem(text: str) -> None:
    assert read(text).categories[:1] == ("kekerasan",)


@pytest.mark.parametrize(
    "text", ["keluarga gk dpt kabar dr sy", "sy gk bisa kirim kabar", "sy gk bisa ngabarin keluarga"]
)
def test_news_that_cannot_pass_either_way_is_lost_contact(text: str) -> None:
    assert read(text).categories[:1] == ("putus_komunikasi",)


def test_months_of_salary_taken_are_an_amount_not_since_when() -> None:
    got = read("6 month salary deduction")
    assert got.since is None
    assert got.categories[0] in ("potongan_gaji", "biaya_berlebih")


def test_months_of_salary_unpaid_still_say_since_when() -> None:
    assert read("gaji 1500 riyal x 6 month belum dibayar").since == "P6M"


def test_malaysian_x_for_not() -> None:
    assert read("permit pun x ada").categories[:1] == ("tidak_berdokumen",)
    assert read("esok x payah dtg kerja, bos kata").categories[:1] == ("phk_sepihak",)


def test_a_times_sign_between_figures_is_no_negation() -> None:
    got = read("gaji 1200 dirham sebulan x 24 bln blm pernah dikasih")
    assert got.categories[0] == "gaji_tidak_dibayar"


def test_a_training_centre_named_in_her_story_is_the_agency_not_a_failed_departure() -> None:
    got = read("sy berangkat ke jepang lewat LPK Sakura Jaya, skrg gaji sy dipotong 3 bln")
    assert got.agency == "LPK Sakura Jaya"
    assert "gagal_berangkat" not in got.categories


def test_lpk_typed_at_the_route_question_is_the_official_route() -> None:
    for said in ("LPK", "lwt lpk kak"):
        chat = chat_after("sy kerja di jepang, gaji sy dipotong terus sm perusahaan", "@setuju", "gk", "ya")
        answer_through(chat, "route")
        text = text_of(chat.send(said))
        assert chat.slots["route"] == "procedural", said
        assert "pilihan itu tidak ada" not in text and chat.node != "route", said


def test_lpk_typed_at_the_agency_question_is_kept_as_the_agency() -> None:
    chat = chat_after("sy kerja di jepang, gaji sy dipotong terus sm perusahaan", "@setuju", "gk", "ya")
    answer_through(chat, "agency")
    chat.send("LPK")
    assert chat.slots["agency"] == "LPK"
    assert chat.slots["category"] == "potongan_gaji"
