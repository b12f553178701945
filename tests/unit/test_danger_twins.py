"""Danger beside its harmless twin (issue 14, round eight): kinds of phrasing two earlier rounds
left, each danger told in a few ways and set beside messages in the same words that alert nobody.
Written as workers type."""

from __future__ import annotations

import pytest

from flows.understand.danger import detect

# (dangerous, harmless twin in the same words)
TWINS = [
    # her own room's door locked on her by the house or at night; a building's door at its hour is not
    ("pintu kamar sy dikunci jam 9 mlm sm majikan", "pintu gedung dikunci jam 10 malam"),
    ("kamar sy dikunci sm tuan tiap hbs isya", "kamar sy dikunci soalnya sy lg mudik"),
    ("kamar sy dikunci tiap mlm dr jam 9", "kamar sy dikunci sndiri tiap mlm biar aman"),
    ("pintu kamarku dikunci nyonya tiap mlm", "pintu asrama dikunci jam 10 mlm"),
    # a doubled cry with help asked and no task named; a task after it is a request
    ("tolong tolong bantu sy", "tolong tolong bantu sy hitung lembur"),
    ("tlg tlg bantu aku kak", "tlg tlg bantu aku isi formulir kak"),
    # a baby named before a blow by an adult, with no comma; the baby's own doing is not a blow
    ("bayi majikan rewel trs tuan nampar sy", "bayi majikan rewel trs gigit sy pas tumbuh gigi"),
    # a show named in an earlier clause, then a day of hers: the blow is real; the show's story is not
    (
        "adik sy suka nonton sinetron tiap malem, kmrn dia dipukul suaminya",
        "adik sy suka nonton sinetron tiap malem, ada yg dipukul suaminya",
    ),
    ("ibu sy hobi nonton drakor, td dia ditampar bapak", "ibu sy hobi nonton drakor, pemeran utamanya ditampar"),
    # her medicine taken by someone; collected at a pharmacy is not
    ("obat sy diambil majikan", "resep obat sy diambil di apotek"),
    ("obat saya diambil nyonya, skrg sesak", "obat saya diambil di apotek rs tadi"),
    # a forced abortion happening; the law asked of a case that is only supposed is not
    ("majikan nyuruh sy aborsi", "klo majikan nyuruh aborsi itu legal gk kak?"),
    ("klo majikan nyuruh sy aborsi itu legal gk kak?", "kalau disuruh aborsi sm agensi itu melanggar hukum gk"),
    # made to sleep on the balcony; the employer's child sleeping there is the house's own
    ("sy disuruh tidur di balkon", "anak majikan tidur di balkon"),
    ("aku dikon turu ning balkon", "anake majikan turu ning balkon"),
    # Javanese "bola bali" (over and over) is no ball; a ball that hits is
    ("majikan bola bali nggebuki aku", "sy kena bola voli pas main"),
    ("ngeplak raiku bola bali", "anak majikan nendang bola ke sy pas main"),
]


@pytest.mark.parametrize(("danger", "twin"), TWINS)
def test_danger_is_read_and_its_twin_is_not(danger: str, twin: str) -> None:
    assert detect(danger) is not None, danger
    assert detect(twin) is None, twin
