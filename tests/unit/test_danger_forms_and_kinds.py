"""Danger in forms the rules did not read (issue 14, round seven): Malay, Sundanese and Javanese
words for a blow or a splash; "kena" before a passive verb; marks named by what left them; sleep
taken until her body gives way; a debt with going home refused anywhere in the message; a stroke
of an intimate part. Each beside everyday messages that share its words and must alert no one.
Written as workers type, in other words than the blind batch's."""

from __future__ import annotations

import pytest

from flows.understand.danger import detect

REGIONAL_BLOWS = [
    "tiap kali sy salah masak sy kena lempang sm puan",  # Malay: slapped
    "nyonya lempang muka sy depan tetamu",
    "sy dicabok ku dunungan isuk2",  # Sundanese: slapped
    "dunungan sok nyabok abdi",
    "sirah abdi dikepruk ku juragan",  # Sundanese/Javanese: struck on the head
    "kakak sy kena simbah air mendidih dgn majikan",  # Malay: splashed
    "puan tu simbah sy pakai air panas",
    "sy kena siram air panas sm nyonya td pg",
]

REGIONAL_LOOK_ALIKES = [
    "hp sy kena kunci, lupa password",
    "kena simbah hujan lebat td pas balik dr pasar",
    "sy lempang jalan kaki ke pasar tiap pagi",
    "abdi nuju di bumi majikan, damang",
    "sirah sy pusing mikirin kiriman",
]

MARKS_LEFT = [
    "lengan sy ada bekas sundutan rokok 2",
    "pinggang sy penuh bekas sabuk kmrn mlm",
    "ada luka bekas setrika di punggung sy",
    "kaki sy msh ada bekas rotan yg kmrn",
    "my back have marks from belt",
    "paha sy biru bekas cubitan tiap hari",
]

MARKS_LOOK_ALIKES = [
    "asbak di meja penuh bekas rokok tuan, sy disuruh bersihin",
    "baju sy ada bekas setrika gosong, gmn ngilanginnya",
    "lantai msh ada bekas sapu, disuruh ngepel ulang",
    "bekas luka operasi di perut sy gatel",
]

WORN_OUT = [
    "sy cm tidur 3 jam tiap hari, td pagi pingsan di kamar mandi",
    "udh 3 mlm gk tidur jaga ahma, badan sy gemetar smua",
    "sleep only 2 hour every night, yesterday i fainted in kitchen",
    "tidur cuma 4 jam dah 5 bln, kepala pusing trs",
]

WORN_OUT_LOOK_ALIKES = [
    "semalem gk tidur 2 hari nonton drakor, pusing bgt wkwk",
    "sy tidur cuma 4 jam krn ujian, pusing",
    "tidur 8 jam tp msh pusing, knp ya",
    "2 hari gk tidur mikirin anak di kampung, pusing",
]

DEBT_AND_KEPT = [
    "utang sy ke PT 25 jt, gaji dipotong trs, sy gk dibolehin pulang",
    "katanya sy msh punya utang biaya terbang, mau pulang gk boleh",
    "smua pekerja di sini ada utang ke bos, yg kabur ditangkep lg",
    "they say i have debt, i not allowed to go home",
]

DEBT_LOOK_ALIKES = [
    "utang sy blm lunas, gk bisa pulang dulu",
    "agensi bilang sy hrs pulang gk boleh lanjut, sy msh ada utang bank",
    "utang ke koperasi kampung gmn bayarnya, sy gk boleh pulang cuti thn ini",
    "sy mau pulang, utang udh lunas alhamdulillah",
]

STROKED = [
    "anak majikan suka ngelus paha sy kalo lewat",
    "tuan ngelus2 dada sy pas sy tidur",
    "he stroke my thigh when madam not home",
]

STROKED_LOOK_ALIKES = [
    "sy suka ngelus kucing majikan, lucu bgt",
    "nenek suka ngelus kepala sy, sayang bgt",
    "sy ngelus2 perut sy yg lg hamil",
]

MEDICINE_TAKEN = [
    "insulin sy disita nyonya, katanya ngabisin duit",
    "obat jantung sy dibuang majikan ke tong sampah",
    "madam took my inhaler, i cannot breathe well",
    "obatku diumpetin sm bos biar sy gk bs istirahat",
]

MEDICINE_LOOK_ALIKES = [
    "obat sy yg kadaluarsa dibuang sm nyonya, trs dibeliin baru",
    "resep obat buat sy udh diambil di apotek, makasih kak",
    "obat nyamuk dibuang soalnya baunya nyengat",
]

FED_LIKE_THIS = [
    "sy dikasih makan dr sisa piring majikan tiap hari",
    "employer only give me rice one time a day",
    "aku mung dikei mie sebungkus sedino",  # Javanese: only given a pack of noodles a day
    "di kapal kami makan cuma nasi basi sm umpan",
]

FED_LOOK_ALIKES = [
    "sy makan sisa nasi semalem biar gk mubazir",
    "sy cuma makan sehari sekali krn lg diet",
    "majikan kasih sy makan dr restoran, enak bgt",
]

FAMILY_VISITED = [
    "calo dtg ke rumah bapak sy bawa golok nagih duit",
    "org PT dateng ke rumah keluarga sy bawa preman, nyariin sy",
    "majikan suruh orang cari anak sy di kampung kalo sy kabur",
]

FAMILY_VISIT_LOOK_ALIKES = [
    "agen dtg ke rumah ortu sy buat tanda tangan dokumen",
    "bapak sy dtg ke rumah kakak bawa golok buat potong kambing kurban",
    "sy lg cari keluarga sy yg pindah rumah di kampung",
]


@pytest.mark.parametrize(
    "text",
    REGIONAL_BLOWS + MARKS_LEFT + WORN_OUT + DEBT_AND_KEPT + STROKED + MEDICINE_TAKEN + FED_LIKE_THIS + FAMILY_VISITED,
)
def test_danger_said_in_these_forms_alerts(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger", text


@pytest.mark.parametrize(
    "text",
    REGIONAL_LOOK_ALIKES
    + MARKS_LOOK_ALIKES
    + WORN_OUT_LOOK_ALIKES
    + DEBT_LOOK_ALIKES
    + STROKED_LOOK_ALIKES
    + MEDICINE_LOOK_ALIKES
    + FED_LOOK_ALIKES
    + FAMILY_VISIT_LOOK_ALIKES,
)
def test_everyday_messages_in_the_same_words_alert_no_one(text: str) -> None:
    assert detect(text) is None, text


def test_a_splash_on_her_sister_is_her_sisters_danger() -> None:
    found = detect("kakak sy kena simbah air mendidih dgn majikan")
    assert found is not None and found.third_person


@pytest.mark.parametrize(
    "text",
    [
        "bulan lalu sy dijambak majikan, skrg sy msh di rumah itu, dia makin galak",
        "2 minggu lalu sy ditampar, skrg masih di rumah majikan yg sama",
    ],
)
def test_a_past_blow_while_she_is_still_in_that_house_is_not_over(text: str) -> None:
    assert detect(text) is not None, text


def test_a_past_blow_with_her_home_again_is_over() -> None:
    assert detect("dulu sy dijambak majikan, skrg udh di rumah kampung, aman") is None


PREGNANCY_ENDED = [
    "sy hamil dr majikan laki2 sy, dia maksa sy. skrg dia nyuruh sy gugurin",
    "sy hamil 3 bln, nyonya maksa sy minum obat biar keguguran",
    "dia paksa aku minum jamu biar luntur, aku lg hamil",
    "agency force me to abort, if not they send me home",
]

PREGNANCY_LOOK_ALIKES = [
    "sy keguguran bulan lalu krn kecapekan, skrg udh sehat",
    "baju majikan luntur, sy disuruh cuci ulang biar warnanya balik",
    "sy mau nanya, kalo hamil di hk boleh cuti berapa lama",
]


@pytest.mark.parametrize("text", PREGNANCY_ENDED)
def test_a_pregnancy_ended_under_pressure_is_her_danger(text: str) -> None:
    found = detect(text)
    assert found is not None and (found.kind, found.third_person) == ("danger", False), text


@pytest.mark.parametrize("text", PREGNANCY_LOOK_ALIKES)
def test_a_miscarriage_or_a_faded_shirt_alerts_no_one(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "pas nyonya keluar kota, bapak manggil sy ke kamarnya tiap malem",
        "tuan suka nyuruh aku ke kamarnya kalo istrinya gk ada, aku takut",
    ],
)
def test_called_to_his_room_while_the_wife_is_away_is_danger(text: str) -> None:
    assert detect(text) is not None, text


@pytest.mark.parametrize(
    "text",
    ["nyonya manggil sy ke kamarnya buat beresin lemari", "tuan manggil sy ke kamarnya buat benerin AC siang2"],
)
def test_called_to_a_room_for_a_chore_alerts_no_one(text: str) -> None:
    assert detect(text) is None, text


@pytest.mark.parametrize(
    "text",
    [
        "i sleep in bathroom every night, madam say no room for maid",
        "sy disuruh tidur di wc, kasur gk ada",
        "kami tidur di garasi beralas kardus",
        "sy tidor kat stor bawah tangga, gelap",
    ],
)
def test_made_to_sleep_where_nobody_should_is_danger(text: str) -> None:
    assert detect(text) is not None, text


@pytest.mark.parametrize(
    "text",
    [
        "sy tidur di balkon soalnya adem, enak bgt",
        "sy tidur di dapur, kamarnya dipake tamu seminggu",
        "sy gk pernah tidur di gudang kok, kamar sy bagus",
    ],
)
def test_a_bed_chosen_or_only_a_complaint_alerts_no_one(text: str) -> None:
    assert detect(text) is None, text
