"""Names and numbers said outright in a message (flows/understand/contact.py)."""

from __future__ import annotations

import pytest

from flows.understand.contact import read_contact


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nama sy indah dr cilacap", "indah"),  # an everyday word right after "nama sy" is her name
        ("namaku Siti binti Ahmad, umur 25", "Siti binti Ahmad"),
        ("perkenalkan nama saya Yuli Astuti, TKW di taiwan", "Yuli Astuti"),
        ("my name is Lina, i work in Taiwan", "Lina"),
        ("sy bernama Dewi. sy di hongkong", "Dewi"),
    ],
)
def test_her_own_name(text: str, name: str) -> None:
    assert read_contact(text).own_name == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("nama anak sy : Dewi Lestari binti Sukardi dari Indramayu", "Dewi Lestari binti Sukardi"),
        ("anak sy namanya Rina Marlina kerja di malaysia", "Rina Marlina"),
        ("my daughter name is Ani", "Ani"),
        ("istri sy Siti Aminah meninggal di saudi", "Siti Aminah"),
        ("my cousin Ratna works in Singapore", "Ratna"),
        ("My friend Indonesian helper Yanti her employer not giving her food", "Yanti"),
        ("Sy paralegal SBMI. Pekerja a.n. Warsini ditahan di Abu Dhabi", "Warsini"),
        ("anak sy Sri Wahyuni di taiwan", "Sri Wahyuni"),
    ],
)
def test_a_relative_s_name(text: str, name: str) -> None:
    found = read_contact(text)
    assert found.worker_name == name and found.own_name is None


@pytest.mark.parametrize(
    "text",
    [
        "nama majikan sy Mr Ahmad",
        "nama saya",
        "kerja di pabrik 8 jam",
        "majikan namanya madam Wong",
        "anak sy Di Malaysia gk digaji",
        "teman sy Malaysia",
        "My friend She is not paid",
        "transfer a.n. saya",
    ],
)
def test_no_name_of_hers(text: str) -> None:
    found = read_contact(text)
    assert found.own_name is None and found.worker_name is None


@pytest.mark.parametrize(
    ("text", "phone", "worker_phone"),
    [
        ("my number +886 912 345 678", "+886912345678", None),
        ("paspor dipegang madam, no hp sy 0812 3456 7890", "+6281234567890", None),
        ("hp anak sy 0812 3456 7890 gk aktif", None, "+6281234567890"),
        ("sy tlp ke nomor 08123456789 gk aktif", None, "+628123456789"),  # the number she calls
        ("no agen sy 0812 3456 7890", None, None),
        ("hp sy rusak, no agen 0812 3456 7890", None, None),
        ("no rek sy 1234567890", None, None),
        ("gaji 1500000 blm dibayar", None, None),
    ],
)
def test_whose_number(text: str, phone: str | None, worker_phone: str | None) -> None:
    found = read_contact(text, "MY")
    assert (found.phone, found.worker_phone) == (phone, worker_phone)
