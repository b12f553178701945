"""Everyday words of harm with no harm done (issue 14, ADR 0006, branch lookalike10): each kind in
fresh words as workers type, and beside it the same words with her danger, still read
(flows/understand/danger_everyday.py; the supposition in Javanese and Sundanese and a service's
help asked of in flows/understand/danger_in_general.py)."""

from __future__ import annotations

import pytest

from flows.understand.danger import detect

HARMLESS = [
    # no hand does it: a bill, the cold, an exam, a longing
    "kepala sy dipukul2 sm pelajaran kanji, susah bgt",
    "tersiksa sm dingin nya winter di taiwan, gk kuat",
    "ditusuk2 dingin pagi ini kak, minus 2 derajat",
    # her own key left behind
    "pintu apartemen kekunci, sy lupa bawa kunci, nunggu tuan pulang",
    # at play
    "main bola sm anak majikan, muka sy kena tendang, gpp",
    "main catur sm kakek, sy dibantai terus",
    # in care
    "habis operasi lutut, kaki sy msh bengkak, kata dokter normal",
    "bekas jahitan operasi sy memar dikit",
    # a massage
    "tiap libur pijat refleksi, kaki sy 'disiksa' sejam haha",
    # children's quarrel made up
    "adek sy ditonjok temen sekelasnya, tp udh baikan kok",
    # the fridge locked for another's sake
    "kulkas dikunci sm nyonya krn anak2 suka ambil es krim malem2, sy dikasih makan cukup",
    "kulkas di rumah tuan digembok biar tuan gk ngemil, lagi diet dia",
    # a thing at the head of its clause
    "kotak perhiasan nyonya selalu dikunci, sy gk pernah pegang",
    "brankas di kamar tuan dikunci pake kode",
    # fed after all
    "td gk dikasih sarapan krn nyonya lupa masak, akhirnya sy ikut makan siang bareng",
    # a cry over a thing while someone only comes
    "tolong!!! kue sy gosong, tamu nyonya mau dateng",
    "emergency, the soup is spilled! madam coming home in 10 min",
    # a pet hurt, a toy weapon, kept in while free
    "kucing tuan berantem sm kucing tetangga, telinganya berdarah",
    "anak majikan main lego, dia nembak sy pake pistol lego",
    "kekunci di flat seminggu, majikan mudik, tp santai aja sy",
    "dibakar matahari pas jemur baju di atap",
    "sy babak belur dihajar kerjaan bulan puasa",
    # a supposition in Javanese or Sundanese, a service's help asked of
    "kalo suatu hari sy dikurung majikan, kudu piye?",
    "upami engke abdi dikonci ku majikan, kedah kumaha?",
    "what if someday my agency takes my passport, can they help me?",
]

DANGEROUS = [
    # a person does it, or it is for real
    "sy dipukul telak sm majikan, hidung sy berdarah",
    "sy disiksa majikan krn tagihan listrik naik",
    "sy dipukul beneran bukan main2, sakit bgt",
    # the fridge locked against her
    "kulkas digembok, sy laper bgt gk dikasih makan",
    "kulkas digembok majikan krn sy dibilang suka ambil makanan",
    "kulkas dikunci majikan biar sy gk makan",
    # asked, but it has happened, or in Javanese with her in it now
    "if my employer hits me again tomorrow, can the agency help me?",
    "aku dikunci majikan, kudu lapor nengdi?",
    # a cry where the one coming brings harm
    "help, my employer is coming with a knife",
    "tolong madam dateng bawa pisau",
    # someone of the house in it
    "anak sy dipukul majikannya di saudi, udh baikan tp sy takut",
    "main hp bentar, majikan dateng nampar sy",
    "main futsal sm anak majikan, tuan nendang sy sampe jatuh",
    "dokter bilang memar di punggung sy krn dipukul majikan",
    "sy bengkak2 tp gk dibolehin ke dokter sm majikan",
    "jahitan sy bengkak krn ditendang nyonya",
    "sy dikunci di luar sm majikan, kunci sy diambil",
    "majikan pijet2 sy trs pegang dada sy",
    # a massage forced, care refused, the food cupboard, a gun that is real, freed from him
    "old man forces me to massage him naked every night",
    "jari sy bengkak bernanah, gk dikasih ke dokter, disuruh kerja trs",
    "udh 3 hari cuma minum air, lemari makanan digembok",
    "majikan nodongin pistol ke sy, sy takut",
    "anjing majikan digigitin ke sy, kaki sy berdarah",
    "sy dikunci di rumah krn majikan liburan, gk bebas, gk ada makanan",
    # fed with scraps
    "sy gk dikasih makan 2 hari, cuma ikut makan sisa anjing",
    # a room, a door: never a thing
    "pintu kamar sy dikunci majikan dr luar",
    "kamar mandi dikunci, sy di dalem gk bisa keluar",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_everyday_words_of_harm_with_no_harm_done_are_no_alarm(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize("text", DANGEROUS)
def test_her_danger_beside_those_words_is_still_read(text: str) -> None:
    found = detect(text)
    assert found is not None and found.kind == "danger"
