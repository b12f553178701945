"""Who is writing: an employer is told where to go and nothing is kept (a report of a worker who
ran away must not become a case that helps find her); a village head writes for residents."""

from __future__ import annotations

from datetime import date

import pytest

from flows.reading import employer_writing
from flows.types import FileCase
from flows.understand import understand
from tests.support.chat import Chat, text_of


@pytest.mark.parametrize(
    "said",
    ["sy majikan", "selamat siang, sy majikan", "pembantu sy orang indonesia kabur", "i am her employer",
     "my maid ran away with my money", "saya adalah majikan dari pekerja indonesia"],
)  # fmt: skip
def test_an_employer_writing_is_recognised(said: str) -> None:
    assert employer_writing(said)


@pytest.mark.parametrize(
    "said",
    ["majikan sy gk bayar gaji", "sy majikannya jahat bgt", "sy kabur dari majikan", "sy pembantu rumah tangga",
     "sy kerja jadi pembantu, majikan sy kabur", "bos sy jahat", "sy majikan baru"],
)  # fmt: skip
def test_a_worker_speaking_of_her_employer_is_not_an_employer(said: str) -> None:
    assert not employer_writing(said)


def test_an_employer_reporting_a_runaway_maid_is_turned_away_and_nothing_is_kept() -> None:
    chat = Chat()
    said = text_of(chat.send("sy majikan"))
    assert "menerima laporan dari pekerja migran Indonesia dan keluarganya" in said
    chat.send("pembantu sy orang indonesia kabur bawa uang sy")
    assert chat.node is None and "story" not in chat.slots and not chat.effects(FileCase)


def test_a_worker_whose_employer_ran_off_still_reports() -> None:
    chat = Chat()
    chat.send("sy majikannya jahat bgt, gaji gk dibayar 3 bln")
    assert chat.node == "consent" and "gaji gk dibayar" in chat.slots["story"]


def test_a_village_head_writes_for_residents_not_as_the_worker() -> None:
    found = understand("selamat siang sy kepala desa sukamaju, ada 3 warga sy di kamboja", date(2026, 12, 3))
    assert found.reporter == "family" and found.relation == "lainnya"


@pytest.mark.parametrize("said", ["tolong sy mau pulang", "gaji sy blm dibayar", "paspor sy ditahan agen"])
def test_a_short_problem_told_in_the_first_person_is_her_own_and_not_asked_who_reports(said: str) -> None:
    chat = Chat()
    chat.send(said)
    chat.send("ya")  # consent
    said_back = text_of(chat.send("gk"))  # the phone is not checked
    assert chat.slots["reporter_kind"] == "self" and "Saya sendiri (pekerja)" in said_back


@pytest.mark.parametrize("said", ["anak sy mau pulang", "sy mamanya, gajinya blm dibayar"])
def test_a_family_member_naming_the_worker_is_not_read_as_the_worker(said: str) -> None:
    assert understand(said, date(2026, 12, 3)).reporter == "family"
