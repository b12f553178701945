"""Look-alikes of danger by kind, from the blind batch dev7 (issue 14, ADR 0020, 7 December):
each harmless message is read by what makes it harmless in general (the clause a word is said
in, a game, a sport, an illness, a polite request, a show's story, a swindler's lie, a bare cry
the model is fairly sure tells of nothing), and beside each the same words with her danger are
still read."""

from __future__ import annotations

import pytest

from flows.understand.danger import detect

HARMLESS = [
    # a cost that strangles, her regret in the next clause
    "cicilan pinjol nyekik, sy nyesel bgt pinjem",
    "harga beras di kampung mencekik, sy kirim lebih bulan ini",
    # a player's foul in a match
    "td nonton bola, striker nya nendang kiper smp dikartu merah",
    "wasitnya gk adil, pemain kita dipukul lawan diem aja",
    # a question asked in a hurry
    "emergency question kak, boleh gk sy pindah agensi sblm kontrak habis",
    "darurat nanya dong, kantor kbri buka jam brp hari sabtu",
    # please said twice, then the task
    "tolong ya kak tlg bantu sy cek status visa",
    "tlg dong tolong bgt bantuin isi formulir bpjs",
    # a game of make-believe
    "si adek main polisi2an, sy ditangkap trs dikurung di penjara boongan dr kardus",
    "anak majikan ngajak main perang-perangan, sy ditembak pake jari",
    # an illness or a birth, come through or care asked about
    "tiap datang bulan sy sakit perut smp pingsan, obat apa ya yg bagus",
    "thn lalu abis lahiran caesar sy pendarahan, alhamdulillah sembuh",
    # kept in by the weather, named in the clause before
    "hujan deres dr pagi, kami kekunci di asrama, gk bisa ke pasar",
    # afraid for her money, nobody named who takes it
    "kiriman ke ibu blm nyampe, sy takut duitnya ilang, tolong dicek kak",
    "help pls, scared my money lost in the app, transfer pending 3 days",
    # a show's or a book's story, named earlier
    "novel yg sy baca tiap malem isinya ttg cewek kampung, trs dia diculik dan dijual ke kota",
    "sinetron yg ditonton nenek tiap sore ceritanya serem, menantunya disiksa mertua",
    # a swindler posing as someone, and the lie he tells
    "ibu sy di kampung ditelpon penipu yg ngaku polisi, katanya sy ditangkap, minta transfer 5 jt",
    "ada modus penipuan ngaku dr agensi bilang tki nya disekap, jgn percaya ya kak",
    # a bare cry, calm, before a question the model is fairly sure tells of no danger
    "help me pls kak, sy mau perpanjang visa tp gk tau syaratnya apa aja",
    # a building's door locked at its hour
    "kos sy gerbangnya dikunci jam 11 malem, kalo telat hrs telpon ibu kos",
    "pintu asrama dikunci pukul 10 mlm tiap hari",
    # help given, told: who helped is named before "help"
    "my card stuck in atm machine, the guard help me take it out, all ok now",
    "thank you to the lady that help me at airport yesterday",
    # rice missed, another food eaten
    "udh seminggu gk makan nasi, di rumah majikan tiap hari pasta sm kentang",
    # a game won against her; hungry before a meal
    "the kids beat me at uno again, they so happy",
    "im starving, waiting for dinner to be ready",
    "kelaparan nih nunggu makan siang, masak rendang lama bgt",
    # fired up; a case heard on the radio
    "tiap minggu sy dibakar semangat sm ustadzah di pengajian",
    "td denger di radio ada tki dibunuh majikan di malaysia, serem",
    # papers asked for in a hurry
    "mohon maaf darurat, sy butuh surat keterangan kerja besok pagi",
    "darurat kak, formulir perpanjangan hrs dikirim hari ini",
    "emergency kak, bank card swallowed by atm",
    # "tolong sy" and the one addressed, then a complaint about papers or money
    "tolong sy kak, paspor sy mau habis bulan depan",
    "tolong saya pak, rekening diblokir bank",
    "tolong sy, sy ditipu calo tiket 2 juta",
    # what a baby does
    "anak majikan gigit tangan sy pas tumbuh gigi",
    "adek bayi suka jambak rambut sy kalo digendong",
    # her childhood, named before, nothing going on since
    "waktu kecil sy sering dipukul rotan sm guru ngaji, jaman dulu emang gitu",
]

STILL_DANGER = [
    "utangnya numpuk, majikan mencekik sy td malem",
    "bunga pinjol mencekik sy, sy gk kuat lg idup",
    "pas sy nonton timnas, majikan nendang sy dr belakang",
    "majikan marah timnas kalah trs mukul sy",
    "emergency!! my employer lock me in the room",
    "darurat, mau nanya, sy dikurung majikan gmn caranya keluar",
    "tolong tolong tlg bantu sy hitung lembur",
    "tolong dong tlg bantu sy keluar dr rumah ini",
    "TOLONG TLG BANTU SY CEPET",
    "tlg dong tolong bantuin sy, sy takut bgt sm majikan",
    "main polisi2an tp anak majikan yg udh gede mukul sy beneran smp memar",
    "majikan pura2 baik trs ngunci sy di kamar 2 hari",
    "sy demam tinggi smp pingsan, majikan gk mau bawa ke dokter",
    "hamil 7 bln, pendarahan dr pagi, tolong",
    "sy sakit maag trs dipukul majikan smp pingsan, skrg di klinik",
    "sy dikunci di luar pas hujan deras semalaman",
    "hujan deres, sy dikunci di luar sm majikan",
    "sy takut bgt, uang sy dirampas majikan, tolong",
    "tolong sy takut, majikan ngamuk krn uang ilang",
    "sy lg nonton film di kamar, tiba2 majikan nampar",
    "pas nonton sinetron sm nenek, majikan mukul kepala sy",
    "bos scam bilang kalo target gk nyampe sy dijual ke perusahaan lain",
    "sy dipaksa kerja nipu org online, kalo nolak dipukul",
    "agen ngaku dr kbri trs bawa sy ke rumah kosong, sy dikunci di sana",
    "tolong sy kak",
    "I NEED HELP",
    "HELP ME PLS KAK, SY MAU PERPANJANG VISA TP GK TAU SYARATNYA",
    "help me pls, my boss always shouting and i cannot sleep",
    "sy dikunci jam 9 mlm sm majikan di kamar",
    "pintu asrama dikunci jam 10 mlm, kami gk bisa keluar sampe pagi walau sakit",
    "pintunya dikunci jam 8 dr luar, sy gk pegang kunci",
    "someone help me pls, my employer lock me in",
    "pls help me out of here",
    "udh 2 hari gk makan nasi, cuma dikasih roti sisa sm majikan",
    "sy gk makan nasi 3 hari, laper bgt, majikan cuma kasih roti sepotong",
    "my employer beat me at home when i cook wrong",
    "i am starving, waiting for food 2 days, they dont give",
    "tangan sy dibakar majikan pake korek",
    "sy lg denger radio trs majikan dtg mukul kepala sy",
    "darurat, dokumen sy diambil agen dan sy dikunci di penampungan",
    "emergency, my employer took my bank card and hit me",
    "tolong sy kak, sy takut, paspor sy ditahan majikan",
    "TOLONG SY KAK, REKENING SY DIAMBIL MAJIKAN",
    "tolong sy kak, majikan mukul sy",
    "krn bayi nangis terus, majikan mukul sy",
    "bayi majikan rewel trs tuan nampar sy",
    "waktu kecil sy dijual ortu ke agen, sampe skrg msh kerja tanpa gaji",
    "waktu kecil sy dipukul bapak, skrg majikan jg mukul sy",
]


@pytest.mark.parametrize("text", HARMLESS)
def test_a_harmless_look_alike_raises_no_alarm(text: str) -> None:
    assert detect(text) is None


@pytest.mark.parametrize("text", STILL_DANGER)
def test_the_same_words_with_her_danger_are_still_read(text: str) -> None:
    assert detect(text) is not None
