"""Every input kind's parser with the messy answers people really type on a phone."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import codes
from flows.danger import detect_danger
from flows.inputs import (
    PROVINCES,
    is_done,
    is_skip,
    parse_choice,
    parse_country,
    parse_date,
    parse_number,
    parse_phone,
    parse_province,
    parse_yesno,
)
from flows.inputs.base import normalize, normalize_any
from flows.language import detect_language

TODAY = date(2026, 11, 23)
MESSY = [
    "",
    "   ",
    "\u200f\u200e",
    "🙏🙏🙏",
    "{{ 7*7 }}",
    "{% for x in y %}",
    "<script>alert(1)</script>",
    "'; DROP TABLE cases; --",
    "x" * 4096,
    "\x00\x01\x02",
    "9" * 400,
]


@pytest.mark.parametrize("text", ["ya", "Iya", "IYAAA", "y", "yes", "betul", "bener", "ok", "iya benar", "iya 🙏"])
def test_yes(text: str) -> None:
    assert parse_yesno(text).value is True


@pytest.mark.parametrize(
    "text", ["tidak", "TDK", "nggak", "gak", "ga", "enggak", "no", "belum", "tidak pernah", "ga ada"]
)
def test_no(text: str) -> None:
    parsed = parse_yesno(text)
    assert parsed.ok and parsed.value is False


@pytest.mark.parametrize("text", ["mungkin", "ya tidak", "entahlah", "", "3"])
def test_neither_yes_nor_no(text: str) -> None:
    assert not parse_yesno(text).ok


OPTIONS = [
    ("gaji", "Gaji dan uang"),
    ("kekerasan", "Kekerasan atau bahaya"),
    ("pulang", "Ingin pulang"),
    ("lainnya", "Lainnya"),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", "gaji"),
        ("2.", "kekerasan"),
        ("no 3", "pulang"),
        ("nomor 4", "lainnya"),
        ("dua", "kekerasan"),
        ("Gaji dan uang", "gaji"),
        ("GAJI DAN UANG!!", "gaji"),
        ("ingin pulang", "pulang"),
        ("pulang", "pulang"),
        ("lainnya", "lainnya"),
        ("kekerasn atau bahaya", "kekerasan"),
    ],
)
def test_choice_by_number_label_or_close_word(text: str, expected: str) -> None:
    parsed = parse_choice(text, OPTIONS)
    assert parsed.ok and parsed.value == expected


@pytest.mark.parametrize(
    "text", ["9", "0", "saya mau cerita panjang tentang majikan saya yang jahat sekali", "zzz", *MESSY]
)
def test_choice_that_fits_nothing(text: str) -> None:
    assert not parse_choice(text, OPTIONS).ok


@pytest.mark.parametrize(
    ("text", "code", "confirm"),
    [
        ("arab saudi", "SA", False),
        ("Saudi", "SA", False),
        ("KSA", "SA", False),
        ("hongkong", "HK", False),
        ("HK", "HK", False),
        ("malay", "MY", False),
        ("Malaysia 🇲🇾", "MY", False),
        ("taiwan", "TW", False),
        ("singapura", "SG", False),
        ("korsel", "KR", False),
        ("dubai", "AE", False),
        ("kamboja", "KH", False),
        ("Saudi Arabia", "SA", False),
        ("Jepang", "JP", False),
        ("malyasia", "MY", True),
        ("hongkog", "HK", True),
        ("di malaysia", "MY", False),
        ("Uni Emirat Arab", "AE", False),
        ("indonesia", "ID", False),
    ],
)
def test_country(text: str, code: str, confirm: bool) -> None:
    parsed = parse_country(text, "id")
    assert parsed.ok and parsed.value == code and parsed.confirm is confirm


def test_country_names_in_the_users_language() -> None:
    assert parse_country("ksa", "id").display == "Arab Saudi"
    assert parse_country("ksa", "en").display == "Saudi Arabia"
    assert parse_country("korsel", "id").display == "Korea Selatan"


@pytest.mark.parametrize("text", ["asdfgh", "saya tidak tahu negaranya apa", *MESSY])
def test_unknown_country(text: str) -> None:
    assert not parse_country(text, "id").ok


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("jatim", "Jawa Timur"),
        ("Jawa Timur", "Jawa Timur"),
        ("NTB", "Nusa Tenggara Barat"),
        ("jogja", "DI Yogyakarta"),
        ("dki", "DKI Jakarta"),
        ("sulsel", "Sulawesi Selatan"),
        ("papua pegunungan", "Papua Pegunungan"),
        ("provinsi lampung", "Lampung"),
        ("jawa tengh", "Jawa Tengah"),
    ],
)
def test_province(text: str, name: str) -> None:
    parsed = parse_province(text)
    assert parsed.ok and parsed.value == name


def test_thirty_eight_provinces() -> None:
    assert len(PROVINCES) == 38 and len(set(PROVINCES)) == 38


@pytest.mark.parametrize(
    ("text", "region", "e164"),
    [
        ("+62 812-3456-7890", None, "+6281234567890"),
        ("0812 3456 7890", "SA", "+6281234567890"),
        ("6281234567890", None, "+6281234567890"),
        ("+966 50 123 4567", None, "+966501234567"),
        ("050 123 4567", "SA", "+966501234567"),
        ("012-345 6789", "MY", "+60123456789"),
        ("6123 4567", "HK", "+85261234567"),
        ("WA: +852 6123 4567", None, "+85261234567"),
    ],
)
def test_phone(text: str, region: str | None, e164: str) -> None:
    parsed = parse_phone(text, region)
    assert parsed.ok and parsed.value == e164


@pytest.mark.parametrize("text", ["12345", "nomor saya hilang", "+62 1", *MESSY])
def test_bad_phone(text: str) -> None:
    assert not parse_phone(text, "MY").ok


@pytest.mark.parametrize(
    ("text", "iso", "display"),
    [
        ("12 Maret 2024", "2024-03-12", "12 Maret 2024"),
        ("12 mar 24", "2024-03-12", "12 Maret 2024"),
        ("12/03/2024", "2024-03-12", "12 Maret 2024"),
        ("2024-03-12", "2024-03-12", "12 Maret 2024"),
        ("maret 2024", "2024-03-01", "Maret 2024"),
        ("sejak januari", "2026-01-01", "Januari 2026"),
        ("sejak desember", "2025-12-01", "Desember 2025"),
        ("2023", "2023-01-01", "2023"),
        ("kemarin", "2026-11-22", "22 November 2026"),
        ("3 bulan lalu", "2026-08-25", "Agustus 2026"),
        ("2 minggu yang lalu", "2026-11-09", "9 November 2026"),
        ("tahun lalu", "2025-01-01", "2025"),
    ],
)
def test_dates_in_indonesian(text: str, iso: str, display: str) -> None:
    parsed = parse_date(text, TODAY, "id")
    assert parsed.ok and parsed.value == iso and parsed.display == display


def test_dates_in_english() -> None:
    parsed = parse_date("since March 2025", TODAY, "en")
    assert parsed.ok and parsed.display == "March 2025"


@pytest.mark.parametrize("text", ["12 Maret 2030", "besok lusa", "31/02/2024", "kapan-kapan", *MESSY])
def test_bad_or_future_dates(text: str) -> None:
    assert not parse_date(text, TODAY, "id").ok


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("25", 25),
        ("umur 25", 25),
        ("25 thn", 25),
        ("dua puluh lima", 25),
        ("sebelas", 11),
        ("tiga belas", 13),
        ("empat puluh", 40),
    ],
)
def test_numbers(text: str, value: int) -> None:
    parsed = parse_number(text, 10, 80)
    assert parsed.ok and parsed.value == value


@pytest.mark.parametrize("text", ["5", "200", "banyak", "25 atau 26", *MESSY])
def test_bad_numbers(text: str) -> None:
    assert not parse_number(text, 10, 80).ok


def test_skip_and_done_words() -> None:
    assert all(is_skip(t) for t in ["lewati", "Skip", "tidak tahu", "gak tau", "-", "Don't know"])
    assert all(is_done(t) for t in ["selesai", "Sudah", "udah", "done", "cukup"])
    assert not is_skip("Siti") and not is_done("saya sudah lima bulan tidak digaji")


@pytest.mark.parametrize(
    "text",
    [
        "tolong",
        "TOLONG!!!",
        "tolooong",
        "tolong saya",
        "saya dipukul majikan",
        "di pukul tiap hari",
        "dikurung di kamar",
        "saya mau bunuh diri",
        "tidak dikasih makan",
        "gak dikasih makan 2 hari",
        "diperkosa",
        "help me",
        "I was beaten",
        "saya disiksa",
        "diancam dibunuh",
    ],
)
def test_danger_words(text: str) -> None:
    assert detect_danger(text)


@pytest.mark.parametrize(
    "text",
    [
        "tolong bantu cek status",
        "tolong dibantu ya",
        "gaji saya belum dibayar",
        "majikan baik tapi gaji kurang",
        "pukul 10 pagi",
        "saya makan sehari dua kali",
        "kembali",
        *MESSY,
    ],
)
def test_not_danger(text: str) -> None:
    assert not detect_danger(text)


def test_language_detection() -> None:
    assert detect_language("Saya mau melapor majikan saya tidak membayar gaji") == "id"
    assert detect_language("My employer has not paid my salary for five months") == "en"
    assert detect_language("Saya nak buat aduan tentang majikan yang tidak bayar gaji") == "id"  # Malay
    assert detect_language("ok") is None
    assert detect_language("🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏🙏") is None


def test_chat_indonesian_is_known_by_its_short_forms() -> None:
    """langdetect called "sy masuk malaysia pake visa turis trus kerja, skrg overstay" Finnish and
    "halo min mau tanya" Tagalog: the chat's language stayed open. The short forms settle it."""
    assert detect_language("sy masuk malaysia pake visa turis trus kerja, skrg overstay") == "id"
    assert detect_language("halo min mau tanya") == "id"
    assert detect_language("assalamualaikum") == "id"
    assert detect_language("kak aku helper di singapore, majikan suruh aku kerja jg di toko dia tiap hari") == "id"
    assert detect_language("Assalamualaikum, I'm writing about my aunt who works as a maid in Kuwait") == "en"
    assert detect_language("hello, my salary is not paid for 3 months") == "en"


def test_case_numbers_are_readable_and_unpredictable() -> None:
    numbers = {codes.case_number(bytes([i, 7, 3, i * 3 % 256, 9, 1, 2, 3])) for i in range(200)}
    assert len(numbers) == 200
    for number in numbers:
        assert len(number) == 8 and number[3] == "-" and not set(number) & set("01OI")
    code = codes.access_code(b"\xff" * 8)
    assert len(code) == 9 and code[4] == "-" and not set(code) & set("01OI")
    assert codes.format_number("k7q 3xm9") == "K7Q-3XM9"


@settings(max_examples=2000, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_the_ascii_shortcut_normalises_like_the_general_path(text: str) -> None:
    assert normalize(text) == normalize_any(text)


def test_a_flag_is_its_country() -> None:
    """🇸🇦 typed to "which country?" was "negara itu tidak kami kenal"."""
    assert parse_country("🇸🇦").value == "SA"
    assert parse_country("🇭🇰🇭🇰").value == "HK"
    assert not parse_country("🇮🇩").ok, "Indonesia is home, not where she works"
    assert not parse_country("🇸🇦🇹🇼").ok, "two countries: asked"
