"""Harmless senses of a word of danger told by their context (issue 14, ADR 0020, branch
lookalike8): each kind in fresh words as workers type, and beside it the same words with her
danger, still read (flows/understand/danger_senses.py)."""

from __future__ import annotations

import pytest

from flows.understand.danger import detect

HARMLESS = [
    # a "never" in Javanese
    "bojone majikan rada galak nanging ora nate nggebuki aku",
    "majikanku cerewet tp ra tau mukul kok mbak",
    # a small child, its age told
    "cucu nenek yg sy jaga suka nendang2 kalo dipakein baju, umurnya 3 thn",
    "anak majikan jambak rambut sy td, maklum dia baru 2 tahun",
    # money or a firm as the subject
    "gajiku dicekik cicilan hp, tinggal dikit bgt",
    "agensi lama sy katanya udh dijual ke perusahaan lain, kontrak sy gmn",
    # a stranger's case read, or "not me"
    "td liat video di tiktok ada tkw dipukulin majikannya, kasian bgt",
    "bu jgn panik, yg di berita dianiaya itu bukan sy, sy baik2 aja",
    # a weapon as goods
    "bapak sy pandai besi, sy mau kirim parang buatan bapak ke majikan buat oleh2, boleh gk di bagasi",
    # a lock against thieves
    "gerbang belakang digembok dr luar tiap malem supaya gk kemalingan",
    # a former partner, peace now
    "mantan pacar dulu suka nampar, udh putus lama, sekarang sy tenang",
    # thanks for a case of a past year
    "terima kasih sudah membantu kasus penganiayaan adik kami tahun 2022, sekarang dia sudah menikah",
    # help given, thanked
    "thanks a lot to the embassy who help me last year, now i'm working again",
    # a threat told as a joke
    "nyonya suka bilang 'i kill you' kalo sy menang main kartu, ternyata cuma bercanda",
    # the model's alarm on a harmless sense
    "sy pengen ikut kursus bela diri tiap minggu",
    "disini winter, sy gk tahan dingin, pengen beli jaket",
]

STILL_DANGER = [
    "majikanku ora ngekei mangan, aku digebuki saben dino",
    "majikanku ra tau bayar gaji, aku dikunci neng kamar",
    "anak majikan yg udh 20 thn suka pegang2 sy",
    "anak majikan baru 2 thn, bapaknya yg suka nampar sy",
    "sy dicekik majikan gara2 gaji minta dinaikin",
    "temen sy dijual agensi ke majikan lain",
    "td liat video di tiktok, trs majikan mukul sy krn sy main hp",
    "majikan sy bawa parang, ngancam mau bunuh sy",
    "pintu kamar sy digembok dr luar biar sy gk kabur",
    "mantan majikan masih suka dateng dan mukul sy",
    "majikan bilang mau bunuh sy, katanya bercanda tp sy takut",
    "majikan bilang mau bunuh sy, dia gk bercanda",
    "sy pengen bunuh diri aja, capek",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_a_harmless_sense_raises_no_alarm(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize("text", STILL_DANGER)
def test_the_same_words_with_her_danger_are_still_read(text: str) -> None:
    assert detect(text) is not None


MORE_HARMLESS = [
    "sy dikunci akun ig nya, katanya aktivitas mencurigakan",
    "jari sy kena pisau pas ngupas bawang, gk sengaja, udh diplester",
    "sy gk makan siang krn puasa senin kamis",
    "hati sy tersayat denger anak sy sakit di kampung",
    "tetangga kamar yg dulu dipukul majikannya udh pindah majikan, sekarang dia aman",
    "sy terjebak kontrak 2 thn, boleh putus kontrak gk?",
    "capek bgt, sy gk kuat ngantuk, mau tidur dulu ya kak",
]

MORE_STILL_DANGER = [
    "tolong, sy dikunci, hp sy diambil majikan",
    "majikan sengaja siram tangan sy pake air panas",
    "sy gk dikasih makan krn dianggap malas",
    "yen kabur jare aku dipateni, iki dudu guyon mbak",
    "sy terjebak di rumah majikan, gk boleh keluar",
]


@pytest.mark.parametrize("text", MORE_HARMLESS)
def test_more_harmless_senses_raise_no_alarm(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize("text", MORE_STILL_DANGER)
def test_more_of_her_danger_is_still_read(text: str) -> None:
    assert detect(text) is not None
