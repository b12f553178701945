"""Danger typed in a hurry and danger told without a violent word: a blow typed without its vowels
("dipkul", "dikurng"), fleeing and now out on the street, never let outside for months, unable
to get out and asking for someone to come, a threat held over what she does. Each with the
everyday messages that share its words and must alert no one."""

from __future__ import annotations

import pytest

from flows.understand.danger import detect

VOWELS_DROPPED = [
    "sy dipkul lg sm majikan td mlm",
    "adik sy dikurng di gudang sm agen",
    "tiap hari dtmpar kl salah dikit",
    "sy dpkl pake sapu",
    "majikan sy suka dsiksa sy",
    "kmrn sy dbnting ke lantai",
    "tiap hari ada aja yg nampol sy",  # "tampol", a slap
    "majikn sy mau bnh sy",
    "sy dpksa nemenin tamu di karaoke",  # a passive a rule starts with: "dipaksa"
]

VOWELS_DROPPED_LOOK_ALIKES = [
    "rumah majikan dket pasar, sy bs belanja sendiri",  # "dket" is dekat
    "bgmn caranya lapor gaji telat?",  # bagaimana
    "anak sy lg pkl di bengkel",  # a school placement, not "pukul"
    "sy mau tidur dulu ya kak",
    "kiat2 biar betah kerja di hk apa ya",
    "suami sy ngorok terus tiap malem",  # snoring, not "ngegorok"
    "badan sy sakit semua abis kerja",
    "hp sy prnh dbnting sm anak majikan",  # a phone, as "hp sy pernah dibanting"
]

FLED_AND_OUT = [
    "sy kabur dr rmh majikan subuh td, skrg di pinggir jalan, hp tinggal 3%",
    "tmn sy lari dr rumah madam, skrg di taman gk tau mau kmn",
    "aq kabur dr kapal, skrg ngumpet di semak2 deket pelabuhan",
    "i left my employer house tonight, now at bus station, where i should go",
    "sy kabur lewat pintu blkg, skrg sembunyi di toilet masjid",
]

FLED_LOOK_ALIKES = [
    "sy pernah kabur dr asrama pas sekolah dulu, skrg udh kerja di hk",
    "sy kabur dr rumah mertua 2 thn lalu, skrg udh tenang di kampung",
    "adik sy kabur dr pesantren, skrg udh di rumah nenek",
    "tiap sore sy lari di taman, skrg lg di taman deket rumah",
    "sy kabur dr acara arisan krn bosen, skrg di jalan pulang wkwk",
]

KEPT_FROM_OUTSIDE = [
    "udh 8 bulan sy gk pernah keluar, pintu selalu dikunci kodenya",
    "adik sy di riyadh dari dtg gk pernah keluar rumah sm sekali, udh setahun",
    "tlg kirim polisi ke alamat ini, sy gk bisa keluar",
    "help pls, sy di gudang majikan gk bs keluar",
    "sy blm pernah liat jalan luar dr dtg kesini",
    "udh 5 hari sy gk liat matahari, jendela ditutup papan",
]

KEPT_LOOK_ALIKES = [
    "sy gk bisa keluar hari ini krn hujan badai",
    "gmn caranya keluar dr grup wa ini, sy gk bisa keluar",
    "di korea musim dingin gk pernah liat matahari",
    "sy blm pernah liat luar negeri sebelum kerja di hk",
    "hari ini gk liat matahari, mendung terus",
    "udh 2 bulan sy gk pernah keluar krn kaki sakit",
]

THREAT_HELD_OVER = [
    "bos nya suka peluk2 maksa, dan ngancem kalo nolak",
    "anak majikan ngancam kalo sy cerita ke madam",
    "tuan ngancem klo sy ngadu ke agen",
]

MOVED_AND_LOST = [
    "agen bawa paspor sy, trus sy dipindah ke rumah lain, gk tau ini dimana",
    "mereka pindahin sy ke gedung lain tadi, sy gk tau ini daerah mana",
]

MOVED_LOOK_ALIKES = [
    "sy dipindah ke cabang lain, gk tau dimana kantornya",
    "tolong pindahin barang sy ke gedung lain, gk tau dimana",
]

COME_FOR_ME_NOW = [
    "tolong jemput sy skrg, nanti lokasinya sy kirim",
    "tlg kirim polisi ke alamat ini skrg",
    "please send police to this address, i cannot talk",
]

COME_FOR_ME_LOOK_ALIKES = [
    "tolong jemput sy skrg di bandara ya mas, pesawat udh landing",
    "boleh minta alamat kantor polisi terdekat",
    "kalau ada apa2 kirim polisi ke alamat mana ya",
]

THREAT_SAID_PLAINLY = [
    "dia bilang majikannya ngancem",
    "the agent threaten to hurt my mother if i go",
]

HIDDEN_FORCED_IN_INJECTED = [
    "no one knows where i am now, they took my phone",
    "gk ada yg tau aku disini, tlg",
    "pintu kamarku didobrak anak majikan td mlm",
    "tuan mabuk, gedor2 pintu kamar sy dari td",
    "kemarin sy disuntik sesuatu sm agen, skrg lemes",
    "sy dipaksa disuntik obat biar gk hamil",
]

LEFT_WITH_NOTHING = [
    "agen ninggalin sy di rumah kosong, sy ditinggal sendirian tanpa makanan",
    "kafil nurunin sy di padang pasir tengah malem",
    "they left me alone without food since friday",
]

LEFT_LOOK_ALIKES = [
    "sy ditinggal sendirian di rumah, majikan liburan ke eropa",
    "sy ditinggal sendirian tanpa teman, sedih bgt",
    "anak2 main pasir di pantai, sy ditinggal jaga tas",
    "sy tinggal di hutan sawit sm suami",
]

MAN_COMES_IN = [
    "suaminya madam sering masuk kamar sy",
    "adik sy bilang tuan suka masuk kamar, dia takut cerita",
]

MAN_COMES_IN_LOOK_ALIKES = [
    "suami sy suka masuk kamar anak buat ngecek",
    "tuan suka masuk kamar anaknya buat bangunin sekolah",
    "majikan suka masuk kamar sy ngecek kebersihan",
]

HIDDEN_FORCED_IN_INJECTED_LOOK_ALIKES = [
    "nobody knows where the form is, pls send again",
    "gk ada yg tau sy kerja di sini, keluarga kira sy di malaysia",
    "pintu kamar mandi sy macet, terpaksa didobrak tukang",
    "sy disuntik vaksin di klinik td, sekarang demam dikit",
]

THREAT_LOOK_ALIKES = [
    "majikan ngancam kalo sy telat lg gaji dipotong",
    "debt collector ngancem kalo gk bayar cicilan motornya ditarik",
    "bos ngancam kalo sy minta pindah mau lapor polisi",
    "majikan ngancem, gaji sy dipotong",
]


@pytest.mark.parametrize(
    "text",
    VOWELS_DROPPED
    + FLED_AND_OUT
    + KEPT_FROM_OUTSIDE
    + THREAT_HELD_OVER
    + THREAT_SAID_PLAINLY
    + MOVED_AND_LOST
    + COME_FOR_ME_NOW
    + HIDDEN_FORCED_IN_INJECTED
    + MAN_COMES_IN
    + LEFT_WITH_NOTHING,
)
def test_danger_typed_short_or_told_plainly_is_found(text: str) -> None:
    assert detect(text) is not None, text


@pytest.mark.parametrize(
    "text",
    VOWELS_DROPPED_LOOK_ALIKES
    + FLED_LOOK_ALIKES
    + KEPT_LOOK_ALIKES
    + THREAT_LOOK_ALIKES
    + MOVED_LOOK_ALIKES
    + COME_FOR_ME_LOOK_ALIKES
    + HIDDEN_FORCED_IN_INJECTED_LOOK_ALIKES
    + MAN_COMES_IN_LOOK_ALIKES
    + LEFT_LOOK_ALIKES,
)
def test_their_look_alikes_alert_no_one(text: str) -> None:
    assert detect(text) is None, (text, detect(text))


def test_a_friend_fled_and_on_the_street_is_told_of_someone_else() -> None:
    found = detect("adik sy kabur td mlm dr rumah majikan, skrg di pinggir jalan gk tau mau kmn")
    assert found is not None and found.third_person
