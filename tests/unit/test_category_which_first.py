"""Which problem comes first, by kind (issue 13, task category10; ADR 0019, 8 December): no money
for the ticket home is her wish to go home, not "not sent home"; a blow told beside unpaid wages
leads; a worker's "want back to indonesia" is going home. Typed as she types on a phone."""

from datetime import date

import pytest

from flows.understand import understand
from flows.understand.normalize import read_text
from flows.understand.which_first import not_to_add

TODAY = date(2026, 12, 8)


def read(text: str):
    return understand(text, today=TODAY)


@pytest.mark.parametrize(
    "text",
    [
        "kak sy pengen balik ke indo tp duit buat tiket gk ada",
        "mau plg aja kak, cuma gk punya ongkos beli tiket pesawat",
        "want back to indonesia but no money buy ticket",
    ],
)
def test_no_money_for_the_ticket_is_her_wish_to_go_home(text: str) -> None:
    # she cannot pay her own way: going home, which a mediator arranges; "not sent home" is the
    # employer's failure after a contract ended, which she did not tell
    got = read(text)
    assert got.categories[0] == "ingin_pulang"
    assert "tidak_dipulangkan" not in got.categories


@pytest.mark.parametrize(
    "text",
    [
        "kontrak sy udh abis 3 bln tp majikan gk mau beliin tiket",
        "finish contract already, madam no buy my ticket",
    ],
)
def test_a_ticket_refused_after_the_contract_is_still_not_sent_home(text: str) -> None:
    assert read(text).categories[0] == "tidak_dipulangkan"


def test_the_model_may_not_add_not_sent_home_where_no_contract_is_named() -> None:
    assert not_to_add(read_text("sy mau pulang tp gk ada duit").words) == {"tidak_dipulangkan"}
    assert not_to_add(read_text("kontrak sy udh habis tp blm dipulangin").words) == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "nyonya suka nendang sy, udh 5 bln gk digaji",
        "gaji 4 bln blm dikasih, kmrn sy ditampar majikan",
        "boss slap me every day, salary 3 month no give",
    ],
)
def test_a_blow_told_beside_unpaid_wages_comes_first(text: str) -> None:
    got = read(text)
    assert got.categories[:2] == ("kekerasan", "gaji_tidak_dibayar")


def test_a_scolding_beside_unpaid_wages_leaves_the_wages_first() -> None:
    # no blow: the labels put the wages first, and so does the reader
    got = read("udh 6 bln gk digaji, majikan cuma bisa marah2 tiap sy nanya")
    assert got.categories[0] == "gaji_tidak_dibayar"


@pytest.mark.parametrize("text", ["i want back to indonesia pls help", "i want go back kampung, cannot stand here"])
def test_a_workers_want_back_to_indonesia_is_going_home(text: str) -> None:
    assert read(text).categories[0] == "ingin_pulang"
